import { z } from 'zod'
import { CHANGE_PROFILES, EXTERNAL_CHECK_MODES, GATE_TYPES, ITEM_ID_PATTERN, SECTION_KINDS } from './vocabulary.js'

/**
 * `normalized_plan.json`: the playbook after normalization, the only form of the plan the
 * engine executes. Key order is part of the contract (it is the order in the JSON file).
 */

const itemId = z.string().regex(ITEM_ID_PATTERN)
const nonEmpty = z.string().min(1)
const strings = z.array(z.string())

export const ManualGateSchema = z.strictObject({
  required: z.boolean(),
  gate_type: z.enum(GATE_TYPES),
  gate_reason: z.string(),
  required_evidence: strings
})

export const ExternalCheckSchema = z.strictObject({
  required: z.boolean(),
  mode: z.enum(EXTERNAL_CHECK_MODES),
  dependencies: strings
})

export const VerificationHintsSchema = z.strictObject({
  required_artifacts: strings,
  required_commands: z.array(nonEmpty),
  suggested_commands: z.array(nonEmpty),
  materialized_artifact_roots: strings.optional(),
  pass_resolves_mutation_source_ids: strings.optional()
})

export const SourceRowSchema = z.strictObject({
  section_title: z.string(),
  row_index: z.int().min(1),
  line_start: z.int().min(1),
  line_end: z.int().min(1),
  raw_row_markdown: z.string()
})

export const PlanItemSchema = z.strictObject({
  item_id: itemId,
  order: z.int().min(1),
  phase: nonEmpty,
  phase_slug: nonEmpty,
  action: nonEmpty,
  why_now: nonEmpty,
  owner_type: nonEmpty,
  prerequisites_raw: z.string(),
  prerequisite_item_ids: z.array(itemId),
  repo_surfaces_raw: strings,
  repo_surface_paths: z.array(nonEmpty).min(1),
  external_dependencies_raw: strings,
  deliverable: nonEmpty,
  deliverable_paths: z.array(nonEmpty).min(1),
  exit_criteria: nonEmpty,
  change_profile: z.enum(CHANGE_PROFILES),
  execution_mode: z.literal('codex'),
  host_commands: z.array(z.string()).max(0),
  requires_red_green: z.boolean(),
  manual_gate: ManualGateSchema,
  external_check: ExternalCheckSchema,
  verification_hints: VerificationHintsSchema,
  source_row: SourceRowSchema,
  support_section_ids: z.array(nonEmpty),
  consult_paths: strings,
  allowed_write_roots: z.array(z.string()).min(1),
  notes: strings
})

export const SupportSectionSchema = z.strictObject({
  section_id: nonEmpty,
  title: nonEmpty,
  section_kind: z.enum(SECTION_KINDS),
  body_markdown: z.string(),
  applies_to_phase_slugs: z.array(nonEmpty)
})

export const RuntimeProfileDefaultsSchema = z.strictObject({
  offline_default: z.boolean(),
  auto_advance_default: z.boolean(),
  max_fix_rounds_default: z.int().min(0),
  max_remediation_rounds_default: z.int().min(0)
})

export const GlobalContextSchema = z.strictObject({
  primary_goal: nonEmpty,
  immediate_target: nonEmpty,
  default_runtime_profile: RuntimeProfileDefaultsSchema,
  global_support_section_ids: z.array(nonEmpty),
  notes: strings
})

export const PlanSourceSchema = z.strictObject({
  path: nonEmpty,
  source_kind: z.literal('markdown_playbook_v1'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: nonEmpty
})

export const NormalizedPlanSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.normalized_plan.v1'),
  adapter_id: z.literal('markdown_playbook_v1'),
  plan_source: PlanSourceSchema,
  generated_at_utc: z.iso.datetime(),
  global_context: GlobalContextSchema,
  support_sections: z.array(SupportSectionSchema),
  items: z.array(PlanItemSchema).min(1)
})

export type ManualGate = z.infer<typeof ManualGateSchema>
export type ExternalCheck = z.infer<typeof ExternalCheckSchema>
export type PlanItem = z.infer<typeof PlanItemSchema>
export type SupportSection = z.infer<typeof SupportSectionSchema>
export type GlobalContext = z.infer<typeof GlobalContextSchema>
export type NormalizedPlan = z.infer<typeof NormalizedPlanSchema>
