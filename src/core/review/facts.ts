import { itemsInPlanOrder } from '../run/item-focus.js'
import { notStarted } from '../run/states.js'
import type { NormalizedPlan, PlanItem } from '../schemas/normalized-plan.js'
import type {
  AuditReport,
  ManualGateRecord,
  MergedFindingsPacket,
  VerificationReport
} from '../schemas/reports.js'
import type { ItemRunState, RunState } from '../schemas/run-state.js'

/**
 * What a reviewer, a pull request and the plan summary are told about a run, gathered once
 * from its saved state and reports (adapters/review-facts.ts) and rendered by the GitHub
 * summaries, the pull request body and the CLI alike, so they never disagree.
 */

/**
 * Tokens and cost of an agent call, an item or a run. `null` is "not reported" and renders as
 * "cost unknown", never as 0. Filled from the run's usage summary (see `RunUsage`).
 */
export interface UsageFigures {
  readonly tokens: number | null
  readonly costUsd: number | null
  /** Agent calls counted; 0 (an item not started) shows as no cost at all, not as $0. */
  readonly calls?: number
}

/** Usage totals per item and for the run, as the run's artifacts record them. */
export interface RunUsage {
  readonly run: UsageFigures
  readonly items: Readonly<Record<string, UsageFigures>>
}

export interface GateDecisionFacts {
  readonly decision: 'approved' | 'rejected'
  readonly by: string
  readonly note: string
  readonly atUtc: string
  readonly checkpoint: string | null
  /** GitHub's record of the review, when the decision was taken in GitHub. */
  readonly github?: {
    readonly reviewerId: number
    readonly environment: string
    readonly workflowRunId: number
  }
}

/** The reports an item's latest attempt left, each undefined when missing or unreadable. */
export interface ItemReports {
  readonly verification?: VerificationReport
  readonly findings?: MergedFindingsPacket
  readonly codexAudit?: AuditReport
  readonly claudeAudit?: AuditReport
  readonly gate?: ManualGateRecord
  readonly githubGate?: {
    readonly reviewer: { readonly login: string; readonly id: number }
    readonly comment: string
    readonly environment: string
    readonly workflow_run_id: number
    readonly checkpoint_ref: string
    readonly decision: 'approved' | 'rejected'
    readonly recorded_at_utc: string
  }
}

export interface ItemFacts {
  readonly id: string
  /** The playbook's action for the item (undefined for an item the plan no longer has). */
  readonly title: string
  readonly run: ItemRunState
  readonly plan: PlanItem | undefined
  /** From the item's first recorded event to its last one; null before it ran. */
  readonly durationMs: number | null
  readonly usage: UsageFigures | undefined
  readonly reports: ItemReports
  readonly gateDecision: GateDecisionFacts | undefined
}

export interface RunFacts {
  readonly state: RunState
  readonly planTitle: string
  /** In plan order. */
  readonly items: readonly ItemFacts[]
  readonly usage: UsageFigures | undefined
}

export function runFacts(input: {
  readonly state: RunState
  readonly plan: NormalizedPlan | undefined
  readonly usage: RunUsage | undefined
  readonly reports: Readonly<Record<string, ItemReports>>
}): RunFacts {
  const { state, plan } = input
  const items = itemsInPlanOrder(state).map((item): ItemFacts => {
    const planned = plan?.items.find((entry) => entry.item_id === item.item_id)
    const reports = input.reports[item.item_id] ?? {}
    return {
      id: item.item_id,
      title: planned?.action ?? item.item_id,
      run: item,
      plan: planned,
      durationMs: itemDuration(state, item.item_id),
      usage: input.usage?.items[item.item_id],
      reports,
      gateDecision: gateDecision(reports)
    }
  })
  return {
    state,
    planTitle: plan?.plan_source.title ?? state.playbook_source_path,
    items,
    usage: input.usage?.run
  }
}

function itemDuration(state: RunState, itemId: string): number | null {
  const times = state.event_log
    .filter((event) => event.item_id === itemId)
    .map((event) => Date.parse(event.at_utc))
    .filter((time) => Number.isFinite(time))
  const first = times[0]
  const last = times.at(-1)
  return first === undefined || last === undefined ? null : Math.max(0, last - first)
}

function gateDecision(reports: ItemReports): GateDecisionFacts | undefined {
  const github = reports.githubGate
  if (github !== undefined)
    return {
      decision: github.decision,
      by: github.reviewer.login,
      note: github.comment,
      atUtc: github.recorded_at_utc,
      checkpoint: github.checkpoint_ref,
      github: {
        reviewerId: github.reviewer.id,
        environment: github.environment,
        workflowRunId: github.workflow_run_id
      }
    }
  const decided = reports.gate?.decision
  if (decided === null || decided === undefined) return undefined
  return {
    decision: decided.outcome,
    by: decided.decided_by,
    note: decided.note,
    atUtc: decided.decided_at_utc,
    checkpoint: reports.gate?.related_refs.checkpoint_ref ?? null
  }
}

/** `$0.42`, `<$0.01`, `cost unknown` when nothing reported a cost, `—` without a call. */
export function formatCost(usage: UsageFigures | undefined): string {
  if (usage?.calls === 0) return '—'
  const cost = usage?.costUsd
  if (cost === null || cost === undefined || !Number.isFinite(cost)) return 'cost unknown'
  if (cost > 0 && cost < 0.01) return '<$0.01'
  return `$${cost.toFixed(2)}`
}

/** `12,345 tokens`, or `tokens unknown`. */
export function formatTokens(usage: UsageFigures | undefined): string {
  if (usage?.calls === 0) return 'no agent calls'
  const tokens = usage?.tokens
  if (tokens === null || tokens === undefined || !Number.isFinite(tokens)) return 'tokens unknown'
  return `${Math.round(tokens).toLocaleString('en-US')} tokens`
}

/** How an item stands, in a word or two: its terminal, or `not started` / `in progress`. */
export function standing(item: ItemRunState): string {
  if (item.terminal_state !== 'none') return item.terminal_state
  return notStarted(item) ? 'not started' : 'in progress'
}
