/** Jest runs TypeScript as native ESM through @swc/jest (Payload 3 ships ESM only). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const base = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts' },
  testEnvironment: 'node',
  testTimeout: 120000,
}

/** Integration (Local API) and HTTP (supertest) suites run once per database. */
const api = {
  ...base,
  testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/http/**/*.test.ts'],
}

export default {
  testTimeout: 120000,
  // One worker process, recycled when it holds more than this after a file: run in band, the
  // ~150 files' Payload instances piled up until the heap ran out (V8 abort, exit 134).
  workerIdleMemoryLimit: '1500MB',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...api,
      displayName: 'sqlite',
      globals: { DATELINE_TEST_DB: 'sqlite' },
      // Whole-process tests (start, restart, shutdown, bad configuration) run once, on SQLite.
      testMatch: [...api.testMatch, '<rootDir>/test/process/**/*.test.ts'],
    },
    {
      ...api,
      displayName: 'postgres',
      globals: { DATELINE_TEST_DB: 'postgres' },
      globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
    },
  ],
}
