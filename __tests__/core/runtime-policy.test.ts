import { DEFAULT_OPTIONS, resolveRuntimePolicy } from '../../src/core/policy/runtime-policy.js'

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
