// Behaviour of session renewal: one refresh for many refused requests, a retry with the new token, a clean end otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphQLClient, NetworkError } from '../graphql/client';
import { MeQuery } from '../graphql/session-user';
import { makeUser } from '../test-utils';
import { createAppClient } from './app-client';
import { createSessionRefresher, isSessionExpired } from './session-refresh';
import { createSessionStore, type Session } from './session-store';

const user = makeUser();
const session: Session = {
  accessToken: 'old-access',
  expiresAt: '2030-01-01T00:00:00Z',
  refreshToken: 'refresh-1',
  refreshExpiresAt: '2030-01-02T00:00:00Z',
  kind: 'staff',
  user,
};
const renewed = {
  accessToken: 'new-access',
  expiresAt: '2030-01-01T00:15:00Z',
  refreshToken: 'refresh-2',
  refreshExpiresAt: '2030-01-02T00:00:00Z',
  me: user,
};
const expiredError = { errors: [{ message: 'Session expired', extensions: { code: 'UNAUTHENTICATED' } }] };

/** A server that refuses the old token, renews once, and answers `me` for the new token. */
function renewingServer(refreshReply: unknown = { data: { refresh: renewed } }) {
  const calls: { query: string; authorization: string | null }[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string };
    const authorization = new Headers(init?.headers).get('authorization');
    calls.push({ query: body.query, authorization });
    await new Promise((r) => setTimeout(r, 5));
    const reply = body.query.includes('mutation Refresh')
      ? refreshReply
      : authorization === 'Bearer new-access'
        ? { data: { me: user } }
        : expiredError;
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, calls, refreshCalls: () => calls.filter((c) => c.query.includes('mutation Refresh')).length };
}

afterEach(() => localStorage.clear());

describe(createSessionRefresher.name, () => {
  it('renews once for many requests refused together, then retries each with the new token', async () => {
    const store = createSessionStore(localStorage);
    store.signIn(session);
    const server = renewingServer();
    const sut = createAppClient(store, server.fetchImpl);
    const answers = await Promise.all([sut.request(MeQuery, {}), sut.request(MeQuery, {}), sut.request(MeQuery, {})]);
    expect(answers.map((a) => a.me.id)).toEqual([user.id, user.id, user.id]);
    expect(server.refreshCalls()).toBe(1);
    expect(store.getState().session).toMatchObject({ accessToken: 'new-access', refreshToken: 'refresh-2', kind: 'staff' });
  });

  it('renews before sending when the access token is already past its expiry', async () => {
    const store = createSessionStore(localStorage);
    store.signIn({ ...session, expiresAt: '2000-01-01T00:00:00Z' });
    const server = renewingServer();
    await createAppClient(store, server.fetchImpl).request(MeQuery, {});
    expect(server.calls.map((c) => c.query.includes('mutation Refresh'))).toEqual([true, false]);
    expect(server.calls[1]?.authorization).toBe('Bearer new-access');
  });

  it('ends the session and says so when the refresh token is refused', async () => {
    const store = createSessionStore(localStorage);
    store.signIn(session);
    const server = renewingServer(expiredError);
    await expect(createAppClient(store, server.fetchImpl).request(MeQuery, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(store.getState()).toEqual({ session: null, expired: true });
  });

  it('keeps the session when the renewal fails only for lack of network', async () => {
    const store = createSessionStore(localStorage);
    store.signIn(session);
    const server = renewingServer('network-down');
    await expect(createAppClient(store, server.fetchImpl).request(MeQuery, {})).rejects.toBeInstanceOf(NetworkError);
    expect(store.getState().session?.accessToken).toBe('old-access');
  });

  it('does not try to renew a session saved without a refresh token', async () => {
    const store = createSessionStore(localStorage);
    store.signIn({ ...session, refreshToken: undefined });
    const server = renewingServer();
    await expect(createAppClient(store, server.fetchImpl).request(MeQuery, {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(server.refreshCalls()).toBe(0);
    expect(store.getState().session).toBeNull();
  });
});

describe(isSessionExpired.name, () => {
  it('counts a token expiring within 30 seconds as expired', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(isSessionExpired({ ...session, expiresAt: '2030-01-01T00:00:20Z' }, now)).toBe(true);
    expect(isSessionExpired({ ...session, expiresAt: '2030-01-01T00:05:00Z' }, now)).toBe(false);
    expect(isSessionExpired(null, now)).toBe(false);
  });
});

describe('createGraphQLClient device token', () => {
  it("sends the tablet's device token when this browser is an enrolled tablet", async () => {
    let header: string | null = null;
    const fetchImpl = (async (_i: RequestInfo | URL, init?: RequestInit) => {
      header = new Headers(init?.headers).get('x-device-token');
      return new Response(JSON.stringify({ data: { me: user } }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const sut = createGraphQLClient({ getToken: () => null, getDeviceToken: () => 'dev-1', onUnauthenticated: () => undefined, fetchImpl });
    await sut.request(MeQuery, {});
    expect(header).toBe('dev-1');
  });
});
