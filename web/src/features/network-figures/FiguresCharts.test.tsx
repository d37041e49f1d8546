// The figures' charts: a chart whose every figure is withheld says so instead of drawing an empty frame.
import { render, screen } from '@testing-library/react';
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
      />,
    );
    expect(
      screen.getByRole('table', { name: /heures de formation par mois|training hours by month/i }),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: /expirent|expiring/i })).toBeNull();
    expect(screen.getAllByText(/moins de 5|fewer than 5/i)).toHaveLength(2);
  });
});
