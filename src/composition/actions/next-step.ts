import { nextItem } from '../../core/run/item-focus.js'
import { notStarted } from '../../core/run/states.js'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { NextStep } from '../../core/gha/summary/next-action.js'
import type { RunLayout } from '../../core/run/layout.js'
import type { GhaRunRecord } from '../../core/schemas/gha.js'
import { EscalationManifestSchema } from '../../core/schemas/reports.js'
import type { ItemRunState, RunState } from '../../core/schemas/run-state.js'
import type { NormalizedPlan } from '../../core/schemas/normalized-plan.js'
import type { RunnerContext } from './runner-context.js'

/**
 * The exact next action on a run, for the item and plan summaries: who approves a gate and
 * where, the `gh workflow run` command (every input of the caller's workflow, `hop` included)
 * that continues a blocked item once its evidence is committed, why an item escalated, or that
 * the run is done.
 */

export interface NextStepInput {
  readonly ctx: RunnerContext
  readonly run: RunLayout
  readonly state: RunState
  readonly plan: NormalizedPlan | undefined
  /** The run's record: the caller's workflow file and ref the next hop is dispatched on. */
  readonly record: GhaRunRecord | undefined
  /** The item this page is about; default: the first one in plan order that has not passed. */
  readonly focus?: string
  readonly playbookPath: string
  readonly gateEnvironment: string
  /** The hop the next one follows (its `hop` input is this + 1). */
  readonly hop: number
  /** The workflow run whose gate job waits for the review (default: this one). */
  readonly gateRunUrl?: string
  readonly pullRequestUrl?: string
  /** The gate environment's required reviewers, when GitHub named them. */
  readonly reviewers?: readonly string[]
}

export async function nextStepOf(input: NextStepInput): Promise<NextStep> {
  const { state } = input
  const next = nextItem(state)
  const item =
    input.focus === undefined ? next : state.items.find((entry) => entry.item_id === input.focus)
  const done = next === undefined
  if (done || item === undefined)
    return {
      kind: 'done',
      runBranch: state.run_branch_name,
      ...(input.pullRequestUrl === undefined ? {} : { pullRequestUrl: input.pullRequestUrl })
    }
  switch (item.terminal_state) {
    case 'awaiting_human_gate':
      return {
        kind: 'gate',
        itemId: item.item_id,
        environment: input.gateEnvironment,
        checkpoint: item.checkpoint_ref ?? '',
        reviewers: input.reviewers ?? [],
        reviewUrl: input.gateRunUrl ?? input.ctx.runUrl
      }
    case 'blocked_external': {
      const planned = input.plan?.items.find((entry) => entry.item_id === item.item_id)
      const evidenceDir = `evidence/${state.run_id}/${item.item_id}`
      return {
        kind: 'evidence',
        itemId: item.item_id,
        needed: planned?.external_check.dependencies ?? [],
        evidenceDir,
        dispatch: {
          workflow: workflowFile(input.record),
          ref: input.record?.ref ?? 'main',
          inputs: [
            ['playbook', input.playbookPath],
            ['run-id', state.run_id],
            ['state-run-id', String(input.ctx.runId)],
            ['hop', String(input.hop + 1)],
            ['evidence-path', evidenceDir]
          ]
        }
      }
    }
    case 'escalated':
      return {
        kind: 'escalated',
        itemId: item.item_id,
        reasons: await escalationReasons(input.run, item)
      }
    default:
      return input.focus === undefined
        ? { kind: 'run-item', itemId: item.item_id, why: why(item) }
        : { kind: 'continue' }
  }
}

/** The caller's workflow file as `gh workflow run` names it (its file name). */
function workflowFile(record: GhaRunRecord | undefined): string {
  const path = record?.workflow_path ?? 'plan-orchestrator.yml'
  return path.split('@')[0]?.split('/').at(-1) ?? path
}

function why(item: ItemRunState): string {
  return notStarted(item)
    ? 'the next item in plan order'
    : `it did not finish (${item.state}, attempt ${item.attempt_number}); it resumes`
}

async function escalationReasons(run: RunLayout, item: ItemRunState): Promise<string[]> {
  const fallback = [item.terminal_summary ?? 'escalated']
  const path = item.latest_paths.escalation_manifest_path
  if (path === null) return fallback
  try {
    const parsed = EscalationManifestSchema.safeParse(
      JSON.parse(await readFile(resolve(run.repoRoot, path), 'utf8'))
    )
    return parsed.success ? parsed.data.blocking_reasons : fallback
  } catch {
    return fallback
  }
}
