import { z } from 'zod'
import type { OutsideChange } from '../integrity/outside-state.js'
import { ITEM_ID_PATTERN } from './vocabulary.js'
import { RUN_ID_PATTERN } from './run-state.js'

/**
 * `integrity_incidents/<stamp>_<item>_attempt-<n>_<stage>.json` in a run's control
 * directory: what changed outside an attempt while one of its stages ran, what the
 * orchestrator put back, and how `doctor` tells that each change is resolved.
 */

export const INTEGRITY_INCIDENT_DIR = 'integrity_incidents'

/**
 * When a change counts as resolved:
 * - `ref_matches_before`: the ref points where it did before the stage (or is gone again);
 * - `file_matches_before`: the file's content hash is the one before the stage (or it is gone);
 * - `checkout_clean`: `git status` no longer lists the path in the checkout;
 * - `absent`: the file written into the run store no longer exists;
 * - `restored`: the orchestrator rewrote it from its own record (run_state.json);
 * - `acknowledged`: nothing can tell; resolved once the operator removes the incident record.
 */
export const RESOLUTIONS = [
  'ref_matches_before',
  'file_matches_before',
  'checkout_clean',
  'absent',
  'restored',
  'acknowledged'
] as const

export type Resolution = (typeof RESOLUTIONS)[number]

export const IntegrityChangeSchema = z.strictObject({
  area: z.enum(['ref', 'git_file', 'checkout', 'run_store', 'run_state']),
  /** Full ref name or repo-relative path. */
  path: z.string().min(1),
  before: z.string().nullable(),
  after: z.string().nullable(),
  description: z.string().min(1),
  restored: z.boolean(),
  resolved_when: z.enum(RESOLUTIONS)
})

export const IntegrityIncidentSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.integrity_incident.v1'),
  run_id: z.string().regex(RUN_ID_PATTERN),
  item_id: z.string().regex(ITEM_ID_PATTERN),
  attempt_number: z.int().min(1),
  /** e.g. `execute agent (execute.round-0)`, `verification (fix.round-1)`. */
  stage: z.string().min(1),
  detected_at_utc: z.iso.datetime(),
  summary: z.string().min(1),
  changes: z.array(IntegrityChangeSchema).min(1)
})

export type IntegrityIncident = z.infer<typeof IntegrityIncidentSchema>
export type IntegrityChange = z.infer<typeof IntegrityChangeSchema>

export function expectationOf(change: OutsideChange, restored: boolean): Resolution {
  switch (change.area) {
    case 'ref':
      return 'ref_matches_before'
    case 'git_file':
      return 'file_matches_before'
    case 'checkout':
      return change.before === null ? 'checkout_clean' : 'acknowledged'
    case 'run_store':
      return change.before === null ? 'absent' : 'acknowledged'
    case 'run_state':
      return restored ? 'restored' : 'acknowledged'
  }
}

const WatchedFileSchema = z.strictObject({
  sha256: z.string(),
  configLines: z.array(z.string()).optional(),
  run: z.string().optional()
})

/**
 * `integrity_stage.json`: the reading taken before the stage now running, kept so that a
 * process killed during the stage (by a crash, or by the agent itself) is checked by the
 * `resume` after it. Holds no secrets: config values that are credentials are redacted, and
 * only the small `info/` files are copied.
 */
export const IntegrityStageSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.integrity_stage.v1'),
  run_id: z.string().regex(RUN_ID_PATTERN),
  item_id: z.string().regex(ITEM_ID_PATTERN),
  attempt_number: z.int().min(1),
  stage: z.string().min(1),
  started_at_utc: z.iso.datetime(),
  scope: z.strictObject({
    runId: z.string().regex(RUN_ID_PATTERN),
    ownBranch: z.string(),
    ownWrites: z.array(z.string()),
    expectedRefs: z.record(z.string(), z.string())
  }),
  state: z.strictObject({
    refs: z.record(z.string(), z.string()),
    gitFiles: z.record(z.string(), WatchedFileSchema),
    checkout: z.record(z.string(), z.string()),
    store: z.record(z.string(), z.string()),
    liveRuns: z.array(z.string()),
    runStateDigest: z.string().nullable()
  }),
  /** Copies of small git metadata files that hold no secrets (`info/exclude` …), base64. */
  copies: z.record(z.string(), z.strictObject({ base64: z.string(), mode: z.int().min(0) }))
})

export type IntegrityStage = z.infer<typeof IntegrityStageSchema>
