import { z } from 'zod'
import { CLAIM_CLASSES } from '../supervision/claims.js'
import { ITEM_ID_PATTERN } from './vocabulary.js'

/**
 * The supervision plane's artifacts under `runs/<RUN_ID>/supervision/`. The supervisor, the
 * kernel-side bridge and `supervise status` each validate on write and on read, so a torn or
 * foreign file is reported as such instead of being believed.
 */

const identifier = z.string().regex(ITEM_ID_PATTERN)
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const nonEmpty = z.string().min(1)
const positiveInt = z.int().min(1)

export const SUPERVISION_SCHEMA_VERSIONS = {
  registration: 'plan_orchestrator.supervision_bridge_registration.v1',
  activeStage: 'plan_orchestrator.supervision_active_stage.v1',
  probeRequest: 'plan_orchestrator.supervision_probe_request.v1',
  probeAck: 'plan_orchestrator.supervision_probe_ack.v1',
  heartbeat: 'plan_orchestrator.supervision_heartbeat.v1',
  intervention: 'plan_orchestrator.supervision_intervention.v1',
  controlLock: 'plan_orchestrator.supervision_control_lock.v1'
} as const

export const BridgeRegistrationSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.registration),
  run_id: identifier,
  supervisor_session_id: identifier,
  kernel_invocation_id: identifier,
  bridge_pid: positiveInt,
  bridge_host: nonEmpty,
  bridge_started_at_utc: timestamp,
  run_state_path: nonEmpty
})

export const ActiveStageSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.activeStage),
  run_id: identifier,
  supervisor_session_id: identifier,
  kernel_invocation_id: identifier,
  stage_name: nonEmpty,
  item_id: identifier,
  attempt_number: positiveInt,
  child_tool: nonEmpty,
  child_pid: positiveInt,
  child_command: z.string().nullable(),
  /** How many children the stage runs at once (the two audits run side by side). */
  running_children: positiveInt,
  started_at_utc: timestamp,
  updated_at_utc: timestamp
})

/** What heartbeats, acks and status show of the active stage. */
export const ActiveStageSnapshotSchema = z.strictObject({
  stage_name: nonEmpty,
  item_id: identifier,
  attempt_number: positiveInt,
  child_tool: nonEmpty,
  child_pid: positiveInt,
  child_command: z.string().nullable(),
  started_at_utc: timestamp,
  active_stage_path: nonEmpty,
  active_stage_sha256: sha256
})

export const ProbeRequestSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.probeRequest),
  run_id: identifier,
  supervisor_session_id: identifier,
  kernel_invocation_id: identifier,
  probe_sequence: positiveInt,
  probe_nonce: z.string().regex(/^[0-9a-f]{32}$/),
  issued_at_utc: timestamp,
  expires_at_utc: timestamp
})

export const AckKernelSnapshotSchema = z.strictObject({
  run_state_path: nonEmpty,
  run_state_sha256: sha256,
  current_state: nonEmpty,
  current_item_id: identifier.nullable(),
  active_stage_present: z.boolean(),
  active_stage_path: nonEmpty.nullable(),
  active_stage_sha256: sha256.nullable(),
  run_state_updated_at_utc: z.string().nullable()
})

export const ProbeAckSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.probeAck),
  run_id: identifier,
  supervisor_session_id: identifier,
  kernel_invocation_id: identifier,
  probe_sequence: positiveInt,
  probe_nonce: z.string().regex(/^[0-9a-f]{32}$/),
  acked_at_utc: timestamp,
  kernel_snapshot: AckKernelSnapshotSchema
})

export const FreshnessPolicySchema = z.strictObject({
  live_probe_interval_sec: positiveInt,
  probe_ack_deadline_sec: positiveInt,
  live_stale_timeout_sec: positiveInt,
  waiting_poll_interval_sec: positiveInt,
  waiting_stale_timeout_sec: positiveInt
})

export const HeartbeatKernelSnapshotSchema = z.strictObject({
  run_state_path: nonEmpty,
  run_state_sha256: sha256.nullable(),
  current_state: z.string().nullable(),
  current_item_id: identifier.nullable(),
  current_terminal_state: z.string().nullable(),
  run_state_updated_at_utc: z.string().nullable()
})

