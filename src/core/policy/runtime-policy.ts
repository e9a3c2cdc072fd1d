import { z } from 'zod'
import { DEFAULT_MODEL_PRICES, ModelPricesSchema } from '../usage/prices.js'

/**
 * Runtime policy: the tunables of a run (models, budgets, timeouts, the agent user) with the
 * source of every value. Precedence, later wins per field: defaults < plan_orchestrator.json
 * < --config file < environment < the item action's inputs < command-line flags. Every layer is validated before
 * anything is written, so a bad value never leaves a half-created run behind.
 * `model_prices` is the one table: a layer adds models to it or replaces a model's entry.
 */

/** A spending limit in USD: more than 0, or null for none. */
const usdLimit = z.number().positive().nullable()

/** 100 MiB: documents, mails and screenshots fit; a disk image or a home directory does not. */
export const DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES = 100 * 1024 * 1024

/** An OS user name as useradd accepts it; never an option (`-x`) or a uid (`#0`) for sudo. */
export const AGENT_USER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/

const AgentUserSchema = z
  .string()
  .regex(AGENT_USER_PATTERN, 'must be an OS user name (letters, digits, _ . -)')
  .nullable()

/** Room for the head of a log, the truncation marker and a tail worth reading. */
export const MIN_LOG_BYTES = 4096

const OPTION_SHAPE = {
  codex_model: z.string().min(1),
  codex_reasoning_effort: z.enum(['minimal', 'low', 'medium', 'high', 'xhigh']),
  claude_model: z.string().min(1),
  claude_effort: z.enum(['low', 'medium', 'high', 'max']),
  auto_advance: z.boolean(),
  max_items: z.int().min(1).nullable(),
  max_fix_rounds: z.int().min(0),
  max_remediation_rounds: z.int().min(0),
  execution_timeout_sec: z.int().min(1),
  verification_timeout_sec: z.int().min(1),
  audit_timeout_sec: z.int().min(1),
  triage_timeout_sec: z.int().min(1),
  fix_timeout_sec: z.int().min(1),
  remediation_timeout_sec: z.int().min(1),
  agent_idle_timeout_sec: z.int().min(1),
  max_cost_usd_per_item: usdLimit,
  max_cost_usd_per_run: usdLimit,
  max_tokens_per_item: z.int().min(1).nullable(),
  model_prices: ModelPricesSchema,
  /** The most bytes one external evidence package may hold. */
  max_evidence_package_bytes: z.int().min(1),
  /** A checkpoint refuses any file larger than this (GitHub refuses pushes over 100 MiB). */
  max_checkpoint_file_bytes: z.int().min(1),
  /** Each agent and verification log keeps at most this much; the rest is counted, not kept. */
  max_log_bytes: z.int().min(MIN_LOG_BYTES),
  /**
   * The dedicated OS user agents and verification commands run as (docs/security.md);
   * null runs them as the invoking user.
   */
  agent_user: AgentUserSchema
}

/** One layer's values (a config file, the environment): any subset, nothing filled in. */
const RuntimeOptionsLayerSchema = z.strictObject(OPTION_SHAPE).partial()

/** Just under GitHub's limit of 100 MiB per file (and under 100 MB, which some hosts use). */
export const DEFAULT_MAX_CHECKPOINT_FILE_BYTES = 99_000_000
export const DEFAULT_MAX_LOG_BYTES = 16 * 1024 * 1024

export const RuntimeOptionsSchema = z.strictObject({
  ...OPTION_SHAPE,
  // Absent in run states and policy snapshots saved before these keys existed: an older run
  // reads them as their defaults, so it still resumes.
  max_evidence_package_bytes: z.int().min(1).default(DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES),
  max_checkpoint_file_bytes: z.int().min(1).default(DEFAULT_MAX_CHECKPOINT_FILE_BYTES),
  max_log_bytes: z.int().min(MIN_LOG_BYTES).default(DEFAULT_MAX_LOG_BYTES),
  agent_user: AgentUserSchema.default(null),
  max_cost_usd_per_item: usdLimit.default(null),
  max_cost_usd_per_run: usdLimit.default(null),
  max_tokens_per_item: z.int().min(1).nullable().default(null),
  model_prices: ModelPricesSchema.default(DEFAULT_MODEL_PRICES)
})

