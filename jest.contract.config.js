// The agent-CLI contract suite (`npm run test:contract`): our argv and schemas against the
// real codex and claude installed by scripts/install-agent-clis.sh. Kept out of `npm test`,
// which must not need those ~500 MB of binaries. See docs/agent-cli-contract.md.
import base from './jest.config.js'

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/__tests__/contract'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Jest's own worker count: the worker count of `npm test` was measured for that suite only.
  maxWorkers: undefined,
  testTimeout: 60000
}
