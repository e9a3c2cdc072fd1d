import { Command } from 'commander'
import type { LintOptions } from '../handlers/lint.js'
import type { CliIo } from '../io.js'
import { PLAYBOOK_ENV } from '../playbook-flag.js'
import { STARTER_PLAYBOOK } from './init.js'

export function lintCommand(io: CliIo): Command {
  return new Command('lint')
    .description(
      "Check a playbook (and the repository's plan_orchestrator.json) the way a run would, without running anything."
    )
    .option(
      '--playbook <file>',
      `the markdown_playbook_v1 file (default: $${PLAYBOOK_ENV}, else ${STARTER_PLAYBOOK} at the top of the repository, as init writes it)`
    )
    .option('--scenario <file>', 'also check a scenario file for --agents scripted')
    .addHelpText(
      'after',
      '\nIn a GitHub Actions job every problem is also an annotation on its line (::error file=…,line=…).\n' +
        'Example:\n  plan-orchestrator lint --playbook playbook.md'
    )
    .action(async (options: LintOptions) => {
      const { runLint } = await import('../handlers/lint.js')
      await runLint(io, options)
    })
}
