import { DispatchInputsSchema, nextHop } from '../../../src/core/gha/dispatch-inputs.js'

const RUN = 'RUN_20260405T110000Z_0123abcd'

const newRun = { playbook: 'docs/PLAYBOOK.md', run_id: '', state_run_id: '', hop: '0' }
const continued = { playbook: 'docs/PLAYBOOK.md', run_id: RUN, state_run_id: '987654321', hop: '3' }

function issues(value: unknown): string[] {
  const result = DispatchInputsSchema.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('DispatchInputsSchema', () => {
  it('accepts a new run, turning the string hop into a number and an empty evidence path into none', () => {
    expect(DispatchInputsSchema.parse({ ...newRun, evidence_path: '' })).toEqual({
      playbook: 'docs/PLAYBOOK.md',
      run_id: '',
      state_run_id: '',
      hop: 0,
      evidence_path: undefined
    })
  })

  it('accepts a continued run with evidence', () => {
    const parsed = DispatchInputsSchema.parse({
      ...continued,
      hop: 4,
      evidence_path: 'evidence/item-3'
    })
    expect(parsed).toMatchObject({ run_id: RUN, state_run_id: '987654321', hop: 4 })
    expect(parsed.evidence_path).toBe('evidence/item-3')
  })

  it.each(['../PLAYBOOK.md', 'docs/../../PLAYBOOK.md', 'docs\\..\\x.md', '..'])(
    'refuses the playbook path %s, which leaves the repository',
    (playbook) => {
      expect(issues({ ...newRun, playbook })).toEqual([
        expect.stringMatching(/^playbook: .*'\.\.'/)
      ])
    }
  )

  it.each(['/etc/PLAYBOOK.md', '\\share\\x.md', 'C:/x.md', 'c:\\x.md'])(
    'refuses the absolute playbook path %s',
    (playbook) => {
      expect(issues({ ...newRun, playbook })).toEqual([
        expect.stringMatching(/^playbook: .*absolute/)
      ])
    }
  )

  it.each(['', ' docs/P.md', 'docs/P.md\n', 'docs/\u0000P.md'])(
    'refuses the playbook path %j',
    (playbook) => {
      expect(issues({ ...newRun, playbook })).toHaveLength(1)
    }
  )

  it('holds the evidence path to the same rules', () => {
    expect(issues({ ...continued, evidence_path: '../secrets' })).toEqual([
      expect.stringMatching(/^evidence_path: .*'\.\.'/)
    ])
    expect(issues({ ...continued, evidence_path: '/tmp/evidence' })).toEqual([
      expect.stringMatching(/^evidence_path: .*absolute/)
    ])
  })

  it.each(['RUN_1', 'run_20260405T110000Z_0123abcd', `${RUN}x`, 'RUN_20260405T110000Z_0123ABCD'])(
    'refuses the run id %s',
    (run_id) => {
      expect(issues({ ...continued, run_id })).toEqual([expect.stringMatching(/^run_id: /)])
    }
  )

  it.each(['abc', '12a', '-1', ' 12'])('refuses the state run id %j', (state_run_id) => {
    expect(issues({ ...continued, state_run_id })).toEqual([
      expect.stringMatching(/^state_run_id: /)
    ])
  })

  it('refuses a run id without the workflow run holding its state, and the reverse', () => {
    expect(issues({ ...continued, state_run_id: '' })).toEqual([
      expect.stringMatching(/^state_run_id: run_id and state_run_id/)
    ])
    expect(issues({ ...newRun, state_run_id: '5' })).toHaveLength(1)
  })

  it.each(['-1', '1.5', 'x', '', ' 2', -1, 1.5, '99999999999999999999'])(
    'refuses the hop %j',
    (hop) => {
      expect(issues({ ...newRun, hop })).toEqual([expect.stringMatching(/^hop: /)])
    }
  )

  it('carries no approval: a dispatch that claims one is refused, not trusted', () => {
    expect(issues({ ...continued, approved: 'true' })).toEqual([expect.stringMatching(/approved/)])
    expect(Object.keys(DispatchInputsSchema.shape).some((key) => /approv|gate/i.test(key))).toBe(
      false
    )
  })
})

describe('nextHop', () => {
  it('counts up while below the limit', () => {
    expect(nextHop(0, 50)).toEqual({ ok: true, hop: 1 })
  })

  it('allows the hop that reaches the limit', () => {
    expect(nextHop(49, 50)).toEqual({ ok: true, hop: 50 })
  })

  it('refuses the hop that would go past the limit', () => {
    expect(nextHop(50, 50)).toEqual({
      ok: false,
      reason: expect.stringMatching(/exceed max-hops 50/)
    })
    expect(nextHop(120, 50).ok).toBe(false)
  })

  it('refuses a limit of zero outright', () => {
    expect(nextHop(0, 0).ok).toBe(false)
  })

  it.each([
    [-1, 5],
    [1.5, 5],
    [Number.NaN, 5],
    [1, Number.POSITIVE_INFINITY]
  ])('refuses hop %p with max %p', (hop, max) => {
    expect(nextHop(hop, max).ok).toBe(false)
  })
})
