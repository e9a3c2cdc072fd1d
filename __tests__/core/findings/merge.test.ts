import { canonicalFindingId } from '../../../src/core/findings/canonical-id.js'
import { mergeFindings } from '../../../src/core/findings/merge.js'
import type { ExecutionReport, MutationSignal } from '../../../src/core/schemas/reports.js'
import { MergedFindingsPacketSchema } from '../../../src/core/schemas/reports.js'
import {
  auditFinding,
  auditReport,
  executionReport,
  failingCommand,
  fixReport,
  ids,
  mergeInput,
  passingCommand,
  reported,
  verificationReport
} from './report-builders.js'

describe('mergeFindings: audit findings (docs/decisions.md#findings-merge)', () => {
  it.each([
    ['correctness', 'actionable', 'codex_fix'],
    ['security', 'actionable', 'codex_fix'],
    ['other', 'actionable', 'codex_fix'],
    ['manual_gate', 'requires_human_judgment', 'human'],
    ['external_dependency', 'blocked_external', 'operator_external']
  ] as const)('category %s → %s / %s', (category, disposition, owner) => {
    const finding = auditFinding({ category })
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [finding])) })
    )
    expect(packet.merged_findings).toEqual([
      {
        canonical_id: canonicalFindingId(finding),
        title: finding.title,
        severity: finding.severity,
        category,
        disposition,
        recommended_owner: owner,
        source_refs: [{ source_type: 'codex_audit', source_id: 'F1' }],
        file_paths: finding.file_paths,
        evidence: finding.evidence,
        recommended_action: finding.recommended_action,
        acceptance_check: finding.why_it_matters,
        is_blocking: false
      }
    ])
  })

  it('gives the same packet whatever order the auditors list their findings in', () => {
    const findings = [
      auditFinding({ finding_id: 'A', title: 'a', severity: 'low' }),
      auditFinding({ finding_id: 'B', title: 'b', severity: 'high' }),
      auditFinding({ finding_id: 'C', title: 'c', severity: 'low' })
    ]
    const forward = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', findings)) })
    )
    const backward = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', [...findings].reverse())) })
    )
    expect(ids(backward.merged_findings)).toEqual(ids(forward.merged_findings))
  })
})

