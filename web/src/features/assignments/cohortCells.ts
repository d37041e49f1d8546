// Builds the cohort grid: one row per worker, one cell per module version, and the counts summary.
import type { AssignmentStatus } from './groupWorkerDay';

export interface CohortEntryLike {
  assignmentId: string;
  workerId: string;
  moduleVersionId: string;
  dueOn: string;
  status: AssignmentStatus;
  overdue: boolean;
  bestScore?: number | null;
}

export type CohortCell<E extends CohortEntryLike> = { kind: 'unassigned' } | { kind: 'assigned'; entry: E };

export function cohortRows<E extends CohortEntryLike>(
  workers: readonly { id: string }[],
  versions: readonly { id: string }[],
  entries: readonly E[],
): { workerId: string; cells: CohortCell<E>[] }[] {
  const byKey = new Map(entries.map((e) => [`${e.workerId}|${e.moduleVersionId}`, e]));
  return workers.map((w) => ({
    workerId: w.id,
    cells: versions.map((v) => {
      const entry = byKey.get(`${w.id}|${v.id}`);
      return entry ? { kind: 'assigned', entry } : { kind: 'unassigned' };
    }),
  }));
}

export type CohortCounts = Record<AssignmentStatus | 'overdue' | 'total', number>;

export function cohortCounts(entries: readonly CohortEntryLike[]): CohortCounts {
  const counts: CohortCounts = {
    total: 0,
    overdue: 0,
    not_started: 0,
    in_progress: 0,
    completed: 0,
    passed: 0,
    failed: 0,
    awaiting_sign_off: 0,
    validated: 0,
    to_redo: 0,
  };
  for (const e of entries) {
    counts.total += 1;
    counts[e.status] += 1;
    if (e.overdue) counts.overdue += 1;
  }
  return counts;
}

/** A score as a whole percentage, or nothing when there is none. */
export function scorePercent(score: number | null | undefined): number | undefined {
  return score === null || score === undefined ? undefined : Math.round(score * 100);
}
