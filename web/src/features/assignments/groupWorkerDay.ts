// Sorts a worker's assignments into the day's groups: not passed (try again) and overdue first, then to do, in progress
// and done.
export type { AssignmentStatus } from '@fit/shared';
import type { AssignmentStatus } from '@fit/shared';
export type DayGroup = 'failed' | 'overdue' | 'todo' | 'inProgress' | 'done';
export const DAY_GROUPS: readonly DayGroup[] = ['failed', 'overdue', 'todo', 'inProgress', 'done'];

export interface DayItem {
  id: string;
  dueOn: string;
  status: AssignmentStatus;
  overdue: boolean;
  title: string;
}

// Waiting for the trainer is done as far as the worker is concerned; "to redo" is back in their hands.
const DONE: AssignmentStatus[] = ['completed', 'passed', 'awaiting_sign_off', 'validated'];

export function dayGroupOf(item: Pick<DayItem, 'status' | 'overdue'>): DayGroup {
  if (DONE.includes(item.status)) return 'done';
  // A failed attempt is said plainly, with "Try again", not hidden under "In progress".
  if (item.status === 'failed') return 'failed';
  if (item.overdue) return 'overdue';
  return item.status === 'not_started' ? 'todo' : 'inProgress';
}

/** Groups in display order, each sorted by due date (soonest first; done: latest first), then title. */
export function groupWorkerDay<T extends DayItem>(items: readonly T[]): { group: DayGroup; items: T[] }[] {
  return DAY_GROUPS.map((group) => {
    const inGroup = items.filter((item) => dayGroupOf(item) === group);
    const direction = group === 'done' ? -1 : 1;
    inGroup.sort((a, b) => direction * a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
    return { group, items: inGroup };
  }).filter((g) => g.items.length > 0);
}

/** Whether the player button says "Start" or "Continue". */
export function actionOf(status: AssignmentStatus): 'start' | 'continue' | 'again' | 'retry' {
  if (status === 'not_started') return 'start';
  if (status === 'failed') return 'retry';
  if (DONE.includes(status)) return 'again';
  return 'continue';
}
