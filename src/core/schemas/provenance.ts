import { z } from 'zod'
import { GATE_TYPES, ITEM_ID_PATTERN } from './vocabulary.js'
import { RunIdSchema } from '../run/run-id.js'
import { LANES } from '../run/lifecycle.js'

/**
 * Provenance: one in-toto Statement (v1) per passed item, and the record of each agent call it
 * is built from. Field by field in docs/provenance.md. The statement is written as canonical
 * JSON (RFC 8785), so the same facts always give the same bytes.
 */

export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** Ours; the fragment names the predicate's major version (docs/provenance.md). */
export const PROVENANCE_PREDICATE_TYPE =
  'https://github.com/plan-orchestrator/plan-orchestrator/blob/main/docs/provenance.md#predicate-v1'
export const PROVENANCE_PREDICATE_VERSION = 'plan_orchestrator.provenance.v1'
export const CALL_RECORD_VERSION = 'plan_orchestrator.call_record.v1'
/** In the attempt's control directory. */
export const STATEMENT_FILE = 'provenance.intoto.json'
/** The directory of the attempt's agent call records (`<lane>.<cycle>.json`). */
export const AGENT_CALLS_DIR = 'calls'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const gitCommit = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/)
const itemId = z.string().regex(ITEM_ID_PATTERN)
const isoTime = z.iso.datetime()
const count = z.int().min(0)

/** A file of the run's artifacts (repo-relative path, under the run's directories) and its sha256. */
export const FileDigestSchema = z.strictObject({ path: z.string().min(1), sha256 })
export type FileDigest = z.infer<typeof FileDigestSchema>

/** What one agent call reported it used; every field only when its CLI reports it. */
export const CallUsageSchema = z.strictObject({
  input_tokens: count.nullable(),
  cached_input_tokens: count.nullable(),
  cache_write_tokens: count.nullable(),
  output_tokens: count.nullable(),
  reasoning_tokens: count.nullable(),
  cost_usd: z.number().min(0).nullable(),
  num_turns: count.nullable(),
  /** The model the CLI says served the call. */
  model: z.string().nullable()
})
export type CallUsage = z.infer<typeof CallUsageSchema>

/** Which CLI served a call, and how it was asked to run. */
export const AgentIdentitySchema = z.strictObject({
  /** The adapter: `codex`, `claude` or `scripted`. */
  adapter: z.string().min(1),
  /** The executable that was run (`codex`, `/opt/bin/claude`, `scripted` for the built-in one). */
  cli: z.string().min(1),
  /** First line of `<cli> --version`; null when it did not tell. */
  cli_version: z.string().nullable(),
  model: z.string().nullable(),
  effort: z.string().nullable()
})
export type AgentIdentity = z.infer<typeof AgentIdentitySchema>

/**
 * `items/<ITEM>/attempt-<N>/calls/<lane>.<cycle>.json`: one agent call as the orchestrator made
 * it, written by the orchestrator after the call (agents cannot reach the run store).
 */
export const CallRecordSchema = z.strictObject({
  schema_version: z.literal(CALL_RECORD_VERSION),
  /** Order of the calls within the attempt (1, 2, …); a redone call gets the next number. */
  sequence: z.int().min(1),
  item_id: itemId,
  attempt_number: z.int().min(1),
  lane: z.enum(LANES),
  cycle: z.string().min(1),
  agent: AgentIdentitySchema,
  /** `ok` (a report that passed every check), the adapter's failure, or `report_rejected`. */
  status: z.string().min(1),
  prompt: FileDigestSchema,
  /** The context and packet files the call was handed, as the run keeps them. */
  inputs: z.array(FileDigestSchema),
  /** The report the orchestrator accepted; null when the call failed. */
  report: FileDigestSchema.nullable(),
  duration_ms: count,
  usage: CallUsageSchema.nullable()
})
export type CallRecord = z.infer<typeof CallRecordSchema>

const ProvenanceCallSchema = CallRecordSchema.omit({
  schema_version: true,
  item_id: true,
  attempt_number: true
}).extend({ record: FileDigestSchema })

const GhaJobRefSchema = z.strictObject({
  job: z.enum(['item', 'gate']),
  workflow_run_id: z.int().min(1),
  run_attempt: z.int().min(1),
  hop: z.int().min(0)
})

export const ProducerSchema = z.discriminatedUnion('kind', [
  /** The CLI on someone's machine: nothing outside the run vouches for it. */
  z.strictObject({ kind: z.literal('cli') }),
  z.strictObject({
    kind: z.literal('github_actions'),
    /** `owner/repo` */
    repository: z.string().min(1),
    workflow_path: z.string().min(1),
    ref: z.string().min(1),
    /** The item job that produced the checkpoint, and the gate job that approved it. */
    jobs: z.array(GhaJobRefSchema).min(1)
  })
])

