// Behaviour of the cohort grid cells and counts.
import { describe, expect, it } from 'vitest';
import { cohortCounts, cohortRows, scorePercent, type CohortEntryLike } from './cohortCells';

const entry = (workerId: string, moduleVersionId: string, over: Partial<CohortEntryLike> = {}): CohortEntryLike => ({
  assignmentId: `${workerId}-${moduleVersionId}`,
  workerId,
  moduleVersionId,
  dueOn: '2026-12-01',
  status: 'not_started',
  overdue: false,
  ...over,
});

describe(cohortRows.name, () => {
  it('gives each worker one cell per module, empty where nothing is assigned', () => {
    const rows = cohortRows([{ id: 'w1' }, { id: 'w2' }], [{ id: 'v1' }, { id: 'v2' }], [entry('w1', 'v2', { status: 'passed' })]);
    expect(rows.map((r) => r.cells.map((c) => (c.kind === 'assigned' ? c.entry.status : '-')))).toEqual([
      ['-', 'passed'],
      ['-', '-'],
    ]);
  });
});

describe(cohortCounts.name, () => {
  it('counts each status and the overdue ones apart', () => {
    const counts = cohortCounts([entry('w1', 'v1', { overdue: true }), entry('w2', 'v1', { status: 'passed' }), entry('w3', 'v1', { status: 'failed' })]);
    expect(counts).toMatchObject({ total: 3, overdue: 1, not_started: 1, passed: 1, failed: 1, in_progress: 0 });
  });
});

describe(scorePercent.name, () => {
  it('rounds a score to a percentage and leaves a missing one out', () => {
    expect(scorePercent(0.666)).toBe(67);
    expect(scorePercent(null)).toBeUndefined();
  });
});

describe('cohort grid on screen', () => {
  it('keeps workers in the order given and modules in column order', () => {
    const rows = cohortRows([{ id: 'b' }, { id: 'a' }], [{ id: 'v2' }, { id: 'v1' }], [entry('a', 'v1'), entry('b', 'v2', { overdue: true })]);
    expect(rows.map((r) => r.workerId)).toEqual(['b', 'a']);
    expect(rows[0]!.cells[0]).toMatchObject({ kind: 'assigned', entry: { overdue: true } });
    expect(rows[1]!.cells[1]).toMatchObject({ kind: 'assigned', entry: { moduleVersionId: 'v1' } });
  });
});
