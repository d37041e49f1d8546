// The GraphQL client of the running app: sends the session's and the tablet's tokens, renews, and ends a lost session.
import { createGraphQLClient, type GraphQLClient } from '../graphql/client';
import { readDevice } from './device-token';
import { createSessionRefresher, isSessionExpired } from './session-refresh';
import type { SessionStore } from './session-store';

export function createAppClient(store: SessionStore, fetchImpl?: typeof fetch): GraphQLClient {
  return createGraphQLClient({
    getToken: () => store.getState().session?.accessToken ?? null,
    getDeviceToken: () => readDevice()?.deviceToken ?? null,
    isExpired: () => isSessionExpired(store.getState().session),
    refreshSession: createSessionRefresher(store, fetchImpl),
    onUnauthenticated: () => store.signOut({ expired: true }),
    fetchImpl,
  });
}
