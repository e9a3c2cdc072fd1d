import {
  BUDGET_OPTIONS,
  type BudgetOptionName,
  OPTION_ENV,
  POLICY_SOURCES,
  type PolicyLayers,
  type PolicySource,
  type RuntimeOptions,
  resolveRuntimePolicy
} from './runtime-policy.js'

export interface BudgetChange {
  readonly name: BudgetOptionName
  readonly from: number | null
  readonly fromSource: PolicySource
  readonly to: number | null
  readonly toSource: PolicySource
}

export type BudgetResolution =
  | {
      readonly ok: true
      readonly options: RuntimeOptions
      readonly sources: Record<string, PolicySource>
      readonly changes: readonly BudgetChange[]
    }
  | { readonly ok: false; readonly errors: string[] }

/**
 * The budget limits a resumed run works with. A run keeps the policy it was created with,
 * except its limits: `resume` reads them again from plan_orchestrator.json, the environment
 * and its flags. The recorded value counts as a value of the layer it came from, so a value
 * set now in the same or a stronger layer replaces it, and a weaker one does not (a limit
 * given as a flag is not undone by the config file it overrode). Nothing set now: unchanged.
 */
export function resolveBudgetsOnResume(
  recorded: {
    readonly options: RuntimeOptions
    readonly sources: Readonly<Record<string, PolicySource>>
  },
  layers: Omit<PolicyLayers, 'configFile'>
): BudgetResolution {
  const budgetsOnly = (raw: unknown): unknown => {
    if (typeof raw !== 'object' || raw === null || !('runtime_policy' in raw)) return raw
    const policy = (raw as { runtime_policy: unknown }).runtime_policy
    if (typeof policy !== 'object' || policy === null) return raw
    const picked = Object.entries(policy).filter(([name]) =>
      (BUDGET_OPTIONS as readonly string[]).includes(name)
    )
    return { ...(raw as object), runtime_policy: Object.fromEntries(picked) }
  }
  const budgetEnv = Object.fromEntries(
    BUDGET_OPTIONS.map((name) => {
      const variable = OPTION_ENV[name] as string
      return [variable, layers.env[variable]]
    })
  )
  const current = resolveRuntimePolicy({
    repoConfig: budgetsOnly(layers.repoConfig),
    env: budgetEnv,
    cli: Object.fromEntries(
      Object.entries(layers.cli).filter(([name]) =>
        (BUDGET_OPTIONS as readonly string[]).includes(name)
      )
    )
  })
  if (!current.ok) return current
  const rank = (source: PolicySource | undefined): number =>
    POLICY_SOURCES.indexOf(source ?? 'default')
  const options: RuntimeOptions = { ...recorded.options }
  const sources: Record<string, PolicySource> = { ...recorded.sources }
  const changes: BudgetChange[] = []
  for (const name of BUDGET_OPTIONS) {
    const toSource = current.sources[name]
    const fromSource = recorded.sources[name] ?? 'default'
    const to = current.options[name]
    const from = recorded.options[name]
    if (toSource === 'default' || rank(toSource) < rank(fromSource) || to === from) continue
    options[name] = to
    sources[name] = toSource
    changes.push({ name, from, fromSource, to, toSource })
  }
  return { ok: true, options, sources, changes }
}
