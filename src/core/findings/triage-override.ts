import type {
  MergedFinding,
  MergedFindingsPacket,
  MutationSignal,
  TriageDecision,
  TriageReport
} from '../schemas/reports.js'
import { dedupe, sortFindings } from './ordering.js'
import { describePassBlockers, findPassBlockers, hasPassBlockers } from './pass-blockers.js'

export interface TriageOverrideContext {
  readonly manualGateRequired: boolean
}

export interface TriageOverrideResult {
  readonly report: TriageReport
  /** True when the triage report file must be re-validated and rewritten. */
  readonly rewritten: boolean
}

export const NEXT_STAGE_OF: Readonly<Record<TriageDecision, TriageReport['next_stage']>> = {
  pass: 'passed',
  fix_required: 'fix',
  awaiting_human_gate: 'awaiting_human_gate',
  blocked_external: 'blocked_external',
  escalate: 'escalated'
}

/**
 * The post-triage override. First the reference's "preserve mutation-control handoff"
 * (docs/decisions.md#post-triage-override): a stop the mutation stage asked for survives
 * triage unless triage suppressed that finding explicitly. Then, unconditionally (where the
 * reference trusted triage): blocking audit and verification findings that triage left out are
 * put back, and `pass` or `awaiting_human_gate` becomes `fix_required` while anything in
 * `findPassBlockers` remains.
 */
export function applyTriageOverride(
  triage: TriageReport,
  merged: MergedFindingsPacket,
  context: TriageOverrideContext
): TriageOverrideResult {
  let findings = [...triage.merged_findings]
  let decision = triage.overall_decision
  let summary = triage.summary
  const notes = [...triage.reasoning_notes]
  let rewritten = false
  const known = new Set(findings.map((finding) => finding.canonical_id))

  const inject = (dropped: readonly MergedFinding[], what: string): void => {
    if (dropped.length === 0) return
    for (const finding of dropped) known.add(finding.canonical_id)
    findings = sortFindings([...findings, ...dropped])
    notes.push(`Post-triage override re-injected ${what}: ${titles(dropped)}.`)
    rewritten = true
  }

  const handoff = mutationHandoff(triage, merged, known)
  inject(handoff.dropped, 'mutation-control findings')
  const desired = desiredDecision(handoff.signals, decision, context.manualGateRequired)
  if (desired !== null) {
    rewritten = true
    if (desired !== decision) {
      notes.push(
        `Post-triage override: mutation-control signals (${[...handoff.signals].join(', ')}) ` +
          `require ${desired} instead of ${decision}.`
      )
      summary += ` [orchestrator preserved the mutation-control state: ${desired}]`
      decision = desired
    }
  }

  const blockers = findPassBlockers(merged)
  inject(
    blockers.blockingFindings.filter((finding) => !known.has(finding.canonical_id)),
    'blocking findings that triage left out'
  )
  if ((decision === 'pass' || decision === 'awaiting_human_gate') && hasPassBlockers(blockers)) {
    const reasons = describePassBlockers(blockers)
    notes.push(`Post-triage override: ${decision} is not allowed while ${reasons}.`)
    summary += ` [orchestrator gate: fix required because ${reasons}]`
    decision = 'fix_required'
    rewritten = true
  }

  if (!rewritten) return { report: triage, rewritten }
  const report: TriageReport = {
    ...triage,
    summary,
    overall_decision: decision,
    reasoning_notes: notes.length === triage.reasoning_notes.length ? notes : dedupe(notes),
    merged_findings: findings,
    next_stage: decision === triage.overall_decision ? triage.next_stage : NEXT_STAGE_OF[decision]
  }
  return { report, rewritten }
}

/**
 * Mutation-sourced findings with at least one source triage did not suppress: those triage
 * left out, and the signals still active.
 */
function mutationHandoff(
  triage: TriageReport,
  merged: MergedFindingsPacket,
  known: ReadonlySet<string>
): { dropped: MergedFinding[]; signals: Set<MutationSignal> } {
  const dropped: MergedFinding[] = []
  const signals = new Set<MutationSignal>()
  const signalRefs = merged.mutation_report_control.signal_refs
  if (signalRefs.length === 0) return { dropped, signals }
  const suppressed = new Set(
    triage.suppressed_findings
      .filter((entry) => entry.source_type === 'mutation_report')
      .map((entry) => entry.source_id)
  )
  for (const finding of merged.merged_findings) {
    const active = finding.source_refs
      .filter((ref) => ref.source_type === 'mutation_report' && !suppressed.has(ref.source_id))
      .map((ref) => ref.source_id)
    if (active.length === 0) continue
    if (!known.has(finding.canonical_id)) dropped.push(finding)
    for (const ref of signalRefs) if (active.includes(ref.source_id)) signals.add(ref.signal)
  }
  return { dropped, signals }
}

/** The first matching signal wins (docs/decisions.md#post-triage-override). */
function desiredDecision(
  signals: ReadonlySet<MutationSignal>,
  current: TriageDecision,
  manualGateRequired: boolean
): TriageDecision | null {
  if (signals.has('blocked_external')) return 'blocked_external'
  if (signals.has('escalate')) return 'escalate'
  if (signals.has('needs_human_input'))
    return manualGateRequired ? 'awaiting_human_gate' : 'escalate'
  if (signals.has('unresolved_items') && current === 'pass') return 'fix_required'
  return null
}

function titles(findings: readonly MergedFinding[]): string {
  return findings.map((finding) => finding.title).join('; ')
}
