import { lstat, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically } from './atomic-file.js'

/**
 * Puts a copy of one of the orchestrator's files into an attempt's worktree (its packet
 * directory, where the next agent of the attempt reads it). The worktree is the agent's to
 * write during its stages, so whatever it left on the way is suspect: a link or a file where
 * one of the directories belongs is removed and the directory made, and the file replaces
 * whatever stands at its name (atomic-file.ts). Nothing is ever written through a link an
 * agent planted, into a file of the orchestrator's user outside the worktree
 * (docs/security.md).
 */
export async function copyIntoWorktree(
  source: string,
  worktree: string,
  inWorktree: string
): Promise<void> {
  const parts = inWorktree.split('/')
  let directory = worktree
  for (const part of parts.slice(0, -1)) {
    directory = join(directory, part)
    const found = await lstat(directory).catch(() => undefined)
    if (found?.isDirectory() === true) continue
    if (found !== undefined) await rm(directory, { force: true })
    await mkdir(directory)
  }
  await writeFileAtomically(join(worktree, inWorktree), await readFile(source))
}
