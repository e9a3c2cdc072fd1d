import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { expect } from '@jest/globals'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type TestAgentUser, openToOthers, processesOf } from '../helpers/agent-user.js'
import { filesContaining, listFiles } from '../helpers/canary.js'

/**
 * A runner-like job for the isolation tests of the bundled CLI: the checkout in `work/repo`
 * with an origin beside it, `_temp/_runner_file_commands/` as a runner keeps them, the job's
 * tokens (canaries) in the CLI's environment, and the hostile agent's script
 * (`__tests__/fixtures/hostile-agent/attack.sh`) committed in the checkout.
 */

const DEMO = join(PROJECT_ROOT, 'examples', 'demo')
const ATTACK = join(PROJECT_ROOT, '__tests__', 'fixtures', 'hostile-agent', 'attack.sh')
export const RUNNER_FILES = ['set_output', 'set_env', 'add_path', 'step_summary'] as const
export const GREETING = 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'

/** The user the CLI runs as, when not root (the orchestrator of a non-root runner). */
export interface RunnerUser {
  readonly name: string
  readonly uid: number
  readonly gid: number
  /** Put first on the runner's PATH (a sudo stand-in). */
  readonly pathPrefix?: string
}

export interface Job {
  readonly root: string
  readonly repo: string
  readonly origin: string
  readonly runnerFiles: Record<(typeof RUNNER_FILES)[number], string>
  readonly canary: string
  git(...args: string[]): string
  cli(args: readonly string[], env?: Record<string, string>): ReturnType<typeof spawnSync>
}

