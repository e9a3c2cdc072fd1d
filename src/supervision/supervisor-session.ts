import { rm } from 'node:fs/promises'
import { TERMINAL_STATE_OF } from '../core/run/states.js'
import { summarizeRun } from '../core/run/status-summary.js'
import type { RunState } from '../core/schemas/run-state.js'
import { type Heartbeat } from '../core/schemas/supervision.js'
import type { ClaimClass } from '../core/supervision/claims.js'
import { type RecoveryDecision, decideRecovery } from '../core/supervision/recovery-decision.js'
import { type SupervisionLayout, isRegistered } from './artifacts.js'
import { type KernelExit, type KernelInvocation, launchKernel } from './kernel-process.js'
import {
  type ObservedRunState,
  SupervisionLedger,
  newestHeartbeat,
  observeRunState,
  readInterventions
} from './ledger.js'
import { type DecisionBasis, interventionFields, nothingRecorded } from './intervention-fields.js'
import { Prober } from './probe.js'
import {
  recordInterruption,
  recordKernelExit,
  recordLaunch,
  repairRun
} from './session-interventions.js'
import type { SessionPorts } from './ports.js'
import { pollUntil, sleepUnless } from './waits.js'
import { type ReadyEvidence, gatherFacts, readyEvidence } from './recovery-facts.js'

import {
  OUTCOME_EXIT_CODES,
  type SuperviseInput,
  type SuperviseResult,
  type SupervisionOutcome
} from './outcome.js'

/** One supervision session: launch or attach, watch, decide after each exit, repeat. */

export type { SessionPorts }

const SHUTDOWN_GRACE_MS = 4000

type WaitKind = 'manual_gate' | 'external_evidence'

export class SupervisorSession {
  private readonly ledger: SupervisionLedger
  private prober: Prober | undefined
  private previousWait: WaitKind | null = null
  private waitStartedAt: number | undefined
  private launchedResume = false
  private explicitEvidence: string | undefined
  private lastClaim: ClaimClass | undefined

  constructor(
    private readonly input: SuperviseInput,
    private readonly layout: SupervisionLayout,
    private readonly sessionId: string,
    private readonly ports: SessionPorts
  ) {
    this.ledger = new SupervisionLedger(
      input.run,
      layout,
      sessionId,
      input.policy,
      () => new Date(),
      ports.files
    )
    this.explicitEvidence = input.explicitEvidenceDir
  }

  async open(): Promise<void> {
    await this.ledger.open()
    const newest = await newestHeartbeat(this.layout)
    this.prober = new Prober(
      this.input.run,
      this.layout,
      this.sessionId,
      this.input.policy,
      (newest?.probe_evidence?.probe_sequence ?? 0) + 1,
      this.ports.files
    )
  }

  async loop(attached: KernelInvocation | undefined): Promise<SuperviseResult> {
    let current = attached
    if (this.input.mode === 'run') {
      current = await this.launch(['run', ...(this.input.runArgs ?? [])], true)
    } else if (attached !== undefined) {
      this.input.log(`supervisor: attached to the running kernel (pid ${attached.pid})`)
    }
    for (;;) {
      if (current !== undefined) {
        const exit = await this.monitor(current)
        if (this.input.abort.aborted) return this.interrupted(current)
        const failed = await this.recordExit(current, exit)
        if (failed !== undefined) return failed
        current = undefined
      }
      if (this.input.abort.aborted) return this.interrupted(undefined)
      const observed = await observeRunState(this.input.run)
      if (observed.state === undefined) {
        return this.park(observed, {
          decision: {
            action_kind: 'park',
            recoverability: 'non_recoverable',
            item_id: null,
            attempt_number: null,
            terminal_state: null,
            reason: `The run state cannot be read (${observed.problem ?? 'unknown'}); see plan-orchestrator doctor --run-id ${this.input.run.runId}.`
          },
          evidence: null,
          stateSha256: observed.snapshot.run_state_sha256
        })
      }
      const { decision, evidence } = await this.readFactsAndDecide(observed.state)
      const basis: DecisionBasis = {
        decision,
        evidence,
        stateSha256: observed.snapshot.run_state_sha256
      }
      this.input.log(`supervisor: ${decision.action_kind}: ${decision.reason}`)
      switch (decision.action_kind) {
        case 'terminal_passed':
        case 'selection_done':
          await this.heartbeat('terminal_observed', observed, decision)
          return this.result(
            decision.action_kind === 'terminal_passed' ? 'passed' : 'selection_done',
            decision.reason
          )
        case 'wait_manual_gate':
        case 'wait_external_evidence': {
          const waited = await this.wait(observed, decision)
          if (waited !== undefined) return waited
          continue
        }
        default:
          break
      }
      this.previousWait = null
      this.waitStartedAt = undefined
      await this.heartbeat('snapshot_only', observed, decision)
      switch (decision.action_kind) {
        case 'doctor_fix_safe':
          await this.repair(basis)
          continue
        case 'park':
          return this.park(observed, basis)
        default:
          current = await this.resume(basis, observed.state)
      }
    }
  }

