import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { jest } from '@jest/globals'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import {
  type TestAgentUser,
  ensureAgentUser,
  openToOthers,
  processesOf
} from '../helpers/agent-user.js'
import { filesContaining, listFiles } from '../helpers/canary.js'

// The Must-show attack through the bundled CLI with --agent-user: a hostile scripted step
// hunts for tokens in /proc and tries to write the checkout's git config, hooks and refs, the
// run store, other worktrees, the runner's file-command files, and to push. As the agent user
// it finds nothing and changes nothing; the same hunt without isolation finds the token
// (so the attack is real, and the isolated result is not a test that cannot fail).

jest.setTimeout(180_000)

const DEMO = join(PROJECT_ROOT, 'examples', 'demo')
const ATTACK = join(PROJECT_ROOT, '__tests__', 'fixtures', 'hostile-agent', 'attack.sh')
const RUNNER_FILES = ['set_output', 'set_env', 'add_path', 'step_summary'] as const

let agent: TestAgentUser

beforeAll(() => {
  agent = ensureAgentUser('po-agent-e2e')
})

interface Job {
  readonly root: string
  readonly repo: string
  readonly origin: string
  readonly runnerFiles: Record<(typeof RUNNER_FILES)[number], string>
  readonly canary: string
  git(...args: string[]): string
  cli(args: readonly string[], env?: Record<string, string>): ReturnType<typeof spawnSync>
}

/** A runner-like job directory: `_temp/_runner_file_commands/`, the checkout, an origin. */
function makeJob(): Job {
  const root = mkdtempSync(join(tmpdir(), 'po-isolation-'))
  const repo = join(root, 'work', 'repo')
  const origin = join(root, 'origin.git')
  const commands = join(root, '_temp', '_runner_file_commands')
  mkdirSync(repo, { recursive: true })
  mkdirSync(commands, { recursive: true })
  const runnerFiles = Object.fromEntries(
    RUNNER_FILES.map((name) => {
      const path = join(commands, `${name}_${randomBytes(4).toString('hex')}`)
      writeFileSync(path, `${name} written by the runner\n`)
      chmodSync(path, 0o644)
      return [name, path]
    })
  ) as Job['runnerFiles']
  cpSync(join(DEMO, 'workspace'), repo, { recursive: true })
  copyFileSync(join(DEMO, 'playbook.md'), join(repo, 'playbook.md'))
  copyFileSync(ATTACK, join(repo, 'attack.sh'))
  writeFileSync(join(repo, '.gitignore'), '.local/\n')
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 'operator')
  git('config', 'user.email', 'operator@example.invalid')
  git('add', '-A')
  git('commit', '-qm', 'workspace')
  execFileSync('git', ['init', '-q', '--bare', origin])
  git('remote', 'add', 'origin', origin)
  git('push', '-q', 'origin', 'main')
  openToOthers(repo)
  openToOthers(origin)
  const canary = `canary-${randomBytes(12).toString('hex')}`
  return {
    root,
    repo,
    origin,
    runnerFiles,
    canary,
    git,
    cli(args, env = {}) {
      const scenario = join(root, 'scenario.json')
      return spawnSync(process.execPath, [BUNDLED_CLI, ...args, '--scenario', scenario], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: root,
          LANG: 'C.UTF-8',
          // Where a job keeps its tokens: the step's inputs and the runner's own.
          'INPUT_GITHUB-TOKEN': canary,
          GITHUB_TOKEN: canary,
          ACTIONS_RUNTIME_TOKEN: canary,
          GITHUB_OUTPUT: runnerFiles.set_output,
          GITHUB_ENV: runnerFiles.set_env,
          GITHUB_PATH: runnerFiles.add_path,
          GITHUB_STEP_SUMMARY: runnerFiles.step_summary,
          ...env
        }
      })
    }
  }
}

function writeScenario(job: Job, scripts: object[]): void {
  writeFileSync(join(job.root, 'scenario.json'), JSON.stringify({ version: 1, scripts }))
}

const GREETING = 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'

