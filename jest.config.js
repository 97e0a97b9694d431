/** Jest runs Payload natively as ESM; @swc/jest strips the TypeScript. */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
}

const config = {
  testTimeout: 60_000,
  projects: [
    // Plain modules, and Payload's Local API on a SQLite file of each test file's own.
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/tests/int/**/*.test.ts'] },
    // Real HTTP and a real browser against the production build. The shared server starts once
    // per run, and only when a test of this project is selected.
    {
      ...shared,
      displayName: 'http',
      testMatch: ['<rootDir>/tests/http/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
    },
  ],
}

export default config
