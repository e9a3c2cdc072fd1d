import { writeFileAtomically } from '../atomic-file.js'
import type { AgentOutcome, AgentPort, AgentRequest } from '../../kernel/ports.js'
import { buildAgentEnv } from '../child-env.js'
import {
  classifyErrorEnvelope,
  envelopeUsage,
  extractReportFromText,
  findResultEnvelope,
  isErrorEnvelope
} from './claude-envelope.js'
import { CALL_HOME_VARIABLES, defaultCallHomeParent } from './call-home.js'
import { CLAUDE_PASS_THROUGH, CODEX_CREDENTIAL_ENV, claudeLoginFile } from './credentials.js'
import type { CliAgentOptions, Invocation, RawRun } from './invocation.js'
import { agentPath, withIdentity } from './identity.js'
import {
  cliAgent,
  isPlainObject,
  logPathsFor,
  processFailure,
  processFields,
  rawOutputPathFor,
  tailLines
} from './invocation.js'

/**
 * `claude -p` (Claude Code 2.1.197) for the second audit. Read-only (plan mode, Read/Glob/
 * Grep), no configuration of anyone's (CLAUDE_REVIEW_ISOLATION), instructions as an appended
 * system-prompt file, stdin ignored, the audit schema inline. Its envelope is read whatever the exit code: an `is_error` envelope is an outcome.
 */

export const CLAUDE_EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'] as const
export type ClaudeEffort = (typeof CLAUDE_EFFORTS)[number]

/** The user prompt; the real instructions are in the appended system-prompt file. */
export const CLAUDE_INSTRUCTION =
  'Review the item using the appended audit instructions and the workspace packet files. ' +
  'Return only schema-valid JSON.'

export interface ClaudeAgentOptions extends CliAgentOptions {
  /** Default `opus`. */
  readonly model?: string
  /** Default `max`. */
  readonly effort?: ClaudeEffort
  /** Default 8, the reference's constant; the structured-output call uses one turn. */
  readonly maxTurns?: number
  /**
   * Default `stream-json`: `json` prints nothing until the very end, which an idle timeout
   * would take for a hang. Both end in the same result envelope.
   */
  readonly outputFormat?: 'json' | 'stream-json'
  /**
   * Default `safe-mode` (keeps OAuth logins and the Read/Glob/Grep tools). `bare` reads
   * ANTHROPIC_API_KEY only and also drops Glob and Grep. Either way the settings sources and
   * MCP servers are off (CLAUDE_REVIEW_ISOLATION).
   */
  readonly isolation?: 'safe-mode' | 'bare'
  readonly maxBudgetUsd?: number
  /** Parse the `result` text when structured output is missing (default true). */
  readonly lenientTextReport?: boolean
}

export const CLAUDE_DEFAULTS = {
  command: 'claude',
  model: 'opus',
  effort: 'max',
  maxTurns: 8,
  outputFormat: 'stream-json'
} as const

/**
 * What the audit lane never loads, whatever the call's cwd or home holds. Verified against
 * Claude Code 2.1.197 in __tests__/contract/:
 * - `--setting-sources ''`: no user, project or local settings, so no hooks, no `env` block
 *   (which could point ANTHROPIC_BASE_URL elsewhere: `--safe-mode` and `--bare` still apply
 *   it), no `apiKeyHelper`, no permissions, and no CLAUDE.md / CLAUDE.local.md anywhere.
 * - `--strict-mcp-config` with no `--mcp-config`: no MCP server from `.mcp.json` or
 *   `.claude.json`.
 * - `--safe-mode` (or `--bare`): skills, plugins, custom agents and commands, output styles
 *   and hooks off as well.
 */
export const CLAUDE_REVIEW_ISOLATION: readonly string[] = [
  '--setting-sources',
  '',
  '--strict-mcp-config'
]

/**
 * Claude compiles `--json-schema` with draft-07 Ajv: a 2020-12 `$schema` line makes it drop
 * structured output without a word, so the dialect line goes.
 */
export function schemaForClaude(schema: object): string {
  const withoutDialect = Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== '$schema')
  )
  return JSON.stringify(withoutDialect)
}

/** Pure: the whole invocation for one request. */
export function buildClaudeInvocation(
  request: AgentRequest,
  options: ClaudeAgentOptions = {}
): Invocation {
  const outputFormat = options.outputFormat ?? CLAUDE_DEFAULTS.outputFormat
  const isolation = options.isolation ?? 'safe-mode'
  const args = [
    '-p',
    '--model',
    options.model ?? CLAUDE_DEFAULTS.model,
    '--effort',
    options.effort ?? CLAUDE_DEFAULTS.effort,
    '--no-session-persistence',
    '--max-turns',
    String(options.maxTurns ?? CLAUDE_DEFAULTS.maxTurns),
    '--permission-mode',
    'plan',
    '--tools',
    'Read,Glob,Grep',
    '--append-system-prompt-file',
    request.promptFile,
    '--output-format',
    outputFormat,
    ...(outputFormat === 'stream-json' ? ['--verbose'] : []),
    '--json-schema',
    schemaForClaude(request.schema.json),
    `--${isolation}`,
    ...CLAUDE_REVIEW_ISOLATION,
    ...(options.maxBudgetUsd !== undefined
      ? ['--max-budget-usd', String(options.maxBudgetUsd)]
      : []),
    // `--tools` is variadic: without `--` it would swallow the prompt.
    '--',
    CLAUDE_INSTRUCTION
  ]
  const sourceEnv = options.sourceEnv ?? process.env
  return {
    command: options.command ?? CLAUDE_DEFAULTS.command,
    args,
    cwd: request.cwd,
    env: buildAgentEnv({ ...sourceEnv, ...request.env }, 'claude', {
      passThrough: [
        ...CLAUDE_PASS_THROUGH,
        ...(options.passThrough ?? []),
        ...Object.keys(request.env)
      ],
      deny: [...CODEX_CREDENTIAL_ENV, ...CALL_HOME_VARIABLES]
    }),
    callHome: {
      parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
      credential: claudeLoginFile(sourceEnv),
      ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
    },
    stdin: { kind: 'ignore' },
    files: [{ path: request.promptFile, content: request.promptText }],
    removeBeforeRun: [request.reportPath, rawOutputPathFor(request.reportPath)],
    ...logPathsFor(request)
  }
}

