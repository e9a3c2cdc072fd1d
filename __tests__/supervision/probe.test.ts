import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { liveChildren } from '../../src/adapters/live-children.js'
import { BridgeRegistrationSchema } from '../../src/core/schemas/supervision.js'
import type { FreshnessPolicy } from '../../src/core/supervision/claims.js'
import { isoSeconds } from '../../src/core/time.js'
import { writeArtifact } from '../../src/supervision/artifacts.js'
import { type Bridge, type BridgeIdentity, startBridge } from '../../src/supervision/bridge.js'
import { Prober } from '../../src/supervision/probe.js'
import {
  EXECUTING,
  POLICY,
  RUN_ID,
  type TempRun,
  eventually,
  tempRun,
  writeRunState,
  FILES,
  BRIDGE_PORTS
} from './support.js'

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

const IDENTITY: BridgeIdentity = { sessionId: 'svs_probe', invocationId: 'kernel_probed' }
/** Failing probes wait out the whole deadline; keep it short. */
const SHORT: FreshnessPolicy = { ...POLICY, probe_ack_deadline_sec: 1 }
const CHILD_PID = 425_001

let temp: TempRun
let bridge: Bridge | undefined

beforeEach(() => {
  temp = tempRun()
  writeRunState(temp.run, EXECUTING())
})
afterEach(async () => {
  liveChildren.remove(CHILD_PID)
  await bridge?.stop()
  bridge = undefined
  temp.cleanup()
})

function prober(policy: FreshnessPolicy = POLICY, firstSequence = 1): Prober {
  return new Prober(temp.run, temp.layout, IDENTITY.sessionId, policy, firstSequence, FILES)
}

describe('Prober', () => {
  it('proves a live bridge in a full round trip, with evidence of every file involved', async () => {
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const outcome = await prober(POLICY, 7).probe(IDENTITY.invocationId, undefined)
    expect(outcome.verdict).toEqual({ valid: true })
    expect(outcome.activeStage).toBeNull()
    expect(outcome.observed.state?.current_state).toBe('ST30_EXECUTING')
    expect(outcome.observed.snapshot.run_state_sha256).toBe(
      sha256(readFileSync(temp.run.runStatePath))
    )
    const evidence = outcome.evidence
    expect(evidence).toMatchObject({
      probe_sequence: 7,
      bridge_registration_path: `.local/automation/plan_orchestrator/runs/${RUN_ID}/supervision/bridge_registration.json`,
      bridge_registration_sha256: sha256(readFileSync(temp.layout.registrationPath)),
      probe_request_sha256: sha256(readFileSync(temp.layout.probeRequestPath)),
      probe_ack_sha256: sha256(readFileSync(temp.layout.probeAckPath))
    })
    expect(evidence.probe_nonce).toMatch(/^[0-9a-f]{32}$/)
    expect(evidence.probe_ack_at_utc).not.toBeNull()
    expect(Date.parse(evidence.probe_request_expires_at_utc)).toBe(
      Date.parse(evidence.probe_request_issued_at_utc) + POLICY.probe_ack_deadline_sec * 1000
    )
    const ack = JSON.parse(readFileSync(temp.layout.probeAckPath, 'utf8')) as {
      probe_nonce: string
    }
    expect(ack.probe_nonce).toBe(evidence.probe_nonce)
  })

  it('numbers successive probes and uses a fresh nonce each time', async () => {
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const probing = prober(POLICY, 3)
    const first = await probing.probe(IDENTITY.invocationId, undefined)
    const second = await probing.probe(IDENTITY.invocationId, first.evidence.probe_ack_at_utc ?? '')
    expect(first.verdict).toEqual({ valid: true })
    expect(second.verdict).toEqual({ valid: true })
    expect([first.evidence.probe_sequence, second.evidence.probe_sequence]).toEqual([3, 4])
    expect(second.evidence.probe_nonce).not.toBe(first.evidence.probe_nonce)
  })

  it('proves the active stage too, when the kernel runs a child', async () => {
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    liveChildren.add({
      pid: CHILD_PID,
      command: 'codex',
      args: ['exec'],
      cwd: temp.repoRoot,
      startedAtMs: Date.parse('2026-04-05T11:00:00Z')
    })
    await eventually(() => {
      try {
        return readFileSync(temp.layout.activeStagePath, 'utf8')
      } catch {
        return undefined
      }
    })
    const outcome = await prober().probe(IDENTITY.invocationId, undefined)
    expect(outcome.verdict).toEqual({ valid: true })
    expect(outcome.activeStage).toMatchObject({
      stage_name: 'execute',
      item_id: '01',
      attempt_number: 2,
      child_tool: 'codex',
      child_pid: CHILD_PID,
      started_at_utc: '2026-04-05T11:00:00Z',
      active_stage_sha256: sha256(readFileSync(temp.layout.activeStagePath))
    })
  })

  it('rejects an ack older than the previous heartbeat as not fresh', async () => {
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const future = isoSeconds(new Date(Date.now() + 3_600_000))
    const outcome = await prober().probe(IDENTITY.invocationId, future)
    expect(outcome.verdict).toEqual({ valid: false, rejection_reason: 'probe_ack_not_fresh' })
  })

  it('reports the registration missing when no bridge ever registered', async () => {
    const outcome = await prober(SHORT).probe(IDENTITY.invocationId, undefined)
    expect(outcome.verdict).toEqual({
      valid: false,
      rejection_reason: 'bridge_registration_missing'
    })
    expect(outcome.evidence).toMatchObject({
      probe_ack_at_utc: null,
      bridge_registration_sha256: null,
      probe_ack_sha256: null
    })
    // The request itself was written, for the record.
    expect(outcome.evidence.probe_request_sha256).toBe(
      sha256(readFileSync(temp.layout.probeRequestPath))
    )
  })

  it('reports the ack missing when a registration exists but nothing answers', async () => {
    await writeArtifact(FILES, BridgeRegistrationSchema, temp.layout.registrationPath, {
      schema_version: 'plan_orchestrator.supervision_bridge_registration.v1',
      run_id: RUN_ID,
      supervisor_session_id: IDENTITY.sessionId,
      kernel_invocation_id: IDENTITY.invocationId,
      bridge_pid: process.pid,
      bridge_host: hostname(),
      bridge_started_at_utc: isoSeconds(new Date()),
      run_state_path: `.local/automation/plan_orchestrator/runs/${RUN_ID}/run_state.json`
    })
    const outcome = await prober(SHORT).probe(IDENTITY.invocationId, undefined)
    expect(outcome.verdict).toEqual({ valid: false, rejection_reason: 'probe_ack_missing' })
    expect(outcome.evidence.probe_ack_at_utc).toBeNull()
  })

  it('gets no ack when it probes an invocation the live bridge is not', async () => {
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const outcome = await prober(SHORT).probe('kernel_someone_else', undefined)
    expect(outcome.verdict).toEqual({ valid: false, rejection_reason: 'probe_ack_missing' })
  })
})
