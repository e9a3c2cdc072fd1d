/**
 * The run store as the integrity check reads it: every file and directory under the store
 * roots by `lstat` signature, walked after every stage; before a stage, the parts the kernel
 * has not written since are taken from that walk (docs/decisions.md, "Run store readings
 * between stages").
 */
import {
  type BigIntStats,
  type Dirent,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync
} from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { OutsideState } from '../../core/integrity/outside-state.js'
import { CONTROL_ROOT, REPORT_ROOT } from '../../core/run/layout.js'
import { signature } from './stat-signature.js'

/**
 * Signatures of everything under `dir` (absolute), keyed by `relative/<name>`. Paths are
 * built by concatenation (`dir` is already normal and a listed name holds no `/`), not
 * `path.join`: the run store holds thousands of entries and is walked after every stage.
 * A directory's signature is `d` whatever its times, so the listing's own entry type spares
 * it an `lstat` (a symlink is listed as one; where the filesystem does not give the type,
 * Node asks `lstat` itself).
 */
function walkStore(store: Record<string, string>, dir: string, relative: string): void {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`
    const label = `${relative}/${entry.name}`
    if (entry.isDirectory()) {
      store[label] = 'd'
      walkStore(store, path, label)
      continue
    }
    const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
    if (stats === undefined) continue
    store[label] = signature(stats, path)
    if (stats.isDirectory()) walkStore(store, path, label)
  }
}

/** Every file and directory under the run store roots, by `lstat` signature. */
export function readStore(repoRoot: string): Record<string, string> {
  const store: Record<string, string> = {}
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) walkStore(store, join(repoRoot, root), root)
  return store
}

/** What a reading before a stage may take from the reading after the last one. */
export interface StoreCarry {
  readonly runId: string
  readonly liveRuns: readonly string[]
  readonly previous: OutsideState
  readonly touchedItems: ReadonlySet<string>
}

/**
 * The run store as `readStore` reads it, except for the parts the kernel has not written
 * since `carry.previous` was read: other runs that were not live then and are not now, and
 * this run's items outside `carry.touchedItems`. Their directories are listed (so one made
 * or removed since is seen), and what lies under them is the previous reading's. The store
 * of a long run, or of a repository with many earlier runs, is then walked once per stage,
 * after it, instead of twice.
 */
export function readStoreCarrying(repoRoot: string, carry: StoreCarry): Record<string, string> {
  const store: Record<string, string> = {}
  const carried = new Set<string>()
  const wasCarryable = (label: string, stats: BigIntStats): boolean =>
    stats.isDirectory() && carry.previous.store[label] === 'd'
  const live = new Set([...carry.liveRuns, ...carry.previous.liveRuns])
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
    const rootDir = join(repoRoot, root)
    for (const [run, runStats] of listDirectory(store, rootDir, root)) {
      const runLabel = `${root}/${run}`
      const runDir = `${rootDir}/${run}`
      if (run !== carry.runId) {
        if (!live.has(run) && wasCarryable(runLabel, runStats)) carried.add(`${runLabel}/`)
        else if (runStats.isDirectory()) walkStore(store, runDir, runLabel)
        continue
      }
      if (!runStats.isDirectory()) continue
      for (const [name, stats] of listDirectory(store, runDir, runLabel)) {
        const label = `${runLabel}/${name}`
        if (!stats.isDirectory()) continue
        if (name !== 'items') {
          walkStore(store, `${runDir}/${name}`, label)
          continue
        }
        for (const [item, itemStats] of listDirectory(store, `${runDir}/items`, label)) {
          const itemLabel = `${label}/${item}`
          if (!carry.touchedItems.has(item) && wasCarryable(itemLabel, itemStats))
            carried.add(`${itemLabel}/`)
          else if (itemStats.isDirectory()) walkStore(store, `${runDir}/items/${item}`, itemLabel)
        }
      }
    }
  }
  if (carried.size > 0)
    for (const [path, sig] of Object.entries(carry.previous.store)) {
      const unit = carryUnitOf(path, carry.runId)
      if (unit !== undefined && carried.has(unit)) store[path] = sig
    }
  return store
}

/** The entries of one directory, recorded in `store`, with their `lstat`. */
function listDirectory(
  store: Record<string, string>,
  dir: string,
  relative: string
): Array<[string, BigIntStats]> {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const listed: Array<[string, BigIntStats]> = []
  for (const name of names) {
    const path = `${dir}/${name}`
    const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false })
    if (stats === undefined) continue
    store[`${relative}/${name}`] = signature(stats, path)
    listed.push([name, stats])
  }
  return listed
}

/**
 * The carried directory a store path lies under (with a trailing `/`): its run's for
 * another run, its item's for this one; undefined for what is always read.
 */
function carryUnitOf(path: string, runId: string): string | undefined {
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
    if (!path.startsWith(root) || path.charAt(root.length) !== '/') continue
    const runEnd = path.indexOf('/', root.length + 1)
    if (runEnd === -1) return undefined
    const run = path.slice(root.length + 1, runEnd)
    if (run !== runId) return path.slice(0, runEnd + 1)
    if (!path.startsWith('/items/', runEnd)) return undefined
    const itemEnd = path.indexOf('/', runEnd + '/items/'.length)
    return itemEnd === -1 ? undefined : path.slice(0, itemEnd + 1)
  }
  return undefined
}

/** Other runs whose lock a live process on this host holds: they change while we look. */
export function readLiveRuns(repoRoot: string, runId: string): string[] {
  const control = join(repoRoot, CONTROL_ROOT)
  let runs: string[]
  try {
    runs = readdirSync(control)
  } catch {
    return []
  }
  return runs.filter((run) => run !== runId && holdsLiveLock(join(control, run)))
}

function holdsLiveLock(runDir: string): boolean {
  if (!existsSync(join(runDir, 'run.lock'))) return false
  try {
    const owner = JSON.parse(readFileSync(join(runDir, 'run.lock.owner.json'), 'utf8')) as {
      pid?: unknown
      host?: unknown
    }
    if (owner.host !== hostname() || typeof owner.pid !== 'number') return true
    if (owner.pid === process.pid) return false
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
