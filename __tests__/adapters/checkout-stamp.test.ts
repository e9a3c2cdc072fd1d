import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type CheckoutReading,
  readCheckout,
  readCheckoutStamped
} from '../../src/adapters/integrity/outside-reader.js'

// The stamp lets a reading of the checkout skip `git status` when nothing git status looks
// at has changed. What must hold: whenever git would see something new, the stamp does not
// vouch for the earlier reading. Every case below changes the checkout one way and compares
// with a fresh `git status`.

interface Checkout {
  readonly root: string
  readonly git: (...args: string[]) => string
}

function checkout(): Checkout {
  const root = mkdtempSync(join(tmpdir(), 'po-stamp-'))
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 't')
  git('config', 'user.email', 't@example.invalid')
  const files: Record<string, string> = {
    'README.md': 'hello\n',
    '.gitignore': '.local/\ncache/\nignored/\n*.log\nbuild/*.o\n',
    'src/main.ts': 'export {}\n',
    'src/deep/util.ts': 'export const a = 1\n',
    'build/out.o': 'object\n',
    'ignored/cache.bin': 'cache\n',
    'cache/blob.bin': 'cache\n',
    'notes.log': 'log\n',
    '.local/automation/state.json': '{}\n'
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  mkdirSync(join(root, 'empty'))
  mkdirSync(join(root, 'ignored/tracked'), { recursive: true })
  writeFileSync(join(root, 'ignored/tracked/kept.txt'), 'tracked in an ignored directory\n')
  symlinkSync('README.md', join(root, 'link'))
  git('add', '-A')
  git('add', '-f', 'ignored/tracked/kept.txt')
  git('commit', '-qm', 'base')
  writeFileSync(join(root, 'untracked.txt'), 'already here\n')
  return { root, git }
}

async function read(root: string, earlier?: CheckoutReading): Promise<CheckoutReading> {
  return readCheckoutStamped(root, earlier)
}

/** A reading as if taken long after the checkout's last change (see RACY_WINDOW_MS). */
async function agedReading(root: string): Promise<CheckoutReading> {
  execFileSync('git', ['pack-refs', '--all'], { cwd: root })
  const reading = await read(root)
  expect(reading.stamp).toBeDefined()
  return {
    ...reading,
    stamp: { ...reading.stamp!, racyFromNs: BigInt(Date.now() + 60_000) * 1_000_000n }
  }
}

const CHANGES: ReadonlyArray<readonly [string, (c: Checkout) => void]> = [
  [
    'a tracked file rewritten at the same size, its modification time put back',
    ({ root }) => {
      const path = join(root, 'src/main.ts')
      const { atime, mtime } = statSync(path)
      writeFileSync(path, 'export [}\n')
      utimesSync(path, atime, mtime)
    }
  ],
  ['a tracked file removed', ({ root }) => rmSync(join(root, 'src/deep/util.ts'))],
  ['a tracked file made executable', ({ root }) => chmodSync(join(root, 'README.md'), 0o755)],
  [
    'a tracked file replaced by a rename over it',
    ({ root }) => {
      writeFileSync(join(root, 'swap.tmp'), 'hellO\n')
      renameSync(join(root, 'swap.tmp'), join(root, 'README.md'))
    }
  ],
  ['a new file deep in the tree', ({ root }) => writeFileSync(join(root, 'src/deep/new.ts'), '')],
  [
    'a new file in a directory that held only ignored files',
    ({ root }) => writeFileSync(join(root, 'build/evil.c'), 'int main;\n')
  ],
  ['a new file in an empty directory', ({ root }) => writeFileSync(join(root, 'empty/x'), '')],
  [
    'a tracked file inside an ignored directory changed',
    ({ root }) => writeFileSync(join(root, 'ignored/tracked/kept.txt'), 'changed\n')
  ],
  [
    'an untracked file appended to',
    ({ root }) => writeFileSync(join(root, 'untracked.txt'), 'already here, and more\n')
  ],
  [
    'a symlink pointed elsewhere',
    ({ root }) => {
      rmSync(join(root, 'link'))
      symlinkSync('src', join(root, 'link'))
    }
  ],
  ['a file staged', ({ git }) => git('add', 'untracked.txt')],
  ['a commit made in the checkout', ({ git }) => git('commit', '-q', '--allow-empty', '-m', 'x')],
  [
    'HEAD pointed at another branch',
    ({ git }) => {
      git('branch', 'other')
      git('symbolic-ref', 'HEAD', 'refs/heads/other')
    }
  ],
  [
    'the branch moved where refs are packed',
    ({ git }) => {
      const tree = git('rev-parse', 'HEAD^{tree}')
      const commit = git('commit-tree', '-p', 'HEAD', '-m', 'moved', tree)
      git('update-ref', 'refs/heads/main', commit)
      git('pack-refs', '--all')
    }
  ],
  [
    'an exclude rule that would hide a new file',
    ({ root }) => {
      writeFileSync(join(root, '.git/info/exclude'), 'planted.txt\n')
      writeFileSync(join(root, 'planted.txt'), 'hidden\n')
    }
  ],
  ['a .gitignore rewritten', ({ root }) => writeFileSync(join(root, '.gitignore'), '.local/\n')]
]

