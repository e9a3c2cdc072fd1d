import type { RunLayout } from '../core/run/layout.js'
import type { FreshnessPolicy } from '../core/supervision/claims.js'
import type { KernelCommand } from './kernel-process.js'

/** What a supervision session is given, how it ends, and what it reports. */

export type SupervisionOutcome =
  'passed' | 'selection_done' | 'waiting_timeout' | 'parked' | 'interrupted' | 'kernel_failed'

/** `supervise run|resume` exit codes: a stable contract, documented in docs/supervision.md. */
export const OUTCOME_EXIT_CODES: Readonly<Record<SupervisionOutcome, number>> = {
  passed: 0,
  selection_done: 0,
  waiting_timeout: 10,
  parked: 20,
  interrupted: 130,
  kernel_failed: 1
}

export interface SuperviseInput {
  readonly run: RunLayout
  readonly mode: 'run' | 'resume'
  /** `supervise run`: the kernel's `run` argv (without the work options). */
  readonly runArgs?: readonly string[]
  /** Options every kernel gets (agents, scenario, progress). */
  readonly workArgs: readonly string[]
  /** `supervise resume`: whether launched resumes may go on to further items. */
  readonly autoAdvance: boolean
  /** Absolute; used once (`supervise resume --external-evidence-dir`). */
  readonly explicitEvidenceDir?: string
  /** Absolute; watched for as long as an item is blocked. */
  readonly evidenceInboxDir?: string
  readonly policy: FreshnessPolicy
  readonly maxAutoResumes: number
  readonly maxWaitSeconds?: number
  readonly kernel: KernelCommand
  readonly env: Readonly<Record<string, string | undefined>>
  /** Supervisor progress lines (stderr). */
  readonly log: (line: string) => void
  /** Kernel progress lines, as they come. */
  readonly kernelLog: (line: string) => void
  /** Aborted with the signal's name when the supervisor is told to stop. */
  readonly abort: AbortSignal
}

export interface SuperviseResult {
  readonly runId: string
  readonly sessionId: string
  readonly outcome: SupervisionOutcome
  readonly exitCode: number
  readonly reason: string
  readonly supervisionRoot: string
  readonly latestHeartbeatPath: string | null
  readonly latestInterventionPath: string | null
}
