import type { z } from 'zod'
import { ControlPlaneFileSchema } from '../policy/runtime-policy.js'
import { ItemContextSchema } from './item-context.js'
import { NormalizedPlanSchema } from './normalized-plan.js'
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

/** Every schema published as JSON Schema under `schemas/`, by file stem. */
export const PUBLISHED_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  normalized_plan: NormalizedPlanSchema,
  item_context: ItemContextSchema,
  run_state: RunStateSchema,
  runtime_policy: RuntimePolicySnapshotSchema,
  control_plane: ControlPlaneFileSchema,
  execution_report: ExecutionReportSchema,
  fix_report: FixReportSchema,
  audit_report: AuditReportSchema,
  triage_report: TriageReportSchema,
  verification_report: VerificationReportSchema,
  merged_findings_packet: MergedFindingsPacketSchema,
  escalation_manifest: EscalationManifestSchema,
  manual_gate: ManualGateRecordSchema
}
