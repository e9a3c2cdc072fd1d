import fc from 'fast-check'
import { ITEM_ID_PATTERN } from '../../src/core/schemas/vocabulary.js'

// Structure-aware playbooks: a small model of a plan (ids, prerequisites, paths and the
// red/green word of each row), its markdown, and what the contract says about it. The
// oracle restates the rules of plan-items.ts, cell-values.ts and normalize.ts: ids are
// unique and match ITEM_ID_PATTERN; prerequisites are `none`/blank or comma-separated ids
// and inclusive numeric ranges zero-padded to the wider side, each naming an earlier item;
// backticked paths containing `/` are extracted and must be relative without `..`.

export type PrerequisiteToken =
  | { readonly kind: 'id'; readonly id: string }
  | {
      readonly kind: 'range'
      readonly from: number
      readonly to: number
      readonly fromWidth: number
      readonly toWidth: number
      readonly spaced: boolean
    }

export type PrerequisiteCell =
  | { readonly kind: 'none'; readonly word: string }
  | {
      readonly kind: 'list'
      readonly tokens: readonly PrerequisiteToken[]
      readonly separator: string
      /** Where a stray `none` goes among the tokens, if anywhere. */
      readonly strayNone: number | null
    }

export interface PathEntry {
  readonly root: '' | '/' | 'C:/'
  readonly segments: readonly string[]
  readonly file: string
  readonly backticked: boolean
}

export interface ModelItem {
  readonly id: string
  readonly prerequisites: PrerequisiteCell
  readonly repoSurfaces: readonly PathEntry[]
  readonly deliverable: readonly PathEntry[]
  readonly writeRoots: readonly string[]
  readonly redGreen: string
  readonly phase: string
}

const VALID_IDS = ['01', '02', '03', '1', '2', '3', '10', 'a', 'b.c', 'x:y', 'Z-1']
const INVALID_IDS = ['', '_a', '-1', 'é1', 'a b', '.x']
const RED_GREEN_VALID = ['yes', 'no', 'true', 'false', 'y', 'n', '1', '0', 'YES', 'False', 'N']
const RED_GREEN_INVALID = ['maybe', '2', 'ja', 'on', 'nope', 'truee']

export const idArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...VALID_IDS), weight: 12 },
  { arbitrary: fc.constantFrom(...INVALID_IDS), weight: 1 }
)

// Range ends stay small: a range is expanded into one id per number, and numbers past
// 2^53 are covered through the bundled CLI (see the test file).
const tokenArb: fc.Arbitrary<PrerequisiteToken> = fc.oneof(
  { arbitrary: idArb.map((id) => ({ kind: 'id' as const, id })), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('range' as const),
      from: fc.nat({ max: 12 }),
      to: fc.nat({ max: 12 }),
      fromWidth: fc.integer({ min: 1, max: 3 }),
      toWidth: fc.integer({ min: 1, max: 3 }),
      spaced: fc.boolean()
    }),
    weight: 1
  }
)

const prerequisiteCellArb: fc.Arbitrary<PrerequisiteCell> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom('none', 'None', 'NONE', '')
      .map((word) => ({ kind: 'none' as const, word })),
    weight: 2
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('list' as const),
      tokens: fc.array(tokenArb, { minLength: 1, maxLength: 3 }),
      separator: fc.constantFrom(',', ', ', ' ,', ' , '),
      strayNone: fc.oneof(
        { arbitrary: fc.constant(null), weight: 8 },
        { arbitrary: fc.nat({ max: 3 }), weight: 1 }
      )
    }),
    weight: 3
  }
)

