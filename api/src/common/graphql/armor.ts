// GraphQL Armor's guards that our own query-limits rule does not cover: a directive cap and no "Did you mean …"
// field suggestions in production (they let an anonymous caller map the schema with introspection off). Depth,
// cost and aliases stay with query-limits.ts, whose cost model knows our list fields and answers with our codes.
// The token cap is GraphQL's own parser option (MAX_QUERY_TOKENS), so an oversized document is a plain 400 parse
// error refused before any rule walks it.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

export const MAX_QUERY_TOKENS = 3_000;

export function graphqlArmor(production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    costLimit: { enabled: false },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: true, n: 50 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // Armor's typings name Apollo's CommonJS build; the plugin objects are the same at run time.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules };
}
