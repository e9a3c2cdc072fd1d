import { join } from 'node:path'
import type { AttemptContext } from './attempt-context.js'
import type { GitPort, ReviewCopy } from './ports.js'
import { type AgentConfigSnapshot, agentConfigChanges, snapshotAgentConfig } from './preflight.js'

/**
 * The ambient-config check of preflight, again before every stage of an attempt: nothing an
 * agent or a verification command wrote may configure the next agent call. It compares the
 * user-level configuration with what it was when the run (or resume) started, and looks for
 * agent configuration in the worktree and the review copy that is not part of the reviewed
 * change. Whatever it finds escalates the item, with the files named.
 */

export interface StageScope {
  /** The stage about to run (`execute`, `verification`, `audit_codex`, …), for the message. */
  readonly stage: string
  /** The attempt's worktree, when the stage works in it. */
  readonly worktree?: string
  /**
   * The kernel's own status of the worktree, taken after the last stage with nothing run
   * in the worktree since, found it clean against HEAD: git would show no agent
   * configuration there, and only the ignored names at its top need reading.
   */
  readonly worktreeReadClean?: true
  /** The read-only review copy, when the stage reads from it. */
  readonly reviewCopy?: ReviewCopy
}

export interface StageGuard {
  /** What must stop the item before the stage runs; one sentence each, empty when clean. */
  check(scope: StageScope): Promise<string[]>
}

export async function createStageGuard(input: {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly git: Pick<GitPort, 'unreviewedAgentConfig'>
}): Promise<StageGuard> {
  const baseline: AgentConfigSnapshot = await snapshotAgentConfig(input.env)
  return {
    async check(scope) {
      const problems: string[] = []
      const changed = agentConfigChanges(baseline, await snapshotAgentConfig(input.env))
      if (changed.length > 0) {
        problems.push(
          `agent configuration changed since the run started: ${changed.join(', ')} ` +
            '(an agent or a verification command may have written it; check it before you resume)'
        )
      }
      if (scope.worktree !== undefined) {
        const worktree = scope.worktree
        const planted = await input.git.unreviewedAgentConfig(
          worktree,
          scope.worktreeReadClean === true ? { readClean: true } : {}
        )
        if (planted.length > 0) {
          problems.push(
            `agent configuration in the worktree that is not part of the reviewed change: ` +
              planted.map((path) => join(worktree, path)).join(', ')
          )
        }
      }
      if (scope.reviewCopy !== undefined) {
        const changes = await scope.reviewCopy.changes()
        if (changes.length > 0) {
          problems.push(
            `the read-only review copy ${scope.reviewCopy.path} was changed: ${changes.join(', ')}`
          )
        }
      }
      return problems
    }
  }
}

/** The escalation reason when the guard finds something before `scope.stage`, else undefined. */
export async function stageBlocked(
  context: Pick<AttemptContext, 'stageGuard'>,
  scope: StageScope
): Promise<string | undefined> {
  const problems = await context.stageGuard.check(scope)
  return problems.length === 0 ? undefined : `before ${scope.stage}: ${problems.join('; ')}`
}
