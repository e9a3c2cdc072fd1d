import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { arch as osArch } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { withoutJobSecrets } from '../../adapters/child-env.js'

/**
 * The codex and claude CLIs of an item job (docs/github-action.md, "Agent CLIs"): installed
 * from npm into the runner's tool cache (`<cache>/<tool>/<version>/<arch>`, finished when
 * `<arch>.complete` exists, the layout of @actions/tool-cache) when they are not there yet, so
 * later jobs on the runner reuse them; what runs is asked for its version, and a version the
 * contract suite has not verified (docs/agent-cli-contract.md) is refused unless the workflow
 * allows it.
 */

const run = promisify(execFile)

export type AgentTool = 'codex' | 'claude'

/** The versions the contract suite verifies; the pins of scripts/install-agent-clis.sh. */
export const AGENT_CLIS: Readonly<
  Record<AgentTool, { readonly package: string; readonly tested: readonly string[] }>
> = {
  codex: { package: '@openai/codex', tested: ['0.169.0'] },
  claude: { package: '@anthropic-ai/claude-code', tested: ['2.1.197'] }
}

const TOOLS: readonly AgentTool[] = ['codex', 'claude']
const VERSION_PATTERN = /^[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?$/

export interface AgentCliRequest {
  /** install-agents: find (and if missing, install) in the tool cache; else use PATH. */
  readonly install: boolean
  readonly allowUntested: boolean
  /** The version inputs; empty means the tested version. */
  readonly versions: Readonly<Record<AgentTool, string>>
  readonly env: Readonly<Record<string, string | undefined>>
  readonly log: (line: string) => void
}

export interface AgentCliUse {
  readonly tool: AgentTool
  /** What the executable reports. */
  readonly version: string
  readonly executable: string
  readonly from: 'tool cache' | 'installed into the tool cache' | 'PATH'
}

export interface AgentClis {
  /** Directories to put first on the PATH of the kernel (and so of the agent user). */
  readonly pathDirs: readonly string[]
  readonly used: readonly AgentUse[]
}
type AgentUse = AgentCliUse

export async function prepareAgentClis(request: AgentCliRequest): Promise<AgentClis> {
  const wanted = Object.fromEntries(
    TOOLS.map((tool) => [tool, wantedVersion(tool, request)])
  ) as Record<AgentTool, string>
  const used: AgentUse[] = []
  const pathDirs: string[] = []
  for (const tool of TOOLS) {
    const found = request.install
      ? await fromToolCache(tool, wanted[tool], request.versions[tool].trim() !== '', request)
      : { executable: onPath(tool, request.env), from: 'PATH' as const }
    const version = await reportedVersion(found.executable, request.env)
    if (!AGENT_CLIS[tool].tested.includes(version) && !request.allowUntested)
      throw new Error(
        `${tool} ${version} (${found.executable}) is not a version the agent CLI contract suite verified (${tested(tool)}); ` +
          `use ${tool}-version: ${AGENT_CLIS[tool].tested[0]}, or set allow-untested-agents: true to run it anyway`
      )
    if (request.install) pathDirs.push(dirname(found.executable))
    used.push({ tool, version, executable: found.executable, from: found.from })
  }
  return { pathDirs, used }
}

/** One summary line: which agent CLIs this job ran, and where they came from. */
export function describeAgentClis(clis: AgentClis): string {
  return clis.used.map((use) => `${use.tool} ${use.version} (${use.from})`).join(', ')
}

function wantedVersion(tool: AgentTool, request: AgentCliRequest): string {
  const given = request.versions[tool].trim()
  const version = given === '' ? (AGENT_CLIS[tool].tested[0] as string) : given
  if (!VERSION_PATTERN.test(version))
    throw new Error(`input ${tool}-version: ${version} is not an exact version (like 1.2.3)`)
  // Refused before anything is installed: an untested version is never fetched unasked.
  if (!AGENT_CLIS[tool].tested.includes(version) && !request.allowUntested)
    throw new Error(
      `input ${tool}-version: ${version} is not a version the agent CLI contract suite verified (${tested(tool)}); ` +
        'set allow-untested-agents: true to run it anyway'
    )
  return version
}

function tested(tool: AgentTool): string {
  return `tested: ${AGENT_CLIS[tool].tested.join(', ')}`
}

async function fromToolCache(
  tool: AgentTool,
  version: string,
  explicit: boolean,
  request: AgentCliRequest
): Promise<{ executable: string; from: AgentUse['from'] }> {
  const cache = request.env['RUNNER_TOOL_CACHE']
  if (cache === undefined || cache === '')
    throw new Error(
      'RUNNER_TOOL_CACHE is not set: install-agents needs the runner tool cache; set install-agents: false and put codex and claude on PATH'
    )
  const dir = join(cache, tool, version, osArch())
  const executable = join(dir, 'node_modules', '.bin', tool)
  if (existsSync(`${dir}.complete`) && existsSync(executable))
    return { executable, from: 'tool cache' }
  // A runner provisioned with another version (and no version asked for): that one, which the
  // version check then refuses unless untested versions are allowed; never a silent download
  // beside it. codex-version / claude-version name the version to install instead.
  if (!explicit) {
    const cached = await cachedVersion(cache, tool)
    if (cached !== undefined) return { executable: cached, from: 'tool cache' }
  }
  request.log(`installing ${AGENT_CLIS[tool].package}@${version} into ${dir}`)
  await rm(dir, { recursive: true, force: true })
  await rm(`${dir}.complete`, { force: true })
  await mkdir(dir, { recursive: true, mode: 0o755 })
  await npmInstall(tool, version, dir, request.env)
  if (!existsSync(executable))
    throw new Error(
      `npm installed ${AGENT_CLIS[tool].package}@${version} without a ${tool} executable`
    )
  // The agent user runs them: every directory on the way and every file readable, none writable.
  await openForReading(cache, dir)
  await writeFile(`${dir}.complete`, '')
  return { executable, from: 'installed into the tool cache' }
}

/** The executable of the newest complete version of `tool` in the cache, if any. */
async function cachedVersion(cache: string, tool: AgentTool): Promise<string | undefined> {
  const versions = (await readdir(join(cache, tool)).catch(() => [] as string[]))
    .filter((version) => VERSION_PATTERN.test(version))
    .filter((version) => {
      const dir = join(cache, tool, version, osArch())
      return existsSync(`${dir}.complete`) && existsSync(join(dir, 'node_modules', '.bin', tool))
    })
    .sort(compareVersions)
  const newest = versions.at(-1)
  return newest === undefined
    ? undefined
    : join(cache, tool, newest, osArch(), 'node_modules', '.bin', tool)
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] =>
    (version.split('-')[0] ?? '').split('.').map((part) => Number(part))
  const [x, y] = [parts(a), parts(b)]
  for (let index = 0; index < 3; index += 1) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0)
    if (difference !== 0) return difference
  }
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * `npm install` with every install script off, then the install script of the agent's own
 * package alone (claude-code fetches its native binary there): no dependency runs code.
 */
