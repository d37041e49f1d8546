// Jest in ESM mode (NestJS 12 is ESM-only), compiled by SWC with decorator metadata.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@fit/shared$': '<rootDir>/../shared/src/index.ts',
    '^@fit/shared/validation$': '<rootDir>/../shared/src/validation/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
    },
  ],
  // A global option (ignored inside projects): integration hooks boot the app, migrate and seed, which takes
  // seconds on a loaded machine; unit tests finish far below this anyway.
  testTimeout: 60_000,
};
