import { nextItem } from '../core/run/item-focus.js'
import type { Terminal } from '../core/run/states.js'
import type { RunState } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import { type AttemptBase, runItemAttempt } from './item-attempt.js'

/**
 * Runs the requested items in order, one attempt each. Stops at the first item that does
 * not pass; with auto-advance, goes on to the next unfinished item after a pass.
 */

export interface QueueOptions {
  readonly continueAfterQueue: boolean
  readonly maxItems: number | null
  /** Evidence for the first item processed only. */
  readonly evidenceDir?: string
}

export async function processQueue(
  base: AttemptBase,
  requested: readonly string[],
  options: QueueOptions
): Promise<Terminal | 'none'> {
  const pending = [...requested]
  let processed = 0
  let last: Terminal | 'none' = 'none'
  while (pending.length > 0) {
    if (options.maxItems !== null && processed >= options.maxItems) break
    const itemId = pending.shift() as string
    const item = base.plan.items.find((candidate) => candidate.item_id === itemId)
    if (item === undefined) throw new UserInputError(`item ${itemId} is not in the playbook`)
    last = await runItemAttempt(base, item, processed === 0 ? options.evidenceDir : undefined)
    processed += 1
    if (last !== 'passed') break
    if (options.continueAfterQueue && pending.length === 0) {
      const next = nextCandidate(base.session.state)
      if (next !== undefined) pending.push(next)
    }
  }
  return last
}

/**
 * The item `--next` and auto-advance pick: the first unfinished one, if it can start.
 * An item stopped at a gate, blocked or escalated must be settled first.
 */
export function nextCandidate(state: RunState): string | undefined {
  const item = nextItem(state)
  if (item === undefined) return undefined
  switch (item.terminal_state) {
    case 'awaiting_human_gate':
      throw new UserInputError(
        `item ${item.item_id} awaits a human gate; decide it with mark-manual-gate first`
      )
    case 'blocked_external':
      throw new UserInputError(
        `item ${item.item_id} is blocked on external evidence; supply it with resume --external-evidence-dir`
      )
    case 'escalated':
      throw new UserInputError(`item ${item.item_id} is escalated; resolve it and resume the run`)
    default:
      return item.item_id
  }
}