/** The options as a run state or policy snapshot records them (older records load too). */
export const RecordedRuntimeOptionsSchema = RuntimeOptionsSchema

export type RuntimeOptions = z.infer<typeof RuntimeOptionsSchema>
export type OptionName = keyof RuntimeOptions
export const OPTION_NAMES = Object.keys(RuntimeOptionsSchema.shape) as OptionName[]

export const POLICY_SOURCES = [
  'default',
  'repo_config',
  'config_file',
  'env',
  'action',
  'cli'
] as const
export type PolicySource = (typeof POLICY_SOURCES)[number]

export const DEFAULT_OPTIONS: RuntimeOptions = {
  codex_model: 'gpt-5.4',
  codex_reasoning_effort: 'xhigh',
  claude_model: 'opus',
  claude_effort: 'max',
  auto_advance: false,
  max_items: null,
  max_fix_rounds: 2,
  max_remediation_rounds: 1,
  execution_timeout_sec: 7200,
  verification_timeout_sec: 3600,
  audit_timeout_sec: 3600,
  triage_timeout_sec: 1800,
  fix_timeout_sec: 5400,
  remediation_timeout_sec: 5400,
  agent_idle_timeout_sec: 900,
  max_cost_usd_per_item: null,
  max_cost_usd_per_run: null,
  max_tokens_per_item: null,
  model_prices: DEFAULT_MODEL_PRICES,
  max_evidence_package_bytes: DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES,
  max_checkpoint_file_bytes: DEFAULT_MAX_CHECKPOINT_FILE_BYTES,
  max_log_bytes: DEFAULT_MAX_LOG_BYTES,
  agent_user: null
}

/** The spending limits: checked around every agent call, and changeable by `resume`. */
export const BUDGET_OPTIONS = [
  'max_cost_usd_per_item',
  'max_cost_usd_per_run',
  'max_tokens_per_item'
] as const satisfies readonly OptionName[]
export type BudgetOptionName = (typeof BUDGET_OPTIONS)[number]

/** Environment variable for each option that may come from the environment. */
export const OPTION_ENV: Readonly<Partial<Record<OptionName, string>>> = {
  codex_model: 'PLAN_ORCHESTRATOR_CODEX_MODEL',
  codex_reasoning_effort: 'PLAN_ORCHESTRATOR_CODEX_REASONING_EFFORT',
  claude_model: 'PLAN_ORCHESTRATOR_CLAUDE_MODEL',
  claude_effort: 'PLAN_ORCHESTRATOR_CLAUDE_EFFORT',
  max_fix_rounds: 'PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS',
  max_remediation_rounds: 'PLAN_ORCHESTRATOR_MAX_REMEDIATION_ROUNDS',
  execution_timeout_sec: 'PLAN_ORCHESTRATOR_EXECUTION_TIMEOUT_SEC',
  verification_timeout_sec: 'PLAN_ORCHESTRATOR_VERIFICATION_TIMEOUT_SEC',
  audit_timeout_sec: 'PLAN_ORCHESTRATOR_AUDIT_TIMEOUT_SEC',
  triage_timeout_sec: 'PLAN_ORCHESTRATOR_TRIAGE_TIMEOUT_SEC',
  fix_timeout_sec: 'PLAN_ORCHESTRATOR_FIX_TIMEOUT_SEC',
  remediation_timeout_sec: 'PLAN_ORCHESTRATOR_REMEDIATION_TIMEOUT_SEC',
  agent_idle_timeout_sec: 'PLAN_ORCHESTRATOR_AGENT_IDLE_TIMEOUT_SEC',
  max_cost_usd_per_item: 'PLAN_ORCHESTRATOR_MAX_COST_USD_PER_ITEM',
  max_cost_usd_per_run: 'PLAN_ORCHESTRATOR_MAX_COST_USD_PER_RUN',
  max_tokens_per_item: 'PLAN_ORCHESTRATOR_MAX_TOKENS_PER_ITEM',
  max_evidence_package_bytes: 'PLAN_ORCHESTRATOR_MAX_EVIDENCE_PACKAGE_BYTES',
  max_checkpoint_file_bytes: 'PLAN_ORCHESTRATOR_MAX_CHECKPOINT_FILE_BYTES',
  max_log_bytes: 'PLAN_ORCHESTRATOR_MAX_LOG_BYTES',
  agent_user: 'PLAN_ORCHESTRATOR_AGENT_USER'
}

