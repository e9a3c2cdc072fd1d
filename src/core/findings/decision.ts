import type { MergedFindingsPacket, TriageReport } from '../schemas/reports.js'
import { dedupe } from './ordering.js'
import { describePassBlockers, findPassBlockers, hasPassBlockers } from './pass-blockers.js'

/** Fix and remediation rounds of the current attempt: how many started, how many allowed. */
export interface RoundBudget {
  readonly fixRoundsCompleted: number
  readonly maxFixRounds: number
  readonly remediationRoundsCompleted: number
  readonly maxRemediationRounds: number
}

export type NextRound =
  | { readonly kind: 'fix'; readonly round: number }
  | { readonly kind: 'remediate'; readonly round: number }
  | { readonly kind: 'exhausted' }

/** Fix rounds first, then remediation rounds; there is no way back from remediation to fix. */
export function planNextRound(budget: RoundBudget): NextRound {
  if (budget.fixRoundsCompleted < budget.maxFixRounds)
    return { kind: 'fix', round: budget.fixRoundsCompleted + 1 }
  if (budget.remediationRoundsCompleted < budget.maxRemediationRounds)
    return { kind: 'remediate', round: budget.remediationRoundsCompleted + 1 }
  return { kind: 'exhausted' }
}

/** Where an item attempt goes after triage. */
export type Decision =
  | { readonly kind: 'pass' }
  | { readonly kind: 'awaiting_human_gate' }
  | { readonly kind: 'blocked_external'; readonly summary: string }
  | { readonly kind: 'escalate'; readonly summary: string }
  | { readonly kind: 'fix'; readonly round: number; readonly targetFindingIds: string[] }
  | { readonly kind: 'remediate'; readonly round: number; readonly targetFindingIds: string[] }

export interface DecisionInput {
  /** The triage report after `applyTriageOverride`. */
  readonly triage: TriageReport
  readonly merged: MergedFindingsPacket
  readonly manualGateRequired: boolean
  readonly budget: RoundBudget
}

export const BUDGET_EXHAUSTED_SUMMARY =
  'actionable findings remained after fix and remediation budgets were exhausted'

/**
 * docs/decisions.md#decision-after-triage: the pass gate is checked here again, from the merged
 * packet alone, so no triage report (overridden or not) can pass an item the gate holds back.
 */
export function decideAfterTriage(input: DecisionInput): Decision {
  const { triage, merged, manualGateRequired } = input
  const blockers = findPassBlockers(merged)
  const holdsBack = hasPassBlockers(blockers)
  const wantsToPass =
    triage.overall_decision === 'pass' || triage.overall_decision === 'awaiting_human_gate'
  const decision = wantsToPass && holdsBack ? 'fix_required' : triage.overall_decision

  switch (decision) {
    case 'pass':
      return manualGateRequired ? { kind: 'awaiting_human_gate' } : { kind: 'pass' }
    case 'awaiting_human_gate':
      // Without a configured gate there is nobody to approve it: stop loudly instead of waiting forever.
      return manualGateRequired
        ? { kind: 'awaiting_human_gate' }
        : {
            kind: 'escalate',
            summary: `triage asked for a human gate, but the item has no manual gate: ${triage.summary}`
          }
    case 'blocked_external':
      return { kind: 'blocked_external', summary: triage.summary }
    case 'escalate':
      return { kind: 'escalate', summary: triage.summary }
    case 'fix_required': {
      const next = planNextRound(input.budget)
      if (next.kind === 'exhausted') {
        const why = holdsBack ? `; ${describePassBlockers(blockers)}` : ''
        return { kind: 'escalate', summary: `${BUDGET_EXHAUSTED_SUMMARY}${why}` }
      }
      const forced = blockers.blockingFindings.map((finding) => finding.canonical_id)
      const targetFindingIds = dedupe([
        ...triage.merged_findings
          .filter(
            (finding) =>
              finding.disposition === 'actionable' || forced.includes(finding.canonical_id)
          )
          .map((finding) => finding.canonical_id),
        ...forced
      ])
      return { kind: next.kind, round: next.round, targetFindingIds }
    }
  }
}
