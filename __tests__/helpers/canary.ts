import { lstatSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every regular file below `root`, without following links. */
export function listFiles(root: string): string[] {
  const files: string[] = []
  const visit = (dir: string): void => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      const path = join(dir, name)
      const stats = lstatSync(path)
      if (stats.isDirectory()) visit(path)
      else if (stats.isFile()) files.push(path)
    }
  }
  visit(root)
  return files
}

/** The files below `root` whose bytes contain `text` (a canary token, a planted marker). */
export function filesContaining(root: string, text: string): string[] {
  const needle = Buffer.from(text)
  return listFiles(root).filter((path) => readFileSync(path).includes(needle))
}