/**
 * The item action's inputs that set runtime-policy keys (docs/github-action.md). The action
 * hands the kernel the inputs it was given as JSON in ACTION_POLICY_VARIABLE; the run records
 * them with the source `action`, between the environment and the flags.
 */
export const ACTION_POLICY_INPUTS: Readonly<Record<string, OptionName>> = {
  'codex-model': 'codex_model',
  'codex-effort': 'codex_reasoning_effort',
  'claude-model': 'claude_model',
  'claude-effort': 'claude_effort',
  'execution-timeout-sec': 'execution_timeout_sec',
  'verification-timeout-sec': 'verification_timeout_sec',
  'audit-timeout-sec': 'audit_timeout_sec',
  'triage-timeout-sec': 'triage_timeout_sec',
  'fix-timeout-sec': 'fix_timeout_sec',
  'remediation-timeout-sec': 'remediation_timeout_sec',
  'agent-idle-timeout-sec': 'agent_idle_timeout_sec'
}
export const ACTION_POLICY_VARIABLE = 'PLAN_ORCHESTRATOR_ACTION_POLICY'

/** `plan_orchestrator.json` and `--config` files. */
export const ControlPlaneFileSchema = z.strictObject({
  schema_version: z.literal('plan_orchestrator.control_plane.v1'),
  runtime_policy: RuntimeOptionsLayerSchema
})

export interface PolicyLayers {
  /** Parsed `plan_orchestrator.json` of the repository, if present. */
  readonly repoConfig?: unknown
  /** Parsed `--config` file, if given. */
  readonly configFile?: unknown
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cli: Partial<
    Pick<RuntimeOptions, 'auto_advance' | 'max_items' | 'agent_user' | BudgetOptionName>
  >
}

export type PolicyResolution =
  | { ok: true; options: RuntimeOptions; sources: Record<OptionName, PolicySource> }
  | { ok: false; errors: string[] }

export function resolveRuntimePolicy(layers: PolicyLayers): PolicyResolution {
  const errors: string[] = []
  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS }
  const sources = Object.fromEntries(OPTION_NAMES.map((name) => [name, 'default'])) as Record<
    OptionName,
    PolicySource
  >
  const apply = (values: Partial<RuntimeOptions>, source: PolicySource): void => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue
      options[name] =
        name === 'model_prices'
          ? { ...(options.model_prices as object), ...(value as object) }
          : value
      sources[name as OptionName] = source
    }
  }
  const configLayer = (raw: unknown, label: string, source: PolicySource): void => {
    if (raw === undefined) return
    const parsed = ControlPlaneFileSchema.safeParse(raw)
    if (parsed.success) apply(parsed.data.runtime_policy, source)
    else errors.push(...describeZodIssues(label, parsed.error))
  }
  configLayer(layers.repoConfig, 'plan_orchestrator.json', 'repo_config')
  configLayer(layers.configFile, '--config file', 'config_file')
  apply(readEnvOptions(layers.env, errors), 'env')
  apply(readActionOptions(layers.env, errors), 'action')
  apply(layers.cli, 'cli')

  const checked = RuntimeOptionsSchema.safeParse(options)
  if (!checked.success) errors.push(...describeZodIssues('runtime policy', checked.error))
  if (errors.length > 0 || !checked.success) return { ok: false, errors }
  return { ok: true, options: checked.data, sources }
}

