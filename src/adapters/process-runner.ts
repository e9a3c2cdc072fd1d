import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import type { Readable } from 'node:stream'
import { DEFAULT_OPTIONS } from '../core/policy/runtime-policy.js'
import { describeError } from '../errors.js'
import { type CappedLog, type LogSize, openCappedLog } from './capped-log.js'
import { liveChildren } from './live-children.js'
import { terminateProcessGroup } from './process-group.js'
import { type Stage, type StageBinding, type StopOutcome, openStage } from './stage-processes.js'

export { buildAgentEnv, buildChildEnv } from './child-env.js'
export type { ChildEnvOptions } from './child-env.js'
export type { LogSize } from './capped-log.js'
export type { StageBinding } from './stage-processes.js'

/**
 * The one way this project starts a child process (agents, verification commands): in its
 * own process group and stage (stage-processes.ts), stdin never inherited, output to log
 * files of bounded size, bounded by a wall-clock and an idle timeout, and nothing it started
 * left running when it returns, not even what left its process group.
 */

export type StdinSource =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'ignore' }

export type OutputStream = 'stdout' | 'stderr'

export interface ProcessSpec {
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string>>
  /** `text` is written and then closed; an inherited stdin can block a CLI forever. */
  readonly stdin: StdinSource
  /** Truncated per run unless `appendLogs`. The same path for both merges the streams. */
  readonly stdoutPath: string
  readonly stderrPath: string
  readonly appendLogs?: boolean
  /**
   * Most bytes a log file gets from this run (`max_log_bytes`; default its default): the head
   * and the tail of a longer output, with a marker between them; the rest is only counted.
   */
  readonly maxLogBytes?: number
  /** Wall-clock limit; 0 disables it. */
  readonly timeoutMs: number
  /** Killed after this long without a byte on stdout or stderr; 0 or absent disables it. */
  readonly idleTimeoutMs?: number
  /** Time between SIGTERM and SIGKILL to the group. */
  readonly killGraceMs: number
  /** Each complete output line, for liveness and live parsing. */
  readonly onLine?: (line: string, stream: OutputStream) => void
  /** Called once the child runs; its pid is also its process-group id. */
  readonly onSpawn?: (pid: number) => void
  /** Run the child as the agent user (src/adapters/agent-user); absent: as this process. */
  readonly runAs?: RunAs
  /**
   * Whose child this is (run, item, attempt, stage): its processes are recorded beside the
   * run state until they are all stopped. Without it the stage is anonymous, and is still
   * stopped whole when the child is done.
   */
  readonly stage?: StageBinding
}

/** What starting a child as another OS user takes: the command line, environment and ids. */
export interface SpawnTarget {
  readonly command: string
  readonly args: readonly string[]
  readonly env: Readonly<Record<string, string>>
  readonly uid?: number
  readonly gid?: number
}

export interface RunAs {
  spawnTarget(
    command: string,
    args: readonly string[],
    env: Readonly<Record<string, string>>
  ): SpawnTarget
  /** After the child's group is gone: stops whatever else the user still runs; throws if it cannot. */
  afterExit(): Promise<void>
}

export interface ProcessResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly timedOut: 'wall' | 'idle' | false
  readonly durationMs: number
  /** Also the process-group id; null when the process never started. */
  readonly pid: number | null
  /** Why the process could not be started (missing binary, missing cwd, unwritable log). */
  readonly spawnError: string | null
  /** How much each stream wrote; merged streams share one object. Always set by runProcess. */
  readonly logs?: { readonly stdout: LogSize; readonly stderr: LogSize }
  /** Processes of the stage that outlived the child and were stopped (or could not be). */
  readonly strays?: StopOutcome
}

type ExitEvent =
  | { readonly kind: 'exit'; readonly code: number | null; readonly signal: NodeJS.Signals | null }
  | { readonly kind: 'error'; readonly error: Error }

/** How long to wait for output pipes to drain once the group is gone. */
const PIPE_DRAIN_MS = 1000

