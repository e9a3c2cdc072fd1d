import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeDemoRepo, writePolicy } from './harness.js'

// The runtime policy picks the agents' models and efforts; a value the agent CLI refuses is
// refused before the run exists.

it('runs codex with the model and reasoning effort of the run policy', () => {
  const repo = makeDemoRepo()
  const policy = writePolicy(repo, {
    codex_model: 'gpt-policy-model',
    codex_reasoning_effort: 'low',
    claude_model: 'sonnet',
    claude_effort: 'high'
  })
  const journal = join(repo.home, 'journal.jsonl')
  const run = repo.cli(
    ['run', '--playbook', 'playbook.md', '--item', '01', '--config', policy, '--quiet'],
    { version: 1, scripts: [] },
    { FAKE_AGENT_JOURNAL: journal }
  )
  expect(run.code).toBe(0)
  const invocations = readFileSync(journal, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; tool: string; argv?: string[] })
    .filter((entry) => entry.event === 'invoked' && entry.tool === 'codex')
  expect(invocations.length).toBeGreaterThan(0)
  for (const { argv = [] } of invocations) {
    expect(argv[argv.indexOf('-m') + 1]).toBe('gpt-policy-model')
    expect(argv).toContain('model_reasoning_effort=low')
  }
})

it('refuses a codex effort the CLI does not accept before creating the run', () => {
  const repo = makeDemoRepo()
  const policy = writePolicy(repo, { codex_reasoning_effort: 'minimal' })
  const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '01', '--config', policy])
  expect(run.code).toBe(1)
  expect(run.stderr).toContain("codex_reasoning_effort 'minimal' is not accepted by codex")
  expect(existsSync(join(repo.root, '.local/automation/plan_orchestrator/runs'))).toBe(false)
})
