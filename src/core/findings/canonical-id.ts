import { createHash } from 'node:crypto'
import type { MergedFinding } from '../schemas/reports.js'
import { strip } from '../playbook/text.js'

/**
 * The canonical finding id of the reference implementation, byte for byte: existing runs
 * and tools key findings by it, so it must not drift. The id is sha256 over Python's
 * `json.dumps(obj, sort_keys=True)` of the identifying fields.
 */

export interface FindingIdentity {
  readonly title: string
  readonly category: string
  readonly file_paths: readonly string[]
  readonly evidence: readonly string[]
}

export function canonicalFindingId(identity: FindingIdentity): string {
  const serialized = canonicalSerialization(identity)
  const digest = createHash('sha256').update(serialized, 'utf8').digest('hex')
  return `finding_${digest.slice(0, 16)}`
}

/** The exact text that is hashed; exported so tests can pin it. */
export function canonicalSerialization(identity: FindingIdentity): string {
  // Keys already in sorted order: category, evidence, file_paths, title.
  const evidence = sortedUnique(identity.evidence).map(pythonJsonString).join(', ')
  const filePaths = sortedUnique(identity.file_paths).map(pythonJsonString).join(', ')
  return (
    `{"category": ${pythonJsonString(strip(identity.category))}, ` +
    `"evidence": [${evidence}], ` +
    `"file_paths": [${filePaths}], ` +
    `"title": ${pythonJsonString(strip(identity.title))}}`
  )
}

/** A finding with its canonical id computed from its own fields, in schema key order. */
export function withCanonicalId(draft: Omit<MergedFinding, 'canonical_id'>): MergedFinding {
  return { canonical_id: canonicalFindingId(draft), ...draft }
}

/** Python's string order: by code point, where JavaScript's default compares UTF-16 units. */
export function compareCodePoints(left: string, right: string): number {
  const a = [...left]
  const b = [...right]
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index += 1) {
    const difference = (a[index]?.codePointAt(0) ?? 0) - (b[index]?.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
  return a.length - b.length
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareCodePoints)
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f'
}

/**
 * A string as Python's `json.dumps` writes it with `ensure_ascii=True`: everything outside
 * printable ASCII becomes `\uXXXX` (lower-case hex, UTF-16 units, so astral characters are
 * surrogate pairs), `/` stays as it is.
 */
export function pythonJsonString(text: string): string {
  let out = '"'
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index)
    const code = text.charCodeAt(index)
    const short = SHORT_ESCAPES[char]
    if (short !== undefined) out += short
    else if (code >= 0x20 && code <= 0x7e) out += char
    else out += `\\u${code.toString(16).padStart(4, '0')}`
  }
  return `${out}"`
}
