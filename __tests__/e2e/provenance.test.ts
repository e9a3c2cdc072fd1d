import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT, runBundledCli } from '../helpers/bundled-cli.js'
import { makeDemoRepo } from './harness.js'
import { schemaErrors } from '../helpers/published-schemas.js'
import { statementText } from '../../src/core/provenance/statement.js'
import { runLayout } from '../../src/core/run/layout.js'
import { createGitPort } from '../../src/adapters/git-port.js'
import { loadRunState } from '../../src/adapters/run-store.js'
import { buildItemStatement } from '../../src/kernel/provenance.js'

// Provenance after a local demo run: every commit of each run branch is the subject (or part
// of the change) of a statement, `verify` says so one line per commit, and each way of
// tampering with the branch or the run's files is named with its commit and reason.

const RUNS = '.local/automation/plan_orchestrator/runs'

interface Demo {
  readonly dir: string
  readonly gatedRun: string
  readonly evidenceRun: string
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
}

/** The demo, then its printed next steps (gate approval, evidence), each in a fresh shell. */
function completedDemo(): Demo {
  const dir = join(mkdtempSync(join(tmpdir(), 'po-provenance-')), 'repo')
  const home = mkdtempSync(join(tmpdir(), 'po-provenance-home-'))
  const demo = runBundledCli(['demo', '--dir', dir, '--quiet'], { env: { HOME: home } })
  expect(demo.code).toBe(0)
  const gatedRun = / mark-manual-gate --run-id (RUN_\S+)/.exec(demo.stdout)?.[1] as string
  const evidenceRun = / resume --run-id (RUN_\S+)/.exec(demo.stdout)?.[1] as string
  const checkpoint = / --checkpoint ([0-9a-f]{40})/.exec(demo.stdout)?.[1] as string
  const approve = runBundledCli(
    [
      'mark-manual-gate',
      '--run-id',
      gatedRun,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'demo-reviewer',
      '--note',
      'wording reviewed',
      '--checkpoint',
      checkpoint
    ],
    { cwd: dir, env: { HOME: home } }
  )
  expect(approve.code).toBe(0)
  execFileSync('mkdir', ['-p', join(dir, 'evidence')])
  writeFileSync(join(dir, 'evidence', 'vendor-confirmation.txt'), 'Vendor confirmed.\n')
  const resumed = runBundledCli(
    [
      'resume',
      '--run-id',
      evidenceRun,
      '--external-evidence-dir',
      'evidence',
      '--agents',
      'scripted',
      '--scenario',
      'scenario.json',
      '--quiet'
    ],
    { cwd: dir, env: { HOME: home } }
  )
  expect(resumed.code).toBe(0)
  return { dir, gatedRun, evidenceRun }
}

function verify(
  dir: string,
  runId: string
): { code: number | null; stdout: string; stderr: string } {
  return runBundledCli(['verify', '--run-id', runId], { cwd: dir })
}

function branchOf(dir: string, runId: string): { name: string; base: string } {
  const state = JSON.parse(readFileSync(join(dir, RUNS, runId, 'run_state.json'), 'utf8')) as {
    run_branch_name: string
    base_head_sha: string
  }
  return { name: state.run_branch_name, base: state.base_head_sha }
}

function statementPath(dir: string, runId: string, item: string): string {
  const state = JSON.parse(readFileSync(join(dir, RUNS, runId, 'run_state.json'), 'utf8')) as {
    items: Array<{ item_id: string; attempt_number: number }>
  }
  const attempt = state.items.find((entry) => entry.item_id === item)?.attempt_number
  return join(dir, RUNS, runId, 'items', item, `attempt-${attempt}`, 'provenance.intoto.json')
}

/** A copy of the demo repository to tamper with. */
function copyOf(demo: Demo): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'po-provenance-copy-')), 'repo')
  cpSync(demo.dir, dir, { recursive: true })
  return dir
}

