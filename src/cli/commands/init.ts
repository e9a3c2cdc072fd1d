import { Command } from 'commander'
import type { CliIo } from '../io.js'

export const STARTER_PLAYBOOK = 'playbook.md'

export function initCommand(io: CliIo): Command {
  return new Command('init')
    .description(
      'Write a commented starter playbook, plan_orchestrator.json with the default runtime policy, and an example scenario.'
    )
    .option(
      '--dir <dir>',
      'where to write them (default: the top of the git repository around the current directory)'
    )
    .addHelpText(
      'after',
      '\nExisting files are never overwritten. Example:\n  plan-orchestrator init && plan-orchestrator lint'
    )
    .action(async (options: { dir?: string }) => {
      const { runInit } = await import('../handlers/init.js')
      await runInit(io, options)
    })
}
