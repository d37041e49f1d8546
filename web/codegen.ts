// Generates the typed GraphQL client from the committed API schema (never from a running server).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  silent: true,
  // Documents marked pure: a lazy screen's documents stay in its own chunk (build/pure-documents.mjs says why).
  hooks: { afterOneFileWrite: ['node build/pure-documents.mjs'] },
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      // Fragments stay plain types: screens read fields directly, no unmasking helpers needed.
      presetConfig: { fragmentMasking: false },
      config: {
        // TypedDocumentString: documents are plain strings, so no graphql runtime ships to the tablet.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