export const GateApprovalSchema = z.strictObject({
  gate_type: z.enum(GATE_TYPES),
  decision: z.literal('approved'),
  reviewer: z.string().min(1),
  comment: z.string(),
  decided_at_utc: isoTime,
  /** manual_gate.json with the decision. */
  record: FileDigestSchema,
  /** Where the decision was read from. */
  source: z.discriminatedUnion('kind', [
    /** `mark-manual-gate` (the reviewer's name is what was typed). */
    z.strictObject({ kind: z.literal('cli') }),
    /** GitHub's approval record of the workflow run, read by the gate job (gha_gate.json). */
    z.strictObject({
      kind: z.literal('github_approval'),
      workflow_run_id: z.int().min(1),
      workflow_run_attempt: z.int().min(1),
      environment: z.string().min(1),
      reviewer_id: z.int().min(1),
      record: FileDigestSchema
    })
  ])
})

export const ProvenancePredicateSchema = z.strictObject({
  predicate_version: z.literal(PROVENANCE_PREDICATE_VERSION),
  run: z.strictObject({
    run_id: RunIdSchema,
    /** The commit the run branch started from. */
    base_sha: gitCommit,
    run_branch: z.string().min(1),
    runtime_policy: FileDigestSchema.nullable()
  }),
  playbook: z.strictObject({
    source_path: z.string().min(1),
    /** sha256 of the playbook file the run was started with. */
    source_sha256: sha256,
    snapshot: FileDigestSchema,
    normalized_plan: FileDigestSchema
  }),
  item: z.strictObject({
    item_id: itemId,
    order: z.int().min(1),
    /** sha256 of the item's row in normalized_plan.json, as canonical JSON. */
    row_sha256: sha256,
    prerequisites: z.array(itemId),
    manual_gate_required: z.boolean(),
    external_evidence_required: z.boolean(),
    attempt_number: z.int().min(1),
    fix_rounds: count,
    remediation_rounds: count
  }),
  change: z.strictObject({
    /** The run branch when the attempt started (the previous item's checkpoint, or the run's base). */
    base_sha: gitCommit,
    checkpoint_sha: gitCommit,
    /** Every commit from base_sha (exclusive) to checkpoint_sha, oldest first. */
    commits: z.array(gitCommit).min(1),
    /** The cycle whose verification, audits and triage judged the checkpoint. */
    cycle: z.string().min(1),
    /** `git diff base_sha checkpoint_sha`, as the auditors received it. */
    patch: FileDigestSchema
  }),
  agent_calls: z.array(ProvenanceCallSchema),
  verification: z.strictObject({
    report: FileDigestSchema,
    overall_result: z.enum(['pass', 'partial', 'fail']),
    commands: z.array(
      z.strictObject({
        label: z.string().min(1),
        command: z.string(),
        required: z.boolean(),
        exit_code: z.int().nullable(),
        status: z.enum(['pass', 'fail', 'skipped']),
        log: FileDigestSchema.nullable()
      })
    ),
    artifact_checks: z.array(
      z.strictObject({ path: z.string(), status: z.enum(['pass', 'fail']) })
    ),
    scope_check: z.enum(['pass', 'fail'])
  }),
  audits: z.array(
    z.strictObject({
      lane: z.enum(['codex', 'claude']),
      status: z.enum(['reported', 'failed']),
      verdict: z.enum(['pass', 'issues_found', 'blocked', 'inconclusive']).nullable(),
      blocking_findings: count.nullable(),
      report: FileDigestSchema.nullable()
    })
  ),
  merged_findings: FileDigestSchema,
  triage: z.strictObject({
    decision: z.enum(['pass', 'fix_required', 'awaiting_human_gate', 'blocked_external', 'escalate']),
    report: FileDigestSchema
  }),
  /** `passed` by the review alone, or `approved` at a human gate. */
  outcome: z.enum(['passed', 'approved']),
  gate: GateApprovalSchema.nullable(),
  /** The evidence supplied to an item that waited for it, as the run received it. */
  external_evidence: z.strictObject({ files: z.array(FileDigestSchema) }).nullable(),
  producer: ProducerSchema
})
export type ProvenancePredicate = z.infer<typeof ProvenancePredicateSchema>

export const ResourceDescriptorSchema = z.strictObject({
  name: z.string().min(1),
  digest: z.union([
    z.strictObject({ gitCommit }),
    z.strictObject({ sha256 })
  ])
})

/** `provenance.intoto.json` */
export const ProvenanceStatementSchema = z.strictObject({
  _type: z.literal(IN_TOTO_STATEMENT_TYPE),
  subject: z.array(ResourceDescriptorSchema).min(1),
  predicateType: z.literal(PROVENANCE_PREDICATE_TYPE),
  predicate: ProvenancePredicateSchema
})
export type ProvenanceStatement = z.infer<typeof ProvenanceStatementSchema>
