/**
 * Repository-level git operations: discovery, preflight checks (identity, clean tracked
 * checkout) and the refs the orchestrator owns (run branch, refresh branches, fast-forward).
 */
import { GitAdapterError } from './errors.js'
import { runGit, runGitForExitCode } from './git-runner.js'
import { type CommitLink, commitsSince } from './history.js'
import { parseStatusV2 } from './z-output.js'

export interface GitIdentity {
  readonly name?: string
  readonly email?: string
  /** Config keys that are unset or empty, e.g. `['user.email']`. */
  readonly missing: readonly string[]
}

export interface CleanCheckoutReport {
  readonly clean: boolean
  /** Tracked paths with staged or unstaged changes (untracked files do not count). */
  readonly dirtyPaths: readonly string[]
}

const FULL_OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/

function withoutFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text
}

/** The top-level directory of the working tree that contains `cwd`. */
export async function repoRoot(cwd: string): Promise<string> {
  return withoutFinalNewline(await runGit(cwd, ['rev-parse', '--show-toplevel']))
}

/** Full sha of the commit `ref` names, or undefined when it names none. */
export async function tryResolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const { exitCode, stdout } = await runGitForExitCode(cwd, [
    'rev-parse',
    '-q',
    '--verify',
    '--end-of-options',
    `${ref}^{commit}`
  ])
  return exitCode === 0 ? stdout.trim() : undefined
}

export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  const sha = await tryResolveCommit(cwd, ref)
  if (sha === undefined) throw new GitAdapterError('unknown_ref', `${ref} does not name a commit`)
  return sha
}

export async function headSha(cwd: string): Promise<string> {
  return resolveCommit(cwd, 'HEAD')
}

/** Preflight `clean_tracked_checkout`: tracked changes fail it, untracked files do not. */
export async function isCleanTracked(cwd: string): Promise<CleanCheckoutReport> {
  const output = await runGit(cwd, [
    'status',
    '--porcelain=v2',
    '-z',
    '--untracked-files=no',
    '--no-renames'
  ])
  const dirtyPaths = [...new Set(parseStatusV2(output).map((change) => change.path))]
  return { clean: dirtyPaths.length === 0, dirtyPaths }
}

async function configValue(cwd: string, key: string): Promise<string | undefined> {
  const { exitCode, stdout } = await runGitForExitCode(cwd, ['config', '--get', key])
  const value = stdout.trim()
  return exitCode === 0 && value !== '' ? value : undefined
}

/** Preflight `git_identity`: both `user.name` and `user.email` must be set and non-empty. */
export async function identity(cwd: string): Promise<GitIdentity> {
  const name = await configValue(cwd, 'user.name')
  const email = await configValue(cwd, 'user.email')
  const missing: string[] = []
  if (name === undefined) missing.push('user.name')
  if (email === undefined) missing.push('user.email')
  return { name, email, missing }
}

/** Whether git ignores `path` (the orchestrator needs `.local/` ignored by the repository). */
export async function isPathIgnored(cwd: string, path: string): Promise<boolean> {
  const { exitCode } = await runGitForExitCode(cwd, ['check-ignore', '-q', '--no-index', path])
  return exitCode === 0
}

export async function branchSha(cwd: string, name: string): Promise<string | undefined> {
  return tryResolveCommit(cwd, `refs/heads/${name}`)
}

/**
 * The commits several branches point at, from one `git for-each-ref`: the sha, `null` when
 * the branch does not exist, or undefined when the tip is not a plain commit (the caller then
 * asks `branchSha`, which peels the way `rev-parse` does).
 */
export async function branchTips(
  cwd: string,
  names: readonly string[]
): Promise<Map<string, string | null | undefined>> {
  const refs = names.map((name) => `refs/heads/${name}`)
  const output = await runGit(cwd, [
    'for-each-ref',
    '--format=%(refname)%00%(objecttype)%00%(objectname)%00',
    ...refs
  ])
  // Patterns also match refs below a name and glob characters: keep exact names only.
  const found = new Map<string, string | undefined>()
  const fields = output.split('\0')
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const name = (fields[index] ?? '').replace(/^\n/, '')
    found.set(name, fields[index + 1] === 'commit' ? fields[index + 2] : undefined)
  }
  const tips = new Map<string, string | null | undefined>()
  names.forEach((name, index) => {
    const ref = refs[index] ?? ''
    tips.set(name, found.has(ref) ? found.get(ref) : null)
  })
  return tips
}

export async function assertBranchName(cwd: string, name: string): Promise<void> {
  const { exitCode } = await runGitForExitCode(cwd, ['check-ref-format', `refs/heads/${name}`])
  if (exitCode !== 0 || name.startsWith('-'))
    throw new GitAdapterError('invalid_branch_name', `${name} is not a valid git branch name`)
}

/** Creates `refs/heads/<name>` at `sha` atomically; an empty old value means "must not exist". */
async function createBranchRef(cwd: string, name: string, sha: string): Promise<boolean> {
  const { exitCode } = await runGitForExitCode(
    cwd,
    ['update-ref', '-m', 'plan-orchestrator: create branch', `refs/heads/${name}`, sha, ''],
    [1, 128]
  )
  return exitCode === 0
}

/** Creates the run branch at `sha` unless it already exists; an existing branch is left alone. */
export async function createRunBranch(
  cwd: string,
  name: string,
  sha: string
): Promise<{ created: boolean; sha: string }> {
  await assertBranchName(cwd, name)
  const target = await resolveCommit(cwd, sha)
  const existing = await branchSha(cwd, name)
  if (existing !== undefined) return { created: false, sha: existing }
  if (await createBranchRef(cwd, name, target)) return { created: true, sha: target }
  // Lost a race with another writer: report what is there now.
  return { created: false, sha: await resolveCommit(cwd, `refs/heads/${name}`) }
}

