import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { CONTROL_ROOT, REPORT_ROOT, runLayout } from '../../core/run/layout.js'
import { RunStateUnreadableError, anchorRestoredRun } from '../run-store.js'
import type { Repository } from './github-api.js'

/**
 * A run's state between jobs and workflow runs: its control and report directories, uploaded
 * as one artifact per job and downloaded by the next. Worktrees are not carried: every attempt
 * starts from the pushed run branch.
 */

export type StateStage = 'item' | 'gate'

export function stateArtifactName(runId: string, stage: StateStage): string {
  return `plan-orchestrator-state-${runId}-${stage}`
}

/** Lock directories and their owners belong to the process that held them, not to the state. */
const NOT_STATE = /(^|\/)(run\.lock|control\.lock)(\.owner\.json|\.takeover(\.lock)?)?(\/|$)/

export async function uploadRunState(input: {
  readonly workspace: string
  readonly runId: string
  readonly stage: StateStage
}): Promise<string> {
  const roots = [CONTROL_ROOT, REPORT_ROOT].map((root) => join(input.workspace, root, input.runId))
  const files = (await Promise.all(roots.map(listFiles))).flat().filter((path) => {
    return !NOT_STATE.test(relative(input.workspace, path))
  })
  const name = stateArtifactName(input.runId, input.stage)
  await new DefaultArtifactClient().uploadArtifact(name, files, input.workspace, {
    retentionDays: 90
  })
  return name
}

export interface StateSource {
  /** The workflow run holding the state; undefined for this run. */
  readonly workflowRunId?: number
  readonly token: string
  readonly repository: Repository
}

/**
 * Restores the newest state of a run from a workflow run: after its gate job if it had one,
 * else after its item job. Returns the artifact name it restored.
 */
export async function downloadRunState(input: {
  readonly workspace: string
  readonly runId: string
  readonly source: StateSource
}): Promise<string> {
  const client = new DefaultArtifactClient()
  const findBy =
    input.source.workflowRunId === undefined
      ? undefined
      : {
          token: input.source.token,
          workflowRunId: input.source.workflowRunId,
          repositoryOwner: input.source.repository.owner,
          repositoryName: input.source.repository.repo
        }
  const { artifacts } = await client.listArtifacts({
    latest: true,
    ...(findBy === undefined ? {} : { findBy })
  })
  const wanted = (['gate', 'item'] as const)
    .map((stage) => stateArtifactName(input.runId, stage))
    .map((name) => artifacts.find((artifact) => artifact.name === name))
    .find((artifact) => artifact !== undefined)
  if (wanted === undefined) {
    const where =
      input.source.workflowRunId === undefined
        ? 'this workflow run'
        : `workflow run ${input.source.workflowRunId}`
    throw new Error(`no state of run ${input.runId} among the artifacts of ${where}`)
  }
  await client.downloadArtifact(wanted.id, {
    path: input.workspace,
    ...(findBy === undefined ? {} : { findBy })
  })
  // This job's checkout is another path than the one that saved the state: the run moves here.
  await anchorRestoredRun(runLayout(input.workspace, input.runId)).catch((error: unknown) => {
    if (!(error instanceof RunStateUnreadableError)) throw error
  })
  return wanted.name
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await listFiles(path)))
    else if (entry.isFile()) files.push(path)
  }
  return files
}
