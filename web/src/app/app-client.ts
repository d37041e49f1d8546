// The GraphQL client of the running app: sends the session's token, and a refused token ends the session.
import { createGraphQLClient, type GraphQLClient } from '../graphql/client';
import type { SessionStore } from './session-store';

export function createAppClient(store: SessionStore, fetchImpl?: typeof fetch): GraphQLClient {
  return createGraphQLClient({
    getToken: () => store.getState().session?.accessToken ?? null,
    onUnauthenticated: () => store.signOut({ expired: true }),
    fetchImpl,
  });
}
