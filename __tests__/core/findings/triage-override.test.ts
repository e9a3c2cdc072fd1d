import { mergeFindings } from '../../../src/core/findings/merge.js'
import { applyTriageOverride } from '../../../src/core/findings/triage-override.js'
import type { TriageOverrideContext } from '../../../src/core/findings/triage-override.js'
import type {
  ExecutionReport,
  MergedFindingsPacket,
  TriageDecision,
  TriageReport
} from '../../../src/core/schemas/reports.js'
import { TriageReportSchema } from '../../../src/core/schemas/reports.js'
import {
  auditFinding,
  auditReport,
  executionReport,
  failingCommand,
  ids,
  mergeInput,
  reported,
  triageReport,
  verificationReport
} from './report-builders.js'

const noGate = { manualGateRequired: false }
const gated = { manualGateRequired: true }

function packetWithMutation(fields: Partial<ExecutionReport>): MergedFindingsPacket {
  return mergeFindings(mergeInput({ mutationReport: executionReport(fields) }))
}

/** Triage that echoes every merged finding, i.e. drops nothing. */
function echoingTriage(packet: MergedFindingsPacket, overrides: Partial<TriageReport> = {}) {
  return triageReport({ merged_findings: packet.merged_findings, ...overrides })
}

describe('applyTriageOverride: nothing to preserve (docs/decisions.md#post-triage-override)', () => {
  it('returns the triage report itself when there are no signals and no blockers', () => {
    const packet = mergeFindings(mergeInput())
    const triage = triageReport()
    const result = applyTriageOverride(triage, packet, noGate)
    expect(result.report).toBe(triage)
    expect(result.rewritten).toBe(false)
  })

  it('lets triage pass over non-blocking audit findings', () => {
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [auditFinding()])) })
    )
    const result = applyTriageOverride(triageReport(), packet, noGate)
    expect(result.rewritten).toBe(false)
    expect(result.report.overall_decision).toBe('pass')
  })
})

