/**
 * Agent configuration in a worktree that is not part of its commit: instruction files
 * (AGENTS.md, CLAUDE.md and their local/override variants), `.mcp.json`, and anything under
 * `.claude/`, `.codex/` or `.agents/`. A verification command or an agent that writes one of
 * them between stages would otherwise steer the next agent call in that worktree.
 */
import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import { runGit } from './git-runner.js'
import { parseNulList } from './z-output.js'

export const AGENT_INSTRUCTION_FILES: readonly string[] = [
  'AGENTS.md',
  'AGENTS.override.md',
  'CLAUDE.md',
  'CLAUDE.local.md',
  '.mcp.json'
]

export const AGENT_CONFIG_DIRS: readonly string[] = ['.claude', '.codex', '.agents']

/**
 * Worktree-relative paths of agent configuration that differs from the worktree's HEAD:
 * new (untracked, or ignored by a .gitignore rule) or modified. At the top of the worktree,
 * where the CLIs look, ignored files count too; below it only files git would show (a
 * dependency directory full of packages' own AGENTS.md files is not a planted config).
 * Deleted files do not count: removing instructions steers nothing. `readClean`: the
 * caller's own `git status` of the worktree (untracked files listed, no pathspec), with
 * nothing run in it since, showed no change, so the reading below the top would find
 * nothing and is not taken.
 */
export async function unreviewedAgentConfig(
  worktree: string,
  known: { readonly readClean?: boolean } = {}
): Promise<string[]> {
  const top = [...AGENT_INSTRUCTION_FILES, ...AGENT_CONFIG_DIRS].map(
    (name) => `:(top,literal)${name}`
  )
  const nested = AGENT_INSTRUCTION_FILES.map((name) => `:(top,glob)**/${name}`)
  const status = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']
  // The top-level reading reports only what exists there (deletions do not count): when none
  // of the names does, the nested reading, which covers the top too, is the whole answer.
  const names = [...AGENT_INSTRUCTION_FILES, ...AGENT_CONFIG_DIRS]
  const atTopExists = names.some((name) => exists(join(worktree, name)))
  const readings = await Promise.all([
    atTopExists
      ? runGit(worktree, [...status, '--ignored=traditional', '--', ...top])
      : Promise.resolve(''),
    known.readClean === true ? Promise.resolve('') : runGit(worktree, [...status, '--', ...nested])
  ])
  const paths = new Set<string>()
  for (const record of readings.flatMap(parseNulList)) {
    const code = record.slice(0, 2)
    if (code.includes('D')) continue
    paths.add(record.slice(3))
  }
  return [...paths].sort()
}

/** Most names asked about are absent: lstat is asked not to throw for them. */
function exists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined
  } catch {
    return false
  }
}
