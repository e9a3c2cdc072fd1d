import { randomBytes } from 'node:crypto'
import { type FileHandle, lstat, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { atomicTempPath } from '../core/run/atomic-temp.js'

/**
 * Writes a whole file or nothing: a temporary file in the same directory is written,
 * flushed to disk and renamed over the target, so a crash never leaves half a file. The
 * temporary file is named by src/core/run/atomic-temp.ts, so that one a crash leaves behind
 * is known for what it is. Writes to the same path from this process land in the order they
 * were asked for.
 *
 * An agent may have planted a link where the orchestrator is about to write (its own report
 * path is in a directory it can write): the temporary file is created exclusively, the
 * rename replaces a link instead of following it, and a directory that is a link is refused,
 * so nothing is ever written through one into a file outside the run.
 *
 * Five filesystem calls per write (open, write, fsync, close, rename) and one `lstat`: the
 * library this replaces resolved every path component first, and kept the old file's owner
 * and mode, about twice the time per write at about 60 writes per item
 * (docs/performance.md).
 */

export interface AtomicWriteOptions {
  /**
   * A file the user named (`normalize --output`): a symlink there is written through to its
   * target, and a file that exists keeps its mode. The orchestrator's own files are
   * replaced as they are: a link planted in their place is replaced, never followed.
   */
  readonly userFile?: boolean
}

const queued = new Map<string, Promise<void>>()

export function writeFileAtomically(
  path: string,
  text: string | Uint8Array,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const before = queued.get(path) ?? Promise.resolve()
  const write = before.then(() => replaceFile(path, text, options))
  const settled = write.then(
    () => undefined,
    () => undefined
  )
  queued.set(path, settled)
  void settled.then(() => {
    if (queued.get(path) === settled) queued.delete(path)
  })
  return write
}

async function replaceFile(
  requested: string,
  text: string | Uint8Array,
  options: AtomicWriteOptions
): Promise<void> {
  const path =
    options.userFile === true ? await realpath(requested).catch(() => requested) : requested
  const mode =
    options.userFile === true
      ? await stat(path).then(
          (stats) => stats.mode & 0o7777,
          () => undefined
        )
      : undefined
  if (options.userFile !== true) await refuseLinkedDirectory(dirname(path))
  const temporary = atomicTempPath(path, randomBytes(8).toString('hex'))
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666).catch(async (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      await mkdir(dirname(temporary), { recursive: true })
      return open(temporary, 'wx', mode ?? 0o666)
    })
    try {
      await writeWhole(handle, text)
      if (mode !== undefined) await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** A directory that is a link could lead anywhere: the orchestrator's files are not written there. */
async function refuseLinkedDirectory(directory: string): Promise<void> {
  const stats = await lstat(directory).catch(() => undefined)
  if (stats?.isSymbolicLink() === true)
    throw new Error(`${directory} is a symbolic link; refusing to write through it`)
}

/**
 * The text as one string write, which node converts to bytes on its own side of the call
 * (`FileHandle.writeFile` makes a Buffer of the whole text first); the rest, in the rare
 * case a write stops short.
 */
async function writeWhole(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  if (typeof data === 'string') {
    const { bytesWritten } = await handle.write(data, null, 'utf8')
    if (bytesWritten < Buffer.byteLength(data, 'utf8'))
      await handle.writeFile(Buffer.from(data, 'utf8').subarray(bytesWritten))
    return
  }
  await handle.writeFile(data)
}
