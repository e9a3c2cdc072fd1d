import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GitHubApi } from '../../adapters/github/github-api.js'
import { branchRelation, fetchRunRefs } from '../../adapters/github/run-refs.js'
import { anchorRestoredRun, loadRunState, writeJson } from '../../adapters/run-store.js'
import {
  type GitHubUser,
  type WorkflowRunFacts,
  checkChain,
  foreignRunReason,
  runBranchMismatch,
  unknownAttemptBranches
} from '../../core/gha/chain.js'
import { type RunLayout, runBranchName, runLayout } from '../../core/run/layout.js'
import {
  GHA_RUN_FILE,
  type GhaChainLink,
  type GhaRunRecord,
  GhaRunRecordSchema
} from '../../core/schemas/gha.js'
import type { RunState } from '../../core/schemas/run-state.js'
import { isoSeconds } from '../../core/time.js'
import type { RunnerContext } from './runner-context.js'
import { discardStagedState, findRunState, installStagedState, stageRunState } from './github.js'

/**
 * The one way a job takes over a run's state from an earlier job (docs/security.md). In order,
 * and refusing at the first doubt with nothing written to the workspace:
 *
 * 1. GitHub's record of the workflow run holding the state: this repository, this job's own
 *    workflow file and ref.
 * 2. Its newest state artifact (highest attempt, gate over item), read as a zip into a
 *    temporary directory; any entry outside the run's directories, absolute, with `..`, or a
 *    link refuses the whole artifact.
 * 3. The state's chain: it ends at exactly that workflow run, attempt and job; this job is the
 *    next hop (or that run's own gate job); the first hop is a run of the same workflow and ref
 *    on GitHub, whose actor and triggering actor count as the run's starters.
 * 4. No earlier attempt of this workflow run already saved the run's state (a re-run that
 *    would replay a hop), and origin holds no attempt branch the state does not know (a later
 *    hop already ran: this state is superseded).
 * 5. origin's run branch is where the state says (`run_branch_head`).
 *
 * Only then are the run's directories moved into the workspace.
 */

export class RestoreRefused extends Error {
  override readonly name = 'RestoreRefused'
}

export type RestoreFrom =
  | { readonly kind: 'next-hop'; readonly stateRunId: number; readonly hop: number | undefined }
  | { readonly kind: 'same-hop'; readonly itemId: string }

export interface RestoredRun {
  readonly run: RunLayout
  readonly state: RunState
  readonly record: GhaRunRecord
  /** The hop this job belongs to. */
  readonly hop: number
  /** GitHub's record of this job's workflow run. */
  readonly current: WorkflowRunFacts
  /** `actor` and `triggering_actor` of GitHub's record of the run's first hop. */
  readonly starters: readonly GitHubUser[]
  /** origin's run branch head when this job started: the lease of its push. */
  readonly runBranchHead: string
  /** origin's attempt branches of the run when this job started. */
  readonly attemptBranches: readonly string[]
  readonly artifactName: string
}

export async function currentWorkflowRun(
  ctx: RunnerContext,
  api: GitHubApi
): Promise<WorkflowRunFacts> {
  const current = await api.workflowRun(ctx.runId)
  const repository = `${ctx.repository.owner}/${ctx.repository.repo}`
  if (current.repository.toLowerCase() !== repository.toLowerCase())
    throw new RestoreRefused(`GitHub places workflow run ${ctx.runId} in ${current.repository}`)
  if (current.headBranch === null)
    throw new RestoreRefused(`GitHub records no branch for workflow run ${ctx.runId}`)
  return current
}

