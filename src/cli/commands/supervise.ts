import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { Command, Option } from 'commander'
import { formatRunId, runLayout } from '../../core/run/layout.js'
import { findRun } from '../../adapters/run-store.js'
import {
  DEFAULT_FRESHNESS,
  type FreshnessPolicy,
  freshnessProblems
} from '../../core/supervision/claims.js'
import { UsageError } from '../../errors.js'
import {
  checkNewRunInput,
  checkSupervisedResume,
  newRunAgentChoice
} from '../../composition-root.js'
import { thisCli } from '../../supervision/kernel-process.js'
import { readSupervisionStatus, renderSupervisionStatus } from '../../supervision/status.js'
import { type SuperviseInput, supervise } from '../../supervision/supervisor.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import { playbookPath } from '../load-plan.js'
import { resolveRepoRoot } from '../repo-root.js'
import {
  type RunSelectionOptions,
  addRunSelectionOptions,
  checkRunSelection,
  runSelection
} from '../run-selection.js'
import {
  type WorkOptions,
  addWorkOptions,
  agentArgs,
  agentUserArgs,
  budgetArgs,
  readBudgetFlags,
  readWorkOptions
} from '../work-options.js'

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

interface SupervisionFlags extends WorkOptions {
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

interface SuperviseRunFlags extends SupervisionFlags, RunSelectionOptions {}

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
      const { maxItems } = checkRunSelection(options)
      // The kernel's own checks, before the supervisor writes anything: a refused run is one
      // clear error here, not a supervised kernel that failed to start.
      const work = readWorkOptions(io, options)
      await checkNewRunInput({
        cwd: io.cwd,
        env: io.env,
        playbookPath: playbookPath(options.playbook, io),
        ...runSelection(options, maxItems, work.agentUser),
        agents: newRunAgentChoice(work.agents)
      })
      const absolute = (path: string): string => resolve(io.cwd, path)
      const runArgs = [
        '--playbook',
        absolute(playbookPath(options.playbook, io)),
        ...(options.item !== undefined ? ['--item', options.item] : []),
        ...(options.items !== undefined ? ['--items', options.items] : []),
        ...(options.next === true ? ['--next'] : []),
        ...(options.maxItems !== undefined ? ['--max-items', options.maxItems] : []),
        ...(options.autoAdvance === true ? ['--auto-advance'] : []),
        ...(options.config !== undefined ? ['--config', absolute(options.config)] : []),
        ...(options.externalEvidenceDir !== undefined
          ? ['--external-evidence-dir', absolute(options.externalEvidenceDir)]
          : [])
      ]
      const repoRoot = await resolveRepoRoot(io.cwd)
      const runId = formatRunId(new Date(), randomBytes(4).toString('hex'))
      await superviseAndReport(io, setExitCode, options, {
        run: runLayout(repoRoot, runId),
        mode: 'run',
        runArgs,
        autoAdvance: options.autoAdvance === true
      })
    })
}

interface SuperviseResumeFlags extends SupervisionFlags {
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
      // Everything `resume` would refuse (but a gate or a blocked item, which it waits at) is
      // refused here, before the supervisor writes anything. The agents not named are the run's.
      const work = readWorkOptions(io, options)
      const { layout, evidenceDir: explicit } = await checkSupervisedResume({
        cwd: io.cwd,
        env: io.env,
        runId: options.runId,
        agents: work.agents,
        ...(work.agentUser === undefined ? {} : { agentUser: work.agentUser }),
        ...(options.externalEvidenceDir === undefined
          ? {}
          : { evidenceDir: options.externalEvidenceDir })
      })
      await superviseAndReport(io, setExitCode, options, {
        run: layout,
        mode: 'resume',
        autoAdvance: options.autoAdvance === true,
        ...(explicit === undefined ? {} : { explicitEvidenceDir: explicit })
      })
    })
}

function superviseStatusCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return new Command('status')
    .description('What the supervision plane can claim about a run now, with the kernel status.')
    .requiredOption('--run-id <id>', 'the run to show')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .option('--exit-code', 'exit with the claim class code (0, 10, 11, 12, 13)')
    .action(async (options: { runId: string; format: 'text' | 'json'; exitCode?: boolean }) => {
      const repoRoot = await resolveRepoRoot(io.cwd)
      await findRun(repoRoot, options.runId)
      const report = await readSupervisionStatus(repoRoot, options.runId)
      io.stdout(options.format === 'json' ? toJsonText(report) : renderSupervisionStatus(report))
      if (options.exitCode === true) setExitCode(report.supervision_status.exit_code)
    })
}

