import { mkdir, readFile, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describeError } from '../../errors.js'
import type {
  AgentOutcome,
  AgentPort,
  AgentRequest,
  AgentStatus,
  Lane
} from '../../kernel/ports.js'
import { writeFileAtomically } from '../atomic-file.js'
import type { AgentIsolation } from '../agent-user/isolation.js'
import { runProcess } from '../process-runner.js'
import { describeStageProcess } from '../stage-processes.js'
import type { ProcessResult, RunAs, StdinSource } from '../process-runner.js'
import { CALL_HOME_VARIABLES, withCallHome } from './call-home.js'
import type { CallHomeSpec } from './call-home.js'

/**
 * What the CLI adapters share: the invocation as plain data (so argv can be tested without
 * running anything), running it through the shared runner, and settling the report file.
 */

export interface Invocation {
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  /** Without the home variables: the call's fresh home (`callHome`) sets those at run time. */
  readonly env: Readonly<Record<string, string>>
  /** Where the call's fresh, empty home is made, and the login file copied into it. */
  readonly callHome: CallHomeSpec
  readonly stdin: StdinSource
  /** Written before the run (the prompt file the CLI reads). */
  readonly files: readonly { readonly path: string; readonly content: string }[]
  /** Deleted before the run, so a stale report can never pass for a fresh one. */
  readonly removeBeforeRun: readonly string[]
  readonly stdoutPath: string
  readonly stderrPath: string
}

/** A finished run with its captured output, the input of the pure `parseResult`s. */
export interface RawRun {
  readonly process: ProcessResult
  readonly stdout: string
  readonly stderr: string
}

/** Reported to whoever watches stages (supervision's active_stage.json), and to tests. */
export interface AgentSpawnEvent {
  readonly pid: number
  readonly lane: Lane
  readonly itemId: string
  readonly attempt: number
  readonly command: string
  readonly args: readonly string[]
}

/** Options every CLI adapter takes. */
export interface CliAgentOptions {
  /** The executable; a bare name is looked up on the child's PATH. */
  readonly command?: string
  /** Extra variables the agent may see (e.g. proxies, `FAKE_AGENT_*` in tests). */
  readonly passThrough?: readonly string[]
  /** Where pass-through values come from; defaults to this process's environment. */
  readonly sourceEnv?: Readonly<Record<string, string | undefined>>
  readonly onSpawn?: (event: AgentSpawnEvent) => void
  /** Run as the agent user (docs/security.md); absent: as this process. */
  readonly agentUser?: AgentIsolation
  /** Where per-call homes are made; default RUNNER_TEMP, else the OS temp directory. */
  readonly callHomeParent?: string
  /** A separate OS user the calls run as; their homes are handed to it. */
  readonly callHomeOwner?: CallHomeSpec['owner']
}

export { logPathsFor, logStem } from '../../core/run/agent-logs.js'

/** `x.json` → `x.raw.json`: the agent's own output, kept beside the report. */
export function rawOutputPathFor(reportPath: string): string {
  return reportPath.endsWith('.json')
    ? `${reportPath.slice(0, -'.json'.length)}.raw.json`
    : `${reportPath}.raw.json`
}

export async function executeInvocation(
  invocation: Invocation,
  request: AgentRequest,
  onSpawn?: (pid: number) => void,
  runAs?: RunAs
): Promise<RawRun> {
  for (const file of invocation.files) {
    await mkdir(dirname(file.path), { recursive: true })
    // Never through a link an earlier agent left at the name (atomic-file.ts).
    await writeFileAtomically(file.path, file.content)
  }
  for (const path of invocation.removeBeforeRun) await rm(path, { force: true })
  await mkdir(dirname(request.reportPath), { recursive: true })

  const run = (homeEnv: Readonly<Record<string, string>>): Promise<ProcessResult> =>
    runProcess({
      command: invocation.command,
      args: invocation.args,
      cwd: invocation.cwd,
      env: { ...invocation.env, ...homeEnv },
      stdin: invocation.stdin,
      stdoutPath: invocation.stdoutPath,
      stderrPath: invocation.stderrPath,
      timeoutMs: request.timeoutMs,
      idleTimeoutMs: request.idleTimeoutMs,
      killGraceMs: request.killGraceMs,
      maxLogBytes: request.maxLogBytes,
      ...(request.stage === undefined ? {} : { stage: request.stage }),
      ...(onSpawn ? { onSpawn } : {}),
      ...(runAs ? { runAs } : {})
    })
  // As the agent user, the call's directory (agent-user/call-dir.ts) holds its fresh home,
  // named in the request's environment; otherwise a fresh home is made for this call.
  const processResult =
    runAs === undefined
      ? await withCallHome(invocation.callHome, (home) => run(home.env))
      : await run(
          Object.fromEntries(
            Object.entries(request.env).filter(([name]) => CALL_HOME_VARIABLES.includes(name))
          )
        )
  return {
    process: processResult,
    stdout: (await readOptional(invocation.stdoutPath)) ?? '',
    stderr: (await readOptional(invocation.stderrPath)) ?? ''
  }
}

