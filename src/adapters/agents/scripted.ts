import { appendFile, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import type {
  AgentOutcome,
  AgentPort,
  AgentRequest,
  AgentUsage,
  OutputSize
} from '../../kernel/ports.js'
import type { ProcessResult } from '../process-runner.js'
import { envelopeUsage, extractReportFromText } from './claude-envelope.js'
import { codexUsageFromEvents } from './codex.js'
import { defaultReport } from './default-reports.js'
import {
  type ChildSetting,
  commitAsAgent,
  segmentSteps,
  runProcessSteps,
  runShellStep
} from './scripted-children.js'
import type { CliAgentOptions } from './invocation.js'
import {
  logPathsFor,
  parseJsonObject,
  processFailure,
  processFields,
  rawOutputPathFor,
  readOptional,
  settleReport,
  tailLines,
  unexpectedFailure
} from './invocation.js'
import { loadScenarioFile, selectScript, substitutePlaceholders } from './scenario.js'
import type {
  ReportFaultStep,
  Scenario,
  ScenarioCall,
  ScenarioStep,
  ScenarioUsage
} from './scenario.js'

/**
 * A deterministic agent for `demo` and tests: it acts out a scenario (scenario.ts) with no
 * external CLI. File writes happen in-process; faults that are about processes (sleep, hang,
 * exit codes, a left-behind grandchild) run a tiny Node child through the shared runner, so
 * timeouts and group kills take the real path, and a `run` step is a real `bash -c` child:
 * under isolation both run as the agent user, like any agent's own commands.
 */

export interface ScriptedAgentOptions extends Omit<CliAgentOptions, 'command'> {
  readonly scenario?: Scenario
  /** Read and validated when the agent is created, so a bad file fails before any run. */
  readonly scenarioPath?: string
  /**
   * The model and effort the real CLI would run each lane with (the run's policy): a call's
   * usage names them unless its scenario says otherwise, so its cost comes from the price
   * table as a codex call's would.
   */
  readonly models?: {
    readonly codex?: { readonly model?: string; readonly effort?: string }
    readonly claude?: { readonly model?: string; readonly effort?: string }
  }
}

const SCRIPTED = 'scripted agent'

type UsageStep = Extract<ScenarioStep, { usage: unknown }>
type FinalStep =
  | Extract<ScenarioStep, { report: unknown } | { report_fields: unknown } | { raw_report: string }>
  | ReportFaultStep

export function createScriptedAgent(options: ScriptedAgentOptions = {}): AgentPort {
  const scenario: Scenario =
    options.scenario ??
    (options.scenarioPath ? loadScenarioFile(options.scenarioPath) : { version: 1, scripts: [] })
  return {
    id: 'scripted',
    describe: () =>
      Promise.resolve({
        adapter: 'scripted',
        cli: 'scripted',
        cli_version: null,
        model: null,
        effort: null
      }),
    async run(request) {
      const startedAt = performance.now()
      if (options.agentUser === undefined) {
        try {
          return await runScripted(request, scenario, options, startedAt)
        } catch (error) {
          return unexpectedFailure(SCRIPTED, error, startedAt)
        }
      }
      // Its processes run as the agent user; its reports stay the orchestrator's to write.
      let outcome: AgentOutcome
      let call
      try {
        call = await options.agentUser.openAgentCall(request)
        outcome = await runScripted(request, scenario, options, startedAt, {
          env: call.request.env,
          runAs: call.runAs
        })
      } catch (error) {
        outcome = unexpectedFailure(SCRIPTED, error, startedAt)
      }
      try {
        await call?.close()
      } catch (error) {
        return unexpectedFailure(SCRIPTED, error, startedAt)
      }
      return outcome
    }
  }
}

async function runScripted(
  request: AgentRequest,
  scenario: Scenario,
  options: ScriptedAgentOptions,
  startedAt: number,
  child: ChildSetting = { env: request.env }
): Promise<AgentOutcome> {
  const call: ScenarioCall = {
    lane: request.lane,
    itemId: request.itemId,
    attempt: request.attempt,
    cycle: request.cycleTag
  }
  const script = selectScript(scenario, call)
  const logs = await prepareRun(request)
  const note = (line: string): Promise<void> =>
    appendFile(logs.stdoutPath, `scripted agent: ${line}\n`, 'utf8')
  await note(script ? `running the ${request.lane} script` : `no script: default ${request.lane}`)

  const elapsed = (): number => Math.round(performance.now() - startedAt)
  const written: string[] = []
  const reported: ScenarioUsage[] = []
  const withUsage = async (outcome: AgentOutcome): Promise<AgentOutcome> => {
    const usage = await scriptedUsage(request, options, reported, logs.stdoutPath)
    return usage === undefined ? outcome : { ...outcome, usage }
  }
  let final: FinalStep | undefined
  let logged: AgentOutcome['logs']
  const leftRunning: string[] = []
  const processRecord = (): Pick<AgentOutcome, 'logs' | 'leftRunning'> => ({
    ...(logged === undefined ? {} : { logs: logged }),
    ...(leftRunning.length === 0 ? {} : { leftRunning: [...leftRunning] })
  })
  for (const segment of segmentSteps(script?.steps ?? [])) {
    if ('processSteps' in segment) {
      const run = await runProcessSteps(segment.processSteps, request, options, logs, child)
      logged = addLogSizes(logged, run.logs)
      leftRunning.push(...(processFields(run).leftRunning ?? []))
      const base = { ...processFields(run), durationMs: elapsed(), ...processRecord() }
      const failure = processFailure(run, SCRIPTED)
      if (failure) return withUsage({ ...base, ...failure })
      if (run.exitCode === 0) continue
      const stderr = tailLines((await readOptional(logs.stderrPath)) ?? '')
      const reason = `${SCRIPTED} exited with code ${run.exitCode}`
      return withUsage({ ...base, status: 'exit_nonzero', diagnostics: [reason, ...stderr] })
    }
    const step = segment.step
    if ('usage' in step) {
      reported.push((step as UsageStep).usage)
    } else if ('run' in step) {
      const command = String(substitutePlaceholders(step.run, call))
      await note(`running: ${command}`)
      const run = await runShellStep(command, request, options, logs, child)
      logged = addLogSizes(logged, run.logs)
      leftRunning.push(...(processFields(run).leftRunning ?? []))
      const failure = processFailure(run, SCRIPTED)
      if (failure)
        return withUsage({
          ...processFields(run),
          durationMs: elapsed(),
          ...processRecord(),
          ...failure
        })
      // Like a tool call inside a real agent: a failing command does not end the call.
      await note(`command exited with ${run.exitCode ?? run.signal}`)
    } else if ('write' in step) {
      const paths = await applyWrites(step.write, request.cwd, call)
      written.push(...paths)
      await note(`wrote ${paths.join(', ')}`)
    } else if ('write_bytes' in step) {
      const sizes = step.write_bytes as Readonly<Record<string, number>>
      for (const [path, bytes] of Object.entries(sizes)) {
        const target = resolve(request.cwd, String(substitutePlaceholders(path, call)))
        await mkdir(dirname(target), { recursive: true })
        await writeFile(target, '')
        await truncate(target, bytes)
        written.push(relative(request.cwd, target).split('\\').join('/'))
      }
      await note(`wrote ${Object.keys(sizes).join(', ')} (sized)`)
    } else if ('symlink' in step) {
      const links = step.symlink as Readonly<Record<string, string>>
      for (const [path, target] of Object.entries(links)) {
        const link = resolve(request.cwd, path)
        await mkdir(dirname(link), { recursive: true })
        await symlink(target, link)
        written.push(path)
      }
      await note(`linked ${Object.keys(links).join(', ')}`)
    } else if ('commit' in step) {
      const message = String(step.commit)
      await commitAsAgent(request.cwd, message)
      await note(`committed "${message}"`)
    } else if ('agent_error' in step) {
      return withUsage({ ...agentError(step.agent_error), durationMs: elapsed() })
    } else {
      final = step
    }
  }

  const outcome = await finalOutcome(final, call, written, request)
  return settleReport(
    request,
    await withUsage({
      exitCode: 0,
      signal: null,
      durationMs: elapsed(),
      ...processRecord(),
      ...outcome
    })
  )
}

/** The process segments of one call append to the same logs: their sizes add up. */
function addLogSizes(sum: AgentOutcome['logs'], next: ProcessResult['logs']): AgentOutcome['logs'] {
  if (next === undefined) return sum
  if (sum === undefined) return next
  const add = (a: OutputSize, b: OutputSize): OutputSize => ({
    totalBytes: a.totalBytes + b.totalBytes,
    truncated: a.truncated || b.truncated
  })
  return { stdout: add(sum.stdout, next.stdout), stderr: add(sum.stderr, next.stderr) }
}

/**
 * The call's usage as the real CLI of its lane would report it: the scenario's `usage` steps
 * become codex `turn.completed` events or one claude result envelope (kept in the stdout log,
 * as the CLI would print them) and are read back by the real adapters' parsers.
 */
async function scriptedUsage(
  request: AgentRequest,
  options: ScriptedAgentOptions,
  reported: readonly ScenarioUsage[],
  stdoutPath: string
): Promise<AgentUsage | undefined> {
  const claude = request.lane === 'audit_claude'
  const configured = (claude ? options.models?.claude : options.models?.codex) ?? {}
  const named = [...reported].reverse()
  const model = named.find((usage) => usage.model !== undefined)?.model ?? configured.model
  const effort = named.find((usage) => usage.effort !== undefined)?.effort ?? configured.effort
  const identity = {
    ...(model === undefined ? {} : { model }),
    ...(effort === undefined ? {} : { effort })
  }
  if (reported.length === 0)
    return Object.keys(identity).length === 0 ? undefined : (identity as AgentUsage)
  const sum = (field: keyof ScenarioUsage): number | undefined => {
    const values = reported.map((usage) => usage[field]).filter((v) => typeof v === 'number')
    return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0)
  }
  const defined = (fields: Record<string, number | undefined>): Record<string, number> =>
    Object.fromEntries(
      Object.entries(fields).filter((entry): entry is [string, number] => entry[1] !== undefined)
    )
  if (claude) {
    const cost = sum('total_cost_usd')
    const envelope = {
      type: 'result',
      subtype: 'success',
      is_error: false,
      ...defined({ num_turns: sum('num_turns'), total_cost_usd: cost }),
      usage: defined({
        input_tokens: sum('input_tokens') ?? 0,
        cache_read_input_tokens: sum('cache_read_input_tokens'),
        cache_creation_input_tokens: sum('cache_creation_input_tokens'),
        output_tokens: sum('output_tokens') ?? 0
      }),
      modelUsage: model === undefined ? {} : { [model]: defined({ costUSD: cost }) }
    }
    await appendFile(stdoutPath, `${JSON.stringify(envelope)}\n`, 'utf8')
    return { ...envelopeUsage(envelope, identity), ...identity }
  }
  const events = reported.map((usage) => ({
    type: 'turn.completed',
    usage: {
      input_tokens: usage.input_tokens ?? 0,
      cached_input_tokens: usage.cached_input_tokens ?? 0,
      cache_write_input_tokens: usage.cache_write_input_tokens ?? 0,
      output_tokens: usage.output_tokens ?? 0,
      reasoning_output_tokens: usage.reasoning_output_tokens ?? 0
    }
  }))
  await appendFile(stdoutPath, events.map((event) => `${JSON.stringify(event)}\n`).join(''), 'utf8')
  return { ...codexUsageFromEvents(events), ...identity }
}

