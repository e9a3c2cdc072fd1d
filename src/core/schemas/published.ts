import type { z } from 'zod'
import { ControlPlaneFileSchema } from '../policy/runtime-policy.js'
import { GhaGateRecordSchema, GhaRunRecordSchema } from './gha.js'
import { IntegrityIncidentSchema } from './integrity-incident.js'
import { ItemContextSchema } from './item-context.js'
import { NormalizedPlanSchema } from './normalized-plan.js'
import { CallRecordSchema, ProvenanceStatementSchema } from './provenance.js'
import {
  AuditReportSchema,
  EscalationManifestSchema,
  ExecutionReportSchema,
  FixReportSchema,
  ManualGateRecordSchema,
  MergedFindingsPacketSchema,
  TriageReportSchema,
  VerificationReportSchema
} from './reports.js'
import { RunStateSchema, RuntimePolicySnapshotSchema } from './run-state.js'
import { UsageSummarySchema } from './usage.js'
import {
  ActiveStageSchema,
  BridgeRegistrationSchema,
  ControlLockOwnerSchema,
  HeartbeatSchema,
  InterventionSchema,
  ProbeAckSchema,
  ProbeRequestSchema
} from './supervision.js'

/** Every schema published as JSON Schema under `schemas/`, by file stem. */
export const PUBLISHED_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  normalized_plan: NormalizedPlanSchema,
  item_context: ItemContextSchema,
  run_state: RunStateSchema,
  usage_summary: UsageSummarySchema,
  runtime_policy: RuntimePolicySnapshotSchema,
  control_plane: ControlPlaneFileSchema,
  execution_report: ExecutionReportSchema,
  fix_report: FixReportSchema,
  audit_report: AuditReportSchema,
  triage_report: TriageReportSchema,
  verification_report: VerificationReportSchema,
  merged_findings_packet: MergedFindingsPacketSchema,
  escalation_manifest: EscalationManifestSchema,
  manual_gate: ManualGateRecordSchema,
  supervision_bridge_registration: BridgeRegistrationSchema,
  supervision_active_stage: ActiveStageSchema,
  supervision_probe_request: ProbeRequestSchema,
  supervision_probe_ack: ProbeAckSchema,
  supervision_heartbeat: HeartbeatSchema,
  supervision_intervention: InterventionSchema,
  supervision_control_lock: ControlLockOwnerSchema,
  gha_run: GhaRunRecordSchema,
  gha_gate: GhaGateRecordSchema,
  integrity_incident: IntegrityIncidentSchema,
  provenance_statement: ProvenanceStatementSchema,
  agent_call_record: CallRecordSchema
}
