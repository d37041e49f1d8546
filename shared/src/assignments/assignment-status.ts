// Where a worker stands on an assignment, from their derived progress and the trainer's sign-offs: the same rule on
// the tablet and the server.
export const ASSIGNMENT_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'passed',
  'failed',
  /** Done by the worker; a practical task still waits for the trainer. */
  'awaiting_sign_off',
  /** Done, and every practical task that needs a sign-off is validated. */
  'validated',
  /** The trainer asked to redo a practical task: back in the worker's hands whatever the quiz said. */
  'to_redo',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface ProgressFacts {
  statementCount: number;
  completedAt: string | Date | null;
  passedAt: string | Date | null;
  failedAt: string | Date | null;
}

/** Where the practical tasks of one module version that need a trainer stand for one worker. */
export type SignOffState = 'not_required' | 'not_submitted' | 'pending' | 'validated' | 'to_redo';

export interface PracticalReviewFact {
  stepId: string;
  review: 'pending' | 'validated' | 'to_redo';
  submittedAt: string | Date;
}

/**
 * Only each step's latest submission counts: a task redone after "to redo" waits again, and an older validation of
 * a step the worker later sent again does not stand for the new one.
 */
export function signOffState(requiredStepIds: readonly string[], reviews: readonly PracticalReviewFact[]): SignOffState {
  if (requiredStepIds.length === 0) return 'not_required';
  const latest = new Map<string, PracticalReviewFact>();
  for (const r of reviews) {
    const seen = latest.get(r.stepId);
    if (!seen || new Date(r.submittedAt) > new Date(seen.submittedAt)) latest.set(r.stepId, r);
  }
  const states = requiredStepIds.map((id) => latest.get(id)?.review);
  if (states.includes('to_redo')) return 'to_redo';
  if (states.includes(undefined)) return 'not_submitted';
  return states.every((s) => s === 'validated') ? 'validated' : 'pending';
}

export function assignmentStatus(progress: ProgressFacts | undefined, signOff: SignOffState = 'not_required'): AssignmentStatus {
  if (signOff === 'to_redo') return 'to_redo';
  const base = progressStatus(progress);
  if (base !== 'passed' && base !== 'completed') return base;
  if (signOff === 'pending') return 'awaiting_sign_off';
  if (signOff === 'validated') return 'validated';
  return base;
}

function progressStatus(progress: ProgressFacts | undefined): AssignmentStatus {
  if (!progress || progress.statementCount === 0) return 'not_started';
  if (progress.passedAt) return 'passed';
  if (progress.failedAt) return 'failed';
  if (progress.completedAt) return 'completed';
  return 'in_progress';
}

/** Done by the worker: waiting for the trainer is not the worker being late. */
export function isDone(status: AssignmentStatus): boolean {
  return status === 'passed' || status === 'completed' || status === 'validated' || status === 'awaiting_sign_off';
}

/** Overdue: due before today (the due day itself is still on time) and not done. */
export function isOverdue(dueOn: string, status: AssignmentStatus, today: string): boolean {
  return dueOn < today && !isDone(status);
}
