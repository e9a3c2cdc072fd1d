import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PlaybookSource } from '../core/playbook/normalize.js'
import { UserInputError } from '../errors.js'

/**
 * Reads a playbook from disk for normalization. A relative path is read from `cwd` (the
 * caller's working directory, not necessarily this process's). Failures become one-line
 * messages that name the path as the user typed it.
 */
export async function readPlaybookSource(
  path: string,
  now: Date = new Date(),
  cwd: string = process.cwd()
): Promise<PlaybookSource> {
  const file = await readPlaybookFile(path, cwd)
  // Loaded here, not with the module: compiling node:crypto is a noticeable part of the
  // start of a CLI command that never needs the hash (docs/performance.md, CLI start-up).
  const { createHash } = await import('node:crypto')
  return {
    ...file,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    generatedAt: now
  }
}

/** What a playbook file holds and the path to record, without its hash. */
export interface PlaybookFile {
  readonly bytes: Uint8Array
  readonly path: string
}

/**
 * The playbook's bytes, read like readPlaybookSource reads them. The file is read
 * synchronously: one small read, and node:fs/promises would be one more module to load.
 */
export async function readPlaybookFile(
  path: string,
  cwd: string = process.cwd()
): Promise<PlaybookFile> {
  const file = resolve(cwd, path)
  let bytes: Buffer
  try {
    if (statSync(file).isDirectory())
      throw new UserInputError(`${path}: is a directory, not a playbook file`)
    bytes = readFileSync(file)
  } catch (error) {
    if (error instanceof UserInputError) throw error
    throw new UserInputError(describeFsError(path, error))
  }
  return {
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path: posixPath(path)
  }
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return `${path}: no such file`
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`
  if (code === 'ENOTDIR') return `${path}: a parent of this path is not a directory`
  return `${path}: cannot read: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * The path as recorded in the plan: forward slashes, `.` segments and doubled slashes
 * removed, `..` kept as written (resolving it would hide where the file really was).
 */
export function posixPath(path: string): string {
  const absolute = path.startsWith('/')
  const segments = path
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
  const joined = segments.join('/')
  if (absolute) return `/${joined}`
  return joined === '' ? '.' : joined
}
