// The team matrix as rows of cells, by qualification or by skill (ULO), and the counts above it.
import type { TeamMatrixQuery } from '../../graphql/generated/graphql';
import type { BadgeState } from './components/StateBadge';
import { expiresSoon, localText } from './passportView';

export type Matrix = TeamMatrixQuery['teamMatrix'];
export type MatrixMode = 'qualifications' | 'ulos';

export interface MatrixColumn {
  key: string;
  title: string;
  /** The scheme for qualifications, the code for ULOs: shown under the title. */
  detail: string;
}

export interface MatrixCell {
  state: BadgeState;
  percent?: number;
  expiresAt: string | null;
}

export interface MatrixRow {
  workerId: string;
  name: string;
  cells: MatrixCell[];
}

export function matrixColumns(m: Matrix, mode: MatrixMode, lang: string): MatrixColumn[] {
  return mode === 'qualifications'
    ? m.qualifications.map((q) => ({ key: q.code, title: localText({ en: q.title, fr: q.titleFr }, lang), detail: `${q.scheme} · ${q.code}` }))
    : (m.ulos ?? []).map((u) => ({ key: u.code, title: localText({ en: u.title, fr: u.titleFr }, lang), detail: u.code }));
}

/** One row per worker, one cell per column, in column order; a ULO with no evidence is missing. */
export function matrixRows(m: Matrix, mode: MatrixMode, today: string): MatrixRow[] {
  const columns = mode === 'qualifications' ? m.qualifications.map((q) => q.code) : (m.ulos ?? []).map((u) => u.code);
  // A compact row holds its cells in the order of `qualifications`, hence the index of each code.
  const qualIndex = new Map(m.qualifications.map((q, i) => [q.code, i]));
  const qual = new Map(m.rows.map((r) => [r.workerId, r]));
  const ulo = new Map((m.uloEntries ?? []).map((e) => [`${e.workerId} ${e.ulo}`, e]));
  return m.workers.map((w) => ({
    workerId: w.id,
    name: w.displayName,
    cells: columns.map((code): MatrixCell => {
      if (mode === 'qualifications') {
        const row = qual.get(w.id);
        const i = qualIndex.get(code) ?? -1;
        const status = row?.statuses[i];
        if (!row || !status) return { state: 'missing', expiresAt: null };
        return { state: status, percent: row.percents[i] ?? 0, expiresAt: row.expiresAt[i] ?? null };
      }
      const e = ulo.get(`${w.id} ${code}`);
      if (!e || e.state === 'missing') return { state: 'missing', expiresAt: null };
      if (e.state === 'expired') return { state: 'expired', expiresAt: e.expiresAt ?? null };
      // Done but not yet validated on site: never shown as held.
      if (e.state === 'awaiting_validation') return { state: 'awaiting_validation', expiresAt: null };
      return { state: expiresSoon(e.expiresAt ?? null, today) ? 'expiring' : 'held', expiresAt: e.expiresAt ?? null };
    }),
  }));
}

export type MatrixCounts = Record<BadgeState, number>;

export function matrixCounts(rows: MatrixRow[]): MatrixCounts {
  const counts: MatrixCounts = { held: 0, expiring: 0, expired: 0, in_progress: 0, awaiting_validation: 0, missing: 0 };
  for (const r of rows) for (const c of r.cells) counts[c.state] += 1;
  return counts;
}

/** A file name for the CSV download: what it shows and the day. */
export function csvFileName(today: string, scheme: string | null): string {
  return `fit-qualifications${scheme ? `-${scheme.toLowerCase()}` : ''}-${today}.csv`;
}
