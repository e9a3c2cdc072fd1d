import { CONTROL_ROOT, REPORT_ROOT } from '../run/layout.js'
import type { GhaChainLink, GhaRunRecord } from '../schemas/gha.js'
import type { RunState } from '../schemas/run-state.js'

/**
 * The trust rules between hops, as pure functions (docs/security.md). A hop believes a state
 * only when GitHub's record of the workflow run it came from says that run is a hop of the same
 * workflow, repository and ref, when the state's own chain ends exactly at that run, attempt
 * and job, and when origin's run branches are what the state says they are.
 */

export type StateStage = 'item' | 'gate'

export interface GitHubUser {
  readonly login: string
  readonly id: number
}

/** GitHub's record of a workflow run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}`). */
export interface WorkflowRunFacts {
  readonly id: number
  /** `owner/repo` of the run and of the code it ran. */
  readonly repository: string
  readonly headRepository: string | null
  readonly path: string
  readonly headBranch: string | null
  readonly runAttempt: number
  readonly actor: GitHubUser | null
  readonly triggeringActor: GitHubUser | null
}

// --- state artifacts --------------------------------------------------------------------------

/**
 * One artifact per job that saved the state. The first attempt keeps the plain name; a re-run
 * (attempt n > 1) gets its own, since an artifact name cannot be reused within a workflow run.
 */
export function stateArtifactName(runId: string, stage: StateStage, attempt: number): string {
  const base = `plan-orchestrator-state-${runId}-${stage}`
  return attempt === 1 ? base : `${base}-attempt-${attempt}`
}

export function parseStateArtifactName(
  runId: string,
  name: string
): { stage: StateStage; attempt: number } | undefined {
  const prefix = `plan-orchestrator-state-${runId}-`
  if (!name.startsWith(prefix)) return undefined
  const match = /^(item|gate)(?:-attempt-([1-9]\d*))?$/.exec(name.slice(prefix.length))
  if (match === null) return undefined
  const attempt = match[2] === undefined ? 1 : Number(match[2])
  if (match[2] !== undefined && attempt === 1) return undefined
  return { stage: match[1] as StateStage, attempt }
}

/**
 * The newest state of a run among a workflow run's artifacts: the highest attempt that saved
 * one (never above the attempt GitHub says the run is at), and within it the gate job's over
 * the item job's.
 */
export function pickStateArtifact<T extends { readonly name: string }>(
  runId: string,
  artifacts: readonly T[],
  latestAttempt: number
): { artifact: T; stage: StateStage; attempt: number } | undefined {
  let best: { artifact: T; stage: StateStage; attempt: number } | undefined
  for (const artifact of artifacts) {
    const parsed = parseStateArtifactName(runId, artifact.name)
    if (parsed === undefined || parsed.attempt > latestAttempt) continue
    const rank = (p: { stage: StateStage; attempt: number }): number =>
      p.attempt * 2 + (p.stage === 'gate' ? 1 : 0)
    if (best === undefined || rank(parsed) > rank(best)) best = { artifact, ...parsed }
  }
  return best
}

// --- the workflow runs ---------------------------------------------------------------------------

/**
 * Why a workflow run is not a hop of this run, or undefined when it is: it must be in this
 * repository, run this workflow file, and run on the ref the run was started from.
 */
export function foreignRunReason(input: {
  readonly run: WorkflowRunFacts
  /** What the run is to this hop, for the message: "the state's workflow run", … */
  readonly role: string
  readonly repository: string
  readonly workflowPath: string
  readonly ref: string
}): string | undefined {
  const { run, role } = input
  const named = `${role} ${run.id}`
  const sameRepo = (name: string | null): boolean =>
    name !== null && name.toLowerCase() === input.repository.toLowerCase()
  if (!sameRepo(run.repository) || !sameRepo(run.headRepository))
    return `${named} ran code of ${run.headRepository ?? run.repository}, not of ${input.repository}`
  if (run.path !== input.workflowPath)
    return `${named} ran the workflow ${run.path}, not ${input.workflowPath}: a run's state is taken only from runs of its own workflow`
  if (run.headBranch !== input.ref)
    return `${named} ran on ${run.headBranch ?? 'no branch'}, not on ${input.ref}, the ref the run was started from: a run's state is taken only from runs on that ref`
  return undefined
}

