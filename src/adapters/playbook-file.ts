import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
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
  const file = resolve(cwd, path)
  const info = await stat(file).catch((error: unknown) => {
    throw new UserInputError(describeFsError(path, error))
  })
  if (info.isDirectory()) throw new UserInputError(`${path}: is a directory, not a playbook file`)
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new UserInputError(describeFsError(path, error))
  })
  return {
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path: posixPath(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    generatedAt: now
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
