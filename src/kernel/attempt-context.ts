import { join } from 'node:path'
import { z } from 'zod'
import type { AttemptLayout } from '../core/run/layout.js'
import { PACKET_DIR, repoRelative } from '../core/run/layout.js'
import type { NormalizedPlan, PlanItem } from '../core/schemas/normalized-plan.js'
import type { RuntimeOptions } from '../core/policy/runtime-policy.js'
import type {
  AgentsByLane,
  Clock,
  CommandRunner,
  GitPort,
  ReviewCopies,
  StageRef
} from './ports.js'
import type { IntegrityGuard } from './integrity-guard.js'
import type { RunSession } from './run-session.js'
import type { StageGuard } from './stage-guard.js'
import { isoSeconds } from '../core/time.js'

/** Everything one item attempt works with, passed down instead of wired by hand. */
export interface AttemptContext {
  readonly session: RunSession
  readonly plan: NormalizedPlan
  readonly item: PlanItem
  readonly attempt: number
  readonly paths: AttemptLayout
  readonly agents: AgentsByLane
  readonly git: GitPort
  readonly runner: CommandRunner
  readonly clock: Clock
  readonly options: RuntimeOptions
  /** Environment handed to agents and verification commands (already allowlisted). */
  readonly childEnv: Readonly<Record<string, string>>
  /** Checks that nothing outside the attempt changes while its agents and verification run. */
  readonly integrity: IntegrityGuard
  /** Read-only checkpoint copies for the review lanes. */
  readonly reviewCopies: ReviewCopies
  /** The ambient-config check before every stage. */
  readonly stageGuard: StageGuard
}

export function nowIso(clock: Clock): string {
  return isoSeconds(clock.now())
}

export function relativeToRepo(context: AttemptContext, absolute: string): string {
  return repoRelative(context.session.layout.repoRoot, absolute)
}

/** The stage a child process of this attempt works for (see StageRef). */
export function stageRef(context: AttemptContext, stage: string): StageRef {
  return {
    runId: context.session.state.run_id,
    itemId: context.item.item_id,
    attempt: context.attempt,
    stage,
    worktree: context.paths.worktreePath,
    recordPath: context.session.layout.stageProcessesPath
  }
}

/** Where the agents of this attempt find orchestrator files inside their worktree. */
export function packetPath(
  context: AttemptContext,
  fileName: string
): { absolute: string; inWorktree: string } {
  const inWorktree = `${PACKET_DIR}/${fileName}`
  return { absolute: join(context.paths.worktreePath, inWorktree), inWorktree }
}

/**
 * The JSON Schema an agent gets for a report (`request.schema.json`), before any CLI's own
 * preparation (claude drops `$schema`, codex takes a strict-mode subset).
 */
export function reportJsonSchema(schema: z.ZodType): object {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as object
}

/**
 * Writes the JSON Schema of a report into the attempt's control directory, so that the
 * agent CLI can be pointed at a file (codex `--output-schema`).
 */
export async function schemaFile(
  context: AttemptContext,
  name: string,
  schema: z.ZodType
): Promise<{ name: string; path: string; json: object }> {
  const json = reportJsonSchema(schema)
  const path = join(context.paths.controlDir, 'schemas', `${name}.schema.json`)
  await context.session.files.writeJson(path, json)
  return { name, path, json }
}
