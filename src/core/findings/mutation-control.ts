import type {
  MergedFinding,
  MutationReport,
  MutationReportControl,
  MutationSignal
} from '../schemas/reports.js'
import { strip } from '../playbook/text.js'
import { withCanonicalId } from './canonical-id.js'
import { dedupe } from './ordering.js'

/**
 * What the mutation stage (execute, fix, remediation) said about itself: a stop it asked for,
 * or work it left open. Each signal becomes a blocking finding so triage cannot miss it, and
 * the post-triage override honours it unless triage suppressed that finding explicitly.
 */

export const MUTATION_SIGNAL_SOURCE_IDS: Readonly<Record<MutationSignal, string>> = {
  blocked_external: 'mutation_control_blocked_external',
  needs_human_input: 'mutation_control_needs_human_input',
  escalate: 'mutation_control_escalate',
  unresolved_items: 'mutation_control_unresolved_items'
}

// The titles feed the canonical ids: they are part of the contract and must not change.
interface SignalFindingText {
  readonly title: string
  readonly category: MergedFinding['category']
  readonly disposition: MergedFinding['disposition']
  readonly recommended_owner: MergedFinding['recommended_owner']
  readonly recommended_action: string
  readonly acceptance_check: string
  readonly withResidualRisks: boolean
}

const SIGNAL_FINDINGS: Readonly<Record<MutationSignal, SignalFindingText>> = {
  blocked_external: {
    title: 'Mutation stage reported an unresolved external dependency',
    category: 'external_dependency',
    disposition: 'blocked_external',
    recommended_owner: 'operator_external',
    recommended_action:
      'Provide the external evidence or dependency named in the evidence, then resume the item with it.',
    acceptance_check: 'The external dependency is available to a fresh attempt of the item.',
    withResidualRisks: true
  },
  needs_human_input: {
    title: 'Mutation stage requested human input',
    category: 'manual_gate',
    disposition: 'requires_human_judgment',
    recommended_owner: 'human',
    recommended_action:
      'Collect the human input the mutation stage asked for before the item can pass.',
    acceptance_check: 'A human has answered the open question and the answer is recorded.',
    withResidualRisks: true
  },
  escalate: {
    title: 'Mutation stage requested escalation',
    category: 'process',
    disposition: 'actionable',
    recommended_owner: 'none',
    recommended_action:
      'Escalate the item to an operator: the mutation stage could not complete it.',
    acceptance_check: 'An operator has reviewed the escalation and decided how the item continues.',
    withResidualRisks: true
  },
  unresolved_items: {
    title: 'Mutation stage left unresolved dependencies or open items',
    category: 'process',
    disposition: 'actionable',
    recommended_owner: 'none',
    recommended_action:
      'Resolve the listed dependencies and open items, or suppress this finding in triage with a reason.',
    acceptance_check: 'The mutation report lists no unresolved dependencies or open items.',
    withResidualRisks: false
  }
}

export interface MutationControlReading {
  readonly control: MutationReportControl
  readonly findings: MergedFinding[]
}

const NO_REPORT: MutationReportControl = {
  stage: null,
  verdict: null,
  next_recommended_state: null,
  summary: '',
  signals: [],
  signal_refs: [],
  unresolved_items: []
}

/** Control block and control findings of the latest mutation report (docs/decisions.md#mutation-report-control). */
export function readMutationControl(report: MutationReport | null): MutationControlReading {
  if (report === null) return { control: NO_REPORT, findings: [] }
  const verdict = strip(report.verdict)
  const nextState = strip(report.next_recommended_state)
  const summary = strip(report.summary)
  const unresolvedItems = nonBlank([
    ...('unresolved_dependencies' in report ? report.unresolved_dependencies : []),
    ...('residual_open_items' in report ? report.residual_open_items : [])
  ])
  const signals = raisedSignals(verdict, nextState, unresolvedItems.length > 0)
  const control: MutationReportControl = {
    stage: report.stage,
    verdict: verdict === '' ? null : verdict,
    next_recommended_state: nextState === '' ? null : nextState,
    summary,
    signals,
    signal_refs: signals.map((signal) => ({
      signal,
      source_id: MUTATION_SIGNAL_SOURCE_IDS[signal]
    })),
    unresolved_items: unresolvedItems
  }
  const baseEvidence = [
    summary,
    `stage=${report.stage}`,
    verdict === '' ? '' : `verdict=${verdict}`,
    nextState === '' ? '' : `next_recommended_state=${nextState}`
  ].filter((line) => line !== '')
  const residualRisks = nonBlank(report.residual_risks)
  const filePaths = dedupe(report.files_touched.filter((path) => strip(path) !== ''))
  const findings = signals.map((signal) => {
    const text = SIGNAL_FINDINGS[signal]
    const extras = text.withResidualRisks ? [...unresolvedItems, ...residualRisks] : unresolvedItems
    return withCanonicalId({
      title: text.title,
      severity: 'high',
      category: text.category,
      disposition: text.disposition,
      recommended_owner: text.recommended_owner,
      source_refs: [
        { source_type: 'mutation_report', source_id: MUTATION_SIGNAL_SOURCE_IDS[signal] }
      ],
      file_paths: filePaths,
      evidence: dedupe([...baseEvidence, ...extras]),
      recommended_action: text.recommended_action,
      acceptance_check: text.acceptance_check,
      is_blocking: true
    })
  })
  return { control, findings }
}

function raisedSignals(
  verdict: string,
  nextState: string,
  hasUnresolved: boolean
): MutationSignal[] {
  const raised: MutationSignal[] = []
  if (verdict === 'blocked_external' || nextState === 'blocked_external')
    raised.push('blocked_external')
  if (verdict === 'needs_human_input' || nextState === 'awaiting_human_gate')
    raised.push('needs_human_input')
  if (verdict === 'blocked' || nextState === 'escalate') raised.push('escalate')
  if (hasUnresolved) raised.push('unresolved_items')
  return raised
}

function nonBlank(values: readonly string[]): string[] {
  return dedupe(values.map(strip).filter((value) => value !== ''))
}
