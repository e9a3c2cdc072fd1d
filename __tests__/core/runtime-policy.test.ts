import {
  DEFAULT_OPTIONS,
  type PolicySource,
  RecordedRuntimeOptionsSchema,
  type RuntimeOptions,
  resolveRuntimePolicy
} from '../../src/core/policy/runtime-policy.js'
import { resolveBudgetsOnResume } from '../../src/core/policy/resume-budgets.js'
import { DEFAULT_MODEL_PRICES } from '../../src/core/usage/prices.js'

const file = (runtime_policy: object): object => ({
  schema_version: 'plan_orchestrator.control_plane.v1',
  runtime_policy
})

describe('resolveRuntimePolicy', () => {
  it('uses the defaults when nothing is set', () => {
    const result = resolveRuntimePolicy({ env: {}, cli: {} })
    expect(result).toEqual({
      ok: true,
      options: DEFAULT_OPTIONS,
      sources: expect.objectContaining({ codex_model: 'default' })
    })
  })

  it('lets later layers win, field by field, and records the source of each value', () => {
    const result = resolveRuntimePolicy({
      repoConfig: file({ codex_model: 'repo-model', max_fix_rounds: 1, audit_timeout_sec: 10 }),
      configFile: file({ codex_model: 'file-model', max_items: 3 }),
      env: { PLAN_ORCHESTRATOR_CODEX_MODEL: ' env-model ', PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS: '' },
      cli: { max_items: 5, auto_advance: true }
    })
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.options).toEqual(
      expect.objectContaining({
        codex_model: 'env-model',
        max_fix_rounds: 1,
        audit_timeout_sec: 10,
        max_items: 5,
        auto_advance: true
      })
    )
    expect(result.sources).toEqual(
      expect.objectContaining({
        codex_model: 'env',
        max_fix_rounds: 'repo_config',
        audit_timeout_sec: 'repo_config',
        max_items: 'cli',
        auto_advance: 'cli',
        claude_model: 'default'
      })
    )
  })

  it('reports every bad value at once, naming where it came from', () => {
    const result = resolveRuntimePolicy({
      repoConfig: file({ codex_reasoning_effort: 'extreme', bogus: 1 }),
      env: { PLAN_ORCHESTRATOR_FIX_TIMEOUT_SEC: '10m', PLAN_ORCHESTRATOR_CLAUDE_EFFORT: 'huge' },
      cli: {}
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('plan_orchestrator.json'),
        'PLAN_ORCHESTRATOR_FIX_TIMEOUT_SEC=10m: expected a whole number',
        expect.stringContaining('PLAN_ORCHESTRATOR_CLAUDE_EFFORT')
      ])
    )
  })

  it('refuses a config file of another schema version', () => {
    const result = resolveRuntimePolicy({
      configFile: { schema_version: 'v0', runtime_policy: {} },
      env: {},
      cli: {}
    })
    expect(result.ok).toBe(false)
  })

  it("puts the item action's inputs between the environment and the flags, recorded as action", () => {
    const result = resolveRuntimePolicy({
      env: {
        PLAN_ORCHESTRATOR_CODEX_MODEL: 'env-model',
        PLAN_ORCHESTRATOR_AUDIT_TIMEOUT_SEC: '30',
        PLAN_ORCHESTRATOR_ACTION_POLICY: JSON.stringify({
          'codex-model': 'gpt-x',
          'execution-timeout-sec': '1234',
          'claude-effort': ''
        })
      },
      cli: { agent_user: null }
    })
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.options.codex_model).toBe('gpt-x')
    expect(result.sources.codex_model).toBe('action')
    expect(result.options.execution_timeout_sec).toBe(1234)
    expect(result.sources.execution_timeout_sec).toBe('action')
    expect(result.sources.audit_timeout_sec).toBe('env')
    expect(result.sources.claude_effort).toBe('default')
  })

  it('names the action input of a bad value', () => {
    const result = resolveRuntimePolicy({
      env: {
        PLAN_ORCHESTRATOR_ACTION_POLICY: JSON.stringify({
          'codex-effort': 'enormous',
          'fix-timeout-sec': '10s',
          'max-items': '3'
        })
      },
      cli: {}
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^input fix-timeout-sec: 10s is not a whole number/),
        expect.stringMatching(/^input max-items: not a runtime-policy input/),
        expect.stringMatching(/^input codex-effort: /)
      ])
    )
  })
})

