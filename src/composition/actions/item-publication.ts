import { existsSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '@actions/core'
import { pushRunRefs } from '../../adapters/github/run-refs.js'
import { loadRunState, writeJson } from '../../adapters/run-store.js'
import type { RunLayout } from '../../core/run/layout.js'
import { GHA_RUN_FILE } from '../../core/schemas/gha.js'
import { uploadDiagnostics, uploadRunState } from './github.js'
import type { HopStart } from './item-hop.js'
import type { JobOutput } from './job-output.js'
import { publishStatement } from './provenance-output.js'
import { settleLastLink } from './restore.js'
import type { RunnerContext } from './runner-context.js'

/** What the item job published of its hop. */
export interface HopPublication {
  /** The state artifact uploaded ('' when none was). */
  readonly artifactName: string
  /** Why the run's branches could not be pushed; the state then stays down. */
  readonly failure?: string
}

/**
 * Whatever happened, what the run saved goes on (a failed hop is diagnosed and resumed from
 * it), but only after its branches are published with a lease: a hop that loses the race to
 * publish must not advance the chain. A run that saved nothing publishes nothing.
 */
export async function publishItemHop(input: {
  readonly ctx: RunnerContext
  readonly run: RunLayout
  readonly itemId: string
  readonly push: boolean
  readonly token: string
  readonly start: HopStart
  readonly output: JobOutput
}): Promise<HopPublication> {
  const { ctx, run, start } = input
  if (!existsSync(run.runStatePath)) return { artifactName: '' }
  if (start.newRecord !== undefined)
    await writeJson(join(run.controlDir, GHA_RUN_FILE), start.newRecord)
  const saved = await loadRunState(run)
  const ranItem = saved.items.find((entry) => entry.item_id === input.itemId)
  await settleLastLink(run, ranItem?.checkpoint_ref ?? null)
  await publishStatement(run, input.itemId)
  if (input.push) {
    try {
      await pushRunRefs(
        ctx.workspace,
        run.runId,
        { token: input.token, serverUrl: ctx.serverUrl },
        start.lease,
        start.knownAttemptBranches
      )
    } catch (error) {
      const diagnostics = await uploadDiagnostics({
        workspace: ctx.workspace,
        runId: run.runId,
        attempt: ctx.runAttempt
      }).catch(() => '(upload failed)')
      const failure = `${error instanceof Error ? error.message : String(error)}; this job's files are in the artifact ${diagnostics}, which no hop restores`
      core.error(failure)
      return { artifactName: '', failure }
    }
  }
  const artifactName = await uploadRunState({
    workspace: ctx.workspace,
    runId: run.runId,
    stage: 'item',
    attempt: ctx.runAttempt
  })
  input.output('state-artifact', artifactName)
  return { artifactName }
}
