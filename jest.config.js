// Jest runs the TypeScript sources as native ESM through ts-jest (transpile only:
// type errors are the job of `npm run typecheck`, which keeps the test run fast).
import { availableParallelism } from 'node:os'

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
  // One worker more than cores. Jest's default (cores - 1) runs the whole suite in one process
  // on the 2-core CI machine, keeping the CPU busy little more than half the time while a test
  // waits for the bundles, git and fake agents it starts; three workers keep both cores busy.
  // Measured in docs/performance.md, "The test suite". The files share no fixed paths or
  // ports (temp directories, port 0, an agent user per isolation test file).
  maxWorkers: availableParallelism() + 1,
  clearMocks: true,
  testTimeout: 30000
}
