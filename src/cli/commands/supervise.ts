import { Command, Option } from 'commander'
import { DEFAULT_FRESHNESS } from '../../core/supervision/claims.js'
import type { CliIo } from '../io.js'
import { type RunSelectionOptions, addRunSelectionOptions } from '../run-selection.js'
import { type WorkOptions, addWorkOptions } from '../work-flags.js'

/**
 * `supervise run|resume|status`: the kernel under a supervisor that proves it alive, waits
 * at human stops, and recovers machine stops within a budget (src/supervision/).
 */

const OUTCOME_HELP = `
Exit codes (supervise run / resume):
  0    passed (every item), or the selected items passed and nothing may continue them
  10   stopped waiting for a human (gate decision or evidence) after --max-wait-seconds
  20   parked: a stop the supervisor may not or can no longer recover (see the intervention)
  130  interrupted by SIGINT (143 by SIGTERM); the run is saved and can be resumed
  1    error (bad input, run already supervised, kernel refused to start)
  2    usage error`

const STATUS_HELP = `
Exit codes with --exit-code (without it: 0):
  0   live_attached           a fresh probe proved the kernel alive
  10  waiting_state_observed  the supervisor is watching a gate or blocked item
  11  attachment_unproven     a kernel registered but liveness cannot be proven now
  12  terminal_observed       the supervisor saw the run stop at a terminal
  13  snapshot_only           no fresh supervision evidence; only the saved state`

export interface SupervisionFlags extends WorkOptions {
  evidenceInboxDir?: string
  liveProbeIntervalSec?: string
  heartbeatIntervalSec?: string
  probeAckDeadlineSec?: string
  liveStaleTimeoutSec?: string
  staleAfterSec?: string
  waitingPollIntervalSec?: string
  waitingStaleTimeoutSec?: string
  maxAutoResumeAttempts: string
  maxWaitSeconds?: string
}

function addSupervisionFlags(command: Command): Command {
  return addWorkOptions(command)
    .option(
      '--evidence-inbox-dir <dir>',
      'watched while an item is blocked: evidence copied here resumes it'
    )
    .option(
      '--live-probe-interval-sec <n>',
      `seconds between liveness probes (default ${DEFAULT_FRESHNESS.live_probe_interval_sec})`
    )
    .addOption(new Option('--heartbeat-interval-sec <n>').hideHelp())
    .option(
      '--probe-ack-deadline-sec <n>',
      `seconds the kernel has to answer a probe (default ${DEFAULT_FRESHNESS.probe_ack_deadline_sec})`
    )
    .option(
      '--live-stale-timeout-sec <n>',
      `age at which a live proof expires (default ${DEFAULT_FRESHNESS.live_stale_timeout_sec})`
    )
    .addOption(new Option('--stale-after-sec <n>').hideHelp())
    .option(
      '--waiting-poll-interval-sec <n>',
      `seconds between looks at a waiting run (default ${DEFAULT_FRESHNESS.waiting_poll_interval_sec})`
    )
    .option(
      '--waiting-stale-timeout-sec <n>',
      `age at which a waiting observation expires (default ${DEFAULT_FRESHNESS.waiting_stale_timeout_sec})`
    )
    .option(
      '--max-auto-resume-attempts <n>',
      'automatic resumes of an escalated or interrupted item, per item',
      '2'
    )
    .option(
      '--max-wait-seconds <n>',
      'stop watching a human stop after this long (default: wait until decided; 0: look once)'
    )
}

export function superviseCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  const command = new Command('supervise').description(
    'Run or resume under a supervisor (liveness proof, waits at human stops, bounded recovery), or show what it can claim.'
  )
  command.addCommand(superviseRunCommand(io, setExitCode).addHelpText('after', OUTCOME_HELP))
  command.addCommand(superviseResumeCommand(io, setExitCode).addHelpText('after', OUTCOME_HELP))
  command.addCommand(superviseStatusCommand(io, setExitCode).addHelpText('after', STATUS_HELP))
  return command
}

export interface SuperviseRunFlags extends SupervisionFlags, RunSelectionOptions {}

function superviseRunCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return addSupervisionFlags(
    addRunSelectionOptions(
      new Command('run').description(
        'Start a new run under a supervisor (same selection as `run`).'
      )
    )
  )
    .addHelpText(
      'after',
      '\nThe result (outcome, supervision status) is printed as JSON on stdout; progress goes to stderr.\n' +
        'Example:\n  plan-orchestrator supervise run --playbook plan.md --next --auto-advance --evidence-inbox-dir inbox'
    )
    .action(async (options: SuperviseRunFlags) => {
      const { superviseRun } = await import('../handlers/supervise.js')
      await superviseRun(io, setExitCode, options)
    })
}

export interface SuperviseResumeFlags extends SupervisionFlags {
  runId: string
  externalEvidenceDir?: string
  autoAdvance?: boolean
}

function superviseResumeCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return addSupervisionFlags(
    new Command('resume')
      .description(
        'Supervise a saved run: attach to its kernel if one still works, else continue it like `resume`.'
      )
      .requiredOption('--run-id <id>', 'the run to supervise')
      .option(
        '--external-evidence-dir <dir>',
        'evidence for a blocked item (used once; the inbox is watched for more)'
      )
      .option('--auto-advance', 'let every resume this supervisor launches go on to further items')
  )
    .addHelpText(
      'after',
      '\nExample:\n  plan-orchestrator supervise resume --run-id RUN_20261125T120000Z_1a2b3c4d --auto-advance'
    )
    .action(async (options: SuperviseResumeFlags) => {
      const { superviseResume } = await import('../handlers/supervise.js')
      await superviseResume(io, setExitCode, options)
    })
}

export interface SuperviseStatusFlags {
  runId: string
  format: 'text' | 'json'
  exitCode?: boolean
}

function superviseStatusCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return new Command('status')
    .description('What the supervision plane can claim about a run now, with the kernel status.')
    .requiredOption('--run-id <id>', 'the run to show')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .option('--exit-code', 'exit with the claim class code (0, 10, 11, 12, 13)')
    .action(async (options: SuperviseStatusFlags) => {
      const { superviseStatus } = await import('../handlers/supervise.js')
      await superviseStatus(io, setExitCode, options)
    })
}
