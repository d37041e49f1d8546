// Hands the session-bound GraphQL client to any screen without passing it through every component.
import { createContext, useContext } from 'react';
import type { GraphQLClient } from './client';

export const GraphQLClientContext = createContext<GraphQLClient | null>(null);

export function useGraphQLClient(): GraphQLClient {
  const client = useContext(GraphQLClientContext);
  if (!client) throw new Error('useGraphQLClient must be used inside GraphQLClientContext');
  return client;
}