export async function restoreVerifiedRun(input: {
  readonly ctx: RunnerContext
  readonly api: GitHubApi
  readonly token: string
  readonly runId: string
  readonly from: RestoreFrom
  readonly log: (line: string) => void
}): Promise<RestoredRun> {
  const { ctx, api, runId, from } = input
  const repository = `${ctx.repository.owner}/${ctx.repository.repo}`
  const current = await currentWorkflowRun(ctx, api)
  const ref = current.headBranch as string
  const hopRun = (run: WorkflowRunFacts, role: string): void => {
    const reason = foreignRunReason({ run, role, repository, workflowPath: current.path, ref })
    if (reason !== undefined) throw new RestoreRefused(`state of run ${runId} refused: ${reason}`)
  }

  let source: WorkflowRunFacts
  if (from.kind === 'next-hop') {
    if (from.stateRunId === ctx.runId)
      throw new RestoreRefused(
        `input state-run-id names this workflow run (${ctx.runId}); a hop continues from the workflow run before it`
      )
    source = await api.workflowRun(from.stateRunId)
    hopRun(source, "the state's workflow run")
  } else {
    source = current
  }

  const staged = await stageRunState({
    runId,
    source: {
      ...(from.kind === 'next-hop' ? { workflowRunId: source.id } : {}),
      latestAttempt: from.kind === 'next-hop' ? source.runAttempt : ctx.runAttempt,
      token: input.token,
      repository: ctx.repository
    },
    ...(process.env.RUNNER_TEMP === undefined ? {} : { tempRoot: process.env.RUNNER_TEMP })
  }).catch((error: unknown) => {
    throw new RestoreRefused(error instanceof Error ? error.message : String(error))
  })
  try {
    for (const lock of staged.skipped) input.log(`left out of the restored state: ${lock}`)
    const stagedRun = runLayout(staged.root, runId)
    const record = await readRunRecord(stagedRun).catch((error: unknown) => {
      throw new RestoreRefused(error instanceof Error ? error.message : String(error))
    })
    const state = await loadRunState(stagedRun).catch((error: unknown) => {
      throw new RestoreRefused(
        `state artifact ${staged.artifactName}: ${error instanceof Error ? error.message : String(error)}`
      )
    })
    const refuse = (reason: string): never => {
      throw new RestoreRefused(
        `state of run ${runId} from workflow run ${source.id} refused: ${reason}`
      )
    }
    if (record.run_id !== runId || state.run_id !== runId)
      refuse(`it is the state of run ${state.run_id}`)
    if (record.repository.toLowerCase() !== repository.toLowerCase())
      refuse(`it was started in ${record.repository}`)
    if (record.workflow_path !== current.path)
      refuse(`the run was started by the workflow ${record.workflow_path}, not ${current.path}`)
    if (record.ref !== ref)
      refuse(`the run was started from ${record.ref}, but this workflow run is on ${ref}`)
    if (state.run_branch_name !== runBranchName(runId))
      refuse(`its run branch is ${state.run_branch_name}, not ${runBranchName(runId)}`)

    const verdict = checkChain({
      record,
      source: { workflowRunId: source.id, attempt: staged.attempt, stage: staged.stage },
      continuation:
        from.kind === 'next-hop'
          ? { kind: 'next-hop', currentRunId: ctx.runId, hop: from.hop }
          : { kind: 'same-hop', currentRunId: ctx.runId, itemId: from.itemId }
    })
    if (!verdict.ok) return refuse(verdict.reason)

    const firstId = record.chain[0]?.workflow_run_id as number
    const first =
      firstId === source.id
        ? source
        : firstId === current.id
          ? current
          : await api.workflowRun(firstId)
    hopRun(first, "the run's first workflow run")
    const starters = [first.actor, first.triggeringActor].filter(
      (user): user is GitHubUser => user !== null
    )
    if (starters.length === 0) refuse(`GitHub records no actor for workflow run ${first.id}`)

    if (from.kind === 'next-hop') {
      const replayed = await findRunState(runId, {
        latestAttempt: ctx.runAttempt,
        token: input.token,
        repository: ctx.repository
      })
      if (replayed !== undefined)
        refuse(
          `this workflow run already saved the run's state in an earlier attempt (${replayed}); a re-run would replay hop ${verdict.hop}. Dispatch a new hop with state-run-id ${ctx.runId} instead`
        )
    }

    const origin = await fetchRunRefs(ctx.workspace, runId, {
      token: input.token,
      serverUrl: ctx.serverUrl
    })
    const unknown = unknownAttemptBranches(state, origin.attemptBranches)
    if (unknown.length > 0)
      refuse(
        `origin holds ${unknown.join(', ')}, which this state does not know: a later hop already ran, so this state is superseded. Continue from the newest hop's workflow run`
      )
    const mismatch = runBranchMismatch({
      state,
      actual: origin.runBranch,
      relation: await branchRelation(ctx.workspace, state.run_branch_head, origin.runBranch)
    })
    if (mismatch !== undefined) refuse(mismatch)

    await installStagedState({ staged, workspace: ctx.workspace, runId })
    const run = runLayout(ctx.workspace, runId)
    // This job's checkout is another path than the one that saved the state: the run moves here.
    await anchorRestoredRun(run)
    return {
      run,
      state: await loadRunState(run),
      record,
      hop: verdict.hop,
      current,
      starters,
      runBranchHead: origin.runBranch as string,
      attemptBranches: origin.attemptBranches,
      artifactName: staged.artifactName
    }
  } finally {
    await discardStagedState(staged)
  }
}

export async function readRunRecord(run: RunLayout): Promise<GhaRunRecord> {
  const path = join(run.controlDir, GHA_RUN_FILE)
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`run ${run.runId} has no ${GHA_RUN_FILE}: it was not started by this action`)
  })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error(`${GHA_RUN_FILE} of run ${run.runId} is not JSON`)
  }
  const parsed = GhaRunRecordSchema.safeParse(json)
  if (!parsed.success)
    throw new Error(
      `${GHA_RUN_FILE} of run ${run.runId} is not a run record of this action: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`
    )
  return parsed.data
}

/** Adds this job to the run's chain (before its state is uploaded). */
export async function appendChainLink(
  run: RunLayout,
  link: Omit<GhaChainLink, 'recorded_at_utc'>
): Promise<GhaRunRecord> {
  const record = await readRunRecord(run)
  const next: GhaRunRecord = {
    ...record,
    chain: [...record.chain, { ...link, recorded_at_utc: isoSeconds(new Date()) }]
  }
  await writeJson(join(run.controlDir, GHA_RUN_FILE), GhaRunRecordSchema.parse(next))
  return next
}

/** Sets the checkpoint the last link's job ended with (the item job's, after the item ran). */
export async function settleLastLink(run: RunLayout, checkpoint: string | null): Promise<void> {
  const record = await readRunRecord(run)
  const last = record.chain.at(-1)
  if (last === undefined) return
  const settled: GhaRunRecord = {
    ...record,
    chain: [...record.chain.slice(0, -1), { ...last, checkpoint_ref: checkpoint }]
  }
  await writeJson(join(run.controlDir, GHA_RUN_FILE), GhaRunRecordSchema.parse(settled))
}
