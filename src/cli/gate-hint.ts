import { readGateReview, readRunFacts } from '../adapters/review-facts.js'
import type { GateReview } from '../core/review/gate-review.js'
import { renderGateReviewText } from '../core/review/gate-review-text.js'
import { runLayout } from '../core/run/layout.js'
import type { CliIo } from './io.js'
import { resolveRepoRoot } from './repo-root.js'

/**
 * The gate review of the run's item that awaits its gate, as `status` and the hint after `run`
 * and `resume` show it: the same facts as the GitHub gate summary (why, evidence, changed
 * files, verification, audits, cost, the decision and its command). Undefined when no item
 * awaits a gate, or the run cannot be read (status says why elsewhere).
 */
export async function gateReviewOf(
  repoRoot: string,
  runId: string
): Promise<GateReview | undefined> {
  try {
    const run = runLayout(repoRoot, runId)
    const facts = await readRunFacts(run)
    const gated = facts.items.find((item) => item.run.terminal_state === 'awaiting_human_gate')
    return gated === undefined ? undefined : await readGateReview(run, facts, gated.id)
  } catch {
    return undefined
  }
}

/** After `run` or `resume` stopped at a gate: what to review and the command that decides it. */
export async function printGateHint(
  io: CliIo,
  result: { readonly run_id: string; readonly last_terminal_state: string },
  quiet: boolean
): Promise<void> {
  if (quiet || result.last_terminal_state !== 'awaiting_human_gate') return
  const review = await gateReviewOf(await resolveRepoRoot(io.cwd), result.run_id)
  if (review === undefined) return
  io.stderr(`\n${renderGateReviewText(review).join('\n')}\n`)
}
