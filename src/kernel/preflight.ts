import { createHash } from 'node:crypto'
import { access, lstat, readFile, readdir, readlink } from 'node:fs/promises'
import { constants } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { GitPort } from './ports.js'

/**
 * Checks made before a run touches anything. Each failure is one sentence that says what
 * is wrong and what to do; all are reported together.
 */

export const CLEAN_ENV_OVERRIDE = 'PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED'

export interface PreflightInput {
  readonly repoRoot: string
  readonly git: GitPort
  readonly env: Readonly<Record<string, string | undefined>>
  /** Executables the chosen agents need on PATH (none for the scripted agent). */
  readonly requiredExecutables: readonly string[]
}

export async function preflight(input: PreflightInput): Promise<string[]> {
  const problems: string[] = []
  const ambient = await ambientAgentConfig(input.repoRoot, input.env)
  if (ambient.length > 0 && input.env[CLEAN_ENV_OVERRIDE] !== '1') {
    problems.push(
      `ambient agent configuration found (${ambient.join(', ')}): it changes how codex and claude behave ` +
        `on this machine outside the reviewed plan (agent calls get fresh homes, but a change to it during ` +
        `the run escalates the item). Remove it, or set ${CLEAN_ENV_OVERRIDE}=1 once you have reviewed it.`
    )
  }
  for (const name of input.requiredExecutables) {
    if ((await findExecutable(name, input.env.PATH ?? '')) === undefined) {
      problems.push(`${name} is not on PATH; install it or choose another agent set`)
    }
  }
  const identity = await input.git.identity(input.repoRoot)
  const missing = [
    identity.name ? undefined : 'user.name',
    identity.email ? undefined : 'user.email'
  ].filter(Boolean)
  if (missing.length > 0) {
    problems.push(
      `git identity is not set (${missing.join(', ')}); checkpoint commits need it: git config ${missing[0]} …`
    )
  }
  const checkout = await input.git.cleanTrackedCheckout(input.repoRoot)
  if (!checkout.clean) {
    problems.push(
      `the checkout has uncommitted changes to tracked files (${checkout.dirty.slice(0, 5).join(', ')}` +
        `${checkout.dirty.length > 5 ? ', …' : ''}); commit or stash them first`
    )
  }
  if (!(await input.git.isIgnored(input.repoRoot, '.local/plan-orchestrator-probe'))) {
    problems.push(
      '.local/ is not ignored by git; add ".local/" to .gitignore (run artifacts and worktrees live there)'
    )
  }
  return problems
}

async function ambientAgentConfig(repoRoot: string, env: PreflightInput['env']): Promise<string[]> {
  const home = env.HOME ?? homedir()
  // The CLIs read their homes from these variables when set, and the agents inherit them.
  const codexHome = env.CODEX_HOME?.trim() || join(home, '.codex')
  const claudeHome = env.CLAUDE_CONFIG_DIR?.trim() || join(home, '.claude')
  const candidates = [
    ...new Set([
      join(home, '.codex', 'config.toml'),
      join(codexHome, 'config.toml'),
      join(repoRoot, '.codex', 'config.toml'),
      join(home, '.claude', 'settings.json'),
      join(claudeHome, 'settings.json'),
      join(repoRoot, '.claude', 'settings.json'),
      join(repoRoot, '.mcp.json')
    ])
  ]
  const found: string[] = []
  for (const path of candidates) {
    if (await exists(path)) found.push(path)
  }
  return found
}

async function findExecutable(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    )
    if (ok) return candidate
  }
  return undefined
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/**
 * The user-level agent configuration the orchestrator watches between stages: what codex and
 * claude would load from the orchestrator's HOME, `$CODEX_HOME` and `$CLAUDE_CONFIG_DIR`
 * (configuration, instruction files, rules, skills, hooks, agents, commands, MCP servers).
 * Agent calls never see these (each gets a fresh home), but code an agent wrote runs as a
 * process on this machine, and a change here during a run means it reached outside its
 * sandbox. Keys are absolute paths; values are fingerprints of the content.
 */
export type AgentConfigSnapshot = ReadonlyMap<string, string>

const CODEX_HOME_FILES = ['config.toml', 'AGENTS.md', 'AGENTS.override.md', 'hooks.json']
const CODEX_HOME_DIRS = ['rules', 'skills', 'prompts']
const CLAUDE_HOME_FILES = ['settings.json', 'settings.local.json', 'CLAUDE.md']
const CLAUDE_HOME_DIRS = ['agents', 'commands', 'skills', 'hooks', 'output-styles', 'plugins']
/** A directory with more entries than this is fingerprinted by its first ones and its size. */
const MAX_WATCHED_ENTRIES = 5000

