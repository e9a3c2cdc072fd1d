/**
 * Whether a probe acknowledgement proves the supervisor is attached to the live kernel.
 * The ack must answer this exact request, come from the registered bridge, arrive in time,
 * and describe the same run state the supervisor reads itself. The first failed check is
 * the rejection reason; the check order is part of the contract because operators and
 * tests read the token.
 */

export interface KernelSnapshotView {
  readonly run_state_path: string
  readonly run_state_sha256: string | null
  readonly current_state: string | null
  readonly current_item_id: string | null
  readonly active_stage_present: boolean
  readonly active_stage_path: string | null
  readonly active_stage_sha256: string | null
}

export interface ProbeRequestView {
  readonly run_id: string
  readonly supervisor_session_id: string
  readonly kernel_invocation_id: string
  readonly probe_sequence: number
  readonly probe_nonce: string
  readonly issued_at_utc: string
  readonly expires_at_utc: string
}

export interface ProbeAckView {
  readonly run_id: string
  readonly supervisor_session_id: string
  readonly kernel_invocation_id: string
  readonly probe_sequence: number
  readonly probe_nonce: string
  readonly acked_at_utc: string
  readonly kernel_snapshot: KernelSnapshotView
}

export interface RegistrationView {
  readonly supervisor_session_id: string
  readonly kernel_invocation_id: string
}

export interface RoundTripInput {
  readonly request: ProbeRequestView
  /** The matching ack, if one arrived in time. */
  readonly ack: ProbeAckView | undefined
  readonly registration: RegistrationView | undefined
  /** observed_at_utc of the previous heartbeat of this session. */
  readonly previousObservedAt: string | undefined
  /** What the supervisor read itself right after the ack; a null hash means no run_state.json. */
  readonly supervisorView: KernelSnapshotView
}

export type RoundTripVerdict =
  { readonly valid: true } | { readonly valid: false; readonly rejection_reason: string }

const ECHOED_FIELDS = [
  'run_id',
  'supervisor_session_id',
  'kernel_invocation_id',
  'probe_sequence',
  'probe_nonce'
] as const

export function judgeRoundTrip(input: RoundTripInput): RoundTripVerdict {
  const reason = rejectionOf(input)
  return reason === undefined ? { valid: true } : { valid: false, rejection_reason: reason }
}

// A state write or stage swap between the kernel's ack and the supervisor's re-read causes
// exactly these; one more probe usually settles them, unlike a wrong identity or a stale ack.
const RETRYABLE: ReadonlySet<string> = new Set([
  'run_state_sha256_mismatch',
  'current_state_mismatch',
  'current_item_id_mismatch',
  'active_stage_missing',
  'active_stage_presence_mismatch',
  'active_stage_sha256_mismatch',
  'active_stage_path_mismatch'
])

/** Whether a rejection may be a race with a state write, worth one immediate re-probe. */
export function isRetryableRejection(reason: string): boolean {
  return RETRYABLE.has(reason)
}

function rejectionOf(input: RoundTripInput): string | undefined {
  const { request, ack, registration } = input
  if (registration === undefined) return 'bridge_registration_missing'
  if (ack === undefined) return 'probe_ack_missing'
  const mismatched = ECHOED_FIELDS.find((field) => ack[field] !== request[field])
  if (mismatched !== undefined) return `probe_ack_mismatch:${mismatched}`
  if (registration.supervisor_session_id !== request.supervisor_session_id)
    return 'bridge_registration_session_mismatch'
  if (registration.kernel_invocation_id !== request.kernel_invocation_id)
    return 'bridge_registration_invocation_mismatch'

  const ackedAt = parseUtcSeconds(ack.acked_at_utc)
  const expiresAt = parseUtcSeconds(request.expires_at_utc)
  const previous =
    input.previousObservedAt === undefined ? null : parseUtcSeconds(input.previousObservedAt)
  // An unreadable previous heartbeat time leaves freshness unprovable, so it is refused with
  // the others rather than skipped.
  if (ackedAt === undefined || expiresAt === undefined || previous === undefined)
    return 'probe_ack_invalid_timestamp'
  if (ackedAt > expiresAt) return 'probe_ack_expired'
  // Whole-second timestamps: a heartbeat and the next ack often share a second, so only an
  // ack strictly older than the previous heartbeat is provably stale.
  if (previous !== null && ackedAt < previous) return 'probe_ack_not_fresh'

  const theirs = ack.kernel_snapshot
  const ours = input.supervisorView
  if (ours.run_state_sha256 === null) return 'run_state_missing'
  if (theirs.run_state_sha256 !== ours.run_state_sha256) return 'run_state_sha256_mismatch'
  if (theirs.run_state_path !== ours.run_state_path) return 'run_state_path_mismatch'
  if (theirs.current_state !== ours.current_state) return 'current_state_mismatch'
  if (theirs.current_item_id !== ours.current_item_id) return 'current_item_id_mismatch'
  if (theirs.active_stage_present && !ours.active_stage_present) return 'active_stage_missing'
  if (!theirs.active_stage_present && ours.active_stage_present)
    return 'active_stage_presence_mismatch'
  // Path and hash mean nothing without a stage, so they are compared only when both see one.
  if (theirs.active_stage_present) {
    if (theirs.active_stage_sha256 !== ours.active_stage_sha256)
      return 'active_stage_sha256_mismatch'
    if (theirs.active_stage_path !== ours.active_stage_path) return 'active_stage_path_mismatch'
  }
  return undefined
}

const UTC_SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/

/** Seconds since the epoch of a `YYYY-MM-DDTHH:MM:SSZ` time; undefined for anything else. */
function parseUtcSeconds(text: string): number | undefined {
  const match = UTC_SECONDS.exec(text)
  if (match === null) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const millis = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(millis)
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches every out-of-range field.
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  return exact ? millis / 1000 : undefined
}
