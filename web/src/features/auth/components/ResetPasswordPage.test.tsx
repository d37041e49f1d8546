// Behaviour of the page behind a reset link: a dead link says why; a link that dies while the form is open, too.
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { clientFor, fakeServer, renderWithClient, type FakeServer } from '../../../test-utils';
import { ResetPasswordPage } from './ResetPasswordPage';

function renderAt(server: FakeServer) {
  renderWithClient(
    <Routes>
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
    </Routes>,
    clientFor(server),
    '/reset-password/tok_123',
  );
}

describe(ResetPasswordPage.name, () => {
  it('says a used link was used, offers a new one, and shows no form', async () => {
    renderAt(fakeServer({ data: { passwordResetState: 'used' } }));
    expect(await screen.findByRole('heading', { name: 'This link was already used' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });

  it('checks the new password on the device, then sends it with the token', async () => {
    const server = fakeServer({ data: { passwordResetState: 'valid' } }, { data: { resetPassword: true } });
    renderAt(server);
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'long enough' } });
    fireEvent.change(screen.getByLabelText('The new password again'), { target: { value: 'long enouhg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('The new password again'));
    expect(server.requests).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('The new password again'), { target: { value: 'long enough' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByRole('heading', { name: 'Password changed' })).toBeTruthy();
    expect(server.requests[1]!.variables).toEqual({ token: 'tok_123', password: 'long enough' });
  });

  it('turns into the "expired" page when the link expires while the form is open', async () => {
    renderAt(
      fakeServer(
        { data: { passwordResetState: 'valid' } },
        { errors: [{ message: 'This link has expired', extensions: { code: 'CONFLICT', reason: 'RESET_LINK_EXPIRED' } }] },
      ),
    );
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'long enough' } });
    fireEvent.change(screen.getByLabelText('The new password again'), { target: { value: 'long enough' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByRole('heading', { name: 'This link has expired' })).toBeTruthy();
  });
});
