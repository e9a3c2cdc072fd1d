import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  GitAdapter,
  branchSha,
  branchTips,
  createRefreshBranch,
  createRunBranch,
  fastForward,
  fastForwardListing,
  headSha,
  identity,
  isCleanTracked,
  isPathIgnored,
  repoRoot
} from '../../../src/adapters/git/index.js'
import { commitsSince } from '../../../src/adapters/git/history.js'
import type { TempRepo } from './temp-repo.js'
import {
  RUN_BRANCH,
  RUN_ID,
  commitOn,
  createTempRepo,
  expectGitError,
  git,
  headOf,
  writeFile
} from './temp-repo.js'

let repo: TempRepo

beforeEach(() => {
  repo = createTempRepo()
})

afterEach(() => {
  repo.cleanup()
})

describe('discovery', () => {
  it('finds the repository root from a subdirectory', async () => {
    expect(await repoRoot(join(repo.root, 'src'))).toBe(repo.root)
    expect((await GitAdapter.open(join(repo.root, 'other'))).root).toBe(repo.root)
  })

  it('fails with a one-line typed error outside a repository', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'plan-orchestrator-nogit-')))
    try {
      await expectGitError(repoRoot(outside), 'not_a_repository')
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('ignores GIT_DIR and friends inherited from the caller', async () => {
    const other = createTempRepo()
    git(other.root, 'commit', '-q', '--allow-empty', '-m', 'another history')
    const saved = process.env.GIT_DIR
    process.env.GIT_DIR = join(other.root, '.git')
    try {
      expect(await headSha(repo.root)).toBe(headOf(repo.root))
      expect(await headSha(repo.root)).not.toBe(headOf(other.root))
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved
      other.cleanup()
    }
  })
})

describe('preflight checks', () => {
  it('accepts a checkout whose only changes are untracked files', async () => {
    writeFile(repo.root, 'notes/untracked.txt')
    expect(await isCleanTracked(repo.root)).toEqual({ clean: true, dirtyPaths: [] })
  })

  it('reports modified, staged and deleted tracked files by their exact names', async () => {
    writeFile(repo.root, 'src/sp ace "q".txt')
    git(repo.root, 'add', '-A')
    git(repo.root, 'commit', '-q', '-m', 'odd name')
    writeFile(repo.root, 'src/sp ace "q".txt', 'changed\n')
    writeFile(repo.root, 'other/b.txt', 'staged\n')
    git(repo.root, 'add', 'other/b.txt')
    git(repo.root, 'rm', '-q', 'src/a.txt')
    const report = await isCleanTracked(repo.root)
    expect(report.clean).toBe(false)
    expect([...report.dirtyPaths].sort()).toEqual([
      'other/b.txt',
      'src/a.txt',
      'src/sp ace "q".txt'
    ])
  })

  it('reads the configured identity', async () => {
    expect(await identity(repo.root)).toEqual({
      name: 'Test Runner',
      email: 'runner@example.test',
      missing: []
    })
  })

  it('lists the identity keys that are missing', async () => {
    git(repo.root, 'config', '--unset', 'user.email')
    git(repo.root, 'config', 'user.name', '')
    const home = mkdtempSync(join(tmpdir(), 'plan-orchestrator-home-'))
    const saved = { HOME: process.env.HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME }
    process.env.HOME = home
    process.env.XDG_CONFIG_HOME = home
    try {
      expect((await identity(repo.root)).missing).toEqual(['user.name', 'user.email'])
    } finally {
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      rmSync(home, { recursive: true, force: true })
    }
  })

  it('confirms that .local/ is git-ignored', async () => {
    expect(await isPathIgnored(repo.root, '.local/')).toBe(true)
    expect(await isPathIgnored(repo.root, 'src/')).toBe(false)
  })
})

