/**
 * One test per violation kind of docs/decisions.md#scope-checks. Each proves that nothing out of scope
 * reaches a commit: the checkpoint refuses, HEAD stays where it was, nothing is staged and
 * the agent's files are left in place for the escalation to show.
 */
import {
  chmodSync,
  existsSync,
  readFileSync,
  renameSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join, resolve } from 'node:path'
import type {
  AttemptWorktree,
  CheckpointRequest,
  CheckpointResult
} from '../../../src/adapters/git/index.js'
import { checkpoint } from '../../../src/adapters/git/index.js'
import type { TempRepo } from './temp-repo.js'
import {
  RUN_BRANCH,
  createTempRepo,
  git,
  headOf,
  stagedPaths,
  startAttempt,
  symlink,
  trackedPaths,
  writeFile
} from './temp-repo.js'

let repo: TempRepo
let attempt: AttemptWorktree

beforeEach(async () => {
  repo = createTempRepo()
  attempt = await startAttempt(repo)
})

afterEach(() => {
  repo.cleanup()
})

function run(overrides: Partial<CheckpointRequest> = {}): Promise<CheckpointResult> {
  return checkpoint({
    worktree: attempt.path,
    itemId: 'S1',
    stage: 'execute',
    allowedRoots: ['src'],
    expectedHead: attempt.headSha,
    gitMetadata: attempt.gitMetadata,
    ...overrides
  })
}

/** The refusal leaves HEAD, the index, the run branch and the main checkout untouched. */
async function expectRefused(overrides: Partial<CheckpointRequest> = {}, head = attempt.headSha) {
  const stagedByAgent = stagedPaths(attempt.path)
  const result = await run(overrides)
  expect(result.status).toBe('refused')
  if (result.status !== 'refused') throw new Error('unreachable')
  expect(result.violations.length).toBeGreaterThan(0)
  for (const violation of result.violations) expect(violation).not.toContain('\n')
  expect(headOf(attempt.path)).toBe(head)
  expect(stagedPaths(attempt.path)).toEqual(stagedByAgent)
  expect(headOf(repo.root, RUN_BRANCH)).toBe(attempt.headSha)
  return result
}

describe('in-scope changes', () => {
  it('are committed as the orchestrator checkpoint on top of the expected head', async () => {
    writeFile(attempt.path, 'src/a.txt', 'changed\n')
    writeFile(attempt.path, 'src/new/file.txt')
    const result = await run()
    expect(result).toMatchObject({ status: 'committed', paths: ['src/a.txt', 'src/new/file.txt'] })
    if (result.status !== 'committed') throw new Error('unreachable')
    expect(result.headSha).toBe(headOf(attempt.path))
    expect(headOf(attempt.path, 'HEAD~1')).toBe(attempt.headSha)
    expect(git(attempt.path, 'log', '-1', '--format=%s%n%an').trim()).toBe(
      'orchestrator(S1): execute checkpoint\nTest Runner'
    )
    expect(git(attempt.path, 'status', '--porcelain')).toBe('')
    expect(headOf(repo.root, RUN_BRANCH)).toBe(attempt.headSha)
  })

  it('makes no commit when nothing changed', async () => {
    expect(await run()).toMatchObject({ status: 'unchanged', headSha: attempt.headSha })
    expect(headOf(attempt.path)).toBe(attempt.headSha)
  })

  it('ignore git-ignored files, including the packet under .local/', async () => {
    writeFile(attempt.path, '.local/plan_orchestrator/packet/item_context.json', '{}\n')
    expect(await run()).toMatchObject({ status: 'unchanged' })
  })
})

