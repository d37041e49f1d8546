// Behaviour of the notifications inbox: unread first in weight, marking read, the empty state.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../test-utils';
import { NotificationsPage } from './NotificationsPage';

const lockout = {
  id: 'n1',
  kind: 'worker_locked_out',
  message: 'Mehdi Haddad entered a wrong PIN 5 times.',
  createdAt: '2026-11-23T10:00:00.000Z',
  readAt: null,
};
const overdue = { id: 'n2', kind: 'team_overdue', message: '2 assigned module(s) overdue.', createdAt: '2026-11-22T08:00:00.000Z', readAt: '2026-11-22T09:00:00.000Z' };

describe(NotificationsPage.name, () => {
  it('names each kind, marks the unread one as new, and marks it read on request', async () => {
    const server = fakeServer(
      { data: { myNotifications: [lockout, overdue] } },
      { data: { markNotificationsRead: 1 } },
      { data: { myNotifications: [{ ...lockout, readAt: '2026-11-23T11:00:00.000Z' }, overdue] } },
    );
    renderWithClient(<NotificationsPage role="manager" />, clientFor(server));
    expect(await screen.findByText('Worker locked out of a tablet')).toBeTruthy();
    expect(screen.getByText('Team training overdue')).toBeTruthy();
    expect(screen.getByText('1 unread notification.')).toBeTruthy();
    expect(screen.getAllByText('New')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(screen.getByText('Everything is read.')).toBeTruthy());
    expect(server.requests[1]?.variables).toEqual({ ids: ['n1'] });
    expect(screen.queryByText('New')).toBeNull();
  });

  it('says plainly when there is nothing', async () => {
    renderWithClient(<NotificationsPage role="trainer" />, clientFor(fakeServer({ data: { myNotifications: [] } })));
    expect(await screen.findByText('No notification')).toBeTruthy();
  });
});
