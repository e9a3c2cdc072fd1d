import fc from 'fast-check'
import { oneLine } from '../../../src/core/text/one-line.js'

// Text from agents made one line: every class of control character, nothing else touched.

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, k) => String.fromCodePoint(from + k))

const CLASSES: Record<string, string[]> = {
  'C0 controls (TAB, LF, VT, FF, CR, ESC, NUL, …)': range(0x00, 0x1f),
  DEL: ['\u007f'],
  'C1 controls (NEL, CSI, …)': range(0x80, 0x9f),
  'line and paragraph separators': ['\u2028', '\u2029'],
  'bidirectional formatting controls': [
    '\u061c',
    '\u200e',
    '\u200f',
    ...range(0x202a, 0x202e),
    ...range(0x2066, 0x2069)
  ]
}

describe('oneLine', () => {
  for (const [name, characters] of Object.entries(CLASSES)) {
    it(`replaces ${name}`, () => {
      for (const character of characters)
        expect(oneLine(`before${character}after`)).toBe('before after')
    })
  }

  it('replaces a run of them with one space, CRLF and an escape sequence included', () => {
    expect(oneLine('a\r\nb')).toBe('a b')
    expect(oneLine('red \u001b[31mtext')).toBe('red  [31mtext')
    expect(oneLine('x\r\u2028\u0085\u202e\ny')).toBe('x y')
  })

  it('keeps everything else as it is', () => {
    const text = 'Grüße, 世界 👋🏽 — "::warning::" ##[x] %0A \\r ~ \u00a0 \u200b \u00ad'
    expect(oneLine(text)).toBe(text)
  })

  it('leaves no line break for any reader and no control character, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const line = oneLine(text)
        expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u)
        expect(line.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)).toHaveLength(1)
      })
    )
  })
})
