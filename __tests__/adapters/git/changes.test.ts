import { chmodSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AttemptWorktree } from '../../../src/adapters/git/index.js'
import {
  checkCommittedScope,
  checkpoint,
  detectAgentCommits,
  listChanges,
  listCommittedChanges,
  postCheckpointViolations,
  readCommittedChangesAndPatch,
  readPatch
} from '../../../src/adapters/git/index.js'
import type { TempRepo } from './temp-repo.js'
import { createTempRepo, git, headOf, startAttempt, symlink, writeFile } from './temp-repo.js'

let repo: TempRepo
let attempt: AttemptWorktree

beforeEach(async () => {
  repo = createTempRepo()
  attempt = await startAttempt(repo)
})

afterEach(() => {
  repo.cleanup()
})

function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '-m', message)
  return headOf(cwd)
}

describe('listChanges', () => {
  it('covers commits since the ref and the uncommitted state, with symlink targets', async () => {
    symlink(attempt.path, 'src/committed-link', '../other/b.txt')
    commitAll(attempt.path, 'committed by someone')
    symlink(attempt.path, 'src/loose-link', 'a.txt')
    writeFile(attempt.path, 'other/b.txt', 'edited\n')
    expect(await listChanges(attempt.path, attempt.headSha)).toEqual([
      {
        path: 'src/committed-link',
        kind: 'added',
        isSymlink: true,
        symlinkTarget: '../other/b.txt'
      },
      { path: 'other/b.txt', kind: 'modified' },
      { path: 'src/loose-link', kind: 'added', isSymlink: true, symlinkTarget: 'a.txt' }
    ])
  })
})

describe('checkCommittedScope (docs/decisions.md#scope-checks)', () => {
  it('sees both sides of a committed rename', async () => {
    git(attempt.path, 'mv', 'other/b.txt', 'src/b.txt')
    const after = commitAll(attempt.path, 'move')
    const report = await checkCommittedScope(attempt.path, attempt.headSha, after, ['src'])
    expect(report.outOfScope).toEqual(['other/b.txt'])
    expect(report.summary).toBe('scope violation: out-of-scope paths: other/b.txt')
  })

  it('passes a range that stays inside the roots', async () => {
    writeFile(attempt.path, 'src/c.txt')
    const after = commitAll(attempt.path, 'add')
    const report = await checkCommittedScope(attempt.path, attempt.headSha, after, ['src'])
    expect(report.summary).toBe('all 1 changed path is within the allowed write roots')
  })
})

describe('detectAgentCommits', () => {
  it('reports nothing while HEAD is where the orchestrator left it', async () => {
    expect(await detectAgentCommits(attempt.path, attempt.headSha)).toBeUndefined()
  })

  it('lists the commits made behind the orchestrator, oldest first', async () => {
    writeFile(attempt.path, 'src/1.txt')
    const first = commitAll(attempt.path, 'one')
    writeFile(attempt.path, 'src/2.txt')
    const second = commitAll(attempt.path, 'two')
    const report = await detectAgentCommits(attempt.path, attempt.headSha)
    expect(report).toMatchObject({ actualHead: second, commits: [first, second] })
  })

  it('reports a HEAD moved backwards too', async () => {
    writeFile(attempt.path, 'src/1.txt')
    const ours = commitAll(attempt.path, 'checkpoint')
    git(attempt.path, 'reset', '-q', '--hard', 'HEAD~1')
    const report = await detectAgentCommits(attempt.path, ours)
    expect(report).toMatchObject({ actualHead: attempt.headSha, commits: [] })
  })
})

describe('postCheckpointViolations (docs/decisions.md#scope-checks)', () => {
  async function checkpointOnce(): Promise<string> {
    writeFile(attempt.path, 'src/a.txt', 'checkpointed\n')
    const result = await checkpoint({
      worktree: attempt.path,
      itemId: 'S1',
      stage: 'execute',
      allowedRoots: ['src'],
      expectedHead: attempt.headSha,
      gitMetadata: attempt.gitMetadata
    })
    if (result.status !== 'committed') throw new Error(`checkpoint ${result.status}`)
    return result.headSha
  }

  it('is satisfied by a clean worktree at the checkpoint', async () => {
    const sha = await checkpointOnce()
    expect(await postCheckpointViolations(attempt.path, sha, attempt.gitMetadata)).toEqual([])
  })

  it('reports files left behind, unfiltered', async () => {
    const sha = await checkpointOnce()
    writeFile(attempt.path, 'node_modules/.cache/x')
    writeFile(attempt.path, 'src/__pycache__/a.pyc')
    expect(await postCheckpointViolations(attempt.path, sha)).toEqual([
      'worktree has uncommitted changes: node_modules/.cache/x, src/__pycache__/a.pyc'
    ])
  })

  it('reports a HEAD that moved after the checkpoint, with the paths it changed', async () => {
    const sha = await checkpointOnce()
    writeFile(attempt.path, 'other/late.txt')
    const late = commitAll(attempt.path, 'late')
    expect(await postCheckpointViolations(attempt.path, sha)).toEqual([
      `worktree HEAD ${late} differs from checkpoint ${sha}; changed paths: other/late.txt`
    ])
  })

  it('chains stages: a fix checkpoint builds on the execute checkpoint', async () => {
    const executeSha = await checkpointOnce()
    writeFile(attempt.path, 'src/fix.txt')
    const fix = await checkpoint({
      worktree: attempt.path,
      itemId: 'S1',
      stage: 'fix',
      allowedRoots: ['src'],
      expectedHead: executeSha,
      gitMetadata: attempt.gitMetadata
    })
    expect(fix.status).toBe('committed')
    expect(git(attempt.path, 'log', '--format=%s', `${attempt.headSha}..HEAD`)).toBe(
      'orchestrator(S1): fix checkpoint\norchestrator(S1): execute checkpoint\n'
    )
  })
})

describe('readPatch', () => {
  it('ignores a configured external diff program', async () => {
    git(attempt.path, 'config', 'diff.external', 'false')
    writeFile(attempt.path, 'src/a.txt', 'patched\n')
    const after = commitAll(attempt.path, 'patch')
    const patch = await readPatch(attempt.path, attempt.headSha, after)
    expect(patch).toContain('+patched')
  })
})

describe('readCommittedChangesAndPatch', () => {
  it('reads what listCommittedChanges and readPatch read, from one diff-tree', async () => {
    writeFile(attempt.path, 'src/a.txt', 'patched\n')
    writeFile(attempt.path, 'src/odd name\twith tab.txt', 'tabbed\n')
    writeFile(attempt.path, 'src/ünïcode\nnewline.txt', 'named\n')
    writeFileSync(join(attempt.path, 'src/bin.dat'), Buffer.from([0, 1, 2, 255, 0]))
    symlink(attempt.path, 'src/link', 'a.txt')
    chmodSync(join(attempt.path, 'other/b.txt'), 0o755)
    unlinkSync(join(attempt.path, '.gitignore'))
    const after = commitAll(attempt.path, 'many kinds of change')
    const both = await readCommittedChangesAndPatch(attempt.path, attempt.headSha, after)
    expect(both.changes).toEqual(await listCommittedChanges(attempt.path, attempt.headSha, after))
    expect(both.changes).toHaveLength(7)
    expect(both.patch).toBe(await readPatch(attempt.path, attempt.headSha, after))
    expect(both.patch).toContain('GIT binary patch')
  })

  it('reads nothing between a commit and itself', async () => {
    expect(
      await readCommittedChangesAndPatch(attempt.path, attempt.headSha, attempt.headSha)
    ).toEqual({ changes: [], patch: '' })
  })
})
