/**
 * Reads what lies outside an attempt (see core/integrity/outside-state.ts) cheaply: git
 * metadata, hooks and refs (loose and packed) straight from the filesystem, the run store by
 * `lstat`, and the operator's checkout with one `git status`. Git is run only after the git
 * metadata has been read (and, by the caller, restored), never on metadata an agent planted.
 */
import { createHash } from 'node:crypto'
import {
  type BigIntStats,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync
} from 'node:fs'
import { hostname } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import {
  type FileContent,
  HIDDEN_FROM_STATUS,
  type OutsideSnapshot,
  type WatchedFile,
  configLines
} from '../../core/integrity/outside-state.js'
import { CONTROL_ROOT, REPORT_ROOT, WORKTREE_ROOT, repoRelative } from '../../core/run/layout.js'
import { locateGitDirs } from '../git/git-metadata.js'
import { runGit } from '../git/git-runner.js'
import { parseHiddenIndexEntries } from '../git/z-output.js'
import { readHiddenIndexEntries } from './hidden-index-entries.js'

export interface ReadScope {
  readonly repoRoot: string
  readonly runId: string
  /** The attempt's worktree, whose own git administrative files the agent may change. */
  readonly ownWorktree: string | null
}

/** Files git reads as configuration or as programs, relative to the common git directory. */
const COMMON_FILES = [
  'config',
  'info/exclude',
  'info/attributes',
  'info/grafts',
  'info/sparse-checkout',
  'objects/info/alternates',
  'objects/info/http-alternates'
]
const WORKTREE_ADMIN_FILES = ['HEAD', 'gitdir', 'commondir', 'config.worktree', 'locked']
const KEEP_CONTENT_BYTES = 1024 * 1024

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function lstatOrUndefined(path: string): BigIntStats | undefined {
  try {
    return lstatSync(path, { bigint: true })
  } catch {
    return undefined
  }
}

/** Changes whenever the file is written, renamed over or re-permissioned (ctime cannot be set back). */
function signature(stats: BigIntStats, path: string): string {
  if (stats.isDirectory()) return 'd'
  if (stats.isSymbolicLink()) return `l:${readlinkSync(path)}:${stats.ctimeNs}`
  return `f:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.mode}`
}

interface GitFiles {
  readonly files: Record<string, WatchedFile>
  readonly contents: Map<string, FileContent>
}

function watchFile(files: GitFiles, repoRoot: string, path: string, run?: string): void {
  const stats = lstatOrUndefined(path)
  if (stats === undefined) return
  const label = repoRelative(repoRoot, path)
  if (stats.isDirectory()) {
    for (const name of readdirSync(path).sort()) watchFile(files, repoRoot, join(path, name), run)
    return
  }
  const extra = run === undefined ? {} : { run }
  if (stats.isSymbolicLink()) {
    const target = readlinkSync(path)
    files.files[label] = { sha256: sha256(`symlink:${target}`), ...extra }
    files.contents.set(label, { kind: 'symlink', target })
    return
  }
  if (!stats.isFile()) {
    files.files[label] = { sha256: sha256(`special:${stats.mode}`), ...extra }
    return
  }
  const data = readFileSync(path)
  const isConfig = /(^|\/)config(\.worktree)?$/.test(label)
  files.files[label] = {
    sha256: sha256(data),
    ...(isConfig ? { configLines: configLines(data.toString('utf8')) } : {}),
    ...extra
  }
  if (data.length <= KEEP_CONTENT_BYTES)
    files.contents.set(label, { kind: 'file', data, mode: Number(stats.mode) & 0o7777 })
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return resolve(a) === resolve(b)
  }
}

/** The run whose worktree a git worktree administrative directory serves, if any. */
function worktreeRun(repoRoot: string, adminDir: string): string | undefined {
  let pointer: string
  try {
    pointer = readFileSync(join(adminDir, 'gitdir'), 'utf8').trim()
  } catch {
    return undefined
  }
  const worktree = dirname(resolve(adminDir, pointer))
  const prefix = `${join(repoRoot, WORKTREE_ROOT)}/`
  return worktree.startsWith(prefix) ? worktree.slice(prefix.length).split('/')[0] : undefined
}

