import { cellStartColumns } from '../../src/core/playbook/cell-columns.js'
import { decodePlaybook, findInvalidUtf8 } from '../../src/core/playbook/source-text.js'
import { codePointLength, semicolonList, slugify, strip } from '../../src/core/playbook/text.js'

describe('text rules', () => {
  it('strips Python whitespace, not U+FEFF', () => {
    expect(strip('\u0085\u001c x \u3000\u2028')).toBe('x')
    expect(strip('\ufeffx')).toBe('\ufeffx')
  })

  it.each([
    ['Résumé update', 'r-sum-update'],
    ['C++ / Rust', 'c-rust'],
    ['  --Phase 2.0--  ', 'phase-2-0'],
    ['API update!!', 'api-update'],
    ['日本語', '']
  ])('slugify(%j) = %j', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('reads ; lists without blanks or none', () => {
    expect(semicolonList(' a ;; NONE ; b;none')).toEqual(['a', 'b'])
  })

  it('counts code points', () => {
    expect(codePointLength('🚀 a')).toBe(3)
  })
})

describe('decodePlaybook', () => {
  const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

  it('drops one BOM and normalizes CRLF and CR', () => {
    const text = new TextEncoder().encode('\ufeffa\r\nb\rc\n')
    expect(decodePlaybook(text)).toEqual({ ok: true, text: 'a\nb\nc\n' })
  })

  it.each([
    [[0x61, 0xff], 1, 'invalid start byte'],
    [[0xc3], 0, 'unexpected end of data'],
    [[0xe2, 0x28, 0xa1], 0, 'invalid continuation byte'],
    [[0xe0, 0x80, 0x80], 0, 'invalid continuation byte'],
    [[0xed, 0xa0, 0x80], 0, 'invalid continuation byte'],
    [[0xf4, 0x90, 0x80, 0x80], 0, 'invalid continuation byte'],
    [[0xc0, 0xaf], 0, 'invalid start byte']
  ])('finds the first bad byte of %j', (values, offset, reason) => {
    expect(findInvalidUtf8(bytes(...values))).toEqual({ offset, reason })
  })

  it('accepts every valid encoding width', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('a é € 🚀'))).toBeUndefined()
  })

  it('places an invalid byte by line and column', () => {
    const result = decodePlaybook(bytes(0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63, 0x63, 0xff))
    expect(result).toEqual({ ok: false, issue: expect.objectContaining({ line: 3, column: 3 }) })
  })
})

describe('cellStartColumns', () => {
  it('finds where each cell content starts, honouring \\| and optional edge pipes', () => {
    expect(cellStartColumns('| a | b \\| c |  d |')).toEqual([3, 7, 17])
    expect(cellStartColumns('  a | b')).toEqual([3, 7])
    expect(cellStartColumns('|| x |')).toEqual([2, 4])
  })
})
