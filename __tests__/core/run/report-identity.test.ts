import { reportIdentityProblem } from '../../../src/core/run/report-identity.js'
import type { ReportCall } from '../../../src/core/run/report-identity.js'

const RUN = 'RUN_20261125T120000Z_1a2b3c4d'
const call = (lane: ReportCall['lane'], cycleTag = 'execute.round-0'): ReportCall => ({
  runId: RUN,
  lane,
  itemId: '01',
  attempt: 1,
  cycleTag
})

describe('reportIdentityProblem', () => {
  it('accepts a report about this call, in every lane', () => {
    const ids = { item_id: '01', attempt_number: 1 }
    expect(reportIdentityProblem(call('execute'), { ...ids, stage: 'execute' })).toBeNull()
    expect(
      reportIdentityProblem(call('fix', 'fix.round-2'), { ...ids, stage: 'fix', loop_round: 2 })
    ).toBeNull()
    expect(
      reportIdentityProblem(call('remediation', 'remediation.round-1'), {
        ...ids,
        stage: 'remediation',
        loop_round: 1
      })
    ).toBeNull()
    expect(reportIdentityProblem(call('audit_codex'), { ...ids, audit_lane: 'codex' })).toBeNull()
    expect(reportIdentityProblem(call('audit_claude'), { ...ids, audit_lane: 'claude' })).toBeNull()
    expect(reportIdentityProblem(call('triage'), { ...ids, stage: 'triage' })).toBeNull()
  })

  it('names both identities when the item and attempt differ', () => {
    expect(
      reportIdentityProblem(call('execute'), { item_id: '02', attempt_number: 7, stage: 'execute' })
    ).toBe(
      'execute report is about item 02, attempt 7, stage execute, not this call (item 01, attempt 1, stage execute)'
    )
  })

  it('refuses another round, another stage, the other auditor, another run', () => {
    const ids = { item_id: '01', attempt_number: 1 }
    expect(
      reportIdentityProblem(call('fix', 'fix.round-1'), { ...ids, stage: 'fix', loop_round: 2 })
    ).toMatch(/round 2, not this call .*round 1/)
    expect(
      reportIdentityProblem(call('fix', 'fix.round-1'), {
        ...ids,
        stage: 'remediation',
        loop_round: 1
      })
    ).toMatch(/stage remediation, .*not this call .*stage fix/)
    expect(reportIdentityProblem(call('audit_codex'), { ...ids, audit_lane: 'claude' })).toMatch(
      /audit lane claude, not this call .*audit lane codex/
    )
    expect(
      reportIdentityProblem(call('triage'), {
        ...ids,
        stage: 'triage',
        run_id: 'RUN_20261125T120000Z_ffffffff'
      })
    ).toMatch(
      /run RUN_20261125T120000Z_ffffffff.*not this call \(run RUN_20261125T120000Z_1a2b3c4d/
    )
  })

  it('compares values exactly: a string attempt is not attempt 1', () => {
    expect(
      reportIdentityProblem(call('execute'), {
        item_id: '01',
        attempt_number: '1',
        stage: 'execute'
      })
    ).not.toBeNull()
  })
})
