// Runs one GraphQL query for a screen: loading, data or error, a retry, the saved copy when offline, and a fresh
// answer by itself when the network returns.
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from './generated/graphql';
import { useGraphQLClient } from './GraphQLClientContext';
import { readCached, writeCached } from './offline-cache';

export type QueryState<TResult> =
  | { status: 'loading'; data?: TResult; error?: undefined }
  | { status: 'success'; data: TResult; error?: undefined }
  | { status: 'error'; data?: TResult; error: Error };

/** What useQuery gives a screen: its state and a way to ask again (what sections owned by a page receive). */
export type QueryHandle<TResult> = QueryState<TResult> & { retry: () => void };

export interface QueryOptions {
  /** Where the last answer is saved for offline use; include the user id so people never see each other's data. */
  cacheKey?: string;
  /** Any change asks the server again in the background, keeping what is shown (e.g. records just delivered). */
  refreshKey?: unknown;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { cacheKey, refreshKey }: QueryOptions = {},
): QueryHandle<TResult> {
  const client = useGraphQLClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<QueryState<TResult>>(() => ({
    status: 'loading',
    data: readCached<TResult>(cacheKey),
  }));
  // Compare variables by value: callers usually pass a fresh object literal on every render.
  const variablesJson = JSON.stringify(variables ?? null);

  useEffect(() => {
    const controller = new AbortController();
    client.request(document, JSON.parse(variablesJson) as TVariables, controller.signal).then(
      (data) => {
        writeCached(cacheKey, data);
        setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        setState((previous) => ({ status: 'error', data: previous.data, error: failure }));
      },
    );
    return () => controller.abort();
  }, [client, document, variablesJson, cacheKey, attempt, refreshKey]);

  // Back online, every screen asks again by itself: nobody should need a "Retry" button for that.
  useEffect(() => {
    const refresh = () => setAttempt((n) => n + 1);
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, []);

  const retry = useCallback(() => {
    setState((previous) => ({ status: 'loading', data: previous.data }));
    setAttempt((n) => n + 1);
  }, []);

  return { ...state, retry };
}
