import { FORBIDDEN_ROOTS } from './cell-values.js'
import { TERMINALS } from '../run/states.js'
import { type ItemContext, ItemContextSchema, type Stage } from '../schemas/item-context.js'
import type { NormalizedPlan, PlanItem } from '../schemas/normalized-plan.js'
import type { SectionKind } from '../schemas/vocabulary.js'
import { isoSeconds } from '../time.js'

/** The run-specific half of an item context: which run, which worktree, which round. */
export interface StageSituation {
  readonly runId: string
  readonly generatedAt: Date
  readonly stage: Stage
  readonly attemptNumber: number
  readonly fixRoundIndex: number
  readonly remediationRoundIndex: number
  readonly priorCheckpointRef: string | null
  readonly worktree: ItemContext['worktree']
  readonly artifactInputs: ItemContext['artifact_inputs']
}

export const SENSITIVE_PATH_GLOBS = [
  '.env',
  '.env.*',
  'secrets/**',
  'ops/config/**',
  '.git/**'
] as const

function whyIncluded(kind: SectionKind, item: PlanItem): string {
  switch (kind) {
    case 'global_context':
      return 'Global plan context that constrains how this item should be executed.'
    case 'phase_detail':
      return `Phase-specific guidance for ${item.phase}.`
    case 'shared_guidance':
      return 'Shared guidance that applies across multiple items in the plan.'
    case 'risk_register':
      return 'Known risks and contingency guidance relevant to this item.'
    case 'informational':
      return 'Informational context attached for operator awareness.'
  }
}

/** Projects a plan item into the context an agent receives for one stage. */
export function buildItemContext(
  plan: NormalizedPlan,
  item: PlanItem,
  situation: StageSituation
): ItemContext {
  const wanted = new Set(item.support_section_ids)
  const hints = item.verification_hints
  return ItemContextSchema.parse({
    schema_version: 'plan_orchestrator.item_context.v1',
    generated_at_utc: isoSeconds(situation.generatedAt),
    run_id: situation.runId,
    adapter_id: plan.adapter_id,
    item: {
      item_id: item.item_id,
      phase: item.phase,
      phase_slug: item.phase_slug,
      action: item.action,
      owner_type: item.owner_type,
      deliverable: item.deliverable,
      exit_criteria: item.exit_criteria,
      change_profile: item.change_profile,
      requires_red_green: item.requires_red_green,
      manual_gate_required: item.manual_gate.required,
      external_check_required: item.external_check.required
    },
    worktree: situation.worktree,
    stage_context: {
      stage: situation.stage,
      attempt_number: situation.attemptNumber,
      fix_round_index: situation.fixRoundIndex,
      remediation_round_index: situation.remediationRoundIndex,
      prior_checkpoint_ref: situation.priorCheckpointRef,
      terminal_targets: [...TERMINALS],
      notes: item.notes
    },
    repo_scope: {
      consult_paths: item.consult_paths,
      allowed_write_roots: item.allowed_write_roots,
      forbidden_roots: [...FORBIDDEN_ROOTS],
      scope_notes: item.notes
    },
    source_of_truth_paths: item.consult_paths,
    sensitive_path_globs: [...SENSITIVE_PATH_GLOBS],
    support_sections: plan.support_sections
      .filter((section) => wanted.has(section.section_id))
      .map((section) => ({
        section_id: section.section_id,
        title: section.title,
        body_markdown: section.body_markdown,
        why_included: whyIncluded(section.section_kind, item)
      })),
    artifact_inputs: situation.artifactInputs,
    verification_plan: {
      command_groups: [
        ...(hints.required_commands.length > 0
          ? [{ label: 'playbook_required', commands: hints.required_commands, required: true }]
          : []),
        ...(hints.suggested_commands.length > 0
          ? [{ label: 'playbook_suggested', commands: hints.suggested_commands, required: false }]
          : [])
      ],
      artifact_checks: hints.required_artifacts.map((path) => ({
        path,
        check_kind: 'exists',
        expected_values: [],
        reason: 'Required deliverable artifact exists.'
      }))
    }
  })
}
