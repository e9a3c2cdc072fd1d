import { access } from 'node:fs/promises'
import { join } from 'node:path'
import type { ItemContext } from '../core/schemas/item-context.js'
import type { VerificationReport } from '../core/schemas/reports.js'
import type { ChangeRecord, CommandRunner, StageRef } from './ports.js'

/**
 * The verification gate: the item's commands in its worktree, its artifact checks, and a
 * scope check of what was committed. Runs before either audit. Its verdict is binding: a
 * failed required command or artifact check keeps the item from passing, whatever the
 * auditors or triage say.
 */

export interface VerificationInput {
  readonly context: ItemContext
  readonly worktree: string
  readonly cycleTag: string
  /** `logs/verification.<cycle>/` (absolute). */
  readonly logDir: string
  readonly timeoutMs: number
  /** Most bytes each command's log keeps (`max_log_bytes`). */
  readonly maxLogBytes: number
  readonly env: Readonly<Record<string, string>>
  /** The stage the commands' processes belong to. */
  readonly stage?: StageRef
  readonly runner: CommandRunner
  /** What the attempt committed since it started, and the scope verdict on it. */
  readonly committed: readonly ChangeRecord[]
  readonly scopeViolations: readonly string[]
  readonly now: string
  /** Repo-relative form of a path, for the report. */
  readonly relative: (absolute: string) => string
}

export async function runVerificationGate(input: VerificationInput): Promise<VerificationReport> {
  const commandResults: VerificationReport['command_results'] = []
  for (const [g, group] of input.context.verification_plan.command_groups.entries()) {
    for (const [c, command] of group.commands.entries()) {
      const logPath = join(input.logDir, `${pad(g + 1)}_${pad(c + 1)}.log`)
      const result = await input.runner.run({
        command,
        cwd: input.worktree,
        logPath,
        timeoutMs: input.timeoutMs,
        maxLogBytes: input.maxLogBytes,
        env: input.env,
        ...(input.stage === undefined ? {} : { stage: input.stage })
      })
      const passed = !result.timedOut && result.exitCode === 0
      commandResults.push({
        label: `${group.label}#${c + 1}`,
        command,
        exit_code: result.timedOut ? null : result.exitCode,
        status: passed ? 'pass' : 'fail',
        failure_kind: passed ? null : result.timedOut ? 'timeout' : 'exit_nonzero',
        required: group.required,
        log_path: input.relative(logPath),
        timeout_sec: result.timedOut ? Math.round(input.timeoutMs / 1000) : null,
        ...(result.log === undefined
          ? {}
          : { log_bytes: result.log.totalBytes, log_truncated: result.log.truncated })
      })
    }
  }
  const artifactChecks: VerificationReport['artifact_checks'] = []
  for (const check of input.context.verification_plan.artifact_checks) {
    const present = await access(join(input.worktree, check.path)).then(
      () => true,
      () => false
    )
    artifactChecks.push({
      path: check.path,
      check_kind: check.check_kind,
      status: present ? 'pass' : 'fail',
      reason: present ? check.reason : `${check.reason} (missing: ${check.path})`
    })
  }
  const scopeFailed = input.scopeViolations.length > 0
  const failedRequired = commandResults.filter(
    (result) => result.required && result.status === 'fail'
  )
  const failedOptional = commandResults.filter(
    (result) => !result.required && result.status === 'fail'
  )
  const failedArtifacts = artifactChecks.filter((check) => check.status === 'fail')
  const outcome = scopeFailed
    ? {
        overall: 'fail' as const,
        next: 'escalate' as const,
        summary: `committed changes escaped the allowed write roots: ${input.scopeViolations.join(', ')}`
      }
    : failedRequired.length > 0 || failedArtifacts.length > 0
      ? {
          overall: 'fail' as const,
          next: 'fix' as const,
          summary: `verification failed: ${[...failedRequired.map((r) => `${r.command} (${r.failure_kind})`), ...failedArtifacts.map((a) => `missing ${a.path}`)].join('; ')}`
        }
      : failedOptional.length > 0
        ? {
            overall: 'partial' as const,
            next: 'audit' as const,
            summary: `optional checks failed: ${failedOptional.map((r) => r.command).join('; ')}`
          }
        : { overall: 'pass' as const, next: 'audit' as const, summary: 'verification passed' }
  return {
    schema_version: 'plan_orchestrator.verification_report.v1',
    generated_at_utc: input.now,
    stage: 'verify',
    item_id: input.context.item.item_id,
    attempt_number: input.context.stage_context.attempt_number,
    summary: outcome.summary,
    overall_result: outcome.overall,
    command_results: commandResults,
    artifact_checks: artifactChecks,
    scope_check: {
      status: scopeFailed ? 'fail' : 'pass',
      out_of_scope_paths: [...input.scopeViolations],
      note: scopeFailed
        ? 'committed changes include paths outside the allowed write roots'
        : `all ${input.committed.length} committed changes are within the allowed write roots`
    },
    next_recommended_state: outcome.next
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