async function npmInstall(
  tool: AgentTool,
  version: string,
  dir: string,
  env: AgentCliRequest['env']
): Promise<void> {
  const name = AGENT_CLIS[tool].package
  const npmEnv = { ...installEnv(env), npm_config_update_notifier: 'false' }
  const common = ['--prefix', dir, '--no-audit', '--no-fund']
  try {
    await run(
      'npm',
      [
        'install',
        ...common,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        `${name}@${version}`
      ],
      { env: npmEnv, maxBuffer: 16 * 1024 * 1024 }
    )
    await run('npm', ['rebuild', ...common, name], { env: npmEnv, maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join(' ')
    throw new Error(
      `cannot install ${name}@${version} with npm into the tool cache: ${detail || String(error)}`
    )
  }
}

/**
 * What npm, the agent package's install script and a `--version` probe see: the job's
 * environment without its tokens, the Actions inputs, the runner's file commands or any
 * credential (the agents' API keys included). A registry that needs a token reads it from
 * the runner's .npmrc.
 */
function installEnv(env: AgentCliRequest['env']): Record<string, string> {
  const kept = withoutJobSecrets(env)
  for (const name of Object.keys(kept))
    if (/KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(name)) delete kept[name]
  return kept
}

async function openForReading(cache: string, dir: string): Promise<void> {
  for (let at = dir; at.startsWith(cache) && at !== cache; at = dirname(at)) await chmod(at, 0o755)
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path)
    if (info.isDirectory()) {
      await chmod(path, 0o755)
      for (const entry of await readdir(path)) await walk(join(path, entry))
    } else await chmod(path, info.mode & 0o111 ? 0o755 : 0o644)
  }
  await walk(dir)
}

function onPath(tool: AgentTool, env: AgentCliRequest['env']): string {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, tool)
    if (existsSync(candidate)) return candidate
  }
  throw new Error(
    `${tool} is not on PATH: set install-agents: true (the default) to install it into the tool cache`
  )
}

async function reportedVersion(executable: string, env: AgentCliRequest['env']): Promise<string> {
  let stdout: string
  try {
    ;({ stdout } = await run(executable, ['--version'], { timeout: 60_000, env: installEnv(env) }))
  } catch (error) {
    throw new Error(`${executable} --version failed: ${(error as Error).message.split('\n')[0]}`)
  }
  const version = /([0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1]
  if (version === undefined)
    throw new Error(`${executable} --version reports no version: ${stdout.trim().slice(0, 200)}`)
  return version
}
