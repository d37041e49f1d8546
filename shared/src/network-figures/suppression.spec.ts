import { describe, expect, it } from 'vitest';
import { SMALL_COUNT_THRESHOLD, figureText, suppressRow } from './index.js';

describe('small-count suppression of the network figures', () => {
  it('hides every count from 1 to 4 and keeps 0 and counts of 5 or more', () => {
    expect(SMALL_COUNT_THRESHOLD).toBe(5);
    const row = suppressRow([0, 5, 12, 40]);
    expect(row).toEqual({ cells: [0, 5, 12, 40], total: 57 });
    expect(suppressRow([4, 3, 20]).cells).toEqual([null, null, 20]);
  });

  it('hides a second cell when one cell alone is hidden, so the total cannot give it back', () => {
    const row = suppressRow([3, 9, 6, 20]);
    // 6 is the smallest other non-zero cell: hiding it loses the least information.
    expect(row.cells).toEqual([null, 9, null, 20]);
    expect(row.total).toBe(38);
    const shown = row.cells.filter((cell): cell is number => cell !== null).reduce((sum, cell) => sum + cell, 0);
    // Two unknowns for one equation: the reader only learns their sum (9), not the hidden 3.
    expect((row.total ?? 0) - shown).toBe(9);
  });

  it('hides the total when no other non-zero cell can be hidden with the lone small one', () => {
    expect(suppressRow([0, 2, 0])).toEqual({ cells: [0, null, 0], total: null });
    expect(suppressRow([2])).toEqual({ cells: [null], total: null });
  });

  it('hides a total below the threshold, and recomputing never reveals a hidden cell in any row', () => {
    expect(suppressRow([1, 1]).total).toBeNull();
    for (const counts of [[1, 7], [4, 5, 0, 8], [3, 3, 30], [2, 0, 0, 6], [9, 1, 9, 9]]) {
      const row = suppressRow(counts);
      const hidden = row.cells.filter((cell) => cell === null).length;
      if (hidden > 0) expect(hidden >= 2 || row.total === null).toBe(true);
    }
  });

  it('shows a hidden count as "< 5" in the page and in the CSV', () => {
    expect(figureText(null)).toBe('< 5');
    expect(figureText(12)).toBe('12');
  });
});
