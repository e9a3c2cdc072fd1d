import { spawn } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult } from './harness.js'

// Killed at any stage boundary, a run resumes to the same final state as an uninterrupted
// run: item passed, the run branch ahead of its base by exactly the attempt's two
// checkpoint commits (execute, then the fix that makes verification pass), same content.
// The boundaries and results are tabled in docs/reliability.md.

const ONE_ITEM = readFileSync(join(PROJECT_ROOT, 'examples/demo/playbook.md'), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('| 02 |') && !line.startsWith('| 03 |'))
  .join('\n')

const GREETING = 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
const SCENARIO = {
  version: 1,
  scripts: [
    { lane: 'execute', item_id: '01', steps: [{ write: { 'src/notes.md': 'first try\n' } }] },
    { lane: 'fix', item_id: '01', steps: [{ write: { 'src/greeting.mjs': GREETING } }] }
  ]
}
const ENV = { PLAN_ORCHESTRATOR_LOCK_STALE_MS: '2000' }

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  run_branch_head: string
  pending_fast_forward: unknown
  items: Array<{
    item_id: string
    terminal_state: string
    attempt_number: number
    terminal_summary: string | null
  }>
}

function scripted(repo: DemoRepo): string[] {
  const path = join(repo.home, 'crash-scenario.json')
  writeFileSync(path, JSON.stringify(SCENARIO))
  return ['--agents', 'scripted', '--scenario', path, '--quiet']
}

function finalShape(
  repo: DemoRepo,
  runId: string
): {
  commits: string[]
  greeting: string
  terminal: string
  summary: string | null
  headRecorded: boolean
  pending: unknown
} {
  const state = readRunFile(repo, runId, 'run_state.json') as RunStateView
  return {
    commits: repo
      .git('log', '--format=%s', `${state.base_head_sha}..${state.run_branch_name}`)
      .split('\n'),
    greeting: repo.git('show', `${state.run_branch_name}:src/greeting.mjs`),
    terminal: state.items[0]?.terminal_state ?? 'none',
    summary: state.items[0]?.terminal_summary ?? null,
    // The state names the commit the run branch holds, and no move is left half-done.
    headRecorded: state.run_branch_head === repo.git('rev-parse', state.run_branch_name),
    pending: state.pending_fast_forward
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

describe('crash safety', () => {
  const expected = {
    commits: ['orchestrator(01): fix checkpoint', 'orchestrator(01): execute checkpoint'],
    greeting: GREETING.trimEnd(),
    terminal: 'passed',
    summary: 'Scripted triage: nothing blocks the item.',
    headRecorded: true,
    pending: null
  }

  it('an uninterrupted run reaches the reference final state', () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', ...scripted(repo)],
      undefined,
      ENV
    )
    expect(run.code).toBe(0)
    expect(finalShape(repo, runResult(run.stdout).run_id)).toEqual(expected)
  })

  // State saves, then the boundaries between a git effect and its state record
  // (src/kernel/failpoints.ts), in the order a run reaches them.
  it.each([
    'ST10_ITEM_SELECTED',
    'GIT_WORKTREE_CREATED',
    'ST15_WORKTREE_PREPARED',
    'ST20_CONTEXT_PREPARED',
    'ST30_EXECUTING',
    'GIT_CHECKPOINT_COMMITTED',
    'ST40_VERIFYING',
    'ST50_AUDIT_PACKET_READY',
    'ST60_AUDITING_CODEX',
    'ST61_AUDITING_CLAUDE',
    'ST70_TRIAGING',
    'ST80_FIXING',
    'FAST_FORWARD_RECORDED',
    'GIT_RUN_BRANCH_FAST_FORWARDED',
    'ST130_PASSED'
  ])('killed right after %s, resume reaches the same final state', async (boundary) => {
    const repo = makeDemoRepo(ONE_ITEM)
    const crashed = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', ...scripted(repo)],
      undefined,
      {
        ...ENV,
        PLAN_ORCHESTRATOR_FAILPOINT: boundary
      }
    )
    expect(crashed.code).toBeNull() // killed by SIGKILL
    const runId = readdirRuns(repo)
    const status = repo.cli(['status', '--run-id', runId, '--format', 'json'], undefined, ENV)
    const summary = JSON.parse(status.stdout) as { status_level: string }
    expect(summary.status_level).toBe(boundary === 'ST130_PASSED' ? 'ok' : 'interrupted')
    // The dead writer's lock is taken over at once: its pid is gone.
    const resumed = repo.cli(['resume', '--run-id', runId, ...scripted(repo)], undefined, ENV)
    expect(resumed.stderr).toBe('')
    expect(resumed.code).toBe(0)
    expect(finalShape(repo, runId)).toEqual(expected)
    // An interrupted review is redone inside the same attempt; earlier stages get a fresh
    // one, except before any worktree existed (nothing to set aside: still attempt 1).
    const reviewStates = [
      'ST50_AUDIT_PACKET_READY',
      'ST60_AUDITING_CODEX',
      'ST61_AUDITING_CLAUDE',
      'ST70_TRIAGING'
    ]
    const attempt = (readRunFile(repo, runId, 'run_state.json') as RunStateView).items[0]
      ?.attempt_number
    // A pass recorded before the kill is completed, not redone: still attempt 1.
    const passRecorded = ['FAST_FORWARD_RECORDED', 'GIT_RUN_BRANCH_FAST_FORWARDED', 'ST130_PASSED']
    expect(attempt).toBe(
      [...reviewStates, ...passRecorded, 'ST10_ITEM_SELECTED'].includes(boundary) ? 1 : 2
    )
    // Resuming again finds nothing to do and changes nothing.
    const again = repo.cli(['resume', '--run-id', runId, ...scripted(repo)], undefined, ENV)
    expect(again.code).toBe(0)
    expect(finalShape(repo, runId)).toEqual(expected)
  })

  it('killed after the fast-forward but before the pass was saved, resume applies the change once', () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const crashed = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', ...scripted(repo)],
      undefined,
      { ...ENV, PLAN_ORCHESTRATOR_FAILPOINT: 'GIT_RUN_BRANCH_FAST_FORWARDED' }
    )
    expect(crashed.code).toBeNull()
    const runId = readdirRuns(repo)
    const state = readRunFile(repo, runId, 'run_state.json') as RunStateView
    // Killed in the window: git moved the branch, the state still says the item is in triage.
    expect(state.items[0]?.terminal_state).toBe('none')
    expect(repo.git('rev-parse', state.run_branch_name)).not.toBe(state.run_branch_head)
    for (let round = 0; round < 2; round += 1) {
      const resumed = repo.cli(['resume', '--run-id', runId, ...scripted(repo)], undefined, ENV)
      expect(resumed.stderr).toBe('')
      expect(resumed.code).toBe(0)
      expect(runResult(resumed.stdout).last_terminal_state).toBe('passed')
    }
    expect(finalShape(repo, runId)).toEqual(expected)
  })
})

