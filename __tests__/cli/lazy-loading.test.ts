import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * Each command loads only the code it needs (src/cli/program.ts). Proven on the bundle users
 * run: a module-resolution hook records every file Node loads, and the source map of each
 * loaded chunk of dist/cli names the sources compiled into it.
 */

const DEMO = 'examples/demo/playbook.md'

/** Code no inspection command may load: the kernel, git, the agents and GitHub. */
const ORCHESTRATION = [
  /^src\/kernel\//,
  /^src\/composition(-root\.ts$|\/)/,
  /^src\/supervision\//,
  /^src\/adapters\/git(\/|-port\.ts$)/,
  /^src\/adapters\/(agents|agent-user|github)\//,
  /^src\/core\/gha\//,
  /node_modules\/(@octokit|@actions)\//
]
const ZOD = /node_modules\/zod\//

let work: string
let preload: string
let log: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-orchestrator-lazy-'))
  log = join(work, 'loaded.txt')
  const hooks = join(work, 'hooks.mjs')
  writeFileSync(
    hooks,
    [
      "import { appendFileSync } from 'node:fs'",
      'let log',
      'export function initialize(data) { log = data.log }',
      'export async function resolve(specifier, context, next) {',
      '  const result = await next(specifier, context)',
      "  appendFileSync(log, result.url + '\\n')",
      '  return result',
      '}'
    ].join('\n')
  )
  preload = join(work, 'preload.mjs')
  writeFileSync(
    preload,
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { log: ${JSON.stringify(log)} } })\n`
  )
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs the bundled CLI and returns the sources of every chunk of dist/cli it loaded. */
function loadedSources(args: readonly string[], cwd = PROJECT_ROOT): string[] {
  rmSync(log, { force: true })
  const env = { ...process.env }
  delete env.PLAN_ORCHESTRATOR_PLAYBOOK_PATH
  const run = spawnSync(process.execPath, ['--import', preload, BUNDLED_CLI, ...args], {
    cwd,
    env,
    encoding: 'utf8'
  })
  expect(run.stderr).not.toMatch(/internal error|ERR_/)
  const distCli = pathToFileURL(join(PROJECT_ROOT, 'dist', 'cli')).href + '/'
  const chunks = [
    ...new Set(
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith(distCli) && url.endsWith('.js'))
    )
  ]
  expect(chunks).toContain(pathToFileURL(BUNDLED_CLI).href)
  return chunks.flatMap((url) => {
    const map = `${fileURLToPath(url)}.map`
    expect(existsSync(map)).toBe(true)
    const sources = (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources
    return sources.map((source) => source.replace(/^(\.{1,2}\/)+/, ''))
  })
}

function matching(sources: readonly string[], patterns: readonly RegExp[]): string[] {
  return sources.filter((source) => patterns.some((pattern) => pattern.test(source)))
}

describe('the bundled CLI loads what the command needs', () => {
  it('--version loads neither the commands nor zod', () => {
    const sources = loadedSources(['--version'])
    expect(matching(sources, [...ORCHESTRATION, ZOD])).toEqual([])
    expect(sources.filter((source) => source.startsWith('src/cli/handlers/'))).toEqual([])
  })

  it.each([
    [['list-items', '--playbook', DEMO, '--format', 'json']],
    [['show-item', '--playbook', DEMO, '--item', '01']],
    [['normalize', '--playbook', DEMO]]
  ])('%j loads the playbook reader only: no kernel, git, agents, GitHub or zod', (args) => {
    const sources = loadedSources(args)
    expect(sources).toContain('src/core/playbook/normalize.ts')
    expect(matching(sources, [...ORCHESTRATION, ZOD])).toEqual([])
  })

  it('status loads the run store, not the kernel, git, agents or GitHub', () => {
    const repo = join(work, 'repo')
    mkdirSync(repo)
    spawnSync('git', ['init', '-q'], { cwd: repo })
    const sources = loadedSources(['status', '--all', '--format', 'json'], repo)
    expect(sources).toContain('src/cli/handlers/status.ts')
    // The one exception under src/kernel/: the reader of a run's saved state, which loads
    // nothing of the kernel itself.
    expect(
      matching(sources, ORCHESTRATION).filter((source) => source !== 'src/kernel/run-status.ts')
    ).toEqual([])
  })

  it('records what a command that needs the kernel and git does load', () => {
    const sources = loadedSources(['doctor', '--playbook', DEMO, '--format', 'json'])
    expect(sources).toContain('src/composition/doctor.ts')
    expect(sources).toContain('src/adapters/git/git-runner.ts')
  })
})
