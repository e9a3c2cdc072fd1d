import { readFile } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { basename } from 'node:path'
import { hostname } from 'node:os'
import { parseRunState } from '../core/run/run-state-file.js'
import { type RunLayout, repoRelative } from '../core/run/layout.js'
import { stageOfState } from '../core/run/lifecycle.js'
import { runIdProblem } from '../core/run/run-id.js'
import { type RunState } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import {
  ActiveStageSchema,
  BridgeRegistrationSchema,
  type ProbeAck,
  ProbeAckSchema,
  ProbeRequestSchema,
  SUPERVISION_SCHEMA_VERSIONS
} from '../core/schemas/supervision.js'
import { isoSeconds } from '../core/time.js'
import {
  type SupervisionLayout,
  ensureSupervisionDirs,
  readArtifact,
  removeFiles,
  sha256Hex,
  supervisionLayout,
  writeArtifact
} from './artifacts.js'
import type { ArtifactFiles, BridgePorts, LiveChild } from './ports.js'

/**
 * The kernel's side of supervision. When a supervisor launched this kernel, the bridge
 * registers it, answers the supervisor's probes and publishes the child process the kernel
 * is waiting on. It lives on the kernel's event loop, so an answered probe also proves the
 * kernel is not wedged in synchronous work; it never touches the run state.
 */

export const SUPERVISION_ENV = {
  enabled: 'PLAN_ORCHESTRATOR_SUPERVISION_ENABLED',
  sessionId: 'PLAN_ORCHESTRATOR_SUPERVISOR_SESSION_ID',
  invocationId: 'PLAN_ORCHESTRATOR_KERNEL_INVOCATION_ID',
  runIdOverride: 'PLAN_ORCHESTRATOR_RUN_ID_OVERRIDE'
} as const

export interface BridgeIdentity {
  readonly sessionId: string
  readonly invocationId: string
}

export function bridgeIdentityFromEnv(
  env: Readonly<Record<string, string | undefined>>
): BridgeIdentity | undefined {
  const sessionId = env[SUPERVISION_ENV.sessionId]?.trim() ?? ''
  const invocationId = env[SUPERVISION_ENV.invocationId]?.trim() ?? ''
  if (env[SUPERVISION_ENV.enabled] !== '1' || sessionId === '' || invocationId === '')
    return undefined
  return { sessionId, invocationId }
}

const POLL_MS = 100

/** How much of a child's argv the active stage shows; prompts can be long. */
const COMMAND_LIMIT = 2000

export interface Bridge {
  stop(): Promise<void>
}

/** Registers and starts answering; a bridge that cannot start leaves the kernel unsupervised. */
export async function startBridge(
  run: RunLayout,
  identity: BridgeIdentity,
  ports: BridgePorts
): Promise<Bridge> {
  const layout = supervisionLayout(run)
  await ensureSupervisionDirs(layout)
  await removeFiles([layout.probeRequestPath, layout.probeAckPath, layout.activeStagePath])
  await writeArtifact(ports.files, BridgeRegistrationSchema, layout.registrationPath, {
    schema_version: SUPERVISION_SCHEMA_VERSIONS.registration,
    run_id: run.runId,
    supervisor_session_id: identity.sessionId,
    kernel_invocation_id: identity.invocationId,
    bridge_pid: process.pid,
    bridge_host: hostname(),
    bridge_started_at_utc: isoSeconds(new Date()),
    run_state_path: repoRelative(run.repoRoot, run.runStatePath)
  })
  const ephemeral = [
    layout.activeStagePath,
    layout.probeAckPath,
    layout.probeRequestPath,
    layout.registrationPath
  ]
  // A kernel that exits abruptly (a signal, process.exit) still withdraws its registration,
  // so nobody probes a process that is gone. Only SIGKILL leaves the files behind.
  const onExit = (): void => {
    for (const path of ephemeral) rmSync(path, { force: true })
  }
  process.on('exit', onExit)

  const answerer = new ProbeAnswerer(run, layout, identity, ports.files)
  const publisher = new ActiveStagePublisher(run, layout, identity, ports.files)
  const unsubscribe = ports.liveChildren.subscribe((children) => publisher.publish(children))
  const timer = setInterval(() => answerer.tick(), POLL_MS)
  timer.unref()

  return {
    async stop() {
      clearInterval(timer)
      unsubscribe()
      await answerer.idle()
      await publisher.idle()
      process.removeListener('exit', onExit)
      await removeFiles(ephemeral)
    }
  }
}

/** Serializes async work: one at a time, in order, failures swallowed (the bridge is best-effort). */
class SerialQueue {
  private tail: Promise<void> = Promise.resolve()
  busy = false

  push(work: () => Promise<void>): void {
    this.busy = true
    this.tail = this.tail
      .then(work)
      .catch(() => undefined)
      .finally(() => {
        this.busy = false
      })
  }

  idle(): Promise<void> {
    return this.tail
  }
}

class ProbeAnswerer {
  private readonly queue = new SerialQueue()
  private answered: string | undefined

  constructor(
    private readonly run: RunLayout,
    private readonly layout: SupervisionLayout,
    private readonly identity: BridgeIdentity,
    private readonly files: ArtifactFiles
  ) {}

  tick(): void {
    if (this.queue.busy) return
    this.queue.push(() => this.answer())
  }

  idle(): Promise<void> {
    return this.queue.idle()
  }

