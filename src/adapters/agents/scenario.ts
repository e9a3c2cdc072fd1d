import { readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { z } from 'zod'
import { UserInputError, describeError } from '../../errors.js'
import { LANES } from '../../core/run/lifecycle.js'
import type { Lane } from '../../kernel/ports.js'

/**
 * Scenario files drive the `scripted` agent and the fake `codex` / `claude` executables in
 * the same way. A scenario is a list of scripts; each names a lane and, optionally, the item,
 * attempt and cycle it is for. An agent call runs the most specific matching script (ties:
 * the first in the file); a lane without one gets the default report (default-reports.ts).
 *
 * ```json
 * { "version": 1,
 *   "scripts": [
 *     { "lane": "execute", "item_id": "W1-01",
 *       "steps": [ { "write": { "docs/note.md": "# Note\n", "old.txt": null } },
 *                  { "report": { "schema_version": "plan_orchestrator.execution_report.v1",
 *                                "item_id": "{{item_id}}", "attempt_number": "{{attempt}}" } } ] },
 *     { "lane": "triage", "cycle": "execute.round-0", "steps": [ { "fault": "hang" } ] } ] }
 * ```
 *
 * Steps run in order. `write` maps worktree-relative paths to content (`null` deletes);
 * `write_bytes` maps them to a size, for a file of that many zero bytes (sparse: a 100 MB
 * file costs no disk). The report is the last of `report` / `report_fields` (the lane's
 * default report with these fields replaced, e.g. another `item_id`) / `raw_report` (text
 * taken verbatim, e.g. fenced JSON) / `fault: invalid_json` / `fault: no_report`. Process
 * faults run a real child process: `sleep_ms` (busy, printing a heartbeat), `stdout_bytes`
 * (that many bytes on stdout, as fast as they are read), `fault: hang` (silent forever),
 * `fault: hang_ignoring_sigterm`, `fault: spawn_grandchild` (left behind in the group),
 * `fault: spawn_setsid_grandchild` (a daemon in its own session, so outside the group, still
 * working in the worktree), `fault: spawn_hidden_daemon` (the same with an empty environment
 * and `/` as its working directory: only a cgroup finds it) and `exit_code`. `agent_error` is
 * the CLI reporting failure (claude's `is_error` envelope, codex's `turn.failed`). Strings in
 * reports and writes may use `{{item_id}}`, `{{attempt}}`, `{{cycle}}`, `{{lane}}` and
 * `{{round}}`; a string that is exactly `{{attempt}}` or `{{round}}` becomes a number.
 * `run` is a shell command (`bash -c`, in the worktree) run as a real child process, as the
 * agent's own tool calls are: under agent isolation it runs as the agent user, so a hostile
 * agent can be acted out (`{ "run": "cat ~/.netrc > loot.txt" }`); its exit code is logged and
 * does not end the call. The process faults report a daemon's pid on stdout
 * (`scripted agent: daemon <pid>`).
 * `usage` is what the CLI reports the call used, in that CLI's own field names: for the codex
 * lanes the `turn.completed.usage` of `codex exec --json` (`input_tokens`,
 * `cached_input_tokens`, `cache_write_input_tokens`, `output_tokens`,
 * `reasoning_output_tokens`), for `audit_claude` the result envelope's `usage` fields
 * (`input_tokens`, `cache_read_input_tokens`, `cache_creation_input_tokens`, `output_tokens`)
 * with `total_cost_usd` and `num_turns`; plus `model` and `effort` when the call should name
 * others than the run's policy. Several `usage` steps add up (several turns).
 */

function isInsideWorktree(path: string): boolean {
  const normal = posix.normalize(path)
  return path !== '' && !posix.isAbsolute(path) && normal !== '..' && !normal.startsWith('../')
}

const FileWrites = z.record(z.string(), z.string().nullable()).superRefine((writes, ctx) => {
  for (const path of Object.keys(writes)) {
    if (isInsideWorktree(path)) continue
    ctx.addIssue({
      code: 'custom',
      message: `'${path}' must be a relative path inside the worktree`,
      path: [path]
    })
  }
})

/** Faults about the report itself, acted out in-process. */
export const REPORT_FAULTS = ['invalid_json', 'no_report'] as const
/** Faults about the process, acted out by a real child process. */
export const PROCESS_FAULTS = [
  'hang',
  'hang_ignoring_sigterm',
  'spawn_grandchild',
  'spawn_setsid_grandchild',
  'spawn_hidden_daemon'
] as const

const tokenCount = z.int().min(0).optional()

/** Usage fields each CLI reports, by lane family (see the comment at the top). */
export const CODEX_USAGE_FIELDS = [
  'input_tokens',
  'cached_input_tokens',
  'cache_write_input_tokens',
  'output_tokens',
  'reasoning_output_tokens'
] as const
export const CLAUDE_USAGE_FIELDS = [
  'input_tokens',
  'cache_read_input_tokens',
  'cache_creation_input_tokens',
  'output_tokens',
  'total_cost_usd',
  'num_turns'
] as const

export const ScenarioUsageSchema = z.strictObject({
  input_tokens: tokenCount,
  cached_input_tokens: tokenCount,
  cache_write_input_tokens: tokenCount,
  output_tokens: tokenCount,
  reasoning_output_tokens: tokenCount,
  cache_read_input_tokens: tokenCount,
  cache_creation_input_tokens: tokenCount,
  total_cost_usd: z.number().min(0).optional(),
  num_turns: z.int().min(0).optional(),
  model: z.string().min(1).optional(),
  effort: z.string().min(1).optional()
})
export type ScenarioUsage = z.infer<typeof ScenarioUsageSchema>

const STEP_SHAPES = {
  write: z.strictObject({ write: FileWrites }),
  write_bytes: z.strictObject({
    write_bytes: z.record(
      z.string().refine(isInsideWorktree, 'must be a relative path inside the worktree'),
      z.int().min(0)
    )
  }),
  /** Symlinks: path → link text. Targets are not checked: tests need bad ones. Scripted only. */
  symlink: z.strictObject({
    symlink: z.record(
      z.string().refine(isInsideWorktree, 'must be a relative path inside the worktree'),
      z.string().min(1)
    )
  }),
  /** The agent commits everything itself, which the orchestrator must refuse. Scripted only. */
  commit: z.strictObject({ commit: z.string().min(1) }),
  /** A shell command run as the agent's own child process. Scripted and the fake CLIs. */
  run: z.strictObject({ run: z.string().min(1) }),
  report: z.strictObject({ report: z.record(z.string(), z.unknown()) }),
  report_fields: z.strictObject({ report_fields: z.record(z.string(), z.unknown()) }),
  raw_report: z.strictObject({ raw_report: z.string() }),
  fault: z.strictObject({ fault: z.enum([...REPORT_FAULTS, ...PROCESS_FAULTS]) }),
  sleep_ms: z.strictObject({ sleep_ms: z.int().min(0) }),
  stdout_bytes: z.strictObject({ stdout_bytes: z.int().min(0) }),
  exit_code: z.strictObject({ exit_code: z.int().min(1).max(255), stderr: z.string().optional() }),
  /** What the CLI reports the call used (see above). */
  usage: z.strictObject({ usage: ScenarioUsageSchema }),
  agent_error: z.strictObject({
    agent_error: z.strictObject({
      message: z.string().min(1),
      /** claude's envelope subtype, e.g. `error_max_turns`; default `success` (as "Not logged in"). */
      subtype: z.string().optional()
    })
  })
}
type StepKind = keyof typeof STEP_SHAPES
const STEP_KINDS = Object.keys(STEP_SHAPES) as StepKind[]

export type ReportFaultStep = { fault: (typeof REPORT_FAULTS)[number] }
export type ProcessFaultStep = { fault: (typeof PROCESS_FAULTS)[number] }
export type ScenarioStep =
  z.infer<(typeof STEP_SHAPES)[Exclude<StepKind, 'fault'>]> | ReportFaultStep | ProcessFaultStep

/**
 * A step is picked by its key before it is checked, so an error names what is wrong with
 * that step instead of listing every shape a step could have.
 */
export const ScenarioStepSchema = z.unknown().transform((value, ctx): ScenarioStep => {
  const kind =
    typeof value === 'object' && value !== null ? STEP_KINDS.find((key) => key in value) : undefined
  if (kind === undefined) {
    ctx.addIssue({ code: 'custom', message: `a step needs one of: ${STEP_KINDS.join(', ')}` })
    return z.NEVER
  }
  const parsed = STEP_SHAPES[kind].safeParse(value)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
    return z.NEVER
  }
  return parsed.data as ScenarioStep
})

