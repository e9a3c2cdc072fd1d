import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { expectGroupGone } from '../adapters/agents/support.js'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile } from './harness.js'

// A run stopped by SIGTERM or SIGINT (a cancelled CI job, a supervisor, Ctrl-C) exits with
// 143 or 130 without waiting for the agent's step, leaves no agent process and no lock behind, stays at the stage it
// was in with the interruption as its last event, and resumes to a pass.

const ONE_ITEM = readFileSync(join(PROJECT_ROOT, 'examples/demo/playbook.md'), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('| 02 |') && !line.startsWith('| 03 |'))
  .join('\n')

const RUNS_DIR = '.local/automation/plan_orchestrator/runs'

/** A product requirement: well inside a CI runner's 7.5 s between SIGTERM and SIGKILL. */

interface RunStateView {
  current_state: string
  items: Array<{ item_id: string; terminal_state: string }>
  event_log: Array<{ state: string; actor: string; item_id: string | null; message: string }>
}

interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

interface RunningCli {
  readonly child: ChildProcess
  readonly exited: Promise<Exit>
}

function scenarioArgs(repo: DemoRepo, name: string, scenario: object): string[] {
  const path = join(repo.home, `${name}.json`)
  writeFileSync(path, JSON.stringify(scenario))
  return ['--agents', 'scripted', '--scenario', path, '--quiet']
}

const executeStepsFor01 = (steps: object[]): object => ({
  version: 1,
  scripts: [{ lane: 'execute', item_id: '01', steps }]
})

function startRun(repo: DemoRepo, agentArgs: readonly string[]): RunningCli {
  const child = spawn(
    process.execPath,
    [BUNDLED_CLI, 'run', '--playbook', 'playbook.md', '--item', '01', ...agentArgs],
    { cwd: repo.root, env: { PATH: process.env.PATH, HOME: repo.home, LANG: 'C.UTF-8' } }
  )
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  child.stdout.resume()
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr }))
  )
  return { child, exited }
}

function theRunId(repo: DemoRepo): string | undefined {
  const dir = join(repo.root, RUNS_DIR)
  return existsSync(dir) ? readdirSync(dir)[0] : undefined
}

function runState(repo: DemoRepo, runId: string): RunStateView {
  return readRunFile(repo, runId, 'run_state.json') as RunStateView
}

/** `/proc/<pid>/stat` fields after the command name: state, ppid, pgrp, … */
function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

/** The child of `parent` that leads its own process group: the agent, as runProcess starts it. */
function agentGroupOf(parent: number): number | undefined {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const fields = statFields(entry)
    if (fields === undefined || fields[0] === 'Z') continue
    if (Number(fields[1]) === parent && Number(fields[2]) === Number(entry)) return Number(entry)
  }
  return undefined
}

/** Whether the process has a SIGTERM handler installed (bit 15 of SigCgt). */
function catchesSigterm(pid: number): boolean {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0'
    return (BigInt(`0x${mask}`) & (1n << 14n)) !== 0n
  } catch {
    return false
  }
}

function processesInside(root: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(root)
      } catch {
        return false
      }
    })
}

async function waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const found = probe()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await delay(50)
  }
}

/** Waits until item 01's execute agent runs, then returns the run id and the agent's group. */
async function waitUntilExecuting(
  repo: DemoRepo,
  cli: RunningCli
): Promise<{ runId: string; agentGroup: number }> {
  const pid = cli.child.pid as number
  return waitFor('the execute agent', () => {
    const runId = theRunId(repo)
    if (runId === undefined) return undefined
    let state: RunStateView
    try {
      state = runState(repo, runId)
    } catch {
      return undefined
    }
    if (state.current_state !== 'ST30_EXECUTING') return undefined
    const agentGroup = agentGroupOf(pid)
    return agentGroup === undefined ? undefined : { runId, agentGroup }
  })
}

/**
 * Signals the CLI and waits for it to exit. The agent steps these tests interrupt (a 60 s sleep,
 * a hang) outlast the test's own timeout, so an exit at all shows the CLI stopped the agent
 * instead of waiting for it; no wall-clock bound is needed for that.
 */
async function interrupt(cli: RunningCli, signal: NodeJS.Signals): Promise<Exit> {
  cli.child.kill(signal)
  return cli.exited
}

