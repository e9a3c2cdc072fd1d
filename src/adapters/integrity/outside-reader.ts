/**
 * Reads what lies outside an attempt (see core/integrity/outside-state.ts) cheaply: git
 * metadata, hooks and refs (loose and packed) straight from the filesystem, the run store by
 * `lstat` (store-reader.ts), and the operator's checkout with one `git status`. Git is run
 * only after the git metadata has been read (and, by the caller, restored), never on
 * metadata an agent planted.
 */
import { createHash } from 'node:crypto'
import {
  type BigIntStats,
  existsSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { CheckoutStamp } from '../../core/integrity/checkout-stamp.js'
import {
  type FileContent,
  HIDDEN_FROM_STATUS,
  type OutsideSnapshot,
  type WatchedFile,
  configLines
} from '../../core/integrity/outside-state.js'
import type { PreviousReading } from '../../kernel/integrity-ports.js'
import { CONTROL_ROOT, WORKTREE_ROOT, repoRelative } from '../../core/run/layout.js'
import { locateGitDirs } from '../git/git-metadata.js'
import { runGit } from '../git/git-runner.js'
import { parseHiddenIndexEntries, parseIgnoredDirs } from '../git/z-output.js'
import { checkoutStampHolds, readingStart, takeCheckoutStamp } from './checkout-stamp.js'
import { readRepositoryIndex } from './hidden-index-entries.js'
import { lstatOrUndefined, signature } from './stat-signature.js'
import { readLiveRuns, readStore, readStoreCarrying } from './store-reader.js'

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

interface GitFiles {
  readonly files: Record<string, WatchedFile>
  readonly contents: Map<string, FileContent>
  readonly signatures: Map<string, string>
}

/**
 * A file whose change time lies this close to an earlier reading's start is read again even
 * when its signature is unchanged: a write in the same clock tick as that reading (or within
 * a coarse filesystem's timestamp granularity) can leave size and times as they were.
 */
const RACY_WINDOW_MS = 2000

/** What an earlier reading read of a file, when the file has not changed since. */
function unchangedSince(
  earlier: OutsideSnapshot | undefined,
  label: string,
  stats: BigIntStats,
  sig: string
): { watched: WatchedFile; content: FileContent | undefined } | undefined {
  const stamps = earlier?.fileStats
  if (stamps === undefined || stamps.signatures.get(label) !== sig) return undefined
  if (Number(stats.ctimeNs / 1_000_000n) >= stamps.readAtMs - RACY_WINDOW_MS) return undefined
  const watched = earlier?.state.gitFiles[label]
  return watched === undefined ? undefined : { watched, content: earlier?.contents.get(label) }
}

function watchFile(
  files: GitFiles,
  repoRoot: string,
  path: string,
  run: string | undefined,
  earlier: OutsideSnapshot | undefined
): void {
  const stats = lstatOrUndefined(path)
  if (stats === undefined) return
  const label = repoRelative(repoRoot, path)
  if (stats.isDirectory()) {
    for (const name of readdirSync(path).sort())
      watchFile(files, repoRoot, join(path, name), run, earlier)
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
  const sig = signature(stats, path)
  files.signatures.set(label, sig)
  const unchanged = unchangedSince(earlier, label, stats, sig)
  if (unchanged !== undefined) {
    const { sha256: digest, configLines: lines } = unchanged.watched
    files.files[label] = {
      sha256: digest,
      ...(lines === undefined ? {} : { configLines: lines }),
      ...extra
    }
    if (unchanged.content !== undefined) files.contents.set(label, unchanged.content)
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

/** The run whose worktree (absolute) lies under the worktree root, if any. */
function worktreeRun(repoRoot: string, worktree: string): string | undefined {
  const prefix = `${join(repoRoot, WORKTREE_ROOT)}/`
  return worktree.startsWith(prefix) ? worktree.slice(prefix.length).split('/')[0] : undefined
}

/** The worktree an administrative directory's `gitdir` pointer names, if it has one. */
function worktreeOf(adminDir: string): string | undefined {
  try {
    return dirname(resolve(adminDir, readFileSync(join(adminDir, 'gitdir'), 'utf8').trim()))
  } catch {
    return undefined
  }
}

/** Whether `worktree` is the attempt's own (the same path, or the same directory through links). */
function isOwnWorktree(
  worktree: string,
  ownPath: string | null,
  own: BigIntStats | undefined
): boolean {
  if (ownPath === null) return false
  if (resolve(worktree) === resolve(ownPath)) return true
  if (own === undefined) return false
  const stats = statSync(worktree, { bigint: true, throwIfNoEntry: false })
  return stats !== undefined && stats.dev === own.dev && stats.ino === own.ino
}

/**
 * Git metadata of the checkout: config, info files, hooks, HEAD, other worktrees' pointers.
 * A file whose signature is unchanged since `earlier` was read is taken from that reading.
 */
export function readGitFiles(
  scope: ReadScope,
  earlier?: OutsideSnapshot
): GitFiles & { commonDir: string; readAtMs: number } {
  const readAtMs = Date.now()
  const { gitDir, commonDir } = locateGitDirs(scope.repoRoot)
  const files: GitFiles = { files: {}, contents: new Map(), signatures: new Map() }
  const watch = (path: string, run?: string): void =>
    watchFile(files, scope.repoRoot, path, run, earlier)
  for (const name of COMMON_FILES) watch(join(commonDir, name))
  watch(join(commonDir, 'hooks'))
  watch(join(gitDir, 'HEAD'))
  if (gitDir !== commonDir) watch(join(gitDir, 'config.worktree'))
  const admins = join(commonDir, 'worktrees')
  const names = existsSync(admins) ? readdirSync(admins).sort() : []
  const own =
    scope.ownWorktree === null
      ? undefined
      : statSync(scope.ownWorktree, { bigint: true, throwIfNoEntry: false })
  for (const name of names) {
    const adminDir = join(admins, name)
    if (adminDir === gitDir) continue
    const worktree = worktreeOf(adminDir)
    if (worktree !== undefined && isOwnWorktree(worktree, scope.ownWorktree, own)) continue
    const run = worktree === undefined ? undefined : worktreeRun(scope.repoRoot, worktree)
    for (const file of WORKTREE_ADMIN_FILES) watch(join(adminDir, file), run)
  }
  return { ...files, commonDir, readAtMs }
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

/** The checkout's entries as `readCheckout` gives them, and what vouches for them. */
export interface CheckoutReading {
  readonly checkout: Readonly<Record<string, string>>
  readonly stamp?: CheckoutStamp
}

/**
 * The checkout as `git status` sees it (tracked changes and untracked files, ignored files
 * left out), each listed path with its stat signature so that a further change to a file
 * that was already dirty shows too.
 */
export async function readCheckout(repoRoot: string): Promise<Record<string, string>> {
  return (await statusOfCheckout(repoRoot, locateGitDirs(repoRoot))).entries
}

/**
 * `readCheckout`, or `earlier` itself when its stamp shows that git would find the checkout
 * as it did then (see checkout-stamp.ts).
 */
export async function readCheckoutStamped(
  repoRoot: string,
  earlier?: CheckoutReading
): Promise<CheckoutReading> {
  const dirs = locateGitDirs(repoRoot)
  const scope = { root: repoRoot, ...dirs }
  if (earlier?.stamp !== undefined && checkoutStampHolds(earlier.stamp, scope)) return earlier
  const start = readingStart(scope)
  const status = await statusOfCheckout(repoRoot, dirs)
  const stamp = takeCheckoutStamp(scope, { start, ...status })
  return stamp === undefined ? { checkout: status.entries } : { checkout: status.entries, stamp }
}

async function statusOfCheckout(
  repoRoot: string,
  { gitDir, commonDir }: { gitDir: string; commonDir: string }
): Promise<{
  entries: Record<string, string>
  ignoredDirs: string[]
  tracked: readonly string[] | undefined
}> {
  const output = await runGit(repoRoot, [
    'status',
    '--porcelain=v2',
    '-z',
    '--untracked-files=all',
    '--ignored=matching',
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
  const index = await indexPaths(repoRoot, gitDir, commonDir)
  for (const path of index.hidden) {
    const stats = lstatOrUndefined(join(repoRoot, path))
    const sig = stats === undefined ? 'absent' : signature(stats, join(repoRoot, path))
    entries[path] = `${entries[path] ?? HIDDEN_FROM_STATUS}|${sig}`
  }
  return { entries, ignoredDirs: parseIgnoredDirs(output), tracked: index.paths }
}

/** The index's hidden entries, and all its paths when the index file could be read here. */
async function indexPaths(
  repoRoot: string,
  gitDir: string,
  commonDir: string
): Promise<{ hidden: string[]; paths: readonly string[] | undefined }> {
  const read = readRepositoryIndex(gitDir, commonDir)
  if (read !== undefined) return read
  const hidden = parseHiddenIndexEntries(await runGit(repoRoot, ['ls-files', '-v', '-z']))
  return { hidden, paths: undefined }
}

export function readRunStateDigest(repoRoot: string, runId: string): string | null {
  try {
    return sha256(readFileSync(join(repoRoot, CONTROL_ROOT, runId, 'run_state.json')))
  } catch {
    return null
  }
}

/**
 * A whole reading. `previous` is the last stage's reading after it (see `PreviousReading`):
 * the orchestrator never writes in the checkout's files between stages, so its `git status`
 * is still true, and the settled parts of the run store are carried over.
 */
export async function readOutside(
  scope: ReadScope,
  previous?: PreviousReading
): Promise<OutsideSnapshot> {
  const git = readGitFiles(scope, previous?.snapshot)
  const refs = await readRefs(scope.repoRoot, git.commonDir)
  const checkout =
    previous === undefined
      ? await readCheckoutStamped(scope.repoRoot)
      : { checkout: previous.snapshot.state.checkout, stamp: previous.snapshot.checkoutStamp }
  const liveRuns = readLiveRuns(scope.repoRoot, scope.runId)
  const store =
    previous === undefined
      ? readStore(scope.repoRoot)
      : readStoreCarrying(scope.repoRoot, {
          runId: scope.runId,
          liveRuns,
          previous: previous.snapshot.state,
          touchedItems: previous.touchedItems
        })
  return {
    state: {
      refs,
      gitFiles: git.files,
      checkout: checkout.checkout,
      store,
      liveRuns,
      runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
    },
    contents: git.contents,
    fileStats: { signatures: git.signatures, readAtMs: git.readAtMs },
    ...(checkout.stamp === undefined ? {} : { checkoutStamp: checkout.stamp })
  }
}
