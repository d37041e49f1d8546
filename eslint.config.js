// Lint rules for the whole workspace: TypeScript everywhere, React hooks in the web app.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const folders = (dir) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const webFeatures = folders('web/src/features');

// Web features never reach into each other: a shared piece moves down to web/src/ui (components, formatting) or
// web/src/common (framework-free helpers); a feature another one needs exposes its surface in its index.ts.
const webFeatureZones = webFeatures.map((feature) => ({
  target: `./web/src/features/${feature}`,
  from: './web/src/features',
  except: [`./${feature}`, ...webFeatures.filter((other) => other !== feature).map((other) => `./${other}/index.ts`)],
  message: "Web features do not import each other's files: move the shared piece to web/src/ui or web/src/common, or use the feature's index.ts.",
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dev-dist/**',
      '**/coverage/**',
      '.data/**',
      '.nx/**',
      'tests/output/**',
      'web/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Migrations and DI tokens reference constructors generically.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  // Layers and cycles, resolved like TypeScript does (the API's `.js` specifiers name `.ts` files).
  {
    files: ['api/src/**/*.ts', 'web/src/**/*.{ts,tsx}', 'shared/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript too, or no-cycle would not see past the first file.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['api/tsconfig.json', 'web/tsconfig.json', 'shared/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      // A cycle between files is a cycle between their features or layers; the next one fails CI.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...webFeatureZones,
            { target: './web/src/ui', from: './web/src/features', message: 'ui/ is below the features: it imports none.' },
            {
              target: './web/src/ui',
              from: ['./web/src/graphql', './web/src/app'],
              message: 'ui/ draws what it is given: no data layer (GraphQL, query cache) and nothing of the app shell.',
            },
            { target: './web/src/common', from: ['./web/src/features', './web/src/ui', './web/src/graphql'], message: 'common/ is the bottom layer.' },
            { target: './api/src/common', from: './api/src/features', message: "api/src/common is below the features: it imports none." },
          ],
        },
      ],
    },
  },
  // Module boundaries: shared stays framework-free; web and api never import each other.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'react', 'react-*', '**/api/**', '**/web/**', 'node:*'] },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@fit/api', '**/api/src/**', '@nestjs/*', 'typeorm'] }] },
  },
  {
    files: ['api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@fit/web', '**/web/src/**', 'react', 'react-*'] }] },
  },
  // Raw SQL answers `any`: a `.query(` whose rows are used names their type, through the helpers of
  // api/src/common/sql.ts (or a type argument). Statements whose result is dropped have nothing to type.
  // `node scripts/count-untyped-queries.mjs` counts the same calls.
  {
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/common/sql.ts', 'api/src/database/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='query']:not([typeArguments]):not(ExpressionStatement > AwaitExpression > CallExpression):not(ExpressionStatement > CallExpression):not(UnaryExpression[operator='void'] > CallExpression):not(UnaryExpression[operator='void'] > AwaitExpression > CallExpression)",
          message:
            'Raw SQL rows are `any`: use queryRows<Row>/queryOne<Row>/querySingle<Row>/queryExists/queryChanged<Row> from api/src/common/sql.ts and map the rows to the domain type.',
        },
      ],
    },
  },
  // Scripts that must parse on any Node (the version check before `npm start`) are CommonJS.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
