/**
 * Real git repositories in temp directories for the git adapter tests. The helper's own
 * git calls ignore the developer's global and system config so fixtures are reproducible;
 * the adapter under test runs with whatever config applies, as it would in production.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { AttemptWorktree, GitErrorCode } from '../../../src/adapters/git/index.js'
import {
  GitAdapterError,
  addAttemptWorktree,
  createRunBranch
} from '../../../src/adapters/git/index.js'

export const RUN_ID = 'RUN_20260325T120000Z_0123abcd'
export const RUN_BRANCH = `orchestrator/run/${RUN_ID}`
export const ITEM_BRANCH = `orchestrator/item/${RUN_ID}/S1/attempt-1`

function fixtureEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('GIT_')) env[name] = value
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' }
}

/**
 * Runs git like a user or an agent would; returns stdout. No fsmonitor, so assertions never
 * run a program a test planted to prove the adapter does not run it.
 */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'commit.gpgSign=false', '-c', 'core.fsmonitor=false', ...args],
    {
      cwd,
      env: fixtureEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
}

export function writeFile(root: string, path: string, content = `${path}\n`): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}

export function symlink(root: string, path: string, target: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  symlinkSync(target, join(root, path))
}

export interface TempRepo {
  /** The temp directory holding the repository (and room for things "outside" it). */
  readonly base: string
  readonly root: string
  cleanup(): void
}

/** A repository with `.local/` ignored, `src/a.txt`, `other/b.txt` and one commit on main. */
export function createTempRepo(): TempRepo {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'plan-orchestrator-git-')))
  const root = join(base, 'repo')
  mkdirSync(root)
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'config', 'user.name', 'Test Runner')
  git(root, 'config', 'user.email', 'runner@example.test')
  writeFile(root, '.gitignore', '.local/\n')
  writeFile(root, 'src/a.txt')
  writeFile(root, 'other/b.txt')
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'initial')
  return { base, root, cleanup: () => rmSync(base, { recursive: true, force: true }) }
}

export function worktreePath(root: string, item = 'S1', attempt = 1): string {
  return join(
    root,
    `.local/automation/plan_orchestrator/worktrees/${RUN_ID}/item-${item}-attempt-${attempt}`
  )
}

/** Run branch at main's HEAD plus the first attempt worktree of item S1, as the kernel does. */
export async function startAttempt(repo: TempRepo): Promise<AttemptWorktree> {
  await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
  return addAttemptWorktree({
    repoRoot: repo.root,
    path: worktreePath(repo.root),
    branch: ITEM_BRANCH,
    baseBranch: RUN_BRANCH
  })
}

export function headOf(cwd: string, ref = 'HEAD'): string {
  return git(cwd, 'rev-parse', ref).trim()
}

export function stagedPaths(cwd: string): string[] {
  return git(cwd, 'diff', '--cached', '--no-renames', '--name-only', '-z')
    .split('\0')
    .filter((p) => p !== '')
}

export function trackedPaths(cwd: string, ref = 'HEAD'): string[] {
  return git(cwd, 'ls-tree', '-r', '-z', '--name-only', ref)
    .split('\0')
    .filter((p) => p !== '')
}

/** Adds a commit on `branch` (checked out in a scratch worktree) and returns its sha. */
export function commitOn(repo: TempRepo, branch: string, path: string): string {
  const scratch = join(repo.base, `scratch-${path.replace(/\W/g, '_')}`)
  git(repo.root, 'worktree', 'add', '-q', scratch, branch)
  writeFile(scratch, path)
  git(scratch, 'add', '-A')
  git(scratch, 'commit', '-q', '-m', `add ${path}`)
  const sha = headOf(scratch)
  git(repo.root, 'worktree', 'remove', '--force', scratch)
  return sha
}

/** Awaits a rejection and checks it is a one-line GitAdapterError with the given code. */
export async function expectGitError(
  promise: Promise<unknown>,
  code: GitErrorCode
): Promise<GitAdapterError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(GitAdapterError)
  expect((error as GitAdapterError).code).toBe(code)
  expect((error as GitAdapterError).message).not.toContain('\n')
  return error as GitAdapterError
}
