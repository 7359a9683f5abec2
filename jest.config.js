/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
  moduleNameMapper: {
    '^@ingest/(.*)$': '<rootDir>/ingest/$1',
    '^@chc/(.*)$': '<rootDir>/libs/$1',
  },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
