// Jest runs the TypeScript sources as native ESM through ts-jest (transpile only:
// type errors are the job of `npm run typecheck`, which keeps the test run fast).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // The agent-CLI contract suite needs the real CLIs: `npm run test:contract`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/contract/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  // The end-to-end tests run the committed bundles: refuse a dist/ built from other sources.
  globalSetup: '<rootDir>/scripts/source-digest.mjs',
  clearMocks: true,
  testTimeout: 30000
}
