import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChartWithTable } from './BarChartWithTable';

describe('BarChartWithTable', () => {
  it('gives screen readers the numbers as a table, the picture hidden from them', () => {
    const { container } = render(
      <BarChartWithTable
        title="Heures par mois"
        categoryLabel="Mois"
        rows={[
          { category: '2026-03', hours: 150.5, target: 200 },
          { category: '2026-04', hours: 0, target: 200 },
        ]}
        series={[
          { key: 'hours', label: 'Heures validées' },
          { key: 'target', label: 'Objectif', line: true },
        ]}
        format={(v) => `${v} h`}
      />,
    );
    const table = screen.getByRole('table', { name: 'Heures par mois' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Mois', 'Heures validées', 'Objectif']);
    const march = within(table).getByRole('row', { name: /2026-03/ });
    expect(within(march).getAllByRole('cell').map((c) => c.textContent)).toEqual(['150.5 h', '200 h']);
    expect(container.querySelector('.chart__plot')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws no bar for a withheld figure and says so in the table', () => {
    render(
      <BarChartWithTable
        title="Personnes formées"
        categoryLabel="Mois"
        rows={[
          { category: '2026-03', workers: null },
          { category: '2026-04', workers: 12 },
        ]}
        series={[{ key: 'workers', label: 'Personnes' }]}
        hiddenText="< 5"
      />,
    );
    const table = screen.getByRole('table', { name: 'Personnes formées' });
    expect(within(within(table).getByRole('row', { name: /2026-03/ })).getByRole('cell').textContent).toBe('< 5');
    expect(within(within(table).getByRole('row', { name: /2026-04/ })).getByRole('cell').textContent).toBe('12');
  });
});