const pathEntryArb: fc.Arbitrary<PathEntry> = fc
  .record({
    root: fc.oneof(
      { arbitrary: fc.constant('' as const), weight: 6 },
      { arbitrary: fc.constantFrom('/' as const, 'C:/' as const), weight: 1 }
    ),
    segments: fc.array(
      fc.oneof(
        { arbitrary: fc.constantFrom('docs', 'src', 'lib', 'a_b', 'x-y', '.'), weight: 8 },
        { arbitrary: fc.constant('..'), weight: 1 }
      ),
      { minLength: 1, maxLength: 3 }
    ),
    file: fc.constantFrom('a.md', 'b.ts', 'c.json', 'README.md', 'v1.2.txt'),
    backticked: fc.boolean()
  })
  // a bare absolute path is not picked up at all, so it is always written in backticks
  .map((entry) => (entry.root === '' ? entry : { ...entry, backticked: true }))

const pathCellArb = fc.array(pathEntryArb, { minLength: 1, maxLength: 3 })
const safePathCellArb = fc.array(
  pathEntryArb.filter((entry) => !isUnsafePath(entry)),
  { minLength: 1, maxLength: 3 }
)
const mostlySafePathCellArb = fc.oneof({ arbitrary: safePathCellArb, weight: 12 }, pathCellArb)

export const FORBIDDEN_ROOTS = [
  '.local',
  '.git',
  '.codex',
  '.claude',
  '.mcp.json',
  'ops/config',
  'secrets'
]

// Write roots, some of them spelled to sneak past the forbidden-root check.
const writeRootArb: fc.Arbitrary<string> = fc
  .record({
    prefix: fc.constantFrom('', '', './', './/', '././', '/', 'C:/'),
    base: fc.oneof(
      {
        arbitrary: fc.constantFrom('docs', 'src', 'ops', 'docs/api', '.github', '.gitignore'),
        weight: 4
      },
      {
        arbitrary: fc.constantFrom(
          ...FORBIDDEN_ROOTS,
          '.git/hooks',
          'ops//config',
          'ops/./config',
          '.claude/x',
          '.GIT',
          'Secrets/keys',
          'docs/..',
          '..',
          '.'
        ),
        weight: 1
      }
    ),
    suffix: fc.constantFrom('', '', '/', '/.', '//', '/./')
  })
  .map(({ prefix, base, suffix }) => `${prefix}${base}${suffix}`)

/** Segments of a relative root that count: no empty ones, no `.`. */
export function rootSegments(root: string): string[] {
  return root.split('/').filter((segment) => segment !== '' && segment !== '.')
}

/** Whether a canonical root is, or is inside, a forbidden runtime root (in any case). */
export function isForbiddenRoot(root: string): boolean {
  const canonical = rootSegments(root).join('/').toLowerCase()
  return FORBIDDEN_ROOTS.some((name) => canonical === name || canonical.startsWith(`${name}/`))
}

/**
 * Whether the contract refuses one `allowed_write_roots` piece: absolute, leaving the
 * repository, naming the whole repository, or pointing at a forbidden runtime root.
 */
export function isRefusedWriteRoot(piece: string): boolean {
  if (piece.startsWith('/') || /^[A-Za-z]:[\\/]/.test(piece)) return true
  const segments = rootSegments(piece)
  return segments.includes('..') || segments.length === 0 || isForbiddenRoot(piece)
}

export const modelItemArb: fc.Arbitrary<ModelItem> = fc.record({
  id: idArb,
  prerequisites: prerequisiteCellArb,
  repoSurfaces: pathCellArb,
  deliverable: pathCellArb,
  writeRoots: fc.oneof(
    { arbitrary: fc.constant(['docs', 'src']), weight: 3 },
    { arbitrary: fc.array(writeRootArb, { minLength: 1, maxLength: 3 }), weight: 2 }
  ),
  redGreen: fc.oneof(
    { arbitrary: fc.constantFrom(...RED_GREEN_VALID), weight: 10 },
    { arbitrary: fc.constantFrom(...RED_GREEN_INVALID), weight: 1 }
  ),
  phase: fc.constantFrom('docs', 'api update', 'Ops 2')
})