function isOwnWorktree(adminDir: string, ownWorktree: string | null): boolean {
  if (ownWorktree === null) return false
  try {
    const pointer = readFileSync(join(adminDir, 'gitdir'), 'utf8').trim()
    return sameDirectory(dirname(resolve(adminDir, pointer)), ownWorktree)
  } catch {
    return false
  }
}

/** Git metadata of the checkout: config, info files, hooks, HEAD, other worktrees' pointers. */
export function readGitFiles(scope: ReadScope): GitFiles & { commonDir: string } {
  const { gitDir, commonDir } = locateGitDirs(scope.repoRoot)
  const files: GitFiles = { files: {}, contents: new Map() }
  for (const name of COMMON_FILES) watchFile(files, scope.repoRoot, join(commonDir, name))
  watchFile(files, scope.repoRoot, join(commonDir, 'hooks'))
  watchFile(files, scope.repoRoot, join(gitDir, 'HEAD'))
  if (gitDir !== commonDir) watchFile(files, scope.repoRoot, join(gitDir, 'config.worktree'))
  const admins = join(commonDir, 'worktrees')
  const names = existsSync(admins) ? readdirSync(admins).sort() : []
  for (const name of names) {
    const adminDir = join(admins, name)
    if (adminDir === gitDir || isOwnWorktree(adminDir, scope.ownWorktree)) continue
    const run = worktreeRun(scope.repoRoot, adminDir)
    for (const file of WORKTREE_ADMIN_FILES)
      watchFile(files, scope.repoRoot, join(adminDir, file), run)
  }
  return { ...files, commonDir }
}

function walkRefs(refs: Record<string, string>, dir: string, prefix: string): void {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    const name = `${prefix}/${entry.name}`
    if (entry.isDirectory()) walkRefs(refs, path, name)
    else if (!entry.name.endsWith('.lock')) {
      try {
        refs[name] = readFileSync(path, 'utf8').trim()
      } catch {
        // gone between listing and reading: a ref being deleted right now
      }
    }
  }
}

/** Every ref, loose over packed, as git resolves names (symbolic refs as `ref: <target>`). */
export async function readRefs(
  repoRoot: string,
  commonDir: string
): Promise<Record<string, string>> {
  if (existsSync(join(commonDir, 'reftable'))) return readRefsThroughGit(repoRoot)
  const refs: Record<string, string> = {}
  let packed = ''
  try {
    packed = readFileSync(join(commonDir, 'packed-refs'), 'utf8')
  } catch {
    // no packed refs
  }
  for (const line of packed.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('^')) continue
    const space = line.indexOf(' ')
    if (space > 0) refs[line.slice(space + 1)] = line.slice(0, space)
  }
  walkRefs(refs, join(commonDir, 'refs'), 'refs')
  return refs
}

/** A reftable repository keeps refs in a binary format: ask git (one process). */
async function readRefsThroughGit(repoRoot: string): Promise<Record<string, string>> {
  const output = await runGit(repoRoot, [
    'for-each-ref',
    '--format=%(refname)%00%(objectname)%00%(symref)%00'
  ])
  const refs: Record<string, string> = {}
  const fields = output.split('\0')
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const name = (fields[index] ?? '').replace(/^\n/, '')
    const symref = fields[index + 2] ?? ''
    refs[name] = symref === '' ? (fields[index + 1] ?? '') : `ref: ${symref}`
  }
  return refs
}

/**
 * The checkout as `git status` sees it (tracked changes and untracked files, ignored files
 * left out), each listed path with its stat signature so that a further change to a file
 * that was already dirty shows too.
 */
