// The signed-in session (token + user) kept on the tablet, so the app opens offline after one visit.
import { isRole } from '@fit/shared';
import type { SessionUser } from '../graphql/session-user';

export interface Session {
  accessToken: string;
  expiresAt: string;
  /** Exchanged once for a new pair when the access token expires; absent in sessions saved by older versions. */
  refreshToken?: string;
  refreshExpiresAt?: string;
  /** `tablet`: a worker on the shared site tablet (short session, inactivity sign-out, back to the name picker). */
  kind?: 'staff' | 'tablet';
  /** Opened offline from the site pack: no server token yet; renewing it is the PIN exchange (see offline-credentials). */
  offline?: boolean;
  user: SessionUser;
}

export interface SessionState {
  session: Session | null;
  /** True after the server refused the token: the login screen says why the person is back there. */
  expired: boolean;
}

export const SESSION_STORAGE_KEY = 'fit.session';

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  signIn(session: Session): void;
  updateUser(user: SessionUser): void;
  signOut(options?: { expired?: boolean }): void;
}

export function createSessionStore(storage: Storage): SessionStore {
  let state: SessionState = { session: readSession(storage), expired: false };
  const listeners = new Set<() => void>();

  const publish = (next: SessionState) => {
    state = next;
    if (next.session) storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(next.session));
    else storage.removeItem(SESSION_STORAGE_KEY);
    listeners.forEach((listener) => listener());
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: (session) => publish({ session, expired: false }),
    updateUser(user) {
      if (!state.session || JSON.stringify(user) === JSON.stringify(state.session.user)) return;
      publish({ session: { ...state.session, user }, expired: false });
    },
    signOut({ expired = false } = {}) {
      // The tablet is shared: the next person must find nothing of the previous one (see query-session.ts).
      // Several requests can be refused at once when a session ends: the later ones must not erase why it ended.
      publish({ session: null, expired: state.session !== null ? expired : state.expired });
    },
  };
}

// Anything unreadable (old format, hand-edited storage) is treated as signed out rather than crashing the shell.
export function readSession(storage: Storage): Session | null {
  try {
    const raw = storage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Session> | null;
    const user = value?.user;
    const valid =
      typeof value?.accessToken === 'string' &&
      typeof value.expiresAt === 'string' &&
      typeof user?.id === 'string' &&
      typeof user.displayName === 'string' &&
      isRole(user.role) &&
      typeof user.organisation?.name === 'string' &&
      Array.isArray(user.memberships);
    return valid ? (value as Session) : null;
  } catch {
    return null;
  }
}
