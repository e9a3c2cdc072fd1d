import { Command } from 'commander'
import type { CliIo } from '../io.js'

export function verifyCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return new Command('verify')
    .description(
      "Check every commit of a run branch against the run's provenance statements and files."
    )
    .option('--run-id <id>', 'the run whose statements to check against')
    .option(
      '--branch <branch>',
      "the branch to walk (default: the run's branch; alone, the run whose branch it is)"
    )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator verify --run-id RUN_20261125T120000Z_1a2b3c4d'
    )
    .action(async (options: { runId?: string; branch?: string }) => {
      const { runVerify } = await import('../handlers/verify.js')
      await runVerify(io, setExitCode, options)
    })
}
