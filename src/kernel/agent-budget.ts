import { join } from 'node:path'
import { type BudgetStop, USAGE_FILE } from '../core/schemas/usage.js'
import { checkBudget } from '../core/usage/budget.js'
import { agentCallRecord } from '../core/usage/records.js'
import { runUsageSummary } from '../core/usage/summary.js'
import { isoSeconds } from '../core/time.js'
import type { AttemptContext } from './attempt-context.js'
import type { AgentOutcome, AgentRequest } from './ports.js'
import type { RunSession } from './run-session.js'

/**
 * Every agent call goes through here: the run's budget is checked before it (a limit already
 * reached refuses the call) and after it (a limit the call went over stops the item), and
 * what the call used and cost is recorded in the run state and in `usage.json` in between.
 * A stop is never a throw: it comes back as a reason, `budget_exhausted: …` with the figures,
 * and the item escalates with it like any other failed call.
 */

export type BudgetedCall =
  | { readonly kind: 'ran'; readonly outcome: AgentOutcome }
  | {
      readonly kind: 'budget_exhausted'
      readonly reason: string
      /** The call that went over the limit; none when the call was refused before it. */
      readonly outcome?: AgentOutcome
    }

export async function callAgentWithinBudget(
  context: AttemptContext,
  request: AgentRequest,
  /** The call itself (with the guards the caller puts around it). */
  run: () => Promise<AgentOutcome>
): Promise<BudgetedCall> {
  const { session } = context
  const where = {
    itemId: request.itemId,
    lane: request.lane,
    cycle: request.cycleTag
  }
  const before = checkBudget({ state: session.state, moment: 'before_call', ...where })
  if (before.kind === 'exhausted') return stopForBudget(context, before.stop)

  const startedAt = context.clock.now()
  const agent = context.agents[request.lane]
  const outcome = await run()
  await session.recordAgentCall(
    agentCallRecord(
      {
        itemId: request.itemId,
        attempt: request.attempt,
        lane: request.lane,
        cycle: request.cycleTag,
        agent: agent.id,
        status: outcome.status,
        startedAtUtc: isoSeconds(startedAt),
        durationMs: outcome.durationMs,
        usage: outcome.usage
      },
      session.state.options.model_prices
    )
  )
  await writeUsageFile(session)

  const after = checkBudget({ state: session.state, moment: 'after_call', ...where })
  if (after.kind === 'exhausted') return { ...(await stopForBudget(context, after.stop)), outcome }
  return { kind: 'ran', outcome }
}

async function stopForBudget(
  context: AttemptContext,
  stop: Omit<BudgetStop, 'attempt_number' | 'at_utc'>
): Promise<{ readonly kind: 'budget_exhausted'; readonly reason: string }> {
  const itemId = context.item.item_id
  await context.session.patchItem(itemId, {
    budget_stop: {
      ...stop,
      attempt_number: context.attempt,
      at_utc: isoSeconds(context.clock.now())
    }
  })
  return { kind: 'budget_exhausted', reason: stop.message }
}

export async function writeUsageFile(session: RunSession): Promise<void> {
  await session.files.writeJson(
    join(session.layout.controlDir, USAGE_FILE),
    runUsageSummary(session.state)
  )
}