export const ScenarioScriptSchema = z
  .strictObject({
    lane: z.enum(LANES),
    item_id: z.string().min(1).optional(),
    attempt: z.int().min(1).optional(),
    cycle: z.string().min(1).optional(),
    /** Fake claude only: `auto` mirrors the CLI dropping structured output for a 2020-12 schema. */
    structured_output: z.enum(['auto', 'present', 'omit']).optional(),
    steps: z.array(ScenarioStepSchema)
  })
  .superRefine((script, ctx) => {
    // A lane's usage speaks its CLI's language: codex reports no cost, claude no reasoning.
    const allowed: readonly string[] = [
      ...(script.lane === 'audit_claude' ? CLAUDE_USAGE_FIELDS : CODEX_USAGE_FIELDS),
      'model',
      'effort'
    ]
    const cli = script.lane === 'audit_claude' ? 'claude' : 'codex'
    script.steps.forEach((step, index) => {
      if (!('usage' in step)) return
      for (const field of Object.keys(step.usage)) {
        if (allowed.includes(field)) continue
        ctx.addIssue({
          code: 'custom',
          message: `${cli} does not report ${field} (the ${script.lane} lane reports: ${allowed.join(', ')})`,
          path: ['steps', index, 'usage', field]
        })
      }
    })
  })

