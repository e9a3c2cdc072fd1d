import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { formatRunId, runLayout } from '../../core/run/layout.js'
import { findRun } from '../../adapters/run-store.js'
import { runStateReader } from '../../adapters/run-state-reader.js'
import { isProcessAlive } from '../../adapters/process-group.js'
import {
  DEFAULT_FRESHNESS,
  type FreshnessPolicy,
  freshnessProblems
} from '../../core/supervision/claims.js'
import { UsageError } from '../../errors.js'
import { checkNewRunInput } from '../../composition-root.js'
import { newRunAgentChoice } from '../../composition/agents.js'
import { checkSupervisedResume } from '../../composition/resume-run.js'
import { thisCli } from '../../supervision/kernel-process.js'
import { readSupervisionStatus, renderSupervisionStatus } from '../../supervision/status.js'
import type { SuperviseInput } from '../../supervision/outcome.js'
import { supervise } from '../../composition/supervise.js'
import type {
  SuperviseResumeFlags,
  SuperviseRunFlags,
  SuperviseStatusFlags,
  SupervisionFlags
} from '../commands/supervise.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'
import { playbookPath } from '../load-plan.js'
import { resolveRepoRoot } from '../repo-root.js'
import { checkRunSelection, runSelection } from '../run-selection.js'
import {
  agentArgs,
  agentUserArgs,
  budgetArgs,
  readBudgetFlags,
  readWorkOptions
} from '../work-options.js'

/** What `supervise run|resume|status` do; their flags are in ../commands/supervise.ts. */

export async function superviseRun(
  io: CliIo,
  setExitCode: (code: number) => void,
  options: SuperviseRunFlags
): Promise<void> {
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
}

export async function superviseResume(
  io: CliIo,
  setExitCode: (code: number) => void,
  options: SuperviseResumeFlags
): Promise<void> {
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
}

export async function superviseStatus(
  io: CliIo,
  setExitCode: (code: number) => void,
  options: SuperviseStatusFlags
): Promise<void> {
  const repoRoot = await resolveRepoRoot(io.cwd)
  await findRun(repoRoot, options.runId)
  const report = await readSupervisionStatus(repoRoot, options.runId, runStateReader, {
    isAlive: isProcessAlive
  })
  io.stdout(options.format === 'json' ? toJsonText(report) : renderSupervisionStatus(report))
  if (options.exitCode === true) setExitCode(report.supervision_status.exit_code)
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
        : await readSupervisionStatus(mode.run.repoRoot, result.runId, runStateReader, {
            isAlive: isProcessAlive
          })
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
