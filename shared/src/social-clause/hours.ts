// The social clause's hour rules: what a monthly declaration of a participant's hours may say, and which months of a
// participant count. A month is written 'YYYY-MM'; dates are calendar days 'YYYY-MM-DD'.

/** Categories of people a social clause's hours may be worked by (the evidence document itself is never stored). */
export const ELIGIBILITY_CATEGORIES = ['longTermJobSeeker', 'plie', 'under26NoQualification', 'rsa', 'rqth', 'iae', 'other'] as const;
export type EligibilityCategory = (typeof ELIGIBILITY_CATEGORIES)[number];

/** The kind of evidence the company or the facilitator saw for the eligibility (recorded by type only). */
export const EVIDENCE_TYPES = ['jobSeekerCertificate', 'pliePrescription', 'benefitCertificate', 'rqthDecision', 'iaeContract', 'other'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** How a participant's path ended. */
export const EXIT_OUTCOMES = ['job', 'training', 'other'] as const;
export type ExitOutcome = (typeof EXIT_OUTCOMES)[number];

/** More hours than this in one month is not plausible for one person and is refused. */
export const MAX_MONTHLY_HOURS = 220;

export type HourProblem =
  | 'notANumber'
  | 'negative'
  | 'overMonthlyMax'
  | 'badMonth'
  | 'monthOutsideContract'
  | 'beforeEligibility'
  | 'eligibilityEnded';

export interface HourProblemAt {
  field: 'month' | 'hoursWorked' | 'trainingHours';
  problem: HourProblem;
}

export interface DayRange {
  startsOn: string;
  /** Null: still running. */
  endsOn: string | null;
}

export interface HourDraft {
  month: string;
  hoursWorked: number;
  trainingHours: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The first and last calendar day of a 'YYYY-MM' month. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/** Whether any day of the month falls inside the range. */
export function monthOverlaps(month: string, range: DayRange): boolean {
  const { first, last } = monthDays(month);
  return range.startsOn <= last && (range.endsOn === null || range.endsOn >= first);
}

function hoursProblem(value: number, field: HourProblemAt['field']): HourProblemAt | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { field, problem: 'notANumber' };
  if (value < 0) return { field, problem: 'negative' };
  if (value > MAX_MONTHLY_HOURS) return { field, problem: 'overMonthlyMax' };
  return null;
}

/**
 * What is wrong with a monthly declaration, field by field: hours must be numbers from 0 to 220 (together, too: one
 * person's month); the month must fall inside the contract's dates and the participant's eligibility (the months
 * after the eligibility ended do not count).
 */
export function hourProblems(draft: HourDraft, contract: DayRange, eligibility: DayRange): HourProblemAt[] {
  const problems: HourProblemAt[] = [];
  if (!isMonth(draft.month)) problems.push({ field: 'month', problem: 'badMonth' });
  else if (!monthOverlaps(draft.month, contract)) problems.push({ field: 'month', problem: 'monthOutsideContract' });
  else if (eligibility.endsOn !== null && monthDays(draft.month).first > eligibility.endsOn) problems.push({ field: 'month', problem: 'eligibilityEnded' });
  else if (monthDays(draft.month).last < eligibility.startsOn) problems.push({ field: 'month', problem: 'beforeEligibility' });
  const worked = hoursProblem(draft.hoursWorked, 'hoursWorked');
  const training = hoursProblem(draft.trainingHours, 'trainingHours');
  if (worked) problems.push(worked);
  if (training) problems.push(training);
  if (!worked && !training && draft.hoursWorked + draft.trainingHours > MAX_MONTHLY_HOURS) {
    problems.push({ field: 'hoursWorked', problem: 'overMonthlyMax' });
  }
  return problems;
}
