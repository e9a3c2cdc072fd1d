import { z } from 'zod'
import { RecordedRuntimeOptionsSchema, POLICY_SOURCES } from '../policy/runtime-policy.js'
import { STATE_IDS, TERMINALS } from '../run/states.js'
import { AgentCallRecordSchema, BudgetStopSchema } from './usage.js'
import { ITEM_ID_PATTERN } from './vocabulary.js'
import { RUN_ID_PATTERN, RunIdSchema } from '../run/run-id.js'

/**
 * `run_state.json`: the one authoritative record of a run. Validated on every read and
 * written atomically on every change, so it doubles as a journal a crashed run resumes from.
 */

export const RUN_STATE_VERSION = 'plan_orchestrator.run_state.v1'
export { RUN_ID_PATTERN }

const isoTime = z.iso.datetime()
const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const gitSha = z.string().regex(/^[0-9a-f]{7,64}$/)
const stateId = z.enum(STATE_IDS)

export const ACTORS = ['orchestrator', 'codex', 'claude', 'human', 'git', 'verification'] as const

export const LatestPathsSchema = z.strictObject({
  item_context_path: z.string().nullable(),
  execution_report_path: z.string().nullable(),
  verification_report_path: z.string().nullable(),
  codex_audit_report_path: z.string().nullable(),
  claude_audit_report_path: z.string().nullable(),
  triage_report_path: z.string().nullable(),
  fix_report_path: z.string().nullable(),
  artifact_manifest_path: z.string().nullable(),
  manual_gate_path: z.string().nullable(),
  escalation_manifest_path: z.string().nullable()
})

export const ItemRunStateSchema = z.strictObject({
  item_id: z.string().regex(ITEM_ID_PATTERN),
  order: z.int().min(1),
  state: stateId,
  attempt_number: z.int().min(1),
  fix_rounds_completed: z.int().min(0),
  remediation_rounds_completed: z.int().min(0),
  manual_gate_status: z.enum(['not_required', 'pending', 'approved', 'rejected']),
  external_check_status: z.enum(['not_required', 'pending_evidence', 'resolved']),
  branch_name: z.string().nullable(),
  worktree_path: z.string().nullable(),
  /** Commit the attempt started from (the run branch tip when the worktree was made). */
  base_ref: gitSha.nullable(),
  checkpoint_ref: gitSha.nullable(),
  terminal_state: z.enum(['none', ...TERMINALS]),
  terminal_summary: z.string().nullable(),
  latest_paths: LatestPathsSchema,
  /**
   * The last time a budget limit stopped this item (figures of its `budget_exhausted`); it
   * stands for the terminal reason while `attempt_number` is the attempt it names.
   */
  budget_stop: BudgetStopSchema.nullable().default(null),
  updated_at_utc: isoTime
})

export const RunEventSchema = z.strictObject({
  at_utc: isoTime,
  state: stateId,
  actor: z.enum(ACTORS),
  item_id: z.string().nullable(),
  message: z.string().min(1)
})

export const PendingFastForwardSchema = z.strictObject({
  item_id: z.string().regex(ITEM_ID_PATTERN),
  attempt_number: z.int().min(1),
  from: gitSha,
  to: gitSha,
  recorded_at_utc: isoTime
})

export type PendingFastForward = z.infer<typeof PendingFastForwardSchema>

export const AGENT_SETS = ['codex-claude', 'scripted'] as const
export type AgentSet = (typeof AGENT_SETS)[number]

/**
 * Which agents do the run's work, so that `resume`, `supervise resume`, `doctor` and every
 * printed hint continue it with them unless told otherwise (docs/operator-guide.md, "Runs
 * remember their agents"). A scripted run plays its own copy of the scenario, kept in the
 * run's directory under its sha256 (`scenarios/<sha256>.json`).
 */
export const RunAgentsSchema = z
  .strictObject({
    set: z.enum(AGENT_SETS),
    scenario: z
      .strictObject({
        /** The file as it was given: repo-relative when inside the repository, else absolute. */
        source_path: z.string().min(1),
        sha256
      })
      .nullable()
  })
  .refine((agents) => (agents.set === 'scripted') === (agents.scenario !== null), {
    message: 'a scenario belongs to scripted agents, and scripted agents need one'
  })

export type RunAgents = z.infer<typeof RunAgentsSchema>

export const RunStateSchema = z.strictObject({
  schema_version: z.literal(RUN_STATE_VERSION),
  run_id: RunIdSchema,
  adapter_id: z.literal('markdown_playbook_v1'),
  repo_root: z.string().min(1),
  playbook_source_path: z.string().min(1),
  playbook_source_sha256: sha256,
  normalized_plan_path: z.string().min(1),
  base_head_sha: gitSha,
  run_branch_name: z.string().min(1),
  /**
   * Where the run branch must point: the base commit, then the checkpoint of the last passed
   * (or approved) item. Every command compares the branch with it before building on it.
   */
  run_branch_head: gitSha,
  /**
   * A fast-forward of the run branch that was decided and recorded before git moved the
   * branch, so a crash between the move and the pass record resumes exactly once.
   */
  pending_fast_forward: PendingFastForwardSchema.nullable(),
  created_at_utc: isoTime,
  updated_at_utc: isoTime,
  current_state: stateId,
  current_item_id: z.string().nullable(),
  options: RecordedRuntimeOptionsSchema,
  items: z.array(ItemRunStateSchema).min(1),
  event_log: z.array(RunEventSchema),
  /** Every agent call of the run, in order: tokens, time, model, cost (docs/operator-guide.md). */
  agent_calls: z.array(AgentCallRecordSchema).default([]),
  runtime_policy_path: z.string().nullable(),
  runtime_policy_sha256: sha256.nullable(),
  runtime_policy_sources: z.record(z.string(), z.enum(POLICY_SOURCES)).nullable(),
  /** Null in a run saved before runs recorded their agents: it resumes with codex-claude. */
  agents: RunAgentsSchema.nullable().default(null)
})

export type RunState = z.infer<typeof RunStateSchema>
export type ItemRunState = z.infer<typeof ItemRunStateSchema>
export type LatestPaths = z.infer<typeof LatestPathsSchema>
export type RunEvent = z.infer<typeof RunEventSchema>
export type Actor = (typeof ACTORS)[number]

export const EMPTY_LATEST_PATHS: LatestPaths = {
  item_context_path: null,
  execution_report_path: null,
  verification_report_path: null,
  codex_audit_report_path: null,
  claude_audit_report_path: null,
  triage_report_path: null,
  fix_report_path: null,
  artifact_manifest_path: null,
  manual_gate_path: null,
  escalation_manifest_path: null
}

export const RuntimePolicySnapshotSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.runtime_policy.v1'),
  resolved_at_utc: isoTime,
  repo_control_plane_path: z.string().nullable(),
  overlay_control_plane_path: z.string().nullable(),
  sources: z.record(z.string(), z.enum(POLICY_SOURCES)),
  options: RecordedRuntimeOptionsSchema
})

export type RuntimePolicySnapshot = z.infer<typeof RuntimePolicySnapshotSchema>
