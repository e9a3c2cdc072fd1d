import { reportedErrors } from '../helpers/bundled-cli.js'
import { runCliInProcess } from '../helpers/in-process-cli.js'
import { PLAYBOOKS_DIR, casesOf, readCaseJson } from './corpus.js'

// class `error`: rejected with exit 1; among our messages is one that names the same item
// and column (or section) as the reference's message, with a line number.

interface ReferenceError {
  readonly error: { readonly type: string; readonly message: string }
}

interface Blame {
  readonly itemId?: string
  readonly field?: string
  readonly section?: string
}

// The reference reports some problems as JSON-schema paths over its output. These are
// the playbook places those paths come from.
const SCHEMA_PATH_FIELDS: Record<string, string> = {
  item_id: 'step_id',
  phase_slug: 'phase',
  prerequisite_item_ids: 'prerequisites'
}
const SUPPORT_SECTION_BLAME: Record<string, Blame> = {
  // every item's phase slug is copied into section 1's applies_to list: the empty one
  // there comes from the phase column
  e22_empty_phase_slug_with_sections: { field: 'phase' },
  // an H3 of section 3 whose title has no slug
  e29_subsection_empty_slug: { section: '3' }
}

function blameOf(name: string, message: string): Blame {
  const itemMessage = /^Item (.*?): `([a-z_]+)`/.exec(message)
  if (itemMessage !== null) {
    const [, itemId = '', field = ''] = itemMessage
    return itemId === '<row>' ? { field } : { itemId, field }
  }
  const schemaItem = /^\$\.items\[\d+\]\.([a-z_]+)/.exec(message)
  if (schemaItem !== null)
    return { field: SCHEMA_PATH_FIELDS[schemaItem[1] ?? ''] ?? schemaItem[1] }
  if (message.startsWith('$.support_sections')) return SUPPORT_SECTION_BLAME[name] ?? {}
  if (/section 2|Ordered Execution Plan table/.test(message)) return { section: '2' }
  return {}
}

describe.each(casesOf('error'))('error case %s', (name) => {
  const reference = readCaseJson<ReferenceError>(name, 'expected.json').error

  it('is rejected with the same blame as the reference', async () => {
    const run = await runCliInProcess(['normalize', '--playbook', `${name}.md`], {
      cwd: PLAYBOOKS_DIR
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const errors = reportedErrors(run.stderr)
    expect(errors.length).toBeGreaterThan(0)
    for (const error of errors) expect(error.line).toBeGreaterThan(0)

    if (reference.type === 'UnicodeDecodeError') {
      const offset = /position (\d+)/.exec(reference.message)?.[1]
      expect(errors[0]?.message).toContain(`byte offset ${offset}`)
      return
    }
    const blame = blameOf(name, reference.message)
    expect(Object.keys(blame).length).toBeGreaterThan(0)
    expect(errors).toContainEqual(expect.objectContaining(blame))
  })

  it('is rejected by list-items and show-item too', async () => {
    const list = await runCliInProcess(
      ['list-items', '--playbook', `${name}.md`, '--format', 'json'],
      {
        cwd: PLAYBOOKS_DIR
      }
    )
    const show = await runCliInProcess(['show-item', '--playbook', `${name}.md`, '--item', '01'], {
      cwd: PLAYBOOKS_DIR
    })
    expect([list.code, list.stdout]).toEqual([1, ''])
    expect([show.code, show.stdout]).toEqual([1, ''])
  })
})
