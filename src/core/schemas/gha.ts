import { z } from 'zod'
import { RunIdSchema } from '../run/run-id.js'
import { ITEM_ID_PATTERN } from './vocabulary.js'

/**
 * What the GitHub Action adds to a run: who started it (the gate's "not the requester" rule
 * needs it on every later hop) and, per decided gate, GitHub's record of the review, which a
 * later hop checks against the API again instead of trusting the file.
 */

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
const githubUser = z.strictObject({ login: z.string().min(1), id: z.int().min(1) })

export const GhaRunRecordSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.gha_run.v1'),
  run_id: RunIdSchema,
  requester: githubUser,
  started_in_workflow_run: z.int().min(1),
  repository: z.string().min(1),
  recorded_at_utc: timestamp
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
  checkpoint_ref: z.string().regex(/^[0-9a-f]{40}$/),
  recorded_at_utc: timestamp
})

export type GhaRunRecord = z.infer<typeof GhaRunRecordSchema>
export type GhaGateRecord = z.infer<typeof GhaGateRecordSchema>

export const GHA_RUN_FILE = 'gha_run.json'
export const GHA_GATE_FILE = 'gha_gate.json'
