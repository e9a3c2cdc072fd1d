import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { ZodType } from 'zod'
import { buildClaudeInvocation, CLAUDE_EFFORTS } from '../../src/adapters/agents/claude.js'
import type { ClaudeAgentOptions } from '../../src/adapters/agents/claude.js'
import { buildCodexInvocation } from '../../src/adapters/agents/codex.js'
import type { CodexAgentOptions } from '../../src/adapters/agents/codex.js'
import type { Invocation } from '../../src/adapters/agents/invocation.js'
import {
  AuditReportSchema,
  ExecutionReportSchema,
  FixReportSchema,
  TriageReportSchema
} from '../../src/core/schemas/reports.js'
import { reportJsonSchema } from '../../src/kernel/attempt-context.js'
import type { AgentRequest, Lane } from '../../src/kernel/ports.js'

/**
 * The argv cases the contract suite runs through the real CLIs and the fakes: what our
 * adapters build for every lane and option set, plus deliberately broken variants that the
 * real parsers must refuse (so the checks are seen to discriminate).
 */

/** The report schema each lane gets, as mutation-stage.ts and review-stage.ts pick it. */
export const LANE_REPORT_SCHEMAS: Record<
  Lane,
  { readonly name: string; readonly schema: ZodType }
> = {
  execute: { name: 'execution_report', schema: ExecutionReportSchema },
  fix: { name: 'fix_report', schema: FixReportSchema },
  remediation: { name: 'fix_report', schema: FixReportSchema },
  audit_codex: { name: 'audit_report', schema: AuditReportSchema },
  audit_claude: { name: 'audit_report', schema: AuditReportSchema },
  triage: { name: 'triage_report', schema: TriageReportSchema }
}

export const CODEX_LANES: readonly Lane[] = [
  'execute',
  'fix',
  'remediation',
  'audit_codex',
  'triage'
]

const REPORT_NAMES: Record<Lane, string> = {
  execute: 'execution_report.round-0.json',
  fix: 'fix_report.round-1.json',
  remediation: 'remediation_report.round-1.json',
  audit_codex: 'codex_audit_report.execute.round-0.json',
  audit_claude: 'claude_audit_report.execute.round-0.json',
  triage: 'triage_report.execute.round-0.json'
}

const CYCLES: Record<Lane, string> = {
  execute: 'execute.round-0',
  fix: 'fix.round-1',
  remediation: 'remediation.round-1',
  audit_codex: 'execute.round-0',
  audit_claude: 'execute.round-0',
  triage: 'execute.round-0'
}

/** A temp area shaped like a run: a git worktree, a control dir, a report dir. */
export interface ContractArea {
  readonly root: string
  readonly worktree: string
  request(lane: Lane): AgentRequest
  /** Writes what the runner writes before a run (prompt file, schema variants). */
  materialize(invocation: Invocation): void
  remove(): void
}

export function createContractArea(): ContractArea {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'agent-cli-contract-')))
  const worktree = join(root, 'worktree')
  const control = join(root, 'control')
  const reports = join(root, 'reports')
  for (const dir of [worktree, control, reports]) mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', worktree])
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
  }
  return {
    root,
    worktree,
    request(lane) {
      const cycleTag = CYCLES[lane]
      const { name, schema } = LANE_REPORT_SCHEMAS[lane]
      const json = reportJsonSchema(schema)
      const schemaPath = join(control, 'schemas', `${name}.schema.json`)
      write(schemaPath, `${JSON.stringify(json, null, 2)}\n`)
      const promptText =
        `# ${lane} lane\n\nlane: \`${lane}\`\nitem_id: \`W1-01\`\n` +
        `attempt_number: \`1\`\ncycle: \`${cycleTag}\`\n`
      const reportName = REPORT_NAMES[lane]
      return {
        lane,
        itemId: 'W1-01',
        attempt: 1,
        cycleTag,
        cwd: worktree,
        promptText,
        promptFile: join(control, 'prompts', `${lane}.${cycleTag}.md`),
        schema: { name, path: schemaPath, json },
        reportPath: join(reports, reportName),
        logDir: join(control, 'logs'),
        timeoutMs: 20_000,
        idleTimeoutMs: 0,
        killGraceMs: 500,
        env: {}
      }
    },
    materialize(invocation) {
      for (const file of invocation.files) write(file.path, file.content)
    },
    remove() {
      rmSync(root, { recursive: true, force: true })
    }
  }
}

export type Expected = 'accepted' | 'rejected'

export interface ArgvCase {
  readonly name: string
  readonly args: readonly string[]
  readonly expected: Expected
  /** Built by an adapter (counts for the flag inventory), or broken on purpose. */
  readonly fromAdapter: boolean
  readonly invocation: Invocation
}

/** Option sets the codex adapter takes; model and effort end up in `-m` and `-c`. */
export const CODEX_OPTION_SETS: readonly {
  readonly label: string
  readonly options: CodexAgentOptions
}[] = [
  { label: 'defaults', options: {} },
  { label: 'model+effort', options: { model: 'gpt-5.5', effort: 'high' } },
  {
    label: 'operator config overrides',
    options: { configOverrides: ['model_verbosity="low"', 'project_doc_max_bytes=4096'] }
  },
  {
    label: 'all options',
    options: {
      model: 'gpt-5.4',
      effort: 'ultra',
      configOverrides: ['model_verbosity="low"'],
      command: 'codex'
    }
  }
]