  private async answer(): Promise<void> {
    const loaded = await readArtifact(ProbeRequestSchema, this.layout.probeRequestPath)
    if (loaded.kind !== 'ok') return
    const request = loaded.value
    if (
      request.run_id !== this.run.runId ||
      request.supervisor_session_id !== this.identity.sessionId ||
      request.kernel_invocation_id !== this.identity.invocationId
    )
      return
    const key = `${request.probe_sequence}:${request.probe_nonce}`
    if (key === this.answered) return
    const now = new Date()
    if (Date.parse(request.expires_at_utc) + 999 < now.getTime()) {
      this.answered = key
      return
    }
    const snapshot = await kernelSnapshot(this.run, this.layout)
    if (snapshot === undefined) return
    const ack: ProbeAck = {
      schema_version: SUPERVISION_SCHEMA_VERSIONS.probeAck,
      run_id: request.run_id,
      supervisor_session_id: request.supervisor_session_id,
      kernel_invocation_id: request.kernel_invocation_id,
      probe_sequence: request.probe_sequence,
      probe_nonce: request.probe_nonce,
      acked_at_utc: isoSeconds(now),
      kernel_snapshot: snapshot
    }
    await writeArtifact(this.files, ProbeAckSchema, this.layout.probeAckPath, ack)
    this.answered = key
  }
}

async function kernelSnapshot(
  run: RunLayout,
  layout: SupervisionLayout
): Promise<ProbeAck['kernel_snapshot'] | undefined> {
  let bytes: Buffer
  try {
    bytes = await readFile(run.runStatePath)
  } catch {
    return undefined
  }
  let state: RunState
  try {
    state = parseRunState(run.runStatePath, bytes.toString('utf8'))
  } catch {
    return undefined
  }
  const stage = await readArtifact(ActiveStageSchema, layout.activeStagePath)
  return {
    run_state_path: repoRelative(run.repoRoot, run.runStatePath),
    run_state_sha256: sha256Hex(bytes),
    current_state: state.current_state,
    current_item_id: state.current_item_id,
    active_stage_present: stage.kind === 'ok',
    active_stage_path:
      stage.kind === 'ok' ? repoRelative(run.repoRoot, layout.activeStagePath) : null,
    active_stage_sha256: stage.kind === 'ok' ? stage.sha256 : null,
    run_state_updated_at_utc: state.updated_at_utc
  }
}

/** Keeps active_stage.json equal to the newest running child, or absent when none runs. */
class ActiveStagePublisher {
  private readonly queue = new SerialQueue()

  constructor(
    private readonly run: RunLayout,
    private readonly layout: SupervisionLayout,
    private readonly identity: BridgeIdentity,
    private readonly files: ArtifactFiles
  ) {}

  publish(children: readonly LiveChild[]): void {
    const newest = children.at(-1)
    const count = children.length
    this.queue.push(async () => {
      if (newest === undefined) {
        await removeFiles([this.layout.activeStagePath])
        return
      }
      const state = await readRunState(this.run)
      const itemId = state?.current_item_id
      if (state === undefined || itemId === null || itemId === undefined) return
      const item = state.items.find((entry) => entry.item_id === itemId)
      await writeArtifact(this.files, ActiveStageSchema, this.layout.activeStagePath, {
        schema_version: SUPERVISION_SCHEMA_VERSIONS.activeStage,
        run_id: this.run.runId,
        supervisor_session_id: this.identity.sessionId,
        kernel_invocation_id: this.identity.invocationId,
        stage_name: stageOfState(state.current_state) ?? 'unknown',
        item_id: itemId,
        attempt_number: Math.max(1, item?.attempt_number ?? 1),
        child_tool: toolName(newest),
        child_pid: newest.pid,
        child_command: [newest.command, ...newest.args].join(' ').slice(0, COMMAND_LIMIT),
        running_children: count,
        started_at_utc: isoSeconds(new Date(newest.startedAtMs)),
        updated_at_utc: isoSeconds(new Date())
      })
    })
  }

  idle(): Promise<void> {
    return this.queue.idle()
  }
}

function toolName(child: LiveChild): string {
  const name = basename(child.command)
  // The scripted agent runs as `node <script>`; name it by its script.
  if ((name === 'node' || child.command === process.execPath) && child.args[0] !== undefined)
    return basename(child.args[0])
  return name
}

async function readRunState(run: RunLayout): Promise<RunState | undefined> {
  try {
    return parseRunState(run.runStatePath, await readFile(run.runStatePath, 'utf8'))
  } catch {
    return undefined
  }
}

/** Runs the kernel's work with a bridge when a supervisor launched this process. */
export async function withSupervisionBridge<T>(
  run: RunLayout,
  env: Readonly<Record<string, string | undefined>>,
  ports: BridgePorts,
  work: () => Promise<T>
): Promise<T> {
  const identity = bridgeIdentityFromEnv(env)
  // A bridge that cannot start costs the supervisor its proof, not the kernel its run.
  const bridge =
    identity === undefined
      ? undefined
      : await startBridge(run, identity, ports).catch(() => undefined)
  try {
    return await work()
  } finally {
    await bridge?.stop()
  }
}

/** The run id a supervisor allocated for the new run it launched, if any. */
export function runIdOverride(
  env: Readonly<Record<string, string | undefined>>
): string | undefined {
  const value = env[SUPERVISION_ENV.runIdOverride]?.trim()
  if (value === undefined || value === '' || bridgeIdentityFromEnv(env) === undefined)
    return undefined
  const problem = runIdProblem(value, SUPERVISION_ENV.runIdOverride, '=')
  if (problem !== undefined) throw new UserInputError(problem)
  return value
}
