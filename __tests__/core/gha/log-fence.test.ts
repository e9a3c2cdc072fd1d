import fc from 'fast-check'
import { logFence } from '../../../src/core/gha/log-fence.js'
import { parseRunnerOutput } from '../../helpers/runner-commands.js'

// The fence around relayed text: whatever the text, the runner sees the fence's two commands
// and nothing else, and each relayed text stays one line.

const TOKEN = '0123456789abcdef0123456789abcdef'

describe('logFence', () => {
  it('stops commands with the token and resumes with it', () => {
    const fence = logFence(TOKEN)
    expect(fence.open).toBe(`::stop-commands::${TOKEN}`)
    expect(fence.close).toBe(`::${TOKEN}::`)
  })

  it('refuses a token that could be guessed or names a command', () => {
    for (const weak of ['', 'abc', 'warning', 'pause-logging', '0123456789ABCDEF0123456789ABCDEF'])
      expect(() => logFence(weak)).toThrow(/32 random lowercase hex digits/)
  })

  it('takes the token out of relayed text, in any case, so only the action ends the fence', () => {
    const fence = logFence(TOKEN)
    const relayed = fence.line(`::${TOKEN.toUpperCase()}::\n##[${TOKEN}]::add-mask::x`)
    expect(relayed.toLowerCase()).not.toContain(TOKEN)
    const view = parseRunnerOutput(
      [fence.open, relayed, '::add-mask::late', fence.close].join('\n')
    )
    expect(view.commands.map((command) => command.kind)).toEqual(['stop', 'resume'])
    expect(view.masks).toEqual([TOKEN])
  })

  it('never lets relayed text become a command, end the fence early or span two lines', () => {
    // Pieces that matter to the runner's parser, the token and its halves included.
    const piece = fc.constantFrom(
      '::',
      ':',
      '##[',
      ']',
      '#',
      '[',
      'warning',
      'add-mask',
      'set-output name=x',
      'stop-commands',
      'title=Verification passed',
      ',',
      '=',
      ' ',
      '%0A',
      '%25',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      '\u2029',
      '\u0085',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\u0000',
      '\u001b',
      TOKEN,
      TOKEN.toUpperCase(),
      TOKEN.slice(0, 16),
      TOKEN.slice(16),
      'x',
      // Whole commands, so the runs try them often, not only when the pieces line up.
      '::warning title=Verification passed::x',
      '##[add-mask]x',
      `::${TOKEN}::`,
      `##[${TOKEN.toUpperCase()}]`,
      '::stop-commands::another'
    )
    const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const fence = logFence(TOKEN)
        const relayed = texts.map((entry) => fence.line(entry))
        const view = parseRunnerOutput(`${[fence.open, ...relayed, fence.close].join('\n')}\n`)
        expect(view.commands.map((command) => command.kind)).toEqual(['stop', 'resume'])
        expect(view.lines).toHaveLength(texts.length + 2)
        expect(view.masks).toEqual([TOKEN])
      }),
      { numRuns: 500 }
    )
  })
})
