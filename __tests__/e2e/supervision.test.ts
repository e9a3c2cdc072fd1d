import { jest } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaErrors, supervisionArtifacts } from '../helpers/published-schemas.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult } from './harness.js'
import {
  FAST_POLICY,
  awaitActiveStage,
  superviseItem01,
  awaitClaim,
  awaitRunId,
  eventually,
  ledger,
  readJson,
  scripted,
  startCli,
  supervisionDir,
  supervisionStatus,
  writeScenario
} from './supervision-harness.js'

// The supervision plane end to end: a supervisor launching the bundled kernel, the claims
// `supervise status` makes at each point, recovery within budget, and the artifacts' schemas.

jest.setTimeout(120_000)

interface ItemView {
  item_id: string
  terminal_state: string
  attempt_number: number
}

function items(repo: DemoRepo, runId: string): ItemView[] {
  return (readRunFile(repo, runId, 'run_state.json') as { items: ItemView[] }).items
}

function expectValidArtifacts(root: string): number {
  const artifacts = supervisionArtifacts(root)
  for (const { path, schema } of artifacts) {
    expect({ path, errors: schemaErrors(schema, readJson(path)) }).toEqual({ path, errors: [] })
  }
  return artifacts.length
}

describe('supervise status claims', () => {
  it('is snapshot_only (13) for a run that was never supervised', () => {
    const repo = makeDemoRepo()
    const run = repo.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '01',
      '--quiet',
      ...scripted(writeScenario(repo, 's.json'))
    ])
    expect(run.code).toBe(0)
    const status = supervisionStatus(repo, runResult(run.stdout).run_id)
    expect(status.code).toBe(13)
    expect(status.report.supervision_status.claim_class).toBe('snapshot_only')
    expect(status.report.supervision_status.reason).toContain(
      'No supervision heartbeat ledger exists'
    )
    expect(status.report.kernel_status.status_level).toBe('ok')
  })

  it('is live (0) while a slow agent works, unproven (11) while the kernel is stopped, terminal (12) at the end', async () => {
    const repo = makeDemoRepo()
    const { supervisor, runId, root } = await superviseItem01(repo, 12_000)

    // Live, and (once the agent has started; the kernel prepares the worktree first) its stage.
    const live = await eventually(() => {
      const status = supervisionStatus(repo, runId)
      return status.code === 0 && status.report.supervision_status.active_stage !== null
        ? status.report.supervision_status
        : undefined
    }, 20_000)
    expect(live.claim_class).toBe('live_attached')
    expect(live.supervisor_running).toBe(true)
    const stage = live.active_stage as Record<string, unknown>
    expect(stage).toMatchObject({ stage_name: 'execute', item_id: '01', attempt_number: 1 })

    // The files that only exist while the kernel works are checked against their schemas now.
    const snapshot = join(repo.home, 'live-supervision')
    mkdirSync(snapshot)
    for (const name of ['bridge_registration.json', 'active_stage.json', 'control_owner.json'])
      copyFileSync(join(root, name), join(snapshot, name))
    await eventually(() => (existsSync(join(root, 'probe_ack.json')) ? true : undefined), 5000)
    copyFileSync(join(root, 'probe_request.json'), join(snapshot, 'probe_request.json'))
    copyFileSync(join(root, 'probe_ack.json'), join(snapshot, 'probe_ack.json'))
    expect(expectValidArtifacts(snapshot)).toBe(5)

    // A second supervisor on the same run is refused, and leaves the first undisturbed.
    const second = repo.cli(['supervise', 'resume', '--run-id', runId, ...FAST_POLICY])
    expect(second.code).toBe(1)
    expect(second.stderr).toContain('already supervised')

    const kernelPid = readJson(join(root, 'bridge_registration.json')).bridge_pid as number
    process.kill(kernelPid, 'SIGSTOP')
    try {
      const unproven = await awaitClaim(repo, runId, 11)
      expect(unproven.claim_class).toBe('attachment_unproven')
      expect(unproven.last_rejection_reason).toBe('probe_ack_missing')
    } finally {
      process.kill(kernelPid, 'SIGCONT')
    }

    const result = await supervisor.done
    expect(result.code).toBe(0)
    const outcome = JSON.parse(result.stdout) as { outcome: string; status: unknown }
    expect(outcome.outcome).toBe('selection_done')
    const terminal = supervisionStatus(repo, runId)
    expect(terminal.code).toBe(12)
    expect(terminal.report.supervision_status.supervisor_running).toBe(false)
    expect(items(repo, runId)[0]?.terminal_state).toBe('passed')
    // The bridge withdrew its ephemeral files when its kernel finished.
    for (const name of ['bridge_registration.json', 'active_stage.json', 'probe_ack.json'])
      expect(existsSync(join(root, name))).toBe(false)
    expectValidArtifacts(root)
  })
})

