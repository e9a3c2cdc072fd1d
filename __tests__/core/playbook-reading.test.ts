import { readPrerequisites } from '../../src/core/playbook/cell-values.js'
import { cellStartColumns } from '../../src/core/playbook/cell-columns.js'
import { readDocument } from '../../src/core/playbook/markdown-document.js'
import { isDigits } from '../../src/core/playbook/plan-items.js'
import { dedupe, isJsSpace, semicolonList } from '../../src/core/playbook/text.js'

// The fast paths of the playbook reader must agree with the plain definitions they replace.
describe('playbook reading fast paths', () => {
  it('isJsSpace is exactly what String.prototype.trim removes', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      expect([code, isJsSpace(code)]).toEqual([code, String.fromCharCode(code).trim() === ''])
    }
  })

  it('isDigits accepts only non-empty runs of ASCII digits', () => {
    expect(['0', '0042', '9'].map(isDigits)).toEqual([true, true, true])
    expect(['', '1a', ' 1', '١', '-1', '1.0'].map(isDigits)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false
    ])
  })

  it('dedupe keeps first occurrences in order, short or long', () => {
    expect(dedupe(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c'])
    const long = Array.from({ length: 40 }, (_, k) => String(k % 13))
    expect(dedupe(long)).toEqual([...new Set(long)])
  })

  it('semicolonList drops blanks and none in any case', () => {
    expect(semicolonList(' a ;; NONE ;b; none;nonee ')).toEqual(['a', 'b', 'nonee'])
    expect(semicolonList('')).toEqual([])
  })

  it('range ids read with a cache are the same ids', () => {
    const cache = new Map<number, string[]>()
    expect(readPrerequisites('01-12', cache)).toEqual(readPrerequisites('01-12'))
    expect(readPrerequisites('03, 1-4, 001-2', cache)).toEqual(readPrerequisites('03, 1-4, 001-2'))
    expect(readPrerequisites('01-03, 02', cache).value).toEqual(['01', '02', '03'])
  })

  it('cellStartColumns skips escaped pipes and trims as trim does', () => {
    expect(cellStartColumns('\ufeff| a |\u00a0 b \\| c |')).toEqual([4, 9])
    expect(cellStartColumns('|')).toEqual([])
    expect(cellStartColumns('a\\\\|b')).toEqual([1])
  })

  it('places cells of rows only when asked, at the same columns', () => {
    const document = readDocument('## 2. Plan\n\n| a | b |\n| --- | --- |\n|  x | y\n')
    const [table] = document.sections[0]?.tables ?? []
    const row = table?.rows[0]
    expect(row?.values).toEqual(['x', 'y'])
    expect(row?.cells).toEqual([
      { value: 'x', line: 5, column: 4 },
      { value: 'y', line: 5, column: 8 }
    ])
    expect(row?.cellAt(5)).toEqual({ value: '', line: 5, column: 9 })
    expect(document.sections[0]?.body).toBe('| a | b |\n| --- | --- |\n|  x | y')
  })
})