describe('mergeFindings: dedupe and ordering (docs/decisions.md#findings-merge)', () => {
  it('folds a later candidate into the first: sources, paths, evidence added, blocking ORed', () => {
    const codex = auditFinding({
      finding_id: 'C1',
      severity: 'low',
      file_paths: ['docs/b.md', 'docs/a.md'],
      evidence: ['e2', 'e1'],
      recommended_action: 'codex says',
      is_blocking: false
    })
    const claude = auditFinding({
      finding_id: 'K1',
      severity: 'critical',
      category: 'documentation',
      file_paths: ['docs/a.md', 'docs/b.md'],
      evidence: ['e1', 'e2'],
      recommended_action: 'claude says',
      is_blocking: true
    })
    const packet = mergeFindings(
      mergeInput({
        codexAudit: reported(auditReport('codex', [codex])),
        claudeAudit: reported(auditReport('claude', [claude]))
      })
    )
    const id = canonicalFindingId(codex)
    expect(packet.merged_findings).toHaveLength(1)
    expect(packet.merged_findings[0]).toMatchObject({
      canonical_id: id,
      severity: 'low',
      recommended_action: 'codex says',
      source_refs: [
        { source_type: 'codex_audit', source_id: 'C1' },
        { source_type: 'claude_audit', source_id: 'K1' }
      ],
      file_paths: ['docs/b.md', 'docs/a.md'],
      evidence: ['e2', 'e1'],
      is_blocking: true
    })
    expect(packet.suppressed_findings).toEqual([
      { source_type: 'claude_audit', source_id: 'K1', suppression_reason: `duplicate_of:${id}` }
    ])
  })

  it('takes candidates in the order codex, claude, mutation report, verification', () => {
    const command = failingCommand({ command: 'python t.py', log_path: '.local/logs/x.log' })
    // An auditor that words its finding exactly like the gate shares the gate's canonical id.
    const echo = {
      title: 'Verification command failed: playbook_required#1',
      category: 'correctness' as const,
      file_paths: [],
      evidence: ['python t.py', '.local/logs/x.log']
    }
    const packet = mergeFindings(
      mergeInput({
        codexAudit: reported(
          auditReport('codex', [auditFinding({ ...echo, severity: 'critical' })])
        ),
        claudeAudit: reported(auditReport('claude', [auditFinding({ ...echo, finding_id: 'K9' })])),
        verification: verificationReport({ command_results: [command] })
      })
    )
    expect(packet.merged_findings).toHaveLength(1)
    expect(packet.merged_findings[0]?.severity).toBe('critical')
    expect(packet.merged_findings[0]?.source_refs.map((ref) => ref.source_type)).toEqual([
      'codex_audit',
      'claude_audit',
      'verification'
    ])
    expect(packet.suppressed_findings.map((entry) => entry.source_id)).toEqual([
      'K9',
      'verification_command_playbook_required_1'
    ])
  })

  it('sorts by severity rank, then canonical id', () => {
    const severities = ['info', 'low', 'critical', 'medium', 'high', 'high'] as const
    const findings = severities.map((severity, index) =>
      auditFinding({ finding_id: `F${index}`, title: `finding ${index}`, severity })
    )
    const packet = mergeFindings(
      mergeInput({ codexAudit: reported(auditReport('codex', findings)) })
    )
    expect(packet.merged_findings.map((finding) => finding.severity)).toEqual([
      'critical',
      'high',
      'high',
      'medium',
      'low',
      'info'
    ])
    const [, first, second] = packet.merged_findings
    expect(first!.canonical_id < second!.canonical_id).toBe(true)
  })

  it('writes a packet that satisfies its schema', () => {
    const packet = mergeFindings(
      mergeInput({
        codexAudit: { status: 'failed', reason: 'codex exited 1' },
        mutationReport: executionReport({ verdict: 'blocked', unresolved_dependencies: ['x'] }),
        verification: verificationReport({ command_results: [failingCommand()] })
      })
    )
    expect(MergedFindingsPacketSchema.parse(packet)).toEqual(packet)
  })
})

