/**
 * Whether a working tree (the operator's checkout, an attempt's worktree) can look
 * different to `git status` than it did when an earlier `git status` read it, answered
 * without running git: a stamp records the `lstat` of every entry git status could look at,
 * and of the git files its answer depends on. A later reading takes the earlier answer only
 * if a fresh walk finds every entry as the stamp has it; anything else (a new, gone or
 * changed entry, a moved HEAD) sends the caller back to git
 * (docs/decisions.md#git-status-between-stages).
 *
 * What the walk covers, against what git status reads:
 * - every entry of the working tree, directories included, except a top-level `.git`
 *   directory, the inside of directories that status reported as ignored (git does not look
 *   into those, and nothing in them can be re-included) and the inside of a nested
 *   repository's `.git`;
 * - every path the index tracks, wherever it lies (git checks tracked files in ignored
 *   directories too), present or not;
 * - the index, HEAD and the branch file it names (loose and packed), and the configuration
 *   and exclude files of the git directory.
 *
 * A write changes an entry's ctime, which cannot be set back, and a new or removed name
 * shows in the walk. What a stamp cannot tell apart is a second write in the same tick of
 * the filesystem's clock as an entry's last change, so a stamp vouches for nothing if any
 * entry changed in or after the tick its reading began in. That tick is read from the
 * filesystem itself, as the change time of a file the orchestrator touches in its own
 * directory of the repository just before the reading (git's racy-entry rule compares with
 * the index file's time the same way); where that cannot be done, an entry must have
 * changed at least `RACY_WINDOW_MS` before the reading by the process's clock.
 */
