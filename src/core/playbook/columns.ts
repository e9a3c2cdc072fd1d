/** The plan table's columns, as markdown_playbook_v1 defines them. */

export const REQUIRED_COLUMNS = [
  'step_id',
  'phase',
  'action',
  'why_now',
  'owner_type',
  'prerequisites',
  'repo_surfaces',
  'deliverable',
  'exit_criteria',
  'allowed_write_roots',
  'requires_red_green'
] as const

export const OPTIONAL_COLUMNS = [
  'manual_gate',
  'manual_gate_reason',
  'manual_gate_evidence',
  'external_check',
  'external_dependencies',
  'consult_paths',
  'required_verification_commands',
  'suggested_verification_commands',
  'required_verification_artifacts',
  'notes'
] as const

/** Derived during normalization; a playbook may carry the column but must leave it blank. */
export const RESERVED_COLUMNS = ['change_profile', 'execution_mode', 'host_commands'] as const

export type ColumnName =
  | (typeof REQUIRED_COLUMNS)[number]
  | (typeof OPTIONAL_COLUMNS)[number]
  | (typeof RESERVED_COLUMNS)[number]

export const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([
  ...REQUIRED_COLUMNS,
  ...OPTIONAL_COLUMNS,
  ...RESERVED_COLUMNS
])

/** The known column an unknown header most likely meant, if it is a near miss. */
export function closestColumn(name: string): ColumnName | undefined {
  let best: { column: ColumnName; distance: number } | undefined
  for (const column of KNOWN_COLUMNS as ReadonlySet<ColumnName>) {
    const distance = editDistance(name, column)
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { column, distance }
  }
  return best?.column
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
