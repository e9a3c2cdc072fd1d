import { readFile, rm } from 'node:fs/promises'
import { relative } from 'node:path'
import { attemptLayout } from '../core/run/layout.js'
import { isInFlight } from '../core/run/lifecycle.js'
import type { Terminal } from '../core/run/states.js'
import { type IntegrityStage, IntegrityStageSchema } from '../core/schemas/integrity-incident.js'
import { UserInputError, describeError } from '../errors.js'
import type { AttemptContext } from './attempt-context.js'
import { stageRecordPath } from './integrity-guard.js'
import type { AttemptBase } from './item-attempt.js'
import { finishEscalated } from './terminals.js'

/**
 * `resume` after a process died during an agent or verification stage (a crash, a lost
 * runner, or an agent that killed the kernel to skip its check): the stage's integrity check
 * is done now, from the reading kept before the stage. Anything changed outside the attempt
 * escalates the interrupted item with the incident, exactly as if the check had run in time.
 */
export async function checkInterruptedStage(
  base: AttemptBase
): Promise<{ itemId: string; terminal: Terminal } | undefined> {
  const { session } = base
  const path = stageRecordPath(base)
  const record = await readRecord(path, session.layout.repoRoot)
  if (record === undefined) return undefined
  const state = session.state
  const item = state.items.find((candidate) => candidate.item_id === record.item_id)
  const planItem = base.plan.items.find((candidate) => candidate.item_id === record.item_id)
  const stillInterrupted =
    record.run_id === state.run_id &&
    item !== undefined &&
    planItem !== undefined &&
    item.terminal_state === 'none' &&
    item.attempt_number === record.attempt_number &&
    state.current_item_id === record.item_id &&
    isInFlight(state.current_state)
  if (!stillInterrupted) {
    // Left by a stage whose item has moved on since: nothing is waiting for this check.
    await rm(path, { force: true })
    return undefined
  }
  const context: AttemptContext = {
    ...base,
    item: planItem,
    attempt: record.attempt_number,
    paths: attemptLayout(session.layout, record.item_id, record.attempt_number)
  }
  const summary = await base.integrity.settleInterrupted(context, record)
  if (summary === undefined) return undefined
  return { itemId: record.item_id, terminal: await finishEscalated(context, summary, []) }
}

async function readRecord(path: string, repoRoot: string): Promise<IntegrityStage | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    return IntegrityStageSchema.parse(JSON.parse(text))
  } catch (error) {
    // The orchestrator writes it whole (atomic rename): a record that does not read was
    // written by someone else, and the interrupted stage cannot be checked against it.
    throw new UserInputError(
      `${relative(repoRoot, path)} is not a record the orchestrator wrote (${describeError(error).split('\n')[0] ?? ''}); the interrupted stage cannot be checked. Inspect the checkout, its .git directory and the run store, remove the file, then resume`
    )
  }
}
