import { z } from 'zod'
import { GATE_TYPES, ITEM_ID_PATTERN } from './vocabulary.js'

/**
 * The reports of one item attempt: what the agents hand back (execution, fix, audit, triage),
 * what the orchestrator writes itself (verification, merged findings, terminals). Key order is
 * the contract's order; agents get these as JSON Schema, so every object is closed.
 */

const identifier = z.string().regex(ITEM_ID_PATTERN)
const nonEmpty = z.string().min(1)
const strings = z.array(z.string())
const attemptNumber = z.int().min(1)

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export const FINDING_CATEGORIES = [
  'correctness',
  'security',
  'test_gap',
  'scope',
  'documentation',
  'artifact',
  'process',
  'manual_gate',
  'external_dependency',
  'other'
] as const
export const DISPOSITIONS = [
  'actionable',
  'false_positive',
  'duplicate',
  'out_of_scope',
  'blocked_external',
  'requires_human_judgment'
] as const
export const FINDING_OWNERS = ['codex_fix', 'human', 'operator_external', 'none'] as const
export const FINDING_SOURCE_TYPES = [
  'codex_audit',
  'claude_audit',
  'verification',
  'mutation_report'
] as const
export const AUDIT_LANES = ['codex', 'claude'] as const
export const TRIAGE_DECISIONS = [
  'pass',
  'fix_required',
  'awaiting_human_gate',
  'blocked_external',
  'escalate'
] as const

const RedGreenSchema = z.strictObject({
  required: z.boolean(),
  tests_added_or_updated: strings,
  red_commands: strings,
  red_failure_evidence: nonEmpty,
  green_commands: strings,
  green_pass_evidence: nonEmpty
})

const ScopeComplianceSchema = z.strictObject({
  status: z.enum(['within_scope', 'scope_exception_required', 'scope_violation']),
  notes: nonEmpty,
  scope_exceptions: strings
})

/** `execution_report.round-0.json`, written by the execute lane. */
export const ExecutionReportSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.execution_report.v1'),
  stage: z.literal('execute'),
  item_id: identifier,
  attempt_number: attemptNumber,
  summary: z.string(),
  verdict: z.enum([
    'implemented',
    'no_change_needed',
    'blocked',
    'needs_human_input',
    'blocked_external'
  ]),
  consulted_inputs: strings,
  files_touched: strings,
  artifacts_created: strings,
  red_green: RedGreenSchema,
  scope_compliance: ScopeComplianceSchema,
  unresolved_dependencies: strings,
  residual_risks: strings,
  next_recommended_state: z.enum(['verify', 'awaiting_human_gate', 'blocked_external', 'escalate'])
})

/** `fix_report.round-<k>.json` and `remediation_report.round-<k>.json`. */
export const FixReportSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.fix_report.v1'),
  stage: z.enum(['fix', 'remediation']),
  item_id: identifier,
  attempt_number: attemptNumber,
  loop_round: z.int().min(1),
  summary: z.string(),
  verdict: z.enum([
    'changes_applied',
    'no_change_needed',
    'blocked',
    'needs_human_input',
    'blocked_external'
  ]),
  source_finding_ids: strings,
  files_touched: strings,
  artifacts_created: strings,
  red_green: RedGreenSchema,
  scope_compliance: ScopeComplianceSchema,
  residual_open_items: strings,
  residual_risks: strings,
  next_recommended_state: z.enum(['reverify', 'awaiting_human_gate', 'blocked_external', 'escalate'])
})

export const AuditFindingSchema = z.strictObject({
  finding_id: identifier,
  title: nonEmpty,
  severity: z.enum(SEVERITIES),
  category: z.enum(FINDING_CATEGORIES),
  confidence: z.enum(['high', 'medium', 'low']),
  file_paths: strings,
  evidence: strings,
  why_it_matters: z.string(),
  recommended_action: z.string(),
  is_blocking: z.boolean()
})

/** `codex_audit_report.<cycle>.json` / `claude_audit_report.<cycle>.json`. */
export const AuditReportSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.audit_report.v1'),
  audit_lane: z.enum(AUDIT_LANES),
  item_id: identifier,
  attempt_number: attemptNumber,
  summary: nonEmpty,
  overall_verdict: z.enum(['pass', 'issues_found', 'blocked', 'inconclusive']),
  audited_artifacts: strings,
  positive_signals: strings,
  limitations: strings,
  findings: z.array(AuditFindingSchema),
  next_recommended_state: z.enum(['pass', 'triage', 'blocked_external', 'escalate'])
})

