/**
 * The checkpoint commit after a mutation stage and the check after verification
 * (docs/decisions.md#scope-checks). The orchestrator is the only committer in a worktree: the scope check runs
 * before anything is staged, what ends up staged is checked again before committing, and
 * any violation leaves the worktree as the agent left it with nothing staged.
 */
import { readFileSync } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_OPTIONS } from '../../core/policy/runtime-policy.js'
import type { MutationLane } from '../../core/run/lifecycle.js'
import type { PathChange, ScopeReport } from '../../core/scope.js'
import { classifyChanges, displayPath, hasScopeViolations } from '../../core/scope.js'
import {
  detectAgentCommits,
  listChanges,
  listCommittedChanges,
  listHiddenIndexEntries,
  listStagedChanges,
  readWorktreeStatus
} from './changes.js'
import type { CheckoutStamp } from '../../core/integrity/checkout-stamp.js'
import { checkoutStampHolds, readingStart, takeCheckoutStamp } from '../integrity/checkout-stamp.js'
import { readRepositoryIndex } from '../integrity/hidden-index-entries.js'
import type { GitMetadataSnapshot } from './git-metadata.js'
import { gitMetadataViolations, locateGitDirs } from './git-metadata.js'
import { runGit } from './git-runner.js'
import { headSha } from './repository.js'

export interface CheckpointRequest {
  readonly worktree: string
  readonly itemId: string
  readonly stage: MutationLane
  readonly allowedRoots: readonly string[]
  /** HEAD before the stage ran; anything else at checkpoint time is an agent commit. */
  readonly expectedHead: string
  /** Taken when the worktree was created; without it only the `.git` pointer is checked. */
  readonly gitMetadata?: GitMetadataSnapshot
  /** Largest file the commit may carry (`max_checkpoint_file_bytes`; default its default). */
  readonly maxFileBytes?: number
}

export type CheckpointResult =
  | {
      readonly status: 'committed'
      readonly headSha: string
      readonly paths: readonly string[]
      readonly scope: ScopeReport
    }
  | { readonly status: 'unchanged'; readonly headSha: string; readonly scope: ScopeReport }
  | {
      readonly status: 'refused'
      /** One line each, ready to join with "; " into an escalation reason. */
      readonly violations: readonly string[]
      /** Absent when the git metadata was tampered with and git was not run at all. */
      readonly scope?: ScopeReport
    }

export function checkpointMessage(itemId: string, stage: MutationLane): string {
  return `orchestrator(${itemId}): ${stage} checkpoint`
}

function uniquePaths(changes: readonly PathChange[]): string[] {
  return [...new Set(changes.map((change) => change.path))]
}

function listed(paths: readonly string[]): string {
  return paths.map(displayPath).join(', ')
}

/** Violations that are not about where a path lies but about how git state was reached. */
async function authorityViolations(worktree: string, expectedHead: string): Promise<string[]> {
  const violations: string[] = []
  const agentCommits = await detectAgentCommits(worktree, expectedHead)
  if (agentCommits !== undefined) violations.push(agentCommits.summary)
  violations.push(...(await hiddenEntryViolations(worktree)))
  return violations
}

async function hiddenEntryViolations(worktree: string): Promise<string[]> {
  const hidden = await listHiddenIndexEntries(worktree)
  return hidden.length > 0
    ? [`index entries hide worktree edits (assume-unchanged/skip-worktree): ${listed(hidden)}`]
    : []
}

export async function checkpoint(request: CheckpointRequest): Promise<CheckpointResult> {
  const { worktree, expectedHead, allowedRoots } = request
  // Before any git command: tampered metadata could make git run the agent's programs.
  const metadata = gitMetadataViolations(worktree, request.gitMetadata)
  if (metadata.length > 0) return { status: 'refused', violations: metadata }

  // HEAD where the stage started means no agent commit and nothing committed since
  // `expectedHead`: the status alone holds every change. Otherwise the full reading.
  const status = await readWorktreeStatus(worktree)
  const unmoved = status.head === expectedHead
  const violations = unmoved
    ? await hiddenEntryViolations(worktree)
    : await authorityViolations(worktree, expectedHead)
  const changes = unmoved ? status.uncommitted : await listChanges(worktree, expectedHead)
  // The runner decodes output as UTF-8; a name that was not UTF-8 cannot be named back to git.
  const undecodable = uniquePaths(changes).filter((path) => path.includes('\uFFFD'))
  if (undecodable.length > 0)
    violations.push(`paths that are not valid UTF-8: ${listed(undecodable)}`)
  const scope = classifyChanges(changes, allowedRoots)
  if (hasScopeViolations(scope)) violations.push(scope.summary)
  const maxFileBytes = request.maxFileBytes ?? DEFAULT_OPTIONS.max_checkpoint_file_bytes
  violations.push(...(await oversizedFiles(worktree, changes, maxFileBytes)))
  if (violations.length > 0) return { status: 'refused', violations, scope }
  if (changes.length === 0) return { status: 'unchanged', headSha: expectedHead, scope }

  // Stage the whole worktree rather than a pathspec list: a pathspec under a directory the
  // agent replaced by a symlink makes `git add` fail, and the check below verifies that the
  // index holds nothing but in-scope changes either way.
  await runGit(worktree, ['add', '-A'])
  const staged = await listStagedChanges(worktree)
  const stagedScope = classifyChanges(staged, allowedRoots)
  const stagedOversized = await oversizedFiles(worktree, staged, maxFileBytes)
  if (hasScopeViolations(stagedScope) || stagedOversized.length > 0) {
    await runGit(worktree, ['reset', '-q'])
    const why = hasScopeViolations(stagedScope) ? [stagedScope.summary] : stagedOversized
    return {
      status: 'refused',
      violations: [`the worktree changed while it was being staged; ${why.join('; ')}`],
      scope: stagedScope
    }
  }
  if (staged.length === 0) return { status: 'unchanged', headSha: expectedHead, scope: stagedScope }
  await runGit(worktree, [
    'commit',
    '--quiet',
    '--no-verify',
    '--no-gpg-sign',
    '--cleanup=verbatim',
    '-m',
    checkpointMessage(request.itemId, request.stage)
  ])
  return {
    status: 'committed',
    headSha: committedHead(worktree) ?? (await headSha(worktree)),
    paths: uniquePaths(staged),
    scope: stagedScope
  }
}

