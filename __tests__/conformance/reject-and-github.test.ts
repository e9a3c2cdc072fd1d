import type { NormalizedPlan } from '../../src/core/schemas/normalized-plan.js'
import { NormalizedPlanSchema } from '../../src/core/schemas/normalized-plan.js'
import { type CliRun, type ReportedError, reportedErrors } from '../helpers/bundled-cli.js'
import { runCliInProcess } from '../helpers/in-process-cli.js'
import { CASE_CLASSES, PLAYBOOKS_DIR, casesOf } from './corpus.js'

// class `reject`: the reference accepted these, but they are unsafe or ambiguous.
// class `github`: the reference disagreed with how GitHub renders the markdown; we do what
// a CommonMark + GFM parser sees. docs/playbook-contract.md lists each case and why.

// Every case is normalized once, in this process, before the expectations read the results.
const normalized = new Map<string, CliRun>()
beforeAll(async () => {
  for (const name of [...casesOf('reject'), ...casesOf('github')])
    normalized.set(
      name,
      await runCliInProcess(['normalize', '--playbook', `${name}.md`], { cwd: PLAYBOOKS_DIR })
    )
})

function normalize(name: string): {
  code: number | null
  plan?: NormalizedPlan
  errors: ReportedError[]
  stderr: string
} {
  const run = normalized.get(name)
  if (run === undefined) throw new Error(`${name} is not a reject or github case`)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  if (run.code !== 0)
    return { code: run.code, errors: reportedErrors(run.stderr), stderr: run.stderr }
  return {
    code: run.code,
    plan: NormalizedPlanSchema.parse(JSON.parse(run.stdout)),
    errors: [],
    stderr: run.stderr
  }
}

function expectRejected(
  name: string,
  ...expected: Array<Partial<ReportedError> & { message?: unknown }>
): void {
  const result = normalize(name)
  expect(result.code).toBe(1)
  for (const error of result.errors) expect(error.line).toBeGreaterThan(0)
  for (const want of expected) expect(result.errors).toContainEqual(expect.objectContaining(want))
}

function accepted(name: string): NormalizedPlan {
  const result = normalize(name)
  expect(result.code).toBe(0)
  return result.plan as NormalizedPlan
}

const sectionIds = (plan: NormalizedPlan): string[] =>
  plan.support_sections.map((s) => s.section_id)

describe('reject cases', () => {
  it('covers every reject case of the corpus', () => {
    expect(casesOf('reject').sort()).toEqual(
      [
        'v07_prereq_forms',
        'v17_commands',
        'v18_path_extraction',
        'v25_column_order_extra_cols'
      ].sort()
    )
  })

  it('v07: reversed ranges, unknown, self and mixed-with-none prerequisites', () => {
    expectRejected(
      'v07_prereq_forms',
      {
        itemId: '06',
        field: 'prerequisites',
        line: 14,
        message: expect.stringContaining('range 03-01 runs backwards')
      },
      {
        itemId: '09',
        field: 'prerequisites',
        message: expect.stringContaining('prerequisite 99 is not an item')
      },
      { itemId: '09', field: 'prerequisites', message: expect.stringContaining('lists itself') },
      { itemId: '10', field: 'prerequisites', message: expect.stringContaining('`none` mixed') },
      {
        itemId: '08',
        field: 'prerequisites',
        message: expect.stringContaining('prerequisite step-1 is not an item')
      }
    )
  })

  it('v17: an empty backtick pair is not a command', () => {
    expectRejected('v17_commands', {
      itemId: '01',
      field: 'required_verification_commands',
      line: 9,
      message: expect.stringContaining('empty command')
    })
  })

  it('v18: absolute and parent-relative paths', () => {
    expectRejected(
      'v18_path_extraction',
      {
        itemId: '01',
        field: 'deliverable',
        message: expect.stringContaining('/abs/out.md is absolute')
      },
      {
        itemId: '01',
        field: 'deliverable',
        message: expect.stringContaining('../outside/file.txt leaves the repository')
      }
    )
  })

  it('v25: a header column written twice', () => {
    expectRejected('v25_column_order_extra_cols', {
      section: '2',
      line: 3,
      message: expect.stringContaining('column notes appears twice')
    })
  })
})

