import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import { type WorkOptions, addWorkOptions } from '../work-flags.js'

interface ResumeOptions extends WorkOptions {
  runId: string
  externalEvidenceDir?: string
  autoAdvance?: boolean
}

export function resumeCommand(io: CliIo): Command {
  return addWorkOptions(
    new Command('resume')
      .description(
        'Continue a run: retry a blocked (with evidence), escalated or interrupted item with a fresh attempt, or run the next unfinished item.'
      )
      .requiredOption('--run-id <id>', 'the run to continue')
      .option(
        '--external-evidence-dir <dir>',
        'evidence for an item blocked on human-supplied evidence (copied and hashed)'
      )
      .option('--auto-advance', 'after a pass, go on to the following items')
  )
    .addHelpText(
      'after',
      '\nRefused while an item awaits a human gate (decide it with mark-manual-gate).\n' +
        'The budget flags (and the same keys in plan_orchestrator.json or the environment) replace\n' +
        "the run's recorded limits, e.g. to continue an item stopped with budget_exhausted.\n" +
        'Works with the agents (and scenario) the run recorded unless --agents or --scenario say otherwise;\n' +
        'what they say is recorded, so later commands continue with it.\n' +
        'Example:\n  plan-orchestrator resume --run-id RUN_20261125T120000Z_1a2b3c4d --external-evidence-dir evidence'
    )
    .action(async (options: ResumeOptions) => {
      const [{ resumeExistingRun }, { printGateHint }, { readBudgetFlags, readWorkOptions }] =
        await Promise.all([
          import('../../composition/resume-run.js'),
          import('../gate-hint.js'),
          import('../work-options.js')
        ])
      const work = readWorkOptions(io, options)
      const result = await resumeExistingRun({
        cwd: io.cwd,
        env: io.env,
        runId: options.runId,
        autoAdvance: options.autoAdvance === true,
        budgets: readBudgetFlags(options),
        ...(options.externalEvidenceDir === undefined
          ? {}
          : { evidenceDir: options.externalEvidenceDir }),
        ...work
      })
      io.stdout(toJsonText(result))
      await printGateHint(io, result, options.quiet === true)
    })
}
