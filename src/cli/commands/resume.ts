import { Command, Option } from 'commander'
import { resumeExistingRun } from '../../composition-root.js'
import { UsageError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import { type ProgressMode, progressSink } from '../progress.js'

interface ResumeOptions {
  runId: string
  externalEvidenceDir?: string
  autoAdvance?: boolean
  agents: 'codex-claude' | 'scripted'
  scenario?: string
  json?: boolean
  quiet?: boolean
}

export function resumeCommand(io: CliIo): Command {
  return new Command('resume')
    .description(
      'Continue a run: retry a blocked (with evidence), escalated or interrupted item with a fresh attempt, or run the next unfinished item.'
    )
    .requiredOption('--run-id <id>', 'the run to continue')
    .option(
      '--external-evidence-dir <dir>',
      'evidence for an item blocked on human-supplied evidence (copied and hashed)'
    )
    .option('--auto-advance', 'after a pass, go on to the following items')
    .addOption(
      new Option('--agents <set>', 'which agents do the work')
        .choices(['codex-claude', 'scripted'])
        .default('codex-claude')
    )
    .option('--scenario <file>', 'scenario file for --agents scripted')
    .option('--json', 'progress as JSON lines on stderr')
    .option('--quiet', 'no progress output')
    .addHelpText(
      'after',
      '\nRefused while an item awaits a human gate (decide it with mark-manual-gate).\n' +
        'Example:\n  plan-orchestrator resume --run-id RUN_20261125T120000Z_1a2b3c4d --external-evidence-dir evidence'
    )
    .action(async (options: ResumeOptions) => {
      if (options.agents === 'scripted' && options.scenario === undefined) {
        throw new UsageError('--agents scripted needs --scenario <file>')
      }
      const mode: ProgressMode =
        options.quiet === true ? 'quiet' : options.json === true ? 'json' : 'text'
      const result = await resumeExistingRun({
        cwd: io.cwd,
        env: io.env,
        runId: options.runId,
        autoAdvance: options.autoAdvance === true,
        ...(options.externalEvidenceDir === undefined
          ? {}
          : { evidenceDir: options.externalEvidenceDir }),
        agents:
          options.agents === 'scripted'
            ? { kind: 'scripted', scenarioPath: options.scenario as string }
            : { kind: 'codex-claude' },
        progress: progressSink(io, mode)
      })
      io.stdout(toJsonText(result))
    })
}
