import {
  type KernelSnapshotView,
  type ProbeAckView,
  type ProbeRequestView,
  type RoundTripInput,
  isRetryableRejection,
  judgeRoundTrip
} from '../../../src/core/supervision/probe-round-trip.js'

const SESSION = `svs_${'1'.repeat(32)}`
const INVOCATION = `kernel_${'2'.repeat(32)}`

const REQUEST: ProbeRequestView = {
  run_id: 'RUN_20260405T110000Z_0123abcd',
  supervisor_session_id: SESSION,
  kernel_invocation_id: INVOCATION,
  probe_sequence: 7,
  probe_nonce: '3'.repeat(32),
  issued_at_utc: '2026-04-05T11:00:00Z',
  expires_at_utc: '2026-04-05T11:00:05Z'
}

const SNAPSHOT: KernelSnapshotView = {
  run_state_path: '.local/automation/plan_orchestrator/runs/RUN_1/run_state.json',
  run_state_sha256: 'a'.repeat(64),
  current_state: 'ST30_EXECUTING',
  current_item_id: '01',
  active_stage_present: true,
  active_stage_path: '.local/automation/plan_orchestrator/runs/RUN_1/supervision/active_stage.json',
  active_stage_sha256: 'b'.repeat(64)
}

const ACK: ProbeAckView = {
  run_id: REQUEST.run_id,
  supervisor_session_id: SESSION,
  kernel_invocation_id: INVOCATION,
  probe_sequence: 7,
  probe_nonce: REQUEST.probe_nonce,
  acked_at_utc: '2026-04-05T11:00:01Z',
  kernel_snapshot: SNAPSHOT
}

const VALID: RoundTripInput = {
  request: REQUEST,
  ack: ACK,
  registration: { supervisor_session_id: SESSION, kernel_invocation_id: INVOCATION },
  previousObservedAt: '2026-04-05T10:59:45Z',
  supervisorView: SNAPSHOT
}

const NO_STAGE: Partial<KernelSnapshotView> = {
  active_stage_present: false,
  active_stage_path: null,
  active_stage_sha256: null
}

function reasonOf(input: RoundTripInput): string | null {
  const verdict = judgeRoundTrip(input)
  return verdict.valid ? null : verdict.rejection_reason
}

const withAck = (patch: Partial<ProbeAckView>): RoundTripInput => ({
  ...VALID,
  ack: { ...ACK, ...patch }
})
const withKernelSnapshot = (patch: Partial<KernelSnapshotView>): RoundTripInput =>
  withAck({ kernel_snapshot: { ...SNAPSHOT, ...patch } })
const withSupervisorView = (patch: Partial<KernelSnapshotView>): RoundTripInput => ({
  ...VALID,
  supervisorView: { ...SNAPSHOT, ...patch }
})

