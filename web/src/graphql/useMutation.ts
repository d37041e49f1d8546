// Runs one mutation for a form: pending flag, the error's code, and the answer.
import { useCallback, useState } from 'react';
import { errorCode, GraphQLRequestError, isOfflineError } from './client';
import type { TypedDocumentString } from './generated/graphql';
import { useGraphQLClient } from './GraphQLClientContext';

export interface MutationState {
  pending: boolean;
  /** `offline`, a server code (CONFLICT, FORBIDDEN…), or null. */
  error: string | null;
  message: string | null;
  /** The rest of the error's `extensions`, e.g. the per-field `errors` of a BAD_USER_INPUT. */
  details: Record<string, unknown> | null;
}

export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const client = useGraphQLClient();
  const [state, setState] = useState<MutationState>({ pending: false, error: null, message: null, details: null });
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      setState({ pending: true, error: null, message: null, details: null });
      try {
        const data = await client.request(document, variables);
        setState({ pending: false, error: null, message: null, details: null });
        return data;
      } catch (error) {
        const code = isOfflineError(error) ? 'offline' : (errorCode(error) ?? 'INTERNAL_SERVER_ERROR');
        const details = error instanceof GraphQLRequestError ? error.details : null;
        setState({ pending: false, error: code, message: error instanceof Error ? error.message : null, details });
        return null;
      }
    },
    [client, document],
  );
  return { ...state, run };
}
