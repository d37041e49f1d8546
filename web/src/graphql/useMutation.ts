// Runs one mutation for a form: pending flag, the error's code, and the answer; on success the reads it changes are
// asked again (every screen showing them, not only the one that made the change).
import { QueryClientContext } from '@tanstack/react-query';
import { useCallback, useContext, useState } from 'react';
import { errorCode, GraphQLRequestError, isOfflineError } from './client';
import type { TypedDocumentString } from './generated/graphql';
import { useGraphQLClient } from './GraphQLClientContext';
import { operationKey, type AnyDocument } from './query-client';

export interface MutationState {
  pending: boolean;
  /** `offline`, a server code (CONFLICT, FORBIDDEN…), or null. */
  error: string | null;
  message: string | null;
  /** The rest of the error's `extensions`, e.g. the per-field `errors` of a BAD_USER_INPUT. */
  details: Record<string, unknown> | null;
}

export interface MutationOptions {
  /** The reads (documents) whose answers this mutation changes, whatever their variables. */
  invalidates?: readonly AnyDocument[];
}

export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  { invalidates = [] }: MutationOptions = {},
) {
  const client = useGraphQLClient();
  const queryClient = useContext(QueryClientContext);
  // Compared by value: callers pass a fresh array literal on every render.
  const invalidated = invalidates.map((d) => operationKey(d));
  const invalidatedJson = JSON.stringify(invalidated);
  const [state, setState] = useState<MutationState>({ pending: false, error: null, message: null, details: null });
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      setState({ pending: true, error: null, message: null, details: null });
      try {
        const data = await client.request(document, variables);
        const stale = JSON.parse(invalidatedJson) as string[][];
        await Promise.all(stale.map((queryKey) => queryClient?.invalidateQueries({ queryKey })));
        setState({ pending: false, error: null, message: null, details: null });
        return data;
      } catch (error) {
        const code = isOfflineError(error) ? 'offline' : (errorCode(error) ?? 'INTERNAL_SERVER_ERROR');
        const details = error instanceof GraphQLRequestError ? error.details : null;
        setState({ pending: false, error: code, message: error instanceof Error ? error.message : null, details });
        return null;
      }
    },
    [client, document, queryClient, invalidatedJson],
  );
  return { ...state, run };
}
