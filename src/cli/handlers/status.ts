import { findRun, listRunIds } from '../../adapters/run-store.js'
import { runStateReader } from '../../adapters/run-state-reader.js'
import type { RunStatusSummary } from '../../core/run/status-summary.js'
import type { UsageSummary } from '../../core/schemas/usage.js'
import { formatCost, formatCount, formatTotals, formatUsd } from '../../core/usage/format.js'
import { oneLine } from '../../core/text/one-line.js'
import { readRunStatusHere } from '../../kernel/run-status.js'
import { renderGateReviewText } from '../../core/review/gate-review-text.js'
import type { GateReview } from '../../core/review/gate-review.js'
import { UsageError } from '../../errors.js'
import { resolveRepoRoot } from '../repo-root.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import { type Paint, paintWord, painter } from '../style.js'

export interface StatusOptions {
  runId?: string
  all?: boolean
  format: 'text' | 'json'
  exitCode?: boolean
}

export async function showStatus(
  io: CliIo,
  setExitCode: (code: number) => void,
  options: StatusOptions
): Promise<void> {
  if ((options.runId === undefined) === (options.all !== true))
    throw new UsageError('give exactly one of --run-id or --all')
  const repoRoot = await resolveRepoRoot(io.cwd)
  if (options.runId !== undefined) await findRun(repoRoot, options.runId)
  const ids = options.all === true ? await listRunIds(repoRoot) : [options.runId as string]
  const summaries = await inOrderWithLimit(ids, STATES_READ_AT_ONCE, (id) =>
    readRunStatusHere(repoRoot, id, runStateReader)
  )
  const paint = painter(io, 'stdout')
  const exitCode = options.exitCode === true
  if (options.all === true) {
    io.stdout(options.format === 'json' ? toJsonText(summaries) : renderRunTable(summaries, paint))
  } else {
    const summary = summaries[0] as RunStatusSummary
    // An item at its gate: the facts a reviewer decides on, as the gate summary shows them.
    // Only then is the code that reads them from git loaded.
    const review =
      summary.pending_action?.kind === 'manual_gate'
        ? await (await import('../gate-hint.js')).gateReviewOf(repoRoot, summary.run_id)
        : undefined
    io.stdout(
      options.format === 'json'
        ? toJsonText(review === undefined ? summary : { ...summary, gate_review: review })
        : renderRun(summary, paint, exitCode, review)
    )
  }
  if (exitCode) setExitCode(Math.max(0, ...summaries.map((summary) => summary.exit_code)))
}

/**
 * How many run states are read at once. Reading every run of `--all` at once holds every
 * state's text, parse and summary alive together: 1,000 runs took 200 MB and most of the time
 * went to garbage collection. A few at a time keeps the file system busy and the heap small.
 */
const STATES_READ_AT_ONCE = 8

async function inOrderWithLimit<T, R>(
  inputs: readonly T[],
  limit: number,
  work: (input: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let index = next++; index < inputs.length; index = next++)
      results[index] = await work(inputs[index] as T)
  }
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker))
  return results
}

/**
 * One run for a person. The exit code is named only when the process exits with it
 * (`--exit-code`); otherwise status exits 0 and the line would say something untrue.
 */