// --- the chain -----------------------------------------------------------------------------------

export type Continuation =
  /** A plan or item job restoring its predecessor's state; `hop` when the dispatch gave one. */
  | { readonly kind: 'next-hop'; readonly currentRunId: number; readonly hop: number | undefined }
  /** The gate job restoring the state its own workflow run's item job saved. */
  | { readonly kind: 'same-hop'; readonly currentRunId: number; readonly itemId: string }

export type ChainVerdict =
  | { readonly ok: true; readonly hop: number; readonly last: GhaChainLink }
  | { readonly ok: false; readonly reason: string }

function describeLink(link: Pick<GhaChainLink, 'workflow_run_id' | 'run_attempt' | 'job'>): string {
  return `workflow run ${link.workflow_run_id} (attempt ${link.run_attempt}, ${link.job} job)`
}

/**
 * Checks a restored state's chain: well formed, ending exactly at the artifact it came from,
 * and continued by the right hop. `hop` of the verdict is the hop this job belongs to.
 */
export function checkChain(input: {
  readonly record: GhaRunRecord
  readonly source: {
    readonly workflowRunId: number
    readonly attempt: number
    readonly stage: StateStage
  }
  readonly continuation: Continuation
}): ChainVerdict {
  const { record, source, continuation } = input
  const chain = record.chain
  const first = chain[0]
  const last = chain.at(-1)
  if (first === undefined || last === undefined) return refuse('the state records no chain')
  if (first.workflow_run_id !== record.started_in_workflow_run)
    return refuse(
      `the state's chain starts at workflow run ${first.workflow_run_id}, but the run was started in workflow run ${record.started_in_workflow_run}`
    )
  const seen = new Set<number>()
  for (let index = 1; index < chain.length; index += 1) {
    const before = chain[index - 1] as GhaChainLink
    const link = chain[index] as GhaChainLink
    seen.add(before.workflow_run_id)
    const sameRun = link.workflow_run_id === before.workflow_run_id
    const wellFormed = sameRun
      ? link.hop === before.hop && link.job === 'gate' && link.run_attempt >= before.run_attempt
      : link.hop === before.hop + 1 && link.job === 'item' && !seen.has(link.workflow_run_id)
    if (!wellFormed)
      return refuse(
        `the state's chain is broken after ${describeLink(before)}: ${describeLink(link)} at hop ${link.hop} cannot follow it`
      )
  }
  const from = {
    workflow_run_id: source.workflowRunId,
    run_attempt: source.attempt,
    job: source.stage
  }
  if (
    last.workflow_run_id !== from.workflow_run_id ||
    last.run_attempt !== from.run_attempt ||
    last.job !== from.job
  )
    return refuse(
      `the state found in ${describeLink(from)} was saved by ${describeLink(last)}: a state copied into another workflow run, or left by an older attempt, is not restored`
    )

  if (continuation.kind === 'same-hop') {
    if (last.workflow_run_id !== continuation.currentRunId)
      return refuse(`the state was saved by workflow run ${last.workflow_run_id}, not by this one`)
    const itemLink = chain.find(
      (link) => link.workflow_run_id === continuation.currentRunId && link.job === 'item'
    )
    if (itemLink?.item_id !== continuation.itemId)
      return refuse(
        `the item job of this workflow run ran item ${itemLink?.item_id ?? '(none)'}, not item ${continuation.itemId}`
      )
    return { ok: true, hop: last.hop, last }
  }

  if (chain.some((link) => link.workflow_run_id === continuation.currentRunId))
    return refuse(
      `this workflow run (${continuation.currentRunId}) is already in the run's chain at hop ${chain.find((link) => link.workflow_run_id === continuation.currentRunId)?.hop}: a replayed hop is not run again`
    )
  const expected = last.hop + 1
  const hop = continuation.hop ?? expected
  if (hop > expected)
    return refuse(
      `this is hop ${hop}, but the state of workflow run ${last.workflow_run_id} ends at hop ${last.hop}: hop ${expected}${hop - 1 > expected ? `–${hop - 1}` : ''} would be skipped (an older hop's state, or a wrong hop number); continue from the newest hop's workflow run`
    )
  if (hop < expected)
    return refuse(
      `this is hop ${hop}, but the state of workflow run ${last.workflow_run_id} is already at hop ${last.hop}: a replayed or superseded hop is not run again`
    )
  return { ok: true, hop, last }
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason }
}

