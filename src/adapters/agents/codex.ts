import { dirname, join } from 'node:path'
import type { AgentOutcome, AgentPort, AgentRequest, AgentUsage, Lane } from '../../kernel/ports.js'
import { MUTATION_LANES } from '../../kernel/ports.js'
import { buildAgentEnv } from '../child-env.js'
import { CALL_HOME_VARIABLES, defaultCallHomeParent } from './call-home.js'
import { CLAUDE_CREDENTIAL_ENV, CODEX_PASS_THROUGH, codexLoginFile } from './credentials.js'
import type { CliAgentOptions, Invocation, RawRun } from './invocation.js'
import { agentPath, withIdentity } from './identity.js'
import {
  cliAgent,
  isPlainObject,
  logPathsFor,
  parseJsonObject,
  processFailure,
  processFields,
  rawOutputPathFor,
  readOptional,
  tailLines
} from './invocation.js'

/**
 * `codex exec` (codex-cli 0.169) for the mutation lanes, the codex audit and triage.
 * Prompt on stdin (then closed), JSONL events on stdout for liveness and usage, the final
 * message in the `-o` file, which is parsed strictly: the whole file is one JSON object.
 */

/** Values the 0.169 model catalog accepts; the CLI itself sends anything verbatim. */
export const CODEX_EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max', 'ultra'] as const
export type CodexEffort = (typeof CODEX_EFFORTS)[number]

export interface CodexAgentOptions extends CliAgentOptions {
  /** Default `gpt-5.4`, the reference's default. */
  readonly model?: string
  /** Default `xhigh`. */
  readonly effort?: CodexEffort
  /**
   * The operator's own `-c key=value` overrides (PLAN_ORCHESTRATOR_CODEX_CONFIG), e.g. a
   * model provider: with a fresh CODEX_HOME per call they are the only configuration codex
   * gets. They come before ours, so the settings below always win.
   */
  readonly configOverrides?: readonly string[]
}

export const CODEX_DEFAULTS = { command: 'codex', model: 'gpt-5.4', effort: 'xhigh' } as const

export function codexSandboxFor(lane: Lane): 'workspace-write' | 'read-only' {
  return MUTATION_LANES.includes(lane) ? 'workspace-write' : 'read-only'
}

/**
 * Every lane: no user configuration and no execpolicy rules, whatever CODEX_HOME holds (it
 * is a fresh one anyway: belt and braces).
 */
export const CODEX_NO_USER_CONFIG: readonly string[] = ['--ignore-user-config', '--ignore-rules']

/**
 * The review lanes (audit, triage) additionally read no project instructions: no AGENTS.md
 * or AGENTS.override.md (`project_doc_max_bytes=0`) and no skill descriptions from
 * `.agents/skills` or `.codex/skills` (`skills.include_instructions=false`). They work in a
 * read-only export of the checkpoint that is not a git repository, hence
 * `--skip-git-repo-check`. A project's `.codex/config.toml` (MCP servers, hooks, providers) is
 * never loaded: codex applies it only to projects trusted in the user config, and that config
 * is empty and ignored. Verified against codex 0.169.0 in __tests__/contract/.
 */
export const CODEX_REVIEW_ISOLATION: readonly string[] = [
  '--skip-git-repo-check',
  '-c',
  'project_doc_max_bytes=0',
  '-c',
  'skills.include_instructions=false'
]

/**
 * Codex sends the `--output-schema` file as an OpenAI structured output with `strict: true`,
 * which takes only a subset of JSON Schema. The kernel's 2020-12 schema goes through this
 * first: no `$schema`/`$id` lines, `const` as a one-value `enum`, no string length bounds
 * (not in the documented strict subset). Nothing is lost: the kernel validates the report
 * against the full schema afterwards.
 */
export function schemaForCodex(schema: object): object {
  return toStrictSubset(schema) as object
}

const CODEX_DROPPED_KEYWORDS = new Set(['$schema', '$id', 'minLength', 'maxLength'])

