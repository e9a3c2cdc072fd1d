import {
  canonicalFindingId,
  canonicalSerialization,
  compareCodePoints,
  pythonJsonString
} from '../../../src/core/findings/canonical-id.js'

// Vectors computed with the reference; the last two were computed with
// Python's json.dumps/hashlib to pin whitespace, escapes and code-point order.
describe('canonicalFindingId', () => {
  it.each([
    {
      identity: {
        title: 'Scope violation',
        category: 'scope',
        file_paths: ['b.py', 'a.py', 'a.py'],
        evidence: ['line 2', 'line 1']
      },
      serialized:
        '{"category": "scope", "evidence": ["line 1", "line 2"], "file_paths": ["a.py", "b.py"], "title": "Scope violation"}',
      id: 'finding_22ae09443782029d'
    },
    {
      identity: {
        title: '  Café  ',
        category: 'documentation',
        file_paths: [],
        evidence: ['naïve 😀']
      },
      serialized:
        '{"category": "documentation", "evidence": ["na\\u00efve \\ud83d\\ude00"], "file_paths": [], "title": "Caf\\u00e9"}',
      id: 'finding_c6c270fb5fd33fd3'
    },
    {
      identity: {
        title: 'Verification command failed: playbook_required#1',
        category: 'correctness',
        file_paths: [],
        evidence: ['python t.py', '.local/logs/x.log']
      },
      serialized:
        '{"category": "correctness", "evidence": [".local/logs/x.log", "python t.py"], "file_paths": [], "title": "Verification command failed: playbook_required#1"}',
      id: 'finding_cf998043d7d5ee97'
    },
    {
      identity: {
        title: 'x\u007f\u001c',
        category: '\u2028c\u0085',
        file_paths: [],
        evidence: ['\ud7ff', '\ue000', '😀']
      },
      serialized:
        '{"category": "c", "evidence": ["\\ud7ff", "\\ue000", "\\ud83d\\ude00"], "file_paths": [], "title": "x\\u007f"}',
      id: 'finding_9b957519772c08fe'
    },
    {
      identity: {
        title: '\ufeffQuote "q" \\ back/slash\n',
        category: '\tcorrectness ',
        file_paths: ['z/é.md', 'a b/c.md', 'Z.md'],
        evidence: ['tab\there', 'nl\nx\r\b\f\u0001', '  padded  ']
      },
      serialized:
        '{"category": "correctness", "evidence": ["  padded  ", "nl\\nx\\r\\b\\f\\u0001", "tab\\there"], "file_paths": ["Z.md", "a b/c.md", "z/\\u00e9.md"], "title": "\\ufeffQuote \\"q\\" \\\\ back/slash"}',
      id: 'finding_5f4ed8cb632e4d3c'
    }
  ])('$id', ({ identity, serialized, id }) => {
    expect(canonicalSerialization(identity)).toBe(serialized)
    expect(canonicalFindingId(identity)).toBe(id)
  })

  it('does not depend on the order of paths and evidence', () => {
    const a = { title: 't', category: 'c', file_paths: ['x', 'y'], evidence: ['1', '2', '2'] }
    const b = { title: ' t ', category: 'c', file_paths: ['y', 'x', 'x'], evidence: ['2', '1'] }
    expect(canonicalFindingId(a)).toBe(canonicalFindingId(b))
  })
})

describe('compareCodePoints', () => {
  it('orders astral characters after the private use area, as Python does', () => {
    expect(['😀', '\ue000', 'a'].sort(compareCodePoints)).toEqual(['a', '\ue000', '😀'])
    // JavaScript's default order compares UTF-16 units and gets this wrong.
    expect(['😀', '\ue000'].sort()).toEqual(['😀', '\ue000'])
  })

  it('puts a prefix first', () => {
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0)
    expect(compareCodePoints('abc', 'abc')).toBe(0)
  })
})

describe('pythonJsonString', () => {
  it.each([
    ['plain', '"plain"'],
    ['a/b', '"a/b"'],
    ['\u0000\u001f\u007f', '"\\u0000\\u001f\\u007f"'],
    ['\u00ff\u0100\uffff', '"\\u00ff\\u0100\\uffff"']
  ])('%j → %s', (text, json) => {
    expect(pythonJsonString(text)).toBe(json)
  })
})
