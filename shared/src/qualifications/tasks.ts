// Framework tasks (work on site, linked to professions and to the ULOs it takes): which ones a worker is ready for.
import { closingModules, type UloText } from './progress.js';

export interface FrameworkTask {
  code: string;
  title: UloText;
  /** Stage of the renovation: preparation, envelope, systems, commissioning, hand-over… (free text). */
  phase: string;
  professions: UloText[];
  ulos: string[];
}

export interface PassportTaskView extends FrameworkTask {
  /** The task's ULOs the worker holds now (held, not expired). */
  heldUlos: string[];
  missingUlos: string[];
  percent: number;
  ready: boolean;
  /** Modules covering the missing ULOs, the one closing most gaps first. */
  nextModules: string[];
}

/**
 * Each task with the worker's readiness: ready (every ULO held) first, then the most advanced; tasks the worker has
 * not started keep the framework's order at the end.
 */
export function taskReadiness(tasks: FrameworkTask[], heldUlos: ReadonlySet<string>, moduleUlos: Record<string, string[]>): PassportTaskView[] {
  return tasks
    .map((task, index) => {
      const held = task.ulos.filter((u) => heldUlos.has(u));
      const missing = task.ulos.filter((u) => !heldUlos.has(u));
      const percent = task.ulos.length ? Math.floor((held.length * 100) / task.ulos.length) : 0;
      const view = { ...task, heldUlos: held, missingUlos: missing, percent, ready: task.ulos.length > 0 && missing.length === 0, nextModules: closingModules(missing, moduleUlos) };
      return { view, index };
    })
    .sort((a, b) => b.view.percent - a.view.percent || a.index - b.index)
    .map(({ view }) => view);
}

/** Every profession named by the tasks, once, in the order they first appear (matched on the English name). */
export function taskProfessions(tasks: FrameworkTask[]): UloText[] {
  const seen = new Map<string, UloText>();
  for (const t of tasks) for (const p of t.professions) if (!seen.has(p.en)) seen.set(p.en, p);
  return [...seen.values()];
}
