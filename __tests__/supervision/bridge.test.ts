import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { setTimeout as delay } from 'node:timers/promises'
import { liveChildren } from '../../src/adapters/live-children.js'
import { isoSeconds } from '../../src/core/time.js'
import {
  type ActiveStage,
  ActiveStageSchema,
  BridgeRegistrationSchema,
  type ProbeAck,
  ProbeAckSchema,
  type ProbeRequest,
  ProbeRequestSchema
} from '../../src/core/schemas/supervision.js'
import { UserInputError } from '../../src/errors.js'
import { loadedValue, readArtifact, writeArtifact } from '../../src/supervision/artifacts.js'
import {
  type Bridge,
  type BridgeIdentity,
  SUPERVISION_ENV,
  bridgeIdentityFromEnv,
  runIdOverride,
  startBridge
} from '../../src/supervision/bridge.js'
import {
  EXECUTING,
  RUN_ID,
  type TempRun,
  eventually,
  runState,
  tempRun,
  writeRunState,
  FILES,
  BRIDGE_PORTS
} from './support.js'

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

const IDENTITY: BridgeIdentity = { sessionId: 'svs_bridge', invocationId: 'kernel_one' }
const RUN_STATE_PATH = `.local/automation/plan_orchestrator/runs/${RUN_ID}/run_state.json`
const ACTIVE_STAGE_PATH = `.local/automation/plan_orchestrator/runs/${RUN_ID}/supervision/active_stage.json`

/** How long a negative check gives the bridge (it polls every 100 ms) to answer anyway. */
const NO_ANSWER_MS = 600

let temp: TempRun
let bridge: Bridge | undefined
const childPids: number[] = []
let sequence = 0

beforeEach(() => {
  temp = tempRun()
})
afterEach(async () => {
  for (const pid of childPids.splice(0)) liveChildren.remove(pid)
  await bridge?.stop()
  bridge = undefined
  temp.cleanup()
})

function request(overrides: Partial<ProbeRequest> = {}): ProbeRequest {
  sequence += 1
  const now = Date.now()
  return {
    schema_version: 'plan_orchestrator.supervision_probe_request.v1',
    run_id: RUN_ID,
    supervisor_session_id: IDENTITY.sessionId,
    kernel_invocation_id: IDENTITY.invocationId,
    probe_sequence: sequence,
    probe_nonce: randomBytes(16).toString('hex'),
    issued_at_utc: isoSeconds(new Date(now)),
    expires_at_utc: isoSeconds(new Date(now + 5000)),
    ...overrides
  }
}

async function send(probe: ProbeRequest): Promise<void> {
  await writeArtifact(FILES, ProbeRequestSchema, temp.layout.probeRequestPath, probe)
}

async function ack(): Promise<ProbeAck | undefined> {
  return loadedValue(await readArtifact(ProbeAckSchema, temp.layout.probeAckPath))
}

async function ackFor(probe: ProbeRequest): Promise<ProbeAck> {
  return eventually(async () => {
    const found = await ack()
    return found?.probe_nonce === probe.probe_nonce ? found : undefined
  }, 2000)
}

async function activeStage(): Promise<ActiveStage | undefined> {
  return loadedValue(await readArtifact(ActiveStageSchema, temp.layout.activeStagePath))
}

function addChild(pid: number, command: string, args: string[], startedAtMs = Date.now()): void {
  childPids.push(pid)
  liveChildren.add({ pid, command, args, cwd: temp.repoRoot, startedAtMs })
}

