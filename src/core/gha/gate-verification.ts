import type { GhaChainLink, GhaGateRecord } from '../schemas/gha.js'
import type { ItemRunState } from '../schemas/run-state.js'

/**
 * The human gate, proven from GitHub's record instead of trusted from an input: the gate job
 * passes only when this workflow run's review history holds exactly one approval for the gate
 * environment, the environment really demands a reviewer, and the reviewer is not a person
 * who started the playbook run. A recorded decision is bound to its checkpoint: it counts only
 * on the workflow run whose item job produced that checkpoint. Anything it cannot prove is a
 * refusal, never an approval.
 */

export interface ReviewEntry {
  readonly state: string
  readonly user: { readonly login: string; readonly id: number }
  readonly comment: string
  readonly environments: ReadonlyArray<{ readonly name: string }>
}

export interface EnvironmentRules {
  readonly requiredReviewers: number
  readonly preventSelfReview: boolean
  /** Who may review (`@login`, `team org/slug`), for the summaries; absent when unknown. */
  readonly reviewerNames?: readonly string[]
}

export interface GateCheckInput {
  readonly environment: string
  /** `undefined`: the environment does not exist. */
  readonly rules: EnvironmentRules | undefined
  /** `GET /repos/{owner}/{repo}/actions/runs/{this run}/approvals`. */
  readonly reviews: readonly ReviewEntry[]
  /**
   * Who started the playbook run: `actor` and `triggering_actor` of GitHub's record of its
   * first hop's workflow run (never taken from the state).
   */
  readonly starters: ReadonlyArray<{ readonly login: string; readonly id: number }>
}

export type GateVerdict =
  | {
      readonly ok: true
      readonly decision: 'approved' | 'rejected'
      readonly reviewer: { login: string; id: number }
      readonly comment: string
    }
  | { readonly ok: false; readonly reason: string }

export function verifyGateReview(input: GateCheckInput): GateVerdict {
  const { environment, rules, starters } = input
  const named = `environment '${environment}'`
  if (rules === undefined) {
    // A job naming a missing environment is created on the fly, unprotected.
    return refuse(`${named} does not exist, so nothing guarded the gate job`)
  }
  if (!(rules.requiredReviewers >= 1)) {
    return refuse(
      `${named} has no required reviewers (required reviewers on private repositories need ` +
        'GitHub Enterprise), so the gate job ran without anyone approving it'
    )
  }
  if (!rules.preventSelfReview) {
    return refuse(
      `${named} does not prevent self-review, so whoever started the run could have approved it`
    )
  }

  // GitHub treats environment names case-insensitively, so the workflow's spelling may differ.
  const key = environment.toLowerCase()
  const decided = input.reviews.filter(
    (review) =>
      (review.state === 'approved' || review.state === 'rejected') &&
      review.environments.some((env) => env.name.toLowerCase() === key)
  )
  if (decided.length === 0) {
    return refuse(
      `no approval or rejection of ${named} is recorded for this workflow run ` +
        '(an administrator bypass, or the review history lagging behind)'
    )
  }

  // A rejection stops the item whoever approved alongside it.
  const rejection = decided.find((review) => review.state === 'rejected')
  if (rejection !== undefined) {
    return {
      ok: true,
      decision: 'rejected',
      reviewer: { login: rejection.user.login, id: rejection.user.id },
      comment: rejection.comment
    }
  }

  // Entries carry no timestamp and accumulate across re-runs, so two approvals cannot be ordered.
  if (decided.length > 1) {
    const logins = decided.map((review) => review.user.login).join(', ')
    return refuse(
      `${decided.length} approvals of ${named} are recorded for this workflow run (${logins}); ` +
        'which one approved this checkpoint is ambiguous'
    )
  }
  const approval = decided[0]
  if (approval === undefined) return refuse(`no approval of ${named} is recorded`)
  const { login, id } = approval.user
  if (login.trim() === '' || !Number.isSafeInteger(id) || id <= 0) {
    return refuse(`the approval of ${named} names no identifiable reviewer`)
  }
  // GitHub logins are case-insensitive; the id survives a rename, the login check a missing id.
  const starter = starters.find(
    (user) => user.id === id || user.login.toLowerCase() === login.toLowerCase()
  )
  if (starter !== undefined) {
    return refuse(
      `the approval of ${named} was given by ${login} (id ${id}), who started the playbook run; ` +
        'a different reviewer must approve'
    )
  }
  return { ok: true, decision: 'approved', reviewer: { login, id }, comment: approval.comment }
}

function refuse(reason: string): GateVerdict {
  return { ok: false, reason: `gate refused: ${reason}` }
}

/**
 * Why a recorded gate decision does not belong to the item's checkpoint, or undefined when it
 * does: it must name the configured environment, and it must have been given on the workflow
 * run whose item job produced the checkpoint under review (as the run's chain records it), by
 * that run's gate job.
 */
export function gateBindingProblem(input: {
  readonly record: GhaGateRecord
  readonly item: ItemRunState
  readonly chain: readonly GhaChainLink[]
  readonly environment: string
}): string | undefined {
  const { record, item, chain } = input
  if (record.environment.toLowerCase() !== input.environment.toLowerCase())
    return `the decision was given for environment '${record.environment}', not for the run's gate environment '${input.environment}'`
  if (record.item_id !== item.item_id || record.checkpoint_ref !== item.checkpoint_ref)
    return `the decision covers item ${record.item_id} at ${record.checkpoint_ref}, but item ${item.item_id} is at ${item.checkpoint_ref ?? 'no checkpoint'}`
  const producer = [...chain]
    .reverse()
    .find(
      (link) =>
        link.job === 'item' &&
        link.item_id === item.item_id &&
        link.checkpoint_ref === item.checkpoint_ref
    )
  if (producer === undefined)
    return `no item job in the run's chain produced checkpoint ${item.checkpoint_ref ?? '(none)'} of item ${item.item_id}`
  if (producer.workflow_run_id !== record.workflow_run_id)
    return `the approval was given on workflow run ${record.workflow_run_id}, but checkpoint ${item.checkpoint_ref ?? ''} of item ${item.item_id} was produced by workflow run ${producer.workflow_run_id}: an approval counts only on the run that produced its checkpoint`
  const recorder = chain.find(
    (link) =>
      link.workflow_run_id === record.workflow_run_id &&
      link.job === 'gate' &&
      link.run_attempt === record.workflow_run_attempt
  )
  if (recorder === undefined)
    return `no gate job of workflow run ${record.workflow_run_id} (attempt ${record.workflow_run_attempt}) is in the run's chain`
  return undefined
}
