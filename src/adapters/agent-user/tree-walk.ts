import type { Stats } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Every entry below `root` (not `root` itself), children before their directory, by lstat:
 * a symlink is an entry of its own and never followed, so a link an agent planted cannot
 * lead the walk (and what is done to each entry) out of the tree.
 */
export async function walkTree(
  root: string,
  visit: (path: string, stats: Stats) => Promise<void>,
  options: { readonly skipTopLevel?: readonly string[] } = {}
): Promise<void> {
  const skip = new Set(options.skipTopLevel ?? [])
  const descend = async (dir: string, top: boolean): Promise<void> => {
    let names: string[]
    try {
      names = await readdir(dir)
    } catch {
      return
    }
    for (const name of names) {
      if (top && skip.has(name)) continue
      const path = join(dir, name)
      let stats: Stats
      try {
        stats = await lstat(path)
      } catch {
        continue
      }
      if (stats.isDirectory()) await descend(path, false)
      await visit(path, stats)
    }
  }
  await descend(root, true)
}