/**
 * The commit `git commit` just made, read from the branch file it wrote, as `rev-parse HEAD`
 * would read it: HEAD names the attempt branch and a commit writes that branch as a loose
 * ref. Anything else (a detached HEAD, a packed or reftable ref) returns undefined and the
 * caller asks git. The check after the checkpoint compares it with the HEAD git reports.
 */
function committedHead(worktree: string): string | undefined {
  try {
    const { gitDir, commonDir } = locateGitDirs(worktree)
    const ref = /^ref: (refs\/heads\/[^\n]+)\n$/.exec(readFileSync(join(gitDir, 'HEAD'), 'utf8'))
    if (
      ref?.[1] === undefined ||
      ref[1].split('/').some((part) => part === '' || part === '.' || part === '..')
    )
      return undefined
    const sha = /^([0-9a-f]{40}|[0-9a-f]{64})\n$/.exec(
      readFileSync(join(commonDir, ref[1]), 'utf8')
    )
    return sha?.[1]
  } catch {
    return undefined
  }
}

/**
 * Files the commit would carry that are over the size limit. Checked before git reads
 * them: a host refuses the push of such a file (GitHub: over 100 MiB) long after the
 * attempt, and hashing one costs the commit its time.
 */
async function oversizedFiles(
  worktree: string,
  changes: readonly PathChange[],
  maxBytes: number
): Promise<string[]> {
  const problems: string[] = []
  for (const path of uniquePaths(changes.filter((change) => change.kind !== 'deleted'))) {
    const info = await lstat(join(worktree, path)).catch(() => undefined)
    if (info === undefined || !info.isFile() || info.size <= maxBytes) continue
    problems.push(
      `file too large to commit: ${displayPath(path)} (${info.size} bytes; the limit is ${maxBytes} bytes, max_checkpoint_file_bytes)`
    )
  }
  return problems
}

/**
 * After verification ran (docs/decisions.md#scope-checks): HEAD must still be the checkpoint and the worktree
 * must be clean (nothing filtered: a file verification left behind is a change the run
 * branch would not carry, so it must be git-ignored or it is reported).
 */
export async function postCheckpointViolations(
  worktree: string,
  checkpointSha: string,
  gitMetadata?: GitMetadataSnapshot
): Promise<string[]> {
  return (await postCheckpointReading(worktree, checkpointSha, gitMetadata)).violations
}

/** A reading that found a worktree clean at a checkpoint, and the stamp that vouches for it. */
export interface CleanReading {
  readonly checkpointSha: string
  readonly stamp: CheckoutStamp
}

/**
 * `postCheckpointViolations`, and when the worktree is clean, a stamp of that reading. With
 * `earlier` for the same checkpoint still holding, the worktree is as that reading found it,
 * and git is not asked again (docs/decisions.md#git-status-between-stages).
 */
export async function postCheckpointReading(
  worktree: string,
  checkpointSha: string,
  gitMetadata?: GitMetadataSnapshot,
  earlier?: CleanReading
): Promise<{ violations: string[]; clean?: CleanReading }> {
  const metadata = gitMetadataViolations(worktree, gitMetadata)
  if (metadata.length > 0) return { violations: metadata }
  if (earlier?.checkpointSha === checkpointSha && cleanReadingHolds(worktree, earlier))
    return { violations: [], clean: earlier }
  const violations: string[] = []
  const dirs = locateGitDirs(worktree)
  const start = readingStart({ root: worktree, ...dirs })
  const status = await readWorktreeStatus(worktree, { ignoredDirs: true })
  const actualHead = status.head === checkpointSha ? checkpointSha : await headSha(worktree)
  if (actualHead !== checkpointSha) {
    const moved = uniquePaths(await listCommittedChanges(worktree, checkpointSha, actualHead))
    violations.push(
      `worktree HEAD ${actualHead} differs from checkpoint ${checkpointSha}; changed paths: ${listed(moved)}`
    )
  }
  const dirty = uniquePaths(status.uncommitted)
  if (dirty.length > 0) violations.push(`worktree has uncommitted changes: ${listed(dirty)}`)
  if (violations.length > 0) return { violations }
  const stamp = takeCheckoutStamp(
    { root: worktree, ...dirs },
    {
      start,
      ignoredDirs: status.ignoredDirs ?? [],
      tracked: readRepositoryIndex(dirs.gitDir, dirs.commonDir)?.paths
    }
  )
  return stamp === undefined ? { violations } : { violations, clean: { checkpointSha, stamp } }
}

/** Whether the worktree is still, entry for entry, as the clean reading found it. */
export function cleanReadingHolds(worktree: string, reading: CleanReading): boolean {
  return checkoutStampHolds(reading.stamp, { root: worktree, ...locateGitDirs(worktree) })
}
