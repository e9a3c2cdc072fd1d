import { spawn } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { jest } from '@jest/globals'
import { BUNDLED_CLI } from '../helpers/bundled-cli.js'
import { type TestAgentUser, ensureAgentUser, processesOf } from '../helpers/agent-user.js'
import { listFiles } from '../helpers/canary.js'
import {
  GREETING,
  HOSTILE_SCRIPTS,
  type Job,
  expectAttackContained,
  makeJob,
  protectedFiles,
  writeScenario
} from './isolation-job.js'

// The Must-show attack through the bundled CLI with --agent-user: a hostile scripted step
// hunts for tokens in /proc and tries to write the checkout's git config, hooks and refs, the
// run store, other worktrees, the runner's file-command files, and to push. As the agent user
// it finds nothing and changes nothing; the same hunt without isolation finds the token
// (so the attack is real, and the isolated result is not a test that cannot fail).

jest.setTimeout(180_000)

let agent: TestAgentUser

beforeAll(() => {
  agent = ensureAgentUser('po-agent-e2e')
})

it('a hostile agent step run as the agent user finds no token and changes nothing it must not', () => {
  const job = makeJob()
  writeScenario(job, HOSTILE_SCRIPTS)
  const before = protectedFiles(job)
  const run = job.cli([
    'run',
    '--playbook',
    'playbook.md',
    '--item',
    '01',
    '--agents',
    'scripted',
    '--agent-user',
    agent.name
  ])
  const { worktree } = expectAttackContained(job, agent, run, before)
  // Taken back: nothing in the worktree is the agent user's.
  expect(listFiles(worktree).filter((path) => statSync(path).uid !== 0)).toEqual([])
})

it('the same hunt as the invoking user reads the token (what isolation prevents)', () => {
  const job = makeJob()
  writeScenario(job, [
    {
      lane: 'execute',
      item_id: '01',
      steps: [
        { write: { 'src/greeting.mjs': GREETING } },
        {
          run: "mkdir -p .local; for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < \"$f\"; done > .local/loot.txt 2>/dev/null; true"
        }
      ]
    }
  ])
  const run = job.cli(['run', '--playbook', 'playbook.md', '--item', '01', '--agents', 'scripted'])
  expect(run.status).toBe(0)
  const { run_id: runId } = JSON.parse(String(run.stdout)) as { run_id: string }
  const loot = readFileSync(
    join(
      job.repo,
      '.local/automation/plan_orchestrator/worktrees',
      runId,
      'item-01-attempt-1',
      '.local',
      'loot.txt'
    ),
    'utf8'
  )
  expect(loot).toContain(job.canary)
})

describe('preflight with an agent user', () => {
  const run = (job: Job, args: string[], env: Record<string, string> = {}) =>
    job.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--agents', 'scripted', ...args],
      env
    )
  const runStore = (job: Job): string => join(job.repo, '.local/automation/plan_orchestrator/runs')

  it('refuses a user that does not exist, with one line and no run left behind', () => {
    const job = makeJob()
    writeScenario(job, [])
    const result = run(job, ['--agent-user', 'po-no-such-user'])
    expect(result.status).toBe(1)
    expect(String(result.stderr)).toMatch(
      /^error: agent user 'po-no-such-user' does not exist; .*docs\/security\.md.*$/m
    )
    expect(String(result.stderr)).not.toMatch(/\n\s+at /)
    expect(existsSync(runStore(job))).toBe(false)
  })

  it('takes the user from PLAN_ORCHESTRATOR_AGENT_USER, and a flag over it', () => {
    const job = makeJob()
    writeScenario(job, [])
    const fromEnv = run(job, [], { PLAN_ORCHESTRATOR_AGENT_USER: 'po-env-user' })
    expect(String(fromEnv.stderr)).toContain("agent user 'po-env-user' does not exist")
    const fromFlag = run(job, ['--agent-user', 'po-flag-user'], {
      PLAN_ORCHESTRATOR_AGENT_USER: 'po-env-user'
    })
    expect(String(fromFlag.stderr)).toContain("agent user 'po-flag-user' does not exist")
    expect(String(fromFlag.stderr)).not.toContain('po-env-user')
  })

  it('refuses root, and a name that is no user name', () => {
    const job = makeJob()
    writeScenario(job, [])
    const root = run(job, ['--agent-user', 'root'])
    expect(root.status).toBe(1)
    expect(String(root.stderr)).toContain("error: agent user 'root' is root (uid 0)")
    const bad = run(job, ['--agent-user=../x'])
    expect(bad.status).toBe(1)
    expect(String(bad.stderr)).toContain('agent_user: must be an OS user name')
  })

  it('names the directory that keeps the agent user out of the repository', () => {
    const job = makeJob()
    writeScenario(job, [])
    chmodSync(join(job.root, 'work'), 0o700)
    const result = run(job, ['--agent-user', agent.name])
    expect(result.status).toBe(1)
    expect(String(result.stderr)).toContain(
      `error: agent user '${agent.name}' cannot enter ${join(job.root, 'work')}, on the way to the repository ${job.repo}`
    )
    expect(existsSync(runStore(job))).toBe(false)
  })

  it('warns, and runs, inside GitHub Actions without an agent user', () => {
    const job = makeJob()
    writeScenario(job, [
      { lane: 'execute', item_id: '01', steps: [{ write: { 'src/greeting.mjs': GREETING } }] }
    ])
    const result = run(job, [], { GITHUB_ACTIONS: 'true' })
    expect(result.status).toBe(0)
    expect(String(result.stderr)).toMatch(
      /^warning: agents and verification commands run as this job's own user .*--agent-user \(see docs\/security\.md\)$/m
    )
    const local = makeJob()
    writeScenario(local, [
      { lane: 'execute', item_id: '01', steps: [{ write: { 'src/greeting.mjs': GREETING } }] }
    ])
    expect(String(run(local, []).stderr)).not.toContain('warning: agents')
  })
})