/** Option sets the claude adapter takes, covering every flag it can emit and every effort. */
export const CLAUDE_OPTION_SETS: readonly {
  readonly label: string
  readonly options: ClaudeAgentOptions
}[] = [
  { label: 'defaults (stream-json)', options: {} },
  { label: 'json output', options: { outputFormat: 'json' } },
  {
    label: 'safe-mode, budget',
    options: { isolation: 'safe-mode', maxBudgetUsd: 1.5 }
  },
  {
    label: 'bare, sonnet, 12 turns',
    options: { isolation: 'bare', model: 'sonnet', maxTurns: 12 }
  },
  ...CLAUDE_EFFORTS.filter((effort) => effort !== 'max').map((effort) => ({
    label: `effort ${effort}`,
    options: { effort }
  }))
]

function insertBefore(args: readonly string[], anchor: string, ...tokens: string[]): string[] {
  const at = args.lastIndexOf(anchor)
  if (at < 0) throw new Error(`no ${anchor} in ${args.join(' ')}`)
  return [...args.slice(0, at), ...tokens, ...args.slice(at)]
}

function replaceValue(args: readonly string[], flag: string, value: string): string[] {
  const at = args.indexOf(flag)
  if (at < 0) throw new Error(`no ${flag} in ${args.join(' ')}`)
  return [...args.slice(0, at + 1), value, ...args.slice(at + 2)]
}

function without(args: readonly string[], token: string): string[] {
  const at = args.indexOf(token)
  if (at < 0) throw new Error(`no ${token} in ${args.join(' ')}`)
  return [...args.slice(0, at), ...args.slice(at + 1)]
}

export function codexCases(area: ContractArea): ArgvCase[] {
  const cases: ArgvCase[] = []
  for (const lane of CODEX_LANES) {
    for (const { label, options } of CODEX_OPTION_SETS) {
      const invocation = buildCodexInvocation(area.request(lane), { ...options, sourceEnv: {} })
      cases.push({
        name: `${lane}, ${label}`,
        args: invocation.args,
        expected: 'accepted',
        fromAdapter: true,
        invocation
      })
    }
  }
  const invocation = buildCodexInvocation(area.request('execute'), { sourceEnv: {} })
  const base = invocation.args
  const broken = (name: string, args: string[], expected: Expected = 'rejected'): ArgvCase => ({
    name,
    args,
    expected,
    fromAdapter: false,
    invocation
  })
  cases.push(
    broken('unknown flag', insertBefore(base, '-', '--bogus-flag')),
    broken('--full-auto (removed from exec)', insertBefore(base, '-', '--full-auto')),
    broken('-a never (removed from exec)', insertBefore(base, '-', '-a', 'never')),
    broken('--search (removed from exec)', insertBefore(base, '-', '--search')),
    broken('bad --sandbox value', replaceValue(base, '-s', 'bogus')),
    broken('bad --color value', insertBefore(base, '-', '--color', 'pink')),
    broken('--sandbox twice', insertBefore(base, '-', '-s', 'read-only')),
    broken('-m without its value', [...without(base, '-'), '-m']),
    // Config values are only read after parsing: help-suffix cannot see them (the mock-provider
    // tier does). The fake must not be stricter than the real CLI here either.
    broken('bad -c web_search value', insertBefore(base, '-', '-c', 'web_search=bogus'), 'accepted')
  )
  return cases
}

export function claudeCases(area: ContractArea): ArgvCase[] {
  const cases: ArgvCase[] = []
  for (const { label, options } of CLAUDE_OPTION_SETS) {
    const invocation = buildClaudeInvocation(area.request('audit_claude'), {
      ...options,
      sourceEnv: {}
    })
    cases.push({
      name: `audit_claude, ${label}`,
      args: invocation.args,
      expected: 'accepted',
      fromAdapter: true,
      invocation
    })
  }
  const invocation = buildClaudeInvocation(area.request('audit_claude'), { sourceEnv: {} })
  const base = invocation.args
  const broken = (name: string, args: string[], expected: Expected = 'rejected'): ArgvCase => ({
    name,
    args,
    expected,
    fromAdapter: false,
    invocation
  })
  const rawSchema = JSON.stringify(area.request('audit_claude').schema.json)
  cases.push(
    broken('unknown flag', insertBefore(base, '--', '--bogus-flag')),
    broken('--effort ultra (warning, not an error)', replaceValue(base, '--effort', 'ultra')),
    broken('bad --permission-mode', replaceValue(base, '--permission-mode', 'bogus')),
    broken('prompt right after variadic --tools (no --)', promptAfterTools(base)),
    broken('stream-json without --verbose', without(base, '--verbose')),
    broken(
      'missing --append-system-prompt-file',
      replaceValue(base, '--append-system-prompt-file', join(area.root, 'missing.md'))
    ),
    broken('--json-schema not JSON', replaceValue(base, '--json-schema', '{not json')),
    broken('bad --setting-sources value', replaceValue(base, '--setting-sources', 'bogus')),
    broken('--help short-circuits parsing', insertBefore(base, '--', '--bogus-flag', '--help')),
    // Parses fine; Claude just drops structured output for it (checked separately).
    broken('unprepared 2020-12 schema', replaceValue(base, '--json-schema', rawSchema), 'accepted'),
    broken(
      'schema with an unknown keyword',
      replaceValue(base, '--json-schema', '{"type":"object","x-note":1}'),
      'accepted'
    )
  )
  return cases
}

/** The prompt moved from behind `--` to right after `--tools <list>`, which swallows it. */
function promptAfterTools(args: readonly string[]): string[] {
  const prompt = args.at(-1) as string
  const rest = args.slice(0, args.lastIndexOf('--'))
  const tools = rest.indexOf('--tools')
  return [...rest.slice(0, tools + 2), prompt, ...rest.slice(tools + 2)]
}

/** The flags in an argv (everything before a `--`), without their values. */
export function flagsOf(args: readonly string[]): string[] {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end))
    .filter((token) => /^--?[A-Za-z]/.test(token))
    .map((token) => token.split('=')[0] as string)
}
