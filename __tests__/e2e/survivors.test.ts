import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, FAKE_AGENTS, makeDemoRepo, readRunFile } from './harness.js'

// kill -9 of the kernel while its agent ignores SIGTERM and has started a setsid daemon:
// both outlive the kernel. `doctor` names them; `resume` stops them before it starts
// anything and notes it; afterwards no process of the old attempt is alive, as /proc shows.
// Once with the fake codex and a cgroup per stage (where this machine allows one), once
// with the scripted agent and the marker and working-directory search only.

const ONE_ITEM = readFileSync(join(PROJECT_ROOT, 'examples/demo/playbook.md'), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('| 02 |') && !line.startsWith('| 03 |'))
  .join('\n')

const GREETING_FIX = {
  'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
}

const SCENARIO = {
  version: 1,
  scripts: [
    {
      lane: 'execute',
      item_id: '01',
      attempt: 1,
      steps: [{ fault: 'spawn_setsid_grandchild' }, { fault: 'hang_ignoring_sigterm' }]
    },
    { lane: 'execute', item_id: '01', attempt: 2, steps: [{ write: GREETING_FIX }] }
  ]
}

interface ProcView {
  readonly pid: number
  readonly state: string
  readonly cwd: string | null
  readonly marker: string | null
}

/** Every live process, read from /proc by this test itself. */
function processes(): ProcView[] {
  const views: ProcView[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? ''
      if (state === 'Z' || state === 'X') continue
      let cwd: string | null = null
      let marker: string | null = null
      try {
        cwd = readlinkSync(`/proc/${entry}/cwd`)
        marker =
          readFileSync(`/proc/${entry}/environ`, 'utf8')
            .split('\0')
            .find((line) => line.startsWith('PLAN_ORCHESTRATOR_STAGE_ID='))
            ?.split('=')[1] ?? null
      } catch {
        // Not readable: not ours.
      }
      views.push({ pid: Number(entry), state, cwd, marker })
    } catch {
      // Gone meanwhile.
    }
  }
  return views
}

const isRunning = (pid: number): boolean => processes().some((view) => view.pid === pid)

/** Whether the process catches SIGTERM (bit 15 of SigCgt): the agent that ignores it. */
function catchesSigterm(pid: number): boolean {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('SigCgt:'))
    return line !== undefined && (BigInt(`0x${line.split(/\s+/)[1]}`) & (1n << 14n)) !== 0n
  } catch {
    return false
  }
}

interface Variant {
  readonly name: string
  readonly agents: (repo: DemoRepo) => string[]
  readonly env: Record<string, string>
  /** The agent's and the daemon's pids, once both run. */
  readonly pids: (
    repo: DemoRepo,
    runId: string | undefined
  ) => { agent: number; daemon: number } | null
}

function journalPids(journal: string): { agent: number; daemon: number } | null {
  if (!existsSync(journal)) return null
  const events = readFileSync(journal, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { event?: string; pid: number; daemon_pid?: number })
  const daemon = events.find((event) => event.event === 'daemon')
  return daemon?.daemon_pid === undefined ? null : { agent: daemon.pid, daemon: daemon.daemon_pid }
}

function scriptedPids(
  repo: DemoRepo,
  runId: string | undefined
): { agent: number; daemon: number } | null {
  if (runId === undefined) return null
  const attempt = join(
    repo.root,
    '.local/automation/plan_orchestrator/runs',
    runId,
    'items/01/attempt-1'
  )
  const log = join(attempt, 'logs', 'execute.round-0.stdout.log')
  const daemon = existsSync(log) ? Number(/daemon (\d+)/.exec(readFileSync(log, 'utf8'))?.[1]) : NaN
  if (!Number.isInteger(daemon)) return null
  // The scripted agent's child is the process working in the worktree under the stage marker
  // that is not the daemon.
  const agent = processes().find(
    (view) => view.marker === `${runId}/01/1/execute.round-0` && view.pid !== daemon
  )
  return agent === undefined ? null : { agent: agent.pid, daemon }
}

const VARIANTS: Variant[] = [
  {
    name: 'the fake codex, a cgroup per stage where possible',
    agents: () => [],
    env: {},
    pids: (repo) => journalPids(join(repo.home, 'journal.jsonl'))
  },
  {
    name: 'the scripted agent, marker and working directory only',
    agents: (repo) => {
      const path = join(repo.home, 'scripted.json')
      writeFileSync(path, JSON.stringify(SCENARIO))
      return ['--agents', 'scripted', '--scenario', path]
    },
    env: { PLAN_ORCHESTRATOR_STAGE_CGROUPS: 'off' },
    pids: scriptedPids
  }
]

const leftovers: number[] = []
afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone, as it should be.
    }
  }
})

function runDir(repo: DemoRepo): string | undefined {
  const runs = join(repo.root, '.local/automation/plan_orchestrator/runs')
  return existsSync(runs) ? readdirSync(runs).find((name) => name.startsWith('RUN_')) : undefined
}

function startKernel(repo: DemoRepo, variant: Variant): ChildProcess {
  const scenario = join(repo.home, 'scenario.json')
  writeFileSync(scenario, JSON.stringify(SCENARIO))
  return spawn(
    process.execPath,
    [
      BUNDLED_CLI,
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '01',
      '--quiet',
      ...variant.agents(repo)
    ],
    {
      cwd: repo.root,
      env: {
        PATH: `${FAKE_AGENTS}${delimiter}${process.env.PATH ?? ''}`,
        HOME: repo.home,
        LANG: 'C.UTF-8',
        PLAN_ORCHESTRATOR_AGENT_ENV: 'FAKE_AGENT_*',
        FAKE_AGENT_SCENARIO: scenario,
        FAKE_AGENT_JOURNAL: join(repo.home, 'journal.jsonl'),
        ...variant.env
      },
      stdio: 'ignore'
    }
  )
}

