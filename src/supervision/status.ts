import { hostname } from 'node:os'
import { runLayout, repoRelative } from '../core/run/layout.js'
import type { RunStatusSummary } from '../core/run/status-summary.js'
import {
  ActiveStageSchema,
  BridgeRegistrationSchema,
  ControlLockOwnerSchema,
  type Heartbeat,
  HeartbeatSchema,
  type Intervention,
  InterventionSchema
} from '../core/schemas/supervision.js'
import {
  CLAIM_EXIT_CODES,
  type ClaimClass,
  type FreshnessPolicy,
  deriveClaim
} from '../core/supervision/claims.js'
import { readRunStatus } from '../kernel/run-status.js'
import type { RunStateReader } from '../kernel/ports.js'
import type { ProcessProbe } from './ports.js'
import {
  type Loaded,
  ledgerFiles,
  loadedValue,
  readArtifact,
  supervisionLayout
} from './artifacts.js'
import { observeRunState } from './ledger.js'

/**
 * `supervise status`: the kernel's own status plus what the supervision plane can honestly
 * claim right now. Reads only. Evidence that has outlived its process (a registration whose
 * kernel is gone, a terminal heartbeat of a run that moved on since) does not count.
 */

export interface SupervisionStatusReport {
  readonly run_id: string
  readonly kernel_status: RunStatusSummary
  readonly supervision_status: {
    readonly claim_class: ClaimClass
    readonly last_heartbeat_claim_class: ClaimClass | null
    readonly exit_code: number
    readonly reason: string
    readonly supervisor_session_id: string | null
    readonly supervisor_running: boolean
    readonly kernel_invocation_id: string | null
    readonly bridge_registration_path: string | null
    readonly latest_heartbeat_path: string | null
    readonly latest_heartbeat_observed_at_utc: string | null
    readonly latest_intervention_path: string | null
    readonly latest_intervention: Intervention | null
    readonly active_stage: Heartbeat['active_stage']
    readonly freshness_policy: FreshnessPolicy | null
    readonly last_rejection_reason: string | null
  }
}

export async function readSupervisionStatus(
  repoRoot: string,
  runId: string,
  store: RunStateReader,
  processes: ProcessProbe,
  now: Date = new Date()
): Promise<SupervisionStatusReport> {
  const run = runLayout(repoRoot, runId)
  const layout = supervisionLayout(run)
  const relative = (path: string): string => repoRelative(repoRoot, path)
  const kernelStatus = await readRunStatus(repoRoot, runId, store)

  const registration = await readArtifact(BridgeRegistrationSchema, layout.registrationPath)
  const liveRegistration =
    registration.kind === 'ok' &&
    processRuns(processes, registration.value.bridge_pid, registration.value.bridge_host)
      ? registration.value
      : undefined
  const heartbeatPath = (await ledgerFiles(layout.heartbeatsDir)).at(-1)
  const heartbeat: Loaded<Heartbeat> | undefined =
    heartbeatPath === undefined ? undefined : await readArtifact(HeartbeatSchema, heartbeatPath)
  const newest = heartbeat === undefined ? undefined : loadedValue(heartbeat)
  const interventionPath = (await ledgerFiles(layout.interventionsDir)).at(-1)
  const intervention =
    interventionPath === undefined
      ? undefined
      : loadedValue(await readArtifact(InterventionSchema, interventionPath))
  const owner = loadedValue(await readArtifact(ControlLockOwnerSchema, layout.controlOwnerPath))

  let derived = deriveClaim({
    ...(newest === undefined
      ? {}
      : {
          newest: {
            claim: newest.claim_class,
            observedAt: new Date(newest.observed_at_utc),
            policy: newest.freshness_policy
          }
        }),
    registrationPresent: liveRegistration !== undefined,
    loadErrors: heartbeat?.kind === 'invalid' || registration.kind === 'invalid',
    now
  })
  if (derived.claim === 'terminal_observed' && newest !== undefined) {
    const current = await observeRunState(run)
    if (current.snapshot.run_state_sha256 !== newest.kernel_snapshot.run_state_sha256) {
      derived = {
        claim: 'snapshot_only',
        reason:
          'The run changed after the supervisor observed its stop; only the saved run state can be reported.'
      }
    }
  }

  let activeStage: Heartbeat['active_stage'] = newest?.active_stage ?? null
  if (liveRegistration !== undefined) {
    const live = await readArtifact(ActiveStageSchema, layout.activeStagePath)
    if (live.kind === 'ok') {
      const { stage_name, item_id, attempt_number, child_tool, child_pid, child_command } =
        live.value
      activeStage = {
        stage_name,
        item_id,
        attempt_number,
        child_tool,
        child_pid,
        child_command,
        started_at_utc: live.value.started_at_utc,
        active_stage_path: relative(layout.activeStagePath),
        active_stage_sha256: live.sha256
      }
    }
  }

  return {
    run_id: runId,
    kernel_status: kernelStatus,
    supervision_status: {
      claim_class: derived.claim,
      last_heartbeat_claim_class: newest?.claim_class ?? null,
      exit_code: CLAIM_EXIT_CODES[derived.claim],
      reason: derived.reason,
      supervisor_session_id:
        liveRegistration?.supervisor_session_id ?? newest?.supervisor_session_id ?? null,
      supervisor_running:
        owner !== undefined && processRuns(processes, owner.owner_pid, owner.owner_host),
      kernel_invocation_id:
        liveRegistration?.kernel_invocation_id ?? newest?.kernel_invocation_id ?? null,
      bridge_registration_path:
        registration.kind === 'missing' ? null : relative(layout.registrationPath),
      latest_heartbeat_path: heartbeatPath === undefined ? null : relative(heartbeatPath),
      latest_heartbeat_observed_at_utc: newest?.observed_at_utc ?? null,
      latest_intervention_path: interventionPath === undefined ? null : relative(interventionPath),
      latest_intervention: intervention ?? null,
      active_stage: activeStage,
      freshness_policy: newest?.freshness_policy ?? null,
      last_rejection_reason: newest?.rejection_reason ?? null
    }
  }
}

