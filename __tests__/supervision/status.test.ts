import { writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import {
  ActiveStageSchema,
  BridgeRegistrationSchema,
  ControlLockOwnerSchema,
  type Heartbeat
} from '../../src/core/schemas/supervision.js'
import { runStateReader } from '../../src/adapters/run-state-reader.js'
import { writeArtifact } from '../../src/supervision/artifacts.js'
import { SupervisionLedger, observeRunState } from '../../src/supervision/ledger.js'
import {
  type SupervisionStatusReport,
  readSupervisionStatus
} from '../../src/supervision/status.js'
import {
  EXECUTING,
  POLICY,
  RUN_ID,
  type TempRun,
  deadPid,
  runState,
  tempRun,
  writeRunState,
  FILES,
  PROCESSES
} from './support.js'

// POLICY: live_stale_timeout_sec 30, waiting_stale_timeout_sec 60.
const T0 = '2026-04-05T11:00:00Z'
const after = (seconds: number): Date => new Date(Date.parse(T0) + seconds * 1000)
const SUPERVISION = `.local/automation/plan_orchestrator/runs/${RUN_ID}/supervision`

let temp: TempRun
beforeEach(() => {
  temp = tempRun()
  writeRunState(temp.run, EXECUTING())
})
afterEach(() => temp.cleanup())

/** One heartbeat of `claim`, observed at T0, of the run state as it is on disk now. */
async function heartbeat(
  claim: Heartbeat['claim_class'],
  sessionId = 'svs_ledger'
): Promise<SupervisionLedger> {
  const ledger = new SupervisionLedger(
    temp.run,
    temp.layout,
    sessionId,
    POLICY,
    () => after(0),
    FILES
  )
  await ledger.open()
  const observed = await observeRunState(temp.run)
  await ledger.heartbeat({
    kernel_invocation_id: claim === 'live_attached' ? 'kernel_probed' : 'none',
    claim_class: claim,
    kernel_snapshot: observed.snapshot,
    probe_evidence: null,
    active_stage: null,
    diagnosis_snapshot: {
      kernel_status_level: null,
      pending_action_kind: null,
      recoverability_class: null,
      next_supervisor_action: null
    },
    rejection_reason: claim === 'attachment_unproven' ? 'probe_ack_missing' : null
  })
  return ledger
}

async function register(pid: number, host = hostname()): Promise<void> {
  await writeArtifact(FILES, BridgeRegistrationSchema, temp.layout.registrationPath, {
    schema_version: 'plan_orchestrator.supervision_bridge_registration.v1',
    run_id: RUN_ID,
    supervisor_session_id: 'svs_registered',
    kernel_invocation_id: 'kernel_registered',
    bridge_pid: pid,
    bridge_host: host,
    bridge_started_at_utc: T0,
    run_state_path: `.local/automation/plan_orchestrator/runs/${RUN_ID}/run_state.json`
  })
}

async function status(now: Date): Promise<SupervisionStatusReport['supervision_status']> {
  const report = await readSupervisionStatus(temp.repoRoot, RUN_ID, runStateReader, PROCESSES, now)
  expect(report.run_id).toBe(RUN_ID)
  return report.supervision_status
}

const claimOf = (
  s: SupervisionStatusReport['supervision_status']
): { claim: string; exit: number } => ({ claim: s.claim_class, exit: s.exit_code })

describe('readSupervisionStatus', () => {
  it('is snapshot_only (13) for a run that was never supervised', async () => {
    const report = await readSupervisionStatus(
      temp.repoRoot,
      RUN_ID,
      runStateReader,
      PROCESSES,
      after(0)
    )
    const s = report.supervision_status
    expect(claimOf(s)).toEqual({ claim: 'snapshot_only', exit: 13 })
    expect(s.reason).toContain('No supervision heartbeat ledger exists')
    expect(s).toMatchObject({
      last_heartbeat_claim_class: null,
      supervisor_session_id: null,
      supervisor_running: false,
      bridge_registration_path: null,
      latest_heartbeat_path: null,
      latest_intervention_path: null,
      active_stage: null,
      freshness_policy: null
    })
    expect(report.kernel_status.current_state).toBe('ST30_EXECUTING')
  })

  it('is live_attached (0) while the newest live heartbeat is fresh', async () => {
    await heartbeat('live_attached')
    const s = await status(after(10))
    expect(claimOf(s)).toEqual({ claim: 'live_attached', exit: 0 })
    expect(s).toMatchObject({
      last_heartbeat_claim_class: 'live_attached',
      supervisor_session_id: 'svs_ledger',
      kernel_invocation_id: 'kernel_probed',
      latest_heartbeat_path: `${SUPERVISION}/heartbeats/000001_20260405T110000Z.json`,
      latest_heartbeat_observed_at_utc: T0,
      freshness_policy: POLICY
    })
  })

  it('is snapshot_only, not unproven, for a stale live heartbeat beside the registration of a dead kernel', async () => {
    await heartbeat('live_attached')
    await register(deadPid())
    const s = await status(after(120))
    expect(claimOf(s)).toEqual({ claim: 'snapshot_only', exit: 13 })
    expect(s.reason).toBe('The last live proof is stale and no bridge is registered.')
    // The file is still reported, but its ids are not believed over the heartbeat's.
    expect(s.bridge_registration_path).toBe(`${SUPERVISION}/bridge_registration.json`)
    expect(s.supervisor_session_id).toBe('svs_ledger')
    expect(s.kernel_invocation_id).toBe('kernel_probed')
  })

  it('is snapshot_only when only a dead kernel’s registration exists', async () => {
    await register(deadPid())
    expect(claimOf(await status(after(0)))).toEqual({ claim: 'snapshot_only', exit: 13 })
  })

  it('is attachment_unproven (11) for a stale live heartbeat while a live bridge is registered', async () => {
    await heartbeat('live_attached')
    await register(process.pid)
    const s = await status(after(120))
    expect(claimOf(s)).toEqual({ claim: 'attachment_unproven', exit: 11 })
    expect(s.reason).toBe('The last live proof is 120 s old, past the 30 s limit.')
    expect(s.supervisor_session_id).toBe('svs_registered')
    expect(s.kernel_invocation_id).toBe('kernel_registered')
  })

  it('counts a registration on another host as live (its pid cannot be checked)', async () => {
    await heartbeat('live_attached')
    await register(deadPid(), 'elsewhere.invalid')
    expect(claimOf(await status(after(120)))).toEqual({ claim: 'attachment_unproven', exit: 11 })
  })

  it('is attachment_unproven (11) for a live registration with no heartbeat yet', async () => {
    await register(process.pid)
    const s = await status(after(0))
    expect(claimOf(s)).toEqual({ claim: 'attachment_unproven', exit: 11 })
    expect(s.latest_heartbeat_path).toBeNull()
  })

  it('reports the live active stage of a registered bridge', async () => {
    await heartbeat('live_attached')
    await register(process.pid)
    await writeArtifact(FILES, ActiveStageSchema, temp.layout.activeStagePath, {
      schema_version: 'plan_orchestrator.supervision_active_stage.v1',
      run_id: RUN_ID,
      supervisor_session_id: 'svs_registered',
      kernel_invocation_id: 'kernel_registered',
      stage_name: 'execute',
      item_id: '01',
      attempt_number: 2,
      child_tool: 'codex',
      child_pid: 4242,
      child_command: 'codex exec',
      running_children: 1,
      started_at_utc: T0,
      updated_at_utc: T0
    })
    const s = await status(after(5))
    expect(s.active_stage).toMatchObject({
      stage_name: 'execute',
      child_pid: 4242,
      active_stage_path: `${SUPERVISION}/active_stage.json`
    })
  })

  it('is terminal_observed (12) however old, until the run state changes', async () => {
    await heartbeat('terminal_observed')
    const s = await status(after(86_400))
    expect(claimOf(s)).toEqual({ claim: 'terminal_observed', exit: 12 })

    writeRunState(
      temp.run,
      runState('ST30_EXECUTING', '01', { '01': {} }, { updated_at_utc: '2026-04-06T09:00:00Z' })
    )
    const moved = await status(after(86_400))
    expect(claimOf(moved)).toEqual({ claim: 'snapshot_only', exit: 13 })
    expect(moved.reason).toContain('The run changed after the supervisor observed its stop')
    expect(moved.last_heartbeat_claim_class).toBe('terminal_observed')
  })

  it('is waiting_state_observed (10) while fresh and snapshot_only (13) once stale', async () => {
    await heartbeat('waiting_state_observed')
    expect(claimOf(await status(after(59)))).toEqual({ claim: 'waiting_state_observed', exit: 10 })
    const stale = await status(after(61))
    expect(claimOf(stale)).toEqual({ claim: 'snapshot_only', exit: 13 })
    expect(stale.reason).toBe('The waiting observation is 61 s old, past the 60 s limit.')
  })

  it('does not believe a torn newest heartbeat', async () => {
    await heartbeat('live_attached')
    writeFileSync(join(temp.layout.heartbeatsDir, '000002_20260405T110005Z.json'), '{"sche')
    const s = await status(after(6))
    expect(claimOf(s)).toEqual({ claim: 'snapshot_only', exit: 13 })
    expect(s.reason).toContain('missing or invalid')
    expect(s.latest_heartbeat_path).toBe(`${SUPERVISION}/heartbeats/000002_20260405T110005Z.json`)
  })

  it('says whether the supervisor holding the lock still runs, and shows the latest intervention', async () => {
    const ledger = await heartbeat('live_attached')
    await ledger.intervention({
      action_kind: 'attach_kernel',
      item_id: null,
      attempt_number: null,
      terminal_state: null,
      recoverability_class: 'observed',
      fingerprint: null,
      reason: 'Launched kernel kernel_probed.',
      result_status: 'applied',
      command: ['plan-orchestrator', 'run'],
      related_paths: [],
      evidence_paths: [],
      evidence_package_sha256: null,
      kernel_exit: null,
      notes: []
    })
    const owner = (pid: number) => ({
      schema_version: 'plan_orchestrator.supervision_control_lock.v1' as const,
      run_id: RUN_ID,
      supervisor_session_id: 'svs_ledger',
      owner_pid: pid,
      owner_host: hostname(),
      acquired_at_utc: T0
    })
    await writeArtifact(
      FILES,
      ControlLockOwnerSchema,
      temp.layout.controlOwnerPath,
      owner(process.pid)
    )
    const running = await status(after(1))
    expect(running.supervisor_running).toBe(true)
    expect(running.latest_intervention_path).toBe(
      `${SUPERVISION}/interventions/000001_attach_kernel_20260405T110000Z.json`
    )
    expect(running.latest_intervention?.reason).toBe('Launched kernel kernel_probed.')

    await writeArtifact(
      FILES,
      ControlLockOwnerSchema,
      temp.layout.controlOwnerPath,
      owner(deadPid())
    )
    expect((await status(after(1))).supervisor_running).toBe(false)
  })
})
