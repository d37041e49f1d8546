// Behaviour of the saved session: survives a reload, never crashes on bad data, leaves nothing behind on sign-out
// (the saved answers: query-session.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { makeUser } from '../test-utils';
import { createSessionStore, readSession, SESSION_STORAGE_KEY } from './session-store';

const session = { accessToken: 'tok', expiresAt: '2030-01-01T00:00:00Z', user: makeUser() };

describe(createSessionStore.name, () => {
  it('restores a signed-in session after a reload', () => {
    createSessionStore(localStorage).signIn(session);
    expect(createSessionStore(localStorage).getState().session).toEqual(session);
  });

  it('notifies screens when the session changes', () => {
    const store = createSessionStore(localStorage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.signIn(session);
    store.signOut();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('forgets the session on sign-out, for the next person on the tablet', () => {
    const store = createSessionStore(localStorage);
    store.signIn(session);
    store.signOut();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(store.getState()).toEqual({ session: null, expired: false });
  });

  it('remembers that the session expired, so the login screen can say so', () => {
    const store = createSessionStore(localStorage);
    store.signIn(session);
    store.signOut({ expired: true });
    expect(store.getState().expired).toBe(true);
    store.signIn(session);
    expect(store.getState().expired).toBe(false);
  });

  it('ignores a refresh that changes nothing', () => {
    const store = createSessionStore(localStorage);
    store.signIn(session);
    const listener = vi.fn();
    store.subscribe(listener);
    store.updateUser(makeUser());
    expect(listener).not.toHaveBeenCalled();
    store.updateUser(makeUser({ displayName: 'Thomas F.' }));
    expect(store.getState().session?.user.displayName).toBe('Thomas F.');
  });
});

describe(readSession.name, () => {
  it('treats unreadable or incomplete saved data as signed out', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(readSession(localStorage)).toBeNull();
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ ...session, user: { ...session.user, role: 'boss' } }),
    );
    expect(readSession(localStorage)).toBeNull();
  });
});
