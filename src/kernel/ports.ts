import type { PathChange } from '../core/scope.js'
import type { AgentCallRecord, UsageTotals } from '../core/schemas/usage.js'
import type { AgentIdentity } from '../core/schemas/provenance.js'
import type { RunLayout } from '../core/run/layout.js'
import type { PlaybookSource } from '../core/playbook/normalize.js'
import type { RunState } from '../core/schemas/run-state.js'

/**
 * The ports the kernel drives. Adapters in src/adapters implement them; tests may pass
 * their own. Everything here is data and interfaces, no behaviour.
 */

/**
 * Whose child process this is. Every process a stage starts is stopped when the stage ends,
 * and the stage is recorded beside the run state until it is, so that a later `resume`
 * finds what a killed orchestrator left running.
 */
export interface StageRef {
  readonly runId: string
  readonly itemId: string
  readonly attempt: number
  /** `execute.round-0`, `audit_codex.execute.round-0`, `verification.execute.round-0`, … */
  readonly stage: string
  /** The attempt's worktree (absolute): a process working in it belongs to the stage. */
  readonly worktree: string
  /** The run's record of open stages (`stage_processes.json`, absolute). */
  readonly recordPath: string
}

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
  /**
   * Most bytes each of its logs keeps (`max_log_bytes`; absent: that key's default): the
   * head and the tail, marked where cut.
   */
  readonly maxLogBytes?: number
  /** Allowlisted environment for the child; never the orchestrator's own tokens. */
  readonly env: Readonly<Record<string, string>>
  /** The stage the agent's processes belong to (absent in tests of an adapter alone). */
  readonly stage?: StageRef
}

/** How much a child wrote to one log, and whether the log had to leave some of it out. */
export interface OutputSize {
  readonly totalBytes: number
  readonly truncated: boolean
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
  /** What the agent process wrote to its stdout and stderr logs, when it ran. */
  readonly logs?: { readonly stdout: OutputSize; readonly stderr: OutputSize }
  /** Processes it left running outside its process group, which were stopped (one line each). */
  readonly leftRunning?: readonly string[]
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
  /** Which CLI serves the calls and how it is asked to run, for their provenance records. */
  describe?(): Promise<AgentIdentity>
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

export interface CommittedChanges {
  readonly changes: readonly ChangeRecord[]
  /** The patch between the same two commits (the candidate the auditors review). */
  readonly patch: string
}

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
    /** A changed file larger than this is refused, named (`max_checkpoint_file_bytes`). */
    readonly maxFileBytes: number
  }): Promise<CheckpointResult>
  /**
   * What is wrong with the worktree after its checkpoint: HEAD moved, files left dirty or
   * untracked (e.g. by verification commands), git metadata touched. Empty: HEAD is the
   * checkpoint and git showed nothing uncommitted (`checkpoint`'s success says the same).
   */
  authorityViolations(worktree: string, checkpoint: string): Promise<readonly string[]>
  /**
   * Changes committed between two commits, renames split, for the committed-scope check, and
   * the patch between them (what `diff` gives), from one reading.
   */
  committedChanges(worktree: string, from: string, to: string): Promise<CommittedChanges>
  /** The patch between two commits (the candidate the auditors review). */
  diff(worktree: string, from: string, to: string): Promise<string>
  /** The commits `tip` adds to `base`, oldest first (parents before children). */
  commitsSince(cwd: string, base: string, tip: string): Promise<readonly string[]>
  /**
   * Moves `branch` to `target` only if it still points at `expectedOld` and target descends
   * from it. Returns the commits `target` adds to `expectedOld` (what `commitsSince` gives)
   * when proving the descent listed them, else undefined.
   */
  fastForward(
    repoRoot: string,
    branch: string,
    target: string,
    expectedOld: string
  ): Promise<readonly string[] | undefined>
  /**
   * Agent configuration in the worktree that its HEAD does not hold (AGENTS.md, CLAUDE.md,
   * `.mcp.json`, `.claude/`, `.codex/`, `.agents/`, new or modified), worktree-relative.
   * `readClean`: the caller's own reading (a successful `checkpoint`, or `authorityViolations`
   * empty), with nothing run in the worktree since, found it clean, so only what git leaves
   * out of a status (ignored files at the top) needs reading.
   */
  unreviewedAgentConfig(
    worktree: string,
    known?: { readonly readClean?: boolean }
  ): Promise<readonly string[]>
}

/**
 * A read-only copy of one checkpoint, made by the orchestrator outside the repository, that
 * the review lanes (audits and triage) work in instead of the agent's worktree.
 */