describe('startBridge', () => {
  it('writes a schema-valid registration and clears leftovers of an earlier kernel', async () => {
    writeRunState(temp.run, EXECUTING())
    mkdirSync(temp.layout.root, { recursive: true })
    for (const path of [
      temp.layout.probeRequestPath,
      temp.layout.probeAckPath,
      temp.layout.activeStagePath
    ])
      writeFileSync(path, '{"left": "over"}')

    const before = Date.now()
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const registration = await readArtifact(BridgeRegistrationSchema, temp.layout.registrationPath)
    expect(registration.kind).toBe('ok')
    const value = loadedValue(registration)
    expect(value).toMatchObject({
      run_id: RUN_ID,
      supervisor_session_id: 'svs_bridge',
      kernel_invocation_id: 'kernel_one',
      bridge_pid: process.pid,
      bridge_host: hostname(),
      run_state_path: RUN_STATE_PATH
    })
    expect(Date.parse(value?.bridge_started_at_utc ?? '')).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000
    )
    expect(existsSync(temp.layout.probeRequestPath)).toBe(false)
    expect(existsSync(temp.layout.probeAckPath)).toBe(false)
    expect(existsSync(temp.layout.activeStagePath)).toBe(false)
    for (const dir of [
      temp.layout.heartbeatsDir,
      temp.layout.interventionsDir,
      temp.layout.invocationsDir
    ])
      expect(existsSync(dir)).toBe(true)
  })

  it('answers a matching probe with the same nonce and the hash of the run state', async () => {
    const text = writeRunState(temp.run, EXECUTING())
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const probe = request()
    await send(probe)
    const answer = await ackFor(probe)
    expect(answer).toMatchObject({
      run_id: RUN_ID,
      supervisor_session_id: 'svs_bridge',
      kernel_invocation_id: 'kernel_one',
      probe_sequence: probe.probe_sequence,
      probe_nonce: probe.probe_nonce,
      kernel_snapshot: {
        run_state_path: RUN_STATE_PATH,
        run_state_sha256: sha256(text),
        current_state: 'ST30_EXECUTING',
        current_item_id: '01',
        active_stage_present: false,
        active_stage_path: null,
        active_stage_sha256: null,
        run_state_updated_at_utc: EXECUTING().updated_at_utc
      }
    })
    expect(Date.parse(answer.acked_at_utc)).toBeLessThanOrEqual(Date.parse(probe.expires_at_utc))

    // A later probe is answered too, describing the run state as it is now.
    const moved = writeRunState(temp.run, runState('ST40_VERIFYING', '01', { '01': {} }))
    const next = request()
    await send(next)
    const second = await ackFor(next)
    expect(second.kernel_snapshot.run_state_sha256).toBe(sha256(moved))
    expect(second.kernel_snapshot.current_state).toBe('ST40_VERIFYING')
  })

  it('does not answer a probe of another supervisor session or kernel invocation', async () => {
    writeRunState(temp.run, EXECUTING())
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    await send(request({ supervisor_session_id: 'svs_someone_else' }))
    await delay(NO_ANSWER_MS)
    expect(existsSync(temp.layout.probeAckPath)).toBe(false)
    await send(request({ kernel_invocation_id: 'kernel_other' }))
    await delay(NO_ANSWER_MS)
    expect(existsSync(temp.layout.probeAckPath)).toBe(false)

    // The same bridge does answer its own session: the silence above was a refusal.
    const own = request()
    await send(own)
    expect((await ackFor(own)).probe_nonce).toBe(own.probe_nonce)
  })

  it('does not answer a probe that has already expired', async () => {
    writeRunState(temp.run, EXECUTING())
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const now = Date.now()
    await send(
      request({
        issued_at_utc: isoSeconds(new Date(now - 20_000)),
        expires_at_utc: isoSeconds(new Date(now - 10_000))
      })
    )
    await delay(NO_ANSWER_MS)
    expect(existsSync(temp.layout.probeAckPath)).toBe(false)

    const fresh = request()
    await send(fresh)
    expect((await ackFor(fresh)).probe_nonce).toBe(fresh.probe_nonce)
  })

  it('does not answer while the run state cannot be read', async () => {
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const probe = request()
    await send(probe)
    await delay(NO_ANSWER_MS)
    expect(existsSync(temp.layout.probeAckPath)).toBe(false)
    // Once the kernel has saved its state, the same pending probe is answered.
    writeRunState(temp.run, EXECUTING())
    expect((await ackFor(probe)).probe_nonce).toBe(probe.probe_nonce)
  })

  it('publishes the newest running child as the active stage, and withdraws it when none runs', async () => {
    writeRunState(temp.run, EXECUTING())
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const started = Date.parse('2026-04-05T11:02:03.456Z')
    addChild(424_201, '/usr/bin/codex', ['exec', '--json', 'do the thing'], started)

    const stage = await eventually(activeStage)
    expect(stage).toMatchObject({
      run_id: RUN_ID,
      supervisor_session_id: 'svs_bridge',
      kernel_invocation_id: 'kernel_one',
      stage_name: 'execute',
      item_id: '01',
      attempt_number: 2,
      child_tool: 'codex',
      child_pid: 424_201,
      child_command: '/usr/bin/codex exec --json do the thing',
      running_children: 1,
      started_at_utc: '2026-04-05T11:02:03Z'
    })

    addChild(424_202, 'node', ['/opt/agents/claude-fake.js', '--print'])
    const second = await eventually(async () => {
      const found = await activeStage()
      return found?.child_pid === 424_202 ? found : undefined
    })
    expect(second.running_children).toBe(2)
    expect(second.child_tool).toBe('claude-fake.js')

    // The ack describes the stage file exactly as it is on disk.
    const probe = request()
    await send(probe)
    const answer = await ackFor(probe)
    expect(answer.kernel_snapshot).toMatchObject({
      active_stage_present: true,
      active_stage_path: ACTIVE_STAGE_PATH,
      active_stage_sha256: sha256(readFileSync(temp.layout.activeStagePath))
    })

    liveChildren.remove(424_202)
    const back = await eventually(async () => {
      const found = await activeStage()
      return found?.child_pid === 424_201 ? found : undefined
    })
    expect(back.running_children).toBe(1)

    liveChildren.remove(424_201)
    await eventually(() => (existsSync(temp.layout.activeStagePath) ? undefined : true))
  })

  it.each([
    ['ST40_VERIFYING', 'verify'],
    ['ST61_AUDITING_CLAUDE', 'audit_claude'],
    ['ST95_REMEDIATING', 'remediation'],
    ['ST20_CONTEXT_PREPARED', 'unknown']
  ] as const)('names the stage of %s %s', async (state, stageName) => {
    writeRunState(temp.run, runState(state, '01', { '01': {} }))
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    addChild(424_301, 'git', ['status'])
    const stage = await eventually(activeStage)
    expect(stage.stage_name).toBe(stageName)
    expect(stage.attempt_number).toBe(1)
  })

  it('names a child run as `node <script>` by its script', async () => {
    writeRunState(temp.run, EXECUTING())
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    addChild(424_351, process.execPath, ['/opt/agents/scripted-agent.js', '--scenario', 's.json'])
    expect((await eventually(activeStage)).child_tool).toBe('scripted-agent.js')
  })

  // The scripted agent runs as this process's interpreter, whatever its file is called.
  it('names a child run by this process’s own interpreter by its script, whatever the interpreter is called', async () => {
    writeRunState(temp.run, EXECUTING())
    bridge = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    const realExecPath = process.execPath
    process.execPath = '/opt/node-v20/bin/node20'
    try {
      addChild(424_352, process.execPath, ['/opt/agents/scripted-agent.js'])
      expect((await eventually(activeStage)).child_tool).toBe('scripted-agent.js')
    } finally {
      process.execPath = realExecPath
    }
  })

  it('stop() withdraws registration, request, ack and active stage, and stops listening', async () => {
    writeRunState(temp.run, EXECUTING())
    const exitListeners = process.listenerCount('exit')
    const started = await startBridge(temp.run, IDENTITY, BRIDGE_PORTS)
    expect(process.listenerCount('exit')).toBe(exitListeners + 1)
    addChild(424_401, 'git', ['fetch'])
    await eventually(activeStage)
    const probe = request()
    await send(probe)
    await ackFor(probe)

    await started.stop()
    for (const path of [
      temp.layout.registrationPath,
      temp.layout.probeRequestPath,
      temp.layout.probeAckPath,
      temp.layout.activeStagePath
    ])
      expect({ path, exists: existsSync(path) }).toEqual({ path, exists: false })
    expect(process.listenerCount('exit')).toBe(exitListeners)

    // Nothing answers or publishes any more.
    addChild(424_402, 'git', ['push'])
    await send(request())
    await delay(NO_ANSWER_MS)
    expect(existsSync(temp.layout.probeAckPath)).toBe(false)
    expect(existsSync(temp.layout.activeStagePath)).toBe(false)
  })
})