describe('mergeFindings: mutation-report control (docs/decisions.md#mutation-report-control)', () => {
  it.each<[Partial<ExecutionReport>, MutationSignal[]]>([
    [{ verdict: 'implemented', next_recommended_state: 'verify' }, []],
    [{ verdict: 'blocked_external', next_recommended_state: 'verify' }, ['blocked_external']],
    [{ verdict: 'implemented', next_recommended_state: 'blocked_external' }, ['blocked_external']],
    [{ verdict: 'needs_human_input', next_recommended_state: 'verify' }, ['needs_human_input']],
    [
      { verdict: 'implemented', next_recommended_state: 'awaiting_human_gate' },
      ['needs_human_input']
    ],
    [{ verdict: 'blocked', next_recommended_state: 'verify' }, ['escalate']],
    [{ verdict: 'implemented', next_recommended_state: 'escalate' }, ['escalate']],
    [
      { verdict: 'blocked_external', next_recommended_state: 'escalate', residual_risks: ['r'] },
      ['blocked_external', 'escalate']
    ],
    [
      {
        verdict: 'blocked',
        next_recommended_state: 'awaiting_human_gate',
        unresolved_dependencies: ['dep']
      },
      ['needs_human_input', 'escalate', 'unresolved_items']
    ]
  ])('%j → %j', (fields, signals) => {
    const packet = mergeFindings(mergeInput({ mutationReport: executionReport(fields) }))
    expect(packet.mutation_report_control.signals).toEqual(signals)
    expect(packet.mutation_report_control.signal_refs).toEqual(
      signals.map((signal) => ({ signal, source_id: `mutation_control_${signal}` }))
    )
    const mutationFindings = packet.merged_findings.filter((finding) =>
      finding.source_refs.some((ref) => ref.source_type === 'mutation_report')
    )
    expect(mutationFindings).toHaveLength(signals.length)
    for (const finding of mutationFindings) {
      expect(finding).toMatchObject({ severity: 'high', is_blocking: true })
    }
  })

  it('collects unresolved items from dependencies and open items, trimmed and deduped', () => {
    const packet = mergeFindings(
      mergeInput({
        mutationReport: fixReport({
          summary: '  partial fix  ',
          residual_open_items: [' item a ', '', 'item a', 'item b'],
          residual_risks: ['risk 1'],
          files_touched: ['docs/a.md', '', 'docs/a.md', 'docs/b.md']
        })
      })
    )
    expect(packet.mutation_report_control).toEqual({
      stage: 'fix',
      verdict: 'changes_applied',
      next_recommended_state: 'reverify',
      summary: 'partial fix',
      signals: ['unresolved_items'],
      signal_refs: [{ signal: 'unresolved_items', source_id: 'mutation_control_unresolved_items' }],
      unresolved_items: ['item a', 'item b']
    })
    expect(packet.merged_findings).toEqual([
      expect.objectContaining({
        title: 'Mutation stage left unresolved dependencies or open items',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        source_refs: [
          { source_type: 'mutation_report', source_id: 'mutation_control_unresolved_items' }
        ],
        file_paths: ['docs/a.md', 'docs/b.md'],
        // residual risks only go with the stop signals, not with unresolved items
        evidence: [
          'partial fix',
          'stage=fix',
          'verdict=changes_applied',
          'next_recommended_state=reverify',
          'item a',
          'item b'
        ]
      })
    ])
  })

  it.each([
    ['blocked_external', 'external_dependency', 'blocked_external', 'operator_external'],
    ['needs_human_input', 'manual_gate', 'requires_human_judgment', 'human'],
    ['blocked', 'process', 'actionable', 'none']
  ] as const)(
    'verdict %s → category %s, %s / %s, with residual risks',
    (verdict, category, disposition, owner) => {
      const packet = mergeFindings(
        mergeInput({ mutationReport: executionReport({ verdict, residual_risks: ['risk 1'] }) })
      )
      expect(packet.merged_findings).toEqual([
        expect.objectContaining({ category, disposition, recommended_owner: owner })
      ])
      expect(packet.merged_findings[0]?.evidence).toContain('risk 1')
    }
  )

  it('has the all-null shape without a mutation report', () => {
    const packet = mergeFindings(mergeInput({ mutationReport: null }))
    expect(packet.mutation_report_control).toEqual({
      stage: null,
      verdict: null,
      next_recommended_state: null,
      summary: '',
      signals: [],
      signal_refs: [],
      unresolved_items: []
    })
  })
})

describe('mergeFindings: verification findings (docs/decisions.md#verification-findings)', () => {
  it('turns a failed required command into a blocking finding with the reference id', () => {
    const command = failingCommand({ command: 'python t.py', log_path: '.local/logs/x.log' })
    const packet = mergeFindings(
      mergeInput({ verification: verificationReport({ command_results: [command] }) })
    )
    expect(packet.merged_findings).toEqual([
      {
        canonical_id: 'finding_cf998043d7d5ee97',
        title: 'Verification command failed: playbook_required#1',
        severity: 'high',
        category: 'correctness',
        disposition: 'actionable',
        recommended_owner: 'codex_fix',
        source_refs: [
          { source_type: 'verification', source_id: 'verification_command_playbook_required_1' }
        ],
        // design: present (empty), unlike the reference, so triage can echo it schema-valid
        file_paths: [],
        evidence: ['python t.py', '.local/logs/x.log'],
        recommended_action: expect.any(String),
        acceptance_check: '`python t.py` exits 0 during verification',
        is_blocking: true
      }
    ])
    expect(packet.verification_summary.failed_required_commands).toEqual(['playbook_required#1'])
  })

  it('ignores optional failures and passing commands', () => {
    const packet = mergeFindings(
      mergeInput({
        verification: verificationReport({
          overall_result: 'partial',
          command_results: [
            passingCommand(),
            failingCommand({ label: 'playbook_suggested#1', required: false })
          ]
        })
      })
    )
    expect(packet.merged_findings).toEqual([])
    expect(packet.verification_summary.failed_required_commands).toEqual([])
  })

  it('turns failed artifact checks and a failed scope check into findings', () => {
    const packet = mergeFindings(
      mergeInput({
        verification: verificationReport({
          overall_result: 'fail',
          artifact_checks: [
            {
              path: 'docs/out/report.md',
              check_kind: 'exists',
              status: 'fail',
              reason: 'must exist'
            },
            { path: 'docs/ok.md', check_kind: 'exists', status: 'pass', reason: 'must exist' }
          ],
          scope_check: { status: 'fail', out_of_scope_paths: ['src/x.ts'], note: 'out of scope' }
        })
      })
    )
    expect(packet.merged_findings).toEqual([
      expect.objectContaining({
        title: 'Scope violation detected by verification',
        severity: 'high',
        category: 'scope',
        recommended_owner: 'none',
        source_refs: [{ source_type: 'verification', source_id: 'verification_scope_check' }],
        file_paths: ['src/x.ts'],
        evidence: ['src/x.ts', 'out of scope'],
        is_blocking: true
      }),
      expect.objectContaining({
        title: 'Required artifact check failed: docs/out/report.md',
        severity: 'medium',
        category: 'artifact',
        disposition: 'actionable',
        recommended_owner: 'codex_fix',
        source_refs: [
          { source_type: 'verification', source_id: 'verification_artifact_docs_out_report.md' }
        ],
        file_paths: ['docs/out/report.md'],
        evidence: ['must exist', 'docs/out/report.md'],
        acceptance_check: 'must exist',
        is_blocking: true
      })
    ])
    expect(packet.verification_summary).toMatchObject({
      failed_artifact_checks: ['docs/out/report.md'],
      scope_check_status: 'fail'
    })
  })
})