export const ScenarioSchema = z.strictObject({
  version: z.literal(1),
  scripts: z.array(ScenarioScriptSchema)
})

export type Scenario = z.infer<typeof ScenarioSchema>
export type ScenarioScript = z.infer<typeof ScenarioScriptSchema>

export function parseScenario(value: unknown, source = 'scenario'): Scenario {
  const parsed = ScenarioSchema.safeParse(value)
  if (!parsed.success) {
    // One line, like every other refusal: each problem with where it is in the file.
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`
    )
    throw new UserInputError(`${source}: invalid scenario: ${problems.join('; ')}`)
  }
  return parsed.data
}

export function loadScenarioFile(path: string): Scenario {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UserInputError(`${path}: cannot read the scenario: ${describeError(error)}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UserInputError(`${path}: scenario is not valid JSON: ${describeError(error)}`)
  }
  return parseScenario(value, path)
}

/** What a script is matched against, and what placeholders stand for. */
export interface ScenarioCall {
  readonly lane: Lane
  readonly itemId: string
  readonly attempt: number
  readonly cycle: string
}

export function selectScript(scenario: Scenario, call: ScenarioCall): ScenarioScript | undefined {
  let best: ScenarioScript | undefined
  let bestScore = -1
  for (const script of scenario.scripts) {
    if (script.lane !== call.lane) continue
    const keys = [
      [script.item_id, call.itemId],
      [script.attempt, call.attempt],
      [script.cycle, call.cycle]
    ] as const
    if (keys.some(([wanted, actual]) => wanted !== undefined && wanted !== actual)) continue
    const score = keys.filter(([wanted]) => wanted !== undefined).length
    if (score > bestScore) {
      best = script
      bestScore = score
    }
  }
  return best
}

/** `fix.round-2` → 2; `execute.round-0` → 0. */
export function roundOf(cycle: string): number {
  const match = /round-(\d+)$/.exec(cycle)
  return match?.[1] !== undefined ? Number(match[1]) : 0
}

export function substitutePlaceholders(value: unknown, call: ScenarioCall): unknown {
  const numbers: Record<string, number> = { attempt: call.attempt, round: roundOf(call.cycle) }
  const texts: Record<string, string> = {
    item_id: call.itemId,
    cycle: call.cycle,
    lane: call.lane,
    attempt: String(call.attempt),
    round: String(roundOf(call.cycle))
  }
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const whole = /^\{\{(attempt|round)\}\}$/.exec(node)
      if (whole?.[1] !== undefined) return numbers[whole[1]]
      return node.replace(/\{\{([a-z_]+)\}\}/g, (text, name: string) => texts[name] ?? text)
    }
    if (Array.isArray(node)) return node.map(visit)
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, visit(inner)]))
    }
    return node
  }
  return visit(value)
}