interface DoctorView {
  checks: Array<{
    name: string
    status: string
    processes?: Array<{
      pid: number
      command: string
      item_id: string | null
      attempt_number: number | null
      stage: string | null
    }>
  }>
}

describe.each(VARIANTS)('after kill -9 of the kernel ($name)', (variant) => {
  it('doctor names the old attempt’s agent and daemon, and resume stops them before it runs anything', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const kernel = startKernel(repo, variant)
    const exited = new Promise<void>((resolve) => kernel.once('exit', () => resolve()))

    let pids: { agent: number; daemon: number } | null = null
    while (pids === null || !catchesSigterm(pids.agent)) {
      await delay(50)
      pids = variant.pids(repo, runDir(repo))
    }
    leftovers.push(pids.agent, pids.daemon)
    kernel.kill('SIGKILL')
    await exited
    const runId = runDir(repo) ?? ''

    // Both outlived the kernel: the agent in its own group, the daemon in its own session.
    expect(isRunning(pids.agent)).toBe(true)
    expect(isRunning(pids.daemon)).toBe(true)

    const doctor = repo.cli(
      ['doctor', '--run-id', runId, '--format', 'json'],
      undefined,
      variant.env
    )
    const report = JSON.parse(doctor.stdout) as DoctorView
    const check = report.checks.find((candidate) => candidate.name === 'stage_processes')
    expect(check?.status).toBe('warning')
    const named = new Map((check?.processes ?? []).map((entry) => [entry.pid, entry]))
    for (const pid of [pids.agent, pids.daemon]) {
      expect(named.get(pid)).toMatchObject({
        item_id: '01',
        attempt_number: 1,
        stage: 'execute.round-0',
        command: expect.stringContaining('node')
      })
    }
    const text = repo.cli(['doctor', '--run-id', runId], undefined, variant.env)
    expect(text.stdout).toMatch(
      new RegExp(`- stage_processes: warning \\(\\d+ processes left running by an earlier process`)
    )
    expect(text.stdout).toContain(`pid ${pids.daemon} (`)

    const resumed = repo.cli(
      ['resume', '--run-id', runId, '--quiet', ...variant.agents(repo)],
      SCENARIO,
      variant.env
    )
    expect(resumed.stderr).toBe('')
    expect(resumed.code).toBe(0)

    // Checked through /proc: nothing of attempt 1 is alive, whatever found it.
    expect(isRunning(pids.agent)).toBe(false)
    expect(isRunning(pids.daemon)).toBe(false)
    const attemptWorktree = join(
      repo.root,
      '.local/automation/plan_orchestrator/worktrees',
      runId,
      'item-01-attempt-1'
    )
    const oldAttempt = processes().filter(
      (view) =>
        view.marker?.startsWith(`${runId}/01/1/`) === true ||
        view.cwd?.startsWith(attemptWorktree) === true
    )
    expect(oldAttempt).toEqual([])

    const state = readRunFile(repo, runId, 'run_state.json') as {
      event_log: Array<{ message: string; actor: string }>
      items: Array<{ terminal_state: string; attempt_number: number }>
    }
    const stopped = state.event_log.find((event) =>
      /left running by an earlier process/.test(event.message)
    )
    expect(stopped?.message).toMatch(
      /^stopped \d+ processes left running by an earlier process of this run: /
    )
    expect(stopped?.message).toContain(`pid ${pids.agent} (`)
    expect(stopped?.message).toContain(`pid ${pids.daemon} (`)
    // The note comes before anything the resume did.
    const noteAt = state.event_log.indexOf(stopped!)
    const fresh = state.event_log.findIndex((event) => /fresh resume attempt/.test(event.message))
    expect(noteAt).toBeLessThan(fresh)
    expect(state.items[0]).toMatchObject({ terminal_state: 'passed', attempt_number: 2 })

    // Nothing is left on record, and doctor is quiet about processes again.
    expect(
      existsSync(
        join(repo.root, '.local/automation/plan_orchestrator/runs', runId, 'stage_processes.json')
      )
    ).toBe(false)
    const after = JSON.parse(
      repo.cli(['doctor', '--run-id', runId, '--format', 'json'], undefined, variant.env).stdout
    ) as DoctorView
    expect(after.checks.map((candidate) => candidate.name)).not.toContain('stage_processes')
  }, 120_000)
})

describe('a daemon an agent starts', () => {
  it('does not survive its stage, and the stop is on record', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const journal = join(repo.home, 'journal.jsonl')
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      {
        version: 1,
        scripts: [
          {
            lane: 'execute',
            item_id: '01',
            steps: [{ write: GREETING_FIX }, { fault: 'spawn_setsid_grandchild' }]
          }
        ]
      },
      { FAKE_AGENT_JOURNAL: journal }
    )
    expect(run.code).toBe(0)
    const pids = journalPids(journal)
    expect(pids).not.toBeNull()
    leftovers.push(pids?.daemon ?? 0)
    expect(isRunning(pids?.daemon ?? 0)).toBe(false)
    expect(processes().filter((view) => view.cwd?.startsWith(repo.root) === true)).toEqual([])
    const { run_id: runId } = JSON.parse(run.stdout) as { run_id: string }
    const state = readRunFile(repo, runId, 'run_state.json') as {
      event_log: Array<{ message: string }>
      items: Array<{ terminal_state: string }>
    }
    // The agent did its work; leaving a daemon behind is recorded, not hidden.
    expect(state.items[0]?.terminal_state).toBe('passed')
    expect(state.event_log.map((event) => event.message)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^execute agent left processes running outside its process group; stopped: pid ${pids?.daemon} \\(`
        )
      )
    )
  })
})
