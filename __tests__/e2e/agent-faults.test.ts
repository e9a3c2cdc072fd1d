import { readdirSync, readlinkSync } from 'node:fs'
import { makeDemoRepo, readRunFile, runResult, writePolicy } from './harness.js'

// Every agent fault ends the attempt in a defined state, within the timeout, with no
// process of the agent left behind.

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  items: Array<{ terminal_state: string; terminal_summary: string | null }>
}

const FAST = {
  execution_timeout_sec: 3,
  fix_timeout_sec: 3,
  remediation_timeout_sec: 3,
  audit_timeout_sec: 3,
  triage_timeout_sec: 3,
  agent_idle_timeout_sec: 1,
  max_fix_rounds: 0,
  max_remediation_rounds: 0
}

/**
 * Live processes working inside the repository: agents and anything they started inherit
 * a working directory in its worktree. (Zombies have no cwd and are skipped.)
 */
function processesInside(root: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^[0-9]+$/.test(entry))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(root)
      } catch {
        return false
      }
    })
}

function runWithFault(
  lane: string,
  steps: object[]
): { state: RunStateView; seconds: number; root: string } {
  const repo = makeDemoRepo()
  const config = writePolicy(repo, FAST)
  const started = Date.now()
  const run = repo.cli(
    ['run', '--playbook', 'playbook.md', '--item', '01', '--config', config, '--quiet'],
    {
      version: 1,
      scripts: [{ lane, item_id: '01', steps }]
    }
  )
  const seconds = (Date.now() - started) / 1000
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.code).toBe(0)
  const result = runResult(run.stdout)
  const state = readRunFile(repo, result.run_id, 'run_state.json') as RunStateView
  expect(repo.git('rev-parse', state.run_branch_name)).toBe(state.base_head_sha)
  return { state, seconds, root: repo.root }
}

describe('agent faults', () => {
  it.each([
    ['a wall-clock timeout', 'execute', [{ sleep_ms: 60_000 }], /timed out/],
    ['a hang with no output', 'execute', [{ fault: 'hang' }], /stopped producing output/],
    [
      'a hang that ignores SIGTERM',
      'execute',
      [{ fault: 'hang_ignoring_sigterm' }],
      /stopped producing output|timed out/
    ],
    ['invalid JSON', 'execute', [{ fault: 'invalid_json' }], /not JSON|unparseable/],
    ['a missing report', 'execute', [{ fault: 'no_report' }], /no report/],
    ['a non-zero exit', 'execute', [{ exit_code: 3, stderr: 'boom' }], /exited with an error/]
  ])('%s in the execute lane escalates the item', (_name, lane, steps, reason) => {
    const { state, seconds, root } = runWithFault(lane, steps)
    expect(state.items[0]?.terminal_state).toBe('escalated')
    expect(state.items[0]?.terminal_summary).toMatch(reason)
    expect(seconds).toBeLessThan(20)
    expect(processesInside(root)).toEqual([])
  })

  it('a claude is_error envelope is an inconclusive audit, which fails closed', () => {
    const { state, root } = runWithFault('audit_claude', [
      { agent_error: { message: 'Not logged in · Please run /login' } }
    ])
    // The execute stage made no useful change either, but the point is the audit lane:
    expect(state.items[0]?.terminal_state).toBe('escalated')
    expect(state.items[0]?.terminal_summary).toMatch(/claude audit was inconclusive|inconclusive/i)
    expect(processesInside(root)).toEqual([])
  })

  it('a grandchild the agent leaves behind is killed with its group', () => {
    const { state, root } = runWithFault('execute', [
      { fault: 'spawn_grandchild' },
      { fault: 'hang' }
    ])
    expect(state.items[0]?.terminal_state).toBe('escalated')
    expect(processesInside(root)).toEqual([])
  })
})
