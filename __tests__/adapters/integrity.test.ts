import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createIntegrityPort } from '../../src/adapters/integrity/index.js'
import { readIndexPaths } from '../../src/adapters/integrity/hidden-index-entries.js'
import { readRefs } from '../../src/adapters/integrity/outside-reader.js'
import type { StageScope } from '../../src/core/integrity/outside-state.js'

// The integrity adapter against real repositories: refs read from disk as git resolves them,
// changes found, and what the orchestrator owns put back before any git command of ours
// reads the planted configuration.

const RUN = 'RUN_20261201T000000Z_0a1b2c3d'
const RUN_BRANCH = `refs/heads/orchestrator/run/${RUN}`
const ITEM_BRANCH = `refs/heads/orchestrator/item/${RUN}/01/attempt-1`

function repo(): { root: string; git: (...args: string[]) => string } {
  const root = mkdtempSync(join(tmpdir(), 'po-integrity-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 't')
  git('config', 'user.email', 't@example.invalid')
  writeFileSync(join(root, 'README.md'), 'hello\n')
  writeFileSync(join(root, '.gitignore'), '.local/\n')
  git('add', '-A')
  git('commit', '-qm', 'base')
  git('update-ref', RUN_BRANCH, 'HEAD')
  git('update-ref', ITEM_BRANCH, 'HEAD')
  mkdirSync(join(root, '.local/automation/plan_orchestrator/runs', RUN), { recursive: true })
  return { root, git }
}

function scope(
  root: string,
  head: string
): { read: Parameters<ReturnType<typeof createIntegrityPort>['check']>[1]; stage: StageScope } {
  return {
    read: { repoRoot: root, runId: RUN, ownWorktree: null },
    stage: {
      runId: RUN,
      ownBranch: `orchestrator/item/${RUN}/02/attempt-1`,
      ownWrites: [],
      expectedRefs: { [RUN_BRANCH]: head }
    }
  }
}

describe('reading refs from disk', () => {
  it('reads packed refs, lets a loose ref override its packed value, and keeps symbolic refs', async () => {
    const { root, git } = repo()
    const base = git('rev-parse', 'HEAD')
    git('pack-refs', '--all')
    git('commit', '--allow-empty', '-qm', 'next')
    const next = git('rev-parse', 'HEAD')
    git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/heads/main')
    const refs = await readRefs(root, join(root, '.git'))
    expect(refs['refs/heads/main']).toBe(next)
    expect(refs[RUN_BRANCH]).toBe(base)
    expect(refs['refs/remotes/origin/HEAD']).toBe('ref: refs/heads/main')
    const listed = git('for-each-ref', '--format=%(refname)')
      .split('\n')
      .filter((name) => !name.endsWith('/HEAD'))
    expect(
      Object.keys(refs)
        .filter((name) => !name.endsWith('/HEAD'))
        .sort()
    ).toEqual(listed.sort())
  })
})

describe('checking and restoring', () => {
  it('puts back planted config, hooks and a config replaced by a symlink, byte for byte', async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    const { read, stage } = scope(root, git('rev-parse', 'HEAD'))
    const config = readFileSync(join(root, '.git/config'))
    const before = await port.snapshot(read)
    git('config', 'core.fsmonitor', `touch ${join(root, 'fsmonitor-ran')}`)
    git('config', 'include.path', '../../planted.config')
    writeFileSync(join(root, '.git/hooks/pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    const checked = await port.check(before, read, stage)
    expect(checked.changes.map((change) => change.path)).toEqual([
      '.git/config',
      '.git/hooks/pre-commit'
    ])
    expect(checked.changes[0]?.configDelta?.added).toEqual([
      `core.fsmonitor=touch ${join(root, 'fsmonitor-ran')}`,
      'include.path=../../planted.config'
    ])
    expect([...checked.restored].sort()).toEqual(['.git/config', '.git/hooks/pre-commit'])
    expect(readFileSync(join(root, '.git/config'))).toEqual(config)
    expect(existsSync(join(root, '.git/hooks/pre-commit'))).toBe(false)
    expect(existsSync(join(root, 'fsmonitor-ran'))).toBe(false)

    const again = await port.snapshot(read)
    rmSync(join(root, '.git/config'))
    symlinkSync('/dev/null', join(root, '.git/config'))
    const relinked = await port.check(again, read, stage)
    expect(relinked.restored.has('.git/config')).toBe(true)
    expect(readFileSync(join(root, '.git/config'))).toEqual(config)
  })

  it('restores planted configuration before running git status, so an exclude cannot hide a file', async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    const { read, stage } = scope(root, git('rev-parse', 'HEAD'))
    const before = await port.snapshot(read)
    writeFileSync(join(root, 'hide-all'), '*\n')
    git('config', 'core.excludesFile', join(root, 'hide-all'))
    writeFileSync(join(root, '.git/info/exclude'), '*\n')
    writeFileSync(join(root, 'dropped.sh'), 'echo\n')
    const checked = await port.check(before, read, stage)
    expect(checked.changes.map((change) => change.path)).toEqual([
      '.git/config',
      '.git/info/exclude',
      'dropped.sh',
      'hide-all'
    ])
  })

  it("puts the run's refs back (moved, deleted, planted) and leaves the operator's refs to them", async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    const head = git('rev-parse', 'HEAD')
    const { read, stage } = scope(root, head)
    const before = await port.snapshot(read)
    const forged = git('commit-tree', 'HEAD^{tree}', '-p', 'HEAD', '-m', 'forged')
    git('update-ref', RUN_BRANCH, forged)
    git('update-ref', '-d', ITEM_BRANCH)
    git('update-ref', `refs/heads/orchestrator/item/${RUN}/03/attempt-1`, forged)
    git('update-ref', 'refs/heads/main', forged)
    const checked = await port.check(before, read, stage)
    expect(
      checked.changes.map((change) => [change.path, change.before, change.after, change.ours])
    ).toEqual([
      ['refs/heads/main', head, forged, false],
      [ITEM_BRANCH, head, null, true],
      [`refs/heads/orchestrator/item/${RUN}/03/attempt-1`, null, forged, true],
      [RUN_BRANCH, head, forged, true]
    ])
    expect(git('rev-parse', RUN_BRANCH)).toBe(head)
    expect(git('rev-parse', ITEM_BRANCH)).toBe(head)
    expect(git('for-each-ref', `refs/heads/orchestrator/item/${RUN}/03`)).toBe('')
    expect(git('rev-parse', 'refs/heads/main')).toBe(forged)
    expect(checked.restored.has('refs/heads/main')).toBe(false)
  })

  it('notices a further change to a file that was already dirty, and a write to the run store', async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    writeFileSync(join(root, 'README.md'), 'edited by the operator\n')
    const { read, stage } = scope(root, git('rev-parse', 'HEAD'))
    const before = await port.snapshot(read)
    writeFileSync(join(root, 'README.md'), 'edited by the operator\nand by the agent\n')
    const store = join(root, '.local/automation/plan_orchestrator/runs', RUN, 'forged.json')
    writeFileSync(store, '{}\n')
    const checked = await port.check(before, read, stage)
    expect(checked.changes.map((change) => [change.area, change.path])).toEqual([
      ['checkout', 'README.md'],
      ['run_store', `.local/automation/plan_orchestrator/runs/${RUN}/forged.json`]
    ])
  })

  it('reuses the previous reading of the checkout instead of running git status again', async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    const { read, stage } = scope(root, git('rev-parse', 'HEAD'))
    const first = await port.snapshot(read)
    const checked = await port.check(first, read, stage)
    writeFileSync(join(root, 'README.md'), 'changed between stages\n')
    const reused = await port.snapshot(read, { snapshot: checked.after, touchedItems: new Set() })
    expect(reused.state.checkout).toBe(checked.after.state.checkout)
    const next = await port.check(reused, read, stage)
    expect(next.changes.map((change) => change.path)).toEqual(['README.md'])
  })
})

