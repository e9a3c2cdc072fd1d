import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { normalizePlaybook } from '../../src/core/playbook/normalize.js'
import { unsafePathReason } from '../../src/core/playbook/cell-values.js'
import { formatIssue } from '../../src/core/playbook/issues.js'
import { NormalizedPlanSchema } from '../../src/core/schemas/normalized-plan.js'
import { BUNDLED_CLI, reportedErrors, runBundledCli } from '../helpers/bundled-cli.js'
import {
  VALID_CORPUS,
  checkResult,
  mutatedPlaybookArb,
  soupArb,
  sourceOf,
  validPlaybookArb
} from './fuzz-inputs.js'
import {
  isForbiddenRoot,
  judgeModel,
  modelArb,
  renderModel,
  rootSegments,
  rowLine
} from './playbook-model.js'

// Property-based robustness of the playbook parser: whatever the bytes, normalization
// answers with either a plan that satisfies the schema or located problems, and never
// throws. fast-check picks the seeds; a failure prints the seed and the shrunk input.

const encoder = new TextEncoder()

function escapeNonAscii(text: string): string {
  return text.replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

function normalizeChecked(bytes: Uint8Array): ReturnType<typeof normalizePlaybook> {
  const result = normalizePlaybook(sourceOf(bytes))
  checkResult(result, bytes)
  return result
}

describe('normalizePlaybook on arbitrary input', () => {
  it('answers random bytes with located issues or a valid plan', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        normalizeChecked(bytes)
      }),
      { numRuns: 300 }
    )
  })

  it('answers random unicode strings with located issues or a valid plan', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(soupArb, { maxLength: 30 }).map((parts) => parts.join(''))
        ),
        (text) => {
          normalizeChecked(encoder.encode(text))
        }
      ),
      { numRuns: 400 }
    )
  })

  it('answers markdown-like soup around a plan table with located issues or a valid plan', () => {
    // Random text spliced between the lines of a valid playbook, so that the parser gets
    // past "no section 2" and into the table and the rows.
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_CORPUS),
        fc.array(fc.tuple(fc.nat(), soupArb), { minLength: 1, maxLength: 6 }),
        (base, insertions) => {
          const lines = base.split('\n')
          for (const [at, text] of insertions) lines.splice(at % (lines.length + 1), 0, text)
          normalizeChecked(encoder.encode(lines.join('\n')))
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('normalizePlaybook on mutated valid playbooks', () => {
  it('starts from playbooks that are accepted', () => {
    for (const text of VALID_CORPUS) expect(normalizeChecked(encoder.encode(text)).ok).toBe(true)
    fc.assert(
      fc.property(validPlaybookArb, (text) => {
        expect(normalizeChecked(encoder.encode(text)).ok).toBe(true)
      }),
      { numRuns: 30 }
    )
  })

  it('answers every mutation with located issues inside the file or a valid plan', () => {
    fc.assert(
      fc.property(mutatedPlaybookArb, ({ bytes }) => {
        normalizeChecked(bytes)
      }),
      { numRuns: 500 }
    )
  })
})

describe('issues as the CLI prints them', () => {
  it('format as one `error:` line each, which reportedErrors reads back', () => {
    // The CLI prints `error: ${formatIssue(path, issue)}` per issue; messages quote cell
    // values, so any text in a cell can end up in them.
    const minimal = VALID_CORPUS[0] ?? ''
    expect(minimal).toContain('| 01 |')
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedPlaybookArb.map(({ bytes }) => bytes),
          soupArb.map((stepId) => ({ stepId }))
        ),
        (input) => {
          const bytes =
            'stepId' in input
              ? encoder.encode(minimal.replace('| 01 |', `| ${input.stepId} |`))
              : input
          const result = normalizePlaybook(sourceOf(bytes))
          if (result.ok) return
          for (const issue of result.issues) {
            const line = `error: ${formatIssue('playbook.md', issue)}`
            const parsed = reportedErrors(line)
            const readBack =
              line.split('\n').length === 1 &&
              parsed.length === 1 &&
              parsed[0]?.file === 'playbook.md' &&
              parsed[0]?.line === issue.line &&
              parsed[0]?.column === issue.column
            if (!readBack) throw new Error(`not read back: ${escapeNonAscii(line)}`)
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('normalizePlaybook on structure-aware playbooks', () => {
  it('rejects duplicate ids, bad prerequisites and unsafe paths and roots, and accepts the rest', () => {
    fc.assert(
      fc.property(modelArb, (items) => {
        const bytes = encoder.encode(renderModel(items))
        const result = normalizeChecked(bytes)
        const verdict = judgeModel(items)
        expect(result.ok).toBe(verdict.valid)
        if (!result.ok) {
          for (const row of verdict.duplicateRows) {
            expect(result.issues).toContainEqual(
              expect.objectContaining({ field: 'step_id', rowIndex: row, line: rowLine(row - 1) })
            )
          }
          for (const row of verdict.badPrerequisiteRows) {
            expect(result.issues).toContainEqual(
              expect.objectContaining({
                field: 'prerequisites',
                rowIndex: row,
                line: rowLine(row - 1)
              })
            )
          }
          return
        }
        const { plan } = result
        expect(plan.items.map((item) => item.item_id)).toEqual(items.map((item) => item.id))
        const seen = new Set<string>()
        plan.items.forEach((item, index) => {
          expect(seen.has(item.item_id)).toBe(false)
          for (const id of item.prerequisite_item_ids) expect(seen.has(id)).toBe(true)
          expect(item.prerequisite_item_ids).toEqual(verdict.prerequisiteIds[index])
          seen.add(item.item_id)
          for (const path of [...item.repo_surface_paths, ...item.deliverable_paths]) {
            expect(unsafePathReason(path)).toBeUndefined()
            expect(path.startsWith('/')).toBe(false)
            expect(path.split('/')).not.toContain('..')
          }
          expect(item.allowed_write_roots.length).toBeGreaterThan(0)
          for (const root of item.allowed_write_roots) {
            expect(root.startsWith('/')).toBe(false)
            expect(rootSegments(root)).not.toContain('..')
            expect(rootSegments(root).length).toBeGreaterThan(0)
            expect(isForbiddenRoot(root)).toBe(false)
          }
        })
      }),
      { numRuns: 500 }
    )
  })
})

describe('the bundled CLI on mutated playbooks', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-orchestrator-fuzz-'))
  })
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true })
  })

  it('exits 0 or 1 with located errors and no stack trace', () => {
    let run = 0
    fc.assert(
      fc.property(mutatedPlaybookArb, ({ bytes }) => {
        run += 1
        const name = `playbook-${run}.md`
        writeFileSync(join(dir, name), bytes)
        const result = runBundledCli(['normalize', '--playbook', name], { cwd: dir })
        expect([0, 1]).toContain(result.code)
        expect(result.stderr).not.toMatch(/^\s+at /m)
        expect(result.stderr).not.toContain('internal error')
        if (result.code === 0) {
          expect(result.stderr).not.toMatch(/^error: /m)
          NormalizedPlanSchema.parse(JSON.parse(result.stdout))
          return
        }
        expect(result.stdout).toBe('')
        const errorLines = result.stderr.split('\n').filter((line) => line.startsWith('error: '))
        expect(errorLines.length).toBeGreaterThan(0)
        for (const line of errorLines) {
          const parsed = reportedErrors(line)
          expect(parsed).toHaveLength(1)
          expect(parsed[0]?.file).toBe(name)
          expect(parsed[0]?.line).toBeGreaterThanOrEqual(1)
          expect(parsed[0]?.column).toBeGreaterThanOrEqual(1)
        }
      }),
      // each run spawns a process: no shrinking, the in-process properties shrink instead
      { numRuns: 25, endOnFailure: true }
    )
  })

  it('answers prerequisite ranges past 2^53 instead of expanding them forever', () => {
    // Kept out of the in-process properties: when this fails, the process runs out of
    // memory, which would take the Jest worker down with it.
    const base = VALID_CORPUS[0] ?? ''
    expect(base).toContain('| none |')
    fc.assert(
      fc.property(
        fc.bigInt({ min: 2n ** 53n, max: 10n ** 22n }),
        fc.bigInt({ min: 0n, max: 3n }),
        (from, span) => {
          const name = `range-${from}.md`
          writeFileSync(join(dir, name), base.replace('| none |', `| ${from}-${from + span} |`))
          const result = spawnSync(
            process.execPath,
            [BUNDLED_CLI, 'normalize', '--playbook', name],
            {
              cwd: dir,
              encoding: 'utf8',
              timeout: 5000,
              killSignal: 'SIGKILL'
            }
          )
          expect({ signal: result.signal, code: result.status }).toEqual({ signal: null, code: 1 })
          expect(result.stderr).not.toMatch(/^\s+at /m)
        }
      ),
      { numRuns: 3, endOnFailure: true }
    )
  })
})
