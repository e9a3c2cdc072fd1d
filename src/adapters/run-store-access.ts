import { chmod, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTROL_ROOT, REPORT_ROOT } from '../core/run/layout.js'
import { UserInputError, describeError } from '../errors.js'

/**
 * The run store (states, logs, evidence, gate records, supervision) and the reports root are
 * the orchestrator's alone: 0700, so the agent user cannot enter either (docs/security.md).
 * Agents get their inputs and leave their outputs in a directory of each call instead.
 */
export async function secureRunStore(repoRoot: string): Promise<void> {
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
    const path = join(repoRoot, root)
    try {
      await mkdir(path, { recursive: true })
      await chmod(path, 0o700)
    } catch (error) {
      throw new UserInputError(`cannot make ${path} private (0700): ${describeError(error)}`)
    }
  }
}
