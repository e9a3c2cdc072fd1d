// The agent-CLI contract suite (`npm run test:contract`): our argv and schemas against the
// real codex and claude installed by scripts/install-agent-clis.sh. Kept out of `npm test`,
// which must not need those ~500 MB of binaries. See docs/agent-cli-contract.md.
import { availableParallelism } from 'node:os'
import base from './jest.config.js'

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/__tests__/contract'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Jest's own default (cores - 1, at least one), written out: the worker count of
  // `npm test` was measured for that suite only.
  maxWorkers: Math.max(1, availableParallelism() - 1),
  testTimeout: 60000
}