  private async readFactsAndDecide(
    state: RunState
  ): Promise<{ decision: RecoveryDecision; evidence: ReadyEvidence | null }> {
    const blocked =
      TERMINAL_STATE_OF[state.current_state] === 'blocked_external' ||
      state.items.some((item) => item.terminal_state === 'blocked_external')
    const evidence = blocked
      ? await readyEvidence([this.explicitEvidence, this.input.evidenceInboxDir])
      : null
    const decision = decideRecovery({
      state,
      mode: this.input.mode,
      previousWait: this.previousWait,
      autoAdvance: this.input.mode === 'run' ? state.options.auto_advance : this.input.autoAdvance,
      launchedResume: this.launchedResume,
      evidence,
      facts: await gatherFacts(this.input.run, state, this.ports.git),
      interventions: await readInterventions(this.layout),
      maxAutoResumes: this.input.maxAutoResumes
    })
    return { decision, evidence }
  }

  private async launch(subcommand: string[], newRun: boolean): Promise<KernelInvocation> {
    const kernel = launchKernel(this.ports.processes, {
      kernel: this.input.kernel,
      subcommand: [...subcommand, ...this.input.workArgs],
      run: this.input.run,
      layout: this.layout,
      sessionId: this.sessionId,
      env: this.input.env,
      ...(newRun ? { runIdOverride: this.input.run.runId } : {}),
      onStderrLine: this.input.kernelLog
    })
    this.input.log(`supervisor: launched kernel ${kernel.invocationId} (pid ${kernel.pid})`)
    await recordLaunch(this.ledger, kernel)
    return kernel
  }

  /** Probes the kernel every interval until it exits or the supervisor is told to stop. */
  private async monitor(kernel: KernelInvocation): Promise<KernelExit | undefined> {
    let exit: KernelExit | undefined
    void kernel.exited.then((value) => {
      exit = value
    })
    const prober = this.prober as Prober
    // The bridge registers within moments of the kernel starting; probing before that
    // would only produce the spurious "unproven" every reference run began with.
    await pollUntil(() => isRegistered(this.layout, kernel.invocationId), {
      stop: this.input.abort,
      wake: kernel.exited,
      limitMs: 5000
    })
    while (exit === undefined && !this.input.abort.aborted) {
      const outcome = await prober.probe(kernel.invocationId, this.ledger.previousObservedAt)
      if (exit !== undefined || this.input.abort.aborted) break
      const claim: ClaimClass = outcome.verdict.valid ? 'live_attached' : 'attachment_unproven'
      const summary =
        outcome.observed.state === undefined
          ? undefined
          : summarizeRun(outcome.observed.state, { writerAlive: true })
      await this.ledger.heartbeat({
        kernel_invocation_id: kernel.invocationId,
        claim_class: claim,
        kernel_snapshot: outcome.observed.snapshot,
        probe_evidence: outcome.evidence,
        active_stage: outcome.activeStage,
        diagnosis_snapshot: {
          kernel_status_level: summary?.status_level ?? null,
          pending_action_kind: summary?.pending_action?.kind ?? null,
          recoverability_class: null,
          next_supervisor_action: null
        },
        rejection_reason: outcome.verdict.valid ? null : outcome.verdict.rejection_reason
      })
      this.noteClaim(
        claim,
        outcome.verdict.valid
          ? `kernel pid ${kernel.pid}${outcome.activeStage === null ? '' : `, ${outcome.activeStage.stage_name} of item ${outcome.activeStage.item_id}`}`
          : outcome.verdict.rejection_reason
      )
      await sleepUnless(
        this.input.policy.live_probe_interval_sec * 1000,
        this.input.abort,
        kernel.exited
      )
    }
    return exit
  }

  /** Records a launched kernel's exit; a new run whose kernel saved nothing is a failure. */
  private async recordExit(
    kernel: KernelInvocation,
    exit: KernelExit | undefined
  ): Promise<SuperviseResult | undefined> {
    if (!kernel.launched || exit === undefined) return undefined
    const observed = await observeRunState(this.input.run)
    if (this.input.mode === 'run' && observed.state === undefined && exit.exit_code !== 0) {
      // The kernel refused its inputs; like a refused plain run, it leaves nothing behind.
      await rm(this.input.run.controlDir, { recursive: true, force: true })
      return {
        ...this.result('kernel_failed', kernel.stderrTail() || 'the kernel failed to start'),
        exitCode: exit.exit_code ?? 1,
        latestHeartbeatPath: null,
        latestInterventionPath: null
      }
    }
    await recordKernelExit(this.ledger, kernel, exit, observed)
    return undefined
  }

