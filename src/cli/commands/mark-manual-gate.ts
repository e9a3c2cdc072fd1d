import { Command, Option } from 'commander'
import { UsageError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

interface GateOptions {
  runId: string
  item: string
  decision: 'approved' | 'rejected'
  by: string
  note?: string
  evidencePath: string[]
  checkpoint?: string
}

/**
 * Why a decision must name its checkpoint: without it, a decision taken on one version of the
 * item's work could land on another one that replaced it after the review.
 */
export const MISSING_CHECKPOINT =
  '--checkpoint is required: a gate decision holds for the checkpoint you reviewed only, so name it (status and the gate summary print the exact command)'

export function markManualGateCommand(io: CliIo): Command {
  return new Command('mark-manual-gate')
    .description(
      'Record a human decision on an item that awaits its gate. Approval moves the run branch to the reviewed checkpoint.'
    )
    .requiredOption('--run-id <id>', 'the run')
    .requiredOption('--item <id>', 'the gated item')
    .addOption(
      new Option('--decision <decision>', 'the decision')
        .choices(['approved', 'rejected'])
        .makeOptionMandatory()
    )
    .requiredOption('--by <name>', 'who decides')
    .option('--note <text>', 'why (required for a rejection)')
    .option(
      '--evidence-path <path>',
      'evidence of the review (repeatable)',
      (value: string, all: string[]) => [...all, value],
      []
    )
    .option(
      '--checkpoint <sha>',
      'the checkpoint you reviewed (required); the decision is refused for any other'
    )
    .addHelpText(
      'after',
      '\nThe gate record (manual_gate.json) names the checkpoint under review; a decision is refused when\n' +
        'the item or the run branch moved since. `status` prints the exact command. Example:\n' +
        '  plan-orchestrator mark-manual-gate --run-id RUN_… --item 02 --decision approved --by ada --note "wording ok" --checkpoint 3f2a…'
    )
    .action(async (options: GateOptions) => {
      if (options.checkpoint === undefined || options.checkpoint.trim() === '')
        throw new UsageError(MISSING_CHECKPOINT)
      if (options.by.trim() === '') throw new UsageError('--by must name who decides')
      if (options.decision === 'rejected' && (options.note ?? '').trim() === '') {
        throw new UsageError('a rejection needs --note saying why')
      }
      const { recordGateDecision } = await import('../../composition-root.js')
      const result = await recordGateDecision({
        cwd: io.cwd,
        env: io.env,
        runId: options.runId,
        itemId: options.item,
        decision: options.decision,
        by: options.by.trim(),
        note: (options.note ?? '').trim() || `${options.decision} by ${options.by.trim()}`,
        evidencePaths: options.evidencePath,
        checkpoint: options.checkpoint.trim()
      })
      io.stdout(toJsonText(result))
    })
}
