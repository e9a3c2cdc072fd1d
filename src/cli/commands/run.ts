import { Command } from 'commander'
import { startRun } from '../../composition-root.js'
import { UsageError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import { playbookPath } from '../load-plan.js'
import { type WorkOptions, addWorkOptions, readWorkOptions } from '../work-options.js'

interface RunOptions extends WorkOptions {
  playbook?: string
  item?: string
  items?: string
  next?: boolean
  maxItems?: string
  autoAdvance?: boolean
  config?: string
  externalEvidenceDir?: string
}

export function runCommand(io: CliIo): Command {
  return addWorkOptions(
    new Command('run')
      .description('Start a new run of a playbook and run the selected items, one attempt each.')
      .option(
        '--playbook <file>',
        'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)'
      )
      .option('--item <id>', 'run this item')
      .option('--items <ids>', 'run these items, comma-separated, in this order')
      .option('--next', 'run the first unfinished item')
      .option('--max-items <n>', 'stop after this many items')
      .option('--auto-advance', 'after a pass, go on to the next unfinished item')
      .option(
        '--config <file>',
        'a plan_orchestrator.control_plane.v1 JSON file with runtime policy'
      )
      .option(
        '--external-evidence-dir <dir>',
        'evidence for an item that needs human-supplied evidence'
      )
  )
    .addHelpText(
      'after',
      '\nThe result (run id, last terminal state) is printed as JSON on stdout; progress goes to stderr.\n' +
        'Example:\n  plan-orchestrator run --playbook plan.md --next --auto-advance'
    )
    .action(async (options: RunOptions) => {
      const selectors = [options.item, options.items, options.next].filter(
        (value) => value !== undefined
      )
      if (selectors.length !== 1)
        throw new UsageError('give exactly one of --item, --items or --next')
      if (options.items !== undefined && options.externalEvidenceDir !== undefined) {
        throw new UsageError(
          '--external-evidence-dir applies to one item; use it with --item or --next'
        )
      }
      const maxItems =
        options.maxItems === undefined ? undefined : parsePositive(options.maxItems, '--max-items')
      const work = readWorkOptions(io, options)
      const result = await startRun({
        cwd: io.cwd,
        env: io.env,
        playbookPath: playbookPath(options.playbook, io),
        selection:
          options.item !== undefined
            ? { kind: 'items', ids: [options.item], explicitList: false }
            : options.items !== undefined
              ? {
                  kind: 'items',
                  ids: options.items
                    .split(',')
                    .map((id) => id.trim())
                    .filter(Boolean),
                  explicitList: true
                }
              : { kind: 'next' },
        cli: {
          ...(options.autoAdvance === true ? { auto_advance: true } : {}),
          ...(maxItems === undefined ? {} : { max_items: maxItems })
        },
        ...(options.config === undefined ? {} : { configPath: options.config }),
        ...(options.externalEvidenceDir === undefined
          ? {}
          : { evidenceDir: options.externalEvidenceDir }),
        ...work
      })
      io.stdout(toJsonText(result))
    })
}

function parsePositive(text: string, flag: string): number {
  if (!/^[1-9][0-9]*$/.test(text))
    throw new UsageError(`${flag} must be a whole number of at least 1, not ${text}`)
  return Number(text)
}
