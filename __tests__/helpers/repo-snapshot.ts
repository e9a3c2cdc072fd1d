import { createHash } from 'node:crypto'
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Everything under a directory, byte for byte: every file's content hash and mode, every
 * directory, every link's target. `.git/` (objects, refs, config, index, worktrees) and
 * `.local/` are included, so a command that creates and later removes a file is still caught
 * when it leaves a directory behind, and one that rewrites a file in place is caught by hash.
 */
export type TreeSnapshot = ReadonlyMap<string, string>

export function snapshotTree(root: string): TreeSnapshot {
  const entries = new Map<string, string>()
  const walk = (relative: string): void => {
    const path = relative === '' ? root : join(root, relative)
    const info = lstatSync(path)
    const mode = (info.mode & 0o7777).toString(8)
    if (info.isSymbolicLink()) {
      entries.set(relative, `link -> ${readlinkSync(path)}`)
    } else if (info.isDirectory()) {
      entries.set(relative, `dir ${mode}`)
      for (const name of readdirSync(path).sort())
        walk(relative === '' ? name : `${relative}/${name}`)
    } else if (info.isFile()) {
      const sha = createHash('sha256').update(readFileSync(path)).digest('hex')
      entries.set(relative, `file ${mode} ${sha}`)
    } else {
      entries.set(relative, `other ${mode}`)
    }
  }
  walk('')
  return entries
}

/** What changed between two snapshots, one readable line per path (empty when identical). */
export function treeChanges(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const changes: string[] = []
  for (const [path, what] of before) {
    const now = after.get(path)
    if (now === undefined) changes.push(`- ${path || '.'}`)
    else if (now !== what) changes.push(`~ ${path || '.'} (${what} -> ${now})`)
  }
  for (const path of after.keys()) if (!before.has(path)) changes.push(`+ ${path || '.'}`)
  return changes.sort()
}
