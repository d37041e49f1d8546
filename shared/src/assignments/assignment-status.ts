// Where a worker stands on an assignment, from their derived progress: the same rule on the tablet and the server.
export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'completed', 'passed', 'failed'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface ProgressFacts {
  statementCount: number;
  completedAt: string | Date | null;
  passedAt: string | Date | null;
  failedAt: string | Date | null;
}

export function assignmentStatus(progress: ProgressFacts | undefined): AssignmentStatus {
  if (!progress || progress.statementCount === 0) return 'not_started';
  if (progress.passedAt) return 'passed';
  if (progress.failedAt) return 'failed';
  if (progress.completedAt) return 'completed';
  return 'in_progress';
}

export function isDone(status: AssignmentStatus): boolean {
  return status === 'passed' || status === 'completed';
}

/** Overdue: due before today (the due day itself is still on time) and not done. */
export function isOverdue(dueOn: string, status: AssignmentStatus, today: string): boolean {
  return dueOn < today && !isDone(status);
}
