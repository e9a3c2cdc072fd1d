import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { ensureNode24 } from '../helpers/node24.js'

// The actions' V8 compile cache: in the runner user's tool cache, in a directory only that
// user may open (the agents run as another user and must not plant code in it), and never a
// reason for a step to fail.

const DIR = join('plan-orchestrator', 'compile-cache')

function plan(env: Readonly<Record<string, string>>): { code: number | null; stdout: string } {
  const result = spawnSync(ensureNode24(), [join(PROJECT_ROOT, 'dist', 'plan', 'index.js')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: result.status, stdout: result.stdout }
}

const INPUT_ERROR = '::error::input playbook: Too small: expected string to have >=1 characters\n'

it('keeps the compile cache in the tool cache, in a directory only the runner user may open', () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const step = plan({ RUNNER_TOOL_CACHE: toolCache })
  expect(step).toEqual({ code: 1, stdout: INPUT_ERROR })
  const cache = join(toolCache, DIR)
  expect(statSync(cache).mode & 0o777).toBe(0o700)
  expect(statSync(join(toolCache, 'plan-orchestrator')).mode & 0o777).toBe(0o700)
  expect(readdirSync(cache).length).toBeGreaterThan(0)
  // A second start reads it and says the same.
  expect(plan({ RUNNER_TOOL_CACHE: toolCache })).toEqual({ code: 1, stdout: INPUT_ERROR })
})

it('falls back to the user cache directory without a tool cache', () => {
  const cacheHome = mkdtempSync(join(tmpdir(), 'po-xdg-cache-'))
  expect(plan({ XDG_CACHE_HOME: cacheHome })).toEqual({ code: 1, stdout: INPUT_ERROR })
  expect(readdirSync(join(cacheHome, DIR)).length).toBeGreaterThan(0)
})

it('writes no cache when NODE_DISABLE_COMPILE_CACHE is set', () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const step = plan({ RUNNER_TOOL_CACHE: toolCache, NODE_DISABLE_COMPILE_CACHE: '1' })
  expect(step).toEqual({ code: 1, stdout: INPUT_ERROR })
  expect(existsSync(join(toolCache, 'plan-orchestrator'))).toBe(false)
})

it('leaves a cache directory others may write unused, and still runs', () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const cache = join(toolCache, DIR)
  mkdirSync(cache, { recursive: true })
  chmodSync(cache, 0o777)
  expect(plan({ RUNNER_TOOL_CACHE: toolCache })).toEqual({ code: 1, stdout: INPUT_ERROR })
  expect(readdirSync(cache)).toEqual([])
})

it('runs without a cache when its directory cannot be made', () => {
  const toolCache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const blocked = join(toolCache, 'file')
  writeFileSync(blocked, '')
  expect(plan({ RUNNER_TOOL_CACHE: blocked })).toEqual({ code: 1, stdout: INPUT_ERROR })
})
