import { Command, Option } from 'commander'
import { belongsHere, findRun, listRunIds } from '../../adapters/run-store.js'
import { runLayout } from '../../core/run/layout.js'
import { type RunStatusSummary, brokenRunSummary } from '../../core/run/status-summary.js'
import { readRunStatus } from '../../kernel/run-status.js'
import { UsageError } from '../../errors.js'
import { resolveRepoRoot } from '../repo-root.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

export function statusCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return new Command('status')
    .description('Show what the saved state of a run (or of every run) says.')
    .option('--run-id <id>', 'the run to show')
    .option('--all', 'show every run of this repository')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .option(
      '--exit-code',
      'exit 0 ok, 1 waiting or interrupted, 2 error (highest of all runs with --all)'
    )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator status --run-id RUN_20261125T120000Z_1a2b3c4d --format json'
    )
    .action(
      async (options: {
        runId?: string
        all?: boolean
        format: 'text' | 'json'
        exitCode?: boolean
      }) => {
        if ((options.runId === undefined) === (options.all !== true))
          throw new UsageError('give exactly one of --run-id or --all')
        const repoRoot = await resolveRepoRoot(io.cwd)
        if (options.runId !== undefined) await findRun(repoRoot, options.runId)
        const ids = options.all === true ? await listRunIds(repoRoot) : [options.runId as string]
        const summaries = await Promise.all(
          ids.map(async (id) =>
            (await belongsHere(runLayout(repoRoot, id)))
              ? readRunStatus(repoRoot, id)
              : brokenRunSummary(
                  id,
                  'not a run of this repository: its run state names another one'
                )
          )
        )
        if (options.all === true) {
          io.stdout(options.format === 'json' ? toJsonText(summaries) : renderRunTable(summaries))
        } else {
          const summary = summaries[0] as RunStatusSummary
          io.stdout(options.format === 'json' ? toJsonText(summary) : renderRun(summary))
        }
        if (options.exitCode === true)
          setExitCode(Math.max(0, ...summaries.map((summary) => summary.exit_code)))
      }
    )
}

function renderRun(summary: RunStatusSummary): string {
  const lines = [
    `RUN ${summary.run_id}`,
    `Status: ${summary.status_level} (exit ${summary.exit_code})`,
    `State: ${summary.current_state ?? 'unknown'}`,
    `Current item: ${summary.current_item_id ?? 'none'}`
  ]
  if (summary.run_branch_name !== null) lines.push(`Run branch: ${summary.run_branch_name}`)
  if (summary.pending_action !== null)
    lines.push(`Pending action: ${summary.pending_action.kind} (${summary.pending_action.detail})`)
  if (summary.error !== undefined) lines.push(`Error: ${summary.error}`)
  if (summary.items.length > 0) {
    lines.push('', 'Items:')
    for (const item of summary.items) {
      const tail = item.terminal_summary === null ? '' : ` — ${item.terminal_summary}`
      lines.push(
        `  ${item.item_id}  ${item.terminal_state.padEnd(19)}  attempt ${item.attempt_number}  ${item.state}${tail}`
      )
    }
  }
  return `${lines.join('\n')}\n`
}

function renderRunTable(summaries: readonly RunStatusSummary[]): string {
  const rows = summaries.map((s) => [
    s.run_id,
    s.status_level,
    s.current_state ?? '-',
    s.current_item_id ?? '-',
    s.updated_at_utc ?? '-'
  ])
  const header = ['RUN', 'STATUS', 'STATE', 'ITEM', 'UPDATED']
  const widths = header.map((label, k) =>
    Math.max(label.length, ...rows.map((row) => (row[k] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, k) => cell.padEnd(widths[k] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
}