describe('violations', () => {
  it('refuses an out-of-scope file and commits nothing, not even the in-scope part', async () => {
    writeFile(attempt.path, 'src/a.txt', 'in scope\n')
    writeFile(attempt.path, 'other/new.txt')
    const result = await expectRefused()
    expect(result.scope?.outOfScope).toEqual(['other/new.txt'])
    expect(result.violations).toEqual(['scope violation: out-of-scope paths: other/new.txt'])
    expect(existsSync(join(attempt.path, 'other/new.txt'))).toBe(true)
  })

  it.each([
    'secrets/token.txt',
    'SECRETS/token.txt',
    '.Claude/settings.json',
    '.MCP.json',
    'Ops/Config/prod.yml',
    '.codex/config.toml'
  ])('refuses a write under a forbidden root: %s', async (path) => {
    writeFile(attempt.path, path)
    // Even a root list that names the forbidden root does not make it writable.
    const result = await expectRefused({ allowedRoots: ['src', path.split('/')[0] ?? ''] })
    expect(result.scope?.forbidden).toEqual([path])
  })

  it('refuses a rename from in scope to out of scope (the added side)', async () => {
    git(attempt.path, 'mv', 'src/a.txt', 'other/a.txt')
    expect(stagedPaths(attempt.path)).toEqual(['other/a.txt', 'src/a.txt'])
    const result = await expectRefused()
    expect(result.scope?.outOfScope).toEqual(['other/a.txt'])
  })

  it('refuses a rename from out of scope to in scope (the deleted side)', async () => {
    renameSync(join(attempt.path, 'other/b.txt'), join(attempt.path, 'src/b.txt'))
    const result = await expectRefused()
    expect(result.scope?.outOfScope).toEqual(['other/b.txt'])
  })

  it.each([
    ['outside the repository', '../../../../outside.txt'],
    ['at an absolute path', '/etc/passwd'],
    ['inside the repository but outside the roots', '../other/b.txt'],
    ['into the git directory', '../.git/hooks']
  ])('refuses a symlink pointing %s', async (_label, target) => {
    symlink(attempt.path, 'src/link', target)
    const result = await expectRefused()
    expect(result.scope?.unsafeSymlinks).toEqual(['src/link'])
  })

  it('commits a symlink that stays inside the roots, as a symlink', async () => {
    symlink(attempt.path, 'src/link', 'a.txt')
    expect(await run()).toMatchObject({ status: 'committed', paths: ['src/link'] })
    expect(git(attempt.path, 'ls-tree', 'HEAD', 'src/link')).toMatch(/^120000 /)
  })

  it('refuses an agent-made commit even when its content is in scope', async () => {
    writeFile(attempt.path, 'src/a.txt', 'agent commit\n')
    git(attempt.path, 'commit', '-q', '-am', 'agent did this')
    const agentHead = headOf(attempt.path)
    const result = await expectRefused({}, agentHead)
    expect(result.violations[0]).toContain(`moved from ${attempt.headSha} to ${agentHead}`)
    expect(git(attempt.path, 'rev-list', '--count', `${attempt.headSha}..HEAD`).trim()).toBe('1')
  })

  it('names the paths an agent commit carried out of scope', async () => {
    writeFile(attempt.path, 'other/sneaky.txt')
    git(attempt.path, 'add', '-A')
    git(attempt.path, 'commit', '-q', '-m', 'agent did this')
    const result = await expectRefused({}, headOf(attempt.path))
    expect(result.scope?.outOfScope).toEqual(['other/sneaky.txt'])
  })

  it('refuses edits hidden from git with assume-unchanged', async () => {
    git(attempt.path, 'update-index', '--assume-unchanged', 'other/b.txt')
    writeFile(attempt.path, 'other/b.txt', 'hidden edit\n')
    const result = await expectRefused()
    expect(result.violations.join('; ')).toContain('assume-unchanged')
  })

  it('refuses edits hidden from git with skip-worktree, in a split index too', async () => {
    git(attempt.path, 'update-index', '--skip-worktree', 'other/b.txt')
    writeFile(attempt.path, 'other/b.txt', 'hidden edit\n')
    expect((await expectRefused()).violations.join('; ')).toContain('other/b.txt')
    // A split index is read by git itself (the index file reader declines it).
    git(attempt.path, 'update-index', '--split-index')
    expect((await expectRefused()).violations.join('; ')).toContain('other/b.txt')
  })
})

describe('the -z path handling', () => {
  const oddNames = [
    'src/with space.txt',
    'src/quote"d.txt',
    "src/apostrophe's.txt",
    'src/new\nline.txt',
    'src/tab\there.txt',
    'src/back\\slash.txt',
    'src/ünïcødé ☃.txt',
    'src/-leading-dash.txt',
    'src/*glob?[x].txt'
  ]

  it('commits in-scope files with any name, exactly as named', async () => {
    for (const name of oddNames) writeFile(attempt.path, name)
    const result = await run()
    expect(result.status).toBe('committed')
    expect(
      trackedPaths(attempt.path)
        .filter((path) => path.startsWith('src/'))
        .sort()
    ).toEqual(['src/a.txt', ...oddNames].sort())
  })

  it('names an out-of-scope file with an odd name exactly', async () => {
    writeFile(attempt.path, 'other/ä "x"\nname.txt')
    writeFile(attempt.path, 'src/fine one.txt')
    const result = await expectRefused()
    expect(result.scope?.outOfScope).toEqual(['other/ä "x"\nname.txt'])
  })
})