/** Ranges over `earlier` ids that name only ids of `earlier`. */
function rangesWithin(earlier: readonly string[]): PrerequisiteToken[] {
  const known = new Set(earlier)
  const numeric = earlier.filter((id) => /^[0-9]+$/.test(id))
  return numeric.flatMap((a) =>
    numeric.flatMap((b) => {
      const token = {
        kind: 'range' as const,
        from: Number(a),
        to: Number(b),
        fromWidth: a.length,
        toWidth: b.length,
        spaced: a < b
      }
      if (token.to < token.from) return []
      const width = Math.max(a.length, b.length)
      for (let n = token.from; n <= token.to; n += 1) {
        if (!known.has(String(n).padStart(width, '0'))) return []
      }
      return [token]
    })
  )
}

function wellFormedItemArb(id: string, earlier: readonly string[]): fc.Arbitrary<ModelItem> {
  const references: fc.Arbitrary<PrerequisiteToken>[] = []
  if (earlier.length > 0) {
    references.push(fc.constantFrom(...earlier).map((ref) => ({ kind: 'id' as const, id: ref })))
  }
  const ranges = rangesWithin(earlier)
  if (ranges.length > 0) references.push(fc.constantFrom(...ranges))
  const prerequisites: fc.Arbitrary<PrerequisiteCell> =
    references.length === 0
      ? fc.constantFrom('none', '').map((word) => ({ kind: 'none' as const, word }))
      : fc.record({
          kind: fc.constant('list' as const),
          tokens: fc.array(fc.oneof(...references), { minLength: 1, maxLength: 3 }),
          separator: fc.constantFrom(',', ', ', ' , '),
          strayNone: fc.constant(null)
        })
  return fc.record({
    id: fc.constant(id),
    prerequisites: fc.oneof({ arbitrary: prerequisites, weight: 15 }, prerequisiteCellArb),
    repoSurfaces: mostlySafePathCellArb,
    deliverable: mostlySafePathCellArb,
    writeRoots: fc.oneof(
      { arbitrary: fc.constant(['docs', 'src']), weight: 3 },
      {
        arbitrary: fc.array(writeRootArb, { maxLength: 2 }).map((roots) => ['docs', ...roots]),
        weight: 1
      }
    ),
    redGreen: fc.constantFrom(...RED_GREEN_VALID),
    phase: fc.constantFrom('docs', 'api update', 'Ops 2')
  })
}

/** Plans that are mostly right, with the odd mistake: most of them are accepted. */
const wellFormedModelArb: fc.Arbitrary<readonly ModelItem[]> = fc
  .uniqueArray(fc.constantFrom(...VALID_IDS), { minLength: 1, maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map((id, k) => wellFormedItemArb(id, ids.slice(0, k)))))

export const modelArb: fc.Arbitrary<readonly ModelItem[]> = fc.oneof(
  fc.array(modelItemArb, { minLength: 1, maxLength: 6 }),
  wellFormedModelArb
)

function tokenText(token: PrerequisiteToken): string {
  if (token.kind === 'id') return token.id
  const from = String(token.from).padStart(token.fromWidth, '0')
  const to = String(token.to).padStart(token.toWidth, '0')
  return token.spaced ? `${from} - ${to}` : `${from}-${to}`
}

export function prerequisiteText(cell: PrerequisiteCell): string {
  if (cell.kind === 'none') return cell.word
  const texts = cell.tokens.map(tokenText)
  if (cell.strayNone !== null) texts.splice(cell.strayNone % (texts.length + 1), 0, 'none')
  return texts.join(cell.separator)
}

export function pathText(entry: PathEntry): string {
  const path = `${entry.root}${[...entry.segments, entry.file].join('/')}`
  return entry.backticked ? `\`${path}\`` : path
}

export function pathOf(entry: PathEntry): string {
  return `${entry.root}${[...entry.segments, entry.file].join('/')}`
}

export function isUnsafePath(entry: PathEntry): boolean {
  return entry.root !== '' || entry.segments.includes('..')
}

const HEADER = [
  'step_id',
  'phase',
  'action',
  'why_now',
  'owner_type',
  'prerequisites',
  'repo_surfaces',
  'deliverable',
  'exit_criteria',
  'allowed_write_roots',
  'requires_red_green',
  'required_verification_commands'
]

