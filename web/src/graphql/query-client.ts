// TanStack Query bound to FIT's GraphQL client: one cache of server reads, keyed by operation and variables, and the
// rules that keep it working like a tablet needs (fail fast offline, no silent retries, saved copies that last).
import { QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import type { GraphQLClient } from './client';
import type { TypedDocumentString } from './generated/graphql';

/** How long a read marked `offline` is kept, in memory and on the device (under setTimeout's 24.8-day ceiling). */
export const OFFLINE_MAX_AGE_MS = 21 * 24 * 60 * 60 * 1000;

/** Every GraphQL read's key starts with this, then the operation's name, then its variables. */
export const GRAPHQL_KEY = 'graphql';

const graphqlClients = new WeakMap<QueryClient, GraphQLClient>();

export function createQueryClient(graphql: GraphQLClient): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // The request itself tells offline apart (NetworkError): the screen shows the saved copy or says so at once,
        // instead of a query paused by the browser's online flag.
        networkMode: 'always',
        retry: false,
        refetchOnWindowFocus: false,
      },
    },
  });
  graphqlClients.set(queryClient, graphql);
  return queryClient;
}

function graphqlClientOf(queryClient: QueryClient): GraphQLClient {
  const graphql = graphqlClients.get(queryClient);
  if (!graphql) throw new Error('This QueryClient was not made by createQueryClient: it has no GraphQL client.');
  return graphql;
}

/** Any typed document, whatever its result and variables. */
export type AnyDocument = TypedDocumentString<unknown, never>;

const names = new WeakMap<object, string>();

/** The operation's name (`query MyDay …` → MyDay): readable keys, and what invalidation matches on. */
export function operationName(document: AnyDocument): string {
  let name = names.get(document);
  if (name === undefined) {
    name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
    names.set(document, name);
  }
  return name;
}

export interface GraphQLQueryFlags {
  /** Kept on the device (IndexedDB) for offline use until sign-out; the session's user is part of the saved copy. */
  offline?: boolean;
}

/** Query options for one typed document: key, fetch through the session's client, and offline keeping. */
export function graphqlQueryOptions<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { offline = false }: GraphQLQueryFlags = {},
) {
  return queryOptions({
    queryKey: [GRAPHQL_KEY, operationName(document), variables] as const,
    queryFn: ({ client, signal }): Promise<TResult> => graphqlClientOf(client).request(document, variables, signal),
    ...(offline && { meta: { offline: true }, gcTime: OFFLINE_MAX_AGE_MS }),
  });
}

/** The key prefix of every read of these documents, whatever their variables: what a mutation invalidates. */
export function operationKey(document: AnyDocument): QueryKey {
  return [GRAPHQL_KEY, operationName(document)];
}

/** An answer known without asking the server (the site pack's copy), stored as that read's own answer would be. */
export interface QuerySeed {
  options: { queryKey: QueryKey; meta?: Record<string, unknown>; gcTime?: number };
  data: unknown;
}

export function seedQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  data: TResult,
): QuerySeed {
  return { options: graphqlQueryOptions(document, variables, { offline: true }), data };
}

export function applySeeds(queryClient: QueryClient, seeds: readonly QuerySeed[]): void {
  for (const { options, data } of seeds) {
    // Built with the read's own options first, so the seeded answer is kept (and saved) like a fetched one.
    queryClient.getQueryCache().build(queryClient, options);
    queryClient.setQueryData(options.queryKey, data);
  }
}