function toStrictSubset(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toStrictSubset)
  if (!isPlainObject(node)) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (CODEX_DROPPED_KEYWORDS.has(key)) continue
    if (key === 'const') {
      if (!('enum' in node)) out.enum = [value]
    } else if (key === 'properties' || key === '$defs' || key === 'definitions') {
      // Keys here are names, not keywords: only their values are schemas.
      out[key] = isPlainObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([name, sub]) => [name, toStrictSubset(sub)])
          )
        : value
    } else if (key === 'enum' || key === 'required') {
      out[key] = value
    } else {
      out[key] = toStrictSubset(value)
    }
  }
  return out
}

function operatorConfig(overrides: readonly string[] | undefined): string[] {
  return (overrides ?? []).flatMap((override) => ['-c', override])
}

/** Beside the kernel's schema file: `<dir>/<name>.codex.schema.json`. */
export function codexSchemaPathFor(schema: AgentRequest['schema']): string {
  return join(dirname(schema.path), `${schema.name}.codex.schema.json`)
}

/** Pure: the whole invocation for one request. */
export function buildCodexInvocation(
  request: AgentRequest,
  options: CodexAgentOptions = {}
): Invocation {
  const lastMessagePath = rawOutputPathFor(request.reportPath)
  const schemaPath = codexSchemaPathFor(request.schema)
  const args = [
    'exec',
    '--json',
    '-C',
    request.cwd,
    '-m',
    options.model ?? CODEX_DEFAULTS.model,
    '-s',
    codexSandboxFor(request.lane),
    '--output-schema',
    schemaPath,
    '-o',
    lastMessagePath,
    '--ephemeral',
    ...operatorConfig(options.configOverrides),
    '-c',
    `model_reasoning_effort=${options.effort ?? CODEX_DEFAULTS.effort}`,
    '-c',
    'web_search=disabled',
    // Codex otherwise syncs a plugin catalogue from github.com and sends metrics on every
    // start: traffic no item needs, and nothing a reviewed plan asked for.
    '-c',
    'features.plugins=false',
    '-c',
    'analytics.enabled=false',
    ...CODEX_NO_USER_CONFIG,
    ...(MUTATION_LANES.includes(request.lane) ? [] : CODEX_REVIEW_ISOLATION),
    '-'
  ]
  const sourceEnv = options.sourceEnv ?? process.env
  return {
    command: options.command ?? CODEX_DEFAULTS.command,
    args,
    cwd: request.cwd,
    env: buildAgentEnv({ ...sourceEnv, ...request.env }, 'codex', {
      passThrough: [
        ...CODEX_PASS_THROUGH,
        ...(options.passThrough ?? []),
        ...Object.keys(request.env)
      ],
      deny: [...CLAUDE_CREDENTIAL_ENV, ...CALL_HOME_VARIABLES]
    }),
    callHome: {
      parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
      credential: codexLoginFile(sourceEnv),
      ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
    },
    stdin: { kind: 'text', text: request.promptText },
    files: [
      { path: request.promptFile, content: request.promptText },
      {
        path: schemaPath,
        content: `${JSON.stringify(schemaForCodex(request.schema.json), null, 2)}\n`
      }
    ],
    removeBeforeRun: [request.reportPath, lastMessagePath],
    ...logPathsFor(request)
  }
}

export interface CodexRun extends RawRun {
  /** Content of the `-o` file, null when codex never wrote it. */
  readonly lastMessage: string | null
}

/**
 * Pure: classify a finished codex run and pull out its report and usage. `configured` is the
 * model and effort the run was started with: codex's events do not name them.
 */
