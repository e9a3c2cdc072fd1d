/**
 * `doctor`'s second look at an integrity incident: is each recorded change back to what it
 * was before the stage? Reads the same way the check did (refs and files from disk, one
 * `git status` at most, and only when a checkout change needs it).
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { STAGE_RECORD } from '../../core/integrity/outside-state.js'
import type { InterruptedStage } from '../../core/run/doctor-checks.js'
import {
  INTEGRITY_INCIDENT_DIR,
  type IntegrityChange,
  type IntegrityIncident,
  IntegrityIncidentSchema,
  IntegrityStageSchema
} from '../../core/schemas/integrity-incident.js'
import { describeError } from '../../errors.js'
import { locateGitDirs } from '../git/git-metadata.js'
import { readCheckout, readRefs } from './outside-reader.js'

export interface IncidentFile {
  /** Repo-relative path of the record. */
  readonly path: string
  readonly incident?: IntegrityIncident
  /** Why the record could not be read, when it could not. */
  readonly problem?: string
  /** Per change of the incident: whether it is resolved now. */
  readonly resolved: readonly boolean[]
}

export async function readIncidents(
  repoRoot: string,
  controlDir: string,
  relative: (absolute: string) => string
): Promise<IncidentFile[]> {
  const dir = join(controlDir, INTEGRITY_INCIDENT_DIR)
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : []
  if (names.length === 0) return []
  const facts = new Facts(repoRoot)
  const files: IncidentFile[] = []
  for (const name of names.sort()) {
    const path = join(dir, name)
    let incident: IntegrityIncident
    try {
      incident = IntegrityIncidentSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    } catch (error) {
      files.push({ path: relative(path), problem: describeError(error), resolved: [] })
      continue
    }
    const resolved: boolean[] = []
    for (const change of incident.changes) resolved.push(await facts.isResolved(change))
    files.push({ path: relative(path), incident, resolved })
  }
  return files
}

/** What the repository looks like now, read once per doctor run. */
class Facts {
  private refs: Record<string, string> | undefined
  private checkout: Record<string, string> | undefined

  constructor(private readonly repoRoot: string) {}

  async isResolved(change: IntegrityChange): Promise<boolean> {
    switch (change.resolved_when) {
      case 'restored':
        return true
      case 'acknowledged':
        return false
      case 'absent':
        return !pathExists(join(this.repoRoot, change.path))
      case 'file_matches_before':
        return fileHash(join(this.repoRoot, change.path)) === change.before
      case 'ref_matches_before':
        return ((await this.readRefs())[change.path] ?? null) === change.before
      case 'checkout_clean':
        return (await this.readCheckout())[change.path] === undefined
    }
  }

  private async readRefs(): Promise<Record<string, string>> {
    this.refs ??= await readRefs(this.repoRoot, locateGitDirs(this.repoRoot).commonDir)
    return this.refs
  }

  private async readCheckout(): Promise<Record<string, string>> {
    this.checkout ??= await readCheckout(this.repoRoot)
    return this.checkout
  }
}

function pathExists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** Same hash as the check's reading: content, or `symlink:<target>`; null when absent. */
function fileHash(path: string): string | null {
  try {
    const stats = lstatSync(path)
    const data = stats.isSymbolicLink() ? `symlink:${readlinkSync(path)}` : readFileSync(path)
    return createHash('sha256').update(data).digest('hex')
  } catch {
    return null
  }
}

/** The stage a dead process left unchecked, if any (its record, see integrity-guard.ts). */
export async function readInterruptedStage(
  controlDir: string
): Promise<InterruptedStage | undefined> {
  let text: string
  try {
    text = readFileSync(join(controlDir, STAGE_RECORD), 'utf8')
  } catch {
    return undefined
  }
  try {
    const { item_id, attempt_number, stage } = IntegrityStageSchema.parse(JSON.parse(text))
    return { item_id, attempt_number, stage }
  } catch (error) {
    return { problem: describeError(error).split('\n')[0] ?? 'unreadable' }
  }
}
