// The team matrix's rows, cells and counts, by qualification and by ULO.
import { describe, expect, it } from 'vitest';
import { csvFileName, matrixColumns, matrixCounts, matrixRows, type Matrix } from './matrixView';

const matrix: Matrix = {
  workers: [
    { id: 'a', displayName: 'Amadou Diallo' },
    { id: 'b', displayName: 'Fatima Benali' },
  ],
  qualifications: [
    { code: 'Q1', scheme: 'FR', title: 'Envelope', titleFr: 'Enveloppe' },
    { code: 'Q2', scheme: 'IE', title: 'Retrofit', titleFr: null },
  ],
  // Compact rows: the cells of each worker in the order of `qualifications`.
  rows: [
    { workerId: 'a', statuses: ['held', 'in_progress'] as never, percents: [100, 40], expiresAt: ['2027-01-01', null] },
    { workerId: 'b', statuses: ['expired', 'missing'] as never, percents: [50, 0], expiresAt: ['2026-01-01', null] },
  ],
  ulos: [
    { code: 'U1', title: 'Airtightness', titleFr: 'Étanchéité' },
    { code: 'U2', title: 'Insulation', titleFr: null },
  ],
  uloEntries: [
    { workerId: 'a', ulo: 'U1', state: 'held' as never, expiresAt: '2026-12-10' },
    { workerId: 'a', ulo: 'U2', state: 'held' as never, expiresAt: null },
    { workerId: 'b', ulo: 'U1', state: 'expired' as never, expiresAt: '2026-01-01' },
  ],
};

describe('team matrix', () => {
  it('gives one cell per worker and qualification, in column order, with the percent of what is under way', () => {
    const rows = matrixRows(matrix, 'qualifications', '2026-11-23');
    expect(rows.map((r) => [r.name, r.cells.map((c) => c.state)])).toEqual([
      ['Amadou Diallo', ['held', 'in_progress']],
      ['Fatima Benali', ['expired', 'missing']],
    ]);
    expect(rows[0]!.cells[1]!.percent).toBe(40);
    expect(matrixCounts(rows)).toEqual({ held: 1, expiring: 0, expired: 1, in_progress: 1, awaiting_validation: 0, missing: 1 });
  });

  it('shows a worker the answer has no row for as missing everywhere', () => {
    const rows = matrixRows({ ...matrix, rows: matrix.rows.slice(0, 1) }, 'qualifications', '2026-11-23');
    expect(rows[1]!.cells.map((c) => c.state)).toEqual(['missing', 'missing']);
    expect(rows[0]!.cells[0]).toEqual({ state: 'held', percent: 100, expiresAt: '2027-01-01' });
  });

  it('by ULO: held, expiring within 60 days, expired, and missing where there is no evidence', () => {
    const rows = matrixRows(matrix, 'ulos', '2026-11-23');
    expect(rows.map((r) => r.cells.map((c) => c.state))).toEqual([
      ['expiring', 'held'],
      ['expired', 'missing'],
    ]);
    expect(matrixColumns(matrix, 'ulos', 'fr').map((c) => c.title)).toEqual(['Étanchéité', 'Insulation']);
    expect(matrixColumns(matrix, 'qualifications', 'fr')[0]).toEqual({ key: 'Q1', title: 'Enveloppe', detail: 'FR · Q1' });
  });

  it('names the CSV after the scheme and the day', () => {
    expect(csvFileName('2026-11-23', 'FR-RGE')).toBe('fit-qualifications-fr-rge-2026-11-23.csv');
    expect(csvFileName('2026-11-23', null)).toBe('fit-qualifications-2026-11-23.csv');
  });
});
