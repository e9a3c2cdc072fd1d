/**
 * Writes the tree of one commit into a plain directory, byte for byte as git stores it: no
 * checkout, no `.git`, no smudge filters or line-ending conversion, and no `export-ignore` /
 * `export-subst` (which `git archive` honours from the commit's own `.gitattributes`, so a
 * change could hide a file from its reviewers). The review lanes work in such a copy.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { GitAdapterError } from './errors.js'
import { HARDENED_CONFIG, hardenedGitEnv, runGit } from './git-runner.js'
import { parseNulList } from './z-output.js'

export type TreeEntryKind = 'file' | 'executable' | 'symlink' | 'submodule'

export interface TreeEntry {
  /** Repo-relative, `/`-separated. */
  readonly path: string
  readonly kind: TreeEntryKind
  /** The git object id (blob, or commit for a submodule). */
  readonly objectId: string
}

/** The entries of `commit`'s tree, recursively (blobs and submodule commits). */
export async function listTree(repoRoot: string, commit: string): Promise<TreeEntry[]> {
  const output = await runGit(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', commit])
  return parseNulList(output).map((record) => {
    const tab = record.indexOf('\t')
    const [mode, , objectId] = record.slice(0, tab).split(' ')
    const path = record.slice(tab + 1)
    const kind = kindOf(mode ?? '')
    if (tab < 0 || objectId === undefined || kind === undefined) {
      throw new GitAdapterError('command_failed', `unexpected ls-tree record: ${record}`)
    }
    assertSafePath(path)
    return { path, kind, objectId }
  })
}

function kindOf(mode: string): TreeEntryKind | undefined {
  if (mode === '100644') return 'file'
  if (mode === '100755') return 'executable'
  if (mode === '120000') return 'symlink'
  if (mode === '160000') return 'submodule'
  return undefined
}

/** Git refuses such paths in a checkout; a hand-made tree object could still hold them. */
function assertSafePath(path: string): void {
  const parts = path.split('/')
  if (
    path === '' ||
    path.startsWith('/') ||
    parts.some(
      (part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git'
    )
  ) {
    throw new GitAdapterError('command_failed', `the commit holds an unsafe path: ${path}`)
  }
}

/**
 * Exports `commit` into `target` (which must be empty or absent) and returns its entries.
 * Blobs come from one `git cat-file --batch` process, streamed, so a large tree costs one
 * process, not one per file.
 */
export async function exportCommitTree(
  repoRoot: string,
  commit: string,
  target: string
): Promise<TreeEntry[]> {
  const entries = await listTree(repoRoot, commit)
  await mkdir(target, { recursive: true })
  const blobs = entries.filter((entry) => entry.kind !== 'submodule')
  for (const entry of entries.filter((candidate) => candidate.kind === 'submodule')) {
    // Not checked out, as in a fresh clone: an empty directory marks it.
    await mkdir(join(target, entry.path), { recursive: true })
  }
  await readBlobs(repoRoot, blobs, async (entry, content) => {
    const path = join(target, entry.path)
    await mkdir(dirname(path), { recursive: true })
    if (entry.kind === 'symlink') await symlink(content.toString('utf8'), path)
    else await writeFile(path, content, { flag: 'wx', mode: 0o600 })
  })
  return entries
}

/** The object id git gives `content` as a blob, in the hash of `likeId` (SHA-1 or SHA-256). */
export function blobId(content: Buffer, likeId: string): string {
  const algorithm = likeId.length === 64 ? 'sha256' : 'sha1'
  return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex')
}

async function readBlobs(
  repoRoot: string,
  entries: readonly TreeEntry[],
  onBlob: (entry: TreeEntry, content: Buffer) => Promise<void>
): Promise<void> {
  if (entries.length === 0) return
  const child = spawn(
    'git',
    [...HARDENED_CONFIG.flatMap((setting) => ['-c', setting]), 'cat-file', '--batch'],
    { cwd: repoRoot, env: hardenedGitEnv(), stdio: ['pipe', 'pipe', 'pipe'] }
  )
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve(code))
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdin.on('error', () => undefined)
  child.stdin.end(entries.map((entry) => `${entry.objectId}\n`).join(''))
  try {
    const reader = new ByteReader(child.stdout)
    for (const entry of entries) {
      const header = (await reader.line()).split(' ')
      if (header[0] !== entry.objectId || header[1] !== 'blob' || header[2] === undefined) {
        throw new GitAdapterError(
          'command_failed',
          `git cat-file gave '${header.join(' ')}' for ${entry.path} (${entry.objectId})`
        )
      }
      const content = await reader.bytes(Number(header[2]))
      await reader.bytes(1)
      await onBlob(entry, content)
    }
  } finally {
    child.stdout.destroy()
    child.kill()
  }
  const code = await exited.catch(() => null)
  if (code !== 0 && code !== null && stderr.trim() !== '') {
    throw new GitAdapterError('command_failed', `git cat-file failed: ${stderr.trim()}`)
  }
}

/** Reads lines and exact byte counts from a stream of chunks. */
class ByteReader {
  private readonly chunks: AsyncIterator<Buffer>
  private buffered: Buffer[] = []
  private length = 0

  constructor(stream: Readable) {
    this.chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  }

  async line(): Promise<string> {
    for (;;) {
      const joined = this.peek()
      const end = joined.indexOf(0x0a)
      if (end >= 0)
        return this.take(end + 1)
          .subarray(0, end)
          .toString('utf8')
      if (!(await this.more()))
        throw new GitAdapterError('command_failed', 'git cat-file ended early')
    }
  }

  async bytes(count: number): Promise<Buffer> {
    while (this.length < count) {
      if (!(await this.more()))
        throw new GitAdapterError('command_failed', 'git cat-file ended early')
    }
    return this.take(count)
  }

  private peek(): Buffer {
    if (this.buffered.length > 1) this.buffered = [Buffer.concat(this.buffered)]
    return this.buffered[0] ?? Buffer.alloc(0)
  }

  private take(count: number): Buffer {
    const all = Buffer.concat(this.buffered, this.length)
    const taken = all.subarray(0, count)
    const rest = all.subarray(count)
    this.buffered = rest.length > 0 ? [rest] : []
    this.length = rest.length
    return Buffer.from(taken)
  }

  private async more(): Promise<boolean> {
    const next = await this.chunks.next()
    if (next.done) return false
    this.buffered.push(next.value)
    this.length += next.value.length
    return true
  }
}