describe('bridge environment', () => {
  const ENABLED = {
    [SUPERVISION_ENV.enabled]: '1',
    [SUPERVISION_ENV.sessionId]: '  svs_abc \n',
    [SUPERVISION_ENV.invocationId]: '\tkernel_def '
  }

  it('is enabled only by exactly "1", with both ids present; ids are trimmed', () => {
    expect(bridgeIdentityFromEnv(ENABLED)).toEqual({
      sessionId: 'svs_abc',
      invocationId: 'kernel_def'
    })
    expect(bridgeIdentityFromEnv({})).toBeUndefined()
    for (const enabled of ['true', ' 1', '1 ', '01', 'yes', '', undefined])
      expect(bridgeIdentityFromEnv({ ...ENABLED, [SUPERVISION_ENV.enabled]: enabled })).toBe(
        undefined
      )
    expect(bridgeIdentityFromEnv({ ...ENABLED, [SUPERVISION_ENV.sessionId]: '   ' })).toBe(
      undefined
    )
    expect(bridgeIdentityFromEnv({ ...ENABLED, [SUPERVISION_ENV.invocationId]: undefined })).toBe(
      undefined
    )
  })

  it('reads a trimmed run id override only under a supervisor', () => {
    const override = { ...ENABLED, [SUPERVISION_ENV.runIdOverride]: ` ${RUN_ID}\n` }
    expect(runIdOverride(override)).toBe(RUN_ID)
    expect(runIdOverride({ ...ENABLED })).toBeUndefined()
    expect(runIdOverride({ ...ENABLED, [SUPERVISION_ENV.runIdOverride]: '  ' })).toBeUndefined()
    // Without the bridge variables the override is ignored, even when it is not a run id.
    expect(runIdOverride({ [SUPERVISION_ENV.runIdOverride]: RUN_ID })).toBeUndefined()
    expect(runIdOverride({ [SUPERVISION_ENV.runIdOverride]: 'garbage' })).toBeUndefined()
  })

  it('refuses an override that is not a run id', () => {
    for (const bad of ['garbage', 'RUN_20260405T110000Z_0123ABCD', `${RUN_ID}x`]) {
      const env = { ...ENABLED, [SUPERVISION_ENV.runIdOverride]: bad }
      expect(() => runIdOverride(env)).toThrow(UserInputError)
      expect(() => runIdOverride(env)).toThrow(`${SUPERVISION_ENV.runIdOverride}=${bad}`)
    }
  })
})