  private async wait(
    observed: ObservedRunState,
    decision: RecoveryDecision
  ): Promise<SuperviseResult | undefined> {
    this.previousWait =
      decision.action_kind === 'wait_manual_gate' ? 'manual_gate' : 'external_evidence'
    this.waitStartedAt ??= performance.now()
    await this.heartbeat('waiting_state_observed', observed, decision)
    const waitedMs = performance.now() - this.waitStartedAt
    const limit = this.input.maxWaitSeconds
    if (limit !== undefined && waitedMs >= limit * 1000)
      return this.result('waiting_timeout', `Stopped waiting: ${decision.reason}`)
    const pollMs = this.input.policy.waiting_poll_interval_sec * 1000
    await sleepUnless(
      limit === undefined ? pollMs : Math.min(pollMs, limit * 1000 - waitedMs),
      this.input.abort
    )
    return this.input.abort.aborted ? this.interrupted(undefined) : undefined
  }

  private repair(basis: DecisionBasis): Promise<void> {
    return repairRun(this.input, this.ledger, this.ports.repairRun, basis)
  }

  private async resume(basis: DecisionBasis, state: RunState): Promise<KernelInvocation> {
    const evidence =
      basis.decision.action_kind === 'resume_blocked_external' ? basis.evidence : null
    const autoAdvance =
      this.input.mode === 'run' ? state.options.auto_advance : this.input.autoAdvance
    const kernel = await this.launch(
      [
        'resume',
        '--run-id',
        this.input.run.runId,
        ...(autoAdvance ? ['--auto-advance'] : []),
        ...(evidence === null ? [] : ['--external-evidence-dir', evidence.path])
      ],
      false
    )
    this.launchedResume = true
    if (evidence !== null && evidence.path === this.explicitEvidence)
      this.explicitEvidence = undefined
    await this.ledger.intervention({
      ...nothingRecorded(),
      ...interventionFields(basis),
      result_status: 'applied',
      command: [...kernel.recordedCommand],
      related_paths: [...kernel.logPaths],
      evidence_paths: evidence === null ? [] : [evidence.path],
      evidence_package_sha256: evidence?.digest ?? null
    })
    return kernel
  }

  private async park(observed: ObservedRunState, basis: DecisionBasis): Promise<SuperviseResult> {
    const { decision } = basis
    await this.ledger.intervention({
      ...nothingRecorded(),
      ...interventionFields(basis),
      result_status: 'parked'
    })
    await this.heartbeat('terminal_observed', observed, decision)
    return this.result('parked', decision.reason)
  }

  /** Told to stop: the launched kernel gets the same signal and the time to save and exit. */
  private async interrupted(kernel: KernelInvocation | undefined): Promise<SuperviseResult> {
    const { signal, observed } = await recordInterruption(
      this.input,
      this.ledger,
      kernel,
      SHUTDOWN_GRACE_MS,
      this.ports.processes
    )
    await this.heartbeat('snapshot_only', observed, undefined)
    return {
      ...this.result('interrupted', `interrupted by ${signal}`),
      exitCode: signal === 'SIGTERM' ? 143 : 130
    }
  }

  private async heartbeat(
    claim: ClaimClass,
    observed: ObservedRunState,
    decision: RecoveryDecision | undefined
  ): Promise<Heartbeat> {
    const summary =
      observed.state === undefined
        ? undefined
        : summarizeRun(observed.state, {
            writerAlive: await this.ports.isRunLocked(this.input.run)
          })
    const heartbeat = await this.ledger.heartbeat({
      kernel_invocation_id: 'none',
      claim_class: claim,
      kernel_snapshot: observed.snapshot,
      probe_evidence: null,
      active_stage: null,
      diagnosis_snapshot: {
        kernel_status_level: summary?.status_level ?? null,
        pending_action_kind: summary?.pending_action?.kind ?? null,
        recoverability_class: decision?.recoverability ?? null,
        next_supervisor_action: decision?.action_kind ?? null
      },
      rejection_reason: null
    })
    this.noteClaim(claim, '')
    return heartbeat
  }

  private noteClaim(claim: ClaimClass, detail: string): void {
    if (claim === this.lastClaim) return
    this.lastClaim = claim
    this.input.log(`supervisor: ${claim}${detail === '' ? '' : ` (${detail})`}`)
  }

  private result(outcome: SupervisionOutcome, reason: string): SuperviseResult {
    return {
      runId: this.input.run.runId,
      sessionId: this.sessionId,
      outcome,
      exitCode: OUTCOME_EXIT_CODES[outcome],
      reason,
      supervisionRoot: this.layout.root,
      latestHeartbeatPath: this.ledger.latestHeartbeatPath,
      latestInterventionPath: this.ledger.latestInterventionPath
    }
  }
}