describe('budget limits and prices', () => {
  it('has no limits and the dated default prices by default', () => {
    const result = resolveRuntimePolicy({ env: {}, cli: {} })
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.options).toMatchObject({
      max_cost_usd_per_item: null,
      max_cost_usd_per_run: null,
      max_tokens_per_item: null,
      model_prices: DEFAULT_MODEL_PRICES
    })
  })

  it('takes limits from every layer, `none` lifting one, and records their sources', () => {
    const result = resolveRuntimePolicy({
      repoConfig: file({
        max_cost_usd_per_item: 2,
        max_cost_usd_per_run: 20,
        max_tokens_per_item: 9
      }),
      env: {
        PLAN_ORCHESTRATOR_MAX_COST_USD_PER_RUN: '12.5',
        PLAN_ORCHESTRATOR_MAX_TOKENS_PER_ITEM: 'none'
      },
      cli: { max_cost_usd_per_item: 0.75 }
    })
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.options).toMatchObject({
      max_cost_usd_per_item: 0.75,
      max_cost_usd_per_run: 12.5,
      max_tokens_per_item: null
    })
    expect(result.sources).toMatchObject({
      max_cost_usd_per_item: 'cli',
      max_cost_usd_per_run: 'env',
      max_tokens_per_item: 'env'
    })
  })

  it('adds a model to the price table, or replaces one, keeping the rest', () => {
    const price = {
      input_usd_per_mtok: 1,
      cached_input_usd_per_mtok: 0.1,
      cache_write_usd_per_mtok: 1,
      output_usd_per_mtok: 4
    }
    const result = resolveRuntimePolicy({
      repoConfig: file({ model_prices: { 'in-house-model': price } }),
      configFile: file({ model_prices: { 'gpt-5.4': price } }),
      env: {},
      cli: {}
    })
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.options.model_prices).toEqual({
      ...DEFAULT_MODEL_PRICES,
      'in-house-model': price,
      'gpt-5.4': price
    })
    expect(result.sources.model_prices).toBe('config_file')
  })

  it('refuses bad limits and prices, naming each', () => {
    const result = resolveRuntimePolicy({
      repoConfig: file({
        max_cost_usd_per_item: 0,
        model_prices: { 'gpt-x': { input_usd_per_mtok: -1 } }
      }),
      env: {
        PLAN_ORCHESTRATOR_MAX_COST_USD_PER_RUN: '$5',
        PLAN_ORCHESTRATOR_MAX_TOKENS_PER_ITEM: '1.5'
      },
      cli: {}
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^plan_orchestrator\.json: max_cost_usd_per_item: /),
        expect.stringMatching(
          /^plan_orchestrator\.json: model_prices\.gpt-x\.input_usd_per_mtok: /
        ),
        'PLAN_ORCHESTRATOR_MAX_COST_USD_PER_RUN=$5: expected an amount in USD above 0 (e.g. 2.50) or none',
        'PLAN_ORCHESTRATOR_MAX_TOKENS_PER_ITEM=1.5: expected a whole number of tokens (at least 1) or none'
      ])
    )
  })

  it('reads a policy recorded before budgets existed as one without limits', () => {
    const newer = new Set([
      'max_cost_usd_per_item',
      'max_cost_usd_per_run',
      'max_tokens_per_item',
      'model_prices'
    ])
    const older = Object.fromEntries(
      Object.entries(DEFAULT_OPTIONS).filter(([name]) => !newer.has(name))
    )
    expect(RecordedRuntimeOptionsSchema.parse(older)).toEqual(DEFAULT_OPTIONS)
  })
})

describe('resolveBudgetsOnResume', () => {
  const recorded = (
    limits: Partial<RuntimeOptions>,
    sources: Record<string, PolicySource>
  ): { options: RuntimeOptions; sources: Record<string, PolicySource> } => ({
    options: { ...DEFAULT_OPTIONS, ...limits },
    sources
  })

  it('takes a limit from a layer as strong as the recorded one or stronger, and says what changed', () => {
    const result = resolveBudgetsOnResume(
      recorded({ max_cost_usd_per_item: 0.5 }, { max_cost_usd_per_item: 'cli' }),
      { env: {}, cli: { max_cost_usd_per_item: 2 } }
    )
    expect(result).toMatchObject({
      ok: true,
      changes: [
        { name: 'max_cost_usd_per_item', from: 0.5, fromSource: 'cli', to: 2, toSource: 'cli' }
      ]
    })
    if (result.ok) expect(result.options.max_cost_usd_per_item).toBe(2)
  })

  it('keeps a recorded limit that nothing sets now, or that only a weaker layer sets', () => {
    const kept = resolveBudgetsOnResume(
      recorded({ max_cost_usd_per_item: 0.5 }, { max_cost_usd_per_item: 'cli' }),
      { repoConfig: file({ max_cost_usd_per_item: 0.1 }), env: {}, cli: {} }
    )
    expect(kept).toMatchObject({ ok: true, changes: [] })
    if (kept.ok) expect(kept.options.max_cost_usd_per_item).toBe(0.5)
  })

  it('follows an edited plan_orchestrator.json, lifts a limit with none, and leaves the rest alone', () => {
    const result = resolveBudgetsOnResume(
      recorded(
        { max_cost_usd_per_item: 0.5, max_tokens_per_item: 1000, codex_model: 'gpt-5.4' },
        { max_cost_usd_per_item: 'repo_config', max_tokens_per_item: 'env' }
      ),
      {
        // The model in the file is not a budget: a resumed run keeps the one it started with.
        repoConfig: file({ max_cost_usd_per_item: 3, codex_model: 'other-model', bogus: 1 }),
        env: { PLAN_ORCHESTRATOR_MAX_TOKENS_PER_ITEM: 'none' },
        cli: {}
      }
    )
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.changes.map((change) => [change.name, change.to, change.toSource])).toEqual([
      ['max_cost_usd_per_item', 3, 'repo_config'],
      ['max_tokens_per_item', null, 'env']
    ])
    expect(result.options.codex_model).toBe('gpt-5.4')
  })

  it('refuses a bad limit', () => {
    const result = resolveBudgetsOnResume(recorded({}, {}), {
      env: { PLAN_ORCHESTRATOR_MAX_COST_USD_PER_ITEM: 'lots' },
      cli: {}
    })
    expect(result).toEqual({
      ok: false,
      errors: [
        'PLAN_ORCHESTRATOR_MAX_COST_USD_PER_ITEM=lots: expected an amount in USD above 0 (e.g. 2.50) or none'
      ]
    })
  })
})
