/**
 * What the integrity readings compare a file by when they do not hash it: its `lstat`
 * signature (see `signature`).
 */
import { type BigIntStats, lstatSync, readlinkSync } from 'node:fs'

/** Most watched files do not exist: lstat is told not to throw (an exception costs 5× a call). */
export function lstatOrUndefined(path: string): BigIntStats | undefined {
  try {
    return lstatSync(path, { bigint: true, throwIfNoEntry: false })
  } catch {
    return undefined
  }
}

/**
 * Changes whenever the file is written, renamed over or re-permissioned (ctime cannot be set
 * back).
 */
export function signature(stats: BigIntStats, path: string): string {
  if (stats.isDirectory()) return 'd'
  if (stats.isSymbolicLink()) return `l:${readlinkSync(path)}:${stats.ctimeNs}`
  return `f:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.mode}`
}
