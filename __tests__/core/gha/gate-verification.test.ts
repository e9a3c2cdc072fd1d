import type { GateCheckInput, ReviewEntry } from '../../../src/core/gha/gate-verification.js'
import { verifyGateReview } from '../../../src/core/gha/gate-verification.js'

const ENV = 'playbook-approval'
const requester = { login: 'Alice', id: 100 }
const bob = { login: 'bob', id: 200 }
const carol = { login: 'carol', id: 300 }

function review(
  state: string,
  user: { login: string; id: number },
  comment = 'looks right',
  environments: readonly string[] = [ENV]
): ReviewEntry {
  return { state, user, comment, environments: environments.map((name) => ({ name })) }
}

function check(overrides: Partial<GateCheckInput> = {}): ReturnType<typeof verifyGateReview> {
  return verifyGateReview({
    environment: ENV,
    rules: { requiredReviewers: 1, preventSelfReview: true },
    reviews: [review('approved', bob)],
    starters: [requester],
    ...overrides
  })
}

function reasonOf(verdict: ReturnType<typeof verifyGateReview>): string {
  if (verdict.ok) throw new Error(`expected a refusal, got ${verdict.decision}`)
  return verdict.reason
}

describe('verifyGateReview refuses what it cannot prove', () => {
  it('refuses when the environment does not exist', () => {
    expect(reasonOf(check({ rules: undefined }))).toMatch(
      /environment 'playbook-approval' does not exist/
    )
  })

  it('refuses an environment without required reviewers', () => {
    const reason = reasonOf(check({ rules: { requiredReviewers: 0, preventSelfReview: true } }))
    expect(reason).toMatch(/no required reviewers/)
  })

  it('refuses an environment that allows self-review', () => {
    const reason = reasonOf(check({ rules: { requiredReviewers: 2, preventSelfReview: false } }))
    expect(reason).toMatch(/does not prevent self-review/)
  })

  it('refuses when no review is recorded (admin bypass or API lag)', () => {
    expect(reasonOf(check({ reviews: [] }))).toMatch(/no approval or rejection .* is recorded/)
  })

  it('refuses when the only reviews are for other environments', () => {
    const reviews = [review('approved', bob, 'ok', ['production'])]
    expect(reasonOf(check({ reviews }))).toMatch(/no approval or rejection/)
  })

  it('ignores entries that are neither approved nor rejected', () => {
    const reviews = [review('pending', bob), review('commented', carol), review('APPROVED', carol)]
    expect(reasonOf(check({ reviews }))).toMatch(/no approval or rejection/)
  })

  it('refuses more than one approval as ambiguous', () => {
    const reviews = [review('approved', bob), review('approved', carol)]
    const reason = reasonOf(check({ reviews }))
    expect(reason).toMatch(/2 approvals/)
    expect(reason).toMatch(/ambiguous/)
  })

  it('refuses an approval by the requester, matched by id', () => {
    const reviews = [review('approved', { login: 'alice-renamed', id: requester.id })]
    expect(reasonOf(check({ reviews }))).toMatch(/started the playbook run/)
  })

  it('refuses an approval by the requester, matched by login in any case', () => {
    const reviews = [review('approved', { login: 'ALICE', id: 999 })]
    expect(reasonOf(check({ reviews }))).toMatch(/ALICE .*started the playbook run/)
  })

  it('refuses an approval by whoever triggered the first hop, not only its actor', () => {
    const dora = { login: 'dora', id: 400 }
    const reviews = [review('approved', dora)]
    expect(reasonOf(check({ reviews, starters: [requester, dora] }))).toMatch(
      /dora .*started the playbook run/
    )
  })

  it('refuses an approval without an identifiable reviewer', () => {
    expect(reasonOf(check({ reviews: [review('approved', { login: ' ', id: 5 })] }))).toMatch(
      /no identifiable reviewer/
    )
    expect(reasonOf(check({ reviews: [review('approved', { login: 'dan', id: 0 })] }))).toMatch(
      /no identifiable reviewer/
    )
  })

  it('checks the environment before looking at reviews', () => {
    const verdict = check({ rules: undefined, reviews: [review('rejected', bob)] })
    expect(verdict.ok).toBe(false)
  })
})

describe('verifyGateReview decisions', () => {
  it('accepts exactly one approval by someone other than the requester', () => {
    const reviews = [review('pending', carol), review('approved', bob, 'checked the diff')]
    expect(check({ reviews })).toEqual({
      ok: true,
      decision: 'approved',
      reviewer: { login: 'bob', id: 200 },
      comment: 'checked the diff'
    })
  })

  it('matches the environment name case-insensitively, as GitHub does', () => {
    const reviews = [review('approved', bob, 'ok', ['Playbook-Approval'])]
    expect(check({ reviews })).toMatchObject({ ok: true, decision: 'approved' })
  })

  it('counts an entry that covers several environments, this one among them', () => {
    const reviews = [review('approved', bob, 'ok', ['staging', ENV])]
    expect(check({ reviews })).toMatchObject({ ok: true, decision: 'approved' })
  })

  it('records a rejection with the reviewer who rejected, even next to an approval', () => {
    const reviews = [review('approved', bob), review('rejected', carol, 'tests are fake')]
    expect(check({ reviews })).toEqual({
      ok: true,
      decision: 'rejected',
      reviewer: { login: 'carol', id: 300 },
      comment: 'tests are fake'
    })
  })

  it('records a rejection by the requester too: stopping is always allowed', () => {
    const reviews = [review('rejected', requester, 'not yet')]
    expect(check({ reviews })).toMatchObject({ ok: true, decision: 'rejected' })
  })
})
