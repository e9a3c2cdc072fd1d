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
}

export interface AgentPort {
  readonly id: string
  run(request: AgentRequest): Promise<AgentOutcome>
}

/** Which agent serves each lane. */
export type AgentsByLane = Readonly<Record<Lane, AgentPort>>
