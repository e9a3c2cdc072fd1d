/**
 * Scope classification of the paths an attempt changed: which ones fall under the
 * orchestrator's forbidden runtime roots, which ones lie outside the item's allowed write
 * roots, and which symlinks point somewhere the item may not write.
 *
 * Pure: the git adapter turns git's NUL-separated output into change records and this
 * module judges them. Nothing is skipped silently (the reference ignored cache roots such as
 * `node_modules`; here a file that git reports is a file the commit would carry). Callers
 * must split renames into a deletion of the old path and an addition of the new one so both
 * sides are checked.
 */
import { FORBIDDEN_ROOTS } from './playbook/cell-values.js'

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'type_changed'

export interface PathChange {
  /** Repo-relative POSIX path exactly as git reports it (no quoting, no trailing slash). */
  readonly path: string
  readonly kind: ChangeKind
  readonly isSymlink?: boolean
  /** The link text as stored (not resolved), for symlinks that exist after the change. */
  readonly symlinkTarget?: string
}

export interface ScopeReport {
  /** Paths under a forbidden runtime root or inside any `.git` directory. */
  readonly forbidden: string[]
  /** Paths outside every allowed write root (and not already listed as forbidden). */
  readonly outOfScope: string[]
  /** In-scope symlinks whose target leaves the allowed roots or the repository. */
  readonly unsafeSymlinks: string[]
  /** One line for logs, events and escalation reasons. */
  readonly summary: string
}

export const FORBIDDEN_RUNTIME_ROOTS: readonly string[] = FORBIDDEN_ROOTS

/** Roots as the playbook writes them may carry `./`, doubled or trailing slashes. */
export function normalizeRoot(root: string): string {
  return root
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

/**
 * True when `path` equals `root` or lies below it at a path-component boundary:
 * `docs` contains `docs/a.md`, not `docsx/a.md`. An empty (or `.`) root is the whole repo.
 */
export function isUnderRoot(path: string, root: string, ignoreCase = false): boolean {
  const normalizedRoot = normalizeRoot(root)
  if (normalizedRoot === '') return true
  const candidate = ignoreCase ? path.toLowerCase() : path
  const base = ignoreCase ? normalizedRoot.toLowerCase() : normalizedRoot
  return candidate === base || candidate.startsWith(`${base}/`)
}

/**
 * Forbidden roots match case-insensitively so `SECRETS/key` or `.Claude/x` cannot slip
 * past on a case-insensitive checkout. A `.git` component anywhere is forbidden too: it is
 * either repository metadata or a nested repository, and neither belongs in a commit.
 */
export function isForbiddenPath(path: string): boolean {
  if (FORBIDDEN_RUNTIME_ROOTS.some((root) => isUnderRoot(path, root, true))) return true
  return path.split('/').some((segment) => segment.toLowerCase() === '.git')
}

function isAllowedPath(path: string, allowedRoots: readonly string[]): boolean {
  return allowedRoots.some((root) => isUnderRoot(path, root))
}

/**
 * Resolves a link target lexically against the link's directory. Returns undefined when
 * the target is absolute (machine-specific, outside the repo for any other checkout), empty,
 * climbs above the repository root, or passes through or lands on a changed symlink (the OS
 * would follow that link first, so lexical resolution could not tell where it really ends).
 */
export function resolveSymlinkTarget(
  linkPath: string,
  target: string,
  changedLinks: ReadonlySet<string> = new Set()
): string | undefined {
  if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target)) return undefined
  const resolved = linkPath.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (resolved.length === 0) return undefined
      resolved.pop()
      continue
    }
    resolved.push(segment)
    if (changedLinks.has(resolved.join('/'))) return undefined
  }
  return resolved.join('/')
}

function isUnsafeSymlink(
  change: PathChange,
  allowedRoots: readonly string[],
  changedLinks: ReadonlySet<string>
): boolean {
  if (change.kind === 'deleted' || change.isSymlink !== true) return false
  const resolved = resolveSymlinkTarget(change.path, change.symlinkTarget ?? '', changedLinks)
  if (resolved === undefined) return true
  return isForbiddenPath(resolved) || !isAllowedPath(resolved, allowedRoots)
}

/** Classifies every change; an empty `allowedRoots` puts every path out of scope. */
export function classifyChanges(
  changes: readonly PathChange[],
  allowedRoots: readonly string[]
): ScopeReport {
  const forbidden = new Set<string>()
  const outOfScope = new Set<string>()
  const unsafeSymlinks = new Set<string>()
  const changedLinks = new Set(
    changes.filter((change) => change.isSymlink && change.kind !== 'deleted').map((c) => c.path)
  )
  for (const change of changes) {
    if (isForbiddenPath(change.path)) forbidden.add(change.path)
    else if (!isAllowedPath(change.path, allowedRoots)) outOfScope.add(change.path)
    else if (isUnsafeSymlink(change, allowedRoots, changedLinks)) unsafeSymlinks.add(change.path)
  }
  const report = {
    forbidden: [...forbidden],
    outOfScope: [...outOfScope],
    unsafeSymlinks: [...unsafeSymlinks]
  }
  return { ...report, summary: summarizeScope(report, changes) }
}

export function hasScopeViolations(report: Omit<ScopeReport, 'summary'>): boolean {
  return (
    report.forbidden.length > 0 || report.outOfScope.length > 0 || report.unsafeSymlinks.length > 0
  )
}

/** Quotes a path only when it would break a one-line message (control characters, quotes). */
export function displayPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f"\\]|^\s|\s$/.test(path) ? JSON.stringify(path) : path
}

function summarizeScope(
  report: Omit<ScopeReport, 'summary'>,
  changes: readonly PathChange[]
): string {
  const paths = new Set(changes.map((change) => change.path))
  if (!hasScopeViolations(report)) {
    if (paths.size === 0) return 'no changed paths'
    const noun = paths.size === 1 ? 'changed path is' : 'changed paths are'
    return `all ${paths.size} ${noun} within the allowed write roots`
  }
  const targets = new Map(changes.map((change) => [change.path, change.symlinkTarget ?? '']))
  const parts: string[] = []
  if (report.forbidden.length > 0)
    parts.push(`forbidden paths: ${report.forbidden.map(displayPath).join(', ')}`)
  if (report.outOfScope.length > 0)
    parts.push(`out-of-scope paths: ${report.outOfScope.map(displayPath).join(', ')}`)
  if (report.unsafeSymlinks.length > 0) {
    const links = report.unsafeSymlinks.map(
      (link) => `${displayPath(link)} -> ${displayPath(targets.get(link) ?? '')}`
    )
    parts.push(`symlinks leaving the allowed roots: ${links.join(', ')}`)
  }
  return `scope violation: ${parts.join('; ')}`
}
