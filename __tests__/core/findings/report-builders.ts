import type {
  AuditFinding,
  AuditReport,
  ExecutionReport,
  FixReport,
  MergedFinding,
  TriageReport,
  VerificationReport
} from '../../../src/core/schemas/reports.js'
import type { AuditLaneOutcome } from '../../../src/core/findings/audit-findings.js'
import type { MergeInput } from '../../../src/core/findings/merge.js'

// Schema-valid reports with quiet defaults; each test overrides only what it is about.

export const ITEM = 'ITEM-01'
export const ATTEMPT = 1

const redGreen = {
  required: false,
  tests_added_or_updated: [],
  red_commands: [],
  red_failure_evidence: 'not a red/green item',
  green_commands: [],
  green_pass_evidence: 'not a red/green item'
}

const inScope = {
  status: 'within_scope' as const,
  notes: 'all writes in docs/',
  scope_exceptions: []
}

export function executionReport(overrides: Partial<ExecutionReport> = {}): ExecutionReport {
  return {
    schema_version: 'plan_orchestrator.execution_report.v1',
    stage: 'execute',
    item_id: ITEM,
    attempt_number: ATTEMPT,
    summary: 'wrote the policy note',
    verdict: 'implemented',
    consulted_inputs: [],
    files_touched: ['docs/policy.md'],
    artifacts_created: [],
    red_green: redGreen,
    scope_compliance: inScope,
    unresolved_dependencies: [],
    residual_risks: [],
    next_recommended_state: 'verify',
    ...overrides
  }
}

export function fixReport(overrides: Partial<FixReport> = {}): FixReport {
  return {
    schema_version: 'plan_orchestrator.fix_report.v1',
    stage: 'fix',
    item_id: ITEM,
    attempt_number: ATTEMPT,
    loop_round: 1,
    summary: 'fixed the finding',
    verdict: 'changes_applied',
    source_finding_ids: [],
    files_touched: ['docs/policy.md'],
    artifacts_created: [],
    red_green: redGreen,
    scope_compliance: inScope,
    residual_open_items: [],
    residual_risks: [],
    next_recommended_state: 'reverify',
    ...overrides
  }
}

export function auditFinding(overrides: Partial<AuditFinding> = {}): AuditFinding {
  return {
    finding_id: 'F1',
    title: 'Missing heading',
    severity: 'medium',
    category: 'documentation',
    confidence: 'high',
    file_paths: ['docs/policy.md'],
    evidence: ['line 1 has no heading'],
    why_it_matters: 'readers cannot find the section',
    recommended_action: 'add a heading',
    is_blocking: false,
    ...overrides
  }
}

export function auditReport(
  lane: 'codex' | 'claude',
  findings: AuditFinding[] = [],
  overrides: Partial<AuditReport> = {}
): AuditReport {
  return {
    schema_version: 'plan_orchestrator.audit_report.v1',
    audit_lane: lane,
    item_id: ITEM,
    attempt_number: ATTEMPT,
    summary: `${lane} reviewed the checkpoint`,
    overall_verdict: findings.length > 0 ? 'issues_found' : 'pass',
    audited_artifacts: [],
    positive_signals: [],
    limitations: [],
    findings,
    next_recommended_state: findings.length > 0 ? 'triage' : 'pass',
    ...overrides
  }
}

export function reported(report: AuditReport): AuditLaneOutcome {
  return { status: 'reported', report }
}

type CommandResult = VerificationReport['command_results'][number]

export function passingCommand(overrides: Partial<CommandResult> = {}): CommandResult {
  return {
    label: 'playbook_required#1',
    command: 'npm test',
    exit_code: 0,
    status: 'pass',
    failure_kind: null,
    required: true,
    log_path: '.local/logs/01_01.log',
    timeout_sec: null,
    ...overrides
  }
}

export function failingCommand(overrides: Partial<CommandResult> = {}): CommandResult {
  return passingCommand({
    exit_code: 1,
    status: 'fail',
    failure_kind: 'exit_nonzero',
    ...overrides
  })
}

export function verificationReport(
  overrides: Partial<VerificationReport> = {}
): VerificationReport {
  return {
    schema_version: 'plan_orchestrator.verification_report.v1',
    generated_at_utc: '2026-03-25T12:00:00Z',
    stage: 'verify',
    item_id: ITEM,
    attempt_number: ATTEMPT,
    summary: 'verification passed',
    overall_result: 'pass',
    command_results: [passingCommand()],
    artifact_checks: [],
    scope_check: { status: 'pass', out_of_scope_paths: [], note: 'all changes in scope' },
    next_recommended_state: 'audit',
    ...overrides
  }
}

export function mergeInput(overrides: Partial<MergeInput> = {}): MergeInput {
  return {
    itemId: ITEM,
    attemptNumber: ATTEMPT,
    codexAudit: reported(auditReport('codex')),
    claudeAudit: reported(auditReport('claude')),
    mutationReport: executionReport(),
    verification: verificationReport(),
    ...overrides
  }
}

export function triageReport(overrides: Partial<TriageReport> = {}): TriageReport {
  return {
    schema_version: 'plan_orchestrator.triage_report.v1',
    stage: 'triage',
    item_id: ITEM,
    attempt_number: ATTEMPT,
    summary: 'triage looked at everything',
    overall_decision: 'pass',
    reasoning_notes: [],
    merged_findings: [],
    suppressed_findings: [],
    next_stage: 'passed',
    ...overrides
  }
}

export function ids(findings: readonly MergedFinding[]): string[] {
  return findings.map((finding) => finding.canonical_id)
}
