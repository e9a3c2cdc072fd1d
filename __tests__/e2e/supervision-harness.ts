import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, FAKE_AGENTS } from './harness.js'

/**
 * Supervised runs as an operator starts them: the bundled CLI in the background, watched
 * through `supervise status` and the files it leaves.
 */

export interface Background {
  readonly child: ChildProcess
  readonly done: Promise<{
    code: number | null
    signal: string | null
    stdout: string
    stderr: string
  }>
}

export function cliEnv(repo: DemoRepo, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: `${FAKE_AGENTS}${delimiter}${process.env.PATH ?? ''}`,
    HOME: repo.home,
    LANG: 'C.UTF-8',
    ...extra
  }
}

export function startCli(
  repo: DemoRepo,
  args: readonly string[],
  extraEnv: Record<string, string> = {}
): Background {
  const child = spawn(process.execPath, [BUNDLED_CLI, ...args], {
    cwd: repo.root,
    env: cliEnv(repo, extraEnv),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<{
    code: number | null
    signal: string | null
    stdout: string
    stderr: string
  }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, done }
}

/** The demo scenario with its item 01 execute step slowed down by `sleepMs`. */
export function writeScenario(repo: DemoRepo, name: string, sleepMs = 0): string {
  const scenario = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json'), 'utf8')
  ) as { scripts: Array<{ lane: string; item_id: string; steps: object[] }> }
  if (sleepMs > 0) {
    const first = scenario.scripts.find((s) => s.lane === 'execute' && s.item_id === '01')
    first?.steps.unshift({ sleep_ms: sleepMs })
  }
  const path = join(repo.home, name)
  writeFileSync(path, JSON.stringify(scenario))
  return path
}

export function scripted(scenarioPath: string): string[] {
  return ['--agents', 'scripted', '--scenario', scenarioPath]
}

/** Fast supervision so tests see claims change within seconds. */
export const FAST_POLICY = [
  '--live-probe-interval-sec',
  '1',
  '--probe-ack-deadline-sec',
  '2',
  '--live-stale-timeout-sec',
  '4',
  '--waiting-poll-interval-sec',
  '1',
  '--waiting-stale-timeout-sec',
  '30'
]

export function runDir(repo: DemoRepo, runId: string): string {
  return join(repo.root, '.local/automation/plan_orchestrator/runs', runId)
}

export function supervisionDir(repo: DemoRepo, runId: string): string {
  return join(runDir(repo, runId), 'supervision')
}

/** The run a background `supervise run` is working on (its only run directory). */
export async function awaitRunId(repo: DemoRepo, timeoutMs = 15_000): Promise<string> {
  const root = join(repo.root, '.local/automation/plan_orchestrator/runs')
  return eventually(() => {
    const ids = existsSync(root) ? readdirSync(root) : []
    return ids.length === 1 ? ids[0] : undefined
  }, timeoutMs)
}

export function supervisionStatus(
  repo: DemoRepo,
  runId: string
): {
  code: number | null
  report: { supervision_status: Record<string, unknown>; kernel_status: Record<string, unknown> }
} {
  const result = repo.cli([
    'supervise',
    'status',
    '--run-id',
    runId,
    '--format',
    'json',
    '--exit-code'
  ])
  return { code: result.code, report: JSON.parse(result.stdout) }
}

export async function awaitClaim(
  repo: DemoRepo,
  runId: string,
  exitCode: number,
  timeoutMs = 20_000
): Promise<Record<string, unknown>> {
  return eventually(() => {
    const status = supervisionStatus(repo, runId)
    return status.code === exitCode ? status.report.supervision_status : undefined
  }, timeoutMs)
}

export async function eventually<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (performance.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await delay(200)
  }
}

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
}

export function ledger(
  repo: DemoRepo,
  runId: string,
  kind: 'heartbeats' | 'interventions'
): Array<Record<string, unknown>> {
  const dir = join(supervisionDir(repo, runId), kind)
  return readdirSync(dir)
    .sort()
    .map((name) => readJson(join(dir, name)))
}

/** `supervise run --item 01` in the background, its agent working for `sleepMs`. */
export async function superviseItem01(
  repo: DemoRepo,
  sleepMs: number,
  extraArgs: readonly string[] = []
): Promise<{ supervisor: Background; runId: string; root: string; scenario: string }> {
  const scenario = writeScenario(repo, 'slow.json', sleepMs)
  const supervisor = startCli(repo, [
    'supervise',
    'run',
    '--playbook',
    'playbook.md',
    '--item',
    '01',
    ...FAST_POLICY,
    ...extraArgs,
    ...scripted(scenario)
  ])
  const runId = await awaitRunId(repo)
  return { supervisor, runId, root: supervisionDir(repo, runId), scenario }
}

/** The active stage once the kernel waits on a child (an agent or a command). */
export async function awaitActiveStage(root: string): Promise<Record<string, unknown>> {
  return eventually(() => {
    const path = join(root, 'active_stage.json')
    return existsSync(path) ? readJson(path) : undefined
  }, 20_000)
}
