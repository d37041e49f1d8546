// Renews the session with its refresh token: one request at a time, however many screens hit an expired token together.
import { isOfflineError, requestGraphQL } from '../graphql/client';
import { RefreshMutation, type LoginPayload } from '../graphql/session-user';
import { rememberOfflinePin, takeOfflinePin } from '../features/site-pack/offline-credentials';
import { PinLoginMutation } from '../features/tablet/api/tablet.queries';
import { readDevice } from './device-token';
import type { Session, SessionStore } from './session-store';

export function sessionFromPayload(payload: LoginPayload, kind: Session['kind'] = 'staff'): Session {
  return {
    accessToken: payload.accessToken,
    expiresAt: payload.expiresAt,
    refreshToken: payload.refreshToken,
    refreshExpiresAt: payload.refreshExpiresAt,
    kind,
    user: payload.me,
  };
}

/** Thirty seconds of margin: a token that expires while the request travels is as good as expired. */
export function isSessionExpired(session: Session | null, now = Date.now()): boolean {
  if (!session) return false;
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isFinite(expiresAt) && expiresAt - 30_000 <= now;
}

export function createSessionRefresher(store: SessionStore, fetchImpl?: typeof fetch): () => Promise<string | null> {
  let inFlight: Promise<string | null> | null = null;

  /** An offline session becomes a real one by signing the worker in online with the PIN they typed offline. */
  async function exchange(session: Session): Promise<string | null> {
    const pin = takeOfflinePin(session.user.id);
    const deviceToken = readDevice()?.deviceToken;
    if (!pin || !deviceToken) return null;
    try {
      const data = await requestGraphQL(PinLoginMutation, { workerId: session.user.id, pin }, { fetchImpl, deviceToken });
      if (store.getState().session !== session) return store.getState().session?.accessToken ?? null;
      store.signIn(sessionFromPayload(data.pinLogin, 'tablet'));
      return data.pinLogin.accessToken;
    } catch (error) {
      // Still offline: keep the PIN for the next try. Refused (PIN changed, locked, left the crew): the session is over.
      if (isOfflineError(error)) {
        rememberOfflinePin(session.user.id, pin);
        throw error;
      }
      return null;
    }
  }

  async function renew(): Promise<string | null> {
    const session = store.getState().session;
    if (session?.offline) return exchange(session);
    if (!session?.refreshToken) return null;
    try {
      const data = await requestGraphQL(RefreshMutation, { refreshToken: session.refreshToken }, { fetchImpl });
      // Someone signed out (or another worker signed in) meanwhile: their state wins over this late answer.
      const current = store.getState().session;
      if (current?.refreshToken !== session.refreshToken) return current?.accessToken ?? null;
      store.signIn(sessionFromPayload(data.refresh, session.kind));
      return data.refresh.accessToken;
    } catch (error) {
      if (isOfflineError(error)) throw error;
      // A refused refresh token (used twice, revoked, idle too long): the session is over.
      return null;
    }
  }

  return () => {
    inFlight ??= renew().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
