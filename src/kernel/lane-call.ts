import { dirname } from 'node:path'
import type { ZodType } from 'zod'
import { logPathsFor } from '../core/run/agent-logs.js'
import { callAgentWithinBudget } from './agent-budget.js'
import { reportIdentityProblem } from '../core/run/report-identity.js'
import { type AttemptContext, schemaFile, stageRef } from './attempt-context.js'
import { recordAgentCall } from './call-record.js'
import {
  type AgentOutcome,
  type AgentRequest,
  type AgentStatus,
  type Lane,
  MUTATION_LANES
} from './ports.js'

/**
 * One agent call of an attempt: the request every lane shares, then the report checked
 * against its schema and against the call (item, attempt, stage, round, audit lane), and
 * saved. A failed call comes back as a sentence, never a throw.
 */

export interface LaneCall<T> {
  readonly lane: Lane
  readonly cycleTag: string
  readonly prompt: string
  readonly promptFile: string
  readonly schemaName: string
  readonly schema: ZodType<T>
  readonly reportPath: string
  readonly timeoutSec: number
  /** The agent's working directory; default the attempt's worktree (review lanes: their copy). */
  readonly cwd?: string
  /**
   * The context and packet files handed to the agent, as the run keeps them (absolute): their
   * digests go into the call's provenance record.
   */
  readonly inputs?: readonly string[]
}

export type LaneResult<T> =
  { readonly kind: 'ok'; readonly report: T } | { readonly kind: 'failed'; readonly reason: string }

const FAILURE_WORDS: Record<Exclude<AgentStatus, 'ok'>, string> = {
  timeout: 'timed out',
  idle_timeout: 'stopped producing output and was stopped',
  exit_nonzero: 'exited with an error',
  auth_error: 'is not authenticated',
  error_envelope: 'reported an error',
  no_report: 'wrote no report',
  unparseable_report: 'wrote a report that is not JSON',
  spawn_failed: 'could not be started'
}

export async function callLane<T>(
  context: AttemptContext,
  call: LaneCall<T>
): Promise<LaneResult<T>> {
  const request: AgentRequest = {
    lane: call.lane,
    itemId: context.item.item_id,
    attempt: context.attempt,
    cycleTag: call.cycleTag,
    cwd: call.cwd ?? context.paths.worktreePath,
    promptText: call.prompt,
    promptFile: call.promptFile,
    schema: await schemaFile(context, call.schemaName, call.schema),
    reportPath: call.reportPath,
    logDir: context.paths.logsDir,
    timeoutMs: call.timeoutSec * 1000,
    idleTimeoutMs: context.options.agent_idle_timeout_sec * 1000,
    killGraceMs: 2000,
    maxLogBytes: context.options.max_log_bytes,
    env: context.childEnv,
    stage: stageRef(
      context,
      MUTATION_LANES.includes(call.lane) ? call.cycleTag : `${call.lane}.${call.cycleTag}`
    )
  }
  const called = await callAgentWithinBudget(context, request, () =>
    context.integrity.around(
      context,
      `${call.lane} agent (${call.cycleTag})`,
      [
        ...ownWritesOf(request),
        `${context.paths.reportDir}/`,
        // The stage's live processes, recorded while it runs (survivors are found by it).
        context.session.layout.stageProcessesPath
      ],
      () => context.agents[call.lane].run(request)
    )
  )
  // Noted even when the call went over the budget: its logs and processes are as real.
  const ran = called.outcome
  if (ran !== undefined) {
    await noteTruncatedLogs(context, call, ran.logs)
    if (ran.leftRunning !== undefined && ran.leftRunning.length > 0) {
      await context.session.note(
        context.item.item_id,
        'orchestrator',
        `${call.lane} agent left processes running outside its process group; stopped: ${ran.leftRunning.join('; ')}`
      )
    }
  }
  if (called.kind === 'budget_exhausted') return { kind: 'failed', reason: called.reason }
  const outcome = called.outcome
  const record = (status: string, acceptedReport?: string): Promise<void> =>
    recordAgentCall(context, {
      lane: call.lane,
      cycleTag: call.cycleTag,
      promptFile: call.promptFile,
      inputs: call.inputs ?? [],
      status,
      outcome,
      ...(acceptedReport === undefined ? {} : { acceptedReport })
    })
  if (outcome.status !== 'ok') {
    await record(outcome.status)
    const detail = outcome.diagnostics.length > 0 ? outcome.diagnostics.join('; ') : 'no detail'
    return {
      kind: 'failed',
      reason: `${call.lane} agent ${FAILURE_WORDS[outcome.status]}: ${detail}`
    }
  }
  const parsed = call.schema.safeParse(outcome.report)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    await record('report_rejected')
    return {
      kind: 'failed',
      reason: `${call.lane} report does not match its schema: ${issues.join('; ')}`
    }
  }
  const foreign = reportIdentityProblem(
    {
      runId: context.session.state.run_id,
      lane: call.lane,
      itemId: context.item.item_id,
      attempt: context.attempt,
      cycleTag: call.cycleTag
    },
    parsed.data as Readonly<Record<string, unknown>>
  )
  if (foreign !== null) {
    await record('report_rejected')
    return { kind: 'failed', reason: foreign }
  }
  await context.session.files.writeJson(call.reportPath, parsed.data)
  await record('ok', call.reportPath)
  return { kind: 'ok', report: parsed.data }
}

/**
 * What the orchestrator itself writes in the run store while an agent runs (the attempt's
 * report directory, where the agent writes its report, is added by the caller).
 */
function ownWritesOf(request: AgentRequest): string[] {
  const logs = logPathsFor(request)
  return [
    request.promptFile,
    logs.stdoutPath,
    logs.stderrPath,
    // The report schemas, rewritten before every call (codex gets its strict-mode copy).
    `${dirname(request.schema.path)}/`
  ]
}

/** A cut log is recorded where the run's history is read, with what the agent wrote in all. */
async function noteTruncatedLogs(
  context: AttemptContext,
  call: LaneCall<unknown>,
  logs: AgentOutcome['logs']
): Promise<void> {
  if (logs === undefined) return
  const cut = (['stdout', 'stderr'] as const).filter((stream) => logs[stream].truncated)
  if (cut.length === 0) return
  const sizes = cut.map((stream) => `${stream} ${logs[stream].totalBytes} bytes`).join(', ')
  await context.session.note(
    context.item.item_id,
    'orchestrator',
    `${call.lane} agent output over max_log_bytes (${context.options.max_log_bytes}) was cut in its logs (${sizes} in total; the head and the tail are kept)`
  )
}
