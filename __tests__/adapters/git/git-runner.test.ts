/**
 * The runner every orchestrator git call goes through: what reaches git (settings,
 * environment, stdin) and what comes back (output, exit codes, failures).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitAdapterError } from '../../../src/adapters/git/index.js'
import { runGit, runGitForExitCode } from '../../../src/adapters/git/git-runner.js'
import { git } from './temp-repo.js'

let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'po-git-runner-'))
  git(root, 'init', '-q', '-b', 'main')
  git(
    root,
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@example.invalid',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'one'
  )
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('runGit', () => {
  it('returns stdout untouched, NUL separators and trailing newline included', async () => {
    expect(await runGit(root, ['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('main\n')
    expect(await runGit(root, ['status', '--porcelain=v1', '-z'])).toBe('')
  })

  it('settles a command that writes nothing with an empty string', async () => {
    const head = (await runGit(root, ['rev-parse', 'HEAD'])).trim()
    await expect(runGit(root, ['update-ref', 'refs/heads/copy', head])).resolves.toBe('')
    expect(git(root, 'rev-parse', 'refs/heads/copy').trim()).toBe(head)
  })

  it('gives git no stdin, so a command reading it sees end of input', async () => {
    // The id of the empty blob: git read nothing and did not wait for input.
    expect((await runGit(root, ['hash-object', '--stdin'])).trim()).toBe(
      'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
    )
  })

  it('applies the hardened settings over the repository configuration', async () => {
    git(root, 'config', 'core.hooksPath', join(root, 'planted-hooks'))
    expect((await runGit(root, ['config', 'core.hooksPath'])).trim()).toBe('/dev/null')
  })

  it('ignores GIT_ variables of the caller that would redirect the command', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'po-git-runner-other-'))
    const saved = process.env.GIT_DIR
    process.env.GIT_DIR = join(elsewhere, '.git')
    try {
      expect((await runGit(root, ['rev-parse', '--show-toplevel'])).trim()).toBe(
        git(root, 'rev-parse', '--show-toplevel').trim()
      )
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved
      rmSync(elsewhere, { recursive: true, force: true })
    }
  })

  it('fails with git’s own message when git exits non-zero', async () => {
    const failure = runGit(root, ['rev-parse', '--verify', 'refs/heads/absent'])
    await expect(failure).rejects.toBeInstanceOf(GitAdapterError)
    await expect(failure).rejects.toMatchObject({ code: 'command_failed' })
    await expect(failure).rejects.toThrow(
      /git rev-parse failed in .*: fatal: Needed a single revision/
    )
  })

  it('names a directory that is not a repository, and one that is gone', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'po-git-runner-plain-'))
    try {
      await expect(runGit(plain, ['status'])).rejects.toMatchObject({ code: 'not_a_repository' })
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
    await expect(runGit(join(root, 'gone'), ['status'])).rejects.toMatchObject({
      code: 'not_a_repository'
    })
  })

  it('passes configuration for one call in the environment, not in argv', async () => {
    const value = await runGit(root, ['config', 'plan.secret'], {
      envConfig: [['plan.secret', 'shh']]
    })
    expect(value.trim()).toBe('shh')
  })
})

describe('runGitForExitCode', () => {
  it('returns an answering exit code instead of throwing', async () => {
    const head = (await runGit(root, ['rev-parse', 'HEAD'])).trim()
    const empty = (await runGit(root, ['hash-object', '-t', 'tree', '--stdin'])).trim()
    expect(await runGitForExitCode(root, ['merge-base', '--is-ancestor', head, head])).toEqual({
      exitCode: 0,
      stdout: ''
    })
    expect((await runGitForExitCode(root, ['config', '--get', 'plan.absent'])).exitCode).toBe(1)
    await expect(
      runGitForExitCode(root, ['cat-file', '-e', `${empty}:missing`], [1])
    ).rejects.toBeInstanceOf(GitAdapterError)
  })
})