/** Fresh logs, no stale report, and the prompt kept for the record, as the CLI adapters do. */
async function prepareRun(
  request: AgentRequest
): Promise<{ stdoutPath: string; stderrPath: string }> {
  const logs = logPathsFor(request)
  await mkdir(request.logDir, { recursive: true })
  await writeFile(logs.stdoutPath, '', 'utf8')
  await writeFile(logs.stderrPath, '', 'utf8')
  for (const path of [request.reportPath, rawOutputPathFor(request.reportPath)]) {
    await rm(path, { force: true })
  }
  await mkdir(dirname(request.promptFile), { recursive: true })
  await writeFile(request.promptFile, request.promptText, 'utf8')
  return logs
}

function agentError(error: {
  readonly message: string
  readonly subtype?: string | undefined
}): Omit<AgentOutcome, 'durationMs'> {
  const auth = /not logged in|\b40[13]\b|unauthori[sz]ed/i.test(error.message)
  return {
    status: auth ? 'auth_error' : 'error_envelope',
    exitCode: 1,
    signal: null,
    diagnostics: [
      `${SCRIPTED} reported an error (subtype ${error.subtype ?? 'success'})`,
      error.message
    ]
  }
}

async function finalOutcome(
  final: FinalStep | undefined,
  call: ScenarioCall,
  written: readonly string[],
  request: AgentRequest
): Promise<Pick<AgentOutcome, 'status' | 'report' | 'diagnostics' | 'rawOutputPath'>> {
  if (final === undefined)
    return { status: 'ok', report: defaultReport(call, written), diagnostics: [] }
  if ('report' in final) {
    return { status: 'ok', report: substitutePlaceholders(final.report, call), diagnostics: [] }
  }
  if ('report_fields' in final) {
    const fields = substitutePlaceholders(final.report_fields, call) as Record<string, unknown>
    return { status: 'ok', report: { ...defaultReport(call, written), ...fields }, diagnostics: [] }
  }
  if ('fault' in final && final.fault === 'no_report') {
    return { status: 'no_report', diagnostics: [`${SCRIPTED} returned no report (scripted fault)`] }
  }
  const text =
    'raw_report' in final
      ? String(substitutePlaceholders(final.raw_report, call))
      : '{"schema_version": "plan_orchestrator.'
  const rawOutputPath = rawOutputPathFor(request.reportPath)
  await writeFile(rawOutputPath, text, 'utf8')
  // Mirror the real adapters: claude's text is read leniently, codex's strictly.
  const report = call.lane === 'audit_claude' ? extractReportFromText(text) : parseJsonObject(text)
  return report === undefined
    ? {
        status: 'unparseable_report',
        rawOutputPath,
        diagnostics: [`${SCRIPTED} report is not one JSON object`]
      }
    : { status: 'ok', report, rawOutputPath, diagnostics: [] }
}

async function applyWrites(
  writes: Readonly<Record<string, string | null>>,
  cwd: string,
  call: ScenarioCall
): Promise<string[]> {
  const paths: string[] = []
  for (const [rawPath, rawContent] of Object.entries(writes)) {
    const path = String(substitutePlaceholders(rawPath, call))
    const target = resolve(cwd, path)
    const inside = relative(cwd, target)
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new Error(`scenario write '${path}' leaves the worktree`)
    }
    if (rawContent === null) {
      await rm(target, { force: true })
    } else {
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, String(substitutePlaceholders(rawContent, call)), 'utf8')
    }
    paths.push(inside.split('\\').join('/'))
  }
  return paths
}
