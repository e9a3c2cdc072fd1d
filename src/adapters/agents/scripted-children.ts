import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { AgentRequest } from '../../kernel/ports.js'
import { buildAgentEnv } from '../child-env.js'
import { runProcess } from '../process-runner.js'
import type { ProcessResult, RunAs } from '../process-runner.js'
import { CALL_HOME_VARIABLES, defaultCallHomeParent, withCallHome } from './call-home.js'
import { spawnReporter } from './invocation.js'
import { PROCESS_FAULTS } from './scenario.js'
import type { ProcessFaultStep, ScenarioStep } from './scenario.js'
import type { ScriptedAgentOptions } from './scripted.js'

/**
 * The scripted agent's child processes: process faults acted out by a tiny Node child, `run`
 * steps as `bash -c`, and commits made behind the orchestrator's back. They go through the
 * shared process runner, so timeouts, group kills and the agent user take the real path.
 */

/** Runs the process steps it is given as JSON in argv[1]; CommonJS because of `node -e`. */
const PROCESS_STEPS_SCRIPT = `
const { spawn } = require('node:child_process')
const steps = JSON.parse(process.argv[1])
const wait = (ms) => new Promise((done) => setTimeout(done, ms))
async function main() {
  for (const step of steps) {
    if ('sleep_ms' in step) {
      const end = Date.now() + step.sleep_ms
      while (Date.now() < end) {
        process.stdout.write('scripted agent: working\\n')
        await wait(Math.min(100, end - Date.now()))
      }
    } else if ('stdout_bytes' in step) {
      const block = Buffer.from(('scripted agent: flooding stdout '.padEnd(99, '.') + '\\n').repeat(640))
      let left = step.stdout_bytes
      while (left > 0) {
        const chunk = block.subarray(0, Math.min(block.length, left))
        left -= chunk.length
        if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done))
      }
    } else if ('exit_code' in step) {
      if (step.stderr) process.stderr.write(step.stderr + '\\n')
      process.exit(step.exit_code)
    } else if (step.fault === 'spawn_grandchild') {
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' })
      grandchild.unref()
      process.stdout.write('scripted agent: grandchild ' + grandchild.pid + '\\n')
    } else if (step.fault === 'spawn_setsid_grandchild' || step.fault === 'spawn_hidden_daemon') {
      // detached: the daemon calls setsid(), leaving this process group and session.
      const hidden = step.fault === 'spawn_hidden_daemon'
      const daemon = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 60000)'], {
        stdio: 'ignore',
        detached: true,
        ...(hidden ? { cwd: '/', env: {} } : {})
      })
      daemon.unref()
      process.stdout.write('scripted agent: daemon ' + daemon.pid + '\\n')
    } else {
      if (step.fault === 'hang_ignoring_sigterm') process.on('SIGTERM', () => {})
      setInterval(() => {}, 60000)
      await new Promise(() => {})
    }
  }
}
main()
`

export type ProcessStep =
  | Extract<ScenarioStep, { sleep_ms: number } | { stdout_bytes: number } | { exit_code: number }>
  | ProcessFaultStep
function isProcessStep(step: ScenarioStep): step is ProcessStep {
  if ('sleep_ms' in step || 'stdout_bytes' in step || 'exit_code' in step) return true
  return 'fault' in step && (PROCESS_FAULTS as readonly string[]).includes(step.fault)
}

/** How the scenario's child processes run: their environment, and as whom. */
export interface ChildSetting {
  readonly env: Readonly<Record<string, string>>
  readonly runAs?: RunAs
}

export function runProcessSteps(
  steps: readonly ProcessStep[],
  request: AgentRequest,
  options: ScriptedAgentOptions,
  logs: { stdoutPath: string; stderrPath: string },
  child: ChildSetting
): Promise<ProcessResult> {
  // The orchestrator's own node may live where the agent user cannot reach it (a private
  // cache or home); as the agent user, the node on the agent's PATH acts the steps out.
  const node = child.runAs === undefined ? process.execPath : 'node'
  return runScenarioChild(node, ['-e', PROCESS_STEPS_SCRIPT, JSON.stringify(steps)], {
    request,
    options,
    logs,
    child
  })
}

