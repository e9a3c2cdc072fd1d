import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { GitHubFake } from './fakes/github-fake.js'
import { type ZipEntry, zip } from './fakes/zip.js'
import type { Origin } from './chain-harness.js'

/**
 * What the trust tests do as an attacker would: copy or forge a run's state and upload it as
 * a job of some workflow run could, and check afterwards that nothing was published.
 */

export const CONTROL = '.local/automation/plan_orchestrator/runs'
export const REPORTS = '.local/ai/plan_orchestrator/runs'

/** The run's directories in a workspace (a job's, after it restored the state), as zip entries. */
export function stateEntries(workspace: string, runId: string): ZipEntry[] {
  const entries: ZipEntry[] = []
  const walk = (dir: string): void => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      const path = join(dir, name)
      if (/\.lock|owner\.json/.test(name)) continue
      if (statSync(path).isDirectory()) walk(path)
      else entries.push({ name: relative(workspace, path), content: readFileSync(path) })
    }
  }
  walk(join(workspace, CONTROL, runId))
  walk(join(workspace, REPORTS, runId))
  return entries
}

export function putState(
  fake: GitHubFake,
  workflowRunId: number,
  runId: string,
  entries: readonly ZipEntry[],
  name = `plan-orchestrator-state-${runId}-item`
): void {
  fake.putArtifact(workflowRunId, name, zip(entries))
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

export function writeJsonFile(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}

interface Link {
  workflow_run_id: number
  run_attempt: number
  hop: number
  job: 'item' | 'gate'
  item_id: string
  checkpoint_ref: string | null
  recorded_at_utc: string
}

/** Appends a link to the chain of the run record in a workspace, as a forger would. */
export function forgeLink(
  workspace: string,
  runId: string,
  link: Partial<Link> & { workflow_run_id: number }
): void {
  const path = join(workspace, CONTROL, runId, 'gha_run.json')
  const record = readJson<{ chain: Link[] }>(path)
  const last = record.chain.at(-1) as Link
  record.chain.push({
    run_attempt: 1,
    hop: last.hop + 1,
    job: 'item',
    item_id: last.item_id,
    checkpoint_ref: null,
    recorded_at_utc: '2026-12-06T12:00:00Z',
    ...link
  })
  writeJsonFile(path, record)
}

/** Every branch of the run on origin with its commit: compare before and after a refusal. */
export function originRefs(origin: Origin, runId: string): Record<string, string> {
  const listed = origin.git(
    origin.bare,
    'for-each-ref',
    '--format=%(refname) %(objectname)',
    `refs/heads/orchestrator/run/${runId}`,
    `refs/heads/orchestrator/item/${runId}/`
  )
  return Object.fromEntries(
    listed
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split(' ') as [string, string])
  )
}

/** Names of the artifacts a workflow run holds. */
export function artifactsOf(fake: GitHubFake, workflowRunId: number): string[] {
  return fake.artifacts.filter((a) => a.runId === workflowRunId).map((a) => a.name)
}
