import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

export function cleanCommand(io: CliIo): Command {
  return new Command('clean')
    .description(
      "Remove a run's worktrees and attempt branches; keep its state, reports and run branch."
    )
    .requiredOption('--run-id <id>', 'the run')
    .addHelpText(
      'after',
      '\nRefused while another command works on the run (it holds the run lock). The attempt branch of an\n' +
        'item that awaits its gate or has not finished is kept: an approval needs its checkpoint.\n' +
        'Example:\n  plan-orchestrator clean --run-id RUN_20261125T120000Z_1a2b3c4d'
    )
    .action(async (options: { runId: string }) => {
      const [{ cleanRun }, { findRun }, { resolveRepoRoot }] = await Promise.all([
        import('../../adapters/clean-run.js'),
        import('../../adapters/run-store.js'),
        import('../repo-root.js')
      ])
      const run = await findRun(await resolveRepoRoot(io.cwd), options.runId)
      io.stdout(toJsonText(await cleanRun(run)))
    })
}
