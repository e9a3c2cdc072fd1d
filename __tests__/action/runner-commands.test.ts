import { parseRunnerOutput, readLines } from '../helpers/runner-commands.js'

// The test helper that reads a step's output the way the Actions runner does. Cases follow the
// runner's own (ActionCommandL0.cs) and the rules in ActionCommandManager.cs.

function commandsOf(output: string): Array<[string, string]> {
  return parseRunnerOutput(output).commands.map((command) => [command.name, command.data])
}

describe('lines as the runner reads them', () => {
  it('ends a line at LF, CR and CRLF, not at U+2028, U+2029 or NEL', () => {
    expect(readLines('a\nb\rc\r\nd\u2028e\u2029f\u0085g\n')).toEqual([
      'a',
      'b',
      'c',
      'd\u2028e\u2029f\u0085g'
    ])
    expect(readLines('last line without a newline')).toEqual(['last line without a newline'])
  })
})

describe('::name props::data commands', () => {
  it('parses properties and data with their escapes', () => {
    const [command] = parseRunnerOutput(
      '::warning title=a%3Ab%2Cc%0Ad%25,file=x.ts::line%0Anext %250A\n'
    ).commands
    expect(command).toMatchObject({
      name: 'warning',
      properties: { title: 'a:b,c\nd%', file: 'x.ts' },
      data: 'line\nnext %0A',
      kind: 'command'
    })
  })

  it('takes a command after leading .NET white space, U+2028, U+2029 and NEL included', () => {
    for (const lead of ['', '   ', '\t', '\u2028', '\u2029', '\u0085', '\u00a0', '\u3000'])
      expect(commandsOf(`${lead}::add-mask::hidden\n`)).toEqual([['add-mask', 'hidden']])
  })

  it('does not take a command that does not start the line', () => {
    expect(commandsOf('   >>>   ::warning::msg\n')).toEqual([])
    expect(commandsOf('x::warning::msg\n')).toEqual([])
  })

  it('ignores the case of command names and does not know unregistered ones', () => {
    expect(commandsOf('::WARNING::loud\n::set-OUTPUT name=a::1\n::do-something::x\n')).toEqual([
      ['WARNING', 'loud'],
      ['set-OUTPUT', '1']
    ])
  })

  it('lets ignorable characters sit between the colons that end the name (ICU search)', () => {
    expect(commandsOf('::warning:\u00ad:soft hyphen\n')).toEqual([['warning', 'soft hyphen']])
    expect(commandsOf('::warning:\u200b:zero width\n')).toEqual([['warning', 'zero width']])
  })

  it('records outputs and masks', () => {
    const view = parseRunnerOutput('::set-output name=terminal-state::passed\n::add-mask::a%0Ab\n')
    expect(view.outputs).toEqual({ 'terminal-state': 'passed' })
    expect(view.masks).toEqual(['a\nb', 'a', 'b'])
  })
})

describe('legacy ##[name props]data commands', () => {
  it('finds them anywhere in a line', () => {
    const [command] = parseRunnerOutput('>>>   ##[add-mask k1=%3B=%5D;]secret%3B\n').commands
    expect(command).toMatchObject({ name: 'add-mask', properties: { k1: ';=]' }, data: 'secret;' })
  })

  it('is tried when the line is not a known :: command', () => {
    expect(commandsOf('::unknown:: then ##[error]boom\n')).toEqual([['error', 'boom']])
  })
})

describe('stop-commands', () => {
  it('ignores every command until the token, in either form and any case, then resumes', () => {
    const view = parseRunnerOutput(
      [
        '::stop-commands::f00dcafe',
        '::warning::ignored',
        '##[add-mask]ignored',
        '::stop-commands::other',
        '::F00DCAFE::',
        '::warning::seen',
        '::stop-commands::0123456789',
        'text ##[0123456789]',
        '::error::seen too'
      ].join('\n')
    )
    expect(view.commands.map((command) => [command.kind, command.name, command.data])).toEqual([
      ['stop', 'stop-commands', 'f00dcafe'],
      ['resume', 'F00DCAFE', ''],
      ['command', 'warning', 'seen'],
      ['stop', 'stop-commands', '0123456789'],
      ['resume', '0123456789', ''],
      ['command', 'error', 'seen too']
    ])
    expect(view.text).toEqual([
      '::warning::ignored',
      '##[add-mask]ignored',
      '::stop-commands::other'
    ])
    expect(view.masks).toEqual(['f00dcafe', '0123456789'])
  })

  it('refuses a token that is empty or names a command', () => {
    expect(
      parseRunnerOutput('::stop-commands::warning\n::warning::x\n').commands.map((c) => c.kind)
    ).toEqual(['invalid-stop', 'command'])
  })
})