describe('provenance after a local demo run', () => {
  let demo: Demo
  beforeAll(() => {
    demo = completedDemo()
  })

  it('verify passes on each run branch and prints one line per commit', () => {
    for (const runId of [demo.gatedRun, demo.evidenceRun]) {
      const { name, base } = branchOf(demo.dir, runId)
      const commits = git(demo.dir, 'rev-list', '--reverse', `${base}..${name}`).split('\n')
      const run = verify(demo.dir, runId)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const lines = run.stdout.trim().split('\n')
      expect(lines.slice(0, -1).map((line) => line.split(' ')[0])).toEqual(commits)
      expect(lines.at(-1)).toContain(`verified: ${commits.length} commit(s) of ${name}`)
    }
    const gated = verify(demo.dir, demo.gatedRun).stdout
    expect(gated).toMatch(/ 01 ok: checkpoint, passed review/)
    expect(gated).toMatch(/ 02 ok: checkpoint, approved by demo-reviewer/)
    // The run is found from its branch too.
    const byBranch = runBundledCli(['verify', '--branch', branchOf(demo.dir, demo.gatedRun).name], {
      cwd: demo.dir
    })
    expect(byBranch.code).toBe(0)
  })

  it('each statement validates against the published schema and is rebuilt byte for byte', async () => {
    const cases: Array<[string, string]> = [
      [demo.gatedRun, '01'],
      [demo.gatedRun, '02'],
      [demo.evidenceRun, '03']
    ]
    for (const [runId, item] of cases) {
      const text = readFileSync(statementPath(demo.dir, runId, item), 'utf8')
      const statement = JSON.parse(text) as {
        _type: string
        subject: Array<{ digest: Record<string, string> }>
        predicate: {
          change: { checkpoint_sha: string }
          gate: { reviewer: string; source: { kind: string } } | null
          external_evidence: { files: unknown[] } | null
          verification: { commands: Array<{ exit_code: number | null; log: unknown }> }
        }
      }
      expect(schemaErrors('provenance_statement', statement)).toEqual([])
      expect(statement._type).toBe('https://in-toto.io/Statement/v1')
      expect(statement.subject[0]?.digest.gitCommit).toBe(statement.predicate.change.checkpoint_sha)
      expect(statement.subject[1]?.digest.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(statement.predicate.verification.commands.length).toBeGreaterThan(0)
      if (item === '02') expect(statement.predicate.gate?.reviewer).toBe('demo-reviewer')
      else expect(statement.predicate.gate).toBeNull()
      if (item === '03')
        expect(statement.predicate.external_evidence?.files.length).toBeGreaterThan(0)
      const layout = runLayout(demo.dir, runId)
      const rebuilt = statementText(
        await buildItemStatement(layout, await loadRunState(layout), item, createGitPort())
      )
      expect(rebuilt).toBe(text)
    }
  })

  it('a commit added to the run branch by hand is named', () => {
    const dir = copyOf(demo)
    const { name } = branchOf(dir, demo.gatedRun)
    const tree = git(dir, 'rev-parse', `${name}^{tree}`)
    const forged = execFileSync('git', ['commit-tree', tree, '-p', name, '-m', 'by hand'], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'x',
        GIT_AUTHOR_EMAIL: 'x@x',
        GIT_COMMITTER_NAME: 'x',
        GIT_COMMITTER_EMAIL: 'x@x'
      }
    }).trim()
    git(dir, 'update-ref', `refs/heads/${name}`, forged)
    const run = verify(dir, demo.gatedRun)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `${forged} - BROKEN: no statement of run ${demo.gatedRun} names this commit`
    )
    expect(run.stderr).toContain(`verification failed at commit ${forged}`)
  })

  it('an edited statement is named at its checkpoint', () => {
    const dir = copyOf(demo)
    const path = statementPath(dir, demo.gatedRun, '02')
    const text = readFileSync(path, 'utf8')
    expect(text).toContain('"reviewer":"demo-reviewer"')
    writeFileSync(path, text.replace('"reviewer":"demo-reviewer"', '"reviewer":"someone-else"'))
    const checkpoint = (JSON.parse(text) as { predicate: { change: { checkpoint_sha: string } } })
      .predicate.change.checkpoint_sha
    const run = verify(dir, demo.gatedRun)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `at commit ${checkpoint} \\(item 02\\): statement \\S+ differs from the one the run's records give`
      )
    )
  })

  it('an edited verification log is named with its commit', () => {
    const dir = copyOf(demo)
    const text = readFileSync(statementPath(dir, demo.gatedRun, '01'), 'utf8')
    const statement = JSON.parse(text) as {
      predicate: {
        change: { checkpoint_sha: string }
        verification: { commands: Array<{ log: { path: string } | null }> }
      }
    }
    const log = statement.predicate.verification.commands.find((command) => command.log !== null)
      ?.log?.path as string
    appendFileSync(join(dir, log), 'all good\n')
    const run = verify(dir, demo.gatedRun)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `at commit ${statement.predicate.change.checkpoint_sha} (item 01): verification log ${log} does not match its digest`
    )
  })

  it('a removed statement leaves its commit unaccounted for', () => {
    const dir = copyOf(demo)
    const path = statementPath(dir, demo.gatedRun, '01')
    const checkpoint = (
      JSON.parse(readFileSync(path, 'utf8')) as {
        predicate: { change: { checkpoint_sha: string } }
      }
    ).predicate.change.checkpoint_sha
    rmSync(path)
    const run = verify(dir, demo.gatedRun)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `at commit ${checkpoint}: no statement of run ${demo.gatedRun} names this commit`
    )
  })

  it("a gated item's removed approval record is named", () => {
    const dir = copyOf(demo)
    const text = readFileSync(statementPath(dir, demo.gatedRun, '02'), 'utf8')
    const statement = JSON.parse(text) as {
      predicate: { change: { checkpoint_sha: string }; gate: { record: { path: string } } }
    }
    rmSync(join(dir, statement.predicate.gate.record.path))
    const run = verify(dir, demo.gatedRun)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `at commit ${statement.predicate.change.checkpoint_sha} (item 02): the approval record ${statement.predicate.gate.record.path} is missing`
    )
  })
})

describe('provenance and a kill', () => {
  it('killed between the fast-forward and the statement, resume writes it and verify passes', () => {
    const repo = makeDemoRepo()
    const scenario = join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json')
    const work = ['--agents', 'scripted', '--scenario', scenario, '--quiet']
    const env = { PLAN_ORCHESTRATOR_LOCK_STALE_MS: '2000' }
    const crashed = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', ...work],
      undefined,
      {
        ...env,
        PLAN_ORCHESTRATOR_FAILPOINT: 'GIT_RUN_BRANCH_FAST_FORWARDED'
      }
    )
    expect(crashed.code).toBeNull() // killed by SIGKILL
    const runId = execFileSync('ls', [join(repo.root, RUNS)], { encoding: 'utf8' }).trim()
    // Killed in the window: git moved the run branch, no statement yet.
    expect(() => readFileSync(statementPath(repo.root, runId, '01'))).toThrow()
    const before = verify(repo.root, runId)
    expect(before.code).toBe(1)
    expect(before.stderr).toMatch(/no statement of run \S+ names this commit/)
    const resumed = repo.cli(['resume', '--run-id', runId, ...work], undefined, env)
    expect(resumed.stderr).toBe('')
    expect(resumed.code).toBe(0)
    const after = verify(repo.root, runId)
    expect(after.stderr).toBe('')
    expect(after.code).toBe(0)
    expect(after.stdout).toMatch(/ 01 ok: checkpoint, passed review/)
  })
})
