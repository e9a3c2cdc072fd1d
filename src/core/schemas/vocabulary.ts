/**
 * The fixed words of the plan contract. Kept apart from the zod schemas so that code on
 * the fast path (parsing a playbook for `list-items`) does not load the validator.
 */

export const ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/

export const GATE_TYPES = [
  'none',
  'signoff',
  'approval',
  'operator_confirmation',
  'security_review',
  'presenter_review',
  'custom'
] as const

export const EXTERNAL_CHECK_MODES = ['none', 'human_supplied_evidence_required'] as const

export const CHANGE_PROFILES = ['behavioral_code', 'docs_only', 'mixed'] as const

export const SECTION_KINDS = [
  'global_context',
  'phase_detail',
  'shared_guidance',
  'risk_register',
  'informational'
] as const

export type ChangeProfile = (typeof CHANGE_PROFILES)[number]
export type SectionKind = (typeof SECTION_KINDS)[number]