describe('resuming an isolated run', () => {
  const uidStep = { run: 'mkdir -p .local && id -u > .local/uid.txt' }
  const uidIn = (job: Job, runId: string, attempt: number): string =>
    readFileSync(
      join(
        job.repo,
        '.local/automation/plan_orchestrator/worktrees',
        runId,
        `item-01-attempt-${attempt}`,
        '.local',
        'uid.txt'
      ),
      'utf8'
    ).trim()

  it('keeps the agent user the run recorded, and --no-agent-user drops it', () => {
    const job = makeJob()
    writeScenario(job, [
      { lane: 'execute', item_id: '01', attempt: 1, steps: [uidStep, { exit_code: 3 }] },
      {
        lane: 'execute',
        item_id: '01',
        attempt: 2,
        steps: [uidStep, { exit_code: 3 }]
      },
      {
        lane: 'execute',
        item_id: '01',
        steps: [uidStep, { write: { 'src/greeting.mjs': GREETING } }]
      }
    ])
    const first = job.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '01',
      '--agents',
      'scripted',
      '--agent-user',
      agent.name
    ])
    const { run_id: runId, last_terminal_state: terminal } = JSON.parse(String(first.stdout)) as {
      run_id: string
      last_terminal_state: string
    }
    expect(terminal).toBe('escalated')
    expect(uidIn(job, runId, 1)).toBe(String(agent.uid))

    const resumed = job.cli(['resume', '--run-id', runId, '--agents', 'scripted'])
    expect(JSON.parse(String(resumed.stdout))).toMatchObject({ last_terminal_state: 'escalated' })
    expect(uidIn(job, runId, 2)).toBe(String(agent.uid))

    const unisolated = job.cli([
      'resume',
      '--run-id',
      runId,
      '--agents',
      'scripted',
      '--no-agent-user'
    ])
    expect(JSON.parse(String(unisolated.stdout))).toMatchObject({ last_terminal_state: 'passed' })
    expect(uidIn(job, runId, 3)).toBe('0')
  })

  it('after a crash mid-stage, stops what the agent left running and takes its worktree back', async () => {
    const job = makeJob()
    writeScenario(job, [
      {
        lane: 'execute',
        item_id: '01',
        attempt: 1,
        steps: [{ run: 'setsid sleep 600 </dev/null >/dev/null 2>&1 & sleep 600' }]
      },
      { lane: 'execute', item_id: '01', steps: [{ write: { 'src/greeting.mjs': GREETING } }] }
    ])
    const scenario = join(job.root, 'scenario.json')
    const kernel = spawn(
      process.execPath,
      [
        BUNDLED_CLI,
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '01',
        '--agents',
        'scripted',
        '--scenario',
        scenario,
        '--agent-user',
        agent.name
      ],
      { cwd: job.repo, env: { PATH: process.env.PATH ?? '', HOME: job.root }, stdio: 'ignore' }
    )
    // Both sleeps run as the agent user: the stage is under way, its worktree handed over.
    // (Counted by name: the agent user's short-lived preflight checks must not end the wait.)
    const sleeping = (): number =>
      processesOf(agent.uid).filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('sleep\0')
        } catch {
          return false
        }
      }).length
    while (sleeping() < 2) await delay(50)
    const exited = new Promise((resolve) => kernel.once('exit', resolve))
    kernel.kill('SIGKILL')
    await exited
    const worktrees = join(job.repo, '.local/automation/plan_orchestrator/worktrees')
    const [runId] = readdirSync(worktrees)
    const stopped = join(worktrees, runId as string, 'item-01-attempt-1')
    expect(statSync(stopped).uid).toBe(agent.uid)
    expect(processesOf(agent.uid).length).toBeGreaterThan(0)

    const resumed = job.cli(['resume', '--run-id', runId as string, '--agents', 'scripted'])
    expect(JSON.parse(String(resumed.stdout))).toMatchObject({ last_terminal_state: 'passed' })
    expect(processesOf(agent.uid)).toEqual([])
    expect(statSync(stopped).uid).toBe(0)
    expect(statSync(stopped).mode & 0o777).toBe(0o700)
  })
})
