import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import {
  type RunSelectionOptions,
  addRunSelectionOptions,
  checkRunSelection,
  runSelection
} from '../run-selection.js'
import { type WorkOptions, addWorkOptions } from '../work-flags.js'

interface RunOptions extends WorkOptions, RunSelectionOptions {}

export function runCommand(io: CliIo): Command {
  return addWorkOptions(
    addRunSelectionOptions(
      new Command('run').description(
        'Start a new run of a playbook and run the selected items, one attempt each.'
      )
    )
  )
    .addHelpText(
      'after',
      '\nThe result (run id, last terminal state) is printed as JSON on stdout; progress goes to stderr.\n' +
        'Example:\n  plan-orchestrator run --playbook plan.md --next --auto-advance'
    )
    .action(async (options: RunOptions) => {
      const { maxItems } = checkRunSelection(options)
      const [
        { startRun },
        { newRunAgentChoice },
        { playbookPath },
        { printGateHint },
        { readWorkOptions, withBudgetFlags }
      ] = await Promise.all([
        import('../../composition-root.js'),
        import('../../composition/agents.js'),
        import('../load-plan.js'),
        import('../gate-hint.js'),
        import('../work-options.js')
      ])
      const { agentUser, agents, ...work } = readWorkOptions(io, options)
      const result = await startRun({
        cwd: io.cwd,
        env: io.env,
        playbookPath: playbookPath(options.playbook, io),
        ...withBudgetFlags(runSelection(options, maxItems, agentUser), options),
        agents: newRunAgentChoice(agents),
        ...work
      })
      io.stdout(toJsonText(result))
      await printGateHint(io, result, options.quiet === true)
    })
}