export function makeJob(runner?: RunnerUser): Job {
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
  // The test reads the checkout as root whoever owns it.
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'safe.directory=*', ...args], { cwd: repo, encoding: 'utf8' }).trim()
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 'operator')
  git('config', 'user.email', 'operator@example.invalid')
  git('add', '-A')
  git('commit', '-qm', 'workspace')
  execFileSync('git', ['init', '-q', '--bare', origin])
  git('remote', 'add', 'origin', origin)
  git('push', '-q', 'origin', 'main')
  if (runner !== undefined) execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, root])
  openToOthers(repo)
  openToOthers(origin)
  openToOthers(commands)
  const canary = `canary-${randomBytes(12).toString('hex')}`
  const path = [runner?.pathPrefix, process.env.PATH ?? '/usr/bin:/bin'].filter(Boolean).join(':')
  return {
    root,
    repo,
    origin,
    runnerFiles,
    canary,
    git,
    cli(args, env = {}) {
      const cli = [BUNDLED_CLI, ...args, '--scenario', join(root, 'scenario.json')]
      const [command, commandArgs] =
        runner === undefined
          ? [process.execPath, cli]
          : [
              'setpriv',
              [
                `--reuid=${runner.uid}`,
                `--regid=${runner.gid}`,
                '--init-groups',
                '--',
                process.execPath,
                ...cli
              ]
            ]
      return spawnSync(command, commandArgs, {
        cwd: repo,
        encoding: 'utf8',
        timeout: 150_000,
        env: {
          PATH: path,
          HOME: root,
          USER: runner?.name ?? 'root',
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

export function writeScenario(job: Job, scripts: object[]): void {
  const path = join(job.root, 'scenario.json')
  writeFileSync(path, JSON.stringify({ version: 1, scripts }))
  chmodSync(path, 0o644)
}

/** Item 01 passes while its execute agent runs the attack and its codex auditor writes. */
export const HOSTILE_SCRIPTS: object[] = [
  {
    lane: 'execute',
    item_id: '01',
    steps: [{ write: { 'src/greeting.mjs': GREETING } }, { run: 'bash attack.sh' }]
  },
  {
    // An auditor must not be able to touch the checkpoint under audit.
    lane: 'audit_codex',
    item_id: '01',
    steps: [
      { run: 'cat src/greeting.mjs; echo pwned >> src/greeting.mjs; echo pwned > src/planted.txt' }
    ]
  }
]

export interface Protected {
  readonly config: string
  readonly exclude: string
  readonly readme: string
  readonly runner: readonly string[]
}

export function protectedFiles(job: Job): Protected {
  return {
    config: readFileSync(join(job.repo, '.git', 'config'), 'utf8'),
    exclude: readFileSync(join(job.repo, '.git', 'info', 'exclude'), 'utf8'),
    readme: readFileSync(join(job.repo, 'README.md'), 'utf8'),
    runner: RUNNER_FILES.map((name) => readFileSync(job.runnerFiles[name], 'utf8'))
  }
}

/**
 * After a run of HOSTILE_SCRIPTS as `agent`: the attack ran as that user to its end, every
 * write was refused, the canary is nowhere the agent could write, nothing protected changed,
 * the auditor's writes did not land and nothing of the agent user still runs.
 */
export function expectAttackContained(
  job: Job,
  agent: TestAgentUser,
  run: ReturnType<typeof spawnSync>,
  before: Protected
): { runId: string; worktree: string } {
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
  expect(loot).toContain(`whoami: ${agent.uid} ${agent.name}`)
  expect(loot).toContain('attack done')
  expect(loot).toContain(`denied: append ${join(job.repo, '.git', 'config')}`)
  expect(loot).toContain(`denied: append ${job.runnerFiles.set_output}`)
  expect(loot).toContain('denied: git push')
  expect(loot.split('\n').filter((line) => line.startsWith('WROTE:'))).toEqual([])
  // It read its own processes' environments only: the orchestrator's stayed closed.
  expect(loot).not.toContain(`read /proc/${run.pid}/environ`)

  // The canary is nowhere the agent could write: its worktree, logs, reports, the run store.
  expect(filesContaining(job.root, job.canary)).toEqual([])
  expect(job.git('log', '-p', '--all')).not.toContain(job.canary)
  expect(output).not.toContain(job.canary)

  // Nothing protected changed.
  expect(protectedFiles(job)).toEqual(before)
  expect(existsSync(join(job.repo, '.git', 'hooks', 'pre-commit'))).toBe(false)
  expect(job.git('for-each-ref', '--format=%(refname)')).not.toContain('pwned')
  expect(
    execFileSync('git', ['-c', 'safe.directory=*', 'for-each-ref', '--format=%(refname)'], {
      cwd: job.origin,
      encoding: 'utf8'
    })
  ).not.toContain('pwned')
  // (The logs hold what the agent printed, its commands included; they are its own output.
  // The run's copy of its scenario holds the attack as the operator wrote it, by its sha256.)
  const runStore = join(job.repo, '.local/automation/plan_orchestrator/runs')
  const scenarioCopy = /\/scenarios\/[0-9a-f]{64}\.json$/
  expect(
    filesContaining(runStore, 'pwned').filter(
      (path) => !path.includes('/logs/') && !scenarioCopy.test(path)
    )
  ).toEqual([])
  for (const copy of listFiles(runStore).filter((path) => scenarioCopy.test(path)))
    expect(createHash('sha256').update(readFileSync(copy)).digest('hex')).toBe(
      basename(copy, '.json')
    )
  expect(listFiles(runStore).filter((path) => path.endsWith('/pwned'))).toEqual([])
  expect(filesContaining(join(job.repo, '.local/ai/plan_orchestrator/runs'), 'pwned')).toEqual([])

  // The auditor read the checkpoint, and its writes were refused: the worktree holds exactly
  // the checkpoint.
  const auditLog = join(
    runStore,
    result.run_id,
    'items/01/attempt-1/logs/audit_codex.execute.round-0.stdout.log'
  )
  expect(readFileSync(auditLog, 'utf8')).toContain(GREETING)
  expect(readFileSync(join(worktree, 'src', 'greeting.mjs'), 'utf8')).toBe(GREETING)
  expect(existsSync(join(worktree, 'src', 'planted.txt'))).toBe(false)
  expect(job.git('show', `orchestrator/run/${result.run_id}:src/greeting.mjs`)).toBe(
    GREETING.trimEnd()
  )

  // The daemons it started did not outlive their stage.
  expect(processesOf(agent.uid)).toEqual([])
  return { runId: result.run_id, worktree }
}