describe('git files between readings', () => {
  it('takes a file unchanged since the earlier reading from it, and reads a changed one', async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    const { read, stage } = scope(root, git('rev-parse', 'HEAD'))
    const first = await port.snapshot(read)
    expect(first.fileStats?.signatures.has('.git/config')).toBe(true)
    // As if the files had been written long before that reading (their change time is
    // otherwise too close to it to be trusted, see RACY_WINDOW_MS).
    const earlier = {
      ...first,
      fileStats: { signatures: first.fileStats!.signatures, readAtMs: Date.now() + 60_000 }
    }
    git('config', 'core.hooksPath', '/tmp/planted-hooks')
    const checked = await port.check(earlier, read, stage)
    expect(checked.after.contents.get('.git/HEAD')).toBe(first.contents.get('.git/HEAD'))
    expect(checked.after.contents.get('.git/config')).not.toBe(first.contents.get('.git/config'))
    expect(checked.changes.map((change) => [change.area, change.path])).toEqual([
      ['git_file', '.git/config']
    ])
    expect(readFileSync(join(root, '.git/config'), 'utf8')).not.toContain('planted-hooks')
  })
})

describe('the run store between stages', () => {
  const CONTROL = '.local/automation/plan_orchestrator/runs'
  const REPORTS = '.local/ai/plan_orchestrator/runs'
  const OTHER = 'RUN_20261130T000000Z_99999999'

  /** This run with items 01–03 and an earlier run, as files in the store. */
  function storeRepo(): ReturnType<typeof repo> {
    const made = repo()
    const write = (path: string, text: string): void => {
      mkdirSync(join(made.root, path, '..'), { recursive: true })
      writeFileSync(join(made.root, path), text)
    }
    for (const item of ['01', '02', '03']) {
      write(`${CONTROL}/${RUN}/items/${item}/attempt-1/report.json`, `{"item":"${item}"}\n`)
      write(`${REPORTS}/${RUN}/items/${item}/attempt-1/summary.md`, `# ${item}\n`)
    }
    write(`${CONTROL}/${RUN}/run_state.json`, '{}\n')
    write(`${CONTROL}/${OTHER}/items/01/attempt-1/report.json`, '{}\n')
    write(`${CONTROL}/${OTHER}/run_state.json`, '{}\n')
    return made
  }

  async function afterFirstStage(root: string, head: string) {
    const port = createIntegrityPort()
    const { read, stage } = scope(root, head)
    const checked = await port.check(await port.snapshot(read), read, stage)
    expect(checked.changes).toEqual([])
    return { port, read, stage, after: checked.after }
  }

  it('reads the same store whether it carries settled parts over or walks it all', async () => {
    const { root, git } = storeRepo()
    const { port, read, after } = await afterFirstStage(root, git('rev-parse', 'HEAD'))
    const carried = await port.snapshot(read, { snapshot: after, touchedItems: new Set(['02']) })
    const walked = await port.snapshot(read)
    expect(carried.state.store).toEqual(walked.state.store)
    expect(Object.keys(walked.state.store)).toEqual(
      expect.arrayContaining([
        `${CONTROL}/${RUN}/items/01/attempt-1/report.json`,
        `${REPORTS}/${RUN}/items/03/attempt-1/summary.md`,
        `${CONTROL}/${OTHER}/items/01/attempt-1/report.json`
      ])
    )
  })

  it("catches at the next check a change made between stages to a settled item's or an earlier run's files", async () => {
    const { root, git } = storeRepo()
    const { port, read, stage, after } = await afterFirstStage(root, git('rev-parse', 'HEAD'))
    // Between the stages, something other than the kernel rewrites settled files...
    writeFileSync(join(root, CONTROL, RUN, 'items/01/attempt-1/report.json'), '{"forged":1}\n')
    writeFileSync(join(root, CONTROL, OTHER, 'items/01/attempt-1/report.json'), '{"forged":1}\n')
    rmSync(join(root, REPORTS, RUN, 'items/03/attempt-1/summary.md'))
    // ...while the kernel writes the items it works on and the run's own files.
    writeFileSync(join(root, CONTROL, RUN, 'items/02/attempt-1/report.json'), '{"next":1}\n')
    writeFileSync(join(root, CONTROL, RUN, 'run_state.json'), '{"saved":2}\n')
    mkdirSync(join(root, CONTROL, RUN, 'items/04/attempt-1'), { recursive: true })
    writeFileSync(join(root, CONTROL, RUN, 'items/04/attempt-1/report.json'), '{}\n')
    const before = await port.snapshot(read, { snapshot: after, touchedItems: new Set(['02']) })
    const checked = await port.check(before, read, stage)
    expect(checked.changes.map((change) => [change.area, change.path])).toEqual([
      ['run_store', `${REPORTS}/${RUN}/items/03/attempt-1/summary.md`],
      ['run_store', `${CONTROL}/${OTHER}/items/01/attempt-1/report.json`],
      ['run_store', `${CONTROL}/${RUN}/items/01/attempt-1/report.json`]
    ])
  })

  it('reads again an earlier run another live process holds, and an item whose directory was replaced', async () => {
    const { root, git } = storeRepo()
    const { port, read, stage, after } = await afterFirstStage(root, git('rev-parse', 'HEAD'))
    const lock = join(root, CONTROL, OTHER, 'run.lock')
    mkdirSync(lock)
    writeFileSync(
      join(root, CONTROL, OTHER, 'run.lock.owner.json'),
      JSON.stringify({ pid: process.pid + 100000, host: 'another-host' })
    )
    writeFileSync(join(root, CONTROL, OTHER, 'items/01/attempt-1/report.json'), '{"moved":1}\n')
    const before = await port.snapshot(read, { snapshot: after, touchedItems: new Set() })
    expect(before.state.store[`${CONTROL}/${OTHER}/items/01/attempt-1/report.json`]).toEqual(
      (await port.snapshot(read)).state.store[`${CONTROL}/${OTHER}/items/01/attempt-1/report.json`]
    )
    // A settled item's directory replaced by a file is seen at once, not carried over.
    rmSync(join(root, CONTROL, RUN, 'items/03'), { recursive: true })
    writeFileSync(join(root, CONTROL, RUN, 'items/03'), 'not a directory\n')
    const next = await port.snapshot(read, { snapshot: after, touchedItems: new Set() })
    expect(
      Object.keys(next.state.store).filter((path) => path.startsWith(`${CONTROL}/${RUN}/items/03`))
    ).toEqual([`${CONTROL}/${RUN}/items/03`])
    expect((await port.check(before, read, stage)).changes.map((change) => change.path)).toContain(
      `${CONTROL}/${RUN}/items/03`
    )
  })
})

