/**
 * The human gate, proven from GitHub's record instead of trusted from an input: the gate job
 * passes only when this workflow run's review history holds exactly one approval for the gate
 * environment, the environment really demands a reviewer, and the reviewer is not the person
 * who started the playbook. Anything it cannot prove is a refusal, never an approval.
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
}

export interface GateCheckInput {
  readonly environment: string
  /** `undefined`: the environment does not exist. */
  readonly rules: EnvironmentRules | undefined
  /** `GET /repos/{owner}/{repo}/actions/runs/{this run}/approvals`. */
  readonly reviews: readonly ReviewEntry[]
  /** Who started the playbook run, recorded when the run was created. */
  readonly requester: { readonly login: string; readonly id: number }
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
  const { environment, rules, requester } = input
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
  if (id === requester.id || login.toLowerCase() === requester.login.toLowerCase()) {
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
