import { Command, Option } from 'commander'
import type { CliIo } from '../io.js'
import type { StatusOptions } from '../handlers/status.js'

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
      'exit with the run status: 0 ok, 1 waiting or interrupted, 2 error (highest of all runs with --all); without it, status exits 0 once it has read the runs'
    )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator status --run-id RUN_20261125T120000Z_1a2b3c4d --format json'
    )
    .action(async (options: StatusOptions) => {
      const { showStatus } = await import('../handlers/status.js')
      await showStatus(io, setExitCode, options)
    })
}