type ModeInput = Pick<
  SuperviseInput,
  'run' | 'mode' | 'runArgs' | 'autoAdvance' | 'explicitEvidenceDir'
>

async function superviseAndReport(
  io: CliIo,
  setExitCode: (code: number) => void,
  flags: SupervisionFlags,
  mode: ModeInput
): Promise<void> {
  const policy = freshnessFrom(flags)
  const maxAutoResumes = wholeNumber(flags.maxAutoResumeAttempts, '--max-auto-resume-attempts')
  const maxWaitSeconds =
    flags.maxWaitSeconds === undefined
      ? undefined
      : wholeNumber(flags.maxWaitSeconds, '--max-wait-seconds')
  readWorkOptions(io, flags)
  readBudgetFlags(flags)
  // Only what was given: every kernel this supervisor starts works with the run's own agents
  // unless the command named others.
  const workArgs = [
    ...agentArgs(flags, (path) => resolve(io.cwd, path)),
    ...agentUserArgs(flags),
    ...budgetArgs(flags),
    ...(flags.json === true ? ['--json'] : []),
    ...(flags.quiet === true ? ['--quiet'] : [])
  ]
  const say = (line: string): void => {
    if (flags.quiet === true) return
    io.stderr(flags.json === true ? `${JSON.stringify({ supervisor: line })}\n` : `${line}\n`)
  }
  const controller = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) {
      say(`supervisor: ${signal} received; stopping the kernel and saving`)
      controller.abort(signal)
    }
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const result = await supervise({
      ...mode,
      workArgs,
      ...(flags.evidenceInboxDir === undefined
        ? {}
        : { evidenceInboxDir: resolve(io.cwd, flags.evidenceInboxDir) }),
      policy,
      maxAutoResumes,
      ...(maxWaitSeconds === undefined ? {} : { maxWaitSeconds }),
      kernel: thisCli(),
      env: io.env,
      log: say,
      kernelLog: (line) => {
        if (flags.quiet !== true) io.stderr(`${line}\n`)
      },
      abort: controller.signal
    })
    const status =
      result.outcome === 'kernel_failed'
        ? null
        : await readSupervisionStatus(mode.run.repoRoot, result.runId)
    io.stdout(
      toJsonText({
        run_id: result.runId,
        supervisor_session_id: result.sessionId,
        outcome: result.outcome,
        exit_code: result.exitCode,
        reason: result.reason,
        supervision_root: result.supervisionRoot,
        latest_heartbeat_path: result.latestHeartbeatPath,
        latest_intervention_path: result.latestInterventionPath,
        status
      })
    )
    setExitCode(result.exitCode)
  } finally {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }
}

function freshnessFrom(flags: SupervisionFlags): FreshnessPolicy {
  const pick = (name: string, ...values: (string | undefined)[]): number | undefined => {
    const given = values.find((value) => value !== undefined)
    return given === undefined ? undefined : wholeNumber(given, name)
  }
  const policy: FreshnessPolicy = {
    live_probe_interval_sec:
      pick('--live-probe-interval-sec', flags.liveProbeIntervalSec, flags.heartbeatIntervalSec) ??
      DEFAULT_FRESHNESS.live_probe_interval_sec,
    probe_ack_deadline_sec:
      pick('--probe-ack-deadline-sec', flags.probeAckDeadlineSec) ??
      DEFAULT_FRESHNESS.probe_ack_deadline_sec,
    live_stale_timeout_sec:
      pick('--live-stale-timeout-sec', flags.liveStaleTimeoutSec, flags.staleAfterSec) ??
      DEFAULT_FRESHNESS.live_stale_timeout_sec,
    waiting_poll_interval_sec:
      pick('--waiting-poll-interval-sec', flags.waitingPollIntervalSec) ??
      DEFAULT_FRESHNESS.waiting_poll_interval_sec,
    waiting_stale_timeout_sec:
      pick('--waiting-stale-timeout-sec', flags.waitingStaleTimeoutSec) ??
      DEFAULT_FRESHNESS.waiting_stale_timeout_sec
  }
  const problems = freshnessProblems(policy)
  if (problems.length > 0) throw new UsageError(`freshness policy: ${problems.join('; ')}`)
  return policy
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not ${text}`)
  return Number(text)
}
