import { randomBytes } from 'node:crypto'
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  writeFile
} from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { PACKET_DIR } from '../core/run/layout.js'
import type { ReviewCopies, ReviewCopy } from '../kernel/ports.js'
import { removeAtExit, removeTree } from './agents/call-home.js'
import { blobId, exportCommitTree } from './git/tree-export.js'
import type { TreeEntry, TreeEntryKind } from './git/tree-export.js'

/**
 * The read-only copy of a checkpoint the review lanes (both audits and triage) work in. It is
 * made by the orchestrator outside the repository (RUNNER_TEMP or the OS temp dir), holds the
 * checkpoint's tree byte for byte plus the audit packet under `.local/plan_orchestrator/
 * packet/`, and is then made read-only: directories 0555, files 0444 (0555 when executable),
 * owned by the orchestrator, so neither an agent running as another user nor a verification
 * command can write it. The same user (or root) could still chmod it back, so every entry is
 * recorded and `changes()` reports anything that differs before each review lane runs.
 */

interface Expected {
  readonly kind: TreeEntryKind | 'directory'
  /** Blob id for files, link text for symlinks. */
  readonly content?: string
}

export interface ReviewCopiesOptions {
  /** Where copies are made: RUNNER_TEMP on a runner, else the OS temp directory. */
  readonly parentDir: string
}

export function createReviewCopies(options: ReviewCopiesOptions): ReviewCopies {
  return {
    async create(input) {
      await mkdir(options.parentDir, { recursive: true })
      const container = await mkdtemp(join(options.parentDir, 'plan-orchestrator-review-'))
      const forget = removeAtExit(container)
      try {
        // Traversable for an agent user, not listable: the copy's name is not guessable.
        await chmod(container, 0o711)
        const root = join(container, `checkpoint-${randomBytes(6).toString('hex')}`)
        const expected = new Map<string, Expected>()
        for (const entry of await exportCommitTree(input.repoRoot, input.checkpoint, root)) {
          expected.set(entry.path, await expectedEntry(root, entry))
          addParents(expected, entry.path)
        }
        const copy = new ReadOnlyCopy(container, root, expected, input.checkpoint, forget)
        for (const file of input.packet) await copy.writePacketFile(file.name, file.source)
        await lockTree(root, expected)
        return copy
      } catch (error) {
        await removeTree(container)
        forget()
        throw error
      }
    }
  }
}

class ReadOnlyCopy implements ReviewCopy {
  constructor(
    private readonly container: string,
    readonly path: string,
    private readonly expected: Map<string, Expected>,
    private readonly likeId: string,
    private readonly forget: () => void
  ) {}

  async addPacketFile(name: string, source: string): Promise<string> {
    assertPacketName(name)
    const packet = join(this.path, PACKET_DIR)
    await chmod(packet, 0o755)
    try {
      const relative = await this.writePacketFile(name, source)
      await chmod(join(this.path, relative), 0o444)
      return relative
    } finally {
      await chmod(packet, 0o555)
    }
  }

  /** Only while the copy is being made, or inside `addPacketFile`. */
  async writePacketFile(name: string, source: string): Promise<string> {
    assertPacketName(name)
    const relative = `${PACKET_DIR}/${name}`
    const content = await readFile(source)
    await mkdir(dirname(join(this.path, relative)), { recursive: true })
    await writeFile(join(this.path, relative), content, { flag: 'wx', mode: 0o600 })
    this.expected.set(relative, { kind: 'file', content: blobId(content, this.likeId) })
    addParents(this.expected, relative)
    return relative
  }

  async changes(): Promise<string[]> {
    const problems: string[] = []
    const rootInfo = await lstat(this.path).catch(() => undefined)
    if (!rootInfo?.isDirectory()) return ['. (removed)']
    if ((rootInfo.mode & 0o222) !== 0) problems.push('. (made writable)')
    const found = new Map<string, { kind: Expected['kind']; mode: number }>()
    await walk(this.path, '', found)
    for (const [path, actual] of found) {
      const want = this.expected.get(path)
      if (want === undefined) {
        problems.push(`${path} (added)`)
      } else if (want.kind !== actual.kind && !sameFileKind(want.kind, actual.kind)) {
        problems.push(`${path} (replaced)`)
      } else if ((actual.mode & 0o222) !== 0) {
        problems.push(`${path} (made writable)`)
      } else if (want.content !== undefined && !(await this.sameContent(path, want))) {
        problems.push(`${path} (changed)`)
      }
    }
    for (const path of this.expected.keys()) {
      if (!found.has(path)) problems.push(`${path} (removed)`)
    }
    return problems.sort()
  }

  private async sameContent(path: string, want: Expected): Promise<boolean> {
    const absolute = join(this.path, path)
    if (want.kind === 'symlink') return (await readlink(absolute).catch(() => '')) === want.content
    const content = await readFile(absolute).catch(() => undefined)
    return content !== undefined && blobId(content, this.likeId) === want.content
  }

  async remove(): Promise<void> {
    await removeTree(this.container)
    this.forget()
  }
}

function assertPacketName(name: string): void {
  if (name === '' || name.includes('/') || name.startsWith('.')) {
    throw new Error(`bad packet file name: ${name}`)
  }
}

async function expectedEntry(root: string, entry: TreeEntry): Promise<Expected> {
  if (entry.kind === 'submodule') return { kind: 'directory' }
  if (entry.kind === 'symlink') {
    return { kind: 'symlink', content: await readlink(join(root, entry.path)) }
  }
  return { kind: entry.kind, content: entry.objectId }
}

function addParents(expected: Map<string, Expected>, path: string): void {
  const parts = path.split('/')
  for (let end = parts.length - 1; end > 0; end -= 1) {
    const parent = parts.slice(0, end).join('/')
    if (expected.has(parent)) return
    expected.set(parent, { kind: 'directory' })
  }
}

/** A file's execute bit is checked through its mode below, not its kind. */
function sameFileKind(want: Expected['kind'], actual: Expected['kind']): boolean {
  const files: readonly string[] = ['file', 'executable']
  return files.includes(want) && files.includes(actual)
}

async function walk(
  root: string,
  prefix: string,
  found: Map<string, { kind: Expected['kind']; mode: number }>
): Promise<void> {
  for (const name of await readdir(join(root, prefix))) {
    const path = prefix === '' ? name : `${prefix}/${name}`
    const info = await lstat(join(root, path))
    if (info.isSymbolicLink()) {
      found.set(path, { kind: 'symlink', mode: 0 })
    } else if (info.isDirectory()) {
      // An empty directory is a submodule placeholder or a plain directory; both lock alike.
      found.set(path, { kind: 'directory', mode: info.mode })
      await walk(root, path, found)
    } else {
      found.set(path, { kind: info.mode & 0o100 ? 'executable' : 'file', mode: info.mode })
    }
  }
}

/** Files 0444 (0555 when executable), directories 0555, the copy's root last. */
async function lockTree(root: string, expected: ReadonlyMap<string, Expected>): Promise<void> {
  const paths = [...expected.keys()].sort((a, b) => b.split('/').length - a.split('/').length)
  for (const path of paths) {
    const entry = expected.get(path) as Expected
    if (entry.kind === 'symlink') continue
    const mode = entry.kind === 'file' ? 0o444 : 0o555
    await chmod(join(root, path), mode)
  }
  await chmod(root, 0o555)
}
