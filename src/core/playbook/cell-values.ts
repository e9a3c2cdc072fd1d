import { dedupe, isNone, semicolonList, strip, stripChars } from './text.js'

/**
 * How single cells are read. Each reader returns the value and the problems it saw, as
 * sentences about that cell; the caller adds the file, line, item and column.
 */
export interface CellReading<T> {
  readonly value: T
  readonly problems: readonly string[]
}

// A bare path: one or more `segment/` then a file name with an extension or a final
// `segment/`. It may not start right after a letter, digit, `_`, `.`, `/` or `-` (letters
// and digits in the Unicode sense, as in the original contract), so URLs and absolute
// paths written bare are not picked up. That look-behind is checked by hand: as a
// Unicode regex look-behind it made large playbooks several times slower to read.
const BARE_PATH =
  /(?:[A-Za-z0-9._-]+\/)+(?:[A-Za-z0-9._-]+(?:\.[A-Za-z0-9._-]+)+|[A-Za-z0-9._-]+\/)/g
const PATH_CANNOT_FOLLOW = /^[\p{L}\p{N}]$/u

function barePaths(cell: string): string[] {
  const found: string[] = []
  BARE_PATH.lastIndex = 0
  for (let match = BARE_PATH.exec(cell); match !== null; match = BARE_PATH.exec(cell)) {
    const before = codePointBefore(cell, match.index)
    if (before !== undefined && pathCannotFollow(before)) BARE_PATH.lastIndex = match.index + 1
    else found.push(match[0])
  }
  return found
}

function pathCannotFollow(codePoint: number): boolean {
  const isAsciiPathChar =
    (codePoint >= 0x30 && codePoint <= 0x39) ||
    (codePoint >= 0x41 && codePoint <= 0x5a) ||
    (codePoint >= 0x61 && codePoint <= 0x7a) ||
    codePoint === 0x5f ||
    codePoint === 0x2e ||
    codePoint === 0x2f ||
    codePoint === 0x2d
  if (isAsciiPathChar) return true
  return codePoint >= 0x80 && PATH_CANNOT_FOLLOW.test(String.fromCodePoint(codePoint))
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined
  const low = text.charCodeAt(index - 1)
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff
  return isLowSurrogate && index >= 2 ? text.codePointAt(index - 2) : low
}

/**
 * Paths named in a cell: backticked spans containing `/` first, then bare path tokens;
 * trailing `.`, `,` and `;` dropped; duplicates removed. (Written as plain loops: this runs
 * for four cells of every row and dominated the time to read large playbooks.)
 */
export function extractPaths(cell: string): string[] {
  // Every path has a slash; most cells of a large plan have none.
  if (!cell.includes('/')) return []
  const paths: string[] = []
  // Backticked spans (`` `[^`]+` ``, leftmost first) found with indexOf: no match objects.
  let open = cell.indexOf('`')
  while (open !== -1) {
    const close = cell.indexOf('`', open + 1)
    if (close === -1) break
    if (close === open + 1) {
      open = close
      continue
    }
    const slash = cell.indexOf('/', open + 1)
    if (slash !== -1 && slash < close) {
      paths.push(trimTrailingPunctuation(strip(cell.slice(open + 1, close))))
    }
    open = cell.indexOf('`', close + 1)
  }
  for (const path of barePaths(cell)) paths.push(trimTrailingPunctuation(path))
  return paths.length > 1 ? dedupe(paths) : paths
}

function trimTrailingPunctuation(path: string): string {
  let end = path.length
  while (end > 0 && '.,;'.includes(path.charAt(end - 1))) end -= 1
  return end === path.length ? path : path.slice(0, end)
}

/** Why a repo path is unsafe to hand to an agent or a scope check, if it is. */
export function unsafePathReason(path: string): string | undefined {
  if (
    path.startsWith('/') ||
    path.startsWith('\\') ||
    (path.charCodeAt(1) === 0x3a && /^[A-Za-z]:[\\/]/.test(path))
  ) {
    return `path ${path} is absolute; write it relative to the repository root`
  }
  if (path.includes('..') && path.split(/[\\/]/).includes('..')) {
    return `path ${path} leaves the repository through '..'; write it relative to the repository root`
  }
  return undefined
}

export function readPaths(cell: string): CellReading<string[]> {
  const paths = extractPaths(cell)
  const problems: string[] = []
  for (const path of paths) {
    const reason = unsafePathReason(path)
    if (reason !== undefined) problems.push(reason)
  }
  return { value: paths, problems }
}

export const FORBIDDEN_ROOTS = [
  '.local',
  '.git',
  '.codex',
  '.claude',
  '.mcp.json',
  'ops/config',
  'secrets'
] as const

const FORBIDDEN_PREFIXES = FORBIDDEN_ROOTS.map((name) => `${name}/`)

/**
 * `allowed_write_roots`: `;`-separated repo-relative directories, optionally in
 * backticks. Trailing slashes are dropped. A root must name a real directory below the
 * repository: absolute roots, `/`, `.`, `..`, backslashes, `none`, comma lists and the
 * orchestrator's own runtime roots are refused. The forbidden-root check ignores case
 * and looks through `./` and doubled slashes.
 */
