import type { PassportTaskView } from '@fit/shared';
import { describe, expect, it } from 'vitest';
import { visibleTasks } from './taskView';

const task = (code: string, held: number, professions: string[]): PassportTaskView => ({
  code,
  title: { en: code },
  phase: 'envelope',
  professions: professions.map((en) => ({ en })),
  ulos: ['A', 'B'],
  heldUlos: ['A', 'B'].slice(0, held),
  missingUlos: ['A', 'B'].slice(held),
  percent: held * 50,
  ready: held === 2,
  nextModules: [],
});

describe('visibleTasks', () => {
  const tasks = [task('T-1', 2, ['roofer']), task('T-2', 1, ['plasterer']), task('T-3', 0, ['roofer']), task('T-4', 0, ['plasterer'])];

  it('shows the tasks under way or ready and counts the others', () => {
    const v = visibleTasks(tasks, null, false);
    expect(v.shown.map((t) => t.code)).toEqual(['T-1', 'T-2']);
    expect(v.notStarted).toBe(2);
  });

  it("keeps to one profession's tasks, and shows them all when asked", () => {
    expect(visibleTasks(tasks, 'roofer', false)).toMatchObject({ shown: [{ code: 'T-1' }], notStarted: 1 });
    expect(visibleTasks(tasks, 'roofer', true).shown.map((t) => t.code)).toEqual(['T-1', 'T-3']);
  });
});
