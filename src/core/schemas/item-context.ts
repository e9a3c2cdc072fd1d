import { z } from 'zod'
import type { Lane } from '../run/lifecycle.js'
import { TERMINALS } from '../run/states.js'
import { CHANGE_PROFILES, ITEM_ID_PATTERN } from './vocabulary.js'

/**
 * `item_context.json`: what an agent is told about the item it works on, for one stage.
 * Key order is the contract's order.
 */

// The lanes (src/core/run/lifecycle.ts), in the contract's order.
export const STAGES = [
  'execute',
  'audit_codex',
  'audit_claude',
  'triage',
  'fix',
  'remediation'
] as const satisfies readonly Lane[]

const nonEmpty = z.string().min(1)

export const ItemContextSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.item_context.v1'),
  generated_at_utc: z.iso.datetime(),
  run_id: nonEmpty,
  adapter_id: z.literal('markdown_playbook_v1'),
  item: z.strictObject({
    item_id: z.string().regex(ITEM_ID_PATTERN),
    phase: nonEmpty,
    phase_slug: nonEmpty,
    action: nonEmpty,
    owner_type: nonEmpty,
    deliverable: nonEmpty,
    exit_criteria: nonEmpty,
    change_profile: z.enum(CHANGE_PROFILES),
    requires_red_green: z.boolean(),
    manual_gate_required: z.boolean(),
    external_check_required: z.boolean()
  }),
  worktree: z.strictObject({
    path: nonEmpty,
    branch_name: nonEmpty,
    base_ref: nonEmpty,
    head_ref: nonEmpty,
    workspace_packet_root: nonEmpty
  }),
  stage_context: z.strictObject({
    stage: z.enum(STAGES),
    attempt_number: z.int().min(1),
    fix_round_index: z.int().min(0),
    remediation_round_index: z.int().min(0),
    prior_checkpoint_ref: z.string().nullable(),
    terminal_targets: z.array(z.enum(TERMINALS)),
    notes: z.array(z.string())
  }),
  repo_scope: z.strictObject({
    consult_paths: z.array(z.string()),
    allowed_write_roots: z.array(z.string()).min(1),
    forbidden_roots: z.array(nonEmpty),
    scope_notes: z.array(z.string())
  }),
  source_of_truth_paths: z.array(z.string()),
  sensitive_path_globs: z.array(nonEmpty),
  support_sections: z.array(
    z.strictObject({
      section_id: nonEmpty,
      title: nonEmpty,
      body_markdown: z.string(),
      why_included: nonEmpty
    })
  ),
  artifact_inputs: z.array(
    z.strictObject({
      logical_name: nonEmpty,
      path: nonEmpty,
      workspace_path: nonEmpty,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      required_for_stage: z.boolean(),
      purpose: nonEmpty
    })
  ),
  verification_plan: z.strictObject({
    command_groups: z.array(
      z.strictObject({
        label: z.enum(['playbook_required', 'playbook_suggested']),
        commands: z.array(nonEmpty).min(1),
        required: z.boolean()
      })
    ),
    artifact_checks: z.array(
      z.strictObject({
        path: nonEmpty,
        check_kind: z.literal('exists'),
        expected_values: z.array(z.string()),
        reason: nonEmpty
      })
    )
  })
})

export type ItemContext = z.infer<typeof ItemContextSchema>
export type Stage = (typeof STAGES)[number]