export function renderModel(items: readonly ModelItem[]): string {
  const rows = items.map((item, index) => {
    const cells = [
      item.id,
      item.phase,
      `Do step ${index + 1}.`,
      'It is next.',
      'operator',
      prerequisiteText(item.prerequisites),
      item.repoSurfaces.map(pathText).join('; '),
      item.deliverable.map(pathText).join('; '),
      'Checks pass.',
      item.writeRoots.join('; '),
      item.redGreen,
      '`npm test`'
    ]
    return `| ${cells.join(' | ')} |`
  })
  return [
    '# Model playbook',
    '',
    '## 1. Plan Context',
    '',
    'Exercise the parser.',
    '',
    '## 2. Ordered Execution Plan',
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows,
    ''
  ].join('\n')
}

/** The line of row `index` (0-based) in renderModel's output. */
export function rowLine(index: number): number {
  return 11 + index
}

export interface PrerequisiteReading {
  readonly ids: readonly string[]
  /** The cell itself is malformed: `none` among ids, or a backwards range. */
  readonly malformed: boolean
}

export function readModelPrerequisites(cell: PrerequisiteCell): PrerequisiteReading {
  if (cell.kind === 'none') return { ids: [], malformed: false }
  const ids: string[] = []
  let malformed = cell.strayNone !== null
  for (const token of cell.tokens) {
    if (token.kind === 'id') {
      // an empty token between two commas is skipped
      if (token.id !== '') ids.push(token.id)
      continue
    }
    if (token.to < token.from) {
      malformed = true
      continue
    }
    const width = Math.max(
      String(token.from).padStart(token.fromWidth, '0').length,
      String(token.to).padStart(token.toWidth, '0').length
    )
    for (let n = token.from; n <= token.to; n += 1) ids.push(String(n).padStart(width, '0'))
  }
  return { ids: [...new Set(ids)], malformed }
}

export interface ModelVerdict {
  /** Rows (1-based) whose step_id is a repeat of an earlier row's. */
  readonly duplicateRows: readonly number[]
  /** Rows (1-based) with a prerequisite that is unknown, itself, later, or malformed. */
  readonly badPrerequisiteRows: readonly number[]
  /** Whether the playbook as a whole must be accepted. */
  readonly valid: boolean
  /** Expected prerequisite ids of each row, when the cell is well-formed. */
  readonly prerequisiteIds: readonly (readonly string[])[]
}

export function judgeModel(items: readonly ModelItem[]): ModelVerdict {
  const firstRow = new Map<string, number>()
  const duplicateRows: number[] = []
  items.forEach((item, index) => {
    if (item.id === '') return
    if (firstRow.has(item.id)) duplicateRows.push(index + 1)
    else firstRow.set(item.id, index + 1)
  })
  const readings = items.map((item) => readModelPrerequisites(item.prerequisites))
  const badPrerequisiteRows = readings.flatMap((reading, index) => {
    const row = index + 1
    const bad =
      reading.malformed ||
      reading.ids.some((id) => {
        const target = firstRow.get(id)
        // a repeated id listing itself names the first row of that id: the repeat is
        // reported under step_id, the prerequisite is not necessarily reported too
        return !ITEM_ID_PATTERN.test(id) || target === undefined || target >= row
      })
    return bad ? [row] : []
  })
  const otherwiseValid = items.every(
    (item) =>
      ITEM_ID_PATTERN.test(item.id) &&
      !item.repoSurfaces.some(isUnsafePath) &&
      !item.deliverable.some(isUnsafePath) &&
      !item.writeRoots.some(isRefusedWriteRoot) &&
      ['yes', 'no', 'true', 'false', 'y', 'n', '1', '0'].includes(item.redGreen.toLowerCase())
  )
  return {
    duplicateRows,
    badPrerequisiteRows,
    valid: otherwiseValid && duplicateRows.length === 0 && badPrerequisiteRows.length === 0,
    prerequisiteIds: readings.map((reading) => reading.ids)
  }
}
