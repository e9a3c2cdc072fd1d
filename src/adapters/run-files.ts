import type { RunFiles } from '../kernel/ports.js'
import { copyEvidence } from './evidence-package.js'
import { saveRunState, writeJson, writeText } from './run-store.js'
import { secureRunStore } from './run-store-access.js'
import { copyIntoWorktree } from './worktree-packet.js'

/**
 * The kernel's port to the run store's files (RunFiles). Kept apart from run-store.ts, which
 * `status` loads on its own and which must not bring the evidence copier with it.
 */
export const runFiles: RunFiles = {
  writeJson,
  writeText,
  saveRunState,
  copyEvidence,
  secureRunStore,
  copyIntoWorktree
}