/** Pure: classify a finished claude run and pull out its report and usage. */
export function parseClaudeResult(
  request: AgentRequest,
  run: RawRun,
  options: Pick<ClaudeAgentOptions, 'lenientTextReport' | 'model' | 'effort'> = {}
): AgentOutcome {
  const envelope = findResultEnvelope(run.stdout)
  const configured = {
    ...(options.model === undefined ? {} : { model: options.model }),
    ...(options.effort === undefined ? {} : { effort: options.effort })
  }
  const usage = envelope
    ? envelopeUsage(envelope, configured)
    : Object.keys(configured).length > 0
      ? configured
      : undefined
  const base = {
    ...processFields(run.process),
    ...(usage ? { usage } : {}),
    ...(envelope ? { rawOutputPath: rawOutputPathFor(request.reportPath) } : {})
  }
  const failure = processFailure(run.process, 'claude')
  if (failure) return { ...base, ...failure }

  if (envelope && isErrorEnvelope(envelope)) return { ...base, ...classifyErrorEnvelope(envelope) }
  if (run.process.exitCode !== 0) {
    const exit = run.process.exitCode ?? run.process.signal
    return {
      ...base,
      status: 'exit_nonzero',
      diagnostics: [`claude -p failed with exit code ${exit}`, ...tailLines(run.stderr)]
    }
  }
  if (!envelope) {
    return run.stdout.trim() === ''
      ? { ...base, status: 'no_report', diagnostics: ['claude printed nothing on stdout'] }
      : {
          ...base,
          status: 'unparseable_report',
          diagnostics: ['claude stdout has no JSON envelope']
        }
  }
  return reportFromEnvelope(envelope, base, options.lenientTextReport ?? true)
}

function reportFromEnvelope(
  envelope: Record<string, unknown>,
  base: Omit<AgentOutcome, 'status' | 'diagnostics'>,
  lenient: boolean
): AgentOutcome {
  if (isPlainObject(envelope.structured_output)) {
    return { ...base, status: 'ok', report: envelope.structured_output, diagnostics: [] }
  }
  // No envelope fields at all: the CLI printed the report itself.
  if (envelope.type === undefined && 'schema_version' in envelope) {
    return { ...base, status: 'ok', report: envelope, diagnostics: [] }
  }
  const missing = 'structured_output missing (schema not accepted by the CLI?)'
  if (!('result' in envelope) || envelope.result === '') {
    return { ...base, status: 'no_report', diagnostics: [missing, 'the envelope has no result'] }
  }
  const report = lenient ? extractReportFromText(envelope.result) : undefined
  if (report === undefined) {
    return {
      ...base,
      status: 'unparseable_report',
      diagnostics: [missing, 'the result text holds no JSON object']
    }
  }
  return {
    ...base,
    status: 'ok',
    report,
    diagnostics: [missing, 'report taken from the result text']
  }
}

export function createClaudeAgent(options: ClaudeAgentOptions = {}): AgentPort & {
  buildInvocation(request: AgentRequest): Invocation
} {
  if (options.effort !== undefined && !CLAUDE_EFFORTS.includes(options.effort)) {
    throw new Error(`unknown claude effort '${options.effort}' (${CLAUDE_EFFORTS.join(', ')})`)
  }
  if (
    options.maxTurns !== undefined &&
    !(Number.isInteger(options.maxTurns) && options.maxTurns > 1)
  ) {
    throw new Error('claude maxTurns must be an integer above 1 (one turn is the report itself)')
  }
  const agent = cliAgent(
    'claude',
    options.onSpawn,
    (request) => buildClaudeInvocation(request, options),
    async (request, raw) => {
      const outcome = parseClaudeResult(request, raw, {
        ...options,
        model: options.model ?? CLAUDE_DEFAULTS.model,
        effort: options.effort ?? CLAUDE_DEFAULTS.effort
      })
      // Keep the whole envelope beside the report: it carries cost, usage and errors.
      const envelope = findResultEnvelope(raw.stdout)
      if (envelope && outcome.rawOutputPath) {
        // In the reports directory, where the agent could have left a link at the name.
        await writeFileAtomically(outcome.rawOutputPath, `${JSON.stringify(envelope, null, 2)}\n`)
      }
      return outcome
    },
    options.agentUser
  )
  return withIdentity(agent, {
    adapter: 'claude',
    command: options.command ?? CLAUDE_DEFAULTS.command,
    model: options.model ?? CLAUDE_DEFAULTS.model,
    effort: options.effort ?? CLAUDE_DEFAULTS.effort,
    ...agentPath(options)
  })
}