export const SourceRefSchema = z.strictObject({
  source_type: z.enum(FINDING_SOURCE_TYPES),
  source_id: nonEmpty
})

/** One finding after the deterministic merge; triage echoes the same shape. */
export const MergedFindingSchema = z.strictObject({
  canonical_id: identifier,
  title: nonEmpty,
  severity: z.enum(SEVERITIES),
  category: z.enum(FINDING_CATEGORIES),
  disposition: z.enum(DISPOSITIONS),
  recommended_owner: z.enum(FINDING_OWNERS),
  source_refs: z.array(SourceRefSchema),
  file_paths: strings,
  evidence: strings,
  recommended_action: z.string(),
  acceptance_check: z.string(),
  is_blocking: z.boolean()
})

export const SuppressedFindingSchema = z.strictObject({
  source_type: z.enum(FINDING_SOURCE_TYPES),
  source_id: nonEmpty,
  suppression_reason: nonEmpty
})

/** `triage_report.<cycle>.json`; the post-triage override may rewrite it. */
export const TriageReportSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.triage_report.v1'),
  stage: z.literal('triage'),
  item_id: identifier,
  attempt_number: attemptNumber,
  summary: nonEmpty,
  overall_decision: z.enum(TRIAGE_DECISIONS),
  reasoning_notes: strings,
  merged_findings: z.array(MergedFindingSchema),
  suppressed_findings: z.array(SuppressedFindingSchema),
  next_stage: z.enum(['passed', 'fix', 'awaiting_human_gate', 'blocked_external', 'escalated'])
})

const CommandResultSchema = z.strictObject({
  label: nonEmpty,
  command: nonEmpty,
  exit_code: z.int().nullable(),
  status: z.enum(['pass', 'fail', 'skipped']),
  failure_kind: z.enum(['exit_nonzero', 'timeout']).nullable(),
  required: z.boolean(),
  log_path: z.string().nullable(),
  timeout_sec: z.number().min(0).nullable(),
  /** Everything the command wrote, kept in its log or not (absent in older reports). */
  log_bytes: z.int().min(0).optional(),
  /** Whether the log was cut at `max_log_bytes` (its head and tail kept, marked). */
  log_truncated: z.boolean().optional()
})

const ScopeCheckSchema = z.strictObject({
  status: z.enum(['pass', 'fail']),
  out_of_scope_paths: strings,
  note: z.string()
})

/** `verification_report.<cycle>.json`, written by the verification gate. */
export const VerificationReportSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.verification_report.v1'),
  generated_at_utc: z.iso.datetime(),
  stage: z.literal('verify'),
  item_id: identifier,
  attempt_number: attemptNumber,
  summary: nonEmpty,
  overall_result: z.enum(['pass', 'partial', 'fail']),
  command_results: z.array(CommandResultSchema),
  artifact_checks: z.array(
    z.strictObject({ path: nonEmpty, check_kind: nonEmpty, status: z.enum(['pass', 'fail']), reason: z.string() })
  ),
  scope_check: ScopeCheckSchema,
  next_recommended_state: z.enum(['audit', 'fix', 'escalate', 'awaiting_human_gate', 'blocked_external'])
})

export const MUTATION_SIGNALS = [
  'blocked_external',
  'needs_human_input',
  'escalate',
  'unresolved_items'
] as const

const AuditLaneSummarySchema = z.strictObject({
  status: z.enum(['reported', 'inconclusive']),
  overall_verdict: z.enum(['pass', 'issues_found', 'blocked', 'inconclusive']).nullable(),
  summary: z.string()
})

/** `merged_findings_packet.<cycle>.json`: the deterministic merge that triage reads. */
export const MergedFindingsPacketSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.merged_findings_packet.v1'),
  item_id: identifier,
  attempt_number: attemptNumber,
  mutation_report_control: z.strictObject({
    stage: z.enum(['execute', 'fix', 'remediation']).nullable(),
    verdict: z.string().nullable(),
    next_recommended_state: z.string().nullable(),
    summary: z.string(),
    signals: z.array(z.enum(MUTATION_SIGNALS)),
    signal_refs: z.array(z.strictObject({ signal: z.enum(MUTATION_SIGNALS), source_id: nonEmpty })),
    unresolved_items: strings
  }),
  // The gate facts travel with the packet so that the decision needs nothing else.
  verification_summary: z.strictObject({
    overall_result: z.enum(['pass', 'partial', 'fail']),
    summary: z.string(),
    failed_required_commands: strings,
    failed_artifact_checks: strings,
    scope_check_status: z.enum(['pass', 'fail'])
  }),
  codex_audit_summary: AuditLaneSummarySchema,
  claude_audit_summary: AuditLaneSummarySchema,
  merged_findings: z.array(MergedFindingSchema),
  suppressed_findings: z.array(SuppressedFindingSchema)
})