describe('mergeFindings: audit lanes that did not report (docs/decisions.md#findings-merge)', () => {
  const inconclusive = (lane: string) =>
    expect.objectContaining({
      title: `The ${lane} audit was inconclusive`,
      category: 'process',
      source_refs: [{ source_type: `${lane}_audit`, source_id: `${lane}_audit_inconclusive` }]
    })

  it('turns a missing claude report into a blocking inconclusive finding', () => {
    const packet = mergeFindings(
      mergeInput({ claudeAudit: { status: 'failed', reason: 'claude exited 1: error_max_turns' } })
    )
    expect(packet.merged_findings).toEqual([inconclusive('claude')])
    expect(packet.merged_findings[0]).toMatchObject({
      is_blocking: true,
      evidence: ['claude exited 1: error_max_turns']
    })
    expect(packet.claude_audit_summary).toEqual({
      status: 'inconclusive',
      overall_verdict: null,
      summary: 'claude exited 1: error_max_turns'
    })
  })

  it('treats an inconclusive verdict as no review, keeping the findings it carried', () => {
    const report = auditReport('codex', [auditFinding()], {
      overall_verdict: 'inconclusive',
      limitations: ['could not read the patch']
    })
    const packet = mergeFindings(mergeInput({ codexAudit: reported(report) }))
    expect(packet.merged_findings).toEqual([
      inconclusive('codex'),
      expect.objectContaining({ title: 'Missing heading' })
    ])
    expect(packet.merged_findings[0]?.evidence[0]).toContain('could not read the patch')
    expect(packet.codex_audit_summary.status).toBe('inconclusive')
  })

  it.each([
    ['another lane', { audit_lane: 'codex' as const }],
    ['another item', { item_id: 'ITEM-02' }],
    ['another attempt', { attempt_number: 2 }]
  ])('treats a report for %s as inconclusive and ignores its findings', (_, overrides) => {
    const report = auditReport('claude', [auditFinding()], overrides)
    const packet = mergeFindings(mergeInput({ claudeAudit: reported(report) }))
    expect(packet.merged_findings).toEqual([inconclusive('claude')])
  })

  it('records but does not block on one silent lane when dual audit may fail open', () => {
    const packet = mergeFindings(
      mergeInput({ codexAudit: { status: 'failed', reason: 'timeout' }, requireBothAudits: false })
    )
    expect(packet.merged_findings).toEqual([inconclusive('codex')])
    expect(packet.merged_findings[0]?.is_blocking).toBe(false)
  })

  it('blocks when neither lane reported, even when dual audit may fail open', () => {
    const packet = mergeFindings(
      mergeInput({
        codexAudit: { status: 'failed', reason: 'timeout' },
        claudeAudit: { status: 'failed', reason: 'not logged in' },
        requireBothAudits: false
      })
    )
    expect(packet.merged_findings.map((finding) => finding.is_blocking)).toEqual([true, true])
  })
})
