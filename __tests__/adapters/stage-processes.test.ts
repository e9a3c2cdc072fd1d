import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { runProcess } from '../../src/adapters/process-runner.js'
import type { ProcessSpec } from '../../src/adapters/process-runner.js'
import { STAGE_CGROUPS_ENV, cgroupHost } from '../../src/adapters/stage-cgroup.js'
import { currentTicks } from '../../src/adapters/process-table.js'
import { STAGE_ID_ENV, findStageProcesses } from '../../src/adapters/stage-processes.js'
import { STAGE_RECORDS_VERSION, readStageRecords } from '../../src/adapters/stage-records.js'
import { findRunSurvivors, stopRunSurvivors } from '../../src/adapters/stage-survivors.js'

// No process outlives its stage: what left the agent's process group is found (by cgroup,
// marker or working directory) and stopped before runProcess returns; what a killed
// orchestrator left behind is found from the run's record and stopped by resume.

const RUN = 'RUN_20261125T120000Z_aaaaaaaa'
const OTHER_RUN = 'RUN_20261125T120000Z_bbbbbbbb'

let dir: string
let worktree: string
let recordPath: string
const started: number[] = []

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'plan-orchestrator-stages-')))
  worktree = join(dir, 'worktree')
  mkdirSync(worktree)
  recordPath = join(dir, 'stage_processes.json')
})

afterEach(() => {
  delete process.env[STAGE_CGROUPS_ENV]
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Gone, as it should be.
    }
  }
  rmSync(dir, { recursive: true, force: true })
})

function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
    return state !== 'Z' && state !== 'X'
  } catch {
    return false
  }
}

/** A daemon that ignores SIGTERM, started by `parent` however the test asks. */
const DAEMON = `process.on('SIGTERM', () => {}); setInterval(() => {}, 60000)`

/** The agent: starts a daemon with these spawn options, prints its pid, then exits. */
function agentStarting(options: string): string {
  return `
const { spawn } = require('node:child_process')
const daemon = spawn(process.execPath, ['-e', ${JSON.stringify(DAEMON)}], { stdio: 'ignore', detached: true, ${options} })
daemon.unref()
console.log(daemon.pid)
`
}

function spec(script: string, overrides: Partial<ProcessSpec> = {}): ProcessSpec {
  return {
    command: process.execPath,
    args: ['-e', script],
    cwd: worktree,
    env: { PATH: process.env.PATH ?? '' },
    stdin: { kind: 'ignore' },
    stdoutPath: join(dir, 'logs', 'out.log'),
    stderrPath: join(dir, 'logs', 'err.log'),
    timeoutMs: 20_000,
    killGraceMs: 300,
    stage: {
      runId: RUN,
      itemId: '01',
      attempt: 1,
      stage: 'execute.round-0',
      worktree,
      recordPath
    },
    ...overrides
  }
}

function daemonPid(): number {
  const pid = Number(
    readFileSync(join(dir, 'logs', 'out.log'), 'utf8')
      .trim()
      .split('\n')[0]
  )
  started.push(pid)
  return pid
}

const withCgroups = cgroupHost() === null ? it.skip : it

describe.each([
  ['with a cgroup per stage', 'on'],
  ['with the marker and working directory only', 'off']
])('a stage %s', (_label, cgroups) => {
  beforeEach(() => {
    if (cgroups === 'off') process.env[STAGE_CGROUPS_ENV] = 'off'
  })

  it('stops a setsid daemon that ignores SIGTERM before runProcess returns', async () => {
    const result = await runProcess(spec(agentStarting('')))
    expect(result.exitCode).toBe(0)
    const daemon = daemonPid()
    expect(isRunning(daemon)).toBe(false)
    const stray = result.strays?.found.find((found) => found.pid === daemon)
    expect(stray?.foundBy).toBe(cgroups === 'on' && cgroupHost() !== null ? 'cgroup' : 'marker')
    expect(result.strays?.remaining).toEqual([])
  })

  it('stops a double-forked daemon with a clean environment still working in the worktree', async () => {
    const result = await runProcess(spec(agentStarting('env: {}')))
    const daemon = daemonPid()
    expect(isRunning(daemon)).toBe(false)
    const stray = result.strays?.found.find((found) => found.pid === daemon)
    expect(stray?.foundBy).toBe(
      cgroups === 'on' && cgroupHost() !== null ? 'cgroup' : 'working directory'
    )
  })

  it('records the open stage beside the run state, and forgets it once all is stopped', async () => {
    const waiting = runProcess(
      spec(`${agentStarting('')}; setInterval(() => {}, 60000)`, { timeoutMs: 60_000 })
    )
    let records = await readStageRecords(recordPath)
    while (records[0]?.leader === null || records.length === 0) {
      await delay(20)
      records = await readStageRecords(recordPath)
    }
    expect(records).toEqual([
      expect.objectContaining({
        stage_id: `${RUN}/01/1/execute.round-0`,
        run_id: RUN,
        item_id: '01',
        attempt_number: 1,
        stage: 'execute.round-0',
        worktree_path: worktree,
        orchestrator_pid: process.pid,
        mechanism:
          cgroups === 'on' && cgroupHost() !== null
            ? expect.stringMatching(/^cgroup_v[12]$/)
            : 'marker',
        leader: expect.objectContaining({ command: process.execPath })
      })
    ])
    const leader = records[0]?.leader?.pid ?? 0
    // The agent's environment carries its stage.
    const environ = readFileSync(`/proc/${leader}/environ`, 'utf8').split('\0')
    expect(environ).toContain(`${STAGE_ID_ENV}=${RUN}/01/1/execute.round-0`)
    process.kill(-leader, 'SIGKILL')
    await waiting
    expect(existsSync(recordPath)).toBe(false)
  })
})

