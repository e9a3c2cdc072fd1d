import {
  BUDGET_EXHAUSTED_SUMMARY,
  decideAfterTriage,
  planNextRound
} from '../../../src/core/findings/decision.js'
import type { RoundBudget } from '../../../src/core/findings/decision.js'
import { mergeFindings } from '../../../src/core/findings/merge.js'
import { applyTriageOverride } from '../../../src/core/findings/triage-override.js'
import type { MergedFinding, TriageDecision } from '../../../src/core/schemas/reports.js'
import {
  auditFinding,
  auditReport,
  failingCommand,
  mergeInput,
  reported,
  triageReport,
  verificationReport
} from './report-builders.js'

const fresh: RoundBudget = {
  fixRoundsCompleted: 0,
  maxFixRounds: 2,
  remediationRoundsCompleted: 0,
  maxRemediationRounds: 1
}
const exhausted: RoundBudget = { ...fresh, fixRoundsCompleted: 2, remediationRoundsCompleted: 1 }
const cleanPacket = mergeFindings(mergeInput())

describe('planNextRound (docs/decisions.md#budgets)', () => {
  it.each([
    [{ ...fresh }, { kind: 'fix', round: 1 }],
    [
      { ...fresh, fixRoundsCompleted: 1 },
      { kind: 'fix', round: 2 }
    ],
    [
      { ...fresh, fixRoundsCompleted: 2 },
      { kind: 'remediate', round: 1 }
    ],
    [exhausted, { kind: 'exhausted' }],
    [
      { ...fresh, maxFixRounds: 0 },
      { kind: 'remediate', round: 1 }
    ],
    [{ ...fresh, maxFixRounds: 0, maxRemediationRounds: 0 }, { kind: 'exhausted' }],
    // no way back from remediation to fix, even if the fix budget were raised
    [
      { ...exhausted, maxRemediationRounds: 2 },
      { kind: 'remediate', round: 2 }
    ]
  ])('%j → %j', (budget, next) => {
    expect(planNextRound(budget)).toEqual(next)
  })

  it('runs at most four mutation stages with the default budgets', () => {
    let budget = fresh
    const stages = ['execute']
    for (;;) {
      const next = planNextRound(budget)
      if (next.kind === 'exhausted') break
      stages.push(`${next.kind} ${next.round}`)
      budget =
        next.kind === 'fix'
          ? { ...budget, fixRoundsCompleted: next.round }
          : { ...budget, remediationRoundsCompleted: next.round }
    }
    expect(stages).toEqual(['execute', 'fix 1', 'fix 2', 'remediate 1'])
  })
})

describe('decideAfterTriage: decision mapping (docs/decisions.md#decision-after-triage)', () => {
  it.each<[TriageDecision, boolean, unknown]>([
    ['pass', false, { kind: 'pass' }],
    ['pass', true, { kind: 'awaiting_human_gate' }],
    ['awaiting_human_gate', true, { kind: 'awaiting_human_gate' }],
    ['blocked_external', false, { kind: 'blocked_external', summary: 'triage summary' }],
    ['escalate', true, { kind: 'escalate', summary: 'triage summary' }],
    ['fix_required', false, { kind: 'fix', round: 1, targetFindingIds: [] }]
  ])('%s (manual gate %s) → %j', (decision, manualGateRequired, expected) => {
    const triage = triageReport({ overall_decision: decision, summary: 'triage summary' })
    expect(
      decideAfterTriage({ triage, merged: cleanPacket, manualGateRequired, budget: fresh })
    ).toEqual(expected)
  })

  it('escalates awaiting_human_gate for an item without a manual gate instead of deadlocking', () => {
    const triage = triageReport({ overall_decision: 'awaiting_human_gate', summary: 'ask a human' })
    expect(
      decideAfterTriage({ triage, merged: cleanPacket, manualGateRequired: false, budget: fresh })
    ).toEqual({
      kind: 'escalate',
      summary: 'triage asked for a human gate, but the item has no manual gate: ask a human'
    })
  })

  it('targets the actionable findings, in triage order', () => {
    const finding = (id: string, disposition: MergedFinding['disposition']): MergedFinding => ({
      canonical_id: id,
      title: id,
      severity: 'medium',
      category: 'documentation',
      disposition,
      recommended_owner: 'codex_fix',
      source_refs: [{ source_type: 'codex_audit', source_id: id }],
      file_paths: [],
      evidence: [],
      recommended_action: '',
      acceptance_check: '',
      is_blocking: false
    })
    const triage = triageReport({
      overall_decision: 'fix_required',
      merged_findings: [
        finding('finding_b', 'actionable'),
        finding('finding_a', 'false_positive'),
        finding('finding_c', 'actionable')
      ]
    })
    const budget = { ...fresh, fixRoundsCompleted: 2 }
    expect(
      decideAfterTriage({ triage, merged: cleanPacket, manualGateRequired: false, budget })
    ).toEqual({ kind: 'remediate', round: 1, targetFindingIds: ['finding_b', 'finding_c'] })
  })

  it('escalates fix_required when both budgets are exhausted', () => {
    const triage = triageReport({ overall_decision: 'fix_required' })
    expect(
      decideAfterTriage({
        triage,
        merged: cleanPacket,
        manualGateRequired: false,
        budget: exhausted
      })
    ).toEqual({ kind: 'escalate', summary: BUDGET_EXHAUSTED_SUMMARY })
  })
})

