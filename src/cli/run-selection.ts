import type { Command } from 'commander'
import type { StartRunInput } from '../composition-root.js'
import { UsageError } from '../errors.js'

/** What a new run works on: the options `run` and `supervise run` share, checked the same way. */
export interface RunSelectionOptions {
  playbook?: string
  item?: string
  items?: string
  next?: boolean
  maxItems?: string
  autoAdvance?: boolean
  config?: string
  externalEvidenceDir?: string
}

export function addRunSelectionOptions(command: Command): Command {
  return command
    .option(
      '--playbook <file>',
      'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)'
    )
    .option('--item <id>', 'run this item')
    .option('--items <ids>', 'run these items, comma-separated, in this order')
    .option('--next', 'run the first unfinished item')
    .option('--max-items <n>', 'stop after this many items')
    .option('--auto-advance', 'after a pass, go on to the next unfinished item')
    .option('--config <file>', 'a plan_orchestrator.control_plane.v1 JSON file with runtime policy')
    .option(
      '--external-evidence-dir <dir>',
      'evidence for an item that needs human-supplied evidence'
    )
}

/** Refuses a selection `run` would refuse; returns `--max-items` as a number. */
export function checkRunSelection(options: RunSelectionOptions): { maxItems?: number } {
  const selectors = [options.item, options.items, options.next].filter(
    (value) => value !== undefined
  )
  if (selectors.length !== 1) throw new UsageError('give exactly one of --item, --items or --next')
  if (options.items !== undefined && options.externalEvidenceDir !== undefined)
    throw new UsageError(
      '--external-evidence-dir applies to one item; use it with --item or --next'
    )
  if (options.maxItems === undefined) return {}
  if (!/^[1-9][0-9]*$/.test(options.maxItems))
    throw new UsageError(
      `--max-items must be a whole number of at least 1, not ${options.maxItems}`
    )
  return { maxItems: Number(options.maxItems) }
}

/** The selection and policy flags as `startRun` takes them (after `checkRunSelection`). */
export function runSelection(
  options: RunSelectionOptions,
  maxItems: number | undefined,
  /** --agent-user (a name), --no-agent-user (null), or neither. */
  agentUser?: string | null
): Pick<StartRunInput, 'selection' | 'cli' | 'configPath' | 'evidenceDir'> {
  return {
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
      ...(maxItems === undefined ? {} : { max_items: maxItems }),
      ...(agentUser === undefined ? {} : { agent_user: agentUser })
    },
    ...(options.config === undefined ? {} : { configPath: options.config }),
    ...(options.externalEvidenceDir === undefined
      ? {}
      : { evidenceDir: options.externalEvidenceDir })
  }
}
