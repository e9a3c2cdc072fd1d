import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult, writePolicy } from './harness.js'

// Size limits with clear messages: a checkpoint never carries a file a host would refuse at
// the push, and a child's flood of output costs a bounded log, not the disk or the memory.
// Through the bundled CLI and the fake codex and claude.

const GREETING_FIX = {
  'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
}

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  event_log: Array<{ message: string }>
  items: Array<{
    item_id: string
    terminal_state: string
    terminal_summary: string | null
    branch_name: string | null
    latest_paths: { verification_report_path: string | null }
  }>
}

function runItem01(
  repo: DemoRepo,
  scripts: object[],
  options: { policy?: object; env?: Record<string, string> } = {}
): { state: RunStateView; runId: string } {
  const config = options.policy === undefined ? [] : ['--config', writePolicy(repo, options.policy)]
  const run = repo.cli(
    ['run', '--playbook', 'playbook.md', '--item', '01', ...config, '--quiet'],
    { version: 1, scripts },
    options.env
  )
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.code).toBe(0)
  const runId = runResult(run.stdout).run_id
  return { state: readRunFile(repo, runId, 'run_state.json') as RunStateView, runId }
}

const item01 = (state: RunStateView): RunStateView['items'][number] =>
  state.items.find((item) => item.item_id === '01')!

function attemptDir(repo: DemoRepo, runId: string): string {
  return join(repo.root, '.local/automation/plan_orchestrator/runs', runId, 'items/01/attempt-1')
}

describe('the checkpoint file size limit', () => {
  it('escalates an item whose agent leaves a 100 MB file in scope, naming the file; nothing is committed', () => {
    const repo = makeDemoRepo()
    const { state } = runItem01(repo, [
      {
        lane: 'execute',
        item_id: '01',
        steps: [{ write: GREETING_FIX }, { write_bytes: { 'src/assets/big.bin': 100_000_000 } }]
      }
    ])
    const item = item01(state)
    expect(item.terminal_state).toBe('escalated')
    expect(item.terminal_summary).toMatch(
      /file too large to commit: src\/assets\/big\.bin \(100000000 bytes; the limit is 99000000 bytes, max_checkpoint_file_bytes\)/
    )
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(state.base_head_sha)
    // Not even the attempt branch carries it.
    expect(repo.git('rev-list', '--count', `${state.base_head_sha}..${item.branch_name}`)).toBe('0')
  })

  it('takes its limit from the runtime policy (config file or environment)', () => {
    const repo = makeDemoRepo()
    const byConfig = runItem01(
      repo,
      [
        {
          lane: 'execute',
          item_id: '01',
          steps: [{ write: { ...GREETING_FIX, 'src/table.csv': 'x'.repeat(5000) } }]
        }
      ],
      { policy: { max_checkpoint_file_bytes: 4096 } }
    )
    expect(item01(byConfig.state).terminal_state).toBe('escalated')
    expect(item01(byConfig.state).terminal_summary).toMatch(
      /file too large to commit: src\/table\.csv \(5000 bytes; the limit is 4096 bytes/
    )

    const repo2 = makeDemoRepo()
    const byEnv = runItem01(
      repo2,
      [{ lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] }],
      { env: { PLAN_ORCHESTRATOR_MAX_CHECKPOINT_FILE_BYTES: '20' } }
    )
    expect(item01(byEnv.state).terminal_state).toBe('escalated')
    expect(item01(byEnv.state).terminal_summary).toMatch(
      /src\/greeting\.mjs \(\d+ bytes; the limit is 20 bytes/
    )
    const policy = readRunFile(repo2, byEnv.runId, 'runtime_policy.json') as {
      options: Record<string, unknown>
      sources: Record<string, string>
    }
    expect(policy.options.max_checkpoint_file_bytes).toBe(20)
    expect(policy.sources.max_checkpoint_file_bytes).toBe('env')
  })

  it('refuses a limit that is not a positive whole number before anything is written', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      undefined,
      {
        PLAN_ORCHESTRATOR_MAX_LOG_BYTES: 'lots'
      }
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/PLAN_ORCHESTRATOR_MAX_LOG_BYTES=lots: expected a whole number/)
    expect(() => statSync(join(repo.root, '.local'))).toThrow()
  })
})

describe('log caps', () => {
  it('keeps 600 MB of agent stdout to a capped log, marked, with the total recorded', () => {
    const repo = makeDemoRepo()
    const total = 600 * 1024 * 1024
    const { state, runId } = runItem01(repo, [
      {
        lane: 'execute',
        item_id: '01',
        steps: [{ write: GREETING_FIX }, { stdout_bytes: total }]
      }
    ])
    // The flood is no failure: the agent still did its work and reported.
    expect(item01(state).terminal_state).toBe('passed')
    const log = join(attemptDir(repo, runId), 'logs', 'execute.round-0.stdout.log')
    const size = statSync(log).size
    expect(size).toBeLessThanOrEqual(16 * 1024 * 1024)
    expect(size).toBeGreaterThan(15 * 1024 * 1024)
    const marker = /\[plan-orchestrator: output truncated: (\d+) bytes in total/.exec(
      readFileSync(log, 'utf8')
    )
    // Everything the agent wrote: the flood and codex's own event lines.
    expect(Number(marker?.[1])).toBeGreaterThanOrEqual(total)
    const note = state.event_log.find((event) => /over max_log_bytes/.test(event.message))
    expect(note?.message).toMatch(
      /execute agent output over max_log_bytes \(16777216\) was cut in its logs \(stdout \d+ bytes in total/
    )
    const recorded = Number(/stdout (\d+) bytes/.exec(note?.message ?? '')?.[1])
    expect(recorded).toBe(Number(marker?.[1]))
  })

  it('caps a verification log at max_log_bytes and records its full size in the report', () => {
    const playbook = readFileSync(join(PROJECT_ROOT, 'examples/demo/playbook.md'), 'utf8').replace(
      "| `node scripts/check-greeting.mjs` | Keep the function's signature. |",
      "| `node scripts/noisy-check.mjs` | Keep the function's signature. |"
    )
    const repo = makeDemoRepo(playbook)
    writeFileSync(
      join(repo.root, 'scripts/noisy-check.mjs'),
      "process.stdout.write('checking greeting '.padEnd(63, '.') + '\\n')\nfor (let i = 0; i < 10000; i += 1) process.stdout.write(`line ${i}`.padEnd(63, '.') + '\\n')\nawait import('./check-greeting.mjs')\n"
    )
    repo.git('add', '-A')
    repo.git('commit', '-qm', 'noisy check')
    const { state, runId } = runItem01(
      repo,
      [{ lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] }],
      { policy: { max_log_bytes: 65536 } }
    )
    expect(item01(state).terminal_state).toBe('passed')
    const report = JSON.parse(
      readFileSync(join(repo.root, item01(state).latest_paths.verification_report_path!), 'utf8')
    ) as {
      command_results: Array<{ log_path: string; log_bytes: number; log_truncated: boolean }>
    }
    const [command] = report.command_results
    expect(command?.log_truncated).toBe(true)
    expect(command?.log_bytes).toBe(64 + 10000 * 64 + 'greeting ok\n'.length)
    const log = readFileSync(join(repo.root, command!.log_path), 'utf8')
    expect(Buffer.byteLength(log)).toBeLessThanOrEqual(65536)
    expect(log).toMatch(/output truncated: 640076 bytes in total/)
    // The tail is kept: the check's own verdict is still in the log.
    expect(log.endsWith('greeting ok\n')).toBe(true)
    expect(runId).toMatch(/^RUN_/)
  })
})
