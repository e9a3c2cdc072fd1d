import { CONTROL_ROOT, REPORT_ROOT, runBranchName } from '../run/layout.js'
import type { CheckoutStamp } from './checkout-stamp.js'

/**
 * What lies outside an attempt and must not change while its agent or its verification
 * runs: the operator's checkout (files git reports, git metadata, refs) and the run store.
 * The adapter reads it from disk as plain data; this module compares two readings, says
 * what changed in words, and which changes are the orchestrator's to put back.
 */

/** A watched git metadata file: its content hash (a symlink hashes its target text). */
export interface WatchedFile {
  readonly sha256: string
  /** `section.key=value` lines of a git config file, to name planted keys. */
  readonly configLines?: readonly string[]
  /** The run whose attempt worktree this administrative file serves, if any. */
  readonly run?: string
}

export interface OutsideState {
  /** Full ref name → object id, or `ref: <target>` for a symbolic ref. */
  readonly refs: Readonly<Record<string, string>>
  /** Git metadata files by repo-relative path (`.git/config`, `.git/hooks/pre-commit`). */
  readonly gitFiles: Readonly<Record<string, WatchedFile>>
  /** Checkout paths `git status` lists → the status record and the file's stat signature. */
  readonly checkout: Readonly<Record<string, string>>
  /** Run store paths (repo-relative) → stat signature (`d` for a directory). */
  readonly store: Readonly<Record<string, string>>
  /** Runs that another live process was changing when this was read; not compared. */
  readonly liveRuns: readonly string[]
  /** sha256 of this run's run_state.json, or null when it is missing. */
  readonly runStateDigest: string | null
}

/** A reading, with the content of the watched git files so that they can be put back. */
export interface OutsideSnapshot {
  readonly state: OutsideState
  /** Repo-relative path → content of a watched git file (absent: too big to keep). */
  readonly contents: ReadonlyMap<string, FileContent>
  /**
   * How the watched git files looked on disk (repo-relative path → stat signature) and
   * when this reading began (ms since the epoch): a later reading takes a file whose
   * signature is unchanged from here instead of reading it again. Kept in memory only.
   */
  readonly fileStats?: {
    readonly signatures: ReadonlyMap<string, string>
    readonly readAtMs: number
  }
  /** How the checkout looked when `state.checkout` was read, when a stamp could vouch for it. */
  readonly checkoutStamp?: CheckoutStamp
}

export type FileContent =
  | { readonly kind: 'file'; readonly data: Uint8Array; readonly mode: number }
  | { readonly kind: 'symlink'; readonly target: string }

/** What the stage under check may change, besides its own worktree. */
export interface StageScope {
  readonly runId: string
  /** The attempt's own branch, e.g. `orchestrator/item/<RUN>/01/attempt-1`. */
  readonly ownBranch: string
  /** Repo-relative paths the orchestrator writes during the stage; `/` at the end: a directory. */
  readonly ownWrites: readonly string[]
  /** Where refs of this run must point whatever the stage did (full ref name → sha). */
  readonly expectedRefs: Readonly<Record<string, string>>
}

export type OutsideArea = 'ref' | 'git_file' | 'checkout' | 'run_store' | 'run_state'

export interface OutsideChange {
  readonly area: OutsideArea
  /** Full ref name or repo-relative path. */
  readonly path: string
  /** The value it must have (ref sha, file sha256, status record or signature); null: absent. */
  readonly before: string | null
  readonly after: string | null
  /** Whether the orchestrator owns this and puts it back (refs of this run, git metadata). */
  readonly ours: boolean
  /** Planted or removed config lines, for a git config file. */
  readonly configDelta?: { readonly added: readonly string[]; readonly removed: readonly string[] }
}

/** How the escalation summary of an integrity incident begins (supervision parks such items). */
export const INTEGRITY_ESCALATION = 'something changed outside the attempt'

/** How a checkout entry that git status does not look at (assume-unchanged, skip-worktree) begins. */
export const HIDDEN_FROM_STATUS = 'hidden from git status'

