/**
 * Writes the tree of one commit into a plain directory, byte for byte as git stores it: no
 * checkout, no `.git`, no smudge filters or line-ending conversion, and no `export-ignore` /
 * `export-subst` (which `git archive` honours from the commit's own `.gitattributes`, so a
 * change could hide a file from its reviewers). The review lanes work in such a copy.
 */
import { createHash } from 'node:crypto'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { GitAdapterError } from './errors.js'
import { CatFileBatch } from './cat-file-batch.js'

export type TreeEntryKind = 'file' | 'executable' | 'symlink' | 'submodule'

export interface TreeEntry {
  /** Repo-relative, `/`-separated. */
  readonly path: string
  readonly kind: TreeEntryKind
  /** The git object id (blob, or commit for a submodule). */
  readonly objectId: string
}

/** A tree's entry as the tree object stores it, its mode as `ls-tree` would show it. */
interface RawTreeEntry {
  readonly name: string
  readonly kind: TreeEntryKind | 'tree'
  readonly objectId: string
}

/**
 * The entries of `commit`'s tree, recursively (blobs and submodule commits), in the order
 * `git ls-tree -r` lists them: read through `batch`, one round of requests per tree depth.
 */
async function listTree(batch: CatFileBatch, commit: string): Promise<TreeEntry[]> {
  batch.request([`${commit}^{tree}`])
  const root = await batch.next(`the tree of ${commit}`)
  if (root.type !== 'tree')
    throw new GitAdapterError('command_failed', `${commit} names no tree (${root.type})`)
  const idBytes = root.id.length / 2
  const trees = new Map<string, RawTreeEntry[]>([['', parseTree(root.content, idBytes)]])
  let level = ['']
  while (level.length > 0) {
    const subtrees = level.flatMap((dir) =>
      (trees.get(dir) ?? [])
        .filter((entry) => entry.kind === 'tree')
        .map((entry) => ({ path: joined(dir, entry.name), objectId: entry.objectId }))
    )
    batch.request(subtrees.map((subtree) => subtree.objectId))
    for (const subtree of subtrees) {
      const tree = await batch.next(`${subtree.path} (${subtree.objectId})`)
      if (tree.id !== subtree.objectId || tree.type !== 'tree')
        throw new GitAdapterError(
          'command_failed',
          `git cat-file gave '${tree.id} ${tree.type}' for ${subtree.path} (${subtree.objectId})`
        )
      trees.set(subtree.path, parseTree(tree.content, idBytes))
    }
    level = subtrees.map((subtree) => subtree.path)
  }
  const entries: TreeEntry[] = []
  const flatten = (dir: string): void => {
    for (const entry of trees.get(dir) ?? []) {
      const path = joined(dir, entry.name)
      if (entry.kind === 'tree') flatten(path)
      else {
        assertSafePath(path)
        entries.push({ path, kind: entry.kind, objectId: entry.objectId })
      }
    }
  }
  flatten('')
  return entries
}

function joined(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

/**
 * A tree object: `<octal mode> <name>` NUL `<binary object id>`, repeated. Modes are taken
 * as git takes them (`canon_mode`): any regular file is 100644 or 100755 by its owner's
 * execute bit, and a type git does not know is a submodule.
 */
function parseTree(content: Buffer, idBytes: number): RawTreeEntry[] {
  const entries: RawTreeEntry[] = []
  let position = 0
  while (position < content.length) {
    const space = content.indexOf(0x20, position)
    const nul = content.indexOf(0, space + 1)
    const mode = Number.parseInt(content.toString('latin1', position, space), 8)
    if (space < 0 || nul < 0 || nul + 1 + idBytes > content.length || Number.isNaN(mode))
      throw new GitAdapterError('command_failed', 'git cat-file gave a malformed tree object')
    entries.push({
      name: content.toString('utf8', space + 1, nul),
      kind: kindOf(mode),
      objectId: content.toString('hex', nul + 1, nul + 1 + idBytes)
    })
    position = nul + 1 + idBytes
  }
  return entries
}

function kindOf(mode: number): TreeEntryKind | 'tree' {
  const type = mode & 0o170000
  if (type === 0o040000) return 'tree'
  if (type === 0o100000) return mode & 0o100 ? 'executable' : 'file'
  if (type === 0o120000) return 'symlink'
  return 'submodule'
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
 * Trees and blobs come from one `git cat-file --batch` process, streamed, so a large tree
 * costs one process, not one per file.
 */
export async function exportCommitTree(
  repoRoot: string,
  commit: string,
  target: string
): Promise<TreeEntry[]> {
  const batch = new CatFileBatch(repoRoot)
  try {
    const entries = await listTree(batch, commit)
    await mkdir(target, { recursive: true })
    const blobs = entries.filter((entry) => entry.kind !== 'submodule')
    for (const entry of entries.filter((candidate) => candidate.kind === 'submodule')) {
      // Not checked out, as in a fresh clone: an empty directory marks it.
      await mkdir(join(target, entry.path), { recursive: true })
    }
    await readBlobs(batch, blobs, async (entry, content) => {
      const path = join(target, entry.path)
      await mkdir(dirname(path), { recursive: true })
      if (entry.kind === 'symlink') await symlink(content.toString('utf8'), path)
      else await writeFile(path, content, { flag: 'wx', mode: 0o600 })
    })
    await batch.close()
    return entries
  } finally {
    batch.stop()
  }
}

/** The object id git gives `content` as a blob, in the hash of `likeId` (SHA-1 or SHA-256). */
export function blobId(content: Buffer, likeId: string): string {
  const algorithm = likeId.length === 64 ? 'sha256' : 'sha1'
  return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex')
}

async function readBlobs(
  batch: CatFileBatch,
  entries: readonly TreeEntry[],
  onBlob: (entry: TreeEntry, content: Buffer) => Promise<void>
): Promise<void> {
  batch.request(entries.map((entry) => entry.objectId))
  for (const entry of entries) {
    const blob = await batch.next(`${entry.path} (${entry.objectId})`)
    if (blob.id !== entry.objectId || blob.type !== 'blob') {
      throw new GitAdapterError(
        'command_failed',
        `git cat-file gave '${blob.id} ${blob.type} ${blob.content.length}' for ${entry.path} (${entry.objectId})`
      )
    }
    await onBlob(entry, blob.content)
  }
}
