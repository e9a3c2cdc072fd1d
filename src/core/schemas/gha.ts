import { z } from 'zod'
import { RunIdSchema } from '../run/run-id.js'
import { ITEM_ID_PATTERN } from './vocabulary.js'

/**
 * What the GitHub Action adds to a run: where it was started (repository, workflow file, ref,
 * first workflow run), the chain of jobs that carried its state from hop to hop, and, per
 * decided gate, GitHub's record of the review. A later hop believes none of it on its own: it
 * checks the chain's ends and every gate against GitHub again (docs/security.md).
 */

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
const githubUser = z.strictObject({ login: z.string().min(1), id: z.int().min(1) })
const commitSha = z.string().regex(/^[0-9a-f]{40}$/)

/**
 * One job that uploaded the run's state: the item job of a hop, or its gate job. The state
 * artifact a hop restores must be the one its chain's last link names.
 */
export const GhaChainLinkSchema = z.strictObject({
  workflow_run_id: z.int().min(1),
  run_attempt: z.int().min(1),
  hop: z.int().min(0),
  job: z.enum(['item', 'gate']),
  item_id: z.string().regex(ITEM_ID_PATTERN),
  /** The item's checkpoint when the job uploaded the state (what a gate on this run reviews). */
  checkpoint_ref: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/)
    .nullable(),
  recorded_at_utc: timestamp
})

export const GhaRunRecordSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.gha_run.v2'),
  run_id: RunIdSchema,
  /** `owner/repo` */
  repository: z.string().min(1),
  /** The workflow file every hop must run (`path` of GitHub's record of the first hop). */
  workflow_path: z.string().min(1),
  /** The branch or tag the run was started from; every hop must run on it. */
  ref: z.string().min(1),
  /**
   * Who started the run, as GitHub recorded the first hop (for the summaries; the gate checks
   * read GitHub's record of that workflow run again).
   */
  requester: githubUser,
  started_in_workflow_run: z.int().min(1),
  recorded_at_utc: timestamp,
  chain: z.array(GhaChainLinkSchema).min(1)
})

export const GhaGateRecordSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.gha_gate.v1'),
  run_id: RunIdSchema,
  item_id: z.string().regex(ITEM_ID_PATTERN),
  attempt_number: z.int().min(1),
  decision: z.enum(['approved', 'rejected']),
  reviewer: githubUser,
  comment: z.string(),
  environment: z.string().min(1),
  workflow_run_id: z.int().min(1),
  workflow_run_attempt: z.int().min(1),
  checkpoint_ref: commitSha,
  recorded_at_utc: timestamp
})

export type GhaChainLink = z.infer<typeof GhaChainLinkSchema>
export type GhaRunRecord = z.infer<typeof GhaRunRecordSchema>
export type GhaGateRecord = z.infer<typeof GhaGateRecordSchema>

export const GHA_RUN_FILE = 'gha_run.json'
export const GHA_GATE_FILE = 'gha_gate.json'