it('a hostile agent step run as the agent user finds no token and changes nothing it must not', () => {
  const job = makeJob()
  writeScenario(job, [
    {
      lane: 'execute',
      item_id: '01',
      steps: [{ write: { 'src/greeting.mjs': GREETING } }, { run: 'bash attack.sh' }]
    },
    {
      // An auditor must not be able to touch the checkpoint under audit.
      lane: 'audit_codex',
      item_id: '01',
      steps: [{ run: 'echo pwned >> src/greeting.mjs; echo pwned > src/planted.txt' }]
    }
  ])
  const protectedBefore = {
    config: readFileSync(join(job.repo, '.git', 'config'), 'utf8'),
    exclude: readFileSync(join(job.repo, '.git', 'info', 'exclude'), 'utf8'),
    readme: readFileSync(join(job.repo, 'README.md'), 'utf8'),
    runner: RUNNER_FILES.map((name) => readFileSync(job.runnerFiles[name], 'utf8'))
  }

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
  const output = `${String(run.stdout)}\n${String(run.stderr)}`
  expect({ code: run.status, output }).toEqual({ code: 0, output: expect.any(String) })
  const result = JSON.parse(String(run.stdout)) as { run_id: string; last_terminal_state: string }
  expect(result.last_terminal_state).toBe('passed')

  const worktree = join(
    job.repo,
    '.local/automation/plan_orchestrator/worktrees',
    result.run_id,
    'item-01-attempt-1'
  )
  const loot = readFileSync(join(worktree, '.local', 'loot.txt'), 'utf8')
  // The attack ran, as the agent user, to its end, and every write was refused.
  expect(loot).toContain(`whoami: ${agent.uid} ${agent.name}`)
  expect(loot).toContain('attack done')
  expect(loot).toContain(`denied: append ${join(job.repo, '.git', 'config')}`)
  expect(loot).toContain(`denied: append ${job.runnerFiles.set_output}`)
  expect(loot).toContain('denied: git push')
  expect(loot.split('\n').filter((line) => line.startsWith('WROTE:'))).toEqual([])
  // It could read its own processes' environments only: the orchestrator's stayed closed.
  expect(loot).not.toContain(`read /proc/${run.pid}/environ`)

  // The canary is nowhere the agent could write: its worktree, logs, reports, the run store.
  expect(filesContaining(job.repo, job.canary)).toEqual([])
  expect(
    execFileSync('git', ['log', '-p', '--all'], { cwd: job.repo, encoding: 'utf8' })
  ).not.toContain(job.canary)
  expect(output).not.toContain(job.canary)

  // Nothing protected changed.
  expect(readFileSync(join(job.repo, '.git', 'config'), 'utf8')).toBe(protectedBefore.config)
  expect(readFileSync(join(job.repo, '.git', 'info', 'exclude'), 'utf8')).toBe(
    protectedBefore.exclude
  )
  expect(existsSync(join(job.repo, '.git', 'hooks', 'pre-commit'))).toBe(false)
  expect(readFileSync(join(job.repo, 'README.md'), 'utf8')).toBe(protectedBefore.readme)
  expect(RUNNER_FILES.map((name) => readFileSync(job.runnerFiles[name], 'utf8'))).toEqual(
    protectedBefore.runner
  )
  expect(job.git('for-each-ref', '--format=%(refname)')).not.toContain('pwned')
  expect(
    execFileSync('git', ['for-each-ref', '--format=%(refname)'], {
      cwd: job.origin,
      encoding: 'utf8'
    })
  ).not.toContain('pwned')
  // (The logs hold what the agent printed, its commands included; they are its own output.)
  const runStore = join(job.repo, '.local/automation/plan_orchestrator/runs')
  expect(filesContaining(runStore, 'pwned').filter((path) => !path.includes('/logs/'))).toEqual([])
  expect(listFiles(runStore).filter((path) => path.endsWith('/pwned'))).toEqual([])
  expect(filesContaining(join(job.repo, '.local/ai/plan_orchestrator/runs'), 'pwned')).toEqual([])

  // The auditor's writes were refused: the worktree holds exactly the checkpoint.
  expect(readFileSync(join(worktree, 'src', 'greeting.mjs'), 'utf8')).toBe(GREETING)
  expect(existsSync(join(worktree, 'src', 'planted.txt'))).toBe(false)
  expect(job.git('show', `orchestrator/run/${result.run_id}:src/greeting.mjs`)).toBe(
    GREETING.trimEnd()
  )

  // The daemons it started did not outlive their stage.
  expect(processesOf(agent.uid)).toEqual([])
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
    while (processesOf(agent.uid).length < 2) await delay(50)
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
