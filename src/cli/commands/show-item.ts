import { Command, Option } from 'commander'
import { UserInputError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

export function showItemCommand(io: CliIo): Command {
  return new Command('show-item')
    .description('Show one normalized item of a playbook.')
    .option(
      '--playbook <file>',
      'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)'
    )
    .requiredOption('--item <id>', 'the step_id of the item')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator show-item --playbook examples/demo/playbook.md --item 01'
    )
    .action(async (options: { playbook?: string; item: string; format: 'text' | 'json' }) => {
      const [{ loadPlanItems, playbookPath }, { renderItemText }] = await Promise.all([
        import('../load-plan.js'),
        import('../../core/playbook/render.js')
      ])
      const items = await loadPlanItems(playbookPath(options.playbook, io), io)
      const item = items.find((candidate) => candidate.item_id === options.item)
      if (item === undefined) {
        const known = items.map((candidate) => candidate.item_id).join(', ')
        throw new UserInputError(`unknown item ${options.item}; this playbook has: ${known}`)
      }
      io.stdout(options.format === 'json' ? toJsonText(item) : renderItemText(item))
    })
}
