/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  // uuid (under parquetjs's thrift) and hyparquet ship ESM only, which jest's CommonJS
  // runtime cannot load.
  transformIgnorePatterns: ['/node_modules/(?!(uuid|hyparquet|hyparquet-writer)/)'],
  transform: {
    '/node_modules/(uuid|hyparquet|hyparquet-writer)/.+\\.js$': [
      '@swc/jest',
      { module: { type: 'commonjs' } },
    ],
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