describe('applyTriageOverride: mutation-control handoff (docs/decisions.md#post-triage-override)', () => {
  it.each<
    [string, TriageDecision, TriageOverrideContext, Partial<ExecutionReport>, TriageDecision]
  >([
    ['blocked_external', 'pass', noGate, { verdict: 'blocked_external' }, 'blocked_external'],
    ['blocked_external', 'escalate', noGate, { verdict: 'blocked_external' }, 'blocked_external'],
    ['escalate', 'pass', noGate, { verdict: 'blocked' }, 'escalate'],
    ['escalate', 'blocked_external', noGate, { next_recommended_state: 'escalate' }, 'escalate'],
    [
      'needs_human_input + gate',
      'pass',
      gated,
      { verdict: 'needs_human_input' },
      'awaiting_human_gate'
    ],
    ['needs_human_input, no gate', 'pass', noGate, { verdict: 'needs_human_input' }, 'escalate'],
    ['unresolved_items', 'pass', noGate, { unresolved_dependencies: ['dep'] }, 'fix_required'],
    [
      'blocked_external beats escalate',
      'pass',
      noGate,
      { verdict: 'blocked', next_recommended_state: 'blocked_external' },
      'blocked_external'
    ],
    [
      'escalate beats needs_human_input',
      'pass',
      gated,
      { verdict: 'needs_human_input', next_recommended_state: 'escalate' },
      'escalate'
    ]
  ])('%s: triage %s → %s', (_, current, context, fields, expected) => {
    const packet = packetWithMutation(fields)
    const triage = echoingTriage(packet, { overall_decision: current })
    const { report, rewritten } = applyTriageOverride(triage, packet, context)
    expect(rewritten).toBe(true)
    expect(report.overall_decision).toBe(expected)
    expect(report.next_stage).toBe(
      {
        pass: 'passed',
        fix_required: 'fix',
        awaiting_human_gate: 'awaiting_human_gate',
        blocked_external: 'blocked_external',
        escalate: 'escalated'
      }[expected]
    )
    expect(report.summary).toMatch(/^triage looked at everything \[orchestrator preserved/)
    expect(report.reasoning_notes).toHaveLength(1)
    expect(TriageReportSchema.parse(report)).toEqual(report)
  })

  it('leaves a non-pass decision alone for unresolved items (no desired decision)', () => {
    const packet = packetWithMutation({ unresolved_dependencies: ['dep'] })
    const triage = echoingTriage(packet, { overall_decision: 'fix_required', next_stage: 'fix' })
    const result = applyTriageOverride(triage, packet, noGate)
    expect(result).toEqual({ report: triage, rewritten: false })
  })

  it('rewrites without changes when the desired decision is already the decision (rule 8)', () => {
    const packet = packetWithMutation({ verdict: 'blocked_external' })
    const triage = echoingTriage(packet, {
      overall_decision: 'blocked_external',
      next_stage: 'blocked_external'
    })
    const { report, rewritten } = applyTriageOverride(triage, packet, noGate)
    expect(rewritten).toBe(true)
    expect(report).toEqual(triage)
  })

  it('honours an explicit suppression of the mutation finding (rule 2)', () => {
    const packet = packetWithMutation({ verdict: 'blocked_external' })
    const triage = triageReport({
      suppressed_findings: [
        {
          source_type: 'mutation_report',
          source_id: 'mutation_control_blocked_external',
          suppression_reason: 'the dependency was vendored in this change'
        }
      ]
    })
    const result = applyTriageOverride(triage, packet, noGate)
    expect(result).toEqual({ report: triage, rewritten: false })
  })

  it('re-injects a mutation finding triage left out, sorted, with a note (rules 3–4)', () => {
    const packet = mergeFindings(
      mergeInput({
        mutationReport: executionReport({ verdict: 'blocked' }),
        codexAudit: reported(
          auditReport('codex', [
            auditFinding({ finding_id: 'C', title: 'critical one', severity: 'critical' }),
            auditFinding({ finding_id: 'L', title: 'low one', severity: 'low' })
          ])
        )
      })
    )
    const audits = packet.merged_findings.filter((finding) => finding.severity !== 'high')
    const triage = triageReport({ overall_decision: 'escalate', merged_findings: audits })
    const { report } = applyTriageOverride(triage, packet, noGate)
    expect(ids(report.merged_findings)).toEqual(ids(packet.merged_findings))
    expect(report.merged_findings.map((finding) => finding.severity)).toEqual([
      'critical',
      'high',
      'low'
    ])
    expect(report.reasoning_notes).toEqual([
      'Post-triage override re-injected mutation-control findings: Mutation stage requested escalation.'
    ])
    expect(report.overall_decision).toBe('escalate')
  })

  it('dedupes reasoning notes when it adds one (rule 7)', () => {
    const packet = packetWithMutation({ verdict: 'blocked' })
    const triage = echoingTriage(packet, { reasoning_notes: ['same', 'same', 'other'] })
    const { report } = applyTriageOverride(triage, packet, noGate)
    expect(report.reasoning_notes.slice(0, 2)).toEqual(['same', 'other'])
    expect(report.reasoning_notes).toHaveLength(3)
  })
})

describe('applyTriageOverride: pass guard (docs/decisions.md#pass-gate)', () => {
  it('turns a pass into fix_required while a required command fails, with no mutation signal', () => {
    const packet = mergeFindings(
      mergeInput({ verification: verificationReport({ command_results: [failingCommand()] }) })
    )
    const triage = echoingTriage(packet)
    const { report, rewritten } = applyTriageOverride(triage, packet, noGate)
    expect(rewritten).toBe(true)
    expect(report.overall_decision).toBe('fix_required')
    expect(report.next_stage).toBe('fix')
    expect(report.summary).toContain('required verification command playbook_required#1 failed')
  })

  it('puts back a blocking codex finding that triage dropped, and refuses the pass', () => {
    const blocking = auditFinding({
      finding_id: 'B1',
      title: 'Deletes user data',
      is_blocking: true
    })
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [blocking])) })
    )
    const { report } = applyTriageOverride(triageReport(), packet, noGate)
    expect(ids(report.merged_findings)).toEqual(ids(packet.merged_findings))
    expect(report.overall_decision).toBe('fix_required')
    expect(report.reasoning_notes).toEqual([
      'Post-triage override re-injected blocking findings that triage left out: Deletes user data.',
      'Post-triage override: pass is not allowed while blocking findings: Deletes user data.'
    ])
  })

  it('refuses a pass even when triage kept the blocking finding but called it a false positive', () => {
    const blocking = auditFinding({ title: 'Breaks the build', is_blocking: true })
    const packet = mergeFindings(
      mergeInput({ claudeAudit: reported(auditReport('claude', [blocking])) })
    )
    const demoted = packet.merged_findings.map((finding) => ({
      ...finding,
      disposition: 'false_positive' as const,
      is_blocking: false
    }))
    const { report } = applyTriageOverride(
      triageReport({ merged_findings: demoted }),
      packet,
      noGate
    )
    expect(report.overall_decision).toBe('fix_required')
    expect(report.merged_findings).toEqual(demoted)
  })

  it('refuses awaiting_human_gate too', () => {
    const packet = mergeFindings(
      mergeInput({ claudeAudit: { status: 'failed', reason: 'claude exited 1' } })
    )
    const triage = echoingTriage(packet, {
      overall_decision: 'awaiting_human_gate',
      next_stage: 'awaiting_human_gate'
    })
    const { report } = applyTriageOverride(triage, packet, gated)
    expect(report.overall_decision).toBe('fix_required')
  })

  it('refuses the awaiting_human_gate a mutation signal asked for while blockers remain', () => {
    const packet = mergeFindings(
      mergeInput({
        mutationReport: executionReport({ verdict: 'needs_human_input' }),
        verification: verificationReport({ command_results: [failingCommand()] })
      })
    )
    const { report } = applyTriageOverride(echoingTriage(packet), packet, gated)
    expect(report.overall_decision).toBe('fix_required')
    expect(report.reasoning_notes).toHaveLength(2)
  })

  it('keeps a stop triage chose, but still records the dropped blocking finding', () => {
    const blocking = auditFinding({ title: 'Leaks a token', is_blocking: true })
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [blocking])) })
    )
    const triage = triageReport({ overall_decision: 'escalate', next_stage: 'escalated' })
    const { report, rewritten } = applyTriageOverride(triage, packet, noGate)
    expect(rewritten).toBe(true)
    expect(report.overall_decision).toBe('escalate')
    expect(report.next_stage).toBe('escalated')
    expect(report.summary).toBe(triage.summary)
    expect(ids(report.merged_findings)).toEqual(ids(packet.merged_findings))
  })
})