function readEnvOptions(env: PolicyLayers['env'], errors: string[]): Partial<RuntimeOptions> {
  const values: Record<string, unknown> = {}
  for (const [name, variable] of Object.entries(OPTION_ENV)) {
    const raw = env[variable]?.trim()
    if (raw === undefined || raw === '') continue
    const parsed = readEnvValue(name as OptionName, raw)
    if (typeof parsed === 'object' && parsed !== null) {
      errors.push(`${variable}=${raw}: ${parsed.problem}`)
      continue
    }
    values[name] = parsed
  }
  const checked = RuntimeOptionsLayerSchema.safeParse(values)
  if (!checked.success) {
    errors.push(
      ...describeZodIssues(
        'environment',
        checked.error,
        (field) => OPTION_ENV[field as OptionName] ?? field
      )
    )
    return {}
  }
  return checked.data
}

/** An environment value as its option's type, or what is wrong with it. */
function readEnvValue(
  name: OptionName,
  raw: string
): string | number | null | { readonly problem: string } {
  if ((BUDGET_OPTIONS as readonly OptionName[]).includes(name)) {
    const limit = parseBudgetLimit(name as BudgetOptionName, raw)
    return typeof limit === 'string' ? { problem: limit } : limit
  }
  if (typeof DEFAULT_OPTIONS[name] !== 'number') return raw
  return /^[0-9]+$/.test(raw) ? Number(raw) : { problem: 'expected a whole number' }
}

/**
 * A budget limit as written on a command line or in the environment: a number (USD for the
 * cost limits, a whole number of tokens for `max_tokens_per_item`) or `none` for no limit.
 * Returns the value, or a sentence saying what is wrong.
 */
export function parseBudgetLimit(name: BudgetOptionName, text: string): number | null | string {
  const raw = text.trim()
  if (raw.toLowerCase() === 'none') return null
  if (name === 'max_tokens_per_item') {
    return /^[0-9]+$/.test(raw) && Number(raw) >= 1
      ? Number(raw)
      : 'expected a whole number of tokens (at least 1) or none'
  }
  return /^(\d+(\.\d*)?|\.\d+)$/.test(raw) && Number(raw) > 0
    ? Number(raw)
    : 'expected an amount in USD above 0 (e.g. 2.50) or none'
}

/** The item action's inputs, as the action passed them (input name → text). */
function readActionOptions(env: PolicyLayers['env'], errors: string[]): Partial<RuntimeOptions> {
  const raw = env[ACTION_POLICY_VARIABLE]
  if (raw === undefined || raw.trim() === '') return {}
  let given: unknown
  try {
    given = JSON.parse(raw)
  } catch {
    errors.push(`${ACTION_POLICY_VARIABLE}: not JSON`)
    return {}
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    errors.push(`${ACTION_POLICY_VARIABLE}: expected an object of action inputs`)
    return {}
  }
  const values: Record<string, unknown> = {}
  for (const [input, value] of Object.entries(given)) {
    const name = ACTION_POLICY_INPUTS[input]
    if (name === undefined || typeof value !== 'string') {
      errors.push(`input ${input}: not a runtime-policy input of the item action`)
      continue
    }
    if (value.trim() === '') continue
    const isNumber = typeof DEFAULT_OPTIONS[name] === 'number'
    if (isNumber && !/^[0-9]+$/.test(value.trim())) {
      errors.push(`input ${input}: ${value} is not a whole number`)
      continue
    }
    values[name] = isNumber ? Number(value.trim()) : value.trim()
  }
  const checked = RuntimeOptionsLayerSchema.safeParse(values)
  if (!checked.success) {
    const inputOf = (field: string): string =>
      Object.entries(ACTION_POLICY_INPUTS).find(([, name]) => name === field)?.[0] ?? field
    errors.push(
      ...checked.error.issues.map((issue) => {
        const field = String(issue.path[issue.path.length - 1] ?? '')
        return `input ${inputOf(field)}: ${issue.message}`
      })
    )
    return {}
  }
  return checked.data
}

function describeZodIssues(
  label: string,
  error: z.ZodError,
  nameOf: (field: string) => string = (f) => f
): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String)
    // A key of runtime_policy by its name; a price by its path (`model_prices.gpt-5.4.…`).
    const inner = path[0] === 'runtime_policy' && path.length > 1 ? path.slice(1) : path
    const field = inner.length === 0 ? undefined : inner.join('.')
    const where = field === undefined ? label : `${label}: ${nameOf(field)}`
    return `${where}: ${issue.message}`
  })
}