export function readWriteRoots(cell: string): CellReading<string[]> {
  const pieces: string[] = []
  for (const piece of cell.split(';')) {
    const stripped = strip(piece)
    if (stripped !== '') pieces.push(unwrapBackticks(stripped))
  }
  const problems: string[] = []
  const roots: string[] = []
  for (const piece of pieces) {
    const problem = writeRootProblem(piece)
    if (problem !== undefined) problems.push(problem)
    else roots.push(strip(stripChars(piece, '/')))
  }
  if (pieces.length === 0) {
    problems.push('`allowed_write_roots` must contain at least one repo-relative root.')
  }
  return { value: dedupe(roots), problems }
}

function writeRootProblem(piece: string): string | undefined {
  if (piece.includes('\\'))
    return `write root ${piece} uses a backslash; separate directories with /`
  if (piece.startsWith('/') || /^[A-Za-z]:/.test(piece)) {
    return stripChars(piece, '/') === ''
      ? 'a write root of / would let the item write anywhere; name the directories it may change'
      : `\`allowed_write_roots\` must be repo-relative: ${piece}`
  }
  const root = strip(stripChars(piece, '/'))
  const canonical = canonicalRoot(root)
  if (canonical === '')
    return `a write root of ${root} would let the item write anywhere; name the directories it may change`
  if (root.toLowerCase() === 'none')
    return 'none is not a directory; name at least one root the item may write'
  if (root.includes(',')) return `write root ${root} contains a comma; separate roots with ;`
  if (root.includes('..') && root.split('/').includes('..'))
    return `write root ${root} leaves the repository through '..'`
  const lower = canonical.toLowerCase()
  if (
    FORBIDDEN_ROOTS.some(
      (name, k) => lower === name || lower.startsWith(FORBIDDEN_PREFIXES[k] ?? '')
    )
  ) {
    return `\`allowed_write_roots\` may not point at forbidden runtime roots: ${root}`
  }
  return undefined
}

function unwrapBackticks(text: string): string {
  // Exactly two backticks, one at each end.
  return text.length >= 2 && text.charCodeAt(0) === 0x60 && text.indexOf('`', 1) === text.length - 1
    ? strip(text.slice(1, -1))
    : text
}

function canonicalRoot(root: string): string {
  if (!root.includes('./') && !root.includes('//') && root !== '.') return root
  return root
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

/**
 * A command cell: `;`-separated commands, each optionally wrapped in one pair of
 * backticks. An empty command (``` `` ``` or a blank pair) is refused: it would only fail
 * later, at run time.
 */
export function readCommands(cell: string): CellReading<string[]> {
  const commands: string[] = []
  let empty = false
  for (const piece of semicolonList(cell)) {
    const command = unwrapBackticks(piece)
    if (command === '') empty = true
    else commands.push(command)
  }
  const problems = empty
    ? ['an empty command (a pair of backticks with nothing inside); remove it or write the command']
    : []
  return { value: commands, problems }
}

export interface PrerequisiteToken {
  readonly ids: readonly string[]
  readonly text: string
}

/** Largest range expanded; a longer one cannot name only items of a real plan. */
export const MAX_RANGE_LENGTH = 100_000

/**
 * Zero-padded numbers already written, by width, so that the ranges of a large plan (which
 * name the same earlier items again and again) share one string per id. Per playbook read.
 */
export type RangeIdCache = Map<number, string[]>

const CACHED_RANGE_END = 100_000

function paddedId(n: number, width: number, cache: RangeIdCache | undefined): string {
  if (cache === undefined || n > CACHED_RANGE_END) return String(n).padStart(width, '0')
  let ids = cache.get(width)
  if (ids === undefined) {
    ids = []
    cache.set(width, ids)
  }
  let id = ids[n]
  if (id === undefined) {
    id = String(n).padStart(width, '0')
    ids[n] = id
  }
  return id
}

/**
 * `prerequisites`: blank or `none` for no prerequisites, else `,`-separated ids and
 * inclusive numeric ranges (`01-03` → 01, 02, 03, zero-padded to the wider side).
 */
export function readPrerequisites(cell: string, cache?: RangeIdCache): CellReading<string[]> {
  const trimmed = strip(cell)
  if (trimmed === '' || isNone(trimmed)) return { value: [], problems: [] }
  const problems: string[] = []
  const ids: string[] = []
  // One token (one id or one range) cannot repeat an id; only a list needs deduplicating.
  let tokens = 0
  for (const piece of trimmed.split(',')) {
    const token = strip(piece)
    if (token === '') continue
    tokens += 1
    if (isNone(token)) {
      problems.push('`none` mixed with prerequisite ids; write either none or the ids')
      continue
    }
    const range = /^([0-9]+)[ \t]*-[ \t]*([0-9]+)$/.exec(token)
    if (range === null) {
      ids.push(token)
      continue
    }
    const [, leftText = '', rightText = ''] = range
    const left = Number(leftText)
    const right = Number(rightText)
    if (right < left) {
      problems.push(`range ${token} runs backwards; write ${rightText}-${leftText}`)
      continue
    }
    if (!Number.isSafeInteger(right) || right - left >= MAX_RANGE_LENGTH) {
      problems.push(`range ${token} names more than ${MAX_RANGE_LENGTH} items`)
      continue
    }
    const width = Math.max(leftText.length, rightText.length)
    for (let n = left; n <= right; n += 1) ids.push(paddedId(n, width, cache))
  }
  return { value: tokens > 1 ? dedupe(ids) : ids, problems }
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y'])
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n'])

export function readBoolean(cell: string): boolean | undefined {
  const word = strip(cell).toLowerCase()
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  return undefined
}
