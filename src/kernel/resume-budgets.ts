import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { type BudgetChange, resolveBudgetsOnResume } from '../core/policy/resume-budgets.js'
import {
  OPTION_NAMES,
  type PolicyLayers,
  type PolicySource,
  type RuntimeOptions
} from '../core/policy/runtime-policy.js'
import { repoRelative } from '../core/run/layout.js'
import {
  type RunState,
  type RuntimePolicySnapshot,
  RuntimePolicySnapshotSchema
} from '../core/schemas/run-state.js'
import { formatCount, formatUsd } from '../core/usage/format.js'
import { UserInputError } from '../errors.js'
import { readJsonIfPresent } from './create-run.js'
import { writeUsageFile } from './agent-budget.js'
import type { RunSession } from './run-session.js'

/**
 * `resume` may change a run's budget limits, and only those (docs/configuration.md): the new
 * values and their sources go into the run state and runtime_policy.json, and the change is
 * an event of the run, so the record says which limit an item ran under and who set it.
 */

export async function applyBudgetsOnResume(
  session: RunSession,
  input: {
    readonly env: PolicyLayers['env']
    readonly cli: PolicyLayers['cli']
    /** What the run's agents cannot work with in the new limits (refused, nothing saved). */
    readonly check?: (options: RuntimeOptions) => readonly string[]
  }
): Promise<readonly BudgetChange[]> {
  const state = session.state
  const repoRoot = session.layout.repoRoot
  const recordedSources: Record<string, PolicySource> = {
    ...Object.fromEntries(OPTION_NAMES.map((name) => [name, 'default' as const])),
    ...(state.runtime_policy_sources ?? {})
  }
  const resolved = resolveBudgetsOnResume(
    { options: state.options, sources: recordedSources },
    {
      repoConfig: await readJsonIfPresent(join(repoRoot, 'plan_orchestrator.json')),
      env: input.env,
      cli: input.cli
    }
  )
  const problems = resolved.ok ? [...(input.check?.(resolved.options) ?? [])] : resolved.errors
  if (problems.length > 0)
    throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'))
  if (!resolved.ok || resolved.changes.length === 0) return []

  const policyPath = resolve(
    repoRoot,
    state.runtime_policy_path ?? repoRelative(repoRoot, session.layout.runtimePolicyPath)
  )
  const previous = await readSnapshot(policyPath)
  const snapshot: RuntimePolicySnapshot = {
    schema_version: 'plan_orchestrator.runtime_policy.v1',
    resolved_at_utc: previous?.resolved_at_utc ?? state.created_at_utc,
    repo_control_plane_path: Object.values(resolved.sources).includes('repo_config')
      ? 'plan_orchestrator.json'
      : (previous?.repo_control_plane_path ?? null),
    overlay_control_plane_path: previous?.overlay_control_plane_path ?? null,
    sources: Object.fromEntries(
      OPTION_NAMES.map((name) => [name, resolved.sources[name] ?? 'default'])
    ),
    options: Object.fromEntries(
      OPTION_NAMES.map((name) => [name, resolved.options[name]])
    ) as RuntimePolicySnapshot['options']
  }
  const text = `${JSON.stringify(snapshot, null, 2)}\n`
  const next: RunState = {
    ...state,
    options: resolved.options,
    runtime_policy_path: state.runtime_policy_path ?? repoRelative(repoRoot, policyPath),
    runtime_policy_sources: snapshot.sources,
    runtime_policy_sha256: createHash('sha256').update(text).digest('hex')
  }
  // The state first: runtime_policy.json is rebuilt from it (doctor) if the write is lost.
  await session.replace(next)
  await session.files.writeText(policyPath, text)
  // usage.json names the limits too: it says the new ones before the next call rewrites it.
  await writeUsageFile(session)
  await session.note(
    null,
    'human',
    `budget changed on resume: ${resolved.changes.map(describeChange).join('; ')}`
  )
  return resolved.changes
}

async function readSnapshot(path: string): Promise<RuntimePolicySnapshot | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const parsed = RuntimePolicySnapshotSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

function describeChange(change: BudgetChange): string {
  const show = (value: number | null): string =>
    value === null
      ? 'none'
      : change.name === 'max_tokens_per_item'
        ? formatCount(value)
        : formatUsd(value)
  return `${change.name} ${show(change.from)} (${change.fromSource}) → ${show(change.to)} (${change.toSource})`
}
