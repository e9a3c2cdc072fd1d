/**
 * What an attempt changed, read from git with NUL-separated output and rename detection off
 * (a rename is a deletion plus an addition, and both sides must be judged):
 * committed changes come from `diff-tree` (plumbing, so no user diff configuration applies,
 * and its raw format carries modes and blob ids for symlink targets), uncommitted and
 * untracked ones from `status --porcelain=v2 -z --untracked-files=all --no-renames`.
 */
import { lstatSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { PathChange, ScopeReport } from '../../core/scope.js'
import { classifyChanges } from '../../core/scope.js'
import { readRepositoryIndex } from '../integrity/hidden-index-entries.js'
import { locateGitDirs } from './git-metadata.js'
import { runGit } from './git-runner.js'
import { headSha } from './repository.js'
import type { RawChange } from './z-output.js'
import {
  GITLINK_MODE,
  SYMLINK_MODE,
  parseHiddenIndexEntries,
  parseIgnoredDirs,
  parseNulList,
  parseRawDiff,
  parseStatusBranchOid,
  parseStatusV2,
  splitRawAndPatch
} from './z-output.js'

const RAW_DIFF_FLAGS = ['-r', '-z', '--raw', '--no-renames', '--no-abbrev']

/** A new repository (untracked or added gitlink) is reported as a write to its `.git`. */
function nestedRepositoryChange(change: RawChange): PathChange | undefined {
  const addsGitlink =
    change.newMode === GITLINK_MODE && (change.kind === 'added' || change.kind === 'type_changed')
  if (change.nestedRepository !== true && !addsGitlink) return undefined
  return { path: `${change.path}/.git`, kind: 'added' }
}

async function fromDiff(cwd: string, raw: RawChange[]): Promise<PathChange[]> {
  const changes: PathChange[] = []
  for (const change of raw) {
    const nested = nestedRepositoryChange(change)
    if (nested !== undefined) changes.push(nested)
    else if (change.kind !== 'deleted' && change.newMode === SYMLINK_MODE && change.newObject) {
      const symlinkTarget = await runGit(cwd, ['cat-file', 'blob', change.newObject])
      changes.push({ path: change.path, kind: change.kind, isSymlink: true, symlinkTarget })
    } else changes.push({ path: change.path, kind: change.kind })
  }
  return changes
}

/** Status entries describe the worktree as it is now, so symlinks are read from disk. */
function fromStatus(worktree: string, raw: RawChange[]): PathChange[] {
  return raw.map((change) => {
    const nested = nestedRepositoryChange(change)
    if (nested !== undefined) return nested
    if (change.kind === 'deleted') return { path: change.path, kind: change.kind }
    const onDisk = join(worktree, change.path)
    try {
      if (lstatSync(onDisk).isSymbolicLink())
        return {
          path: change.path,
          kind: change.kind,
          isSymlink: true,
          symlinkTarget: readlinkSync(onDisk)
        }
    } catch {
      // Gone between status and lstat: the next status will report the deletion.
    }
    return { path: change.path, kind: change.kind }
  })
}

/** Changes committed between two commits, renames split, symlink targets from git. */
export async function listCommittedChanges(
  worktree: string,
  fromRef: string,
  toRef = 'HEAD'
): Promise<PathChange[]> {
  const output = await runGit(worktree, ['diff-tree', ...RAW_DIFF_FLAGS, fromRef, toRef, '--'])
  return fromDiff(worktree, parseRawDiff(output))
}

/** What the index holds relative to HEAD: exactly what the next commit would record. */
export async function listStagedChanges(worktree: string): Promise<PathChange[]> {
  const output = await runGit(worktree, ['diff-index', '--cached', ...RAW_DIFF_FLAGS, 'HEAD', '--'])
  return fromDiff(worktree, parseRawDiff(output))
}

const UNCOMMITTED_STATUS = [
  'status',
  '--porcelain=v2',
  '-z',
  '--untracked-files=all',
  '--no-renames',
  '--ignore-submodules=none'
]

/** Staged, unstaged and untracked (not ignored) changes in the worktree. */
export async function listUncommittedChanges(worktree: string): Promise<PathChange[]> {
  return fromStatus(worktree, parseStatusV2(await runGit(worktree, UNCOMMITTED_STATUS)))
}

export interface WorktreeStatus {
  /** The commit HEAD names (not peeled: a HEAD that names a tag object shows the tag's id). */
  readonly head: string | undefined
  readonly uncommitted: PathChange[]
  /** With `ignoredDirs` asked for: the directories status reported as ignored. */
  readonly ignoredDirs?: readonly string[]
}

/**
 * HEAD and the uncommitted changes from one `git status --branch`: a check that needs both
 * costs one process. Callers compare `head` with a commit they know and take the slower
 * path through `headSha` whenever it differs. `ignoredDirs`: also name the ignored
 * directories (`--ignored=matching`), for a stamp of the reading (checkout-stamp.ts).
 */
export async function readWorktreeStatus(
  worktree: string,
  options: { readonly ignoredDirs?: boolean } = {}
): Promise<WorktreeStatus> {
  const ignored = options.ignoredDirs === true ? ['--ignored=matching'] : []
  const output = await runGit(worktree, [...UNCOMMITTED_STATUS, '--branch', ...ignored])
  return {
    head: parseStatusBranchOid(output),
    uncommitted: fromStatus(worktree, parseStatusV2(output)),
    ...(options.ignoredDirs === true ? { ignoredDirs: parseIgnoredDirs(output) } : {})
  }
}

/** Everything changed since `sinceRef`: commits on top of it plus the uncommitted state. */
export async function listChanges(worktree: string, sinceRef: string): Promise<PathChange[]> {
  const committed = await listCommittedChanges(worktree, sinceRef, 'HEAD')
  return [...committed, ...(await listUncommittedChanges(worktree))]
}

/** The committed-change scope check between two refs (docs/decisions.md#scope-checks). */
export async function checkCommittedScope(
  worktree: string,
  previousRef: string,
  currentRef: string,
  allowedRoots: readonly string[]
): Promise<ScopeReport> {
  return classifyChanges(
    await listCommittedChanges(worktree, previousRef, currentRef),
    allowedRoots
  )
}

export interface AgentCommitReport {
  readonly expectedHead: string
  readonly actualHead: string
  /** Commits reachable from HEAD but not from the expected head, oldest first. */
  readonly commits: readonly string[]
  readonly summary: string
}

/**
 * The orchestrator owns every commit in a worktree; HEAD moving without it means the agent
 * committed, reset or checked out something, which is a violation whatever the content.
 */
export async function detectAgentCommits(
  worktree: string,
  expectedHead: string
): Promise<AgentCommitReport | undefined> {
  const actualHead = await headSha(worktree)
  if (actualHead === expectedHead) return undefined
  const listed = await runGit(worktree, ['rev-list', '--reverse', `${expectedHead}..${actualHead}`])
  const commits = listed.split('\n').filter((line) => line !== '')
  const shown =
    commits.slice(0, 5).join(', ') + (commits.length > 5 ? `, … (${commits.length})` : '')
  const detail = commits.length > 0 ? `; commits not made by the orchestrator: ${shown}` : ''
  return {
    expectedHead,
    actualHead,
    commits,
    summary: `worktree HEAD moved from ${expectedHead} to ${actualHead} without the orchestrator${detail}`
  }
}

/** Index entries marked assume-unchanged or skip-worktree: git would not report their edits. */
export async function listHiddenIndexEntries(worktree: string): Promise<string[]> {
  const read = hiddenEntriesFromIndexFile(worktree)
  if (read !== undefined) return read
  return parseHiddenIndexEntries(await runGit(worktree, ['ls-files', '-v', '-z']))
}

/**
 * The same flags read from the worktree's index file without a git process, as the
 * integrity check reads the checkout's; undefined when that reader cannot (split index,
 * unknown version, no readable git directory).
 */
function hiddenEntriesFromIndexFile(worktree: string): string[] | undefined {
  try {
    const { gitDir, commonDir } = locateGitDirs(worktree)
    return readRepositoryIndex(gitDir, commonDir)?.hidden
  } catch {
    return undefined
  }
}

/** Tracked paths at a commit (NUL-separated, so any file name survives). */
export async function listTrackedPaths(worktree: string, ref = 'HEAD'): Promise<string[]> {
  return parseNulList(await runGit(worktree, ['ls-tree', '-r', '-z', '--name-only', ref, '--']))
}

/** A configured external diff or textconv program is switched off: the patch is git's own. */
const PATCH_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--binary']

/**
 * The patch between two commits for auditors. Porcelain `diff` would honour a configured
 * external diff or textconv program; those are switched off so the patch is git's own.
 */
export async function readPatch(worktree: string, fromRef: string, toRef: string): Promise<string> {
  return runGit(worktree, ['diff', '--no-renames', ...PATCH_FLAGS, fromRef, toRef, '--'])
}

/**
 * The committed changes between two commits (as `listCommittedChanges` reads them) and the
 * patch between them (as `readPatch` gives it), from one `diff-tree --patch-with-raw`. The
 * plumbing command leaves out the porcelain's diff settings (`diff.noprefix`,
 * `diff.context`, `diff.algorithm`, …): the patch is git's default one.
 */
export async function readCommittedChangesAndPatch(
  worktree: string,
  fromRef: string,
  toRef: string
): Promise<{ changes: PathChange[]; patch: string }> {
  const output = await runGit(worktree, [
    'diff-tree',
    ...RAW_DIFF_FLAGS,
    '--patch-with-raw',
    ...PATCH_FLAGS,
    fromRef,
    toRef,
    '--'
  ])
  const { raw, patch } = splitRawAndPatch(output)
  return { changes: await fromDiff(worktree, parseRawDiff(raw)), patch }
}