describe('waiting observation', () => {
  it('waits at the gate (10), resumes after the approval, and evidence dropped in the inbox passes item 03', async () => {
    const repo = makeDemoRepo()
    const scenario = writeScenario(repo, 'demo.json')
    const inbox = join(repo.home, 'inbox')
    const supervisor = startCli(repo, [
      'supervise',
      'run',
      '--playbook',
      'playbook.md',
      '--next',
      '--auto-advance',
      '--evidence-inbox-dir',
      inbox,
      ...FAST_POLICY,
      ...scripted(scenario)
    ])
    const runId = await awaitRunId(repo)

    const waiting = await awaitClaim(repo, runId, 10, 60_000)
    expect(waiting.claim_class).toBe('waiting_state_observed')
    const gated = items(repo, runId).find((item) => item.item_id === '02')
    expect(gated?.terminal_state).toBe('awaiting_human_gate')
    const checkpoint = (
      readRunFile(repo, runId, 'run_state.json') as {
        items: Array<{ item_id: string; checkpoint_ref: string }>
      }
    ).items.find((item) => item.item_id === '02')?.checkpoint_ref as string

    const approve = repo.cli([
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'ada',
      '--note',
      'wording reviewed',
      '--checkpoint',
      checkpoint
    ])
    expect(approve.code).toBe(0)

    // Item 03 then blocks on evidence; the supervisor waits until the inbox holds some.
    await eventually(
      () =>
        items(repo, runId).find((item) => item.item_id === '03')?.terminal_state ===
        'blocked_external'
          ? true
          : undefined,
      60_000
    )
    await awaitClaim(repo, runId, 10, 30_000)
    mkdirSync(inbox)
    writeFileSync(join(inbox, 'vendor-confirmation.txt'), 'Vendor confirmed the new wording.\n')

    const result = await supervisor.done
    expect({ code: result.code, stderr: result.stderr.slice(-2000) }).toMatchObject({ code: 0 })
    expect((JSON.parse(result.stdout) as { outcome: string }).outcome).toBe('passed')
    expect(items(repo, runId).map((item) => item.terminal_state)).toEqual([
      'passed',
      'passed',
      'passed'
    ])
    const kinds = ledger(repo, runId, 'interventions').map((entry) => entry.action_kind)
    expect(kinds).toContain('resume_after_manual_gate')
    const evidenceResume = ledger(repo, runId, 'interventions').find(
      (entry) => entry.action_kind === 'resume_blocked_external'
    )
    expect(evidenceResume?.evidence_paths).toEqual([inbox])
    expect(evidenceResume?.evidence_package_sha256).toMatch(/^[0-9a-f]{64}$/)
    // The supervisor never decided the gate: the only decision is the human's.
    const gatePath = (
      readRunFile(repo, runId, 'run_state.json') as {
        items: Array<{ item_id: string; latest_paths: { manual_gate_path: string } }>
      }
    ).items.find((item) => item.item_id === '02')?.latest_paths.manual_gate_path as string
    const gate = JSON.parse(readFileSync(join(repo.root, gatePath), 'utf8')) as {
      status: string
      decision: { decided_by: string }
    }
    expect(gate).toMatchObject({ status: 'approved', decision: { decided_by: 'ada' } })
    expect(supervisionStatus(repo, runId).code).toBe(12)
    expectValidArtifacts(supervisionDir(repo, runId))
  })
})