describe('judgeRoundTrip (docs/supervision.md)', () => {
  it('accepts an ack that matches the request, the registration and the state on disk', () => {
    expect(judgeRoundTrip(VALID)).toEqual({ valid: true })
  })

  it.each<[string, RoundTripInput, string]>([
    ['no registration', { ...VALID, registration: undefined }, 'bridge_registration_missing'],
    ['no ack', { ...VALID, ack: undefined }, 'probe_ack_missing'],
    ['another run', withAck({ run_id: 'RUN_other' }), 'probe_ack_mismatch:run_id'],
    [
      'another session',
      withAck({ supervisor_session_id: 'svs_other' }),
      'probe_ack_mismatch:supervisor_session_id'
    ],
    [
      'another invocation',
      withAck({ kernel_invocation_id: 'kernel_other' }),
      'probe_ack_mismatch:kernel_invocation_id'
    ],
    ['another sequence', withAck({ probe_sequence: 6 }), 'probe_ack_mismatch:probe_sequence'],
    ['another nonce', withAck({ probe_nonce: '4'.repeat(32) }), 'probe_ack_mismatch:probe_nonce'],
    [
      'a registration of another session',
      {
        ...VALID,
        registration: { supervisor_session_id: 'svs_x', kernel_invocation_id: INVOCATION }
      },
      'bridge_registration_session_mismatch'
    ],
    [
      'a registration of another invocation',
      {
        ...VALID,
        registration: { supervisor_session_id: SESSION, kernel_invocation_id: 'kernel_x' }
      },
      'bridge_registration_invocation_mismatch'
    ],
    ['an unparseable ack time', withAck({ acked_at_utc: 'soon' }), 'probe_ack_invalid_timestamp'],
    [
      'an unparseable expiry',
      { ...VALID, request: { ...REQUEST, expires_at_utc: '2026-04-05 11:00:05' } },
      'probe_ack_invalid_timestamp'
    ],
    [
      'an unparseable previous heartbeat time',
      { ...VALID, previousObservedAt: 'yesterday' },
      'probe_ack_invalid_timestamp'
    ],
    ['an ack after expiry', withAck({ acked_at_utc: '2026-04-05T11:00:06Z' }), 'probe_ack_expired'],
    [
      'an ack older than the previous heartbeat',
      { ...VALID, previousObservedAt: '2026-04-05T11:00:02Z' },
      'probe_ack_not_fresh'
    ],
    ['no run_state.json', withSupervisorView({ run_state_sha256: null }), 'run_state_missing'],
    [
      'another run state hash',
      withSupervisorView({ run_state_sha256: 'c'.repeat(64) }),
      'run_state_sha256_mismatch'
    ],
    [
      'an ack without a run state hash',
      withKernelSnapshot({ run_state_sha256: null }),
      'run_state_sha256_mismatch'
    ],
    [
      'another run state path',
      withKernelSnapshot({ run_state_path: 'elsewhere/run_state.json' }),
      'run_state_path_mismatch'
    ],
    [
      'another current state',
      withKernelSnapshot({ current_state: 'ST40_VERIFYING' }),
      'current_state_mismatch'
    ],
    [
      'another current item',
      withKernelSnapshot({ current_item_id: null }),
      'current_item_id_mismatch'
    ],
    ['a stage the supervisor cannot see', withSupervisorView(NO_STAGE), 'active_stage_missing'],
    [
      'a stage the kernel does not report',
      withKernelSnapshot(NO_STAGE),
      'active_stage_presence_mismatch'
    ],
    [
      'another stage hash',
      withSupervisorView({ active_stage_sha256: 'd'.repeat(64) }),
      'active_stage_sha256_mismatch'
    ],
    [
      'another stage path',
      withSupervisorView({ active_stage_path: 'elsewhere/active_stage.json' }),
      'active_stage_path_mismatch'
    ]
  ])('rejects %s', (_label, input, reason) => {
    expect(reasonOf(input)).toBe(reason)
  })

  it.each<[string, RoundTripInput]>([
    [
      'an ack in the same second as the previous heartbeat',
      { ...VALID, previousObservedAt: ACK.acked_at_utc }
    ],
    ['an ack exactly at expiry', withAck({ acked_at_utc: REQUEST.expires_at_utc })],
    ['the first probe of a session', { ...VALID, previousObservedAt: undefined }],
    [
      'no active stage on either side',
      { ...withKernelSnapshot(NO_STAGE), supervisorView: { ...SNAPSHOT, ...NO_STAGE } }
    ],
    [
      'stale stage fields beside an absent stage',
      {
        ...withKernelSnapshot({ active_stage_present: false }),
        supervisorView: { ...SNAPSHOT, ...NO_STAGE }
      }
    ]
  ])('accepts %s', (_label, input) => {
    expect(judgeRoundTrip(input)).toEqual({ valid: true })
  })

  it.each([
    '2026-04-05T11:00:01',
    '2026-04-05T11:00:01.000Z',
    '2026-04-05T11:00:01+00:00',
    '2026-4-05T11:00:01Z',
    '2026-02-30T11:00:01Z',
    '2026-04-05T24:00:00Z',
    '2026-04-05T11:60:00Z',
    '2026-04-05T11:00:60Z',
    ' 2026-04-05T11:00:01Z'
  ])('parses timestamps strictly: %s is invalid', (text) => {
    expect(reasonOf(withAck({ acked_at_utc: text }))).toBe('probe_ack_invalid_timestamp')
  })

  it('compares times across a day boundary', () => {
    const input: RoundTripInput = {
      ...withAck({ acked_at_utc: '2026-04-06T00:00:00Z' }),
      request: { ...REQUEST, expires_at_utc: '2026-04-05T23:59:59Z' }
    }
    expect(reasonOf(input)).toBe('probe_ack_expired')
  })

  describe('checks run in the specified order', () => {
    const everythingWrong: RoundTripInput = {
      request: { ...REQUEST, expires_at_utc: 'bad' },
      ack: undefined,
      registration: undefined,
      previousObservedAt: '2030-01-01T00:00:00Z',
      supervisorView: { ...SNAPSHOT, ...NO_STAGE, run_state_sha256: null }
    }
    const wrongAck: ProbeAckView = {
      ...ACK,
      run_id: 'RUN_other',
      supervisor_session_id: 'svs_other',
      acked_at_utc: 'bad',
      kernel_snapshot: { ...SNAPSHOT, run_state_sha256: 'e'.repeat(64), current_state: 'x' }
    }
    const patchAck = (input: RoundTripInput, patch: Partial<ProbeAckView>): RoundTripInput => ({
      ...input,
      ack: { ...(input.ack ?? wrongAck), ...patch }
    })
    const patchKernelSnapshot = (
      input: RoundTripInput,
      patch: Partial<KernelSnapshotView>
    ): RoundTripInput =>
      patchAck(input, { kernel_snapshot: { ...(input.ack ?? wrongAck).kernel_snapshot, ...patch } })

    // Repairing each cause in turn must reveal the next one in the order judgeRoundTrip checks them.
    const repairs: Array<[string, (input: RoundTripInput) => RoundTripInput]> = [
      ['bridge_registration_missing', (input) => input],
      [
        'probe_ack_missing',
        (input) => ({
          ...input,
          registration: { supervisor_session_id: 'svs_x', kernel_invocation_id: 'kernel_x' }
        })
      ],
      ['probe_ack_mismatch:run_id', (input) => ({ ...input, ack: wrongAck })],
      [
        'probe_ack_mismatch:supervisor_session_id',
        (input) => patchAck(input, { run_id: REQUEST.run_id })
      ],
      [
        'bridge_registration_session_mismatch',
        (input) => patchAck(input, { supervisor_session_id: SESSION })
      ],
      [
        'bridge_registration_invocation_mismatch',
        (input) => ({
          ...input,
          registration: { supervisor_session_id: SESSION, kernel_invocation_id: 'kernel_x' }
        })
      ],
      ['probe_ack_invalid_timestamp', (input) => ({ ...input, registration: VALID.registration })],
      [
        'probe_ack_expired',
        (input) =>
          patchAck(
            { ...input, request: { ...REQUEST, expires_at_utc: '2026-04-05T11:00:00Z' } },
            { acked_at_utc: '2026-04-05T11:00:01Z' }
          )
      ],
      ['probe_ack_not_fresh', (input) => ({ ...input, request: REQUEST })],
      ['run_state_missing', (input) => ({ ...input, previousObservedAt: undefined })],
      [
        'run_state_sha256_mismatch',
        (input) => ({
          ...input,
          supervisorView: { ...input.supervisorView, run_state_sha256: 'a'.repeat(64) }
        })
      ],
      [
        'current_state_mismatch',
        (input) => patchKernelSnapshot(input, { run_state_sha256: 'a'.repeat(64) })
      ],
      [
        'active_stage_missing',
        (input) => patchKernelSnapshot(input, { current_state: SNAPSHOT.current_state })
      ],
      ['valid', (input) => ({ ...input, supervisorView: SNAPSHOT })]
    ]

    it('reveals each rejection once the earlier ones are repaired', () => {
      let input = everythingWrong
      const seen: string[] = []
      for (const [, repair] of repairs) {
        input = repair(input)
        seen.push(reasonOf(input) ?? 'valid')
      }
      expect(seen).toEqual(repairs.map(([reason]) => reason))
    })

    it('checks the run state path before the current state and item', () => {
      const input = withKernelSnapshot({
        run_state_path: 'elsewhere',
        current_state: 'x',
        current_item_id: 'y'
      })
      expect(reasonOf(input)).toBe('run_state_path_mismatch')
    })

    it('checks the current item before the active stage', () => {
      expect(
        reasonOf({
          ...withKernelSnapshot({ current_item_id: 'y' }),
          supervisorView: { ...SNAPSHOT, ...NO_STAGE }
        })
      ).toBe('current_item_id_mismatch')
    })

    it('checks the stage hash before the stage path', () => {
      const input = withSupervisorView({
        active_stage_sha256: 'f'.repeat(64),
        active_stage_path: 'x'
      })
      expect(reasonOf(input)).toBe('active_stage_sha256_mismatch')
    })
  })
})

describe('isRetryableRejection', () => {
  it.each([
    ['run_state_sha256_mismatch', true],
    ['current_state_mismatch', true],
    ['current_item_id_mismatch', true],
    ['active_stage_missing', true],
    ['active_stage_presence_mismatch', true],
    ['active_stage_sha256_mismatch', true],
    ['active_stage_path_mismatch', true],
    ['bridge_registration_missing', false],
    ['probe_ack_missing', false],
    ['probe_ack_mismatch:probe_nonce', false],
    ['bridge_registration_session_mismatch', false],
    ['bridge_registration_invocation_mismatch', false],
    ['probe_ack_invalid_timestamp', false],
    ['probe_ack_expired', false],
    ['probe_ack_not_fresh', false],
    ['run_state_missing', false],
    ['run_state_path_mismatch', false],
    ['active_stage_unknown', false]
  ] as const)('%s → %s', (reason, retryable) => {
    expect(isRetryableRejection(reason)).toBe(retryable)
  })
})
