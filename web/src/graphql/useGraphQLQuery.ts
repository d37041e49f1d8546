// Runs one GraphQL read for a screen through the query cache: loading, data or error, a retry, the saved copy when
// offline, and a fresh answer by itself when the network returns (TanStack Query's refetch on reconnect).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryFailure, QueryView } from '../ui/QueryStates';
import { errorCode, isOfflineError } from './client';
import type { TypedDocumentString } from './generated/graphql';
import { graphqlQueryOptions, type GraphQLQueryFlags } from './query-client';

/** What a screen gets: the view QueryStates draws, the error itself, and when the shown answer was fetched. */
export type QueryHandle<TResult> = QueryView<TResult> & { error?: Error; updatedAt?: number };

export function useGraphQLQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  flags: GraphQLQueryFlags = {},
): QueryHandle<TResult> {
  const query = useQuery({
    ...graphqlQueryOptions(document, variables, flags),
    // New variables (a filter, another site) keep the last answer on screen until theirs arrives.
    placeholderData: keepPreviousData,
  });
  const retry = () => void query.refetch();
  const updatedAt = query.dataUpdatedAt || undefined;
  if (query.status === 'error' && !(query.isFetching && query.data === undefined)) {
    return { status: 'error', data: query.data, error: query.error, failure: failureOf(query.error), retry, updatedAt };
  }
  if (query.status === 'success') return { status: 'success', data: query.data, retry, updatedAt };
  return { status: 'loading', data: query.data, retry };
}

export function failureOf(error: unknown): QueryFailure {
  if (isOfflineError(error)) return 'offline';
  return errorCode(error) === 'FORBIDDEN' ? 'forbidden' : 'unexpected';
}
