// Which framework tasks the passport lists: one profession's or all, and by default only those under way or ready.
import type { PassportTaskView } from '@fit/shared';

export interface VisibleTasks {
  shown: PassportTaskView[];
  /** Tasks of the chosen profession not started at all, hidden until asked for. */
  notStarted: number;
}

export function visibleTasks(tasks: PassportTaskView[], profession: string | null, showAll: boolean): VisibleTasks {
  const ofProfession = profession ? tasks.filter((t) => t.professions.some((p) => p.en === profession)) : tasks;
  const started = ofProfession.filter((t) => t.heldUlos.length > 0);
  return showAll ? { shown: ofProfession, notStarted: 0 } : { shown: started, notStarted: ofProfession.length - started.length };
}
