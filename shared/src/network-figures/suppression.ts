// Network figures leave a company as aggregates only: a count below the threshold could point at one person, so it
// is hidden, and a row never keeps exactly one hidden cell beside its total (total minus the shown cells would give it
// back). The rule lives here so the page, the chart table and the CSV hide the same cells.

/** Counts from 1 to this minus one are hidden; zero says nobody and points at no one, so it stays. */
export const SMALL_COUNT_THRESHOLD = 5;

/** A row of counts after suppression: a hidden cell or total is null. */
export interface SuppressedRow {
  cells: (number | null)[];
  total: number | null;
}

const isSmall = (count: number): boolean => count > 0 && count < SMALL_COUNT_THRESHOLD;

/** Hides small counts of one row (e.g. one month by scheme) and what would let a reader recompute them. */
export function suppressRow(counts: readonly number[]): SuppressedRow {
  const sum = counts.reduce((total, count) => total + count, 0);
  const hidden = counts.map(isSmall);
  let totalHidden = isSmall(sum);
  if (hidden.filter(Boolean).length === 1 && !totalHidden) {
    // The smallest other non-zero cell goes with it; with none left, the total goes instead.
    const partner = counts
      .map((count, index) => ({ count, index }))
      .filter(({ count, index }) => !hidden[index] && count > 0)
      .sort((a, b) => a.count - b.count)[0];
    if (partner) hidden[partner.index] = true;
    else totalHidden = true;
  }
  return { cells: counts.map((count, index) => (hidden[index] ? null : count)), total: totalHidden ? null : sum };
}

/** How a figure reads on screen and in the CSV: a hidden count says only that it is small. */
export function figureText(count: number | null): string {
  return count === null ? `< ${SMALL_COUNT_THRESHOLD}` : String(count);
}
