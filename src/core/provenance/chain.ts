import type { PlanItem } from '../schemas/normalized-plan.js'
import type { ProvenanceStatement } from '../schemas/provenance.js'

/**
 * The pure half of `verify`: given the run branch's commits (oldest first) and the statements
 * of the run, which statement each commit belongs to, and whether the items follow the plan.
 * The checks against files (digests, regeneration) are the caller's; they are asked for
 * through `checkStatement` when a statement is first met, so the first broken link wins.
 */

export interface BranchCommit {
  readonly sha: string
  readonly parents: readonly string[]
}

export interface LocatedStatement {
  /** Repo-relative path of the statement file. */
  readonly path: string
  readonly statement: ProvenanceStatement
}

export interface ChainLine {
  readonly commit: string
  /** The item whose statement names the commit; null when none does. */
  readonly item: string | null
  /** `ok …` or the reason the link is broken. */
  readonly verdict: string
  readonly ok: boolean
}

export interface ChainInput {
  readonly runId: string
  readonly baseSha: string
  readonly commits: readonly BranchCommit[]
  readonly statements: readonly LocatedStatement[]
  readonly plan: readonly PlanItem[]
  /** Whether the run ran in GitHub Actions: its gates must carry GitHub's approval record. */
  readonly ranOnGitHub: boolean
}

/**
 * Walks the commits and stops at the first broken link. `checkStatement` returns the reason a
 * statement does not hold against the run's files, or undefined.
 */
export async function walkChain(
  input: ChainInput,
  checkStatement: (located: LocatedStatement) => Promise<string | undefined>
): Promise<ChainLine[]> {
  const lines: ChainLine[] = []
  const fail = (commit: string, item: string | null, reason: string): ChainLine[] => {
    lines.push({ commit, item, verdict: reason, ok: false })
    return lines
  }
  const byCommit = new Map<string, LocatedStatement>()
  for (const located of input.statements) {
    for (const commit of located.statement.predicate.change.commits) {
      const other = byCommit.get(commit)
      if (other !== undefined)
        return fail(
          commit,
          located.statement.predicate.item.item_id,
          `named by two statements (${other.path} and ${located.path})`
        )
      byCommit.set(commit, located)
    }
  }
  const planOrder = new Map(input.plan.map((item) => [item.item_id, item]))
  const passed = new Set<string>()
  let previous = input.baseSha
  let lastOrder = 0
  let current: { located: LocatedStatement; next: number } | undefined
  for (const commit of input.commits) {
    const located = byCommit.get(commit.sha)
    const itemId = located?.statement.predicate.item.item_id ?? null
    if (commit.parents.length !== 1 || commit.parents[0] !== previous)
      return fail(
        commit.sha,
        itemId,
        commit.parents.length === 1
          ? `its parent ${commit.parents[0] ?? ''} is not the commit before it on the branch`
          : `a commit with ${commit.parents.length} parents (the run branch is a straight line)`
      )
    if (located === undefined)
      return fail(commit.sha, null, `no statement of run ${input.runId} names this commit`)
    const { predicate } = located.statement
    const change = predicate.change
    if (current === undefined || current.located !== located) {
      if (
        current !== undefined &&
        current.next < current.located.statement.predicate.change.commits.length
      )
        return fail(
          commit.sha,
          itemId,
          `item ${current.located.statement.predicate.item.item_id}'s change ends before its checkpoint`
        )
      if (change.commits[0] !== commit.sha || change.base_sha !== previous)
        return fail(
          commit.sha,
          itemId,
          `item ${predicate.item.item_id}'s change does not start here (its statement says base ${change.base_sha})`
        )
      const planned = planOrder.get(predicate.item.item_id)
      if (planned === undefined)
        return fail(commit.sha, itemId, `item ${predicate.item.item_id} is not in the run's plan`)
      if (planned.order <= lastOrder)
        return fail(
          commit.sha,
          itemId,
          `item ${planned.item_id} comes after a later item of the plan`
        )
      const missing = planned.prerequisite_item_ids.filter((id) => !passed.has(id))
      if (missing.length > 0)
        return fail(
          commit.sha,
          itemId,
          `item ${planned.item_id} passed before its prerequisite(s) ${missing.join(', ')}`
        )
      if (planned.manual_gate.required) {
        const gate = predicate.gate
        if (gate === null)
          return fail(
            commit.sha,
            itemId,
            `item ${planned.item_id} is gated but carries no approval`
          )
        if (input.ranOnGitHub && gate.source.kind !== 'github_approval')
          return fail(
            commit.sha,
            itemId,
            `item ${planned.item_id} is gated but carries no approval record from GitHub`
          )
      }
      const problem = await checkStatement(located)
      if (problem !== undefined) return fail(commit.sha, itemId, problem)
      current = { located, next: 0 }
      lastOrder = planned.order
    }
    if (change.commits[current.next] !== commit.sha)
      return fail(commit.sha, itemId, `out of order within item ${predicate.item.item_id}'s change`)
    current.next += 1
    const atCheckpoint = commit.sha === change.checkpoint_sha
    if (atCheckpoint) passed.add(predicate.item.item_id)
    lines.push({
      commit: commit.sha,
      item: predicate.item.item_id,
      verdict: atCheckpoint
        ? `ok: checkpoint, ${predicate.outcome === 'approved' ? `approved by ${predicate.gate?.reviewer ?? '?'}` : 'passed review'} (${located.path})`
        : `ok: part of the change (${located.path})`,
      ok: true
    })
    previous = commit.sha
  }
  const last = input.commits.at(-1)?.sha ?? input.baseSha
  if (
    current !== undefined &&
    current.next < current.located.statement.predicate.change.commits.length
  )
    return fail(
      last,
      current.located.statement.predicate.item.item_id,
      `the branch ends inside item ${current.located.statement.predicate.item.item_id}'s change`
    )
  const onBranch = new Set(input.commits.map((commit) => commit.sha))
  for (const located of input.statements) {
    const checkpoint = located.statement.predicate.change.checkpoint_sha
    if (!onBranch.has(checkpoint))
      return fail(
        checkpoint,
        located.statement.predicate.item.item_id,
        `item ${located.statement.predicate.item.item_id} has a statement (${located.path}) but its checkpoint is not on the branch`
      )
  }
  return lines
}
