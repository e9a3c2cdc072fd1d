import { mkdir } from 'node:fs/promises'
import { attemptLayout } from '../core/run/layout.js'
import { startAttempt, unmetPrerequisites } from '../core/run/run-state-ops.js'
import type { Terminal } from '../core/run/states.js'
import type { PlanItem } from '../core/schemas/normalized-plan.js'
import type { AttemptContext } from './attempt-context.js'
import type { AttemptWorkspace } from './attempt-workspace.js'
import { driveAttempt, moveAttempt } from './effect-handlers.js'
import { finishEscalated } from './terminals.js'
import { isoSeconds } from '../core/time.js'
import { UserInputError } from '../errors.js'

/**
 * One attempt of one item, from selection to a terminal: worktree, execute, verify,
 * review, then fix or remediation rounds within budget, as the lifecycle interpreter drives
 * it (effect-handlers.ts). Every way out is one of the four terminals; an unexpected error
 * escalates the item with its message before it surfaces.
 */

export type AttemptBase = Omit<AttemptContext, 'item' | 'attempt' | 'paths'>

export async function runItemAttempt(
  base: AttemptBase,
  item: PlanItem,
  evidenceDir: string | undefined
): Promise<Terminal> {
  const { session } = base
  const itemId = item.item_id
  const unmet = unmetPrerequisites(session.state, base.plan, itemId)
  if (unmet.length > 0)
    throw new UserInputError(
      `item ${itemId} needs ${unmet.join(', ')} to pass first; run ${unmet.length === 1 ? 'it' : 'them'} before it`
    )

  await session.replace(startAttempt(session.state, itemId, isoSeconds(base.clock.now())))
  const attempt = session.item(itemId).attempt_number
  const context: AttemptContext = {
    ...base,
    item,
    attempt,
    paths: attemptLayout(session.layout, itemId, attempt)
  }
  const workspace: AttemptWorkspace = { evidenceDir }
  const begin = { kind: 'begin' } as const
  const selected = await moveAttempt(context, workspace, begin)
  await mkdir(context.paths.controlDir, { recursive: true })
  await mkdir(context.paths.reportDir, { recursive: true })
  try {
    return await driveAttempt(context, workspace, { entry: selected.entry, cause: begin })
  } catch (error) {
    await escalateInternalFailure(context, error)
    throw error
  }
}

/** An error no stage handled ends the attempt as an escalation with its message. */
export async function escalateInternalFailure(
  context: AttemptContext,
  error: unknown
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  if (context.session.item(context.item.item_id).terminal_state === 'none')
    await finishEscalated(context, `internal failure: ${message}`, [])
}
