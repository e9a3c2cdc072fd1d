import type { ExternalCheck, ManualGate } from '../schemas/normalized-plan.js'
import { type ChangeProfile, EXTERNAL_CHECK_MODES, GATE_TYPES } from '../schemas/vocabulary.js'
import { dedupe, semicolonList } from './text.js'

/** The fields of a plan item built from several cells: its gate, external check, profile and notes. */

export const GENERATED_ITEM_NOTES = {
  snapshot: 'Immediate source is the frozen markdown playbook snapshot.',
  redGreen: 'Behavioral changes require real Red/Green evidence.',
  nonBehavioral:
    'Non-behavioral items may verify through artifact and content checks without fabricated failing tests.',
  manualGate: 'Manual review is required before the item can be treated as finally passed.',
  external:
    'This item requires human-supplied external evidence; the runtime must not browse the web to satisfy it.'
} as const

export const NO_GATE: ManualGate = {
  required: false,
  gate_type: 'none',
  gate_reason: '',
  required_evidence: []
}

export function readManualGate(
  kindCell: string,
  reason: string,
  evidence: string,
  exitCriteria: string
): ManualGate | undefined {
  const kind = kindCell === '' ? 'none' : kindCell.toLowerCase()
  const gateType = GATE_TYPES.find((type) => type === kind)
  if (gateType === undefined) return undefined
  if (gateType === 'none') return NO_GATE
  const requiredEvidence = semicolonList(evidence)
  return {
    required: true,
    gate_type: gateType,
    gate_reason: reason === '' ? exitCriteria : reason,
    required_evidence: requiredEvidence.length > 0 ? requiredEvidence : ['decision record']
  }
}

export function readExternalCheck(
  modeCell: string,
  dependencies: string[]
): ExternalCheck | undefined {
  const mode = EXTERNAL_CHECK_MODES.find(
    (candidate) => candidate === (modeCell === '' ? 'none' : modeCell.toLowerCase())
  )
  if (mode === undefined) return undefined
  const required = mode !== 'none'
  return { required, mode, dependencies: required ? [...dependencies] : [] }
}

export function changeProfile(
  redGreen: boolean,
  deliverablePaths: readonly string[],
  writeRoots: readonly string[]
): ChangeProfile {
  if (redGreen) return 'behavioral_code'
  const docsDeliverables = deliverablePaths.every(
    (path) => path.startsWith('docs/') || path.endsWith('.md') || path.endsWith('.json')
  )
  const docsRoots = writeRoots.every((root) => root.startsWith('docs'))
  return docsDeliverables && docsRoots ? 'docs_only' : 'mixed'
}

export function itemNotes(
  authored: string[],
  redGreen: boolean,
  manualGate: boolean,
  external: boolean
): string[] {
  const notes = authored
  notes.push(
    GENERATED_ITEM_NOTES.snapshot,
    redGreen ? GENERATED_ITEM_NOTES.redGreen : GENERATED_ITEM_NOTES.nonBehavioral
  )
  if (manualGate) notes.push(GENERATED_ITEM_NOTES.manualGate)
  if (external) notes.push(GENERATED_ITEM_NOTES.external)
  return dedupe(notes)
}

export function pythonList(values: readonly string[]): string {
  return `[${values.map((v) => `'${v}'`).join(', ')}]`
}
