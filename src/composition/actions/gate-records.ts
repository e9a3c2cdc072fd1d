import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { GitHubApi } from '../../adapters/github/github-api.js'
import { contains } from '../../adapters/github/run-refs.js'
import type { GitHubUser } from '../../core/gha/chain.js'
import { gateBindingProblem, verifyGateReview } from '../../core/gha/gate-verification.js'
import type { RunLayout } from '../../core/run/layout.js'
import {
  GHA_GATE_FILE,
  type GhaGateRecord,
  GhaGateRecordSchema,
  type GhaRunRecord
} from '../../core/schemas/gha.js'
import type { ItemRunState, RunState } from '../../core/schemas/run-state.js'

/**
 * Gate decisions are believed only when GitHub says so. A state carried between workflow runs
 * is just files; before a hop builds on a decided gate, the decision is checked again against
 * the approval record of the workflow run that recorded it, and bound to its checkpoint: the
 * approval must have been given on the workflow run whose item job produced that checkpoint,
 * for the run's gate environment, by someone other than the run's starters (from GitHub's
 * record of the first hop), and the approved checkpoint must be in the run branch.
 */

export { readRunRecord } from './restore.js'

/** Where an item's gate record (beside its manual_gate.json) lives. */
export function gateRecordPath(run: RunLayout, item: ItemRunState): string | undefined {
  const gate = item.latest_paths.manual_gate_path
  return gate === null ? undefined : join(dirname(resolve(run.repoRoot, gate)), GHA_GATE_FILE)
}

/** Every decided gate of the run, checked against GitHub; throws on the first that fails. */
export async function verifyRecordedGates(input: {
  readonly run: RunLayout
  readonly state: RunState
  readonly record: GhaRunRecord
  readonly starters: readonly GitHubUser[]
  /** The workflow's gate environment, when the job was told it. */
  readonly environment: string | undefined
  /** The verified head of the run branch (checked out in the run's repository). */
  readonly runBranchHead: string
  readonly api: GitHubApi
}): Promise<GhaGateRecord[]> {
  const verified: GhaGateRecord[] = []
  for (const item of input.state.items) {
    if (item.manual_gate_status !== 'approved' && item.manual_gate_status !== 'rejected') continue
    const path = gateRecordPath(input.run, item)
    const text =
      path === undefined ? undefined : await readFile(path, 'utf8').catch(() => undefined)
    if (text === undefined)
      throw new Error(
        `the gate of item ${item.item_id} is marked ${item.manual_gate_status} without GitHub's review record; a decision made outside the gate job is not accepted`
      )
    const parsed = GhaGateRecordSchema.safeParse(JSON.parse(text))
    if (!parsed.success)
      throw new Error(`the gate record of item ${item.item_id} is not one this action writes`)
    const record = parsed.data
    const verdict = verifyGateReview({
      environment: record.environment,
      rules: await input.api.environmentRules(record.environment),
      reviews: await input.api.reviews(record.workflow_run_id),
      starters: input.starters
    })
    if (!verdict.ok)
      throw new Error(
        `the gate of item ${item.item_id} does not hold against workflow run ${record.workflow_run_id}: ${verdict.reason}`
      )
    if (
      verdict.decision !== record.decision ||
      verdict.decision !== item.manual_gate_status ||
      verdict.reviewer.id !== record.reviewer.id ||
      record.checkpoint_ref !== item.checkpoint_ref
    )
      throw new Error(
        `the gate record of item ${item.item_id} differs from GitHub's review of workflow run ${record.workflow_run_id} (${verdict.decision} by ${verdict.reviewer.login})`
      )
    const unbound = gateBindingProblem({
      record,
      item,
      chain: input.record.chain,
      environment: input.environment ?? record.environment
    })
    if (unbound !== undefined)
      throw new Error(`the gate of item ${item.item_id} is not bound to its checkpoint: ${unbound}`)
    if (
      record.decision === 'approved' &&
      !(await contains(input.run.repoRoot, input.runBranchHead, record.checkpoint_ref))
    )
      throw new Error(
        `the approved checkpoint ${record.checkpoint_ref} of item ${item.item_id} is not in the run branch (at ${input.runBranchHead})`
      )
    verified.push(record)
  }
  return verified
}
