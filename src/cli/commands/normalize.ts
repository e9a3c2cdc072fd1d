import { Command } from 'commander'
import { UserInputError, describeError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

export function normalizeCommand(io: CliIo): Command {
  return new Command('normalize')
    .description('Print the normalized plan (normalized_plan.json) of a playbook.')
    .option(
      '--playbook <file>',
      'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)'
    )
    .option(
      '--output <file>',
      'write the plan to this file (atomically) instead of standard output'
    )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator normalize --playbook examples/demo/playbook.md --output plan.json'
    )
    .action(async (options: { playbook?: string; output?: string }) => {
      const { loadPlan, playbookPath } = await import('../load-plan.js')
      const plan = await loadPlan(playbookPath(options.playbook, io), io)
      const text = toJsonText(plan)
      if (options.output === undefined) {
        io.stdout(text)
        return
      }
      const output = options.output
      const { writeFileAtomically } = await import('../../adapters/atomic-file.js')
      await writeFileAtomically(output, text, { userFile: true }).catch((error: unknown) => {
        throw new UserInputError(`cannot write ${output}: ${describeError(error)}`)
      })
      io.stderr(`wrote ${options.output} (${plan.items.length} items)\n`)
    })
}
