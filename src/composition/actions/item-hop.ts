import { resolve } from 'node:path'
import * as core from '@actions/core'
import type { GitHubApi } from '../../adapters/github/github-api.js'
import type { ItemInputs } from '../../actions/item/inputs.js'
import type { RunLayout } from '../../core/run/layout.js'
import type { GhaRunRecord } from '../../core/schemas/gha.js'
import { isoSeconds } from '../../core/time.js'
import { playbookDriftNote } from './playbook-drift-note.js'
import { appendChainLink, currentWorkflowRun, restoreVerifiedRun } from './restore.js'
import type { RunnerContext } from './runner-context.js'

/** Where the item job's hop stands before its kernel runs. */
export interface HopStart {
  readonly hop: number
  /** origin's run branch when this job started: the lease of its push (null: none yet). */
  readonly lease: string | null
  /** origin's attempt branches of the run when this job started. */
  readonly knownAttemptBranches: readonly string[]
  /** How the playbook changed since the run's snapshot (a continued run only). */
  readonly drift?: string
  /** A new run's record of where it started, written once the run saved its state. */
  readonly newRecord?: GhaRunRecord
}

interface HopInput {
  readonly ctx: RunnerContext
  readonly api: GitHubApi
  readonly inputs: ItemInputs
  readonly givenHop: number | undefined
}

/**
 * A continued run, restored from the artifacts of the workflow run named in state-run-id and
 * the run branches on origin, and nothing else, after both were checked against GitHub's
 * record (restore.ts); this job is the next link of its chain.
 */
export async function continueHop(
  input: HopInput & { readonly token: string; readonly run: RunLayout }
): Promise<HopStart> {
  const { ctx, inputs, run } = input
  const restored = await restoreVerifiedRun({
    ctx,
    api: input.api,
    token: input.token,
    runId: run.runId,
    from: { kind: 'next-hop', stateRunId: Number(inputs['state-run-id']), hop: input.givenHop },
    log: (line) => core.info(line)
  })
  core.info(
    `restored ${restored.artifactName} from workflow run ${inputs['state-run-id']}: hop ${restored.hop}, chain and run branch checked against GitHub and origin`
  )
  const drift = await playbookDriftNote(
    restored.run,
    resolve(ctx.workspace, inputs.playbook),
    inputs.playbook
  )
  await appendChainLink(run, {
    workflow_run_id: ctx.runId,
    run_attempt: ctx.runAttempt,
    hop: restored.hop,
    job: 'item',
    item_id: inputs['item-id'],
    checkpoint_ref: null
  })
  return {
    hop: restored.hop,
    lease: restored.runBranchHead,
    knownAttemptBranches: restored.attemptBranches,
    ...(drift === undefined ? {} : { drift })
  }
}

/** A new run, recorded with who started it, in which workflow and from which branch. */
export async function startHop(input: HopInput & { readonly runId: string }): Promise<HopStart> {
  const { ctx, inputs } = input
  const current = await currentWorkflowRun(ctx, input.api)
  const requester = current.triggeringActor ?? current.actor
  if (requester === null)
    throw new Error(
      `GitHub records no actor for workflow run ${ctx.runId}: who started the run is unknown`
    )
  const hop = input.givenHop ?? 0
  return {
    hop,
    lease: null,
    knownAttemptBranches: [],
    newRecord: {
      schema_version: 'plan_orchestrator.gha_run.v2',
      run_id: input.runId,
      repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
      workflow_path: current.path,
      ref: current.headBranch as string,
      requester,
      started_in_workflow_run: ctx.runId,
      recorded_at_utc: isoSeconds(new Date()),
      chain: [
        {
          workflow_run_id: ctx.runId,
          run_attempt: ctx.runAttempt,
          hop,
          job: 'item',
          item_id: inputs['item-id'],
          checkpoint_ref: null,
          recorded_at_utc: isoSeconds(new Date())
        }
      ]
    }
  }
}