export async function runProcess(spec: ProcessSpec): Promise<ProcessResult> {
  const started = performance.now()
  const elapsed = (): number => Math.round(performance.now() - started)
  const nothingLogged: LogSize = { totalBytes: 0, truncated: false }
  let sinks: LogSinks | undefined
  const notStarted = (reason: string): ProcessResult => ({
    exitCode: null,
    signal: null,
    timedOut: false,
    durationMs: elapsed(),
    pid: null,
    spawnError: reason,
    logs: sinks?.sizes() ?? { stdout: nothingLogged, stderr: nothingLogged }
  })

  try {
    sinks = await openLogSinks(
      spec.stdoutPath,
      spec.stderrPath,
      spec.appendLogs ? 'a' : 'w',
      spec.maxLogBytes ?? DEFAULT_OPTIONS.max_log_bytes
    )
  } catch (error) {
    return notStarted(`cannot open log files: ${describeError(error)}`)
  }
  const logs = sinks
  const stage: Stage = await openStage(spec.stage)
  const env = stage.environment(spec.env)

  const target: SpawnTarget = spec.runAs
    ? spec.runAs.spawnTarget(spec.command, spec.args, env)
    : { command: spec.command, args: spec.args, env }
  let child: ReturnType<typeof spawn>
  try {
    child = stage.start(() =>
      spawn(target.command, [...target.args], {
        cwd: spec.cwd,
        env: { ...target.env },
        detached: true,
        stdio: [spec.stdin.kind === 'text' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        ...(target.uid === undefined ? {} : { uid: target.uid }),
        ...(target.gid === undefined ? {} : { gid: target.gid })
      })
    )
  } catch (error) {
    await stage.close(spec.killGraceMs)
    await logs.close()
    return notStarted(describeError(error))
  }

  const exited = new Promise<ExitEvent>((resolve) => {
    child.once('error', (error) => resolve({ kind: 'error', error }))
    child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }))
  })

  let lastOutputAt = performance.now()
  const pipesClosed = [child.stdout, child.stderr].map((stream, index) => {
    const name: OutputStream = index === 0 ? 'stdout' : 'stderr'
    return pumpOutput(stream, logs[name], name, spec.onLine, () => {
      lastOutputAt = performance.now()
    })
  })

  if (spec.stdin.kind === 'text' && child.stdin) {
    // A child that exits without reading its stdin makes the write fail with EPIPE.
    child.stdin.on('error', () => undefined)
    child.stdin.end(spec.stdin.text)
  }

  const pid = child.pid ?? null
  if (pid !== null) {
    stage.started(pid, spec.command)
    liveChildren.add({
      pid,
      command: spec.command,
      args: spec.args,
      cwd: spec.cwd,
      startedAtMs: Date.now()
    })
  }
  if (pid !== null && spec.onSpawn) observe(() => spec.onSpawn?.(pid))

  let timedOut: ProcessResult['timedOut'] = false
  let termination: Promise<void> | null = null
  const timeOut = (kind: 'wall' | 'idle'): void => {
    if (timedOut !== false || pid === null) return
    timedOut = kind
    termination = terminateProcessGroup(pid, spec.killGraceMs)
  }

  const wallTimer =
    spec.timeoutMs > 0 ? setTimeout(() => timeOut('wall'), spec.timeoutMs) : undefined
  let idleTimer: NodeJS.Timeout | undefined
  const idleMs = spec.idleTimeoutMs ?? 0
  const watchIdle = (delayMs: number): void => {
    idleTimer = setTimeout(() => {
      const quietFor = performance.now() - lastOutputAt
      if (quietFor >= idleMs) timeOut('idle')
      else watchIdle(idleMs - quietFor)
    }, delayMs)
  }
  if (idleMs > 0) watchIdle(idleMs)

  let exit: ExitEvent
  try {
    exit = await exited
    clearTimeout(wallTimer)
    clearTimeout(idleTimer)
    // Whatever the child left behind in its group (a daemon, a native binary under an npm
    // wrapper) goes with it, so no stage outlives its own run.
    await (termination ?? (pid === null ? undefined : terminateProcessGroup(pid, spec.killGraceMs)))
    // A daemon that left the group (setsid) still runs as the agent user: it goes too.
    await spec.runAs?.afterExit()
  } finally {
    if (pid !== null) liveChildren.remove(pid)
  }
  // Then whatever left the group: a setsid daemon, a double fork, anything of the stage.
  const strays = await stage.close(spec.killGraceMs)

  if (exit.kind === 'error' && pid === null) {
    await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => undefined)
    await logs.close()
    return notStarted(describeError(exit.error))
  }
  await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => {
    child.stdout?.destroy()
    child.stderr?.destroy()
  })
  await logs.close()

  return {
    exitCode: exit.kind === 'exit' ? exit.code : null,
    signal: exit.kind === 'exit' ? exit.signal : null,
    timedOut,
    durationMs: elapsed(),
    pid,
    spawnError: exit.kind === 'error' ? describeError(exit.error) : null,
    logs: logs.sizes(),
    ...(strays.found.length > 0 ? { strays } : {})
  }
}

interface LogSinks {
  readonly stdout: CappedLog
  readonly stderr: CappedLog
  sizes(): ProcessResult['logs']
  close(): Promise<void>
}

async function openLogSinks(
  stdoutPath: string,
  stderrPath: string,
  flags: 'w' | 'a',
  maxBytes: number
): Promise<LogSinks> {
  await mkdir(dirname(stdoutPath), { recursive: true })
  await mkdir(dirname(stderrPath), { recursive: true })
  const stdout = await openCappedLog(stdoutPath, flags, maxBytes)
  const stderr =
    stderrPath === stdoutPath ? stdout : await openCappedLog(stderrPath, flags, maxBytes)
  const logs = stdout === stderr ? [stdout] : [stdout, stderr]
  return {
    stdout,
    stderr,
    sizes: () => {
      const out = stdout.size()
      return { stdout: out, stderr: stderr === stdout ? out : stderr.size() }
    },
    close: async () => {
      await Promise.all(logs.map((log) => log.close()))
    }
  }
}

function pumpOutput(
  stream: Readable | null,
  sink: CappedLog,
  name: OutputStream,
  onLine: ProcessSpec['onLine'],
  onActivity: () => void
): Promise<void> {
  if (!stream) return Promise.resolve()
  const decoder = new StringDecoder('utf8')
  let partial = ''
  const emitLines = (text: string): void => {
    if (!onLine) return
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) observe(() => onLine(line.replace(/\r$/, ''), name))
  }
  stream.on('data', (chunk: Buffer) => {
    onActivity()
    sink.write(chunk)
    emitLines(decoder.write(chunk))
  })
  return new Promise((resolve) => {
    stream.once('close', () => {
      emitLines(decoder.end())
      if (onLine && partial !== '') observe(() => onLine(partial, name))
      partial = ''
      resolve()
    })
  })
}

/**
 * Runs an observer callback. A throwing observer must not abandon a running child (the
 * timeouts would never fire) nor crash the orchestrator from inside a stream event.
 */
function observe(callback: () => void): void {
  try {
    callback()
  } catch {
    // Observers are best-effort by contract.
  }
}

async function settleWithin(
  work: Promise<unknown>,
  limitMs: number,
  onLate: () => void
): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), limitMs)
  })
  const outcome = await Promise.race([work.then(() => 'done' as const), late])
  clearTimeout(timer)
  if (outcome === 'late') onLate()
}