async function expectCleanlyInterrupted(
  repo: DemoRepo,
  runId: string,
  agentGroup: number,
  signal: NodeJS.Signals
): Promise<void> {
  const resumeHint = `resume with: plan-orchestrator resume --run-id ${runId}`
  await expectGroupGone(agentGroup)
  expect(processesInside(repo.root)).toEqual([])

  const state = runState(repo, runId)
  expect(state.current_state).toBe('ST30_EXECUTING')
  expect(state.items[0]?.terminal_state).toBe('none')
  expect(state.event_log.at(-2)?.state).toBe('ST30_EXECUTING')
  expect(state.event_log.at(-1)).toEqual({
    at_utc: expect.any(String),
    state: 'ST30_EXECUTING',
    actor: 'orchestrator',
    item_id: '01',
    message: `interrupted by ${signal} at ST30_EXECUTING; ${resumeHint}`
  })

  const lockPath = join(repo.root, RUNS_DIR, runId, 'run.lock')
  expect(existsSync(lockPath)).toBe(false)
  expect(existsSync(`${lockPath}.owner.json`)).toBe(false)

  const status = repo.cli(['status', '--run-id', runId, '--format', 'json'])
  expect(status.code).toBe(0)
  expect(JSON.parse(status.stdout)).toEqual(
    expect.objectContaining({ status_level: 'interrupted', current_state: 'ST30_EXECUTING' })
  )
}

describe('a run interrupted by a signal', () => {
  it('on SIGTERM exits with 143, saved at its stage, and resumes to a pass', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const cli = startRun(
      repo,
      scenarioArgs(repo, 'slow', executeStepsFor01([{ sleep_ms: 60_000 }]))
    )
    const { runId, agentGroup } = await waitUntilExecuting(repo, cli)

    const exit = await interrupt(cli, 'SIGTERM')

    expect(exit).toEqual({
      code: 143,
      signal: null,
      stderr: `interrupted by SIGTERM; run ${runId} saved at ST30_EXECUTING; resume with: plan-orchestrator resume --run-id ${runId}\n`
    })
    await expectCleanlyInterrupted(repo, runId, agentGroup, 'SIGTERM')

    const demoScenario = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json'), 'utf8')
    ) as object
    const resumed = repo.cli([
      'resume',
      '--run-id',
      runId,
      ...scenarioArgs(repo, 'quick', demoScenario)
    ])
    expect(resumed.stderr).toBe('')
    expect(resumed.code).toBe(0)
    expect(runState(repo, runId).items[0]).toEqual(
      expect.objectContaining({ item_id: '01', terminal_state: 'passed' })
    )
  })

  it('on SIGINT exits with 130, saved at its stage', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const cli = startRun(
      repo,
      scenarioArgs(repo, 'slow', executeStepsFor01([{ sleep_ms: 60_000 }]))
    )
    const { runId, agentGroup } = await waitUntilExecuting(repo, cli)

    const exit = await interrupt(cli, 'SIGINT')

    expect(exit.code).toBe(130)
    expect(exit.stderr).toBe(
      `interrupted by SIGINT; run ${runId} saved at ST30_EXECUTING; resume with: plan-orchestrator resume --run-id ${runId}\n`
    )
    await expectCleanlyInterrupted(repo, runId, agentGroup, 'SIGINT')
  })

  it('stops an agent that ignores SIGTERM, and ignores a second signal', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const cli = startRun(
      repo,
      scenarioArgs(repo, 'stubborn', executeStepsFor01([{ fault: 'hang_ignoring_sigterm' }]))
    )
    const { runId, agentGroup } = await waitUntilExecuting(repo, cli)
    // Only once its handler is in place does the agent really ignore SIGTERM.
    await waitFor('the agent to catch SIGTERM', () => catchesSigterm(agentGroup) || undefined)

    cli.child.kill('SIGTERM')
    // Well inside the shutdown, which waits out the agent's grace before SIGKILL.
    await delay(300)
    cli.child.kill('SIGINT')
    const exit = await cli.exited

    expect(exit.code).toBe(143)
    expect(exit.stderr).toBe(
      `interrupted by SIGTERM; run ${runId} saved at ST30_EXECUTING; resume with: plan-orchestrator resume --run-id ${runId}\n`
    )
    await expectCleanlyInterrupted(repo, runId, agentGroup, 'SIGTERM')
  })

  it('also stops a setsid daemon the agent started outside its group', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const cli = startRun(
      repo,
      scenarioArgs(
        repo,
        'daemon',
        executeStepsFor01([{ fault: 'spawn_setsid_grandchild' }, { sleep_ms: 60_000 }])
      )
    )
    const { runId, agentGroup } = await waitUntilExecuting(repo, cli)
    const log = join(
      repo.root,
      RUNS_DIR,
      runId,
      'items/01/attempt-1/logs/execute.round-0.stdout.log'
    )
    const daemon = await waitFor('the daemon', () => {
      const pid = Number(/daemon (\d+)/.exec(existsSync(log) ? readFileSync(log, 'utf8') : '')?.[1])
      return Number.isInteger(pid) && statFields(String(pid)) !== undefined ? pid : undefined
    })
    // It left the agent's process group and session.
    expect(Number(statFields(String(daemon))?.[2])).not.toBe(agentGroup)

    const exit = await interrupt(cli, 'SIGTERM')

    expect(exit.code).toBe(143)
    await expectCleanlyInterrupted(repo, runId, agentGroup, 'SIGTERM')
    expect(['Z', undefined]).toContain(statFields(String(daemon))?.[0])
  })
})
