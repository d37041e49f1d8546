// Behaviour of the invitee's page: dead links explain themselves; an existing account only gives its password.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { clientFor, fakeServer, renderWithClient } from '../../../test-utils';
import { AcceptInvitationPage } from './AcceptInvitationPage';

const preview = (over: Record<string, unknown>) => ({
  data: {
    invitationPreview: {
      organisationName: 'Rénov Lyon',
      email: 'chef@renov.fr',
      role: 'manager',
      expiresAt: '2030-01-01T00:00:00.000Z',
      status: 'pending',
      accountExists: false,
      ...over,
    },
  },
});

function renderAt(server: ReturnType<typeof fakeServer>, onAccepted = vi.fn()) {
  renderWithClient(
    <Routes>
      <Route path="/invite/:token" element={<AcceptInvitationPage onAccepted={onAccepted} />} />
    </Routes>,
    clientFor(server),
    '/invite/tok-1234567890',
  );
  return onAccepted;
}

describe(AcceptInvitationPage.name, () => {
  it('explains an unknown link', async () => {
    renderAt(fakeServer({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation link does not work' })).toBeTruthy();
  });

  it('explains an expired link', async () => {
    renderAt(fakeServer(preview({ status: 'expired' })));
    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation has expired' })).toBeTruthy();
  });

  it('links an existing account with its password only, and hands the new session on', async () => {
    const server = fakeServer(preview({ accountExists: true }), { data: { acceptInvitation: { accessToken: 'a' } } });
    const onAccepted = renderAt(server);
    expect(await screen.findByText(/already has a FIT account/)).toBeTruthy();
    expect(screen.queryByLabelText('Your name')).toBeNull();
    fireEvent.change(screen.getByLabelText('Your FIT password'), { target: { value: 'fit-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join with my account' }));
    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith({ accessToken: 'a' }));
    expect(server.requests[1]?.variables).toEqual({ input: { token: 'tok-1234567890', password: 'fit-demo', displayName: null } });
  });

  it('says when the existing password is wrong', async () => {
    renderAt(
      fakeServer(preview({ accountExists: true }), { errors: [{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS' } }] }),
    );
    fireEvent.change(await screen.findByLabelText('Your FIT password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join with my account' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('not the password'));
  });
});
