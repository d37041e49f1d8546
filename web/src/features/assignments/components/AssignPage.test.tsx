// Behaviour of the assign form: what it asks for, what it sends, and what it says afterwards.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../../test-utils';
import { AssignPage } from './AssignPage';

const targets = {
  modules: [{ id: 'm1', slug: 'windows', latestPublished: { id: 'v1', version: 2, title: { text: 'Airtight windows' } } }],
  teams: [{ id: 't1', name: 'Insulation team', members: [{ id: 'w1' }, { id: 'w2' }, { id: 'w3' }, { id: 'w4' }] }],
  workers: [{ id: 'w1', displayName: 'Julien Moreau', trade: 'plasterer' }],
  sites: [{ id: 's1', name: 'Les Tilleuls' }],
};

describe(AssignPage.name, () => {
  it('says what is missing before sending anything', async () => {
    const server = fakeServer({ data: targets });
    renderWithClient(<AssignPage />, clientFor(server), '/assign');
    fireEvent.click(await screen.findByRole('button', { name: 'Assign' }));
    expect(screen.getByText('Choose a module.')).toBeTruthy();
    expect(screen.getByText('Choose who does this module.')).toBeTruthy();
    expect(screen.getByText('Choose a due date.')).toBeTruthy();
    expect(server.requests).toHaveLength(1);
  });

  it('assigns the module chosen on the card to a team and says to how many workers', async () => {
    const server = fakeServer({ data: targets }, { data: { assignModule: { batchId: 'b1', assigned: 4 } } });
    renderWithClient(<AssignPage />, clientFor(server), '/assign?version=v1');
    fireEvent.change(await screen.findByLabelText('Team'), { target: { value: 't1' } });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2999-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Assigned to 4 workers')).toBeTruthy();
    expect(server.requests[1]!.variables).toEqual({ input: { moduleVersionId: 'v1', teamId: 't1', dueOn: '2999-01-31' } });
  });

  it('refuses a due date in the past', async () => {
    renderWithClient(<AssignPage />, clientFor(fakeServer({ data: targets })), '/assign?version=v1');
    fireEvent.change(await screen.findByLabelText('Due date'), { target: { value: '2000-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(screen.getByText('The due date cannot be in the past.')).toBeTruthy();
  });

  it('shows the server’s refusal', async () => {
    const refusal = { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    renderWithClient(<AssignPage />, clientFor(fakeServer({ data: targets }, refusal)), '/assign?version=v1&site=s1');
    fireEvent.change(await screen.findByLabelText('Due date'), { target: { value: '2999-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The module could not be assigned.'));
  });
});