describe('run branch', () => {
  it('is created at the given commit only when absent', async () => {
    const first = headOf(repo.root)
    expect(await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')).toEqual({
      created: true,
      sha: first
    })
    git(repo.root, 'commit', '-q', '--allow-empty', '-m', 'main moves on')
    expect(await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')).toEqual({
      created: false,
      sha: first
    })
    expect(await branchSha(repo.root, RUN_BRANCH)).toBe(first)
    expect(git(repo.root, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main')
  })

  it('refuses names git would not accept', async () => {
    await expectGitError(
      createRunBranch(repo.root, 'orchestrator/run/a:b', 'HEAD'),
      'invalid_branch_name'
    )
  })
})

describe('fastForward', () => {
  beforeEach(async () => {
    await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
  })

  it('moves the run branch to a descendant commit', async () => {
    const old = headOf(repo.root, RUN_BRANCH)
    git(repo.root, 'branch', 'item', RUN_BRANCH)
    const target = commitOn(repo, 'item', 'src/new.txt')
    const moved = await fastForward({
      repoRoot: repo.root,
      branch: RUN_BRANCH,
      targetSha: 'item',
      expectedOldSha: old
    })
    expect(moved).toBe(target)
    expect(headOf(repo.root, RUN_BRANCH)).toBe(target)
  })

  it('refuses a target that does not descend from the run branch', async () => {
    const old = headOf(repo.root, RUN_BRANCH)
    git(repo.root, 'branch', 'item', RUN_BRANCH)
    const sideways = commitOn(repo, 'item', 'src/side.txt')
    commitOn(repo, RUN_BRANCH, 'src/run.txt')
    const current = headOf(repo.root, RUN_BRANCH)
    await expectGitError(
      fastForward({
        repoRoot: repo.root,
        branch: RUN_BRANCH,
        targetSha: sideways,
        expectedOldSha: current
      }),
      'not_fast_forward'
    )
    expect(headOf(repo.root, RUN_BRANCH)).toBe(current)
    expect(current).not.toBe(old)
  })

  it('refuses (compare-and-swap) when the run branch moved since the caller read it', async () => {
    const seen = headOf(repo.root, RUN_BRANCH)
    const moved = commitOn(repo, RUN_BRANCH, 'src/concurrent.txt')
    git(repo.root, 'branch', 'item', RUN_BRANCH)
    const target = commitOn(repo, 'item', 'src/item.txt')
    const error = await expectGitError(
      fastForward({
        repoRoot: repo.root,
        branch: RUN_BRANCH,
        targetSha: target,
        expectedOldSha: seen
      }),
      'ref_moved'
    )
    expect(error.message).toContain(seen)
    expect(headOf(repo.root, RUN_BRANCH)).toBe(moved)
  })

  it('moves the branch to the commit an annotated tag names, never to the tag', async () => {
    const old = headOf(repo.root, RUN_BRANCH)
    git(repo.root, 'branch', 'item', RUN_BRANCH)
    const target = commitOn(repo, 'item', 'src/tagged.txt')
    git(repo.root, 'tag', '-a', '-m', 'annotated', 'v2', target)
    const tag = git(repo.root, 'rev-parse', 'v2').trim()
    const moved = await fastForward({
      repoRoot: repo.root,
      branch: RUN_BRANCH,
      targetSha: tag,
      expectedOldSha: old
    })
    expect(moved).toBe(target)
    expect(headOf(repo.root, RUN_BRANCH)).toBe(target)
  })

  it('lists the commits it proved the target adds, as commitsSince does, a merge included', async () => {
    const old = headOf(repo.root, RUN_BRANCH)
    git(repo.root, 'branch', 'item', RUN_BRANCH)
    git(repo.root, 'branch', 'side', RUN_BRANCH)
    commitOn(repo, 'item', 'src/one.txt')
    commitOn(repo, 'side', 'src/side.txt')
    const scratch = join(repo.base, 'merge')
    git(repo.root, 'worktree', 'add', '-q', scratch, 'item')
    git(scratch, 'merge', '-q', '--no-edit', 'side')
    const target = headOf(scratch)
    git(repo.root, 'worktree', 'remove', '--force', scratch)
    const moved = await fastForwardListing({
      repoRoot: repo.root,
      branch: RUN_BRANCH,
      targetSha: target,
      expectedOldSha: old
    })
    expect(moved).toEqual({ sha: target, commits: await commitsSince(repo.root, old, target) })
    expect(moved.commits).toHaveLength(3)
    expect(headOf(repo.root, RUN_BRANCH)).toBe(target)
  })

  it('takes a target equal to the branch as a fast-forward that adds nothing', async () => {
    const old = headOf(repo.root, RUN_BRANCH)
    expect(
      await fastForwardListing({
        repoRoot: repo.root,
        branch: RUN_BRANCH,
        targetSha: old,
        expectedOldSha: old
      })
    ).toEqual({ sha: old, commits: [] })
  })

  it('refuses a target that merely shares history with the branch (ancestry, not overlap)', async () => {
    git(repo.root, 'branch', 'item', RUN_BRANCH)
    commitOn(repo, RUN_BRANCH, 'src/run-only.txt')
    const current = headOf(repo.root, RUN_BRANCH)
    const sideways = commitOn(repo, 'item', 'src/item-only.txt')
    await expectGitError(
      fastForwardListing({
        repoRoot: repo.root,
        branch: RUN_BRANCH,
        targetSha: sideways,
        expectedOldSha: current
      }),
      'not_fast_forward'
    )
    expect(headOf(repo.root, RUN_BRANCH)).toBe(current)
  })

  it('says the branch is gone before anything about the target', async () => {
    const old = headOf(repo.root, RUN_BRANCH)
    git(repo.root, 'update-ref', '-d', `refs/heads/${RUN_BRANCH}`)
    await expectGitError(
      fastForward({
        repoRoot: repo.root,
        branch: RUN_BRANCH,
        targetSha: 'no-such-ref',
        expectedOldSha: old
      }),
      'unknown_ref'
    ).then((error) => expect(error.message).toContain('does not exist'))
  })
})

