import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { runLayout } from '../../src/core/run/layout.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult } from './harness.js'

// What a reviewer sees at a gate from the CLI (status and the hint after run), the refusal of
// a decision that names no checkpoint, the pull request body, and clean.

interface StateView {
  run_branch_name: string
  items: Array<{ item_id: string; checkpoint_ref: string | null; branch_name: string | null }>
}

function scripted(repo: DemoRepo): string[] {
  const path = join(repo.root, 'scenario.json')
  writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
  repo.git('add', 'scenario.json')
  repo.git('commit', '-qm', 'scenario')
  return ['--agents', 'scripted', '--scenario', 'scenario.json']
}

function toGate(): { repo: DemoRepo; runId: string; hint: string; state: StateView } {
  const repo = makeDemoRepo()
  const run = repo.cli(['run', '--playbook', 'playbook.md', '--items', '01,02', ...scripted(repo)])
  expect(run.code).toBe(0)
  const runId = runResult(run.stdout).run_id
  const state = readRunFile(repo, runId, 'run_state.json') as StateView
  return { repo, runId, hint: run.stderr, state }
}

describe('a gate from the CLI', () => {
  it('mark-manual-gate without --checkpoint is refused, saying why, and changes nothing', () => {
    const { repo, runId, state } = toGate()
    const before = readFileSync(runLayout(repo.root, runId).runStatePath, 'utf8')
    const tip = repo.git('rev-parse', state.run_branch_name)
    for (const decision of ['approved', 'rejected']) {
      const refused = repo.cli([
        'mark-manual-gate',
        '--run-id',
        runId,
        '--item',
        '02',
        '--decision',
        decision,
        '--by',
        'ada',
        '--note',
        'looked at it'
      ])
      // A missing argument: the usage error (exit 2) of the CLI's exit codes.
      expect(refused.code).toBe(2)
      expect(refused.stderr).toContain('--checkpoint is required')
      expect(refused.stderr).toContain('holds for the checkpoint you reviewed only')
      expect(refused.stderr).not.toMatch(/\n\s+at /)
    }
    expect(readFileSync(runLayout(repo.root, runId).runStatePath, 'utf8')).toBe(before)
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(tip)
  })

  it('status and the hint after run show the changed files of the checkpoint and the exact command', () => {
    const { repo, runId, hint, state } = toGate()
    const checkpoint = state.items[1]!.checkpoint_ref!
    const status = repo.cli(['status', '--run-id', runId])
    expect(status.code).toBe(0)
    for (const page of [status.stdout, hint]) {
      expect(page).toContain('Gate of item 02 (approval)')
      expect(page).toContain('Why a human decides: A maintainer approves the changelog wording.')
      expect(page).toContain('Required evidence: decision record')
      expect(page).toContain('Changed files (1, +2 -0):')
      expect(page).toContain('+2 -0  docs/CHANGELOG.md')
      expect(page).toMatch(/Verification: pass/)
      expect(page).toMatch(/Audit codex: pass/)
      expect(page).toMatch(/Audit claude: pass/)
      expect(page).toContain('Cost: cost unknown')
      expect(page).toContain(`--checkpoint ${checkpoint}`)
    }
    const json = JSON.parse(repo.cli(['status', '--run-id', runId, '--format', 'json']).stdout) as {
      pending_action: { detail: string }
      gate_review: { checkpoint: string; changedFiles: Array<{ path: string }> }
    }
    expect(json.pending_action.detail).toContain(`--checkpoint ${checkpoint}`)
    expect(json.gate_review.checkpoint).toBe(checkpoint)
    expect(json.gate_review.changedFiles.map((file) => file.path)).toEqual(['docs/CHANGELOG.md'])
  })
})

