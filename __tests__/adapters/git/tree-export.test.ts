import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportCommitTree } from '../../../src/adapters/git/tree-export.js'
import type { TempRepo } from './temp-repo.js'
import { createTempRepo, git, symlink, writeFile } from './temp-repo.js'

/**
 * The review copy's tree export walks the commit's trees through one `git cat-file --batch`:
 * the entries it finds must be those `git ls-tree -r` lists, in the same order and with the
 * same modes, including trees no `git add` makes (odd modes, submodules, unsafe names).
 */

let repo: TempRepo

beforeEach(() => {
  repo = createTempRepo()
})
afterEach(() => repo.cleanup())

function lsTree(commit: string): Array<{ mode: string; objectId: string; path: string }> {
  return git(repo.root, 'ls-tree', '-r', '-z', '--full-tree', commit)
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t')
      const [mode = '', , objectId = ''] = record.slice(0, tab).split(' ')
      return { mode, objectId, path: record.slice(tab + 1) }
    })
}

const KIND_OF_MODE: Readonly<Record<string, string>> = {
  '100644': 'file',
  '100755': 'executable',
  '120000': 'symlink',
  '160000': 'submodule'
}

/** A tree object from raw entries (`git mktree` would refuse some of them). */
function rawTree(entries: ReadonlyArray<{ mode: string; name: string; id: string }>): string {
  const content = Buffer.concat(
    entries.map((entry) =>
      Buffer.concat([Buffer.from(`${entry.mode} ${entry.name}\0`), Buffer.from(entry.id, 'hex')])
    )
  )
  return execFileSync('git', ['hash-object', '-t', 'tree', '-w', '--literally', '--stdin'], {
    cwd: repo.root,
    input: content,
    encoding: 'utf8'
  }).trim()
}

function commitOf(tree: string): string {
  return git(repo.root, 'commit-tree', '-m', 'hand-made', tree).trim()
}

describe('exportCommitTree', () => {
  it('lists what ls-tree -r lists, in its order, for a nested commit', async () => {
    writeFile(repo.root, 'deep/a/b/c/d.txt', 'deep\n')
    writeFile(repo.root, 'deep/a/b.txt', 'shallower\n')
    writeFile(repo.root, 'deep/a-b/x.txt', 'sorted between\n')
    writeFile(repo.root, 'with space/ünïcode.txt', 'named\n')
    writeFile(repo.root, 'bin/run.sh', '#!/bin/sh\n')
    chmodSync(join(repo.root, 'bin/run.sh'), 0o755)
    symlink(repo.root, 'deep/link', 'a/b.txt')
    git(repo.root, 'add', '-A')
    git(repo.root, 'commit', '-q', '-m', 'nested')
    const commit = git(repo.root, 'rev-parse', 'HEAD').trim()
    const target = join(repo.base, 'export')
    const entries = await exportCommitTree(repo.root, commit, target)
    expect(entries).toEqual(
      lsTree(commit).map((entry) => ({
        path: entry.path,
        kind: KIND_OF_MODE[entry.mode],
        objectId: entry.objectId
      }))
    )
    expect(readFileSync(join(target, 'deep/a/b/c/d.txt'), 'utf8')).toBe('deep\n')
    expect(readFileSync(join(target, 'with space/ünïcode.txt'), 'utf8')).toBe('named\n')
    expect(readlinkSync(join(target, 'deep/link'))).toBe('a/b.txt')
  })

  it('copies every byte when objects share the stream’s chunks and one spans many', async () => {
    // Hundreds of small blobs arrive many to a chunk; a 3 MiB blob (with newlines, and
    // bytes that are not UTF-8) arrives across dozens of chunks.
    for (let n = 0; n < 600; n += 1) writeFile(repo.root, `many/file-${n}.txt`, `file ${n}\n`)
    const large = Buffer.alloc(3 * 1024 * 1024)
    for (let n = 0; n < large.length; n += 1) large[n] = (n * 7) % 256
    writeFileSync(join(repo.root, 'large.bin'), large)
    git(repo.root, 'add', '-A')
    git(repo.root, 'commit', '-q', '-m', 'many and large')
    const commit = git(repo.root, 'rev-parse', 'HEAD').trim()
    const target = join(repo.base, 'export')
    const entries = await exportCommitTree(repo.root, commit, target)
    expect(entries).toHaveLength(lsTree(commit).length)
    expect(readFileSync(join(target, 'large.bin')).equals(large)).toBe(true)
    for (const n of [0, 1, 299, 599])
      expect(readFileSync(join(target, `many/file-${n}.txt`), 'utf8')).toBe(`file ${n}\n`)
  })

  it('takes modes as git does: an odd file mode by its execute bit, a gitlink as a submodule', async () => {
    const blob = git(repo.root, 'hash-object', '-w', join(repo.root, 'src/a.txt')).trim()
    const head = git(repo.root, 'rev-parse', 'HEAD').trim()
    const inner = rawTree([{ mode: '100664', name: 'group-writable.txt', id: blob }])
    const top = rawTree([
      { mode: '100775', name: 'odd-exec', id: blob },
      { mode: '40000', name: 'dir', id: inner },
      { mode: '160000', name: 'module', id: head }
    ])
    const commit = commitOf(top)
    const entries = await exportCommitTree(repo.root, commit, join(repo.base, 'export'))
    expect(entries).toEqual(
      lsTree(commit).map((entry) => ({
        path: entry.path,
        kind: KIND_OF_MODE[entry.mode],
        objectId: entry.objectId
      }))
    )
    expect(entries.map((entry) => entry.kind)).toEqual(['executable', 'file', 'submodule'])
  })

  it('refuses a tree that names a path outside the copy', async () => {
    const blob = git(repo.root, 'hash-object', '-w', join(repo.root, 'src/a.txt')).trim()
    const inner = rawTree([{ mode: '100644', name: 'escape.txt', id: blob }])
    const commit = commitOf(rawTree([{ mode: '40000', name: '..', id: inner }]))
    await expect(exportCommitTree(repo.root, commit, join(repo.base, 'export'))).rejects.toThrow(
      'the commit holds an unsafe path: ../escape.txt'
    )
  })

  it('names a commit that is not there', async () => {
    await expect(
      exportCommitTree(repo.root, '0'.repeat(40), join(repo.base, 'export'))
    ).rejects.toThrow(/git cat-file gave/)
  })
})