/** `escalation_manifest.json`, written at the blocked_external and escalated terminals. */
export const EscalationManifestSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.escalation_manifest.v1'),
  generated_at_utc: z.iso.datetime(),
  terminal_state: z.enum(['awaiting_human_gate', 'blocked_external', 'escalated']),
  run_id: identifier,
  item_id: identifier,
  attempt_number: attemptNumber,
  summary: nonEmpty,
  blocking_reasons: z.array(nonEmpty),
  required_human_actions: z.array(
    z.strictObject({
      action_id: identifier,
      description: nonEmpty,
      owner_hint: z.enum(FINDING_OWNERS),
      evidence_needed: strings,
      blocking: z.boolean()
    })
  ),
  preserved_refs: z.strictObject({
    branch_name: z.string().nullable(),
    worktree_path: z.string().nullable(),
    checkpoint_ref: z.string().nullable(),
    run_state_path: nonEmpty,
    primary_report_paths: strings
  }),
  artifact_manifest_path: z.string().nullable(),
  suggested_resume_command: nonEmpty,
  notes: strings
})

const GateDecisionSchema = (outcome: 'approved' | 'rejected') =>
  z.strictObject({
    outcome: z.literal(outcome),
    decided_at_utc: z.iso.datetime(),
    decided_by: nonEmpty,
    note: nonEmpty,
    evidence_paths: strings
  })

// One shape per status, so "pending ⇒ no decision, decided ⇒ matching outcome" is in the schema.
const manualGateRecord = <S extends z.ZodType, D extends z.ZodType>(status: S, decision: D) =>
  z.strictObject({
    schema_version: z.literal('plan_orchestrator.manual_gate.v1'),
    requested_at_utc: z.iso.datetime(),
    run_id: identifier,
    item_id: identifier,
    gate_id: nonEmpty,
    gate_type: z.enum(GATE_TYPES).exclude(['none']),
    status,
    requested_by: z.literal('orchestrator'),
    requested_reason: nonEmpty,
    required_evidence: strings,
    review_findings: z.array(MergedFindingSchema),
    related_refs: z.strictObject({
      branch_name: z.string().nullable(),
      worktree_path: z.string().nullable(),
      checkpoint_ref: z.string().nullable(),
      artifact_manifest_path: nonEmpty,
      triage_report_path: z.string().nullable(),
      merged_findings_packet_path: z.string().nullable(),
      codex_audit_report_path: z.string().nullable(),
      claude_audit_report_path: z.string().nullable()
    }),
    decision
  })

/** `manual_gate.json`, written at the awaiting_human_gate terminal and by the gate decision. */
export const ManualGateRecordSchema = z.discriminatedUnion('status', [
  manualGateRecord(z.literal('pending'), z.null()),
  manualGateRecord(z.literal('approved'), GateDecisionSchema('approved')),
  manualGateRecord(z.literal('rejected'), GateDecisionSchema('rejected'))
])

export type ExecutionReport = z.infer<typeof ExecutionReportSchema>
export type FixReport = z.infer<typeof FixReportSchema>
export type MutationReport = ExecutionReport | FixReport
export type AuditFinding = z.infer<typeof AuditFindingSchema>
export type AuditReport = z.infer<typeof AuditReportSchema>
export type AuditLane = (typeof AUDIT_LANES)[number]
export type SourceRef = z.infer<typeof SourceRefSchema>
export type MergedFinding = z.infer<typeof MergedFindingSchema>
export type SuppressedFinding = z.infer<typeof SuppressedFindingSchema>
export type TriageReport = z.infer<typeof TriageReportSchema>
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number]
export type VerificationReport = z.infer<typeof VerificationReportSchema>
export type MergedFindingsPacket = z.infer<typeof MergedFindingsPacketSchema>
export type MutationReportControl = MergedFindingsPacket['mutation_report_control']
export type MutationSignal = (typeof MUTATION_SIGNALS)[number]
export type EscalationManifest = z.infer<typeof EscalationManifestSchema>
export type ManualGateRecord = z.infer<typeof ManualGateRecordSchema>
export type Severity = (typeof SEVERITIES)[number]
