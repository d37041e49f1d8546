// Helpers for unit tests: a fake /graphql endpoint and a render wrapper that provides the client.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { createGraphQLClient, type GraphQLClient } from './graphql/client';
import { GraphQLClientContext } from './graphql/GraphQLClientContext';
import { createQueryClient } from './graphql/query-client';
import type { SessionUser } from './graphql/session-user';

export interface FakeServer {
  fetch: typeof fetch;
  /** Bodies of the requests received, parsed. */
  requests: { query: string; variables: unknown; authorization: string | null }[];
}

type Reply = { data?: unknown; errors?: unknown[]; status?: number } | 'network-down' | Promise<never>;

/** Answers each request with the next reply of the list (the last one repeats). */
export function fakeServer(...replies: Reply[]): FakeServer {
  const requests: FakeServer['requests'] = [];
  const fetchImpl = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    const headers = new Headers(init?.headers);
    requests.push({ ...body, authorization: headers.get('authorization') });
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)];
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    if (reply instanceof Promise) return reply;
    const { status = 200, ...payload } = reply ?? {};
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

export function clientFor(server: FakeServer, onUnauthenticated = () => undefined): GraphQLClient {
  return createGraphQLClient({ getToken: () => 'test-token', onUnauthenticated, fetchImpl: server.fetch });
}

/** Renders a screen as the app does: router, GraphQL client, and a query cache of its own (or the one given). */
export function renderWithClient(
  ui: ReactElement,
  client: GraphQLClient,
  route = '/',
  queryClient: QueryClient = createQueryClient(client),
): RenderResult {
  return render(
    <MemoryRouter initialEntries={[route]}>
      <GraphQLClientContext.Provider value={client}>
        <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
      </GraphQLClientContext.Provider>
    </MemoryRouter>,
  );
}

export function makeUser(overrides: Partial<SessionUser> = {}): SessionUser {
  const organisation = { id: 'org-1', slug: 'demo', name: 'Rénovation Démo SARL', kind: 'sme' };
  return {
    id: 'user-1',
    email: 'trainer@fit.demo',
    displayName: 'Thomas Formateur',
    language: 'fr',
    role: 'trainer',
    organisation,
    memberships: [{ role: 'trainer', organisation }],
    ...overrides,
  };
}
