import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  addAttemptWorktree,
  branchSha,
  createRunBranch,
  isCleanTracked
} from '../../../src/adapters/git/index.js'
import type { TempRepo } from './temp-repo.js'
import {
  ITEM_BRANCH,
  RUN_BRANCH,
  RUN_ID,
  commitOn,
  createTempRepo,
  expectGitError,
  git,
  headOf,
  startAttempt,
  worktreePath
} from './temp-repo.js'

let repo: TempRepo

beforeEach(() => {
  repo = createTempRepo()
})

afterEach(() => {
  repo.cleanup()
})

describe('addAttemptWorktree', () => {
  it('creates the attempt branch from the run branch tip', async () => {
    const attempt = await startAttempt(repo)
    expect(attempt.reusedBranch).toBe(false)
    expect(attempt.headSha).toBe(headOf(repo.root, RUN_BRANCH))
    expect(git(attempt.path, 'symbolic-ref', 'HEAD').trim()).toBe(`refs/heads/${ITEM_BRANCH}`)
    expect(await isCleanTracked(repo.root)).toEqual({ clean: true, dirtyPaths: [] })
  })

  it('refuses a path that already exists', async () => {
    await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
    const path = worktreePath(repo.root)
    mkdirSync(path, { recursive: true })
    await expectGitError(
      addAttemptWorktree({
        repoRoot: repo.root,
        path,
        branch: ITEM_BRANCH,
        baseBranch: RUN_BRANCH
      }),
      'worktree_path_exists'
    )
    expect(await branchSha(repo.root, ITEM_BRANCH)).toBeUndefined()
  })

  it('reuses an existing attempt branch', async () => {
    await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
    git(repo.root, 'branch', ITEM_BRANCH, RUN_BRANCH)
    const previous = commitOn(repo, ITEM_BRANCH, 'src/earlier.txt')
    const attempt = await addAttemptWorktree({
      repoRoot: repo.root,
      path: worktreePath(repo.root, 'S1', 2),
      branch: ITEM_BRANCH,
      baseBranch: RUN_BRANCH
    })
    expect(attempt).toMatchObject({ reusedBranch: true, headSha: previous })
    expect(existsSync(join(attempt.path, 'src/earlier.txt'))).toBe(true)
  })

  it('refuses an item id that cannot be part of a branch name before creating anything', async () => {
    await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
    const path = worktreePath(repo.root, 'S:1')
    await expectGitError(
      addAttemptWorktree({
        repoRoot: repo.root,
        path,
        branch: `orchestrator/item/${RUN_ID}/S:1/attempt-1`,
        baseBranch: RUN_BRANCH
      }),
      'invalid_branch_name'
    )
    expect(existsSync(path)).toBe(false)
  })
})
