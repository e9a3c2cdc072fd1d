import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { makeDemoRepo, readReportFile, readRunFile, runResult, writePolicy } from './harness.js'

// The four terminals, end to end: real git, the bundled CLI, fake codex and claude on PATH.

const GREETING_FIX = {
  'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
}
const CHANGELOG = {
  'docs/CHANGELOG.md':
    '# Changelog\n\n## Unreleased\n\n- greet() says hello.\n\n## 1.0.0\n\n- First release.\n'
}
const writes = (item: string, files: Record<string, string | null>): object => ({
  lane: 'execute',
  item_id: item,
  steps: [{ write: files }]
})

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  items: Array<{
    item_id: string
    terminal_state: string
    checkpoint_ref: string | null
    base_ref: string | null
  }>
}

describe('a run through the fake agent CLIs', () => {
  it('passes an item and moves the run branch by exactly its checkpoint commit', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'], {
      version: 1,
      scripts: [writes('01', GREETING_FIX)]
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('passed')
    const state = readRunFile(repo, result.run_id, 'run_state.json') as RunStateView
    const item = state.items.find((candidate) => candidate.item_id === '01')!
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(item.checkpoint_ref)
    expect(repo.git('rev-list', `${state.base_head_sha}..${state.run_branch_name}`)).toBe(
      item.checkpoint_ref
    )
    expect(repo.git('log', '-1', '--format=%s', state.run_branch_name)).toBe(
      'orchestrator(01): execute checkpoint'
    )
    expect(repo.git('show', `${state.run_branch_name}:src/greeting.mjs`)).toContain(
      'Hello, ${name}!'
    )
    expect(repo.git('rev-parse', 'main')).toBe(state.base_head_sha)
  })

  it('stops a gated item at awaiting_human_gate without moving the run branch for it', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--next', '--auto-advance', '--quiet'],
      {
        version: 1,
        scripts: [writes('01', GREETING_FIX), writes('02', CHANGELOG)]
      }
    )
    expect(run.code).toBe(0)
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('awaiting_human_gate')
    const state = readRunFile(repo, result.run_id, 'run_state.json') as RunStateView
    const [first, second] = state.items
    expect(second?.terminal_state).toBe('awaiting_human_gate')
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(first?.checkpoint_ref)
    const gate = readRunFile(
      repo,
      result.run_id,
      'items',
      '02',
      'attempt-1',
      'manual_gate.json'
    ) as {
      status: string
      related_refs: { checkpoint_ref: string }
    }
    expect(gate.status).toBe('pending')
    expect(gate.related_refs.checkpoint_ref).toBe(second?.checkpoint_ref)
  })

  it('blocks an item that needs external evidence before any worktree exists', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '03', '--quiet'], {
      version: 1,
      scripts: []
    })
    expect(run.code).toBe(0)
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('blocked_external')
    const state = readRunFile(repo, result.run_id, 'run_state.json') as RunStateView
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(state.base_head_sha)
    expect(
      existsSync(join(repo.root, '.local/automation/plan_orchestrator/worktrees', result.run_id))
    ).toBe(false)
    const manifest = readRunFile(
      repo,
      result.run_id,
      'items',
      '03',
      'attempt-1',
      'escalation_manifest.json'
    ) as {
      terminal_state: string
      suggested_resume_command: string
    }
    expect(manifest.terminal_state).toBe('blocked_external')
    expect(manifest.suggested_resume_command).toContain('--external-evidence-dir')
  })

  it('does not pass on a triage pass while a required command fails, and escalates when rounds run out', () => {
    const repo = makeDemoRepo()
    const config = writePolicy(repo, { max_fix_rounds: 1, max_remediation_rounds: 0 })
    // The agent changes nothing useful; the scripted triage says pass every time.
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--config', config, '--quiet'],
      {
        version: 1,
        scripts: [writes('01', { 'src/note.txt': 'nothing fixed\n' })]
      }
    )
    expect(run.code).toBe(0)
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('escalated')
    const state = readRunFile(repo, result.run_id, 'run_state.json') as RunStateView & {
      items: Array<{ fix_rounds_completed: number }>
    }
    expect(state.items[0]?.fix_rounds_completed).toBe(1)
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(state.base_head_sha)
    const triage = readReportFile(
      repo,
      result.run_id,
      'items',
      '01',
      'attempt-1',
      'triage_report.fix.round-1.json'
    ) as {
      overall_decision: string
    }
    expect(triage.overall_decision).not.toBe('pass')
  })
})
