import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { access, lstat, mkdir, open, readdir, readlink, realpath, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { UserInputError } from '../errors.js'
import type { CopiedEvidence, EvidenceRules } from '../kernel/ports.js'

export type { CopiedEvidence, EvidenceRules } from '../kernel/ports.js'

/**
 * External evidence is data a human hands the run: regular files in directories, nothing
 * else. A link anywhere (the directory itself included) could make the stored copy, its
 * manifest and the uploaded state artifact carry whatever the link points at (`/etc`,
 * `~/.ssh`), so the whole package is walked without following any link and refused, with the
 * offending path named, before anything is copied. The copy is then made file by file with
 * `O_NOFOLLOW`, re-checking every entry, so a package that changes under the walk cannot
 * smuggle a link or grow past the limit either.
 */

export interface EvidenceInventory {
  /** Relative, `/`-separated, in walk order (parents before children). */
  readonly directories: readonly string[]
  readonly files: ReadonlyArray<{ readonly path: string; readonly size: number }>
  readonly totalBytes: number
}

/** Checks a package without changing anything; refuses with one line naming what is wrong. */
export async function inspectEvidence(
  root: string,
  rules: EvidenceRules
): Promise<EvidenceInventory> {
  const top = await lstat(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UserInputError(`${rules.label}: does not exist`)
    throw new UserInputError(`${rules.label}: cannot read it: ${error.message}`)
  })
  if (top.isSymbolicLink()) throw linkRefusal(rules, root)
  if (!top.isDirectory()) throw new UserInputError(`${rules.label}: not a directory`)
  const directories: string[] = []
  const files: Array<{ path: string; size: number }> = []
  let totalBytes = 0
  const walk = async (relative: string): Promise<void> => {
    const dir = relative === '' ? root : join(root, relative)
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      throw new UserInputError(`${rules.label}: cannot read ${dir}: ${error.message}`)
    })
    for (const name of names.sort()) {
      const path = relative === '' ? name : `${relative}/${name}`
      const absolute = join(root, path)
      const info = await lstat(absolute)
      if (info.isSymbolicLink()) throw linkRefusal(rules, absolute)
      if (info.isDirectory()) {
        directories.push(path)
        await walk(path)
      } else if (info.isFile()) {
        await access(absolute, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
          throw new UserInputError(`${rules.label}: cannot read ${absolute}: ${error.message}`)
        })
        files.push({ path, size: info.size })
        totalBytes += info.size
      } else {
        throw new UserInputError(
          `${rules.label}: ${absolute} is not a regular file or directory; evidence is files in directories`
        )
      }
    }
  }
  await walk('')
  if (rules.maxBytes !== undefined && totalBytes > rules.maxBytes)
    throw sizeRefusal(rules, totalBytes)
  return { directories, files, totalBytes }
}

/**
 * Copies a package into `destination` (which must not exist yet), regular files and
 * directories only, hashing each file as it is copied. Anything that fails the rules of
 * `inspectEvidence` on the way, or changed since, removes the partial copy and is refused.
 */
export async function copyEvidence(
  root: string,
  destination: string,
  rules: EvidenceRules
): Promise<CopiedEvidence> {
  const inventory = await inspectEvidence(root, rules)
  const realRoot = await realpath(root)
  await mkdir(destination)
  try {
    for (const dir of inventory.directories) await mkdir(join(destination, dir))
    const files: Array<{ path: string; sha256: string }> = []
    let totalBytes = 0
    for (const file of inventory.files) {
      const copied = await copyRegularFile(
        join(realRoot, file.path),
        join(destination, file.path),
        rules,
        totalBytes
      )
      totalBytes += copied.bytes
      files.push({ path: file.path, sha256: copied.sha256 })
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    return { files, totalBytes }
  } catch (error) {
    await rm(destination, { recursive: true, force: true })
    throw error
  }
}

/** One file, opened without following a link and checked to be the file the walk found. */
async function copyRegularFile(
  source: string,
  target: string,
  rules: EvidenceRules,
  bytesSoFar: number
): Promise<{ sha256: string; bytes: number }> {
  const input = await open(
    source,
    constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw linkRefusal(rules, source)
    throw new UserInputError(`${rules.label}: cannot read ${source}: ${error.message}`)
  })
  try {
    if (!(await input.stat()).isFile())
      throw new UserInputError(
        `${rules.label}: ${source} is not a regular file or directory; evidence is files in directories`
      )
    // A directory on the way swapped for a link since the walk: the open file is elsewhere.
    const opened = await readlink(`/proc/self/fd/${input.fd}`).catch(() => source)
    if (opened !== source)
      throw new UserInputError(`${rules.label}: ${source} changed while it was being copied`)
    const output = await open(target, 'wx', 0o644)
    const hash = createHash('sha256')
    let bytes = 0
    try {
      const buffer = Buffer.alloc(1 << 16)
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null)
        if (bytesRead === 0) break
        bytes += bytesRead
        if (rules.maxBytes !== undefined && bytesSoFar + bytes > rules.maxBytes)
          throw sizeRefusal(rules, bytesSoFar + bytes, 'at least ')
        const chunk = buffer.subarray(0, bytesRead)
        hash.update(chunk)
        await output.write(chunk)
      }
    } finally {
      await output.close()
    }
    return { sha256: hash.digest('hex'), bytes }
  } finally {
    await input.close()
  }
}

function linkRefusal(rules: EvidenceRules, path: string): UserInputError {
  return new UserInputError(
    `${rules.label}: ${path} is a symbolic link; evidence must be regular files and directories (copy the file itself, not a link to it)`
  )
}

function sizeRefusal(rules: EvidenceRules, bytes: number, qualifier = ''): UserInputError {
  const source = rules.limitSource === undefined ? '' : ` (${rules.limitSource})`
  return new UserInputError(
    `${rules.label} holds ${qualifier}${byteCount(bytes)}, over the limit of ${byteCount(rules.maxBytes ?? 0)}${source}`
  )
}

function byteCount(bytes: number): string {
  const mib = 1024 * 1024
  return bytes < mib ? `${bytes} bytes` : `${bytes} bytes = ${(bytes / mib).toFixed(1)} MiB`
}
