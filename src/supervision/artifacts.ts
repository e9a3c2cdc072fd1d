import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, readlink, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { z } from 'zod'
import type { RunLayout } from '../core/run/layout.js'
import { BridgeRegistrationSchema } from '../core/schemas/supervision.js'
import type { ArtifactFiles } from './ports.js'

/**
 * Files of the supervision plane, under `runs/<RUN_ID>/supervision/`. Every JSON artifact is
 * validated when written and when read; a file that fails either is reported, never believed.
 */

export interface SupervisionLayout {
  readonly root: string
  readonly registrationPath: string
  readonly activeStagePath: string
  readonly probeRequestPath: string
  readonly probeAckPath: string
  readonly heartbeatsDir: string
  readonly interventionsDir: string
  readonly invocationsDir: string
  /** The control lock: an atomic directory, and who holds it beside it. */
  readonly controlLockPath: string
  readonly controlOwnerPath: string
}

export function supervisionLayout(run: RunLayout): SupervisionLayout {
  const root = join(run.controlDir, 'supervision')
  return {
    root,
    registrationPath: join(root, 'bridge_registration.json'),
    activeStagePath: join(root, 'active_stage.json'),
    probeRequestPath: join(root, 'probe_request.json'),
    probeAckPath: join(root, 'probe_ack.json'),
    heartbeatsDir: join(root, 'heartbeats'),
    interventionsDir: join(root, 'interventions'),
    invocationsDir: join(root, 'invocations'),
    controlLockPath: join(root, 'control.lock'),
    controlOwnerPath: join(root, 'control_owner.json')
  }
}

export async function ensureSupervisionDirs(layout: SupervisionLayout): Promise<void> {
  for (const dir of [layout.heartbeatsDir, layout.interventionsDir, layout.invocationsDir])
    await mkdir(dir, { recursive: true })
}

export type Loaded<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly sha256: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly problem: string }

export async function readArtifact<S extends z.ZodType>(
  schema: S,
  path: string
): Promise<Loaded<z.infer<S>>> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    return { kind: 'invalid', problem: `${path}: ${(error as Error).message}` }
  }
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    return { kind: 'invalid', problem: `${path}: not JSON` }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return {
      kind: 'invalid',
      problem: `${path}: ${first === undefined ? 'invalid' : `${first.path.join('.') || '(root)'}: ${first.message}`}`
    }
  }
  return { kind: 'ok', value: parsed.data, sha256: sha256Hex(bytes) }
}

export function loadedValue<T>(loaded: Loaded<T>): T | undefined {
  return loaded.kind === 'ok' ? loaded.value : undefined
}

/** Validates, then writes atomically (pretty JSON, trailing newline) through `files`. */
export async function writeArtifact<S extends z.ZodType>(
  files: ArtifactFiles,
  schema: S,
  path: string,
  value: z.infer<S>
): Promise<void> {
  await files.writeJson(path, schema.parse(value))
}

export async function removeFiles(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { force: true })))
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function fileSha256(path: string): Promise<string | null> {
  try {
    return sha256Hex(await readFile(path))
  } catch {
    return null
  }
}

/** `2026-04-05T11:00:00Z` → `20260405T110000Z`, for file names. */
export function compactTimestamp(iso: string): string {
  return iso.replace(/[-:]/g, '')
}

/** Ledger files (`NNNNNN_…json`, six digits or more) in sequence order. */
export async function ledgerFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names
    .filter((name) => /^\d{6,}_.*\.json$/.test(name))
    .sort((a, b) => sequenceOf(a) - sequenceOf(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(dir, name))
}

function sequenceOf(name: string): number {
  return Number(name.slice(0, name.indexOf('_')))
}

/** One past the highest sequence on disk, so ledgers continue across supervisor sessions. */
export async function nextLedgerSequence(dir: string): Promise<number> {
  const last = (await ledgerFiles(dir)).at(-1)
  return last === undefined ? 1 : sequenceOf(basename(last)) + 1
}

export function ledgerName(sequence: number, ...parts: string[]): string {
  return `${[String(sequence).padStart(6, '0'), ...parts].join('_')}.json`
}

/**
 * The digest of an evidence package: every regular file by relative path (compared component
 * by component), each contributing `path NUL sha256 NUL`. A single file digests to its hash.
 * Anything else in the package (a link, a pipe), which the kernel refuses, contributes
 * `path NUL symlink:<target>` or `path NUL other` instead, so removing it makes a new package.
 */
export async function directoryDigest(path: string): Promise<string | null> {
  const entries = await packageEntries(path, '').catch(() => null)
  if (entries === null) {
    return fileSha256(path)
  }
  entries.sort((a, b) => compareComponents(a.relative, b.relative))
  const hash = createHash('sha256')
  for (const entry of entries) {
    const content =
      entry.kind === 'file' ? await fileSha256(join(path, entry.relative)) : entry.kind
    hash
      .update(entry.relative)
      .update('\0')
      .update(content ?? '')
      .update('\0')
  }
  return hash.digest('hex')
}

async function packageEntries(
  root: string,
  prefix: string
): Promise<Array<{ relative: string; kind: string }>> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true })
  const found: Array<{ relative: string; kind: string }> = []
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) found.push(...(await packageEntries(root, relative)))
    else if (entry.isFile()) found.push({ relative, kind: 'file' })
    else if (entry.isSymbolicLink())
      found.push({
        relative,
        kind: `symlink:${await readlink(join(root, relative)).catch(() => '')}`
      })
    else found.push({ relative, kind: 'other' })
  }
  return found
}

function compareComponents(a: string, b: string): number {
  const left = a.split('/')
  const right = b.split('/')
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const l = left[index] as string
    const r = right[index] as string
    if (l !== r) return l < r ? -1 : 1
  }
  return left.length - right.length
}

/** Whether the bridge registration names this kernel invocation (it has started working). */
export async function isRegistered(
  layout: SupervisionLayout,
  invocationId: string
): Promise<boolean> {
  const registration = loadedValue(
    await readArtifact(BridgeRegistrationSchema, layout.registrationPath)
  )
  return registration?.kernel_invocation_id === invocationId
}
