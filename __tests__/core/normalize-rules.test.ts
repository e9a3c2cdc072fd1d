import { normalizePlaybook } from '../../src/core/playbook/normalize.js'

const HEADER =
  '| step_id | phase | action | why_now | owner_type | prerequisites | repo_surfaces | deliverable | exit_criteria | allowed_write_roots | requires_red_green |'
const DELIMITER = `|${' --- |'.repeat(11)}`

function row(id: string, prerequisites = 'none'): string {
  return `| ${id} | docs | Act. | Now. | agent | ${prerequisites} | \`docs/a.md\` | \`docs/a.md\` | Done. | docs | no |`
}

function normalizeText(text: string): ReturnType<typeof normalizePlaybook> {
  return normalizePlaybook({
    bytes: new TextEncoder().encode(text),
    path: 'plan.md',
    sha256: 'a'.repeat(64),
    generatedAt: new Date('2026-01-02T03:04:05.678Z')
  })
}

describe('normalizePlaybook', () => {
  it('records the source and the time to the second', () => {
    const result = normalizeText(['## 2. Plan', '', HEADER, DELIMITER, row('01')].join('\n'))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.plan.plan_source).toEqual({
      path: 'plan.md',
      source_kind: 'markdown_playbook_v1',
      sha256: 'a'.repeat(64),
      title: 'plan.md'
    })
    expect(result.plan.generated_at_utc).toBe('2026-01-02T03:04:05Z')
  })

  it('keeps support-section ids unique even when a suffixed id is also a heading', () => {
    const text = [
      '## 2. Plan',
      HEADER,
      DELIMITER,
      row('01'),
      '',
      '## 3. Phases',
      '### API Update',
      'a',
      '### API Update',
      'b',
      '### API Update 2',
      'c'
    ].join('\n')
    const result = normalizeText(text)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.plan.support_sections.map((section) => section.section_id)).toEqual([
      'sec3_api-update',
      'sec3_api-update-2',
      'sec3_api-update-2-2'
    ])
  })

  it('refuses a table the parser stopped reading before its last row', () => {
    // 7,000 rows with 11 of 21 header cells: markdown-it stops padding after 65,536 cells.
    const header = `| ${Array.from({ length: 21 }, (_, k) => (k < 11 ? HEADER.split('|')[k + 1]!.trim() : `x${k}`)).join(' | ')} |`
    const rows = Array.from({ length: 7000 }, (_, k) => row(String(k + 1).padStart(4, '0')))
    const result = normalizeText(
      ['## 2. Plan', header, `|${' --- |'.repeat(21)}`, ...rows].join('\n')
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        section: '2',
        message: expect.stringContaining('stops being read here')
      })
    )
  })

  it('warns about a repeated context section and reads the first', () => {
    const text = [
      '## 1. Context',
      'first goal',
      '## 2. Plan',
      HEADER,
      DELIMITER,
      row('01'),
      '',
      '## 1. Again',
      'second'
    ].join('\n')
    const result = normalizeText(text)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.plan.global_context.primary_goal).toBe('first goal')
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: 8,
        message: expect.stringContaining('second section numbered 1')
      })
    ])
  })

  it('reports a second section 2', () => {
    const result = normalizeText(
      ['## 2. Plan', HEADER, DELIMITER, row('01'), '', '## 2. Other'].join('\n')
    )
    expect(result).toEqual(
      expect.objectContaining({
        ok: false,
        issues: [expect.objectContaining({ line: 6, section: '2' })]
      })
    )
  })

  it('does not count a heading or table inside a code fence or block quote', () => {
    const text = [
      '```',
      '## 2. Fenced',
      '```',
      '> ## 2. Quoted',
      '## 2. Plan',
      HEADER,
      DELIMITER,
      row('01')
    ].join('\n')
    const result = normalizeText(text)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.plan.items[0]?.source_row).toEqual(
      expect.objectContaining({ section_title: 'Plan', line_start: 8 })
    )
  })

  it('reads a setext heading as a section', () => {
    const text = ['2 Plan', '------', '', HEADER, DELIMITER, row('01')].join('\n')
    const result = normalizeText(text)
    expect(result.ok).toBe(true)
  })

  it('blames an invalid prerequisite token once', () => {
    const result = normalizeText(
      ['## 2. Plan', HEADER, DELIMITER, row('01'), row('02', '01 02')].join('\n')
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'prerequisite 01 02 is not a valid item id; separate ids with commas'
    ])
  })
})
