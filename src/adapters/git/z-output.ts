/**
 * Parsers for git's NUL-separated (`-z`) output. With `-z` git prints every path verbatim:
 * no C-style quoting, no escaping of spaces, quotes, newlines or non-ASCII bytes, so the
 * only safe split is on NUL and, inside a record, on a fixed number of leading fields.
 */
import type { ChangeKind } from '../../core/scope.js'

export const SYMLINK_MODE = '120000'
export const GITLINK_MODE = '160000'
const ABSENT_MODE = '000000'

/** One path change as git's raw/status output describes it, before symlink targets are read. */
export interface RawChange {
  readonly path: string
  readonly kind: ChangeKind
  /** Mode after the change (`000000` when the path is gone, empty when git does not say). */
  readonly newMode: string
  /** Blob id after the change, when git names one (diff output). */
  readonly newObject?: string
  /** Untracked entry that git prints as a directory: a nested repository. */
  readonly nestedRepository?: boolean
}

function records(output: string): string[] {
  const parts = output.split('\0')
  if (parts.at(-1) === '') parts.pop()
  return parts
}

/** Splits off `count` space-separated fields; the remainder (which may hold spaces) is the path. */
function fieldsAndRest(record: string, count: number): { fields: string[]; rest: string } {
  const fields: string[] = []
  let position = 0
  for (let index = 0; index < count; index += 1) {
    const space = record.indexOf(' ', position)
    if (space === -1) throw new Error(`unexpected git record: ${JSON.stringify(record)}`)
    fields.push(record.slice(position, space))
    position = space + 1
  }
  return { fields, rest: record.slice(position) }
}

function kindFromLetter(letter: string): ChangeKind {
  if (letter === 'A') return 'added'
  if (letter === 'D') return 'deleted'
  if (letter === 'T') return 'type_changed'
  return 'modified'
}

/**
 * `git diff-tree -r -z --raw --no-renames --no-abbrev` (and `diff-index`): each change is
 * `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL.
 */
export function parseRawDiff(output: string): RawChange[] {
  const parts = records(output)
  const changes: RawChange[] = []
  for (let index = 0; index < parts.length; index += 1) {
    const header = parts[index] ?? ''
    if (!header.startsWith(':')) throw new Error(`unexpected git diff record: ${header}`)
    const [, newMode = '', , newObject = '', status = ''] = header.slice(1).split(' ')
    const letter = status.charAt(0)
    // Renames and copies carry two paths; --no-renames should prevent them, but if a
    // configuration ever brings them back, count them as delete + add, not as one path.
    if (letter === 'R' || letter === 'C') {
      const from = parts[index + 1] ?? ''
      const to = parts[index + 2] ?? ''
      if (letter === 'R') changes.push({ path: from, kind: 'deleted', newMode: ABSENT_MODE })
      changes.push({ path: to, kind: 'added', newMode, newObject })
      index += 2
      continue
    }
    const path = parts[index + 1] ?? ''
    changes.push({ path, kind: kindFromLetter(letter), newMode, newObject })
    index += 1
  }
  return changes
}

/**
 * `git diff-tree -z --patch-with-raw`: the raw records (`parseRawDiff`'s input), one more
 * NUL, then the patch text, which is returned as git wrote it.
 */
export function splitRawAndPatch(output: string): { raw: string; patch: string } {
  let position = 0
  while (output.startsWith(':', position)) {
    const headerEnd = output.indexOf('\0', position)
    if (headerEnd < 0) throw new Error(`unexpected git diff record: ${output.slice(position)}`)
    const letter = output.slice(position, headerEnd).split(' ').at(-1)?.charAt(0)
    position = headerEnd + 1
    for (let paths = letter === 'R' || letter === 'C' ? 2 : 1; paths > 0; paths -= 1) {
      const pathEnd = output.indexOf('\0', position)
      if (pathEnd < 0) throw new Error('unexpected end of git diff output')
      position = pathEnd + 1
    }
  }
  const raw = output.slice(0, position)
  return { raw, patch: output.slice(output.charAt(position) === '\0' ? position + 1 : position) }
}

function statusKind(xy: string, worktreeMode: string): ChangeKind {
  const [x = '.', y = '.'] = xy
  if (y === 'D' || worktreeMode === ABSENT_MODE) return 'deleted'
  if (x === 'T' || y === 'T') return 'type_changed'
  if (x === 'A') return 'added'
  return 'modified'
}

/**
 * `git status --porcelain=v2 -z --untracked-files=all [--no-renames]`. Ordinary entries
 * (`1`), unmerged (`u`), renames (`2`, split into delete + add) and untracked (`?`); ignored
 * (`!`) and header (`#`) records are not changes.
 */
export function parseStatusV2(output: string): RawChange[] {
  const parts = records(output)
  const changes: RawChange[] = []
  for (let index = 0; index < parts.length; index += 1) {
    const record = parts[index] ?? ''
    const type = record.charAt(0)
    if (type === '1') {
      const { fields, rest } = fieldsAndRest(record, 8)
      const worktreeMode = fields[5] ?? ''
      changes.push({
        path: rest,
        kind: statusKind(fields[1] ?? '', worktreeMode),
        newMode: worktreeMode
      })
    } else if (type === 'u') {
      const { fields, rest } = fieldsAndRest(record, 10)
      changes.push({ path: rest, kind: 'modified', newMode: fields[6] ?? '' })
    } else if (type === '2') {
      const { fields, rest } = fieldsAndRest(record, 9)
      const original = parts[index + 1] ?? ''
      index += 1
      changes.push({ path: original, kind: 'deleted', newMode: ABSENT_MODE })
      changes.push({ path: rest, kind: 'added', newMode: fields[5] ?? '' })
    } else if (type === '?') {
      const path = record.slice(2)
      // With --untracked-files=all git only prints a directory for a nested repository.
      if (path.endsWith('/'))
        changes.push({
          path: path.slice(0, -1),
          kind: 'added',
          newMode: '',
          nestedRepository: true
        })
      else changes.push({ path, kind: 'added', newMode: '' })
    }
  }
  return changes
}

/**
 * Directories a `git status --porcelain=v2 -z --ignored=matching` reported as ignored
 * (`! dir/`), without the slash: git looked no further into them.
 */
export function parseIgnoredDirs(output: string): string[] {
  return records(output)
    .filter((record) => record.startsWith('! ') && record.endsWith('/'))
    .map((record) => record.slice(2, -1))
}

/**
 * The commit HEAD names, from the `# branch.oid` header that `git status --porcelain=v2
 * --branch` prints before its entries; undefined before the first commit.
 */
export function parseStatusBranchOid(output: string): string | undefined {
  for (const record of records(output)) {
    if (!record.startsWith('# ')) return undefined
    if (record.startsWith('# branch.oid ')) {
      const oid = record.slice('# branch.oid '.length)
      return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) ? oid : undefined
    }
  }
  return undefined
}

/**
 * `git ls-files -v -z`: `<tag> <path>`. A lowercase tag marks an assume-unchanged entry and
 * `S` a skip-worktree entry; both make git ignore worktree edits of that path.
 */
export function parseHiddenIndexEntries(output: string): string[] {
  return records(output)
    .filter((record) => {
      const tag = record.charAt(0)
      return tag === 'S' || tag !== tag.toUpperCase()
    })
    .map((record) => record.slice(2))
}

/** Output of a command with a `%00`-terminated format (for-each-ref) or `-z` name list. */
export function parseNulList(output: string): string[] {
  return records(output)
}
