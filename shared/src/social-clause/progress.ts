// Full-time equivalents and progress of a social clause's hours against its targets, per contract, lot and company.
// Only validated declarations count as achieved; hours waiting for the facilitator are shown apart.

/** Hours of one full-time year in France (35 h a week, after leave and the solidarity day). */
export const FTE_HOURS = 1607;

/** Full-time equivalents of a number of hours, to two decimals. */
export const fte = (hours: number): number => Math.round((hours / FTE_HOURS) * 100) / 100;

/** Rounds hours to the quarter hour people declare in, so sums of decimals stay exact for a reader. */
export const roundHours = (hours: number): number => Math.round(hours * 100) / 100;

/** Achieved share of a target in whole percent (0 when there is no target). */
export const percentOf = (achieved: number, target: number): number => (target > 0 ? Math.round((achieved / target) * 100) : 0);

export interface CountedDeclaration {
  lotId: string;
  /** The awarded company (an organisation's id, or the name of a company not in FIT). */
  company: string;
  hoursWorked: number;
  trainingHours: number;
  status: 'declared' | 'validated' | 'sentBack';
}

export interface LotTarget {
  lotId: string;
  targetHours: number;
}

export interface Progress {
  targetHours: number;
  /** Validated hours worked plus validated training hours. */
  achievedHours: number;
  /** Hours declared and not validated yet. */
  pendingHours: number;
  achievedFte: number;
  targetFte: number;
  percent: number;
}

export interface ClauseProgress {
  total: Progress;
  byLot: Map<string, Progress>;
  /** Per company: targets are those of the lots awarded to it, shared evenly when a lot has several companies. */
  byCompany: Map<string, Progress>;
}

const hoursOf = (d: CountedDeclaration) => d.hoursWorked + d.trainingHours;

function progress(targetHours: number, declarations: readonly CountedDeclaration[]): Progress {
  const achievedHours = roundHours(declarations.filter((d) => d.status === 'validated').reduce((s, d) => s + hoursOf(d), 0));
  const pendingHours = roundHours(declarations.filter((d) => d.status === 'declared').reduce((s, d) => s + hoursOf(d), 0));
  return { targetHours, achievedHours, pendingHours, achievedFte: fte(achievedHours), targetFte: fte(targetHours), percent: percentOf(achievedHours, targetHours) };
}

/**
 * Progress of a contract: `awards` lists the companies awarded each lot (their share of the lot's target is even).
 * Declarations sent back count nowhere until declared again.
 */
export function clauseProgress(lots: readonly LotTarget[], awards: ReadonlyMap<string, readonly string[]>, declarations: readonly CountedDeclaration[]): ClauseProgress {
  const byLot = new Map<string, Progress>();
  const companyTargets = new Map<string, number>();
  for (const lot of lots) {
    byLot.set(lot.lotId, progress(lot.targetHours, declarations.filter((d) => d.lotId === lot.lotId)));
    const companies = awards.get(lot.lotId) ?? [];
    for (const c of companies) companyTargets.set(c, (companyTargets.get(c) ?? 0) + lot.targetHours / companies.length);
  }
  for (const d of declarations) if (!companyTargets.has(d.company)) companyTargets.set(d.company, 0);
  const byCompany = new Map<string, Progress>();
  for (const [company, target] of companyTargets) {
    byCompany.set(company, progress(roundHours(target), declarations.filter((d) => d.company === company)));
  }
  const total = progress(lots.reduce((s, l) => s + l.targetHours, 0), declarations);
  return { total, byLot, byCompany };
}