describe('one writer per run', () => {
  it('refuses a second mutating command while the first holds the run, leaving state untouched', async () => {
    const repo = makeDemoRepo(ONE_ITEM)
    const path = join(repo.home, 'slow.json')
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        scripts: [{ lane: 'execute', item_id: '01', steps: [{ sleep_ms: 4000 }] }]
      })
    )
    const first = spawn(
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
        path,
        '--quiet'
      ],
      {
        cwd: repo.root,
        env: { PATH: process.env.PATH, HOME: repo.home }
      }
    )
    let runId = ''
    for (let waited = 0; runId === '' && waited < 10_000; waited += 100) {
      await sleep(100)
      runId = tryRunId(repo)
    }
    await sleep(300)
    const second = repo.cli([
      'resume',
      '--run-id',
      runId,
      '--agents',
      'scripted',
      '--scenario',
      path,
      '--quiet'
    ])
    expect(second.code).toBe(1)
    expect(second.stderr).toMatch(/run RUN_\S+ is being changed by run \(pid \d+/)
    const gate = repo.cli([
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '01',
      '--decision',
      'approved',
      '--by',
      'x',
      '--checkpoint',
      '0123456789abcdef0123456789abcdef01234567'
    ])
    expect(gate.code).toBe(1)
    expect(gate.stderr).toContain('is being changed by')
    await new Promise((resolve) => first.on('exit', resolve))
    // Neither refused command left a trace: no reset, no human decision in the run's log.
    const events = (
      readRunFile(repo, runId, 'run_state.json') as {
        event_log: Array<{ actor: string; message: string }>
      }
    ).event_log
    expect(
      events.filter((event) => event.actor === 'human' || event.message.startsWith('reset item'))
    ).toEqual([])
  })
})

function tryRunId(repo: DemoRepo): string {
  try {
    return readdirRuns(repo)
  } catch {
    return ''
  }
}

function readdirRuns(repo: DemoRepo): string {
  const listing = readdirSync(join(repo.root, '.local/automation/plan_orchestrator/runs'))
  if (listing.length !== 1) throw new Error(`expected one run, found ${listing.length}`)
  return listing[0] as string
}

