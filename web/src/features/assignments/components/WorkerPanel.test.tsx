// Behaviour of the cohort drill-down: attempts with their version, and cancel/reassign only after a confirmation.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../../test-utils';
import { WorkerPanel } from './WorkerPanel';

const entry = {
  assignmentId: 'a1', workerId: 'w1', moduleVersionId: 'v1', dueOn: '2026-12-01', status: 'awaiting_sign_off' as const,
  overdue: false, lastActivityAt: null, bestScore: 0.5,
};
const attempts = {
  workerAttempts: [
    { id: 'r2', version: 2, outcome: 'passed', score: 1, startedAt: '2026-11-23T10:00:00Z', finishedAt: '2026-11-23T10:10:00Z', moduleVersion: { id: 'v2', title: { text: 'Fenêtres' } } },
    { id: 'r1', version: 1, outcome: 'failed', score: 0.33, startedAt: '2026-11-20T10:00:00Z', finishedAt: null, moduleVersion: { id: 'v1', title: { text: 'Fenêtres' } } },
  ],
};

function renderPanel(...replies: Parameters<typeof fakeServer>) {
  const server = fakeServer(...replies);
  const changes: number[] = [];
  renderWithClient(
    <WorkerPanel
      worker={{ id: 'w1', displayName: 'Julien Moreau' }}
      entries={[entry]}
      titleOf={() => ({ title: 'Fenêtres', version: 1 })}
      crew={[{ id: 'w1', displayName: 'Julien Moreau' }, { id: 'w2', displayName: 'Amadou Diallo' }]}
      onClose={() => undefined}
      onChanged={() => changes.push(1)}
    />,
    clientFor(server),
  );
  return { server, changes };
}

describe(WorkerPanel.name, () => {
  it("lists the worker's attempts with the version each was made on", async () => {
    renderPanel({ data: attempts });
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.getAttribute('data-version'))).toEqual(['2', '1']);
    expect(rows[2]!.textContent).toContain('Failed');
    expect(rows[2]!.textContent).toContain('33\u00a0%');
  });

  it('cancels an assignment only after the trainer confirms', async () => {
    const { server, changes } = renderPanel({ data: attempts }, { data: { cancelAssignment: { id: 'a1', state: 'closed' } } });
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel Fenêtres for Julien Moreau' }));
    expect(screen.getByText('Cancel “Fenêtres” for Julien Moreau? It stays in the history.')).toBeTruthy();
    expect(server.requests).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText('“Fenêtres” cancelled for Julien Moreau.')).toBeTruthy();
    expect(server.requests[1]!.variables).toEqual({ id: 'a1' });
    expect(changes).toHaveLength(1);
  });

  it('reassigns to another worker of the site, named in the confirmation', async () => {
    const { server } = renderPanel({ data: attempts }, { data: { reassignAssignment: { id: 'a2', workerId: 'w2' } } });
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Reassign Fenêtres to another worker' }));
    const select = screen.getByLabelText('Give it to');
    expect(within(select).queryByText('Julien Moreau')).toBeNull();
    expect(screen.getByRole('button', { name: 'Yes, reassign' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(select, { target: { value: 'w2' } });
    expect(screen.getByRole('alert').textContent).toBe('Give “Fenêtres” to Amadou Diallo instead of Julien Moreau?');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reassign' }));
    expect(await screen.findByText('“Fenêtres” given to Amadou Diallo.')).toBeTruthy();
    expect(server.requests[1]!.variables).toEqual({ id: 'a1', workerId: 'w2' });
  });
});
