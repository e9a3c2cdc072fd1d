import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

export function refreshRunCommand(io: CliIo): Command {
  return new Command('refresh-run')
    .description(
      'Continue a run on a newer base: move it to a new run branch at REF (which must contain the current run branch) and normalize its plan again from the snapshot.'
    )
    .requiredOption('--run-id <id>', 'the run to refresh')
    .requiredOption(
      '--retarget-run-branch-to <ref>',
      'a commit, branch or tag that descends from (or equals) the run branch'
    )
    .addHelpText(
      'after',
      '\nThe new branch is orchestrator/run-refresh/<RUN>/<K>; the old run branch is kept. Refused while\n' +
        'an item awaits a human gate. The result is printed as JSON on stdout.\n' +
        'Example:\n  plan-orchestrator refresh-run --run-id RUN_20261125T120000Z_1a2b3c4d --retarget-run-branch-to main'
    )
    .action(async (options: { runId: string; retargetRunBranchTo: string }) => {
      // One after the other: jest's ESM loader fails to link two modules that share
      // dependencies when they are imported at once (the bundle does not care).
      const { refreshRun } = await import('../../composition/refresh-run.js')
      const { createGitPort } = await import('../../adapters/git-port.js')
      const result = await refreshRun({
        cwd: io.cwd,
        env: io.env,
        runId: options.runId,
        targetRef: options.retargetRunBranchTo,
        git: createGitPort(),
        clock: { now: () => new Date() }
      })
      io.stdout(toJsonText(result))
    })
}
