import { rm } from 'node:fs/promises'
import { relative, resolve, sep } from 'node:path'
import type { RunLayout } from '../core/run/layout.js'
import { runGit } from './git/git-runner.js'
import { withRunLock } from './run-lock.js'
import { loadRunState } from './run-store.js'

/**
 * `clean`: removes a run's worktrees and attempt branches, keeps its state, its reports and its
 * run branch. It holds the run's lock, so it is refused while a writer (run, resume, a gate
 * decision) works on the run. An attempt branch is kept while its item awaits a gate or has not
 * finished: its checkpoint is what an approval fast-forwards to, and it is reachable only there.
 */

export interface CleanResult {
  readonly run_id: string
  readonly removed_worktrees: string[]
  readonly deleted_branches: string[]
  /** Attempt branches still needed, with why. */
  readonly kept_branches: Array<{ branch: string; reason: string }>
}

export async function cleanRun(run: RunLayout): Promise<CleanResult> {
  return withRunLock(run, 'clean', async () => {
    const state = await loadRunState(run)
    const needed = new Map<string, string>()
    for (const item of state.items) {
      if (item.branch_name === null) continue
      if (item.terminal_state === 'awaiting_human_gate')
        needed.set(item.branch_name, `item ${item.item_id} awaits its gate on it`)
      else if (item.terminal_state === 'none')
        needed.set(item.branch_name, `item ${item.item_id} has not finished`)
    }
    const removed: string[] = []
    for (const path of await worktreesUnder(run.repoRoot, run.worktreesDir)) {
      await runGit(run.repoRoot, ['worktree', 'remove', '--force', '--force', path])
      removed.push(relative(run.repoRoot, path))
    }
    await runGit(run.repoRoot, ['worktree', 'prune'])
    await rm(run.worktreesDir, { recursive: true, force: true })
    const prefix = `refs/heads/orchestrator/item/${run.runId}/`
    const branches = (await runGit(run.repoRoot, ['for-each-ref', '--format=%(refname)', prefix]))
      .split('\n')
      .filter((ref) => ref.startsWith(prefix))
      .map((ref) => ref.slice('refs/heads/'.length))
    const deleted: string[] = []
    const kept: CleanResult['kept_branches'] = []
    for (const branch of branches) {
      const reason = needed.get(branch)
      if (reason !== undefined) {
        kept.push({ branch, reason })
        continue
      }
      await runGit(run.repoRoot, ['branch', '-D', '--', branch])
      deleted.push(branch)
    }
    return {
      run_id: run.runId,
      removed_worktrees: removed,
      deleted_branches: deleted,
      kept_branches: kept
    }
  })
}

/** The worktrees git knows of inside `dir`. */
async function worktreesUnder(repoRoot: string, dir: string): Promise<string[]> {
  const listing = await runGit(repoRoot, ['worktree', 'list', '--porcelain', '-z'])
  const root = resolve(dir)
  return listing
    .split('\0')
    .filter((field) => field.startsWith('worktree '))
    .map((field) => resolve(field.slice('worktree '.length)))
    .filter((path) => path.startsWith(root + sep))
}
