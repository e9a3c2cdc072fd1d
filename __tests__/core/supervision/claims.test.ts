import {
  CLAIM_EXIT_CODES,
  type ClaimClass,
  DEFAULT_FRESHNESS,
  deriveClaim,
  freshnessProblems
} from '../../../src/core/supervision/claims.js'

const NOW = new Date('2026-04-05T11:00:00Z')
const ago = (seconds: number): Date => new Date(NOW.getTime() - seconds * 1000)

function claimOf(
  claim: ClaimClass | undefined,
  ageSec: number | undefined,
  registrationPresent: boolean
): ClaimClass {
  return deriveClaim({
    ...(claim === undefined
      ? {}
      : {
          newest: {
            claim,
            observedAt: ageSec === undefined ? undefined : ago(ageSec),
            policy: DEFAULT_FRESHNESS
          }
        }),
    registrationPresent,
    loadErrors: false,
    now: NOW
  }).claim
}

describe('deriveClaim (docs/supervision.md)', () => {
  it.each([
    [undefined, undefined, true, 'attachment_unproven'],
    [undefined, undefined, false, 'snapshot_only'],
    ['live_attached', 45, false, 'live_attached'],
    ['live_attached', 46, true, 'attachment_unproven'],
    ['live_attached', 46, false, 'snapshot_only'],
    ['live_attached', undefined, true, 'attachment_unproven'],
    ['waiting_state_observed', 180, false, 'waiting_state_observed'],
    ['waiting_state_observed', 181, true, 'snapshot_only'],
    ['attachment_unproven', 10_000, true, 'attachment_unproven'],
    ['attachment_unproven', 45, false, 'attachment_unproven'],
    ['attachment_unproven', 46, false, 'snapshot_only'],
    ['terminal_observed', 1_000_000, false, 'terminal_observed'],
    ['snapshot_only', 0, true, 'snapshot_only']
  ] as const)('newest %s, %s s old, registration %s → %s', (claim, age, registration, expected) => {
    expect(claimOf(claim, age, registration)).toBe(expected)
  })

  it('treats a heartbeat from the future as fresh, not negative', () => {
    expect(claimOf('live_attached', -30, false)).toBe('live_attached')
  })

  it('says why when there is no heartbeat ledger', () => {
    const derived = deriveClaim({ registrationPresent: false, loadErrors: false, now: NOW })
    expect(derived.reason).toContain('No supervision heartbeat ledger exists')
  })

  it('maps every claim to its stable exit code', () => {
    expect(CLAIM_EXIT_CODES).toEqual({
      live_attached: 0,
      waiting_state_observed: 10,
      attachment_unproven: 11,
      terminal_observed: 12,
      snapshot_only: 13
    })
  })
})

describe('freshnessProblems', () => {
  it('accepts the defaults', () => {
    expect(freshnessProblems(DEFAULT_FRESHNESS)).toEqual([])
  })

  it('reports every problem at once, including a waiting poll slower than its stale limit', () => {
    expect(
      freshnessProblems({
        live_probe_interval_sec: 60,
        probe_ack_deadline_sec: 0,
        live_stale_timeout_sec: 45,
        waiting_poll_interval_sec: 300,
        waiting_stale_timeout_sec: 180
      })
    ).toEqual([
      'probe_ack_deadline_sec must be a whole number of seconds, at least 1',
      'live_probe_interval_sec must not exceed live_stale_timeout_sec',
      'waiting_poll_interval_sec must not exceed waiting_stale_timeout_sec'
    ])
  })
})