/** Git metadata files the kernel restores; the checkout's HEAD and other worktrees are reported only. */
export function isRestorableGitFile(path: string): boolean {
  const inGitDir = path.replace(/^.*?\.git\//, '')
  return !/^(HEAD|worktrees\/)/.test(inGitDir)
}

/** Refs that belong to run `runId` (its run branch, item branches and refresh branches). */
export function isRunRef(ref: string, runId: string): boolean {
  return (
    ref === `refs/heads/${runBranchName(runId)}` ||
    ref.startsWith(`refs/heads/orchestrator/item/${runId}/`) ||
    ref.startsWith(`refs/heads/orchestrator/run-refresh/${runId}/`)
  )
}

/** The run a ref or run-store path belongs to, if any. */
function runOfRef(ref: string): string | undefined {
  return /^refs\/heads\/orchestrator\/(?:run|item|run-refresh)\/(RUN_[^/]+)/.exec(ref)?.[1]
}

function runOfStorePath(path: string): string | undefined {
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
    if (!path.startsWith(`${root}/`)) continue
    const end = path.indexOf('/', root.length + 1)
    return path.slice(root.length + 1, end === -1 ? undefined : end)
  }
  return undefined
}

/** The record of the stage in progress, in the run's control directory (see integrity-guard.ts). */
export const STAGE_RECORD = 'integrity_stage.json'

/** Paths of this run the orchestrator itself keeps changing: the lock and supervision files. */
function isLiveBookkeeping(path: string, runId: string): boolean {
  const control = `${CONTROL_ROOT}/${runId}/`
  if (!path.startsWith(control)) return false
  const inRun = path.slice(control.length)
  return (
    inRun === 'run_state.json' ||
    inRun === STAGE_RECORD ||
    inRun === 'run.lock' ||
    inRun.startsWith('run.lock/') ||
    inRun.startsWith('run.lock.') ||
    inRun === 'supervision' ||
    inRun.startsWith('supervision/')
  )
}

/** An own write, inside an own directory, or a directory made to hold one. */
function isOwnWrite(path: string, scope: StageScope): boolean {
  return scope.ownWrites.some(
    (own) =>
      path === own || own.startsWith(`${path}/`) || (own.endsWith('/') && path.startsWith(own))
  )
}

/** Runs the comparison leaves alone: live at the first reading, or new and live at the second. */
function skippedRuns(before: OutsideState, after: OutsideState): Set<string> {
  const skipped = new Set(before.liveRuns)
  if (after.liveRuns.length === 0) return skipped
  const known = new Set<string | undefined>()
  for (const path in before.store) known.add(runOfStorePath(path))
  for (const run of after.liveRuns) if (!known.has(run)) skipped.add(run)
  return skipped
}

/**
 * Keys whose values differ, sorted. Walks both maps without building a union: the run
 * store's map holds thousands of paths and is compared after every stage.
 */
function diffKeys<T>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
  same: (a: T, b: T) => boolean = (a, b) => a === b
): string[] {
  const differs = (key: string): boolean => {
    const a = before[key]
    const b = after[key]
    return a === undefined || b === undefined ? a !== b : !same(a, b)
  }
  const keys: string[] = []
  for (const key of Object.keys(before)) if (differs(key)) keys.push(key)
  for (const key of Object.keys(after))
    if (!Object.hasOwn(before, key) && differs(key)) keys.push(key)
  return keys.sort()
}

function configDelta(
  before: WatchedFile | undefined,
  after: WatchedFile | undefined
): OutsideChange['configDelta'] {
  if (before?.configLines === undefined && after?.configLines === undefined) return undefined
  const was = new Set(before?.configLines ?? [])
  const now = new Set(after?.configLines ?? [])
  return {
    added: [...now].filter((line) => !was.has(line)),
    removed: [...was].filter((line) => !now.has(line))
  }
}

