import { INTERVENTION_KINDS, type InterventionKind } from '../core/schemas/supervision.js'
import type { RecoveryDecision } from '../core/supervision/recovery-decision.js'
import type { ReadyEvidence } from './recovery-facts.js'

/** A decision with what it was made on: the evidence seen and the run state's hash. */
export interface DecisionBasis {
  readonly decision: RecoveryDecision
  readonly evidence: ReadyEvidence | null
  readonly stateSha256: string | null
}

const ACTING_KINDS: ReadonlySet<string> = new Set(INTERVENTION_KINDS)

/** The decision-derived fields of an intervention; the fingerprint is the state decided on. */
export function interventionFields(basis: DecisionBasis) {
  const { decision } = basis
  if (!ACTING_KINDS.has(decision.action_kind))
    throw new Error(`${decision.action_kind} is not an intervention`)
  return {
    action_kind: decision.action_kind as InterventionKind,
    item_id: decision.item_id,
    attempt_number: decision.attempt_number,
    terminal_state: decision.terminal_state,
    recoverability_class:
      decision.recoverability === 'recoverable'
        ? ('recoverable' as const)
        : ('non_recoverable' as const),
    fingerprint: basis.stateSha256,
    reason: decision.reason
  }
}

/** The record fields of an intervention that ran no command and names no file or evidence. */
export function nothingRecorded(): {
  command: string[]
  related_paths: string[]
  evidence_paths: string[]
  evidence_package_sha256: null
  kernel_exit: null
  notes: string[]
} {
  return {
    command: [],
    related_paths: [],
    evidence_paths: [],
    evidence_package_sha256: null,
    kernel_exit: null,
    notes: []
  }
}
