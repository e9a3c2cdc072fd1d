import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { arch, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { jest } from '@jest/globals'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { REQUESTER, stepFailure, useGitHubWorld, workflowRun } from './chain-harness.js'
import type { StepResult } from './run-action.js'

// The item action with the real agent set (codex-claude) on a runner whose tool cache already
// holds the agent CLIs: here the fake codex and claude of the test suite, which report the
// pinned versions (or, to be refused, other ones). No npm install runs: a cache entry with its
// `.complete` marker is used as it is.

jest.setTimeout(300_000)

const world = useGitHubWorld()
const FAKE_AGENTS = join(PROJECT_ROOT, '__tests__', 'fixtures', 'fake-agents')
const SCENARIO = join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json')
let runIds = 8100

/** `<cache>/<tool>/<version>/<arch>/node_modules/.bin/<tool>`, marked complete. */
function seed(cache: string, tool: 'codex' | 'claude', version: string, reports?: string): void {
  const dir = join(cache, tool, version, arch())
  const bin = join(dir, 'node_modules', '.bin')
  mkdirSync(bin, { recursive: true })
  if (reports === undefined) symlinkSync(join(FAKE_AGENTS, tool), join(bin, tool))
  else {
    // Reports another version, and otherwise is the fake.
    writeFileSync(
      join(bin, tool),
      `#!/bin/sh\nif [ "$1" = --version ]; then echo '${reports}'; exit 0; fi\nexec '${process.execPath}' '${join(FAKE_AGENTS, tool)}' "$@"\n`
    )
    chmodSync(join(bin, tool), 0o755)
  }
  writeFileSync(`${dir}.complete`, '')
}

function pinnedCache(): string {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  seed(cache, 'codex', '0.169.0')
  seed(cache, 'claude', '2.1.197')
  return cache
}

async function itemJob(
  cache: string,
  inputs: Record<string, string> = {}
): Promise<StepResult & { workspace: string }> {
  runIds += 1
  return workflowRun(world.fake, world.origin, runIds, REQUESTER).step(
    'item',
    {
      playbook: 'playbook.md',
      'run-id': '',
      'item-id': '01',
      'state-run-id': '',
      agents: 'codex-claude',
      'agent-isolation': 'none',
      ...inputs
    },
    {
      env: {
        RUNNER_TOOL_CACHE: cache,
        // Neither codex nor claude on PATH: only the tool cache can provide them.
        PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
        FAKE_AGENT_SCENARIO: SCENARIO,
        PLAN_ORCHESTRATOR_AGENT_ENV: 'FAKE_AGENT_*'
      }
    }
  )
}

function runtimePolicy(
  workspace: string,
  runId: string
): {
  options: Record<string, unknown>
  sources: Record<string, string>
} {
  return JSON.parse(
    readFileSync(
      join(workspace, '.local/automation/plan_orchestrator/runs', runId, 'runtime_policy.json'),
      'utf8'
    )
  )
}

it('runs the agents from a pre-seeded tool cache, names their versions, and records codex-model from the action', async () => {
  const item = await itemJob(pinnedCache(), {
    'codex-model': 'gpt-x',
    'claude-effort': 'low',
    'execution-timeout-sec': '1234'
  })
  if (item.code !== 0) throw new Error(stepFailure(item))
  expect(item.outputs['terminal-state']).toBe('passed')
  expect(item.summary).toContain(
    '**Agent CLIs:** codex 0.169.0 (tool cache), claude 2.1.197 (tool cache)'
  )
  const policy = runtimePolicy(item.workspace, item.outputs['run-id'] as string)
  expect(policy.options['codex_model']).toBe('gpt-x')
  expect(policy.sources['codex_model']).toBe('action')
  expect(policy.options['claude_effort']).toBe('low')
  expect(policy.sources['claude_effort']).toBe('action')
  expect(policy.options['execution_timeout_sec']).toBe(1234)
  expect(policy.sources['execution_timeout_sec']).toBe('action')
  expect(policy.sources['claude_model']).toBe('default')
})

it('refuses a runtime-policy input that is not a valid value, naming the input, with no run', async () => {
  const item = await itemJob(pinnedCache(), { 'codex-effort': 'enormous' })
  expect(item.code).not.toBe(0)
  expect(item.stdout).toContain('input codex-effort')
  expect(item.outputs['run-id']).toBeUndefined()
})

it('refuses a tool cache whose agent reports an untested version unless allowed', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  seed(cache, 'codex', '0.169.0', 'codex-cli 0.170.0')
  seed(cache, 'claude', '2.1.197')
  const refused = await itemJob(cache)
  expect(refused.code).not.toBe(0)
  expect(refused.stdout).toMatch(
    /::error::codex 0\.170\.0 \(.*\) is not a version the agent CLI contract suite verified \(tested: 0\.169\.0\); .*allow-untested-agents: true/
  )
  expect(refused.outputs['run-id']).toBeUndefined()

  const allowed = await itemJob(cache, { 'allow-untested-agents': 'true' })
  if (allowed.code !== 0) throw new Error(stepFailure(allowed))
  expect(allowed.outputs['terminal-state']).toBe('passed')
  expect(allowed.summary).toContain('codex 0.170.0 (tool cache)')
})

it('refuses an untested codex-version before installing anything unless allowed', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  seed(cache, 'codex', '0.170.0', 'codex-cli 0.170.0')
  seed(cache, 'claude', '2.1.197')
  const refused = await itemJob(cache, { 'codex-version': '0.170.0' })
  expect(refused.code).not.toBe(0)
  expect(refused.stdout).toContain(
    '::error::input codex-version: 0.170.0 is not a version the agent CLI contract suite verified'
  )
  const allowed = await itemJob(cache, {
    'codex-version': '0.170.0',
    'allow-untested-agents': 'true'
  })
  if (allowed.code !== 0) throw new Error(stepFailure(allowed))
  expect(allowed.summary).toContain('codex 0.170.0 (tool cache), claude 2.1.197 (tool cache)')
})

it('refuses a tool cache provisioned with untested versions only, and runs them when allowed', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  seed(cache, 'codex', '0.171.0', 'codex-cli 0.171.0')
  seed(cache, 'claude', '2.2.0', '2.2.0 (Claude Code)')
  const refused = await itemJob(cache)
  expect(refused.code).not.toBe(0)
  expect(refused.stdout).toMatch(
    /::error::codex 0\.171\.0 \(.*\) is not a version the agent CLI contract suite verified/
  )
  expect(refused.outputs['run-id']).toBeUndefined()
  const allowed = await itemJob(cache, { 'allow-untested-agents': 'true' })
  if (allowed.code !== 0) throw new Error(stepFailure(allowed))
  expect(allowed.outputs['terminal-state']).toBe('passed')
  expect(allowed.summary).toContain('codex 0.171.0 (tool cache), claude 2.2.0 (tool cache)')
})
