// Behaviour of the app's routing: role homes, the role redirect, and a refused session sending back to login.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@fit/shared';
import { fakeServer, makeUser, renderWithClient, type FakeServer } from '../test-utils';
import { createAppClient } from './app-client';
import { AppRoutes } from './routes';
import { sessionStore } from './session';
import i18n from 'i18next';

function signInAs(role: Role) {
  const user = makeUser({ role, displayName: 'Manon Gérante' });
  sessionStore.signIn({ accessToken: 'tok', expiresAt: '2030-01-01T00:00:00Z', user });
  return user;
}

function renderApp(server: FakeServer, route: string) {
  return renderWithClient(<AppRoutes />, createAppClient(sessionStore, server.fetch), route);
}

afterEach(() => act(() => sessionStore.signOut()));

describe(AppRoutes.name, () => {
  it('sends a visitor without a session to the login screen', async () => {
    renderApp(fakeServer({ data: {} }), '/manager');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });

  it('sends "/" to the home of the signed-in role, with who is signed in in the header', async () => {
    const user = signInAs('manager');
    renderApp(fakeServer({ data: { me: user, sites: [], pendingValidations: [], sharingAgreements: [], networkBodies: [], clauseContracts: [] } }), '/');
    // The role home is a lazy chunk: its first transform can take over a second on a busy two-core machine.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sites and teams' }, { timeout: 5000 })).toBeTruthy();
    const header = screen.getByRole('banner');
    expect(header.textContent).toContain('Manon Gérante');
    expect(header.textContent).toContain('Rénovation Démo SARL · Manager');
  });

  it("sends a person away from another role's home to their own", async () => {
    const user = signInAs('worker');
    renderApp(fakeServer({ data: { me: user } }), '/admin');
    expect(await screen.findByRole('heading', { level: 1, name: "Today's modules" })).toBeTruthy();
  });

  it('returns to login and says why when the server refuses the saved session', async () => {
    signInAs('trainer');
    renderApp(
      fakeServer({ errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
      '/trainer',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Your session has ended. Sign in again to continue.')).toBeTruthy();
    expect(sessionStore.getState().session).toBeNull();
  });

  it('signs out from the header', async () => {
    const user = signInAs('trainer');
    renderApp(fakeServer({ data: { me: user, sites: [] } }), '/trainer');
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByText(/session has ended/)).toBeNull();
  });

  it('switches the whole interface language from the header and updates <html lang>', async () => {
    renderApp(fakeServer({ data: {} }), '/login');
    chooseLanguage('Language', 'Français');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem('fit.language')).toBe('fr');
  });

  it('offers a worker all six tablet languages and mirrors the layout for Arabic', async () => {
    const user = signInAs('worker');
    renderApp(fakeServer({ data: { me: user, myAssignments: [], myPracticalReviews: [] } }), '/worker');
    expect(await screen.findByRole('heading', { level: 1, name: "Today's modules" })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Language/ }));
    const switcher = screen.getByRole('list', { name: 'Language' });
    expect([...switcher.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Français',
      'English',
      'Português',
      'Español',
      'Română',
      'العربية',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'العربية' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'وحدات اليوم' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Language' })).toBeNull();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    chooseLanguage('اللغة', 'Português');
    expect(await screen.findByRole('heading', { level: 1, name: 'Módulos de hoje' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('keeps staff screens in French or English: a language left by a worker turns to French', async () => {
    await act(() => i18n.changeLanguage('ro'));
    const user = signInAs('manager');
    renderApp(fakeServer({ data: { me: user, sites: [], pendingValidations: [], sharingAgreements: [], networkBodies: [], clauseContracts: [] } }), '/manager');
    expect(await screen.findByRole('heading', { level: 1, name: 'Chantiers et équipes' }, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Langue/ }));
    const switcher = screen.getByRole('list', { name: 'Langue' });
    expect([...switcher.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Français', 'English']);
  });
});

/** Opens the header's language list (its button is named by the word for "language" in the language spoken now). */
function chooseLanguage(label: string, language: string) {
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${label}`) }));
  fireEvent.click(screen.getByRole('button', { name: language }));
}