withCgroups(
  'only its cgroup finds a daemon with a clean environment outside the worktree',
  async () => {
    const result = await runProcess(spec(agentStarting("env: {}, cwd: '/'")))
    const daemon = daemonPid()
    expect(isRunning(daemon)).toBe(false)
    expect(result.strays?.found.find((found) => found.pid === daemon)?.foundBy).toBe('cgroup')
  }
)

it('a stage without a binding is stopped all the same, and records nothing', async () => {
  await runProcess({ ...spec(agentStarting('')), stage: undefined })
  expect(isRunning(daemonPid())).toBe(false)
  expect(existsSync(recordPath)).toBe(false)
})

it('never counts this process or its ancestors as a stage process', () => {
  const everything = findStageProcesses({
    ids: [''],
    workdirs: [{ path: '/', sinceTicks: 0 }],
    cgroups: []
  })
  const pids = everything.map((found) => found.pid)
  expect(pids).not.toContain(process.pid)
  expect(pids).not.toContain(process.ppid)
})

describe('survivors of a killed orchestrator', () => {
  const stages = () => ({ runId: RUN, recordPath, worktreesDir: dir })

  /** A process as an agent of `stage` would have left it: marker and directory as given. */
  function orphan(env: Record<string, string>, cwd = worktree): number {
    const child = spawn(process.execPath, ['-e', DAEMON], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      detached: true,
      stdio: 'ignore'
    })
    child.unref()
    started.push(child.pid ?? 0)
    return child.pid ?? 0
  }

  function record(stage: string, since: number): object {
    return {
      stage_id: `${RUN}/01/1/${stage}`,
      run_id: RUN,
      item_id: '01',
      attempt_number: 1,
      stage,
      worktree_path: worktree,
      started_at_utc: new Date().toISOString(),
      host: 'here',
      boot_id: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
      orchestrator_pid: 999_999,
      mechanism: 'marker',
      cgroup_path: null,
      since_ticks: since,
      leader: null
    }
  }

  async function waitUntilRunning(pids: number[]): Promise<void> {
    while (!pids.every(isRunning)) await delay(20)
    // Until its exec, a child still has the environment of the test process.
    while (pids.some((pid) => !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('SIGTERM')))
      await delay(20)
  }

  it('finds them by marker and by working directory, names their stage, and stops only them', async () => {
    const since = (currentTicks() ?? 0) - 1
    const byMarker = orphan({ [STAGE_ID_ENV]: `${RUN}/01/1/execute.round-0` }, dir)
    const byDirectory = orphan({})
    const otherRun = orphan({ [STAGE_ID_ENV]: `${OTHER_RUN}/01/1/execute.round-0` }, dir)
    await waitUntilRunning([byMarker, byDirectory, otherRun])
    writeFileSync(
      recordPath,
      JSON.stringify({
        schema_version: STAGE_RECORDS_VERSION,
        stages: [record('verification.execute.round-0', since)]
      })
    )

    const found = await findRunSurvivors(stages())
    expect(found.map((survivor) => survivor.pid).sort()).toEqual([byMarker, byDirectory].sort())
    expect(found.find((survivor) => survivor.pid === byMarker)).toMatchObject({
      foundBy: 'marker',
      itemId: '01',
      attempt: 1,
      stage: 'execute.round-0'
    })
    expect(found.find((survivor) => survivor.pid === byDirectory)).toMatchObject({
      foundBy: 'working directory',
      itemId: '01',
      attempt: 1,
      stage: 'verification.execute.round-0'
    })

    const outcome = await stopRunSurvivors(stages(), 300)
    expect(outcome.stopped.map((survivor) => survivor.pid).sort()).toEqual(
      [byMarker, byDirectory].sort()
    )
    expect(outcome.remaining).toEqual([])
    expect(isRunning(byMarker)).toBe(false)
    expect(isRunning(byDirectory)).toBe(false)
    expect(isRunning(otherRun)).toBe(true)
    expect(existsSync(recordPath)).toBe(false)
  })

  it('trusts no record that names a directory or cgroup outside what the run made', async () => {
    const elsewhere = join(dir, 'elsewhere')
    mkdirSync(elsewhere)
    const bystander = orphan({}, elsewhere)
    await waitUntilRunning([bystander])
    writeFileSync(
      recordPath,
      JSON.stringify({
        schema_version: STAGE_RECORDS_VERSION,
        stages: [
          // Both hold the bystander's directory; neither is a worktree of the run.
          { ...record('execute.round-0', 0), worktree_path: elsewhere },
          { ...record('fix.round-1', 0), worktree_path: dir },
          {
            ...record('audit_codex.execute.round-0', 0),
            cgroup_path: '/sys/fs/cgroup/unified',
            mechanism: 'cgroup_v2'
          }
        ]
      })
    )
    expect(await findRunSurvivors({ runId: RUN, recordPath, worktreesDir: worktree })).toEqual([])
    await stopRunSurvivors({ runId: RUN, recordPath, worktreesDir: worktree }, 100)
    expect(isRunning(bystander)).toBe(true)
  })

  it('leaves a process that only works in the worktree alone when it started before the stage', async () => {
    const older = orphan({})
    await waitUntilRunning([older])
    await delay(50)
    writeFileSync(
      recordPath,
      JSON.stringify({
        schema_version: STAGE_RECORDS_VERSION,
        stages: [record('execute.round-0', (currentTicks() ?? 0) + 1)]
      })
    )
    expect(await findRunSurvivors(stages())).toEqual([])
  })
})