const GITHUB_EXPECTATIONS: Record<string, () => void> = {
  e24_escaped_pipe_shift: () => {
    // `\|` is a literal pipe inside a cell, so no column shifts.
    const plan = accepted('e24_escaped_pipe_shift')
    expect(plan.items[0]?.action).toBe('Use a | b.')
    expect(plan.items[0]?.repo_surface_paths).toEqual(['docs/a.md'])
  },
  e25_two_dash_separator: () => {
    // GFM needs one dash per delimiter cell, not three: `|--|` is a delimiter row.
    expect(accepted('e25_two_dash_separator').items.map((item) => item.item_id)).toEqual(['01'])
  },
  e26_separator_without_trailing_pipe: () => {
    expect(
      accepted('e26_separator_without_trailing_pipe').items.map((item) => item.item_id)
    ).toEqual(['01'])
  },
  e27_bom_before_section2: () => {
    // A byte-order mark is not content: the heading on line 1 is section 2.
    const plan = accepted('e27_bom_before_section2')
    expect(plan.items[0]?.source_row.line_start).toBe(5)
  },
  e32_rows_without_leading_pipe: () => {
    // Rows need no leading pipe in GFM: the header is found, and the table has no rows.
    expectRejected('e32_rows_without_leading_pipe', {
      section: '2',
      line: 3,
      message: expect.stringContaining('contains no rows')
    })
  },
  v05_escaped_pipe_last_col: () => {
    expect(accepted('v05_escaped_pipe_last_col').items[0]?.notes.slice(0, 2)).toEqual([
      'keep a | b literal',
      'second note'
    ])
  },
  v09_whitespace_and_case: () => {
    // A prose line between the header row and the delimiter row: GitHub shows a
    // paragraph, not a table, so there is no plan table.
    expectRejected('v09_whitespace_and_case', {
      section: '2',
      line: 5,
      message: expect.stringContaining('no table whose first column is step_id')
    })
  },
  v11_unicode: () => {
    // Two phase-detail headings with the same slug keep distinct ids.
    const plan = accepted('v11_unicode')
    expect(sectionIds(plan)).toEqual([
      'sec1_plan-context',
      'sec3_r-sum-update',
      'sec3_r-sum-update-2'
    ])
    expect(plan.items[0]?.support_section_ids).toEqual([
      'sec1_plan-context',
      'sec3_r-sum-update',
      'sec3_r-sum-update-2'
    ])
    expect(plan.items[1]?.phase).toBe('docs 🚀')
  },
  v13_phase_details_matching: () => {
    const plan = accepted('v13_phase_details_matching')
    expect(sectionIds(plan)).toEqual([
      'sec1_plan-context',
      'sec3_api-update',
      'sec3_api-update-2',
      'sec3_unused-phase',
      'sec3_no-number-here',
      'sec4_one',
      'sec4_two',
      'sec5_risks',
      'sec6_next'
    ])
    expect(new Set(sectionIds(plan)).size).toBe(plan.support_sections.length)
    expect(plan.items[0]?.support_section_ids).toContain('sec3_api-update-2')
    expect(plan.support_sections[1]?.body_markdown).toContain('#### 3.1.1 Detail')
  },
  v15_alignment_rows: () => {
    // Only the row under the header is a delimiter row; a later `| :--- |` row is data.
    expectRejected('v15_alignment_rows', { itemId: ':----', field: 'step_id', line: 10 })
  },
  v28_heading_variants: () => {
    // `##<tab>Title` is a heading in CommonMark, so it ends the unnumbered section above
    // it; the first section numbered 3 is "Real Phase Details".
    const plan = accepted('v28_heading_variants')
    expect(sectionIds(plan)).toEqual(['sec1_plan-context', 'sec3_phase-two'])
    expect(plan.support_sections[0]?.title).toBe('Context With Spaces')
    expect(plan.support_sections[1]?.body_markdown).toBe('Attached.')
  },
  v30_line_separator_in_cell: () => {
    // U+2028 is not a line ending in markdown: the cell keeps it.
    const plan = accepted('v30_line_separator_in_cell')
    expect(plan.items.map((item) => item.item_id)).toEqual(['01', '02'])
    expect(plan.items[0]?.notes[0]).toBe('before\u2028after')
  },
  v31_bom_before_section1: () => {
    expect(sectionIds(accepted('v31_bom_before_section1'))[0]).toBe('sec1_plan-context')
  },
  v33_fullwidth_digits_heading: () => {
    // Section numbers are ASCII digits; a full-width "３.１" stays part of the title.
    const plan = accepted('v33_fullwidth_digits_heading')
    expect(plan.support_sections[1]).toEqual(
      expect.objectContaining({
        section_id: 'sec3_foo',
        title: '３.１ Foo',
        applies_to_phase_slugs: ['foo']
      })
    )
  },
  v37_form_feed_and_nel: () => {
    // Form feed and NEL are not line endings in markdown either.
    const plan = accepted('v37_form_feed_and_nel')
    expect(plan.items[0]?.notes[0]).toBe('x\fy')
    expect(plan.global_context.primary_goal).toBe('Goal\u0085second line.')
  },
  v43_double_leading_pipe: () => {
    // `||` opens an empty first cell, as GitHub shows it: the row has no step_id.
    const result = normalize('v43_double_leading_pipe')
    expect(result.code).toBe(1)
    expect(result.errors).toContainEqual(expect.objectContaining({ field: 'step_id', line: 9 }))
    expect(result.stderr).toContain(
      'warning: v43_double_leading_pipe.md:9:1: row has 12 cells but the header has 11'
    )
  }
}

describe('github cases', () => {
  it('covers every github case of the corpus', () => {
    const covered = Object.keys(GITHUB_EXPECTATIONS).sort()
    expect(covered).toEqual(casesOf('github').sort())
  })

  it.each(Object.keys(GITHUB_EXPECTATIONS))('%s behaves as GitHub renders it', (name) => {
    expect(CASE_CLASSES[name]).toBe('github')
    GITHUB_EXPECTATIONS[name]!()
  })
})
