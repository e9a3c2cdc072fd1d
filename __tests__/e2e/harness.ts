import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * End-to-end runs: a real git repository made from the demo workspace, the bundled CLI,
 * and the fake codex and claude executables on PATH acting out a scenario.
 */

export const FAKE_AGENTS = join(PROJECT_ROOT, '__tests__', 'fixtures', 'fake-agents')
const DEMO = join(PROJECT_ROOT, 'examples', 'demo')

export interface DemoRepo {
  readonly root: string
  readonly home: string
  git(...args: string[]): string
  cli(
    args: readonly string[],
    scenario?: object,
    extraEnv?: Record<string, string>
  ): { code: number | null; stdout: string; stderr: string }
}

export function makeDemoRepo(playbook?: string): DemoRepo {
  const root = mkdtempSync(join(tmpdir(), 'po-e2e-'))
  const home = mkdtempSync(join(tmpdir(), 'po-e2e-home-'))
  cpSync(join(DEMO, 'workspace'), root, { recursive: true })
  writeFileSync(
    join(root, 'playbook.md'),
    playbook ?? readFileSync(join(DEMO, 'playbook.md'), 'utf8')
  )
  writeFileSync(join(root, '.gitignore'), '.local/\n')
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 'e2e')
  git('config', 'user.email', 'e2e@example.invalid')
  git('add', '-A')
  git('commit', '-qm', 'workspace')
  let scenarios = 0
  return {
    root,
    home,
    git,
    cli(args, scenario, extraEnv = {}) {
      const env: NodeJS.ProcessEnv = {
        PATH: `${FAKE_AGENTS}${delimiter}${process.env.PATH ?? ''}`,
        HOME: home,
        LANG: 'C.UTF-8',
        PLAN_ORCHESTRATOR_AGENT_ENV: 'FAKE_AGENT_*',
        ...extraEnv
      }
      if (scenario !== undefined) {
        scenarios += 1
        const path = join(home, `scenario-${scenarios}.json`)
        writeFileSync(path, JSON.stringify(scenario))
        env.FAKE_AGENT_SCENARIO = path
      }
      const run = spawnSync(process.execPath, [BUNDLED_CLI, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 60_000
      })
      return { code: run.status, stdout: run.stdout, stderr: run.stderr }
    }
  }
}

export function runResult(stdout: string): {
  run_id: string
  last_terminal_state: string
  current_state: string
} {
  return JSON.parse(stdout)
}

export function readRunFile(repo: DemoRepo, runId: string, ...parts: string[]): unknown {
  return JSON.parse(
    readFileSync(
      join(repo.root, '.local/automation/plan_orchestrator/runs', runId, ...parts),
      'utf8'
    )
  )
}

export function readReportFile(repo: DemoRepo, runId: string, ...parts: string[]): unknown {
  return JSON.parse(
    readFileSync(join(repo.root, '.local/ai/plan_orchestrator/runs', runId, ...parts), 'utf8')
  )
}

export function writePolicy(repo: DemoRepo, runtimePolicy: object): string {
  const path = join(repo.home, 'policy.json')
  writeFileSync(
    path,
    JSON.stringify({
      schema_version: 'plan_orchestrator.control_plane.v1',
      runtime_policy: runtimePolicy
    })
  )
  return path
}