/** A process we can vouch for: on this host and running. Another host's cannot be checked. */
function processRuns(processes: ProcessProbe, pid: number, host: string): boolean {
  return host !== hostname() || processes.isAlive(pid)
}

export function renderSupervisionStatus(report: SupervisionStatusReport): string {
  const s = report.supervision_status
  const k = report.kernel_status
  const lines = [
    `RUN ${report.run_id}`,
    `Supervision: ${s.claim_class} (exit ${s.exit_code})`,
    `Reason: ${s.reason}`,
    `Supervisor: ${s.supervisor_running ? `running (session ${s.supervisor_session_id ?? '?'})` : 'not running'}`,
    `Kernel status: ${k.status_level} (kernel exit ${k.exit_code})`,
    `Kernel state: ${k.current_state ?? 'unknown'}`,
    `Current item: ${k.current_item_id ?? 'none'}`
  ]
  if (k.pending_action !== null)
    lines.push(`Pending action: ${k.pending_action.kind} (${k.pending_action.detail})`)
  if (s.latest_heartbeat_path !== null)
    lines.push(
      `Latest heartbeat: ${s.latest_heartbeat_path} (${s.latest_heartbeat_observed_at_utc ?? '?'})`
    )
  if (s.bridge_registration_path !== null)
    lines.push(`Bridge registration: ${s.bridge_registration_path}`)
  if (s.latest_intervention !== null && s.latest_intervention_path !== null)
    lines.push(
      `Latest intervention: ${s.latest_intervention.action_kind} — ${s.latest_intervention.reason} (${s.latest_intervention_path})`
    )
  if (s.active_stage !== null) {
    const a = s.active_stage
    lines.push(
      `Active stage: ${a.stage_name} (item=${a.item_id}, attempt=${a.attempt_number}, tool=${a.child_tool}, pid=${a.child_pid}, since ${a.started_at_utc})`
    )
  }
  if (s.last_rejection_reason !== null)
    lines.push(`Last probe rejection: ${s.last_rejection_reason}`)
  return `${lines.join('\n')}\n`
}