describe('the checkout stamp', () => {
  it.each(CHANGES)('does not vouch for the earlier reading after %s', async (_, change) => {
    const repo = checkout()
    const earlier = await agedReading(repo.root)
    change(repo)
    const again = await read(repo.root, earlier)
    expect(again).not.toBe(earlier)
    expect(again.checkout).toEqual(await readCheckout(repo.root))
  })

  it('takes the earlier reading whole when nothing git looks at changed', async () => {
    const repo = checkout()
    const earlier = await agedReading(repo.root)
    // Inside ignored directories git does not look, and neither does the stamp.
    writeFileSync(join(repo.root, 'cache/blob.bin'), 'rebuilt\n')
    writeFileSync(join(repo.root, '.local/automation/state.json'), '{"more": 1}\n')
    mkdirSync(join(repo.root, 'cache/new'))
    expect(await read(repo.root, earlier)).toBe(earlier)
    expect(earlier.checkout).toEqual(await readCheckout(repo.root))
  })

  it('vouches for nothing while the checkout changed too recently to tell a later change', async () => {
    const repo = checkout()
    const fresh = await read(repo.root)
    expect(fresh.stamp).toBeDefined()
    expect(await read(repo.root, fresh)).not.toBe(fresh)
  })

  it("takes a reading's start from the filesystem's clock, through a file in its own directory", async () => {
    const repo = checkout()
    const own = join(repo.root, '.local/automation/plan_orchestrator')
    mkdirSync(own, { recursive: true })
    const reading = await read(repo.root)
    const probe = lstatSync(join(own, 'clock'), { bigint: true })
    expect(reading.stamp?.racyFromNs).toBe(probe.ctimeNs)
    // Every entry changed before that tick began or in it; the next reading touches it again.
    expect(reading.stamp!.newestChangeNs).toBeLessThanOrEqual(probe.ctimeNs)
    await read(repo.root)
    expect(lstatSync(join(own, 'clock'), { bigint: true }).ctimeNs).toBeGreaterThanOrEqual(
      probe.ctimeNs
    )
  })

  it.each([
    ['a symlink', (target: string, clock: string) => symlinkSync(target, clock)],
    ['a hard link', (target: string, clock: string) => linkSync(target, clock)]
  ])('neither touches nor trusts a clock file planted as %s to another file', async (_, plant) => {
    const repo = checkout()
    const own = join(repo.root, '.local/automation/plan_orchestrator')
    mkdirSync(own, { recursive: true })
    const target = join(repo.root, 'README.md')
    const old = new Date('2020-01-01T00:00:00Z')
    utimesSync(target, old, old)
    plant(target, join(own, 'clock'))
    const before = BigInt(Date.now()) * 1_000_000n
    const reading = await read(repo.root)
    // Not the link's change time (just now): the process's clock, less the window.
    expect(reading.stamp!.racyFromNs).toBeLessThan(before - 1_000_000_000n)
    expect(statSync(target).mtime).toEqual(old)
  })

  it('takes no stamp of a tree too big to walk for less than a git status costs', async () => {
    const repo = checkout()
    mkdirSync(join(repo.root, 'many'))
    for (let index = 0; index < 3_000; index += 1)
      writeFileSync(join(repo.root, 'many', `${index}.txt`), '')
    const reading = await read(repo.root)
    expect(reading.stamp).toBeUndefined()
    expect(Object.keys(reading.checkout)).toContain('many/2999.txt')
  })

  it('takes no stamp for an index it cannot read itself', async () => {
    const repo = checkout()
    repo.git('config', 'core.splitIndex', 'true')
    repo.git('update-index', '--split-index')
    expect((await read(repo.root)).stamp).toBeUndefined()
  })
})
