// The ULO picker as a trainer uses it: titles grouped by topic with the code beside, a search on title or code that
// keeps chosen ULOs in sight, typed codes when there is no framework.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { UloLabels } from '../../qualifications';
import { UloPicker } from './UloPicker';

const ULOS = [
  { code: 'ULO-AIR-01', title: 'Explain why airtightness matters', topic: 'airtightness' },
  { code: 'ULO-AIR-02', title: 'Seal window and door joints', topic: 'airtightness' },
  { code: 'ULO-HP-01', title: 'Place a heat-pump outdoor unit', topic: 'heat-pumps' },
];

function labels(ulos = ULOS): UloLabels {
  const titles = new Map(ulos.map((u) => [u.code, u.title]));
  return { status: 'success', ulos, label: (c) => titles.get(c) ?? c, known: (c) => titles.has(c), retry: () => undefined };
}

describe(UloPicker.name, () => {
  it('lists ULOs by title under their topic, the code beside, and reports a choice', () => {
    const onChange = vi.fn();
    render(<UloPicker labels={labels()} value={['ULO-AIR-01']} onChange={onChange} />);
    const air = screen.getByRole('group', { name: 'airtightness' });
    expect(within(air).getByRole('checkbox', { name: /Explain why airtightness matters/ })).toHaveProperty('checked', true);
    expect(screen.getByText('ULO-HP-01').className).toBe('code-aside');
    expect(screen.getByRole('status').textContent).toBe('1 learning outcome chosen');
    fireEvent.click(screen.getByRole('checkbox', { name: /Place a heat-pump outdoor unit/ }));
    expect(onChange).toHaveBeenCalledWith(['ULO-AIR-01', 'ULO-HP-01']);
  });

  it('narrows the list by title or code, accents and case aside, and keeps chosen ULOs in sight', () => {
    render(<UloPicker labels={labels()} value={['ULO-AIR-01']} onChange={() => undefined} />);
    fireEvent.change(screen.getByRole('searchbox', { name: /Search a learning outcome/ }), { target: { value: 'hp-01' } });
    expect(screen.getByRole('checkbox', { name: /heat-pump/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Seal window/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Explain why/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'SÉAL' } });
    expect(screen.getByRole('checkbox', { name: /Seal window/ })).toBeTruthy();
  });

  it('keeps a code the framework does not know, to be unticked, and falls back to typed codes without a framework', () => {
    const onChange = vi.fn();
    const { unmount } = render(<UloPicker labels={labels()} value={['X-OLD-1']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'X-OLD-1' }));
    expect(onChange).toHaveBeenCalledWith([]);
    unmount();
    render(<UloPicker labels={labels([])} value={['ULO-AIR-01']} onChange={() => undefined} />);
    expect((screen.getByLabelText('Learning outcomes') as HTMLInputElement).value).toBe('ULO-AIR-01');
  });
});
