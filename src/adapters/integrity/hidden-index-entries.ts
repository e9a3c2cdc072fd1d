/**
 * The paths of a checkout's index (the checkout stamp's tracked paths), and those `git
 * status` does not look at: entries marked
 * assume-unchanged (`git update-index --assume-unchanged`) or skip-worktree. Marking a file
 * that way and then changing it is how a change would hide from the integrity check's
 * `git status`, so the check reads these flags from the index file itself (no git process):
 * format versions 2, 3 and 4, SHA-1 or SHA-256 object names. Returns undefined for an index
 * it cannot read this way (a split index, an unknown version); the caller then asks git.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ASSUME_VALID = 0x8000
const EXTENDED = 0x4000
const SKIP_WORKTREE = 0x4000
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 each). */
const STAT_BYTES = 40

export interface IndexPaths {
  /** Every path the index holds, in index order. */
  readonly paths: readonly string[]
  /** Those marked assume-unchanged or skip-worktree. */
  readonly hidden: string[]
}

/**
 * `readIndexPaths` for the repository whose git directories these are, with the object
 * format its configuration names.
 */
export function readRepositoryIndex(gitDir: string, commonDir: string): IndexPaths | undefined {
  let config = ''
  try {
    config = readFileSync(join(commonDir, 'config'), 'utf8')
  } catch {
    // no config: SHA-1
  }
  return readIndexPaths(gitDir, /objectformat\s*=\s*sha256/i.test(config) ? 32 : 20)
}

/** The index's paths, read from the index file; undefined for an index it cannot read this way. */
export function readIndexPaths(gitDir: string, hashBytes: 20 | 32): IndexPaths | undefined {
  let index: Buffer
  try {
    index = readFileSync(join(gitDir, 'index'))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? { paths: [], hidden: [] }
      : undefined
  }
  try {
    return parse(index, hashBytes)
  } catch {
    return undefined
  }
}

function parse(index: Buffer, hashBytes: number): IndexPaths | undefined {
  if (index.toString('latin1', 0, 4) !== 'DIRC') return undefined
  const version = index.readUInt32BE(4)
  if (version < 2 || version > 4) return undefined
  const count = index.readUInt32BE(8)
  const hidden: string[] = []
  const paths: string[] = []
  let offset = 12
  let previous = ''
  for (let entry = 0; entry < count; entry += 1) {
    const flagsAt = offset + STAT_BYTES + hashBytes
    const flags = index.readUInt16BE(flagsAt)
    let cursor = flagsAt + 2
    let extended = 0
    if (version >= 3 && (flags & EXTENDED) !== 0) {
      extended = index.readUInt16BE(cursor)
      cursor += 2
    }
    let name: string
    if (version === 4) {
      const strip = readVarint(index, cursor)
      const end = index.indexOf(0, strip.next)
      if (end === -1 || strip.value > previous.length) return undefined
      name =
        previous.slice(0, previous.length - strip.value) + index.toString('utf8', strip.next, end)
      offset = end + 1
      previous = name
    } else {
      const end = index.indexOf(0, cursor)
      if (end === -1) return undefined
      name = index.toString('utf8', cursor, end)
      // Entries are NUL-padded to a multiple of eight bytes (one to eight NULs).
      offset += (cursor - offset + (end - cursor) + 8) & ~7
    }
    paths.push(name)
    if ((flags & ASSUME_VALID) !== 0 || (extended & SKIP_WORKTREE) !== 0) hidden.push(name)
  }
  // A split index keeps most entries in a shared file this reading does not follow.
  const extensionsEnd = index.length - hashBytes
  while (offset + 8 <= extensionsEnd) {
    if (index.toString('latin1', offset, offset + 4) === 'link') return undefined
    offset += 8 + index.readUInt32BE(offset + 4)
  }
  return { paths, hidden }
}

/** git's offset varint (varint.c): each continuation adds one before shifting. */
function readVarint(buffer: Buffer, at: number): { value: number; next: number } {
  let position = at
  let byte = buffer.readUInt8(position++)
  let value = byte & 0x7f
  while ((byte & 0x80) !== 0) {
    byte = buffer.readUInt8(position++)
    value = ((value + 1) << 7) | (byte & 0x7f)
  }
  return { value, next: position }
}