function renderRun(
  summary: RunStatusSummary,
  paint: Paint,
  exitCode: boolean,
  review?: GateReview
): string {
  const level = paintWord(paint, summary.status_level)
  const lines = [
    `RUN ${summary.run_id}`,
    `Status: ${level}${exitCode ? ` (exit ${summary.exit_code})` : ''}`,
    ...(summary.error === undefined ? [`Progress: ${describeProgress(summary.progress)}`] : []),
    `State: ${summary.current_state ?? 'unknown'}`,
    `Current item: ${summary.current_item_id ?? 'none'}`
  ]
  if (summary.run_branch_name !== null) lines.push(`Run branch: ${summary.run_branch_name}`)
  if (summary.pending_action !== null)
    lines.push(
      `Pending action: ${summary.pending_action.kind} (${oneLine(summary.pending_action.detail)})`
    )
  if (summary.error !== undefined) lines.push(`Error: ${summary.error}`)
  if (review !== undefined) lines.push('', ...renderGateReviewText(review))
  if (summary.items.length > 0) {
    lines.push('', 'Items:')
    const width = Math.max(...summary.items.map((item) => item.item_id.length))
    for (const item of summary.items) {
      const id = item.item_id.padEnd(width)
      if (!item.selected) {
        lines.push(`  ${id}  ${paint('dim', 'not selected')}`)
        continue
      }
      const tail = item.terminal_summary === null ? '' : ` — ${oneLine(item.terminal_summary)}`
      const cost = item.usage.calls === 0 ? '' : `  ${formatCost(item.usage)}`
      lines.push(
        `  ${id}  ${paintWord(paint, item.terminal_state, 19)}  attempt ${item.attempt_number}  ${item.state}${cost}${tail}`
      )
    }
  }
  if (summary.usage !== null) lines.push('', ...renderUsage(summary.usage))
  return `${lines.join('\n')}\n`
}

/** Totals per item and attempt, the run's total, and the limits with what is left of them. */
function renderUsage(usage: UsageSummary): string[] {
  const lines = ['Usage:']
  for (const item of usage.items) {
    if (item.totals.calls === 0) continue
    lines.push(`  item ${item.item_id}: ${formatTotals(item.totals)}`)
    if (item.attempts.length > 1) {
      for (const attempt of item.attempts)
        lines.push(`    attempt ${attempt.attempt_number}: ${formatTotals(attempt.totals)}`)
    }
  }
  lines.push(`  run: ${formatTotals(usage.run)}`)
  const limits = [
    usage.limits.max_cost_usd_per_item === null
      ? undefined
      : `max_cost_usd_per_item ${formatUsd(usage.limits.max_cost_usd_per_item)}`,
    usage.limits.max_cost_usd_per_run === null
      ? undefined
      : `max_cost_usd_per_run ${formatUsd(usage.limits.max_cost_usd_per_run)} (${formatCost(usage.run)} spent)`,
    usage.limits.max_tokens_per_item === null
      ? undefined
      : `max_tokens_per_item ${formatCount(usage.limits.max_tokens_per_item)}`
  ].filter((limit): limit is string => limit !== undefined)
  lines.push(`Budget: ${limits.length === 0 ? 'no limits' : limits.join(', ')}`)
  return lines
}

/** `2 of 3 passed`, naming the items the run never picked: `1 of 1 passed (not selected: 01, 02)`. */
export function describeProgress(progress: RunStatusSummary['progress']): string {
  const counted = `${progress.passed} of ${progress.selected} passed`
  return progress.not_selected.length === 0
    ? counted
    : `${counted} (not selected: ${progress.not_selected.join(', ')})`
}

function renderRunTable(summaries: readonly RunStatusSummary[], paint: Paint): string {
  const header = ['RUN', 'STATUS', 'PASSED', 'STATE', 'ITEM', 'UPDATED']
  const rows = summaries.map((s) => [
    s.run_id,
    s.status_level,
    s.error === undefined ? `${s.progress.passed} of ${s.progress.selected}` : '-',
    s.current_state ?? '-',
    s.current_item_id ?? '-',
    s.updated_at_utc ?? '-'
  ])
  const widths = header.map((label, k) =>
    Math.max(label.length, ...rows.map((row) => (row[k] ?? '').length))
  )
  // The status column is coloured after padding, so colour codes never shift the columns.
  const line = (cells: readonly string[], colour: boolean): string =>
    cells
      .map((cell, k) =>
        colour && k === 1 ? paintWord(paint, cell, widths[k]) : cell.padEnd(widths[k] ?? 0)
      )
      .join('  ')
      .trimEnd()
  return (
    [
      line(header, false),
      line(
        widths.map((w) => '-'.repeat(w)),
        false
      ),
      ...rows.map((row) => line(row, true))
    ].join('\n') + '\n'
  )
}