// --- origin's branches -----------------------------------------------------------------------------

/** How an actual branch head relates to the expected one (from git). */
export type BranchRelation = 'ahead' | 'behind' | 'diverged' | 'unknown' | 'missing'

/**
 * Why origin's run branch may not be built on, or undefined when it is where the state says.
 * A fast-forward the state recorded as pending (a job stopped between moving the branch and
 * recording the pass) may have reached origin: its target is accepted too.
 */
export function runBranchMismatch(input: {
  readonly state: RunState
  readonly actual: string | undefined
  readonly relation: BranchRelation
}): string | undefined {
  const { state, actual } = input
  const branch = state.run_branch_name
  const expected = state.run_branch_head
  const same = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a)
  if (actual !== undefined && same(actual, expected)) return undefined
  const pending = state.pending_fast_forward
  if (
    actual !== undefined &&
    pending !== null &&
    same(pending.from, expected) &&
    same(actual, pending.to)
  )
    return undefined
  const how: Record<BranchRelation, string> = {
    ahead: 'has commits no passed item made',
    behind: 'was rewound: passed items are missing from it',
    diverged: 'was replaced by another history',
    unknown: 'differs',
    missing: 'is missing'
  }
  const recover =
    actual === undefined
      ? `push it back with: git push origin ${expected}:refs/heads/${branch}`
      : `check who moved it, then put it back with: git push --force-with-lease=refs/heads/${branch}:${actual} origin ${expected}:refs/heads/${branch}`
  return (
    `the run branch ${branch} on origin ${how[input.relation]}: it is at ${actual ?? '(nothing)'}, ` +
    `but the run's state says ${expected}. Nothing was built on it or published. To recover, ${recover}, and start the hop again`
  )
}

/**
 * Attempt branches on origin that the state does not know: a later hop ran those attempts, so
 * the state is older than the run (superseded) and must not be run again.
 */
export function unknownAttemptBranches(state: RunState, branches: readonly string[]): string[] {
  const prefix = `orchestrator/item/${state.run_id}/`
  return branches.filter((branch) => {
    if (!branch.startsWith(prefix)) return false
    const match = /^([^/]+)\/attempt-(\d+)$/.exec(branch.slice(prefix.length))
    if (match === null) return true
    const item = state.items.find((entry) => entry.item_id === match[1])
    if (item === undefined) return true
    const attempt = Number(match[2])
    if (item.attempt_number > attempt) return false
    return !(item.attempt_number === attempt && item.branch_name === branch)
  })
}

// --- artifact entries ------------------------------------------------------------------------------

/**
 * Why an entry of a state artifact may not be unpacked, or undefined when it lies inside the
 * run's own control or report directory. `kind` comes from the entry's recorded file type.
 */
export function refusedEntryReason(input: {
  readonly runId: string
  readonly name: string
  readonly kind: 'file' | 'directory' | 'symlink' | 'other'
}): string | undefined {
  const { name } = input
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\'))
    return `entry ${JSON.stringify(name)} is an absolute path`
  const segments = name.split(/[\\/]/)
  if (segments.includes('..')) return `entry ${JSON.stringify(name)} climbs out with ..`
  if (input.kind === 'symlink') return `entry ${JSON.stringify(name)} is a symbolic link`
  if (input.kind === 'other') return `entry ${JSON.stringify(name)} is not a file or directory`
  const path = segments.filter((segment) => segment !== '' && segment !== '.').join('/')
  const inside = [CONTROL_ROOT, REPORT_ROOT].some((root) => {
    const dir = `${root}/${input.runId}`
    return path === dir || path.startsWith(`${dir}/`)
  })
  if (!inside)
    return `entry ${JSON.stringify(name)} lies outside the run's directories (${CONTROL_ROOT}/${input.runId}, ${REPORT_ROOT}/${input.runId})`
  return undefined
}
