import type { MergedFinding, Severity } from '../schemas/reports.js'

const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4
}

/** Most severe first, then by canonical id, so the same findings always list the same way. */
export function sortFindings<T extends MergedFinding>(findings: readonly T[]): T[] {
  // Array.prototype.sort is stable, which keeps equal keys in their candidate order.
  return [...findings].sort(
    (left, right) =>
      SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity] ||
      compareAscii(left.canonical_id, right.canonical_id)
  )
}

function compareAscii(left: string, right: string): number {
  if (left === right) return 0
  return left < right ? -1 : 1
}

/** Keeps the first occurrence of each value, in order. */
export function dedupe<T>(values: Iterable<T>): T[] {
  return [...new Set(values)]
}
