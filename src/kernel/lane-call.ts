import type { ZodType } from 'zod'
import { writeJson } from '../adapters/run-store.js'
import { callAgentWithinBudget } from './agent-budget.js'
import { type AttemptContext, schemaFile } from './attempt-context.js'
import type { AgentStatus, Lane } from './ports.js'

/**
 * One agent call of an attempt: the request every lane shares, then the report checked
 * against its schema and saved. A failed call comes back as a sentence, never a throw.
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
  const called = await callAgentWithinBudget(context, {
    lane: call.lane,
    itemId: context.item.item_id,
    attempt: context.attempt,
    cycleTag: call.cycleTag,
    cwd: context.paths.worktreePath,
    promptText: call.prompt,
    promptFile: call.promptFile,
    schema: await schemaFile(context, call.schemaName, call.schema),
    reportPath: call.reportPath,
    logDir: context.paths.logsDir,
    timeoutMs: call.timeoutSec * 1000,
    idleTimeoutMs: context.options.agent_idle_timeout_sec * 1000,
    killGraceMs: 2000,
    env: context.childEnv
  })
  if (called.kind === 'budget_exhausted') return { kind: 'failed', reason: called.reason }
  const outcome = called.outcome
  if (outcome.status !== 'ok') {
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
    return {
      kind: 'failed',
      reason: `${call.lane} report does not match its schema: ${issues.join('; ')}`
    }
  }
  await writeJson(call.reportPath, parsed.data)
  return { kind: 'ok', report: parsed.data }
}
