// The figures' charts: a chart whose every figure is withheld says so instead of drawing an empty frame.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import FiguresCharts from './FiguresCharts';

const months = ['2026-11', '2026-12'];
const row = (label: string, columns: string[], cells: (number | null)[]) => ({
  label,
  columns,
  cells,
  total: null,
});

describe('FiguresCharts', () => {
  it('draws the charts that hold a figure and says which ones are all hidden', () => {
    render(
      <FiguresCharts
        workersTrained={row('workersTrained', months, [6, 9])}
        trainingHours={row('trainingHours', months, [20, 31.5])}
        awardsByScheme={[row('EX-DE-EEB', months, [0, null])]}
        expiringByScheme={row('expiring', ['EX-DE-EEB'], [null])}
        awardsByEqfLevel={[row('4', months, [0, 7]), row('unknown', months, [0, null])]}
        ulosAwarded={row('ulosAwarded', months, [0, 14])}
        clauseHoursByTerritory={[row('Lyon Est', months, [null, 812.5]), row('', months, [null, 0])]}
        clauseTargets={[{ territory: 'Lyon Est', targetHours: 2000, achievedHours: 1621.5, percent: 81 }, { territory: '', targetHours: 300, achievedHours: null, percent: null }]}
      />,
    );
    expect(
      screen.getByRole('table', { name: /heures de formation par mois|training hours by month/i }),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: /expirent|expiring/i })).toBeNull();
    expect(screen.getAllByText(/moins de 5|fewer than 5/i)).toHaveLength(2);
  });

  it('draws the social clause by territory against its targets, and awards by EQF level, with their tables', () => {
    render(
      <FiguresCharts
        workersTrained={row('workersTrained', months, [0, 0])}
        trainingHours={row('trainingHours', months, [0, 0])}
        awardsByScheme={[]}
        expiringByScheme={row('expiring', [], [])}
        awardsByEqfLevel={[row('4', months, [0, 7]), row('unknown', months, [0, null])]}
        ulosAwarded={row('ulosAwarded', months, [0, 14])}
        clauseHoursByTerritory={[row('Lyon Est', months, [null, 812.5]), row('', months, [null, 0])]}
        clauseTargets={[{ territory: 'Lyon Est', targetHours: 2000, achievedHours: 1621.5, percent: 81 }, { territory: '', targetHours: 300, achievedHours: null, percent: null }]}
      />,
    );
    const targets = screen.getByRole('table', { name: /objectifs, par territoire|and targets, by territory/i });
    const rows = within(targets).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toMatch(/Lyon Est.*1.?621,?\.?5.*2.?000/);
    expect(rows[2]).toMatch(/(Sans territoire|No territory)< 5300/);
    const levels = screen.getByRole('table', { name: /CEC|EQF/ });
    expect(within(levels).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([expect.any(String), expect.stringMatching(/4/), expect.stringMatching(/non renseigné|not given/)]);
    expect(screen.getByRole('table', { name: /ULO/ })).toBeTruthy();
  });
});