/**
 * Everything outside the attempt that differs between two readings, except what the stage
 * may change: its own branch, the files the orchestrator writes during it, this run's lock
 * and supervision files, and runs another live process is changing. Refs of this run are
 * also held to `scope.expectedRefs`, so a move that happened between two stages is caught too.
 */
export function compareOutside(
  before: OutsideState,
  after: OutsideState,
  scope: StageScope
): OutsideChange[] {
  const skipped = skippedRuns(before, after)
  const changes: OutsideChange[] = []
  const ownRef = `refs/heads/${scope.ownBranch}`
  const refNames = new Set([
    ...diffKeys(before.refs, after.refs),
    ...Object.keys(scope.expectedRefs).filter((ref) => after.refs[ref] !== scope.expectedRefs[ref])
  ])
  for (const ref of [...refNames].sort()) {
    if (ref === ownRef) continue
    const run = runOfRef(ref)
    if (run !== undefined && run !== scope.runId && skipped.has(run)) continue
    changes.push({
      area: 'ref',
      path: ref,
      before: scope.expectedRefs[ref] ?? before.refs[ref] ?? null,
      after: after.refs[ref] ?? null,
      ours: isRunRef(ref, scope.runId)
    })
  }
  for (const path of diffKeys(before.gitFiles, after.gitFiles, (a, b) => a.sha256 === b.sha256)) {
    const run = before.gitFiles[path]?.run ?? after.gitFiles[path]?.run
    if (run !== undefined && run !== scope.runId && skipped.has(run)) continue
    const delta = configDelta(before.gitFiles[path], after.gitFiles[path])
    changes.push({
      area: 'git_file',
      path,
      before: before.gitFiles[path]?.sha256 ?? null,
      after: after.gitFiles[path]?.sha256 ?? null,
      ours: isRestorableGitFile(path),
      ...(delta === undefined ? {} : { configDelta: delta })
    })
  }
  for (const path of diffKeys(before.checkout, after.checkout)) {
    changes.push({
      area: 'checkout',
      path,
      before: before.checkout[path] ?? null,
      after: after.checkout[path] ?? null,
      ours: false
    })
  }
  for (const path of diffKeys(before.store, after.store)) {
    const run = runOfStorePath(path)
    if (run !== undefined && run !== scope.runId && skipped.has(run)) continue
    if (isLiveBookkeeping(path, scope.runId) || isOwnWrite(path, scope)) continue
    changes.push({
      area: 'run_store',
      path,
      before: before.store[path] ?? null,
      after: after.store[path] ?? null,
      ours: false
    })
  }
  return changes
}

function short(value: string | null): string {
  if (value === null) return 'nothing'
  return /^[0-9a-f]{40,64}$/.test(value) ? value.slice(0, 12) : value
}

/** One change in words, e.g. `run branch orchestrator/run/RUN_… moved from 1a2b… to 3c4d…`. */
export function describeChange(change: OutsideChange, runId: string): string {
  switch (change.area) {
    case 'ref': {
      const name =
        change.path === `refs/heads/${runBranchName(runId)}` ||
        change.path.startsWith(`refs/heads/orchestrator/run-refresh/${runId}/`)
          ? `run branch ${change.path.slice('refs/heads/'.length)}`
          : `ref ${change.path}`
      if (change.before === null) return `${name} was created at ${short(change.after)}`
      if (change.after === null) return `${name} was deleted (it was at ${short(change.before)})`
      return `${name} moved from ${short(change.before)} to ${short(change.after)}`
    }
    case 'git_file': {
      const what =
        change.before === null ? 'was planted' : change.after === null ? 'was deleted' : 'changed'
      const delta = change.configDelta
      const lines = [
        ...(delta?.added ?? []).map((line) => `+${line}`),
        ...(delta?.removed ?? []).map((line) => `-${line}`)
      ]
      return `${change.path} ${what}${lines.length === 0 ? '' : ` (${lines.join(', ')})`}`
    }
    case 'checkout':
      if (change.after?.startsWith(HIDDEN_FROM_STATUS) === true)
        return `${change.path} in the checkout was hidden from git status (assume-unchanged or skip-worktree)`
      if (change.before === null) return `${change.path} in the checkout changed`
      if (change.after === null)
        return `${change.path} in the checkout went back to its committed state`
      return `${change.path} in the checkout changed again`
    case 'run_store':
      if (change.before === null) return `${change.path} was written in the run store`
      if (change.after === null) return `${change.path} was deleted from the run store`
      return `${change.path} was changed in the run store`
    case 'run_state':
      return `${change.path} was rewritten by someone other than the orchestrator`
  }
}