describe('resume --auto-advance after an interrupted review', () => {
  it('finishes the interrupted item, then goes on to the next one', () => {
    const repo = makeDemoRepo()
    const path = join(repo.home, 'demo-scenario.json')
    writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
    const agents = ['--agents', 'scripted', '--scenario', path, '--quiet']
    const crashed = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', ...agents],
      undefined,
      {
        PLAN_ORCHESTRATOR_FAILPOINT: 'ST70_TRIAGING'
      }
    )
    expect(crashed.code).toBeNull()
    const runId = readdirRuns(repo)
    const resumed = repo.cli(['resume', '--run-id', runId, '--auto-advance', ...agents])
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout)).toEqual(
      expect.objectContaining({ current_item_id: '02', last_terminal_state: 'awaiting_human_gate' })
    )
  })
})

describe('an approval killed midway', () => {
  interface GateView {
    status: string
  }
  interface ItemState {
    item_id: string
    terminal_state: string
    manual_gate_status: string
    checkpoint_ref: string | null
    latest_paths: { manual_gate_path: string | null }
  }

  function awaitingGate(): { repo: DemoRepo; runId: string } {
    const repo = makeDemoRepo()
    const path = join(repo.home, 'demo-scenario.json')
    writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
    const run = repo.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--items',
      '01,02',
      '--agents',
      'scripted',
      '--scenario',
      path,
      '--quiet'
    ])
    expect(runResult(run.stdout).last_terminal_state).toBe('awaiting_human_gate')
    return { repo, runId: runResult(run.stdout).run_id }
  }

  const APPROVE = ['--item', '02', '--decision', 'approved', '--by', 'ada', '--note', 'ok']
  /** The decision, bound to the checkpoint item 02 awaits its gate with. */
  const approve = (repo: DemoRepo, runId: string): string[] => {
    const state = readRunFile(repo, runId, 'run_state.json') as { items: ItemState[] }
    const gated = state.items.find((item) => item.item_id === '02')
    return [...APPROVE, '--checkpoint', gated?.checkpoint_ref ?? 'missing']
  }

  function approvedShape(repo: DemoRepo, runId: string): object {
    const state = readRunFile(repo, runId, 'run_state.json') as Omit<RunStateView, 'items'> & {
      items: ItemState[]
    }
    const gated = state.items.find((item) => item.item_id === '02')
    const gate = JSON.parse(
      readFileSync(join(repo.root, gated?.latest_paths.manual_gate_path ?? ''), 'utf8')
    ) as GateView
    return {
      commits: repo
        .git('log', '--format=%s', `${state.base_head_sha}..${state.run_branch_name}`)
        .split('\n'),
      terminal: gated?.terminal_state,
      gateStatus: gated?.manual_gate_status,
      gateRecord: gate.status,
      headRecorded: state.run_branch_head === repo.git('rev-parse', state.run_branch_name),
      pending: state.pending_fast_forward
    }
  }

  const approved = {
    commits: ['orchestrator(02): execute checkpoint', 'orchestrator(01): execute checkpoint'],
    terminal: 'passed',
    gateStatus: 'approved',
    gateRecord: 'approved',
    headRecorded: true,
    pending: null
  }

  it('an uninterrupted approval reaches the reference state', () => {
    const { repo, runId } = awaitingGate()
    const gate = repo.cli(['mark-manual-gate', '--run-id', runId, ...approve(repo, runId)])
    expect(gate.code).toBe(0)
    expect(approvedShape(repo, runId)).toEqual(approved)
  })

  it.each(['FAST_FORWARD_RECORDED', 'GIT_RUN_BRANCH_FAST_FORWARDED', 'ST130_PASSED'])(
    'killed right after %s, running the decision again completes it once',
    (boundary) => {
      const { repo, runId } = awaitingGate()
      const killed = repo.cli(
        ['mark-manual-gate', '--run-id', runId, ...approve(repo, runId)],
        undefined,
        {
          PLAN_ORCHESTRATOR_FAILPOINT: boundary
        }
      )
      expect(killed.code).toBeNull()
      if (boundary !== 'ST130_PASSED') {
        // The approval is half-made: resume points at the command that completes it.
        const resumed = repo.cli([
          'resume',
          '--run-id',
          runId,
          '--agents',
          'scripted',
          '--scenario',
          join(repo.home, 'demo-scenario.json')
        ])
        expect(resumed.code).toBe(1)
        expect(resumed.stderr).toMatch(
          /approval of item 02 was interrupted before it was saved; complete it: plan-orchestrator mark-manual-gate/
        )
      }
      const again = repo.cli(['mark-manual-gate', '--run-id', runId, ...approve(repo, runId)])
      expect(again.stderr).toBe('')
      expect(again.code).toBe(0)
      expect(approvedShape(repo, runId)).toEqual(approved)
    }
  )
})