describe('bounded recovery', () => {
  it('resumes a kernel killed mid-stage and completes the run', async () => {
    const repo = makeDemoRepo()
    const { supervisor, runId, root } = await superviseItem01(repo, 4000)
    const stage = await awaitActiveStage(root)
    expect(stage.stage_name).toBe('execute')
    const kernelPid = readJson(join(root, 'bridge_registration.json')).bridge_pid as number
    process.kill(kernelPid, 'SIGKILL')

    const result = await supervisor.done
    expect(result.code).toBe(0)
    expect(items(repo, runId)[0]?.terminal_state).toBe('passed')
    const interventions = ledger(repo, runId, 'interventions')
    const exited = interventions.find((entry) => entry.action_kind === 'kernel_exited')
    expect(exited?.kernel_exit).toEqual({ exit_code: null, signal: 'SIGKILL' })
    const resumed = interventions.filter((entry) => entry.action_kind === 'resume_interrupted')
    expect(resumed).toHaveLength(1)
    expect(resumed[0]).toMatchObject({ item_id: '01', result_status: 'applied' })
    expectValidArtifacts(root)
  })

  it('parks with an intervention record once the per-item budget is spent', async () => {
    const repo = makeDemoRepo()
    const scenario = writeScenario(repo, 's.json')
    // Every kernel this supervisor launches dies right after saving ST40_VERIFYING.
    const supervisor = startCli(
      repo,
      [
        'supervise',
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '01',
        '--max-auto-resume-attempts',
        '2',
        ...FAST_POLICY,
        ...scripted(scenario)
      ],
      { PLAN_ORCHESTRATOR_FAILPOINT: 'ST40_VERIFYING' }
    )
    const result = await supervisor.done
    expect(result.code).toBe(20)
    const report = JSON.parse(result.stdout) as { run_id: string; outcome: string; reason: string }
    expect(report.outcome).toBe('parked')
    expect(report.reason).toContain('budget exhausted (2 of 2)')
    const interventions = ledger(repo, report.run_id, 'interventions')
    expect(
      interventions.filter((entry) => entry.action_kind === 'resume_interrupted')
    ).toHaveLength(2)
    const park = interventions.at(-1)
    expect(park).toMatchObject({
      action_kind: 'park',
      item_id: '01',
      recoverability_class: 'non_recoverable',
      result_status: 'parked'
    })
    expect(supervisionStatus(repo, report.run_id).code).toBe(12)
    expectValidArtifacts(supervisionDir(repo, report.run_id))
  })
})

describe('attaching', () => {
  it('a supervisor that dies leaves its kernel working, and supervise resume attaches to it', async () => {
    const repo = makeDemoRepo()
    const { supervisor: first, runId, root, scenario } = await superviseItem01(repo, 6000)
    await awaitActiveStage(root)
    const registration = readJson(join(root, 'bridge_registration.json'))
    first.child.kill('SIGKILL')
    await first.done
    expect(() => process.kill(registration.bridge_pid as number, 0)).not.toThrow()

    const second = startCli(repo, [
      'supervise',
      'resume',
      '--run-id',
      runId,
      '--max-wait-seconds',
      '0',
      ...FAST_POLICY,
      ...scripted(scenario)
    ])
    // Live again, proven by the new supervisor (the dead one's last proof may still be fresh).
    await eventually(() => {
      const status = supervisionStatus(repo, runId)
      return status.code === 0 && status.report.supervision_status.supervisor_running === true
        ? true
        : undefined
    }, 20_000)
    const result = await second.done
    expect(result.stderr).toContain(
      `attached to the running kernel (pid ${registration.bridge_pid as number})`
    )
    const report = JSON.parse(result.stdout) as { supervisor_session_id: string; outcome: string }
    // The bridge answers only its own session, so the new supervisor continues that session.
    expect(report.supervisor_session_id).toBe(registration.supervisor_session_id)
    expect(items(repo, runId)[0]?.terminal_state).toBe('passed')
    // Then, as `resume` would, it ran the next item, which stops at its gate.
    expect(report.outcome).toBe('waiting_timeout')
    expect(result.code).toBe(10)
    expectValidArtifacts(root)
  })
})

describe('signals', () => {
  it('SIGTERM to the supervisor stops the kernel child, saves the run, and both exit without waiting for the agent', async () => {
    const repo = makeDemoRepo()
    const { supervisor, runId, root } = await superviseItem01(repo, 60_000)
    const stage = await awaitActiveStage(root)
    const kernelPid = readJson(join(root, 'bridge_registration.json')).bridge_pid as number

    // The agent's 60 s step outlasts this test's timeout: exiting at all shows nobody waited
    // for it.
    supervisor.child.kill('SIGTERM')
    const result = await supervisor.done
    expect(result.code).toBe(143)
    expect(() => process.kill(kernelPid, 0)).toThrow()
    expect(() => process.kill(-(stage.child_pid as number), 0)).toThrow()
    const state = readRunFile(repo, runId, 'run_state.json') as {
      current_state: string
      event_log: Array<{ message: string }>
    }
    expect(state.current_state).toBe('ST30_EXECUTING')
    expect(state.event_log.at(-1)?.message).toContain('interrupted by SIGTERM')
    expect(ledger(repo, runId, 'interventions').at(-1)).toMatchObject({
      action_kind: 'interrupt'
    })
    expect(existsSync(join(root, 'control.lock'))).toBe(false)
    expectValidArtifacts(root)
  })
})
