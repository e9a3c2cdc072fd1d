import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult } from './harness.js'

// The demo flow after the demo: a gate decided, evidence supplied, and the refusals that
// keep both honest.

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  items: Array<{
    item_id: string
    terminal_state: string
    checkpoint_ref: string | null
    manual_gate_status: string
  }>
}

function scripted(repo: DemoRepo): string[] {
  const path = join(repo.root, 'scenario.json')
  writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
  repo.git('add', 'scenario.json')
  repo.git('commit', '-qm', 'scenario')
  return ['--agents', 'scripted', '--scenario', 'scenario.json', '--quiet']
}

describe('gates and evidence on the demo playbook', () => {
  it('refuses resume while the gate is pending, refuses a stale decision, and approval passes the item', () => {
    const repo = makeDemoRepo()
    const agents = scripted(repo)
    const run = repo.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--next',
      '--auto-advance',
      ...agents
    ])
    const runId = runResult(run.stdout).run_id
    const state = (): RunStateView => readRunFile(repo, runId, 'run_state.json') as RunStateView
    const gated = state().items[1]!
    expect(gated.terminal_state).toBe('awaiting_human_gate')

    const resume = repo.cli(['resume', '--run-id', runId, ...agents])
    expect(resume.code).toBe(1)
    expect(resume.stderr).toContain('item 02 awaits a human gate')

    const stale = repo.cli([
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'ada',
      '--checkpoint',
      'deadbeefdeadbeef'
    ])
    expect(stale.code).toBe(1)
    expect(stale.stderr).toContain('stale decision')
    expect(state().items[1]?.manual_gate_status).toBe('pending')

    const runTipBefore = repo.git('rev-parse', state().run_branch_name)
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
      'wording ok',
      '--checkpoint',
      gated.checkpoint_ref!.slice(0, 10)
    ])
    expect(approve.code).toBe(0)
    expect(state().items[1]).toEqual(
      expect.objectContaining({ terminal_state: 'passed', manual_gate_status: 'approved' })
    )
    expect(repo.git('rev-parse', state().run_branch_name)).toBe(gated.checkpoint_ref)
    expect(repo.git('rev-list', '--count', `${runTipBefore}..${gated.checkpoint_ref}`)).toBe('1')
    const gate = readRunFile(repo, runId, 'items', '02', 'attempt-1', 'manual_gate.json') as {
      status: string
      decision: { decided_by: string }
    }
    expect(gate).toEqual(
      expect.objectContaining({
        status: 'approved',
        decision: expect.objectContaining({ decided_by: 'ada' })
      })
    )

    const again = repo.cli([
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'ada',
      '--checkpoint',
      gated.checkpoint_ref!
    ])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('is not awaiting a gate')
  })

  it('refuses approval when the run branch moved since the gate, leaving the gate pending', () => {
    const repo = makeDemoRepo()
    const agents = scripted(repo)
    const runId = runResult(
      repo.cli(['run', '--playbook', 'playbook.md', '--next', '--auto-advance', ...agents]).stdout
    ).run_id
    const branch = (readRunFile(repo, runId, 'run_state.json') as RunStateView).run_branch_name
    repo.git('branch', '-f', branch, 'main')
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
      '--checkpoint',
      gatedCheckpoint(repo, runId)
    ])
    expect(approve.code).toBe(1)
    const main = repo.git('rev-parse', 'main')
    expect(approve.stderr).toContain(`the run branch ${branch} points at ${main}, but run`)
    const state = readRunFile(repo, runId, 'run_state.json') as RunStateView
    expect(state.items[1]).toEqual(
      expect.objectContaining({
        terminal_state: 'awaiting_human_gate',
        manual_gate_status: 'pending'
      })
    )
    const gate = readRunFile(repo, runId, 'items', '02', 'attempt-1', 'manual_gate.json') as {
      status: string
    }
    expect(gate.status).toBe('pending')
  })

  it('a rejected gate escalates the item and leaves the run branch alone', () => {
    const repo = makeDemoRepo()
    const agents = scripted(repo)
    const runId = runResult(
      repo.cli(['run', '--playbook', 'playbook.md', '--next', '--auto-advance', ...agents]).stdout
    ).run_id
    const before = (readRunFile(repo, runId, 'run_state.json') as RunStateView).run_branch_name
    const tip = repo.git('rev-parse', before)
    const reject = repo.cli([
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '02',
      '--decision',
      'rejected',
      '--by',
      'ada',
      '--note',
      'wrong tone',
      '--checkpoint',
      gatedCheckpoint(repo, runId)
    ])
    expect(reject.code).toBe(0)
    const state = readRunFile(repo, runId, 'run_state.json') as RunStateView
    expect(state.items[1]).toEqual(
      expect.objectContaining({ terminal_state: 'escalated', manual_gate_status: 'rejected' })
    )
    expect(repo.git('rev-parse', before)).toBe(tip)
  })

  it('resume with evidence unblocks the external item; the evidence is copied and hashed', () => {
    const repo = makeDemoRepo()
    const agents = scripted(repo)
    const runId = runResult(
      repo.cli(['run', '--playbook', 'playbook.md', '--item', '03', ...agents]).stdout
    ).run_id
    const without = repo.cli(['resume', '--run-id', runId, ...agents])
    expect(without.code).toBe(1)
    expect(without.stderr).toContain('--external-evidence-dir')
    const evidence = join(repo.home, 'evidence')
    mkdirSync(evidence)
    writeFileSync(join(evidence, 'vendor.txt'), 'Vendor confirmed the wording.\n')
    const resumed = repo.cli([
      'resume',
      '--run-id',
      runId,
      '--external-evidence-dir',
      evidence,
      ...agents
    ])
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('passed')
    const state = readRunFile(repo, runId, 'run_state.json') as RunStateView & {
      event_log: Array<{ message: string }>
    }
    expect(state.items[2]?.terminal_state).toBe('passed')
    expect(repo.git('show', `${state.run_branch_name}:docs/release-notes.md`)).toContain('vendor')
    const received = state.event_log.find((event) =>
      event.message.startsWith('external evidence received')
    )
    expect(received?.message).toMatch(/1 file\(s\), manifest (\S+)\.manifest\.json/)
    const manifestPath = /manifest (\S+)$/.exec(received!.message)![1]!
    const manifest = JSON.parse(readFileSync(join(repo.root, manifestPath), 'utf8')) as {
      files: Array<{ path: string; sha256: string }>
    }
    expect(manifest.files).toEqual([
      { path: 'vendor.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }
    ])
  })
})

/** The checkpoint item 02 awaits its gate with (what a reviewer names with --checkpoint). */
function gatedCheckpoint(repo: Parameters<typeof readRunFile>[0], runId: string): string {
  const state = readRunFile(repo, runId, 'run_state.json') as RunStateView
  return state.items[1]!.checkpoint_ref!
}