export function parseCodexResult(
  request: AgentRequest,
  run: CodexRun,
  configured: { readonly model?: string; readonly effort?: string } = {}
): AgentOutcome {
  const events = parseJsonLines(run.stdout)
  const tokens = codexUsageFromEvents(events)
  const usage =
    tokens === undefined && Object.keys(configured).length === 0
      ? undefined
      : { ...tokens, ...configured }
  const base = {
    ...processFields(run.process),
    ...(usage ? { usage } : {}),
    ...(run.lastMessage !== null ? { rawOutputPath: rawOutputPathFor(request.reportPath) } : {})
  }
  const failure = processFailure(run.process, 'codex')
  if (failure) return { ...base, ...failure }

  if (run.process.exitCode !== 0) {
    const reasons = [...failureMessages(events), ...tailLines(run.stderr)]
    const status = reasons.some((line) => AUTH_FAILURE.test(line)) ? 'auth_error' : 'exit_nonzero'
    const exit = run.process.exitCode ?? run.process.signal
    return {
      ...base,
      status,
      diagnostics: [`codex exec failed with exit code ${exit}; see its stderr log`, ...reasons]
    }
  }
  if (run.lastMessage === null || run.lastMessage.trim() === '') {
    return { ...base, status: 'no_report', diagnostics: ['codex wrote no final message (-o file)'] }
  }
  const report = parseJsonObject(run.lastMessage)
  if (report === undefined) {
    return {
      ...base,
      status: 'unparseable_report',
      diagnostics: ['codex final message is not one JSON object']
    }
  }
  return { ...base, status: 'ok', report, diagnostics: [] }
}

/** 401/403 and "no credentials" texts in codex's stderr or `turn.failed` events. */
const AUTH_FAILURE =
  /\b40[13]\b|unauthori[sz]ed|forbidden|not logged in|no codex credentials|api key/i

type JsonEvent = Record<string, unknown>

/** The JSON objects among the lines of codex's `--json` stdout. */
export function parseJsonLines(text: string): JsonEvent[] {
  const events: JsonEvent[] = []
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue
    const event = parseJsonObject(line)
    if (event) events.push(event)
  }
  return events
}

function failureMessages(events: readonly JsonEvent[]): string[] {
  const messages: string[] = []
  for (const event of events) {
    if (event.type === 'turn.failed' && isPlainObject(event.error)) {
      messages.push(String(event.error.message ?? 'turn failed'))
    } else if (event.type === 'error' && typeof event.message === 'string') {
      messages.push(event.message)
    }
  }
  return messages.slice(-5)
}

/**
 * Codex reports tokens per turn (`turn.completed.usage`, the sum over the turn's model
 * requests) and no cost. Its counts follow the Responses API: `input_tokens` includes the
 * cached and cache-written ones, `output_tokens` the reasoning ones, which is the port's
 * convention too. A `--json` stdout log as a whole goes in; other lines are ignored.
 */
export function codexUsageFromEvents(events: readonly JsonEvent[]): AgentUsage | undefined {
  const turns = events.filter(
    (event) => event.type === 'turn.completed' && isPlainObject(event.usage)
  )
  if (turns.length === 0) return undefined
  const total = (key: string): number =>
    turns.reduce((sum, event) => {
      const value = (event.usage as Record<string, unknown>)[key]
      return sum + (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0)
    }, 0)
  return {
    inputTokens: total('input_tokens'),
    cachedInputTokens: total('cached_input_tokens'),
    cacheWriteTokens: total('cache_write_input_tokens'),
    outputTokens: total('output_tokens'),
    reasoningTokens: total('reasoning_output_tokens'),
    numTurns: turns.length
  }
}

export function createCodexAgent(options: CodexAgentOptions = {}): AgentPort & {
  buildInvocation(request: AgentRequest): Invocation
} {
  if (options.effort !== undefined && !CODEX_EFFORTS.includes(options.effort)) {
    throw new Error(`unknown codex effort '${options.effort}' (${CODEX_EFFORTS.join(', ')})`)
  }
  const agent = cliAgent(
    'codex',
    options.onSpawn,
    (request) => buildCodexInvocation(request, options),
    async (request, raw) => {
      const lastMessage = await readOptional(rawOutputPathFor(request.reportPath))
      return parseCodexResult(
        request,
        { ...raw, lastMessage },
        {
          model: options.model ?? CODEX_DEFAULTS.model,
          effort: options.effort ?? CODEX_DEFAULTS.effort
        }
      )
    },
    options.agentUser
  )
  return withIdentity(agent, {
    adapter: 'codex',
    command: options.command ?? CODEX_DEFAULTS.command,
    model: options.model ?? CODEX_DEFAULTS.model,
    effort: options.effort ?? CODEX_DEFAULTS.effort,
    ...agentPath(options)
  })
}
