import { CODEX_CONFIG_VARIABLE, codexConfigOverrides } from '../../src/composition/agents.js'
import { UserInputError } from '../../src/errors.js'

/** PLAN_ORCHESTRATOR_CODEX_CONFIG: the operator's codex configuration, now that homes are fresh. */
describe('codexConfigOverrides', () => {
  it('takes one key=value per line, skipping blank lines and comments', () => {
    const value = [
      '# the corporate gateway',
      'model_provider = "corp"',
      '',
      'model_providers.corp={ name = "corp", base_url = "https://llm.corp.example/v1", env_key = "CORP_KEY" }',
      '  model_providers."with.dots".wire_api="responses"  '
    ].join('\n')
    expect(codexConfigOverrides({ [CODEX_CONFIG_VARIABLE]: value })).toEqual([
      'model_provider = "corp"',
      'model_providers.corp={ name = "corp", base_url = "https://llm.corp.example/v1", env_key = "CORP_KEY" }',
      'model_providers."with.dots".wire_api="responses"'
    ])
    expect(codexConfigOverrides({})).toEqual([])
  })

  it.each(['just words', '=value', 'key=', 'bad key=1', '--ignore-user-config', '-c x=1'])(
    'refuses %j with the line number, as a user error',
    (line) => {
      const attempt = (): string[] =>
        codexConfigOverrides({ [CODEX_CONFIG_VARIABLE]: `model="gpt-5.4"\n${line}` })
      expect(attempt).toThrow(UserInputError)
      expect(attempt).toThrow(new RegExp(`^${CODEX_CONFIG_VARIABLE} line 2: expected key=value`))
    }
  )
})