describe('decideAfterTriage: verification is a gate (docs/decisions.md#pass-gate)', () => {
  const failing = mergeFindings(
    mergeInput({ verification: verificationReport({ command_results: [failingCommand()] }) })
  )
  const commandFindingId = failing.merged_findings[0]!.canonical_id

  it.each([
    ['pass', false],
    ['pass', true],
    ['awaiting_human_gate', true]
  ] as const)(
    'triage %s (gate %s) with a failing required command → fix round',
    (decision, gate) => {
      const triage = triageReport({ overall_decision: decision })
      expect(
        decideAfterTriage({ triage, merged: failing, manualGateRequired: gate, budget: fresh })
      ).toEqual({ kind: 'fix', round: 1, targetFindingIds: [commandFindingId] })
    }
  )

  it('escalates instead of passing when the budgets are exhausted', () => {
    const decision = decideAfterTriage({
      triage: triageReport({ overall_decision: 'pass' }),
      merged: failing,
      manualGateRequired: false,
      budget: exhausted
    })
    expect(decision).toEqual({
      kind: 'escalate',
      summary: `${BUDGET_EXHAUSTED_SUMMARY}; required verification command playbook_required#1 failed; blocking findings: Verification command failed: playbook_required#1`
    })
  })

  it('holds back a pass on a failed required artifact check', () => {
    const packet = mergeFindings(
      mergeInput({
        verification: verificationReport({
          artifact_checks: [
            { path: 'docs/a.md', check_kind: 'exists', status: 'fail', reason: 'r' }
          ]
        })
      })
    )
    const decision = decideAfterTriage({
      triage: triageReport({ overall_decision: 'pass' }),
      merged: packet,
      manualGateRequired: false,
      budget: { ...fresh, fixRoundsCompleted: 2 }
    })
    expect(decision.kind).toBe('remediate')
  })

  it('still lets triage stop the item in another way', () => {
    const triage = triageReport({ overall_decision: 'blocked_external', summary: 'needs a key' })
    expect(
      decideAfterTriage({ triage, merged: failing, manualGateRequired: false, budget: fresh })
    ).toEqual({ kind: 'blocked_external', summary: 'needs a key' })
  })
})

describe('decideAfterTriage: blocking audit findings (docs/decisions.md#findings-merge)', () => {
  it('forces a fix round for a blocking codex finding that triage dropped', () => {
    const blocking = auditFinding({ title: 'Deletes user data', is_blocking: true })
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [blocking])) })
    )
    const id = packet.merged_findings[0]!.canonical_id
    const dropped = triageReport({ overall_decision: 'pass' })
    const input = { merged: packet, manualGateRequired: false, budget: fresh }

    // without the override the decision still refuses the pass ...
    expect(decideAfterTriage({ ...input, triage: dropped })).toEqual({
      kind: 'fix',
      round: 1,
      targetFindingIds: [id]
    })
    // ... and with it the same, now with the finding back in the triage report
    const { report } = applyTriageOverride(dropped, packet, { manualGateRequired: false })
    expect(decideAfterTriage({ ...input, triage: report })).toEqual({
      kind: 'fix',
      round: 1,
      targetFindingIds: [id]
    })
    expect(decideAfterTriage({ ...input, triage: report, budget: exhausted }).kind).toBe('escalate')
  })

  it('targets a blocking finding triage demoted to false_positive', () => {
    const blocking = auditFinding({ title: 'Breaks the build', is_blocking: true })
    const packet = mergeFindings(
      mergeInput({ claudeAudit: reported(auditReport('claude', [blocking])) })
    )
    const demoted = packet.merged_findings.map((finding) => ({
      ...finding,
      disposition: 'false_positive' as const
    }))
    const decision = decideAfterTriage({
      triage: triageReport({ overall_decision: 'pass', merged_findings: demoted }),
      merged: packet,
      manualGateRequired: true,
      budget: fresh
    })
    expect(decision).toEqual({
      kind: 'fix',
      round: 1,
      targetFindingIds: [demoted[0]!.canonical_id]
    })
  })

  it('never passes on one auditor when the claude report is missing', () => {
    const packet = mergeFindings(
      mergeInput({ claudeAudit: { status: 'failed', reason: 'claude produced no report' } })
    )
    const { report } = applyTriageOverride(triageReport(), packet, { manualGateRequired: false })
    const base = { triage: report, merged: packet, manualGateRequired: false }
    expect(decideAfterTriage({ ...base, budget: fresh }).kind).toBe('fix')
    expect(decideAfterTriage({ ...base, budget: exhausted })).toEqual({
      kind: 'escalate',
      summary: `${BUDGET_EXHAUSTED_SUMMARY}; blocking findings: The claude audit was inconclusive`
    })
  })

  it('passes over non-blocking findings when triage says pass', () => {
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [auditFinding()])) })
    )
    expect(
      decideAfterTriage({
        triage: triageReport({ overall_decision: 'pass' }),
        merged: packet,
        manualGateRequired: false,
        budget: fresh
      })
    ).toEqual({ kind: 'pass' })
  })
})