describe('index entries git status does not look at', () => {
  it.each([2, 3, 4])(
    'reads assume-unchanged and skip-worktree flags from an index of version %i, as git does',
    (version) => {
      const { root, git } = repo()
      // Names sharing prefixes, so that version 4 compresses them.
      mkdirSync(join(root, 'dir'))
      for (const name of ['a.txt', 'dir/b.txt', 'dir/c.txt', 'dir/c.txt-longer-name.txt'])
        writeFileSync(join(root, name), `${name}\n`)
      git('add', '-A')
      git('commit', '-qm', 'more files')
      git('update-index', '--assume-unchanged', 'README.md')
      if (version >= 3) git('update-index', '--skip-worktree', 'dir/c.txt')
      git('update-index', '--index-version', String(version))
      const expected = git('ls-files', '-v')
        .split('\n')
        .filter((line) => line.startsWith('S ') || /^[a-z] /.test(line))
        .map((line) => line.slice(2))
      expect(expected.length).toBe(version >= 3 ? 2 : 1)
      expect(readIndexPaths(join(root, '.git'), 20)?.hidden).toEqual(expected)
    }
  )

  it('sees a change to a tracked file hidden from git status by assume-unchanged', async () => {
    const { root, git } = repo()
    const port = createIntegrityPort()
    const { read, stage } = scope(root, git('rev-parse', 'HEAD'))
    const before = await port.snapshot(read)
    git('update-index', '--assume-unchanged', 'README.md')
    writeFileSync(join(root, 'README.md'), 'changed where git status does not look\n')
    expect(git('status', '--porcelain')).toBe('')
    const checked = await port.check(before, read, stage)
    expect(checked.changes.map((change) => [change.area, change.path])).toEqual([
      ['checkout', 'README.md']
    ])
  })
})
