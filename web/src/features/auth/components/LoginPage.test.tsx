// Behaviour of the login screen: checks on the tablet, server refusals, the pending state and success.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clientFor, fakeServer, makeUser, renderWithClient, type FakeServer } from '../../../test-utils';
import { LoginPage } from './LoginPage';

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email address'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function renderLogin(server: FakeServer, onSignedIn = vi.fn()) {
  renderWithClient(<LoginPage onSignedIn={onSignedIn} />, clientFor(server));
  return onSignedIn;
}

describe(LoginPage.name, () => {
  it('refuses an invalid email before calling the server', async () => {
    const server = fakeServer({ data: {} });
    renderLogin(server);
    fillAndSubmit('trainer@fit', 'fit-demo');
    const email = screen.getByLabelText('Email address');
    expect(await screen.findByText(/This email address is not complete/)).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(screen.getByText(/not complete/).id);
    expect(document.activeElement).toBe(email);
    expect(server.requests).toHaveLength(0);
  });

  it('asks for both fields when the form is sent empty', () => {
    const server = fakeServer({ data: {} });
    renderLogin(server);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(server.requests).toHaveLength(0);
  });

  it('sends the email trimmed and lower-cased, and hands the session over on success', async () => {
    const payload = { accessToken: 'tok', expiresAt: '2030-01-01T00:00:00Z', me: makeUser() };
    const server = fakeServer({ data: { login: payload } });
    const onSignedIn = renderLogin(server);
    fillAndSubmit('  Trainer@FIT.demo ', 'fit-demo');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(payload));
    expect(server.requests[0]?.variables).toEqual({ email: 'trainer@fit.demo', password: 'fit-demo' });
  });

  it('shows a wrong password in the alert region, in the screen language', async () => {
    const server = fakeServer({
      errors: [
        {
          message: 'This email and password do not match an account.',
          extensions: { code: 'INVALID_CREDENTIALS' },
        },
      ],
    });
    const onSignedIn = renderLogin(server);
    fillAndSubmit('trainer@fit.demo', 'nope-nope');
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('This email and password do not match an account.'));
    expect(onSignedIn).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says that signing in needs the network when the tablet is offline', async () => {
    renderLogin(fakeServer('network-down'));
    fillAndSubmit('trainer@fit.demo', 'fit-demo');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/No network/));
  });

  it('disables the button with a spinner while the server answers, so a second tap sends nothing', async () => {
    const server = fakeServer(new Promise<never>(() => undefined));
    renderLogin(server);
    fillAndSubmit('trainer@fit.demo', 'fit-demo');
    const button = await screen.findByRole('button', { name: 'Signing in…' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.querySelector('.spinner')).not.toBeNull();
    fireEvent.submit(button.closest('form') as HTMLFormElement);
    expect(server.requests).toHaveLength(1);
  });
});
