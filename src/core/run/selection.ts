import type { NormalizedPlan } from '../schemas/normalized-plan.js'

/**
 * What is wrong with the items a new run is asked to run, one sentence each. The queue runs
 * the list in order and stops at the first item that does not pass, and a new run has passed
 * nothing yet, so every prerequisite of an item must come before it in the list.
 */
export function selectionProblems(
  plan: NormalizedPlan,
  requested: readonly string[],
  listFlag = '--items'
): string[] {
  const byId = new Map(plan.items.map((item) => [item.item_id, item]))
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [index, id] of requested.entries()) {
    if (!byId.has(id)) {
      problems.push(`item ${id} is not in the playbook (items: ${[...byId.keys()].join(', ')})`)
      continue
    }
    if (seen.has(id)) {
      problems.push(`item ${id} is listed twice in ${listFlag}`)
      continue
    }
    seen.add(id)
    const earlier = new Set(requested.slice(0, index))
    const missing = (byId.get(id)?.prerequisite_item_ids ?? []).filter((pre) => !earlier.has(pre))
    if (missing.length === 0) continue
    const later = missing.filter((pre) => requested.slice(index + 1).includes(pre))
    problems.push(
      later.length > 0
        ? `item ${id} needs ${missing.join(', ')} to pass first; list ${later.join(', ')} before ${id} in ${listFlag}`
        : `item ${id} needs ${missing.join(', ')} to pass first, and a new run has passed no item yet; run them in order: ${listFlag} ${inOrder(plan, id).join(',')}`
    )
  }
  return problems
}

/** The item with everything it needs, transitively, in plan order. */
function inOrder(plan: NormalizedPlan, id: string): string[] {
  const byId = new Map(plan.items.map((item) => [item.item_id, item]))
  const needed = new Set<string>()
  const visit = (current: string): void => {
    if (needed.has(current)) return
    needed.add(current)
    for (const pre of byId.get(current)?.prerequisite_item_ids ?? []) visit(pre)
  }
  visit(id)
  return plan.items
    .filter((item) => needed.has(item.item_id))
    .sort((a, b) => a.order - b.order)
    .map((item) => item.item_id)
}