import { type BigIntStats, lutimesSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { CheckoutStamp } from '../../core/integrity/checkout-stamp.js'
import { CLOCK_PROBE } from '../../core/run/layout.js'
import { lstatOrUndefined } from './stat-signature.js'

export interface StampScope {
  /** The working tree's top directory. */
  readonly root: string
  readonly gitDir: string
  readonly commonDir: string
}

/**
 * Without the filesystem's clock: an entry changed this close to a reading's start may have
 * changed again unseen (a coarse filesystem's timestamps, a clock that differs a little).
 */
const RACY_WINDOW_MS = 2000
/**
 * Past about this many entries a walk (one `lstat` each, about 3.5 µs) costs more than the
 * `git status` it would spare, which git spreads over threads (docs/performance.md).
 */
const MAX_ENTRIES = 3_000
const GIT_DIR_FILES = ['index', 'HEAD', 'config.worktree']
const COMMON_DIR_FILES = ['config', 'info/exclude', 'info/attributes', 'info/sparse-checkout']

/**
 * Marks the start of a reading a stamp will be taken of: the change time from which on an
 * entry's signature no longer vouches for it (ns since the epoch). Call it before `git
 * status` runs.
 */
export function readingStart(scope: StampScope): bigint {
  return filesystemNow(scope) ?? BigInt(Date.now() - RACY_WINDOW_MS) * 1_000_000n
}

/**
 * The filesystem's clock, from the change time of the orchestrator's clock file in the
 * repository's `.local/` once touched; undefined when it is not a plain file on the working
 * tree's filesystem (another filesystem may keep another clock).
 */
function filesystemNow(scope: StampScope): bigint | undefined {
  if (basename(scope.commonDir) !== '.git') return undefined
  const probe = join(dirname(scope.commonDir), CLOCK_PROBE)
  try {
    // An agent can reach this directory: a link planted here must not lend another file's
    // times, nor have them touched.
    const found = lstatOrUndefined(probe)
    if (found === undefined) writeFileSync(probe, '', { flag: 'wx' })
    else if (!found.isFile() || found.nlink !== 1n) return undefined
    else {
      const now = new Date()
      lutimesSync(probe, now, now)
    }
    const stats = lstatOrUndefined(probe)
    const root = lstatOrUndefined(scope.root)
    if (stats?.isFile() !== true || stats.nlink !== 1n) return undefined
    if (root === undefined || stats.dev !== root.dev) return undefined
    return stats.ctimeNs
  } catch {
    return undefined
  }
}

/**
 * A stamp of the working tree as a `git status` begun at `start` (`readingStart`) read it,
 * or undefined when none can be taken: a tree too big to walk, an index this module cannot
 * read, refs in a reftable.
 */
export function takeCheckoutStamp(
  scope: StampScope,
  input: {
    readonly start: bigint
    /** Repo-relative directories status reported as ignored (`! dir/`), without the slash. */
    readonly ignoredDirs: readonly string[]
    /** Every path of the index; undefined when the index could not be read. */
    readonly tracked: readonly string[] | undefined
  }
): CheckoutStamp | undefined {
  const gitFiles = gitFilesOf(scope)
  if (input.tracked === undefined || gitFiles === undefined) return undefined
  // A big checkout is known by its index before any walk is begun.
  if (input.tracked.length > MAX_ENTRIES) return undefined
  const skipped = new Set(input.ignoredDirs)
  const entries = new Map<string, string>()
  let newestChangeNs = 0n
  const record: Visit = (key, stats, as) => {
    if (stats !== undefined && stats.ctimeNs > newestChangeNs) newestChangeNs = stats.ctimeNs
    entries.set(key, as ?? entrySignature(stats))
    return entries.size <= MAX_ENTRIES
  }
  if (!visitGitFiles(gitFiles, record)) return undefined
  if (!walk(scope.root, '', skipped, record)) return undefined
  const extras = input.tracked.filter((path) => !entries.has(path))
  for (const path of extras) {
    if (!record(path, lstatOrUndefined(join(scope.root, path)))) return undefined
  }
  return { racyFromNs: input.start, newestChangeNs, gitFiles, skipped, extras, entries }
}

/**
 * Whether the checkout is, entry for entry, as `stamp` recorded it, and the stamp old enough
 * to tell.
 */
export function checkoutStampHolds(stamp: CheckoutStamp, scope: StampScope): boolean {
  if (stamp.newestChangeNs >= stamp.racyFromNs) return false
  let seen = 0
  const same: Visit = (key, stats, as) => {
    seen += 1
    return stamp.entries.get(key) === (as ?? entrySignature(stats))
  }
  if (!visitGitFiles(stamp.gitFiles, same)) return false
  if (!walk(scope.root, '', stamp.skipped, same)) return false
  for (const path of stamp.extras) {
    if (!same(path, lstatOrUndefined(join(scope.root, path)))) return false
  }
  return seen === stamp.entries.size
}

/** `as`: what to record instead of the entry's signature. */
type Visit = (key: string, stats: BigIntStats | undefined, as?: string) => boolean

/**
 * The git files status depends on, by absolute path: HEAD, and the branch it names as a
 * loose and a packed ref. Undefined for refs kept in a reftable, whose files this module
 * does not follow.
 */
function gitFilesOf(scope: StampScope): string[] | undefined {
  if (lstatOrUndefined(join(scope.commonDir, 'reftable')) !== undefined) return undefined
  const files = [
    ...GIT_DIR_FILES.map((name) => join(scope.gitDir, name)),
    ...COMMON_DIR_FILES.map((name) => join(scope.commonDir, name))
  ]
  let head: string
  try {
    head = readFileSync(join(scope.gitDir, 'HEAD'), 'utf8').trim()
  } catch {
    return files
  }
  if (!head.startsWith('ref: ')) return files
  const ref = head.slice('ref: '.length)
  // A ref name that would climb out of the git directory is one git itself refuses.
  if (ref.split('/').includes('..')) return undefined
  return [...files, join(scope.commonDir, ref), join(scope.commonDir, 'packed-refs')]
}

function visitGitFiles(files: readonly string[], visit: Visit): boolean {
  return files.every((path) => visit(path, lstatOrUndefined(path)))
}

/** Visits every entry under `dir` (repo-relative `prefix`); false as soon as `visit` is. */
function walk(root: string, prefix: string, skipped: ReadonlySet<string>, visit: Visit): boolean {
  let names: string[]
  try {
    names = readdirSync(prefix === '' ? root : join(root, prefix))
  } catch {
    return visit(`${prefix}/`, undefined)
  }
  for (const name of names) {
    const path = prefix === '' ? name : `${prefix}/${name}`
    const stats = lstatOrUndefined(join(root, path))
    // The repository's own git directory changes with every git command; a linked
    // worktree's `.git` file does not, and which repository it names matters.
    if (path === '.git' && stats?.isDirectory() === true) continue
    if (skipped.has(path) && stats?.isDirectory() === true) {
      // Its times change with whatever happens inside, where git does not look; a directory
      // put in its place shows in the parent's times.
      if (!visit(path, undefined, 'ignored directory')) return false
      continue
    }
    if (!visit(path, stats)) return false
    if (stats?.isDirectory() !== true || name === '.git') continue
    if (!walk(root, path, skipped, visit)) return false
  }
  return true
}

/**
 * Kind, size, times, inode and mode: a write, a rename over, a chmod all change it. Not
 * stat-signature.ts's `signature`: a link is not read (pointing it elsewhere makes a new one,
 * with a new inode), and a directory keeps its times.
 */
function entrySignature(stats: BigIntStats | undefined): string {
  if (stats === undefined) return 'absent'
  return `${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.dev}`
}
