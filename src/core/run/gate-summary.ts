/**
 * The one-line summary an item keeps after a human gate decision (`status` shows it next to
 * the item). The note is added after who decided, unless it already says that itself (the
 * note a command fills in when none was given, such as `approved by ada`), so the line never
 * repeats itself as `approved by ada: approved by ada`.
 */
export function gateDecisionSummary(
  decision: 'approved' | 'rejected',
  by: string,
  note: string
): string {
  const head = decision === 'approved' ? `approved by ${by}` : `manual gate rejected by ${by}`
  const text = note.trim()
  if (text === '') return head
  const lower = text.toLowerCase()
  const restates = lower.startsWith(decision) && lower.includes(by.toLowerCase())
  if (restates) return decision === 'approved' ? text : `manual gate ${text}`
  return `${head}: ${text}`
}