export async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

/** Adapts the runner's spawn callback to the adapter's richer event. */
export function spawnReporter(
  onSpawn: CliAgentOptions['onSpawn'],
  request: AgentRequest,
  invocation: Pick<Invocation, 'command' | 'args'>
): ((pid: number) => void) | undefined {
  if (!onSpawn) return undefined
  return (pid) =>
    onSpawn({
      pid,
      lane: request.lane,
      itemId: request.itemId,
      attempt: request.attempt,
      command: invocation.command,
      args: invocation.args
    })
}

/** The status of a run that never got to produce output worth parsing, else null. */
export function processFailure(
  run: ProcessResult,
  tool: string
): { status: AgentStatus; diagnostics: string[] } | null {
  if (run.spawnError !== null && run.pid === null) {
    return { status: 'spawn_failed', diagnostics: [`${tool} could not start: ${run.spawnError}`] }
  }
  if (run.timedOut === 'wall') {
    return { status: 'timeout', diagnostics: [`${tool} exceeded its time limit and was killed`] }
  }
  if (run.timedOut === 'idle') {
    return {
      status: 'idle_timeout',
      diagnostics: [`${tool} produced no output for too long and was killed`]
    }
  }
  return null
}

export function processFields(
  run: ProcessResult
): Pick<AgentOutcome, 'exitCode' | 'signal' | 'durationMs' | 'logs' | 'leftRunning'> {
  return {
    exitCode: run.exitCode,
    signal: run.signal,
    durationMs: run.durationMs,
    ...(run.logs === undefined ? {} : { logs: run.logs }),
    ...(run.strays === undefined ? {} : { leftRunning: run.strays.found.map(describeStageProcess) })
  }
}

/** The last few non-blank lines of a stream, for a diagnostic a person can act on. */
export function tailLines(text: string, count = 5): string[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-count)
}

/** Writes the report where the kernel expects it, only when there is one. */
export async function settleReport(
  request: AgentRequest,
  outcome: AgentOutcome
): Promise<AgentOutcome> {
  if (outcome.status !== 'ok' || outcome.report === undefined) return outcome
  try {
    await writeFileAtomically(request.reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`)
    return outcome
  } catch (error) {
    return {
      ...outcome,
      status: 'no_report',
      report: undefined,
      diagnostics: [...outcome.diagnostics, `cannot write the report: ${describeError(error)}`]
    }
  }
}

/** An adapter never throws at the kernel: anything unexpected becomes an outcome. */
export function unexpectedFailure(tool: string, error: unknown, startedAt: number): AgentOutcome {
  return {
    status: 'spawn_failed',
    exitCode: null,
    signal: null,
    durationMs: Math.round(performance.now() - startedAt),
    diagnostics: [`${tool} could not be run: ${describeError(error)}`]
  }
}

/** Parses a JSON object; arrays, scalars and invalid text give undefined. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return isPlainObject(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The run of every CLI agent: build the invocation, run it, read the tool's own output into
 * an outcome, put the report where the kernel expects it. Anything unexpected becomes an
 * outcome too, so an adapter never throws at the kernel.
 *
 * Under isolation the CLI runs as the agent user and sees the request of its call
 * (agent-user/isolation.ts): what it writes is read only after every process of that user
 * has stopped, and only as checked copies.
 */
export function cliAgent(
  id: string,
  onSpawn: CliAgentOptions['onSpawn'],
  buildInvocation: (request: AgentRequest) => Invocation,
  readOutcome: (request: AgentRequest, raw: RawRun) => Promise<AgentOutcome>,
  isolation?: AgentIsolation
): AgentPort & { buildInvocation(request: AgentRequest): Invocation } {
  const attempt = async (
    request: AgentRequest,
    runAs?: RunAs,
    afterRun?: () => Promise<void>
  ): Promise<AgentOutcome> => {
    const invocation = buildInvocation(request)
    const raw = await executeInvocation(
      invocation,
      request,
      spawnReporter(onSpawn, request, invocation),
      runAs
    )
    await afterRun?.()
    return settleReport(request, await readOutcome(request, raw))
  }
  return {
    id,
    buildInvocation,
    async run(request) {
      const startedAt = performance.now()
      if (isolation === undefined) {
        try {
          return await attempt(request)
        } catch (error) {
          return unexpectedFailure(id, error, startedAt)
        }
      }
      let outcome: AgentOutcome
      let call
      try {
        call = await isolation.openAgentCall(request)
        const opened = call
        outcome = await opened.deliver(
          await attempt(opened.request, opened.runAs, () => opened.sealOutputs())
        )
      } catch (error) {
        outcome = unexpectedFailure(id, error, startedAt)
      }
      try {
        await call?.close()
      } catch (error) {
        // The worktree may still be the agent's: nothing of this call can be trusted.
        return unexpectedFailure(id, error, startedAt)
      }
      return outcome
    }
  }
}
