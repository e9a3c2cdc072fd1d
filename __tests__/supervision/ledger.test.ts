import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type Heartbeat,
  HeartbeatSchema,
  InterventionSchema
} from '../../src/core/schemas/supervision.js'
import { ensureSupervisionDirs } from '../../src/supervision/artifacts.js'
import {
  type HeartbeatInput,
  type InterventionInput,
  SupervisionLedger,
  newestHeartbeat,
  observeRunState,
  readInterventions
} from '../../src/supervision/ledger.js'
import {
  EXECUTING,
  POLICY,
  RUN_ID,
  type TempRun,
  runState,
  tempRun,
  writeRunState,
  FILES
} from './support.js'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

const RUN_STATE_PATH = `.local/automation/plan_orchestrator/runs/${RUN_ID}/run_state.json`
const HEARTBEATS = `.local/automation/plan_orchestrator/runs/${RUN_ID}/supervision/heartbeats`
const INTERVENTIONS = `.local/automation/plan_orchestrator/runs/${RUN_ID}/supervision/interventions`

function beat(claim: Heartbeat['claim_class'] = 'snapshot_only'): HeartbeatInput {
  return {
    kernel_invocation_id: 'none',
    claim_class: claim,
    kernel_snapshot: {
      run_state_path: RUN_STATE_PATH,
      run_state_sha256: null,
      current_state: null,
      current_item_id: null,
      current_terminal_state: null,
      run_state_updated_at_utc: null
    },
    probe_evidence: null,
    active_stage: null,
    diagnosis_snapshot: {
      kernel_status_level: null,
      pending_action_kind: null,
      recoverability_class: null,
      next_supervisor_action: null
    },
    rejection_reason: null
  }
}

function act(action: InterventionInput['action_kind'], reason = 'because'): InterventionInput {
  return {
    action_kind: action,
    item_id: '01',
    attempt_number: 1,
    terminal_state: null,
    recoverability_class: 'observed',
    fingerprint: null,
    reason,
    result_status: 'observed',
    command: [],
    related_paths: [],
    evidence_paths: [],
    evidence_package_sha256: null,
    kernel_exit: null,
    notes: []
  }
}

/** A clock the test moves by hand. */
function clock(start: string): { now: () => Date; advance: (seconds: number) => void } {
  let at = Date.parse(start)
  return {
    now: () => new Date(at),
    advance: (seconds) => {
      at += seconds * 1000
    }
  }
}

let temp: TempRun
beforeEach(() => {
  temp = tempRun()
})
afterEach(() => temp.cleanup())

const names = (dir: string): string[] => readdirSync(dir).sort()

