import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileCacheDir } from '../../src/adapters/compile-cache.js'
import { runBundledCli } from '../helpers/bundled-cli.js'

/** The bundled CLI keeps V8's compile cache; where it cannot, it works the same without. */

const DEMO = 'examples/demo/playbook.md'

describe('compile cache directory', () => {
  it('is under the runner tool cache on a runner, else the user cache dir', () => {
    expect(
      compileCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', XDG_CACHE_HOME: '/x' })
    ).toBe('/opt/hostedtoolcache/plan-orchestrator/compile-cache')
    expect(compileCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/plan-orchestrator/compile-cache')
    expect(compileCacheDir({ XDG_CACHE_HOME: '' })).toBe(
      join(homedir(), '.cache', 'plan-orchestrator', 'compile-cache')
    )
  })
})

describe('the bundled CLI and its compile cache', () => {
  let work: string
  let expected: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'plan-orchestrator-cache-'))
    expected = runBundledCli(['list-items', '--playbook', DEMO]).stdout
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  const env = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
    RUNNER_TOOL_CACHE: undefined,
    NODE_COMPILE_CACHE: undefined,
    NODE_DISABLE_COMPILE_CACHE: undefined,
    ...extra
  })

  it('writes the cache under XDG_CACHE_HOME', () => {
    const home = join(work, 'xdg')
    const run = runBundledCli(['list-items', '--playbook', DEMO], {
      env: env({ XDG_CACHE_HOME: home })
    })
    expect([run.code, run.stdout, run.stderr]).toEqual([0, expected, ''])
    const dir = join(home, 'plan-orchestrator', 'compile-cache')
    // Node only has the cache from 22.1 on.
    if (existsSync(dir)) expect(readdirSync(dir).length).toBeGreaterThan(0)
  })

  it('writes none with NODE_DISABLE_COMPILE_CACHE', () => {
    const home = join(work, 'disabled')
    const run = runBundledCli(['list-items', '--playbook', DEMO], {
      env: env({ XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' })
    })
    expect([run.code, run.stdout, run.stderr]).toEqual([0, expected, ''])
    expect(existsSync(home)).toBe(false)
  })

  it('writes none for a kernel command, which favours memory over start-up', () => {
    const home = join(work, 'kernel')
    const run = runBundledCli(['run', '--playbook', join(work, 'no-such-playbook.md'), '--next'], {
      env: env({ XDG_CACHE_HOME: home })
    })
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('no-such-playbook.md')
    expect(existsSync(home)).toBe(false)
  })

  it.each([
    ['a file where the directory would be', (): string => join(work, 'file')],
    ['a parent that refuses new entries', (): string => '/proc/plan-orchestrator-no-such-dir']
  ])('works the same when the cache cannot be made (%s)', (_what, where) => {
    writeFileSync(join(work, 'file'), '')
    const run = runBundledCli(['list-items', '--playbook', DEMO], {
      env: env({ XDG_CACHE_HOME: where() })
    })
    expect([run.code, run.stdout, run.stderr]).toEqual([0, expected, ''])
  })
})