/** A `run` step: one `bash -c` child, as a real agent's shell tool would run it. */
export function runShellStep(
  command: string,
  request: AgentRequest,
  options: ScriptedAgentOptions,
  logs: { stdoutPath: string; stderrPath: string },
  child: ChildSetting
): Promise<ProcessResult> {
  return runScenarioChild('bash', ['-c', command], { request, options, logs, child })
}

function runScenarioChild(
  command: string,
  args: readonly string[],
  context: {
    readonly request: AgentRequest
    readonly options: ScriptedAgentOptions
    readonly logs: { stdoutPath: string; stderrPath: string }
    readonly child: ChildSetting
  }
): Promise<ProcessResult> {
  const { request, options, logs, child } = context
  const onSpawn = spawnReporter(options.onSpawn, request, { command, args })
  const sourceEnv = options.sourceEnv ?? process.env
  const run = (homeEnv: Readonly<Record<string, string>>): Promise<ProcessResult> =>
    runProcess({
      command,
      args,
      cwd: request.cwd,
      env: {
        ...buildAgentEnv({ ...sourceEnv, ...child.env }, 'scripted', {
          passThrough: [...(options.passThrough ?? []), ...Object.keys(child.env)],
          deny: CALL_HOME_VARIABLES
        }),
        ...homeEnv
      },
      stdin: { kind: 'ignore' },
      ...logs,
      appendLogs: true,
      timeoutMs: request.timeoutMs,
      idleTimeoutMs: request.idleTimeoutMs,
      killGraceMs: request.killGraceMs,
      maxLogBytes: request.maxLogBytes,
      ...(request.stage === undefined ? {} : { stage: request.stage }),
      ...(onSpawn ? { onSpawn } : {}),
      ...(child.runAs ? { runAs: child.runAs } : {})
    })
  // Like the CLI agents: a fresh, empty home per call (no login to copy); as the agent user,
  // the home of the call's own directory (named in child.env).
  if (child.runAs !== undefined)
    return run(
      Object.fromEntries(
        Object.entries(child.env).filter(([name]) => CALL_HOME_VARIABLES.includes(name))
      )
    )
  const callHome = {
    parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
    ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
  }
  return withCallHome(callHome, (home) => run(home.env))
}

/** Stages and commits the whole worktree as the agent, behind the orchestrator's back. */
export async function commitAsAgent(cwd: string, message: string): Promise<void> {
  const git = promisify(execFile)
  // Under isolation the worktree belongs to the agent user while it works.
  const trust = ['-c', `safe.directory=${cwd}`]
  const identity = ['-c', 'user.name=scripted agent', '-c', 'user.email=agent@example.invalid']
  // The agent's own git, not the orchestrator's: it must not get the hardened settings.
  // eslint-disable-next-line no-restricted-syntax
  await git('git', [...trust, 'add', '-A'], { cwd })
  // eslint-disable-next-line no-restricted-syntax
  await git('git', [...trust, ...identity, 'commit', '-q', '--allow-empty', '-m', message], {
    cwd
  })
}

export type Segment =
  { readonly processSteps: ProcessStep[] } | { readonly step: Exclude<ScenarioStep, ProcessStep> }

/** Consecutive process steps share one child, so a grandchild outlives the step that made it. */
export function segmentSteps(steps: readonly ScenarioStep[]): Segment[] {
  const segments: Segment[] = []
  for (const step of steps) {
    const last = segments.at(-1)
    if (!isProcessStep(step)) segments.push({ step })
    else if (last && 'processSteps' in last) last.processSteps.push(step)
    else segments.push({ processSteps: [step] })
  }
  return segments
}