export async function readCheckout(repoRoot: string): Promise<Record<string, string>> {
  const { gitDir, commonDir } = locateGitDirs(repoRoot)
  const output = await runGit(repoRoot, [
    'status',
    '--porcelain=v2',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignore-submodules=all'
  ])
  const entries: Record<string, string> = {}
  const records = output.split('\0')
  for (const record of records) {
    const type = record.charAt(0)
    const fieldCount = type === '1' ? 8 : type === 'u' ? 10 : type === '?' ? 1 : undefined
    if (fieldCount === undefined) continue
    let position = 0
    for (let field = 0; field < fieldCount && position !== -1; field += 1)
      position = record.indexOf(' ', position) + 1 || -1
    if (position === -1) continue
    const path = record.slice(position)
    const stats = lstatOrUndefined(join(repoRoot, path))
    const sig = stats === undefined ? 'absent' : signature(stats, join(repoRoot, path))
    entries[path] = `${record.slice(0, position).trim()}|${sig}`
  }
  // git status does not look at these paths at all: each is listed with its signature.
  for (const path of await hiddenIndexEntries(repoRoot, gitDir, commonDir)) {
    const stats = lstatOrUndefined(join(repoRoot, path))
    const sig = stats === undefined ? 'absent' : signature(stats, join(repoRoot, path))
    entries[path] = `${entries[path] ?? HIDDEN_FROM_STATUS}|${sig}`
  }
  return entries
}

async function hiddenIndexEntries(
  repoRoot: string,
  gitDir: string,
  commonDir: string
): Promise<string[]> {
  let config = ''
  try {
    config = readFileSync(join(commonDir, 'config'), 'utf8')
  } catch {
    // no config: SHA-1
  }
  const hashBytes = /objectformat\s*=\s*sha256/i.test(config) ? 32 : 20
  const read = readHiddenIndexEntries(gitDir, hashBytes)
  if (read !== undefined) return read
  return parseHiddenIndexEntries(await runGit(repoRoot, ['ls-files', '-v', '-z']))
}

/**
 * Signatures of everything under `dir` (absolute), keyed by `relative/<name>`. Paths are
 * built by concatenation (`dir` is already normal and a listed name holds no `/`), not
 * `path.join`: the run store holds thousands of entries and is read twice per stage.
 */
function walkStore(store: Record<string, string>, dir: string, relative: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const path = `${dir}/${name}`
    const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
    if (stats === undefined) continue
    const label = `${relative}/${name}`
    store[label] = signature(stats, path)
    if (stats.isDirectory()) walkStore(store, path, label)
  }
}

/** Every file and directory under the run store roots, by `lstat` signature. */
export function readStore(repoRoot: string): Record<string, string> {
  const store: Record<string, string> = {}
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) walkStore(store, join(repoRoot, root), root)
  return store
}

/** Other runs whose lock a live process on this host holds: they change while we look. */
export function readLiveRuns(repoRoot: string, runId: string): string[] {
  const control = join(repoRoot, CONTROL_ROOT)
  let runs: string[]
  try {
    runs = readdirSync(control)
  } catch {
    return []
  }
  return runs.filter((run) => run !== runId && holdsLiveLock(join(control, run)))
}

function holdsLiveLock(runDir: string): boolean {
  if (!existsSync(join(runDir, 'run.lock'))) return false
  try {
    const owner = JSON.parse(readFileSync(join(runDir, 'run.lock.owner.json'), 'utf8')) as {
      pid?: unknown
      host?: unknown
    }
    if (owner.host !== hostname() || typeof owner.pid !== 'number') return true
    if (owner.pid === process.pid) return false
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function readRunStateDigest(repoRoot: string, runId: string): string | null {
  try {
    return sha256(readFileSync(join(repoRoot, CONTROL_ROOT, runId, 'run_state.json')))
  } catch {
    return null
  }
}

/**
 * A whole reading. `reuseCheckout` is the previous stage's reading: the orchestrator never
 * writes in the checkout's files between stages, so its `git status` is still true.
 */
export async function readOutside(
  scope: ReadScope,
  reuseCheckout?: OutsideSnapshot
): Promise<OutsideSnapshot> {
  const git = readGitFiles(scope)
  const refs = await readRefs(scope.repoRoot, git.commonDir)
  const checkout = reuseCheckout?.state.checkout ?? (await readCheckout(scope.repoRoot))
  return {
    state: {
      refs,
      gitFiles: git.files,
      checkout,
      store: readStore(scope.repoRoot),
      liveRuns: readLiveRuns(scope.repoRoot, scope.runId),
      runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
    },
    contents: git.contents
  }
}