export interface ReviewCopy {
  /** Absolute; the review lanes' working directory. */
  readonly path: string
  /** Puts an orchestrator file into the copy's packet directory, read-only like the rest. */
  addPacketFile(name: string, source: string): Promise<string>
  /** Everything that differs from what the orchestrator made (`path (what)`); empty when intact. */
  changes(): Promise<string[]>
  remove(): Promise<void>
}

export interface ReviewCopies {
  /** Exports `checkpoint` with `packet` files (by name, from `source`) in PACKET_DIR. */
  create(input: {
    readonly repoRoot: string
    readonly checkpoint: string
    readonly packet: ReadonlyArray<{ readonly name: string; readonly source: string }>
  }): Promise<ReviewCopy>
}

export interface CommandResult {
  readonly exitCode: number | null
  readonly timedOut: boolean
  readonly durationMs: number
  /** What the command wrote to its log (stdout and stderr merged). */
  readonly log?: OutputSize
}

/** Runs one verification command (`bash -c`), output to a log file. */
export interface CommandRunner {
  run(input: {
    readonly command: string
    readonly cwd: string
    readonly logPath: string
    readonly timeoutMs: number
    /** Most bytes the log keeps (`max_log_bytes`; absent: that key's default). */
    readonly maxLogBytes?: number
    readonly env: Readonly<Record<string, string>>
    /** The stage the command's processes belong to. */
    readonly stage?: StageRef
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

/** The rules an external evidence package is copied under. */
export interface EvidenceRules {
  /** Names the package in messages, e.g. `--external-evidence-dir evidence/`. */
  readonly label: string
  /** The most bytes the package may hold; unchecked when undefined. */
  readonly maxBytes?: number
  /** Where the limit comes from, for the message. */
  readonly limitSource?: string
}

export interface CopiedEvidence {
  /** Sorted by path. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly sha256: string }>
  readonly totalBytes: number
}

/**
 * The run store's files as the kernel writes them (src/adapters/run-store.ts): every file
 * whole and atomically, its directory made first, so a killed process never leaves half a
 * record behind.
 */
export interface RunFiles {
  writeJson(path: string, value: unknown): Promise<void>
  writeText(path: string, text: string): Promise<void>
  /** Validates and saves run_state.json; returns the sha256 of the text written. */
  saveRunState(layout: RunLayout, state: RunState): Promise<string>
  /**
   * Copies an evidence package into `destination` (which must not exist yet), regular files
   * and directories only, each hashed; refuses, leaving nothing, what breaks `rules`.
   */
  copyEvidence(root: string, destination: string, rules: EvidenceRules): Promise<CopiedEvidence>
  /** Makes the run store and the reports root the orchestrator's alone (docs/security.md). */
  secureRunStore(repoRoot: string): Promise<void>
  /**
   * Copies one of its files into an attempt's worktree at `inWorktree` (worktree-relative),
   * never through a link an agent planted on the way (src/adapters/worktree-packet.ts).
   */
  copyIntoWorktree(source: string, worktree: string, inWorktree: string): Promise<void>
}

/** What writing a provenance statement reaches: the run store, and git for the commits. */
export interface StatementIo {
  readonly files: Pick<RunFiles, 'writeText'>
  readonly git: Pick<GitPort, 'commitsSince'>
}

/**
 * A run's saved state read without its lock, for `status` (src/adapters/run-state-reader.ts):
 * whether it loads, whether a live writer holds it, whether it belongs to this checkout.
 */
export interface RunStateReader {
  loadRunState(layout: RunLayout): Promise<RunState>
  isRunLocked(layout: RunLayout): Promise<boolean>
  /** Whether the saved state names this repository (or none), read from the file. */
  belongsHere(layout: RunLayout): Promise<boolean>
  /** `belongsHere` for a state already loaded. */
  stateBelongsHere(layout: RunLayout, state: RunState): Promise<boolean>
}

/** A lock on a path that a dead holder cannot keep (src/adapters/exclusive-lock.ts). */
export interface ExclusiveLockSpec {
  /** The path being guarded (need not exist). */
  readonly target: string
  readonly lockPath: string
  /** Whether the recorded holder is known to be gone (read while no one else may claim). */
  readonly holderIsGone: () => Promise<boolean>
  /** Removes the gone holder's owner record. */
  readonly clearHolder: () => Promise<void>
  /** Writes our owner record; done before anyone else may look at it. */
  readonly claim: () => Promise<void>
  /** Called when another process took the lock over (we stalled past the stale time). */
  readonly onCompromised: () => void
}

/** Takes the lock: its release, or undefined when a live holder has it. */
export type ExclusiveLocker = (
  spec: ExclusiveLockSpec
) => Promise<(() => Promise<void>) | undefined>

/** Reads a playbook file for normalization; a failure is one line naming `path`. */
export type PlaybookReader = (path: string, now: Date) => Promise<PlaybookSource>

export interface Clock {
  now(): Date
}
