import type { AgentSet, RunAgents } from '../schemas/run-state.js'

/**
 * Which agents a command works with. A new run takes them from its flags (codex-claude by
 * default) and records them; every command that continues a run takes them from that record
 * unless its own flags say otherwise (docs/operator-guide.md, "Runs remember their agents").
 */

/** What the command line said about agents; undefined where it said nothing. */
export interface AgentFlags {
  readonly set?: AgentSet
  readonly scenarioPath?: string
}

export type ScenarioOrigin =
  /** A file named on the command line, read now. */
  | { readonly from: 'file'; readonly path: string }
  /** The run's own copy of the scenario it was started (or last resumed) with. */
  | { readonly from: 'run'; readonly source_path: string; readonly sha256: string }

export type AgentPlan =
  { readonly set: 'codex-claude' } | { readonly set: 'scripted'; readonly scenario: ScenarioOrigin }

export type AgentPlanResult =
  { readonly ok: true; readonly plan: AgentPlan } | { readonly ok: false; readonly problem: string }

const SCENARIO_NEEDS_SCRIPTED =
  '--scenario is played by the scripted agent: give it with --agents scripted'

/** A new run: the flags, codex-claude when none are given. */
export function newRunAgents(flags: AgentFlags): AgentPlanResult {
  const set = flags.set ?? (flags.scenarioPath === undefined ? 'codex-claude' : undefined)
  if (set === undefined || (set === 'codex-claude' && flags.scenarioPath !== undefined))
    return { ok: false, problem: SCENARIO_NEEDS_SCRIPTED }
  if (set === 'codex-claude') return { ok: true, plan: { set } }
  if (flags.scenarioPath === undefined)
    return { ok: false, problem: '--agents scripted needs --scenario <file>' }
  return { ok: true, plan: { set, scenario: { from: 'file', path: flags.scenarioPath } } }
}

/**
 * A run that goes on (resume, supervise resume, doctor): each flag given overrides the
 * record; what is not given comes from it. A run saved before runs recorded their agents
 * (record null) worked with codex-claude, the only default there was.
 */
export function continuedRunAgents(
  flags: AgentFlags,
  recorded: RunAgents | null,
  runId: string
): AgentPlanResult {
  const recordedSet: AgentSet = recorded?.set ?? 'codex-claude'
  const set = flags.set ?? recordedSet
  if (set === 'codex-claude') {
    if (flags.scenarioPath === undefined) return { ok: true, plan: { set } }
    return {
      ok: false,
      problem:
        flags.set === undefined
          ? `run ${runId} works with codex-claude, and --scenario is played by the scripted agent: add --agents scripted to switch the run to the scenario`
          : SCENARIO_NEEDS_SCRIPTED
    }
  }
  if (flags.scenarioPath !== undefined)
    return { ok: true, plan: { set, scenario: { from: 'file', path: flags.scenarioPath } } }
  const scenario = recorded?.scenario ?? null
  if (scenario === null)
    return {
      ok: false,
      problem: `--agents scripted needs --scenario <file>: run ${runId} works with codex-claude and has no scenario of its own`
    }
  return { ok: true, plan: { set, scenario: { from: 'run', ...scenario } } }
}

/** The executables the agents need on PATH besides the shell (git always). */
export function agentExecutables(set: AgentSet): string[] {
  return set === 'codex-claude' ? ['git', 'codex', 'claude'] : ['git']
}

/** `codex-claude`, or `scripted (scenario examples/demo/scenario.json)`. */
export function describeAgents(agents: RunAgents | null): string {
  if (agents === null) return 'codex-claude (not recorded: a run from an earlier version)'
  return agents.scenario === null
    ? agents.set
    : `${agents.set} (scenario ${agents.scenario.source_path}, sha256 ${agents.scenario.sha256.slice(0, 12)})`
}

export function sameAgents(a: RunAgents | null, b: RunAgents | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.set === b.set &&
    a.scenario?.sha256 === b.scenario?.sha256 &&
    a.scenario?.source_path === b.scenario?.source_path
  )
}

/** The event a resume records when it was told to continue with other agents. */
export function agentsChangedMessage(before: RunAgents | null, after: RunAgents): string {
  return `the run's agents are now ${describeAgents(after)}, as this command was told; they were ${describeAgents(before)}`
}
