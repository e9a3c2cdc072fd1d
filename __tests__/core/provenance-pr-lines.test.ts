import { renderProvenanceLines } from '../../src/core/provenance/pr-lines.js'

describe('renderProvenanceLines', () => {
  const sha = (digit: string): string => digit.repeat(40)

  it('lists each commit with its item, its role and a link to its statement or attestation', () => {
    const text = renderProvenanceLines([
      {
        sha: sha('a'),
        itemId: '01',
        checkpoint: false,
        statement: 'items/01/attempt-1/provenance.intoto.json',
        outcome: 'passed'
      },
      {
        sha: sha('b'),
        itemId: '01',
        checkpoint: true,
        statement: 'items/01/attempt-1/provenance.intoto.json',
        outcome: 'passed'
      },
      {
        sha: sha('c'),
        itemId: '02',
        checkpoint: true,
        statement: 'items/02/attempt-1/provenance.intoto.json',
        attestationUrl: 'https://github.com/o/r/attestations/7',
        outcome: 'approved',
        reviewer: 'rita'
      }
    ])
    expect(text.split('\n')).toEqual([
      '- `aaaaaaaaaaaa` item 01: part of the change; statement: `items/01/attempt-1/provenance.intoto.json`',
      '- `bbbbbbbbbbbb` item 01: checkpoint, passed review; statement: `items/01/attempt-1/provenance.intoto.json`',
      '- `cccccccccccc` item 02: checkpoint, approved by rita; [signed statement](https://github.com/o/r/attestations/7) (`items/02/attempt-1/provenance.intoto.json`)',
      ''
    ])
  })

  it('defuses markdown in a reviewer name and refuses a link that is not http(s)', () => {
    const text = renderProvenanceLines([
      {
        sha: sha('d'),
        itemId: '03',
        checkpoint: true,
        statement: 'x`y',
        attestationUrl: 'javascript:alert(1)',
        outcome: 'approved',
        reviewer: '[click](https://evil.example)'
      }
    ])
    expect(text).toContain('approved by \\[click\\]\\(https://evil.example\\)')
    expect(text).not.toContain('javascript:')
    expect(text).toContain('`xy`')
  })

  it('says so when the branch has no commits', () => {
    expect(renderProvenanceLines([])).toBe('_No commits on the run branch._\n')
  })
})
