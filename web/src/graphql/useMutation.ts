// Runs one mutation for a form: pending flag, the error's code, and the answer.
import { useCallback, useState } from 'react';
import { errorCode, isOfflineError } from './client';
import type { TypedDocumentString } from './generated/graphql';
import { useGraphQLClient } from './GraphQLClientContext';

export interface MutationState {
  pending: boolean;
  /** `offline`, a server code (CONFLICT, FORBIDDEN…), or null. */
  error: string | null;
  message: string | null;
}

export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const client = useGraphQLClient();
  const [state, setState] = useState<MutationState>({ pending: false, error: null, message: null });
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      setState({ pending: true, error: null, message: null });
      try {
        const data = await client.request(document, variables);
        setState({ pending: false, error: null, message: null });
        return data;
      } catch (error) {
        const code = isOfflineError(error) ? 'offline' : (errorCode(error) ?? 'INTERNAL_SERVER_ERROR');
        setState({ pending: false, error: code, message: error instanceof Error ? error.message : null });
        return null;
      }
    },
    [client, document],
  );
  return { ...state, run };
}
