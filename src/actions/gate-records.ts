import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { GitHubApi } from '../adapters/github/github-api.js'
import type { RunLayout } from '../core/run/layout.js'
import { verifyGateReview } from '../core/gha/gate-verification.js'
import {
  GHA_GATE_FILE,
  GHA_RUN_FILE,
  type GhaGateRecord,
  GhaGateRecordSchema,
  type GhaRunRecord,
  GhaRunRecordSchema
} from '../core/schemas/gha.js'
import type { ItemRunState, RunState } from '../core/schemas/run-state.js'

/**
 * Gate decisions are believed only when GitHub says so. A state carried between workflow runs
 * is just files; before a hop builds on a decided gate, the decision is checked again against
 * the approval record of the workflow run that recorded it.
 */

export async function readRunRecord(run: RunLayout): Promise<GhaRunRecord> {
  const path = join(run.controlDir, GHA_RUN_FILE)
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`run ${run.runId} has no ${GHA_RUN_FILE}: it was not started by this action`)
  })
  return GhaRunRecordSchema.parse(JSON.parse(text))
}

/** Where an item's gate record (beside its manual_gate.json) lives. */
export function gateRecordPath(run: RunLayout, item: ItemRunState): string | undefined {
  const gate = item.latest_paths.manual_gate_path
  return gate === null ? undefined : join(dirname(resolve(run.repoRoot, gate)), GHA_GATE_FILE)
}

/** Every decided gate of the run, checked against GitHub; throws on the first that fails. */
export async function verifyRecordedGates(input: {
  readonly run: RunLayout
  readonly state: RunState
  readonly api: GitHubApi
}): Promise<GhaGateRecord[]> {
  const requester = (await readRunRecord(input.run)).requester
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
    const record = GhaGateRecordSchema.parse(JSON.parse(text))
    const verdict = verifyGateReview({
      environment: record.environment,
      rules: await input.api.environmentRules(record.environment),
      reviews: await input.api.reviews(record.workflow_run_id),
      requester
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
    verified.push(record)
  }
  return verified
}
