// The company's side of a hand-over: words on screen (trades, ULO and module titles), and the suggested path assigned
// in one action, one assignment per module not yet assigned, stopping at the first refusal.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../test-utils';
import { HandoversPage } from './HandoversPage';

const handover = {
  id: 'h1',
  workerId: 'w1',
  displayName: 'Karim',
  fromNetwork: 'Maison de l’emploi Démo',
  trades: ['insulation'],
  candidateConsentedAt: '2026-12-05T10:00:00.000Z',
  ulos: [{ code: 'ULO-INS-02', title: 'Insulate lofts and roofs without gaps' }],
  modules: [
    { moduleVersionId: 'v1', title: 'Insulating lost lofts', assigned: false },
    { moduleVersionId: 'v2', title: 'Airtightness around windows', assigned: true },
    { moduleVersionId: 'v3', title: 'Vapour barriers', assigned: false },
  ],
};
const assigned = { data: { assignModule: { batchId: 'b', assigned: 1 } } };

describe(HandoversPage.name, () => {
  it('shows the trades, ULOs and modules in words, and assigns the open modules in one action', async () => {
    const server = fakeServer({ data: { positioningHandovers: [handover] } }, assigned, assigned, { data: { positioningHandovers: [] } });
    renderWithClient(<HandoversPage />, clientFor(server));
    expect(await screen.findByRole('heading', { name: 'Karim' })).toBeTruthy();
    expect(screen.getByText('Insulation')).toBeTruthy();
    expect(screen.getByText('Insulate lofts and roofs without gaps')).toBeTruthy();
    expect(screen.queryByText(/ULO-INS-02/)).toBeNull();
    expect(screen.getByText('Airtightness around windows (already assigned)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Assign the 2 modules to Karim' }));
    await waitFor(() => expect(server.requests.filter((r) => r.query.includes('assignModule'))).toHaveLength(2));
    const inputs = server.requests.filter((r) => r.query.includes('assignModule')).map((r) => (r.variables as { input: { moduleVersionId: string; workerIds: string[] } }).input);
    expect(inputs.map((i) => [i.moduleVersionId, i.workerIds])).toEqual([
      ['v1', ['w1']],
      ['v3', ['w1']],
    ]);
  });

  it('stops at the first refusal and says why', async () => {
    const refused = { errors: [{ message: 'The due date cannot be in the past.', extensions: { code: 'BAD_USER_INPUT' } }] };
    const server = fakeServer({ data: { positioningHandovers: [handover] } }, refused);
    renderWithClient(<HandoversPage />, clientFor(server));
    fireEvent.click(await screen.findByRole('button', { name: 'Assign the 2 modules to Karim' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The date cannot be in the past.');
    expect(server.requests.filter((r) => r.query.includes('assignModule'))).toHaveLength(1);
  });

  it('says when nobody was handed over yet', async () => {
    renderWithClient(<HandoversPage />, clientFor(fakeServer({ data: { positioningHandovers: [] } })));
    expect(await screen.findByText('No candidate handed over yet.')).toBeTruthy();
  });
});