describe('writes to git metadata', () => {
  it('refuses a nested repository inside an allowed root', async () => {
    git(attempt.path, 'init', '-q', 'src/vendor')
    writeFile(attempt.path, 'src/vendor/x.txt')
    const result = await expectRefused()
    expect(result.scope?.forbidden).toEqual(['src/vendor/.git'])
  })

  it.each([
    ['with', true],
    ['without', false]
  ])(
    "refuses when the worktree's .git pointer was rewritten (%s a baseline)",
    async (_label, withBaseline) => {
      writeFile(attempt.path, 'src/a.txt', 'in scope\n')
      writeFileSync(join(attempt.path, '.git'), `gitdir: ${join(repo.root, '.git')}\n`)
      const result = await run(withBaseline ? {} : { gitMetadata: undefined })
      expect(result).toMatchObject({ status: 'refused' })
      if (result.status !== 'refused') throw new Error('unreachable')
      expect(result.violations[0]).toContain('.git')
      expect(headOf(repo.root)).toBe(attempt.headSha)
      expect(headOf(repo.root, RUN_BRANCH)).toBe(attempt.headSha)
    }
  )

  it('refuses when a hook was planted in the shared git directory', async () => {
    const commonDir = git(attempt.path, 'rev-parse', '--git-common-dir').trim()
    const hook = resolve(attempt.path, commonDir, 'hooks', 'post-commit')
    writeFileSync(hook, '#!/bin/sh\necho planted\n')
    chmodSync(hook, 0o755)
    writeFile(attempt.path, 'src/a.txt', 'in scope\n')
    const result = await expectRefused()
    expect(result.violations).toEqual([
      'git metadata changed outside the worktree: common:hooks/post-commit'
    ])
  })

  it('refuses a config change without running the program it names', async () => {
    const marker = join(repo.base, 'fsmonitor-ran')
    git(attempt.path, 'config', 'core.fsmonitor', `touch '${marker}'; false`)
    writeFile(attempt.path, 'src/a.txt', 'in scope\n')
    const result = await expectRefused()
    expect(result.violations).toEqual(['git metadata changed outside the worktree: common:config'])
    expect(existsSync(marker)).toBe(false)
  })

  it('commits without running hooks or signing, whatever the repository configures', async () => {
    const marker = join(repo.base, 'hook-ran')
    const hooks = join(repo.base, 'user-hooks')
    for (const name of ['pre-commit', 'commit-msg', 'post-commit']) {
      writeFile(repo.base, `user-hooks/${name}`, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`)
      chmodSync(join(hooks, name), 0o755)
    }
    git(repo.root, 'config', 'core.hooksPath', hooks)
    git(repo.root, 'config', 'commit.gpgSign', 'true')
    git(repo.root, 'config', 'gpg.program', 'false')
    writeFile(attempt.path, 'src/a.txt', 'in scope\n')
    // No baseline: the configuration above is the user's, not an agent's.
    const result = await run({ gitMetadata: undefined })
    expect(result.status).toBe('committed')
    expect(existsSync(marker)).toBe(false)
    expect(git(attempt.path, 'cat-file', 'commit', 'HEAD')).not.toContain('gpgsig')
    expect(readFileSync(join(attempt.path, 'src/a.txt'), 'utf8')).toBe('in scope\n')
  })
})

describe('file size limit', () => {
  /** A sparse file: as big as git would see it, without writing its bytes to disk. */
  function sizedFile(path: string, bytes: number): void {
    writeFile(attempt.path, path, '')
    truncateSync(join(attempt.path, path), bytes)
  }

  it('refuses a file over the limit, named with its size and the limit', async () => {
    writeFile(attempt.path, 'src/a.txt', 'in scope\n')
    sizedFile('src/big.bin', 2049)
    const result = await expectRefused({ maxFileBytes: 2048 })
    expect(result.violations).toEqual([
      'file too large to commit: src/big.bin (2049 bytes; the limit is 2048 bytes, max_checkpoint_file_bytes)'
    ])
    expect(existsSync(join(attempt.path, 'src/big.bin'))).toBe(true)
  })

  it('commits a file of exactly the limit', async () => {
    sizedFile('src/edge.bin', 2048)
    expect(await run({ maxFileBytes: 2048 })).toMatchObject({ status: 'committed' })
  })

  it('refuses a tracked file that grew over the limit', async () => {
    sizedFile('src/a.txt', 4096)
    const result = await expectRefused({ maxFileBytes: 1000 })
    expect(result.violations[0]).toMatch(/^file too large to commit: src\/a\.txt \(4096 bytes/)
  })

  it('by default refuses a file of 100 MB, which GitHub would refuse at the push', async () => {
    sizedFile('src/huge.bin', 100 * 1000 * 1000)
    const result = await expectRefused()
    expect(result.violations[0]).toMatch(
      /^file too large to commit: src\/huge\.bin \(100000000 bytes; the limit is 99000000 bytes/
    )
  })

  it('a deleted big file is no reason to refuse', async () => {
    git(attempt.path, 'rm', '-q', 'src/a.txt')
    expect(await run({ maxFileBytes: 1 })).toMatchObject({ status: 'committed' })
  })
})