export async function isAncestor(
  cwd: string,
  ancestor: string,
  descendant: string
): Promise<boolean> {
  const { exitCode } = await runGitForExitCode(cwd, [
    'merge-base',
    '--is-ancestor',
    ancestor,
    descendant
  ])
  return exitCode === 0
}

export interface FastForwardRequest {
  readonly repoRoot: string
  readonly branch: string
  /** A sha or ref naming the commit the branch should move to. */
  readonly targetSha: string
  /** Where the caller last saw the branch; the update fails if it has moved since. */
  readonly expectedOldSha: string
}

/**
 * Moves `branch` to the target only when the target descends from the branch, and only
 * if the branch still points where the caller expects (compare-and-swap in `update-ref`,
 * so a concurrent writer cannot be overwritten). Returns the new branch sha.
 */
export async function fastForward(request: FastForwardRequest): Promise<string> {
  return (await fastForwardListing(request)).sha
}

/**
 * `fastForward`, also returning the commits the target adds to the branch (oldest first,
 * as `commitsSince` lists them) when the move took the short path, whose ancestry proof
 * lists them anyway.
 */
export async function fastForwardListing(
  request: FastForwardRequest
): Promise<{ sha: string; commits?: CommitLink[] }> {
  const { repoRoot: cwd, branch, targetSha, expectedOldSha } = request
  // Both as object ids: the ancestry proof and the compare-and-swap of `update-ref` (which
  // writes only a commit to a branch) prove everything the readings below would. Anything
  // that fails there takes the full path, whose checks name what is wrong.
  if (FULL_OBJECT_ID.test(targetSha) && FULL_OBJECT_ID.test(expectedOldSha)) {
    const commits = await commitsSince(cwd, expectedOldSha, targetSha).catch(() => undefined)
    if (
      commits !== undefined &&
      descends(commits, expectedOldSha, targetSha) &&
      (await moveBranch(cwd, branch, targetSha, expectedOldSha))
    )
      return { sha: targetSha, commits }
  }
  const current = await branchSha(cwd, branch)
  if (current === undefined)
    throw new GitAdapterError('unknown_ref', `branch ${branch} does not exist`)
  if (current !== expectedOldSha)
    throw new GitAdapterError(
      'ref_moved',
      `branch ${branch} moved: expected ${expectedOldSha}, found ${current}`
    )
  const target = await resolveCommit(cwd, targetSha)
  if (!(await isAncestor(cwd, current, target)))
    throw new GitAdapterError(
      'not_fast_forward',
      `run branch cannot be fast-forwarded: ${target} does not descend from ${branch} (${current})`
    )
  if (!(await moveBranch(cwd, branch, target, current)))
    throw new GitAdapterError('ref_moved', `branch ${branch} moved while fast-forwarding it`)
  return { sha: target }
}

/**
 * What `merge-base --is-ancestor base tip` answers, from `rev-list tip ^base --parents`:
 * when base is an ancestor of tip, the path from tip down to it passes through a child of
 * base that base cannot reach, which is listed with base among its parents; a listed commit
 * with base as a parent makes base reachable from tip.
 */
function descends(commits: readonly CommitLink[], base: string, tip: string): boolean {
  return tip === base || commits.some((commit) => commit.parents.includes(base))
}

/** `update-ref` with the old value: false when the branch was not there any more. */
async function moveBranch(cwd: string, branch: string, to: string, from: string): Promise<boolean> {
  const { exitCode } = await runGitForExitCode(
    cwd,
    ['update-ref', '-m', 'plan-orchestrator: fast-forward', `refs/heads/${branch}`, to, from],
    [1, 128]
  )
  return exitCode === 0
}

export interface RefreshRequest {
  readonly repoRoot: string
  readonly runId: string
  /** The run's current branch (the run branch or an earlier refresh branch). */
  readonly runBranch: string
  readonly targetRef: string
}

/**
 * `refresh-run`: creates `orchestrator/run-refresh/<RUN>/<K>` (K the smallest unused positive
 * integer) at the target, which must descend from (or equal) the current run branch.
 */
export async function createRefreshBranch(
  request: RefreshRequest
): Promise<{ branch: string; sha: string }> {
  const { repoRoot: cwd, runId, runBranch, targetRef } = request
  const current = await branchSha(cwd, runBranch)
  if (current === undefined)
    throw new GitAdapterError('unknown_ref', `branch ${runBranch} does not exist`)
  const target = await resolveCommit(cwd, targetRef)
  if (!(await isAncestor(cwd, current, target)))
    throw new GitAdapterError(
      'not_fast_forward',
      `run branch ${runBranch} cannot be refreshed to non-descendant ref ${targetRef}`
    )
  const prefix = `orchestrator/run-refresh/${runId}/`
  await assertBranchName(cwd, `${prefix}1`)
  // Ref names cannot contain control characters, so one ref per line is unambiguous here.
  const listed = await runGit(cwd, ['for-each-ref', '--format=%(refname)', `refs/heads/${prefix}`])
  const used = new Set(listed.split('\n').map((ref) => ref.slice(`refs/heads/${prefix}`.length)))
  for (let k = 1; ; k += 1) {
    if (used.has(String(k))) continue
    const branch = `${prefix}${k}`
    if (await createBranchRef(cwd, branch, target)) return { branch, sha: target }
    // Only a concurrent writer taking the same K justifies another try.
    if ((await branchSha(cwd, branch)) === undefined)
      throw new GitAdapterError('command_failed', `could not create branch ${branch}`)
    used.add(String(k))
  }
}