export const ProbeEvidenceSchema = z.strictObject({
  probe_sequence: positiveInt,
  probe_nonce: z.string().regex(/^[0-9a-f]{32}$/),
  probe_request_issued_at_utc: timestamp,
  probe_request_expires_at_utc: timestamp,
  probe_ack_at_utc: timestamp.nullable(),
  bridge_registration_path: nonEmpty,
  bridge_registration_sha256: sha256.nullable(),
  probe_request_sha256: sha256.nullable(),
  probe_ack_sha256: sha256.nullable()
})

export const HeartbeatSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.heartbeat),
  run_id: identifier,
  supervisor_session_id: identifier,
  /** The probed invocation for probe heartbeats; `none` for the others. */
  kernel_invocation_id: identifier,
  heartbeat_sequence: positiveInt,
  observed_at_utc: timestamp,
  claim_class: z.enum(CLAIM_CLASSES),
  freshness_policy: FreshnessPolicySchema,
  kernel_snapshot: HeartbeatKernelSnapshotSchema,
  probe_evidence: ProbeEvidenceSchema.nullable(),
  active_stage: ActiveStageSnapshotSchema.nullable(),
  diagnosis_snapshot: z.strictObject({
    kernel_status_level: z.string().nullable(),
    pending_action_kind: z.string().nullable(),
    recoverability_class: z.string().nullable(),
    next_supervisor_action: z.string().nullable()
  }),
  rejection_reason: z.string().nullable(),
  latest_intervention_path: z.string().nullable()
})

export const INTERVENTION_KINDS = [
  'attach_kernel',
  'doctor_fix_safe',
  'resume_saved_run',
  'resume_after_manual_gate',
  'resume_blocked_external',
  'resume_escalated',
  'resume_interrupted',
  'kernel_exited',
  'park',
  'interrupt'
] as const

export const InterventionSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.intervention),
  run_id: identifier,
  supervisor_session_id: identifier,
  intervention_sequence: positiveInt,
  observed_at_utc: timestamp,
  action_kind: z.enum(INTERVENTION_KINDS),
  item_id: identifier.nullable(),
  attempt_number: positiveInt.nullable(),
  terminal_state: z.string().nullable(),
  recoverability_class: z.enum(['observed', 'recoverable', 'non_recoverable']),
  fingerprint: sha256.nullable(),
  reason: nonEmpty,
  result_status: z.enum(['applied', 'skipped', 'parked', 'observed', 'failed']),
  command: z.array(z.string()),
  related_paths: z.array(z.string()),
  evidence_paths: z.array(z.string()),
  evidence_package_sha256: sha256.nullable(),
  /** The launched kernel's exit code and signal, once known (the reference discarded them). */
  kernel_exit: z
    .strictObject({ exit_code: z.int().nullable(), signal: z.string().nullable() })
    .nullable(),
  notes: z.array(z.string())
})

/** Who supervises the run right now (the lock itself is an atomic directory beside it). */
export const ControlLockOwnerSchema = z.strictObject({
  schema_version: z.literal(SUPERVISION_SCHEMA_VERSIONS.controlLock),
  run_id: identifier,
  supervisor_session_id: identifier,
  owner_pid: positiveInt,
  owner_host: nonEmpty,
  acquired_at_utc: timestamp
})

export type BridgeRegistration = z.infer<typeof BridgeRegistrationSchema>
export type ActiveStage = z.infer<typeof ActiveStageSchema>
export type ActiveStageSnapshot = z.infer<typeof ActiveStageSnapshotSchema>
export type ProbeRequest = z.infer<typeof ProbeRequestSchema>
export type ProbeAck = z.infer<typeof ProbeAckSchema>
export type Heartbeat = z.infer<typeof HeartbeatSchema>
export type HeartbeatKernelSnapshot = z.infer<typeof HeartbeatKernelSnapshotSchema>
export type ProbeEvidence = z.infer<typeof ProbeEvidenceSchema>
export type Intervention = z.infer<typeof InterventionSchema>
export type InterventionKind = (typeof INTERVENTION_KINDS)[number]
export type ControlLockOwner = z.infer<typeof ControlLockOwnerSchema>
