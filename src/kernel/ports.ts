import type { PathChange } from '../core/scope.js'
import type { AgentCallRecord, UsageTotals } from '../core/schemas/usage.js'

/**
 * The ports the kernel drives. Adapters in src/adapters implement them; tests may pass
 * their own. Everything here is data and interfaces, no behaviour.
 */

/** A lane is one kind of agent call in an item attempt. */
export type Lane = 'execute' | 'fix' | 'remediation' | 'audit_codex' | 'audit_claude' | 'triage'

export const MUTATION_LANES: readonly Lane[] = ['execute', 'fix', 'remediation']

export interface AgentRequest {
  readonly lane: Lane
  readonly itemId: string
  readonly attempt: number
  /** `<stage>.round-<k>`, e.g. `execute.round-0`, `fix.round-2`. */
  readonly cycleTag: string
  /** Absolute path of the attempt's worktree; the agent's working directory. */
  readonly cwd: string
  readonly promptText: string
  /** Where the rendered prompt is kept for the record (absolute). */
  readonly promptFile: string
  /** The JSON Schema the report must follow, and its file on disk (absolute). */
  readonly schema: { readonly name: string; readonly path: string; readonly json: object }
  /** Where the report JSON must end up (absolute). */
  readonly reportPath: string
  /** Directory for `<lane>.<cycleTag>.stdout.log` / `.stderr.log` (absolute). */
  readonly logDir: string
  readonly timeoutMs: number
  /** Killed when it has written nothing to stdout or stderr for this long. */
  readonly idleTimeoutMs: number
  readonly killGraceMs: number
  /** Allowlisted environment for the child; never the orchestrator's own tokens. */
  readonly env: Readonly<Record<string, string>>
}

export type AgentStatus =
  | 'ok'
  | 'timeout'
  | 'idle_timeout'
  | 'exit_nonzero'
  | 'auth_error'
  | 'error_envelope'
  | 'no_report'
  | 'unparseable_report'
  | 'spawn_failed'

export interface AgentOutcome {
  readonly status: AgentStatus
  /** The parsed report when status is `ok` (validated against its schema by the kernel). */
  readonly report?: unknown
  readonly exitCode: number | null
  readonly signal: string | null
  readonly durationMs: number
  /** Human-readable reasons, e.g. the claude envelope's error text. */
  readonly diagnostics: readonly string[]
  /** Tokens, turns and cost, when the CLI reports them. */
  readonly usage?: AgentUsage
  /** The agent's own output kept beside the report (`<report stem>.raw.json`), if any. */
  readonly rawOutputPath?: string
}

/**
 * What one agent call used, as its CLI reported it, in one convention for every CLI:
 * `inputTokens` counts every input token (cache reads and writes included), `outputTokens`
 * every output token (reasoning included). `costUsd` only when the CLI itself reports it.
 */
export interface AgentUsage {
  readonly inputTokens?: number
  readonly cachedInputTokens?: number
  readonly cacheWriteTokens?: number
  readonly outputTokens?: number
  readonly reasoningTokens?: number
  readonly costUsd?: number
  readonly numTurns?: number
  /** The model that served the call (the CLI's own name for it). */
  readonly model?: string
  /** The reasoning effort the call ran with. */
  readonly effort?: string
}

export interface AgentPort {
  readonly id: string
  run(request: AgentRequest): Promise<AgentOutcome>
}

/** Which agent serves each lane. */
export type AgentsByLane = Readonly<Record<Lane, AgentPort>>

/** One path changed by an attempt, as git reports it (renames split into delete + add). */
export type ChangeRecord = PathChange

export type CheckpointResult =
  | {
      readonly ok: true
      readonly sha: string
      readonly committed: boolean
      readonly changes: readonly ChangeRecord[]
    }
  | { readonly ok: false; readonly violations: readonly string[] }

/** The git operations the kernel needs; the orchestrator owns all of them. */
export interface GitPort {
  /** Top of the git work tree containing `cwd`; throws when there is none. */
  repoRoot(cwd: string): Promise<string>
  /** Whether git ignores `path` (repo-relative) in the main checkout. */
  isIgnored(repoRoot: string, path: string): Promise<boolean>
  headSha(cwd: string): Promise<string>
  cleanTrackedCheckout(
    repoRoot: string
  ): Promise<{ readonly clean: boolean; readonly dirty: readonly string[] }>
  identity(repoRoot: string): Promise<{ readonly name?: string; readonly email?: string }>
  ensureBranch(repoRoot: string, name: string, sha: string): Promise<void>
  branchSha(repoRoot: string, name: string): Promise<string | undefined>
  /** Creates the attempt worktree on a new branch from `baseBranch`; returns its HEAD. */
  addWorktree(repoRoot: string, path: string, branch: string, baseBranch: string): Promise<string>
  /** Scope-checks the worktree's changes and commits them, or refuses with the violations. */
  checkpoint(input: {
    readonly worktree: string
    readonly itemId: string
    readonly stage: string
    readonly allowedRoots: readonly string[]
    readonly expectedHead: string
  }): Promise<CheckpointResult>
  /**
   * What is wrong with the worktree after its checkpoint: HEAD moved, files left dirty or
   * untracked (e.g. by verification commands), git metadata touched.
   */
  authorityViolations(worktree: string, checkpoint: string): Promise<readonly string[]>
  /** Changes committed between two commits, renames split, for the committed-scope check. */
  committedChanges(worktree: string, from: string, to: string): Promise<readonly ChangeRecord[]>
  /** The patch between two commits (the candidate the auditors review). */
  diff(worktree: string, from: string, to: string): Promise<string>
  /** Moves `branch` to `target` only if it still points at `expectedOld` and target descends from it. */
  fastForward(repoRoot: string, branch: string, target: string, expectedOld: string): Promise<void>
}

export interface CommandResult {
  readonly exitCode: number | null
  readonly timedOut: boolean
  readonly durationMs: number
}

/** Runs one verification command (`bash -c`), output to a log file. */
export interface CommandRunner {
  run(input: {
    readonly command: string
    readonly cwd: string
    readonly logPath: string
    readonly timeoutMs: number
    readonly env: Readonly<Record<string, string>>
  }): Promise<CommandResult>
}

/** Stage-by-stage progress for the person or program watching a run. */
export interface ProgressSink {
  stage(event: {
    readonly runId: string
    readonly itemId: string | null
    readonly attempt: number | null
    readonly state: string
    readonly message: string
    readonly elapsedMs: number
  }): void
  /** After every agent call: what it used and cost, and the item's and run's totals so far. */
  agentCall?(event: AgentCallProgress): void
}

export interface AgentCallProgress {
  readonly runId: string
  readonly itemId: string
  readonly attempt: number
  readonly elapsedMs: number
  readonly call: AgentCallRecord
  readonly item: UsageTotals
  readonly run: UsageTotals
}

export interface Clock {
  now(): Date
}
