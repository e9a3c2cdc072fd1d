import { Command, Option } from 'commander'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

export function listItemsCommand(io: CliIo): Command {
  return new Command('list-items')
    .description('List the items of a playbook in execution order.')
    .option(
      '--playbook <file>',
      'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)'
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')
    )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator list-items --playbook examples/demo/playbook.md --format json'
    )
    .action(async (options: { playbook?: string; format: 'table' | 'json' }) => {
      const [{ loadPlanItems, playbookPath }, { renderItemTable }] = await Promise.all([
        import('../load-plan.js'),
        import('../../core/playbook/render.js')
      ])
      const items = await loadPlanItems(playbookPath(options.playbook, io), io)
      io.stdout(options.format === 'json' ? toJsonText(items) : renderItemTable(items))
    })
}