describe('SupervisionLedger', () => {
  it('writes heartbeats and interventions with increasing sequences and ledger names', async () => {
    const time = clock('2026-04-05T11:00:00Z')
    const ledger = new SupervisionLedger(temp.run, temp.layout, 'svs_one', POLICY, time.now, FILES)
    await ledger.open()
    expect(ledger.previousObservedAt).toBeUndefined()
    expect(ledger.latestHeartbeatPath).toBeNull()
    expect(ledger.latestInterventionPath).toBeNull()

    const first = await ledger.heartbeat(beat())
    expect(first).toMatchObject({
      run_id: RUN_ID,
      supervisor_session_id: 'svs_one',
      heartbeat_sequence: 1,
      observed_at_utc: '2026-04-05T11:00:00Z',
      freshness_policy: POLICY,
      latest_intervention_path: null
    })
    expect(ledger.previousObservedAt).toBe('2026-04-05T11:00:00Z')
    expect(ledger.latestHeartbeatPath).toBe(`${HEARTBEATS}/000001_20260405T110000Z.json`)

    time.advance(5.7)
    const parked = await ledger.intervention(act('park'))
    expect(parked.intervention_sequence).toBe(1)
    expect(parked.observed_at_utc).toBe('2026-04-05T11:00:05Z')
    const parkedPath = `${INTERVENTIONS}/000001_park_20260405T110005Z.json`
    expect(ledger.latestInterventionPath).toBe(parkedPath)

    time.advance(10)
    const second = await ledger.heartbeat(beat('terminal_observed'))
    expect(second.heartbeat_sequence).toBe(2)
    expect(second.latest_intervention_path).toBe(parkedPath)
    await ledger.intervention(act('interrupt'))

    expect(names(temp.layout.heartbeatsDir)).toEqual([
      '000001_20260405T110000Z.json',
      '000002_20260405T110015Z.json'
    ])
    expect(names(temp.layout.interventionsDir)).toEqual([
      '000001_park_20260405T110005Z.json',
      '000002_interrupt_20260405T110015Z.json'
    ])
    // What is on disk is exactly what was returned, and schema-valid.
    const onDisk = JSON.parse(
      readFileSync(join(temp.layout.heartbeatsDir, '000002_20260405T110015Z.json'), 'utf8')
    ) as unknown
    expect(HeartbeatSchema.parse(onDisk)).toEqual(second)
  })

  it('refuses to write a heartbeat that is not schema-valid, and does not advance', async () => {
    const ledger = new SupervisionLedger(
      temp.run,
      temp.layout,
      'svs_one',
      POLICY,
      () => new Date('2026-04-05T11:00:00Z'),
      FILES
    )
    await ledger.open()
    await expect(
      ledger.heartbeat({ ...beat(), kernel_invocation_id: 'not an id' })
    ).rejects.toThrow()
    const ok = await ledger.heartbeat(beat())
    expect(ok.heartbeat_sequence).toBe(1)
  })

  it('continues both sequences in a second session and starts from the newest heartbeat on disk', async () => {
    const time = clock('2026-04-05T11:00:00Z')
    const one = new SupervisionLedger(temp.run, temp.layout, 'svs_one', POLICY, time.now, FILES)
    await one.open()
    await one.heartbeat(beat())
    time.advance(30)
    await one.heartbeat(beat('live_attached'))
    await one.intervention(act('attach_kernel'))

    time.advance(600)
    const two = new SupervisionLedger(temp.run, temp.layout, 'svs_two', POLICY, time.now, FILES)
    await two.open()
    expect(two.previousObservedAt).toBe('2026-04-05T11:00:30Z')
    const third = await two.heartbeat(beat())
    expect(third.heartbeat_sequence).toBe(3)
    expect(third.supervisor_session_id).toBe('svs_two')
    expect((await two.intervention(act('resume_interrupted'))).intervention_sequence).toBe(2)
    expect(two.previousObservedAt).toBe('2026-04-05T11:10:30Z')

    const newest = await newestHeartbeat(temp.layout)
    expect(newest?.heartbeat_sequence).toBe(3)
    expect(newest?.supervisor_session_id).toBe('svs_two')
  })
  // Names grow past six digits on a very long run; order is by number, not by name.
  it('keeps ordering and finding heartbeats past sequence 999999', async () => {
    const time = clock('2026-04-05T11:00:00Z')
    const one = new SupervisionLedger(temp.run, temp.layout, 'svs_one', POLICY, time.now, FILES)
    await one.open()
    const first = await one.heartbeat(beat())
    renameSync(
      join(temp.layout.heartbeatsDir, '000001_20260405T110000Z.json'),
      join(temp.layout.heartbeatsDir, '999999_20260405T110000Z.json')
    )
    writeFileSync(
      join(temp.layout.heartbeatsDir, '999999_20260405T110000Z.json'),
      JSON.stringify({ ...first, heartbeat_sequence: 999_999 })
    )
    time.advance(1)
    const two = new SupervisionLedger(temp.run, temp.layout, 'svs_two', POLICY, time.now, FILES)
    await two.open()
    expect((await two.heartbeat(beat())).heartbeat_sequence).toBe(1_000_000)
    expect((await newestHeartbeat(temp.layout))?.heartbeat_sequence).toBe(1_000_000)
  })
})