describe('branchTips', () => {
  it('reads several branches in one go, exact names only', async () => {
    await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
    const head = headOf(repo.root)
    const tips = await branchTips(repo.root, [RUN_BRANCH, 'orchestrator/run', 'missing'])
    expect(tips.get(RUN_BRANCH)).toBe(head)
    // A pattern also matches the refs below it; only the exact name counts.
    expect(tips.get('orchestrator/run')).toBeNull()
    expect(tips.get('missing')).toBeNull()
  })

  it('leaves a tip that is not a commit to the caller', async () => {
    git(repo.root, 'tag', '-a', '-m', 'annotated', 'v1')
    // git refuses to point a branch at a tag object; a hand-written ref file does not.
    writeFile(repo.root, '.git/refs/heads/tagged', git(repo.root, 'rev-parse', 'v1'))
    const tips = await branchTips(repo.root, ['tagged'])
    expect(tips.has('tagged')).toBe(true)
    expect(tips.get('tagged')).toBeUndefined()
    expect(await branchSha(repo.root, 'tagged')).toBe(headOf(repo.root))
  })
})

describe('refresh branch', () => {
  it('takes the smallest unused number and requires a descendant target', async () => {
    await createRunBranch(repo.root, RUN_BRANCH, 'HEAD')
    writeFile(repo.root, 'src/merged.txt')
    git(repo.root, 'add', '-A')
    git(repo.root, 'commit', '-q', '-m', 'operator merged earlier work')
    const newer = headOf(repo.root)
    const request = { repoRoot: repo.root, runId: RUN_ID, runBranch: RUN_BRANCH, targetRef: 'main' }
    expect(await createRefreshBranch(request)).toEqual({
      branch: `orchestrator/run-refresh/${RUN_ID}/1`,
      sha: newer
    })
    expect((await createRefreshBranch(request)).branch).toBe(`orchestrator/run-refresh/${RUN_ID}/2`)
    git(repo.root, 'branch', 'unrelated', `${newer}~1`)
    git(repo.root, 'update-ref', `refs/heads/${RUN_BRANCH}`, newer)
    await expectGitError(
      createRefreshBranch({ ...request, targetRef: 'unrelated' }),
      'not_fast_forward'
    )
  })
})