export function watchedAgentConfig(
  env: PreflightInput['env']
): ReadonlyArray<{ readonly path: string; readonly kind: 'file' | 'dir' | 'claude-state' }> {
  const home = env.HOME?.trim() || homedir()
  const codexHomes = new Set([join(home, '.codex'), env.CODEX_HOME?.trim() || join(home, '.codex')])
  const claudeHomes = new Set([
    join(home, '.claude'),
    env.CLAUDE_CONFIG_DIR?.trim() || join(home, '.claude')
  ])
  const watched: { path: string; kind: 'file' | 'dir' | 'claude-state' }[] = [
    { path: join(home, 'AGENTS.md'), kind: 'file' },
    { path: join(home, 'CLAUDE.md'), kind: 'file' },
    { path: join(home, '.agents', 'skills'), kind: 'dir' },
    { path: join(home, '.claude.json'), kind: 'claude-state' }
  ]
  for (const dir of codexHomes) {
    watched.push(
      ...CODEX_HOME_FILES.map((name) => ({ path: join(dir, name), kind: 'file' as const }))
    )
    watched.push(
      ...CODEX_HOME_DIRS.map((name) => ({ path: join(dir, name), kind: 'dir' as const }))
    )
  }
  for (const dir of claudeHomes) {
    watched.push(
      ...CLAUDE_HOME_FILES.map((name) => ({ path: join(dir, name), kind: 'file' as const }))
    )
    watched.push(
      ...CLAUDE_HOME_DIRS.map((name) => ({ path: join(dir, name), kind: 'dir' as const }))
    )
    watched.push({ path: join(dir, '.claude.json'), kind: 'claude-state' })
  }
  return watched
}

export async function snapshotAgentConfig(
  env: PreflightInput['env']
): Promise<AgentConfigSnapshot> {
  const snapshot = new Map<string, string>()
  const seen = new Set<string>()
  for (const location of watchedAgentConfig(env)) {
    if (seen.has(location.path)) continue
    seen.add(location.path)
    const fingerprint = await fingerprintOf(location.path, location.kind)
    if (fingerprint !== undefined) snapshot.set(location.path, fingerprint)
  }
  return snapshot
}

/** `path (new|changed|removed)` for every watched path that differs between two snapshots. */
export function agentConfigChanges(
  before: AgentConfigSnapshot,
  after: AgentConfigSnapshot
): string[] {
  const changes: string[] = []
  for (const [path, fingerprint] of after) {
    const earlier = before.get(path)
    if (earlier === undefined) changes.push(`${path} (new)`)
    else if (earlier !== fingerprint) changes.push(`${path} (changed)`)
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`${path} (removed)`)
  return changes.sort()
}

async function fingerprintOf(
  path: string,
  kind: 'file' | 'dir' | 'claude-state'
): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined)
  if (info === undefined) return undefined
  if (info.isSymbolicLink()) return `link:${await readlink(path).catch(() => '?')}`
  if (info.isDirectory()) return kind === 'dir' ? directoryFingerprint(path) : 'directory'
  const content = await readFile(path).catch(() => undefined)
  if (content === undefined) return 'unreadable'
  return kind === 'claude-state' ? claudeStateFingerprint(content) : digest(content)
}

/**
 * `.claude.json` is rewritten by every interactive claude session (counters, tips), so only
 * what configures an agent counts: MCP servers, and per-project MCP approvals and trust.
 */
function claudeStateFingerprint(content: Buffer): string {
  let state: unknown
  try {
    state = JSON.parse(content.toString('utf8'))
  } catch {
    return digest(content)
  }
  if (typeof state !== 'object' || state === null) return digest(content)
  const record = state as Record<string, unknown>
  const projects =
    typeof record.projects === 'object' && record.projects !== null ? record.projects : {}
  const relevant = {
    mcpServers: record.mcpServers ?? null,
    projects: Object.fromEntries(
      Object.entries(projects as Record<string, unknown>).map(([name, project]) => {
        const entry = (typeof project === 'object' && project !== null ? project : {}) as Record<
          string,
          unknown
        >
        return [
          name,
          [
            entry.mcpServers ?? null,
            entry.enabledMcpjsonServers ?? null,
            entry.enableAllProjectMcpServers ?? null,
            entry.hasTrustDialogAccepted ?? null
          ]
        ]
      })
    )
  }
  return digest(Buffer.from(JSON.stringify(relevant)))
}

async function directoryFingerprint(root: string): Promise<string> {
  const entries: string[] = []
  const visit = async (relative: string): Promise<void> => {
    if (entries.length >= MAX_WATCHED_ENTRIES) return
    const names = (await readdir(join(root, relative)).catch(() => [] as string[])).sort()
    for (const name of names) {
      if (entries.length >= MAX_WATCHED_ENTRIES) return
      const path = relative === '' ? name : `${relative}/${name}`
      const info = await lstat(join(root, path)).catch(() => undefined)
      if (info === undefined) continue
      if (info.isSymbolicLink())
        entries.push(`${path}->${await readlink(join(root, path)).catch(() => '?')}`)
      else if (info.isDirectory()) {
        entries.push(`${path}/`)
        await visit(path)
      } else {
        const content = await readFile(join(root, path)).catch(() => undefined)
        entries.push(`${path}=${content === undefined ? 'unreadable' : digest(content)}`)
      }
    }
  }
  await visit('')
  return digest(Buffer.from(entries.join('\n')))
}

function digest(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}
