import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeDemoRepo, readRunFile, runResult } from './harness.js'

// Every scope violation of docs/decisions.md#scope-checks escalates the attempt, and nothing out of
// scope reaches the run branch. Item 01 of the demo may write only under `src`.

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  items: Array<{ item_id: string; terminal_state: string; terminal_summary: string | null }>
}

function runItem01(steps: object[]): { state: RunStateView } {
  const repo = makeDemoRepo()
  const scenario = join(repo.home, 'scope-scenario.json')
  writeFileSync(
    scenario,
    JSON.stringify({ version: 1, scripts: [{ lane: 'execute', item_id: '01', steps }] })
  )
  const run = repo.cli([
    'run',
    '--playbook',
    'playbook.md',
    '--item',
    '01',
    '--agents',
    'scripted',
    '--scenario',
    scenario,
    '--quiet'
  ])
  expect(run.code).toBe(0)
  const result = runResult(run.stdout)
  expect(result.last_terminal_state).toBe('escalated')
  const state = readRunFile(repo, result.run_id, 'run_state.json') as RunStateView
  // The run branch has not moved: nothing of the attempt reached it.
  expect(repo.git('rev-parse', state.run_branch_name)).toBe(state.base_head_sha)
  return { state }
}

const GOOD = 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'

describe('scope violations escalate and never reach the run branch', () => {
  it('a file outside the allowed write roots', () => {
    const { state } = runItem01([{ write: { 'src/greeting.mjs': GOOD, 'README.md': 'changed\n' } }])
    expect(state.items[0]?.terminal_summary).toMatch(/README\.md/)
  })

  it('a forbidden runtime root, in another letter case', () => {
    const { state } = runItem01([
      { write: { 'src/greeting.mjs': GOOD, 'Secrets/token.txt': 'x\n' } }
    ])
    expect(state.items[0]?.terminal_summary).toMatch(/Secrets\/token\.txt/)
  })

  it('a rename from inside to outside the roots (counted as delete plus add)', () => {
    const { state } = runItem01([{ write: { 'src/greeting.mjs': null, 'lib/greeting.mjs': GOOD } }])
    expect(state.items[0]?.terminal_summary).toMatch(/lib\/greeting\.mjs/)
  })

  it('a write to the worktree .git pointer', () => {
    const { state } = runItem01([
      { write: { 'src/greeting.mjs': GOOD, '.git': 'gitdir: /tmp/elsewhere\n' } }
    ])
    expect(state.items[0]?.terminal_summary).toMatch(/\.git/)
  })
})

describe('agent-made links and commits', () => {
  it('a symlink inside the roots that points outside them', () => {
    const { state } = runItem01([
      { write: { 'src/greeting.mjs': GOOD } },
      { symlink: { 'src/config': '../secrets/api-key' } }
    ])
    expect(state.items[0]?.terminal_summary).toMatch(/src\/config/)
  })

  it('a symlink that points outside the repository', () => {
    const { state } = runItem01([
      { write: { 'src/greeting.mjs': GOOD } },
      { symlink: { 'src/passwd': '/etc/passwd' } }
    ])
    expect(state.items[0]?.terminal_summary).toMatch(/src\/passwd/)
  })

  it('a commit the agent made itself, even of in-scope changes', () => {
    const { state } = runItem01([
      { write: { 'src/greeting.mjs': GOOD } },
      { commit: 'agent commit' }
    ])
    expect(state.items[0]?.terminal_summary).toMatch(/commit/i)
  })
})
