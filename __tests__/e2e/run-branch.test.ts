import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstatSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult } from './harness.js'

// The run branch may only hold the base and the checkpoints of passed items; the state
// records where it must point (run_branch_head). A branch moved by anyone else is refused
// before anything builds on it, with both commits named, and the refusal writes nothing.

interface StateView {
  run_id: string
  run_branch_name: string
  base_head_sha: string
  run_branch_head: string
}

function scripted(repo: DemoRepo): string[] {
  const path = join(repo.home, 'demo-scenario.json')
  writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
  return ['--agents', 'scripted', '--scenario', path, '--quiet']
}

function runItems(repo: DemoRepo, items: string): StateView {
  const run = repo.cli(['run', '--playbook', 'playbook.md', '--items', items, ...scripted(repo)])
  expect(run.code).toBe(0)
  return readRunFile(repo, runResult(run.stdout).run_id, 'run_state.json') as StateView
}

/** Every file, link and directory of the repository (objects aside), with its content hash. */
function fingerprint(repo: DemoRepo): Record<string, string> {
  const seen: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      const key = relative(repo.root, path)
      if (key === '.git/objects') continue
      const stats = lstatSync(path)
      if (stats.isDirectory()) {
        seen[key] = 'dir'
        walk(path)
      } else if (stats.isSymbolicLink()) seen[key] = `link:${readlinkSync(path)}`
      else seen[key] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(repo.root)
  return seen
}

/** A commit on top of `parent` that no item made, with a file of its own. */
function foreignCommit(repo: DemoRepo, parent: string): string {
  const git = (args: string[], input?: string): string =>
    execFileSync('git', args, { cwd: repo.root, encoding: 'utf8', input }).trim()
  const blob = git(['hash-object', '-w', '--stdin'], 'made by no item\n')
  const listing = git(['ls-tree', `${parent}^{tree}`])
  const tree = git(['mktree'], `${listing}\n100644 blob ${blob}\textra.txt\n`)
  return git(['commit-tree', tree, '-p', parent, '-m', 'extra commit'])
}

function moveRunBranch(repo: DemoRepo, state: StateView, to: string): void {
  repo.git('update-ref', `refs/heads/${state.run_branch_name}`, to)
}

describe('a run branch that moved is refused before anything builds on it', () => {
  it.each([
    [
      'an extra commit on top',
      (repo: DemoRepo, state: StateView) => foreignCommit(repo, state.run_branch_head)
    ],
    ['rewound to its base', (_repo: DemoRepo, state: StateView) => state.base_head_sha]
  ])('resume, after %s, refuses with both commits and writes nothing', (_name, target) => {
    const repo = makeDemoRepo()
    const state = runItems(repo, '01')
    expect(state.run_branch_head).not.toBe(state.base_head_sha)
    const moved = target(repo, state)
    moveRunBranch(repo, state, moved)
    const before = fingerprint(repo)
    const resumed = repo.cli(['resume', '--run-id', state.run_id, ...scripted(repo)])
    expect(resumed.code).toBe(1)
    expect(resumed.stderr).toContain(`points at ${moved}`)
    expect(resumed.stderr).toContain(
      `recorded ${state.run_branch_head} (the checkpoint of item 01)`
    )
    expect(resumed.stderr).toContain(
      `git update-ref refs/heads/${state.run_branch_name} ${state.run_branch_head} ${moved}`
    )
    expect(resumed.stderr.trim().split('\n')).toHaveLength(1)
    expect(fingerprint(repo)).toEqual(before)

    // doctor says the same; put back as the message says, resume carries on.
    const doctor = repo.cli(['doctor', '--run-id', state.run_id, '--format', 'json'])
    const check = (
      JSON.parse(doctor.stdout) as {
        checks: Array<{ name: string; status: string; detail?: string }>
      }
    ).checks.find((entry) => entry.name === 'run_branch_head')
    expect(check?.status).toBe('error')
    expect(check?.detail).toContain(moved)
    moveRunBranch(repo, state, state.run_branch_head)
    const again = repo.cli(['resume', '--run-id', state.run_id, ...scripted(repo)])
    expect(again.code).toBe(0)
  })

  it('resume refuses a missing run branch', () => {
    const repo = makeDemoRepo()
    const state = runItems(repo, '01')
    repo.git('update-ref', '-d', `refs/heads/${state.run_branch_name}`)
    const before = fingerprint(repo)
    const resumed = repo.cli(['resume', '--run-id', state.run_id, ...scripted(repo)])
    expect(resumed.code).toBe(1)
    expect(resumed.stderr).toMatch(
      /the run branch \S+ is missing, but run \S+ recorded [0-9a-f]{40}/
    )
    expect(fingerprint(repo)).toEqual(before)
  })

  it('mark-manual-gate refuses to approve onto a moved run branch, and writes nothing', () => {
    const repo = makeDemoRepo()
    const state = runItems(repo, '01,02')
    const moved = foreignCommit(repo, state.run_branch_head)
    moveRunBranch(repo, state, moved)
    const before = fingerprint(repo)
    for (const decision of ['approved', 'rejected']) {
      const gate = repo.cli([
        'mark-manual-gate',
        '--run-id',
        state.run_id,
        '--item',
        '02',
        '--decision',
        decision,
        '--by',
        'ada',
        '--note',
        'looked at it',
        '--checkpoint',
        (state as unknown as { items: Array<{ checkpoint_ref: string }> }).items[1]!.checkpoint_ref
      ])
      expect(gate.code).toBe(1)
      expect(gate.stderr).toContain(`points at ${moved}`)
      expect(gate.stderr).toContain(`recorded ${state.run_branch_head}`)
    }
    expect(fingerprint(repo)).toEqual(before)
  })
})