describe('readInterventions', () => {
  it('returns every readable intervention of all sessions oldest first, skipping a broken file', async () => {
    const time = clock('2026-04-05T11:00:00Z')
    const one = new SupervisionLedger(temp.run, temp.layout, 'svs_one', POLICY, time.now, FILES)
    await one.open()
    await one.intervention(act('attach_kernel', 'first'))
    // A torn write between sessions: a ledger name, but not a valid intervention.
    writeFileSync(
      join(temp.layout.interventionsDir, '000002_park_20260405T110001Z.json'),
      '{"schema_version": "plan_orchestrator.supervision_interv'
    )
    writeFileSync(
      join(temp.layout.interventionsDir, '000003_park_20260405T110002Z.json'),
      JSON.stringify({ reason: 'schema-invalid' })
    )
    time.advance(60)
    const two = new SupervisionLedger(temp.run, temp.layout, 'svs_two', POLICY, time.now, FILES)
    await two.open()
    const last = await two.intervention(act('kernel_exited', 'last'))
    expect(last.intervention_sequence).toBe(4)

    const found = await readInterventions(temp.layout)
    expect(
      found.map(({ reason, supervisor_session_id }) => [reason, supervisor_session_id])
    ).toEqual([
      ['first', 'svs_one'],
      ['last', 'svs_two']
    ])
    for (const intervention of found) expect(InterventionSchema.parse(intervention)).toBeTruthy()
  })

  it('is empty when there is no ledger', async () => {
    expect(await readInterventions(temp.layout)).toEqual([])
    await ensureSupervisionDirs(temp.layout)
    expect(await readInterventions(temp.layout)).toEqual([])
  })

  it('newestHeartbeat is undefined when the newest file is unreadable', async () => {
    const ledger = new SupervisionLedger(
      temp.run,
      temp.layout,
      'svs_one',
      POLICY,
      () => new Date('2026-04-05T11:00:00Z'),
      FILES
    )
    await ledger.open()
    await ledger.heartbeat(beat())
    writeFileSync(join(temp.layout.heartbeatsDir, '000002_20260405T110001Z.json'), 'not json')
    expect(await newestHeartbeat(temp.layout)).toBeUndefined()
  })
})

describe('observeRunState', () => {
  const EMPTY = {
    run_state_path: RUN_STATE_PATH,
    run_state_sha256: null,
    current_state: null,
    current_item_id: null,
    current_terminal_state: null,
    run_state_updated_at_utc: null
  }

  it('reports a missing run state with an empty snapshot', async () => {
    const observed = await observeRunState(temp.run)
    expect(observed.state).toBeUndefined()
    expect(observed.snapshot).toEqual(EMPTY)
    expect(observed.problem).toBe(`${RUN_STATE_PATH} does not exist`)
  })

  it('hashes a corrupt run state but does not believe it', async () => {
    writeFileSync(temp.run.runStatePath, '{"schema_version": ')
    const observed = await observeRunState(temp.run)
    expect(observed.state).toBeUndefined()
    expect(observed.snapshot).toEqual({ ...EMPTY, run_state_sha256: sha256('{"schema_version": ') })
    expect(observed.problem).toMatch(/not valid JSON/)
  })

  it('reports a schema-invalid run state as a problem', async () => {
    const text = JSON.stringify({ ...EXECUTING(), current_state: 'ST99_NOWHERE' })
    writeFileSync(temp.run.runStatePath, text)
    const observed = await observeRunState(temp.run)
    expect(observed.state).toBeUndefined()
    expect(observed.snapshot.run_state_sha256).toBe(sha256(text))
    expect(observed.problem).toMatch(/does not match its schema/)
  })

  it('reads a valid run state: its hash, state, item and updated time', async () => {
    const state = runState(
      'ST30_EXECUTING',
      '01',
      { '01': { state: 'ST30_EXECUTING' } },
      {
        updated_at_utc: '2026-04-05T11:30:00Z'
      }
    )
    const text = writeRunState(temp.run, state)
    const observed = await observeRunState(temp.run)
    expect(observed.problem).toBeUndefined()
    expect(observed.state).toEqual(state)
    expect(observed.snapshot).toEqual({
      run_state_path: RUN_STATE_PATH,
      run_state_sha256: sha256(text),
      current_state: 'ST30_EXECUTING',
      current_item_id: '01',
      // The current item's own terminal_state field, which is 'none' while it works.
      current_terminal_state: 'none',
      run_state_updated_at_utc: '2026-04-05T11:30:00Z'
    })
  })

  it('takes the terminal from the current item, or from the run state when there is none', async () => {
    writeRunState(
      temp.run,
      runState('ST140_ESCALATED', '02', {
        '01': { terminal: 'passed' },
        '02': { terminal: 'escalated' }
      })
    )
    expect((await observeRunState(temp.run)).snapshot.current_terminal_state).toBe('escalated')

    writeRunState(temp.run, runState('ST130_PASSED', null, { '01': { terminal: 'passed' } }))
    expect((await observeRunState(temp.run)).snapshot.current_terminal_state).toBe('passed')

    writeRunState(temp.run, runState('ST05_PLAN_NORMALIZED', null, { '01': {} }))
    expect((await observeRunState(temp.run)).snapshot.current_terminal_state).toBeNull()
  })
})
