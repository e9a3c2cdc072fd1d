/**
 * What the supervision plane may claim about a run, and how long a claim stays true. A claim
 * is only as good as its newest evidence: a live claim decays to "unproven" or "snapshot
 * only" once its heartbeat is older than the freshness policy allows. Never the reverse.
 */

export const CLAIM_CLASSES = [
  'live_attached',
  'waiting_state_observed',
  'attachment_unproven',
  'terminal_observed',
  'snapshot_only'
] as const

export type ClaimClass = (typeof CLAIM_CLASSES)[number]

/** `supervise status --exit-code`: a stable contract, separate from the kernel's 0/1/2. */
export const CLAIM_EXIT_CODES: Readonly<Record<ClaimClass, number>> = {
  live_attached: 0,
  waiting_state_observed: 10,
  attachment_unproven: 11,
  terminal_observed: 12,
  snapshot_only: 13
}

export interface FreshnessPolicy {
  readonly live_probe_interval_sec: number
  readonly probe_ack_deadline_sec: number
  readonly live_stale_timeout_sec: number
  readonly waiting_poll_interval_sec: number
  readonly waiting_stale_timeout_sec: number
}

export const DEFAULT_FRESHNESS: FreshnessPolicy = {
  live_probe_interval_sec: 15,
  probe_ack_deadline_sec: 5,
  live_stale_timeout_sec: 45,
  waiting_poll_interval_sec: 60,
  waiting_stale_timeout_sec: 180
}

/** Every problem with a policy; empty when it is usable. */
export function freshnessProblems(policy: FreshnessPolicy): string[] {
  const problems = Object.entries(policy)
    .filter(([, value]) => !Number.isInteger(value) || value < 1)
    .map(([name]) => `${name} must be a whole number of seconds, at least 1`)
  if (policy.probe_ack_deadline_sec > policy.live_stale_timeout_sec) {
    problems.push('probe_ack_deadline_sec must not exceed live_stale_timeout_sec')
  }
  if (policy.live_probe_interval_sec > policy.live_stale_timeout_sec) {
    problems.push('live_probe_interval_sec must not exceed live_stale_timeout_sec')
  }
  // A poll slower than the stale limit would let every waiting claim expire between polls.
  if (policy.waiting_poll_interval_sec > policy.waiting_stale_timeout_sec) {
    problems.push('waiting_poll_interval_sec must not exceed waiting_stale_timeout_sec')
  }
  return problems
}

export interface ClaimEvidence {
  /** The newest heartbeat that loaded and validated, if any. */
  readonly newest?: {
    readonly claim: ClaimClass
    readonly observedAt: Date | undefined
    readonly policy: FreshnessPolicy
  }
  readonly registrationPresent: boolean
  /** Whether any supervision artifact failed to load (for the reason text). */
  readonly loadErrors: boolean
  readonly now: Date
}

export interface DerivedClaim {
  readonly claim: ClaimClass
  readonly reason: string
}

/** The claim `supervise status` reports now, from the evidence on disk. */
export function deriveClaim(evidence: ClaimEvidence): DerivedClaim {
  const newest = evidence.newest
  if (newest === undefined) {
    if (evidence.registrationPresent) {
      return {
        claim: 'attachment_unproven',
        reason: 'A kernel bridge registered but no heartbeat proves it is attached.'
      }
    }
    return {
      claim: 'snapshot_only',
      reason: evidence.loadErrors
        ? 'Supervision artifacts are missing or invalid; only the saved run state can be reported.'
        : 'No supervision heartbeat ledger exists; only the saved run state can be reported.'
    }
  }
  const age =
    newest.observedAt === undefined
      ? Number.POSITIVE_INFINITY
      : Math.max(0, (evidence.now.getTime() - newest.observedAt.getTime()) / 1000)
  const liveFresh = age <= newest.policy.live_stale_timeout_sec
  switch (newest.claim) {
    case 'live_attached':
      if (liveFresh)
        return {
          claim: 'live_attached',
          reason: `Live attachment proven ${Math.round(age)} s ago.`
        }
      return evidence.registrationPresent
        ? {
            claim: 'attachment_unproven',
            reason: `The last live proof is ${Math.round(age)} s old, past the ${newest.policy.live_stale_timeout_sec} s limit.`
          }
        : {
            claim: 'snapshot_only',
            reason: 'The last live proof is stale and no bridge is registered.'
          }
    case 'waiting_state_observed':
      return age <= newest.policy.waiting_stale_timeout_sec
        ? {
            claim: 'waiting_state_observed',
            reason: `Waiting state observed ${Math.round(age)} s ago.`
          }
        : {
            claim: 'snapshot_only',
            reason: `The waiting observation is ${Math.round(age)} s old, past the ${newest.policy.waiting_stale_timeout_sec} s limit.`
          }
    case 'attachment_unproven':
      return evidence.registrationPresent || liveFresh
        ? {
            claim: 'attachment_unproven',
            reason: 'The supervisor could not prove attachment to the kernel.'
          }
        : { claim: 'snapshot_only', reason: 'Attachment was unproven and the evidence is stale.' }
    case 'terminal_observed':
      return {
        claim: 'terminal_observed',
        reason: 'The supervisor observed the run stop at a terminal.'
      }
    case 'snapshot_only':
      return {
        claim: 'snapshot_only',
        reason: 'The last heartbeat only reported the saved run state.'
      }
  }
}
