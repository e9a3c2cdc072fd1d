/**
 * Guards the git metadata an agent can reach from its worktree. `git status` never reports
 * writes there, yet they matter: a linked worktree's `.git` is a one-line file naming its
 * git directory (rewrite it and our git commands act on another repository), and hooks and
 * config live in the repository's shared git directory (a planted hook or an fsmonitor/filter
 * entry is a program git would run). The snapshot is plain JSON so the kernel can keep it in
 * run state and compare after a resume.
 *
 * Everything here reads files directly and runs no git: when the metadata has been tampered
 * with, running git (which would read that config) is exactly what must not happen first.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync
} from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { displayPath } from '../../core/scope.js'
import { GitAdapterError } from './errors.js'

export interface GitMetadataSnapshot {
  readonly worktree: string
  /** Content of `<worktree>/.git` when it is a file (linked worktree); `null` for a directory. */
  readonly gitFile: string | null
  readonly gitDir: string
  readonly commonDir: string
  /** Content of `<gitDir>/HEAD`, e.g. `ref: refs/heads/orchestrator/item/...`. */
  readonly head: string
  /** sha256 per watched file, keyed `common:<path>` or `worktree:<path>`; absent files omitted. */
  readonly files: Readonly<Record<string, string>>
}

const COMMON_WATCHED = ['config', 'hooks', 'info/attributes', 'info/exclude', 'info/grafts']
const WORKTREE_WATCHED = ['config.worktree', 'commondir', 'gitdir', 'info/sparse-checkout']

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function readTrimmed(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '')
}

/** Hashes a file, a symlink (its text) or a directory tree (recursively) into `files`. */
function hashEntry(files: Record<string, string>, label: string, path: string): void {
  let stats
  try {
    stats = lstatSync(path, { throwIfNoEntry: false })
  } catch {
    return
  }
  if (stats === undefined) return
  if (stats.isSymbolicLink()) files[label] = sha256(`symlink:${readlinkSync(path)}`)
  else if (stats.isDirectory()) {
    for (const name of readdirSync(path).sort())
      hashEntry(files, `${label}/${name}`, join(path, name))
  } else files[label] = sha256(readFileSync(path))
}

export function locateGitDirs(worktree: string): {
  gitFile: string | null
  gitDir: string
  commonDir: string
} {
  const dotGit = join(worktree, '.git')
  if (lstatSync(dotGit).isDirectory()) return { gitFile: null, gitDir: dotGit, commonDir: dotGit }
  const gitFile = readFileSync(dotGit, 'utf8')
  const match = /^gitdir: (.+)$/.exec(gitFile.replace(/\r?\n$/, ''))
  if (match?.[1] === undefined)
    throw new GitAdapterError('not_a_repository', `${dotGit} does not name a git directory`)
  const gitDir = resolve(worktree, match[1])
  const commonFile = join(gitDir, 'commondir')
  const commonDir = existsSync(commonFile) ? resolve(gitDir, readTrimmed(commonFile)) : gitDir
  return { gitFile, gitDir, commonDir }
}

/** Records the metadata of a worktree; take it right after creating the worktree. */
export function snapshotGitMetadata(worktree: string): GitMetadataSnapshot {
  const root = realpathSync(worktree)
  const { gitFile, gitDir, commonDir } = locateGitDirs(root)
  const files: Record<string, string> = {}
  for (const path of COMMON_WATCHED) hashEntry(files, `common:${path}`, join(commonDir, path))
  if (gitDir !== commonDir)
    for (const path of WORKTREE_WATCHED) hashEntry(files, `worktree:${path}`, join(gitDir, path))
  return {
    worktree: root,
    gitFile,
    gitDir,
    commonDir,
    head: readTrimmed(join(gitDir, 'HEAD')),
    files
  }
}

/**
 * Checks that need no baseline: `.git` must still be a real file or directory, and a linked
 * worktree's pointer must lead to a git directory that points back at this worktree.
 */
function pointerViolations(worktree: string): string[] {
  const dotGit = join(worktree, '.git')
  let stats
  try {
    stats = lstatSync(dotGit)
  } catch {
    return [`${displayPath(dotGit)} is missing`]
  }
  if (stats.isDirectory()) return []
  if (!stats.isFile()) return [`${displayPath(dotGit)} is no longer a regular file`]
  try {
    const { gitDir } = locateGitDirs(worktree)
    const back = readTrimmed(join(gitDir, 'gitdir'))
    const backTarget = isAbsolute(back) ? back : resolve(gitDir, back)
    if (realpathSync(dirname(backTarget)) === realpathSync(worktree)) return []
  } catch {
    // fall through: an unreadable or dangling pointer is a violation like a wrong one
  }
  return [`${displayPath(dotGit)} no longer points at this worktree's git directory`]
}

/** Violations of the worktree's git metadata, compared with `baseline` when one is given. */
export function gitMetadataViolations(worktree: string, baseline?: GitMetadataSnapshot): string[] {
  const root = realpathSync(worktree)
  const violations = pointerViolations(root)
  if (baseline === undefined || violations.length > 0) return violations
  const current = snapshotGitMetadata(root)
  if (current.gitFile !== baseline.gitFile || current.gitDir !== baseline.gitDir)
    return [`${displayPath(join(root, '.git'))} was rewritten`]
  if (current.head !== baseline.head)
    violations.push(`HEAD was switched from "${baseline.head}" to "${current.head}"`)
  const labels = new Set([...Object.keys(baseline.files), ...Object.keys(current.files)])
  const changed = [...labels].filter((label) => baseline.files[label] !== current.files[label])
  if (changed.length > 0)
    violations.push(`git metadata changed outside the worktree: ${changed.sort().join(', ')}`)
  return violations
}