describe('the hand-off from the CLI', () => {
  it('pr-body prints the run as markdown: progress, items, verification, cost', () => {
    const { repo, runId } = toGate()
    const body = repo.cli(['pr-body', '--run-id', runId])
    expect(body.code).toBe(0)
    expect(body.stdout).toContain('**1 of 3 items passed**')
    expect(body.stdout).toContain(
      '| Item | Action | Terminal | Attempts | Cost | Duration | Summary |'
    )
    expect(body.stdout).toContain('**awaiting\\_human\\_gate**')
    expect(body.stdout).toContain('### Verification and audits')
    expect(body.stdout).toContain('cost unknown')
    expect(body.stdout).not.toContain('$0')
    // The passed item's commit, with its provenance statement; the gated one has none yet.
    expect(body.stdout).toContain('### Commits and provenance')
    expect(body.stdout).toMatch(
      /^- `[0-9a-f]{12}` item 01: checkpoint, passed review; statement: `\.local\/automation\/plan_orchestrator\/runs\/RUN_\w+\/items\/01\/attempt-1\/provenance\.intoto\.json`$/m
    )
    expect(body.stdout).not.toMatch(/^- `[0-9a-f]{12}` item 02/m)
  })

  it('pr-body reads what the run cost from its usage summary, and unknown stays unknown', () => {
    const { repo, runId } = toGate()
    const totals = (cost: number | null, tokens: number): object => ({
      calls: 4,
      duration_ms: 1000,
      input_tokens: tokens,
      cached_input_tokens: 0,
      cache_write_tokens: 0,
      output_tokens: 0,
      reasoning_tokens: 0,
      total_tokens: tokens,
      calls_without_usage: 0,
      cost_usd: cost,
      known_cost_usd: cost ?? 0.5,
      calls_without_cost: cost === null ? 1 : 0
    })
    writeFileSync(
      join(runLayout(repo.root, runId).controlDir, 'usage.json'),
      JSON.stringify({
        schema_version: 'plan_orchestrator.usage_summary.v1',
        run_id: runId,
        limits: {
          max_cost_usd_per_item: null,
          max_cost_usd_per_run: null,
          max_tokens_per_item: null
        },
        run: totals(null, 21000),
        items: [
          { item_id: '01', totals: totals(1.234, 12000), attempts: [], budget_stop: null },
          { item_id: '02', totals: totals(null, 9000), attempts: [], budget_stop: null }
        ]
      })
    )
    const body = repo.cli(['pr-body', '--run-id', runId]).stdout
    expect(body).toContain('total: cost unknown (21,000 tokens)')
    // Escaped as markdown ($ would start GitHub's math).
    expect(body).toMatch(/\| 01 \| .* \| passed \| 1 \| \\\$1\\\.23 \|/)
    expect(body).toMatch(/\| 02 \| .* \| cost unknown \|/)
  })

  it('clean removes worktrees and finished attempt branches, keeps state, run branch and the gated checkpoint', () => {
    const { repo, runId, state } = toGate()
    const layout = runLayout(repo.root, runId)
    const gatedBranch = state.items[1]!.branch_name!
    const finishedBranch = state.items[0]!.branch_name!
    const runTip = repo.git('rev-parse', state.run_branch_name)
    const cleaned = repo.cli(['clean', '--run-id', runId])
    expect(cleaned.code).toBe(0)
    const result = JSON.parse(cleaned.stdout) as {
      deleted_branches: string[]
      kept_branches: Array<{ branch: string }>
    }
    expect(result.deleted_branches).toEqual([finishedBranch])
    expect(result.kept_branches.map((kept) => kept.branch)).toEqual([gatedBranch])
    expect(existsSync(layout.worktreesDir)).toBe(false)
    expect(repo.git('worktree', 'list', '--porcelain')).not.toContain(layout.worktreesDir)
    expect(repo.git('branch', '--list', finishedBranch)).toBe('')
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(runTip)
    expect(existsSync(layout.runStatePath)).toBe(true)
    // The gate can still be decided after clean.
    const approve = repo.cli([
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'ada',
      '--note',
      'ok',
      '--checkpoint',
      state.items[1]!.checkpoint_ref!
    ])
    expect(approve.code).toBe(0)
  })

  it('clean is refused while a writer holds the run', () => {
    const { repo, runId } = toGate()
    const layout = runLayout(repo.root, runId)
    // A live writer on this host: this test process, holding the lock as the CLI does.
    mkdirSync(layout.lockPath)
    writeFileSync(
      `${layout.lockPath}.owner.json`,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        command: 'resume',
        since: new Date().toISOString()
      })
    )
    const refused = repo.cli(['clean', '--run-id', runId])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is being changed by resume')
    expect(existsSync(layout.worktreesDir)).toBe(true)
  })
})
