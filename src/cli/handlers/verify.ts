import { lstat } from 'node:fs/promises'
import { listRunIds, loadRunState } from '../../adapters/run-store.js'
import { runLayout } from '../../core/run/layout.js'
import { runIdProblem } from '../../core/run/run-id.js'
import { verifyRunBranch } from '../../composition/verify-provenance.js'
import { UsageError, UserInputError } from '../../errors.js'
import { resolveRepoRoot } from '../repo-root.js'
import type { CliIo } from '../io.js'

/**
 * `verify`: checks a run branch commit by commit against the run's provenance statements
 * (docs/provenance.md). One line per commit; exit 1 at the first broken link.
 */
export async function runVerify(
  io: CliIo,
  setExitCode: (code: number) => void,
  options: { runId?: string; branch?: string }
): Promise<void> {
  if (options.runId === undefined && options.branch === undefined)
    throw new UsageError('give --run-id, --branch, or both')
  const repoRoot = await resolveRepoRoot(io.cwd)
  const runId = options.runId ?? (await runOfBranch(repoRoot, options.branch as string))
  const problem = runIdProblem(runId)
  if (problem !== undefined) throw new UserInputError(problem)
  // Not findRun: a run's artifacts downloaded into another checkout are verified as well
  // (verify only reads, and checks everything it reads against git and the statements).
  const layout = runLayout(repoRoot, runId)
  const info = await lstat(layout.controlDir).catch(() => undefined)
  if (info === undefined || !info.isDirectory())
    throw new UserInputError(
      `no run ${runId} in this repository; list runs: plan-orchestrator status --all`
    )
  const result = await verifyRunBranch(layout, options.branch)
  for (const line of result.lines)
    io.stdout(
      `${line.commit} ${line.item ?? '-'} ${line.ok ? line.verdict : `BROKEN: ${line.verdict}`}\n`
    )
  if (result.ok) {
    io.stdout(
      `verified: ${result.lines.length} commit(s) of ${result.branch} (at ${result.tip}) against run ${runId}\n`
    )
    return
  }
  const broken = result.lines.find((line) => !line.ok)
  io.stderr(
    `error: verification failed at commit ${broken?.commit ?? '?'}${broken?.item === null || broken === undefined ? '' : ` (item ${broken.item})`}: ${broken?.verdict ?? ''}\n`
  )
  setExitCode(1)
}

/** The run whose recorded branch is `branch`. */
async function runOfBranch(repoRoot: string, branch: string): Promise<string> {
  for (const id of await listRunIds(repoRoot)) {
    const state = await loadRunState(runLayout(repoRoot, id)).catch(() => undefined)
    if (state?.run_branch_name === branch) return id
  }
  throw new UserInputError(`no run of this repository has the branch ${branch}; give --run-id`)
}
