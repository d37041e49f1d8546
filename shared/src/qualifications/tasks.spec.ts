import { describe, expect, it } from 'vitest';
import { computePassport } from './passport.js';
import { taskProfessions, taskReadiness, type FrameworkTask } from './tasks.js';

const task = (code: string, ulos: string[], professions: string[] = ['roofer']): FrameworkTask => ({
  code,
  title: { en: code },
  phase: 'envelope',
  professions: professions.map((en) => ({ en, fr: `${en} (fr)` })),
  ulos,
});

describe('taskReadiness', () => {
  const tasks = [task('T-1', ['A', 'B', 'C']), task('T-2', ['A']), task('T-3', ['D', 'E']), task('T-4', ['B', 'F'])];

  it('orders ready tasks first, then by progress, and keeps the framework order among equals', () => {
    const views = taskReadiness(tasks, new Set(['A', 'B']), {});
    expect(views.map((v) => [v.code, v.percent, v.ready])).toEqual([
      ['T-2', 100, true],
      ['T-1', 66, false],
      ['T-4', 50, false],
      ['T-3', 0, false],
    ]);
    expect(views.find((v) => v.code === 'T-1')).toMatchObject({ heldUlos: ['A', 'B'], missingUlos: ['C'] });
  });

  it('names the modules that close the gaps, the one covering most first', () => {
    const [t3] = taskReadiness([tasks[2]!], new Set(), { m1: ['D'], m2: ['D', 'E'], m3: ['Z'] });
    expect(t3!.nextModules).toEqual(['m2']);
  });

  it('a task without ULOs is never ready', () => {
    expect(taskReadiness([task('T-0', [])], new Set(['A']), {})[0]).toMatchObject({ ready: false, percent: 0 });
  });
});

describe('taskProfessions', () => {
  it('lists each profession once, in order of first appearance', () => {
    const list = taskProfessions([task('T-1', [], ['roofer', 'plasterer']), task('T-2', [], ['plasterer', 'electrician'])]);
    expect(list.map((p) => p.en)).toEqual(['roofer', 'plasterer', 'electrician']);
  });
});

describe('tasks in the passport', () => {
  const scheme = {
    code: 'S',
    country: 'FR',
    awardingBody: 'Demo',
    units: [{ code: 'U1', title: { en: 'u1' } }],
    mappings: [
      { schemeUnit: 'U1', ulo: 'A', coverage: 'full' as const, approved: true },
      { schemeUnit: 'U1', ulo: 'B', coverage: 'full' as const, approved: true },
    ],
    qualifications: [{ code: 'Q', title: { en: 'q' }, requirement: { all: ['U1'] }, practicalValidation: false, validityMonths: 12 }],
  };
  const catalogue = {
    ulos: [
      { code: 'A', title: { en: 'a' }, eqfLevel: 3, knowledge: ['why'], skills: ['how'], autonomy: ['who'] },
      { code: 'B', title: { en: 'b' }, eqfLevel: 3 },
    ],
    schemes: [scheme],
    tasks: [task('T-A', ['A']), task('T-B', ['B'])],
  };

  it('counts only ULOs held now: an expired one does not make a task ready', () => {
    const evidence = [
      { ulo: 'A', moduleId: 'm1', passedAt: '2026-06-01' },
      { ulo: 'B', moduleId: 'm2', passedAt: '2024-01-01' },
    ];
    const view = computePassport({ catalogue, evidence, moduleUlos: { m2: ['B'] } }, '2026-11-23');
    expect(view.tasks.map((t) => [t.code, t.ready, t.nextModules])).toEqual([
      ['T-A', true, []],
      ['T-B', false, ['m2']],
    ]);
    expect(view.ulos.find((u) => u.code === 'A')).toMatchObject({ knowledge: ['why'], skills: ['how'], autonomy: ['who'] });
    expect(view.ulos.find((u) => u.code === 'B')).toMatchObject({ state: 'expired', knowledge: [] });
  });

  it('a framework without tasks gives none', () => {
    expect(computePassport({ catalogue: { ...catalogue, tasks: undefined }, evidence: [], moduleUlos: {} }, '2026-11-23').tasks).toEqual([]);
  });
});