/**
 * `git config` text → sorted `section.key=value` lines (subsections kept as written,
 * credentials redacted), enough to name a planted `core.fsmonitor` or `include.path`. Not a
 * full config parser: a line it cannot read is kept verbatim, so the change still shows.
 */
export function configLines(text: string): string[] {
  return [
    ...new Set(
      parseConfig(text)
        .map((line) => line.entry)
        .filter((entry): entry is string => entry !== undefined)
    )
  ].sort()
}

/** Each raw line of a config text with the entry it holds (undefined: blank, comment, header). */
export function parseConfig(
  text: string
): Array<{ readonly raw: string; readonly entry?: string; readonly header?: boolean }> {
  const lines: Array<{ raw: string; entry?: string; header?: boolean }> = []
  let section = ''
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) {
      lines.push({ raw })
      continue
    }
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\](.*)$/.exec(line)
    if (header !== null) {
      section =
        header[2] === undefined
          ? (header[1] ?? '').toLowerCase()
          : `${(header[1] ?? '').toLowerCase()}.${header[2]}`
      const rest = (header[3] ?? '').trim()
      lines.push(
        rest === ''
          ? { raw, header: true }
          : { raw, header: true, entry: configEntry(section, rest) }
      )
      continue
    }
    lines.push({ raw, entry: configEntry(section, line) })
  }
  return lines
}

/**
 * A config text without the entries `before` did not have, and without the section headers
 * left empty by that: what undoes planted keys when no copy of the old file is at hand.
 */
export function withoutPlantedEntries(text: string, before: readonly string[]): string {
  const known = new Set(before)
  const parsed = parseConfig(text)
  const kept: string[] = []
  let headerAt: number | undefined
  let sectionKept = false
  let sectionDropped = false
  const closeSection = (): void => {
    if (headerAt !== undefined && sectionDropped && !sectionKept) kept.splice(headerAt, 1)
  }
  for (const line of parsed) {
    if (line.header === true) {
      closeSection()
      headerAt = kept.length
      const planted = line.entry !== undefined && !known.has(line.entry)
      sectionKept = line.entry !== undefined && !planted
      sectionDropped = planted
      // `[core] fsmonitor = x` on one line: keep the header, drop what follows it.
      kept.push(planted ? line.raw.slice(0, line.raw.indexOf(']') + 1) : line.raw)
      continue
    }
    if (line.entry !== undefined && !known.has(line.entry)) {
      sectionDropped = true
      continue
    }
    if (line.entry !== undefined) sectionKept = true
    kept.push(line.raw)
  }
  closeSection()
  return kept.join('\n')
}

/** One config line as `section.key=value`, secrets (credentials, auth headers) redacted. */
export function configEntry(section: string, line: string): string {
  const match = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line)
  if (match === null) return `${section}: ${redactUrls(line)}`
  const key = `${section}.${(match[1] ?? '').toLowerCase()}`
  const value = (match[2] ?? 'true').replace(/\s*[#;].*$/, '')
  return `${key}=${SENSITIVE_KEY.test(key) ? '<redacted>' : redactUrls(value)}`
}

/** Keys whose values are credentials: these lines reach incident records and summaries. */
const SENSITIVE_KEY = /extraheader|token|passw|secret|credential|authorization|cookie|auth\b/i

function redactUrls(text: string): string {
  return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@\s]+@/g, '$1<redacted>@')
}
