import { randomBytes } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { type RunLayout, repoRelative } from '../core/run/layout.js'
import {
  ActiveStageSchema,
  type ActiveStageSnapshot,
  BridgeRegistrationSchema,
  type ProbeAck,
  ProbeAckSchema,
  type ProbeEvidence,
  type ProbeRequest,
  ProbeRequestSchema,
  SUPERVISION_SCHEMA_VERSIONS
} from '../core/schemas/supervision.js'
import type { FreshnessPolicy } from '../core/supervision/claims.js'
import {
  type KernelSnapshotView,
  type RoundTripVerdict,
  isRetryableRejection,
  judgeRoundTrip
} from '../core/supervision/probe-round-trip.js'
import { isoSeconds } from '../core/time.js'
import {
  type SupervisionLayout,
  fileSha256,
  loadedValue,
  readArtifact,
  removeFiles,
  writeArtifact
} from './artifacts.js'
import type { ArtifactFiles } from './ports.js'
import { type ObservedRunState, observeRunState } from './ledger.js'

/**
 * One liveness proof: a fresh nonce written for the kernel's bridge, its acknowledgement,
 * and the supervisor's own reading of the same run state. Anything short of a full match is
 * reported as unproven, with the first reason it failed.
 */

const ACK_POLL_MS = 100

export interface ProbeOutcome {
  readonly verdict: RoundTripVerdict
  readonly evidence: ProbeEvidence
  readonly activeStage: ActiveStageSnapshot | null
  readonly observed: ObservedRunState
}

export class Prober {
  private sequence: number

  constructor(
    private readonly run: RunLayout,
    private readonly layout: SupervisionLayout,
    private readonly sessionId: string,
    private readonly policy: FreshnessPolicy,
    firstSequence: number,
    private readonly files: ArtifactFiles
  ) {
    this.sequence = firstSequence
  }

  /** Probes; a mismatch that a state write racing the probe explains is retried once. */
  async probe(invocationId: string, previousObservedAt: string | undefined): Promise<ProbeOutcome> {
    const first = await this.probeOnce(invocationId, previousObservedAt)
    if (first.verdict.valid || !isRetryableRejection(first.verdict.rejection_reason)) return first
    return this.probeOnce(invocationId, previousObservedAt)
  }

  private async probeOnce(
    invocationId: string,
    previousObservedAt: string | undefined
  ): Promise<ProbeOutcome> {
    await removeFiles([this.layout.probeAckPath])
    const issued = new Date()
    const request: ProbeRequest = {
      schema_version: SUPERVISION_SCHEMA_VERSIONS.probeRequest,
      run_id: this.run.runId,
      supervisor_session_id: this.sessionId,
      kernel_invocation_id: invocationId,
      probe_sequence: this.sequence,
      probe_nonce: randomBytes(16).toString('hex'),
      issued_at_utc: isoSeconds(issued),
      expires_at_utc: isoSeconds(
        new Date(Date.parse(isoSeconds(issued)) + this.policy.probe_ack_deadline_sec * 1000)
      )
    }
    this.sequence += 1
    await writeArtifact(this.files, ProbeRequestSchema, this.layout.probeRequestPath, request)
    const ack = await this.awaitAck(request)
    const registration = loadedValue(
      await readArtifact(BridgeRegistrationSchema, this.layout.registrationPath)
    )
    const observed = await observeRunState(this.run)
    const stage = await readArtifact(ActiveStageSchema, this.layout.activeStagePath)
    const activeStagePath = repoRelative(this.run.repoRoot, this.layout.activeStagePath)
    const supervisorView: KernelSnapshotView = {
      run_state_path: observed.snapshot.run_state_path,
      run_state_sha256: observed.state === undefined ? null : observed.snapshot.run_state_sha256,
      current_state: observed.snapshot.current_state,
      current_item_id: observed.snapshot.current_item_id,
      active_stage_present: stage.kind === 'ok',
      active_stage_path: stage.kind === 'ok' ? activeStagePath : null,
      active_stage_sha256: stage.kind === 'ok' ? stage.sha256 : null
    }
    const verdict = judgeRoundTrip({
      request,
      ack,
      registration,
      previousObservedAt,
      supervisorView
    })
    const evidence: ProbeEvidence = {
      probe_sequence: request.probe_sequence,
      probe_nonce: request.probe_nonce,
      probe_request_issued_at_utc: request.issued_at_utc,
      probe_request_expires_at_utc: request.expires_at_utc,
      probe_ack_at_utc: ack?.acked_at_utc ?? null,
      bridge_registration_path: repoRelative(this.run.repoRoot, this.layout.registrationPath),
      bridge_registration_sha256: await fileSha256(this.layout.registrationPath),
      probe_request_sha256: await fileSha256(this.layout.probeRequestPath),
      probe_ack_sha256: await fileSha256(this.layout.probeAckPath)
    }
    return {
      verdict,
      evidence,
      activeStage:
        stage.kind === 'ok'
          ? {
              stage_name: stage.value.stage_name,
              item_id: stage.value.item_id,
              attempt_number: stage.value.attempt_number,
              child_tool: stage.value.child_tool,
              child_pid: stage.value.child_pid,
              child_command: stage.value.child_command,
              started_at_utc: stage.value.started_at_utc,
              active_stage_path: activeStagePath,
              active_stage_sha256: stage.sha256
            }
          : null,
      observed
    }
  }

  private async awaitAck(request: ProbeRequest): Promise<ProbeAck | undefined> {
    const deadline = performance.now() + this.policy.probe_ack_deadline_sec * 1000
    for (;;) {
      const ack = loadedValue(await readArtifact(ProbeAckSchema, this.layout.probeAckPath))
      if (
        ack !== undefined &&
        ack.probe_sequence === request.probe_sequence &&
        ack.probe_nonce === request.probe_nonce &&
        ack.kernel_invocation_id === request.kernel_invocation_id
      )
        return ack
      if (performance.now() >= deadline) return undefined
      await delay(ACK_POLL_MS)
    }
  }
}
