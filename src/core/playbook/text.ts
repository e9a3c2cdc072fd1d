/**
 * Text rules of markdown_playbook_v1. The contract was defined by a Python tool, so
 * "whitespace" means Python's `str.isspace()` set, which differs from JavaScript's
 * `trim()` (JS strips U+FEFF and keeps U+001C–U+001F and U+0085).
 */

const PY_WS =
  '\\u0009-\\u000d\\u001c-\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'

export const WS_CLASS = PY_WS

/** Python's `str.isspace()` for one UTF-16 code unit (the set has no astral members). */
export function isPythonSpace(code: number): boolean {
  if (code <= 0x20)
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)
  if (code < 0x85) return false
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/**
 * Whether `String.prototype.trim` removes this UTF-16 code unit: ECMAScript's WhiteSpace
 * and LineTerminator (Unicode Zs plus tab, VT, FF, LF, CR, U+FEFF, U+2028, U+2029).
 */
export function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

// Called for every cell of every row: index scanning, no regex, no copy when clean.
export function strip(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isPythonSpace(text.charCodeAt(start))) start += 1
  while (end > start && isPythonSpace(text.charCodeAt(end - 1))) end -= 1
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

export function stripEnd(text: string): string {
  let end = text.length
  while (end > 0 && isPythonSpace(text.charCodeAt(end - 1))) end -= 1
  return end === text.length ? text : text.slice(0, end)
}

export function isBlank(text: string): boolean {
  return strip(text) === ''
}

/** Python's `str.strip(chars)`: removes leading and trailing runs of any of `chars`. */
export function stripChars(text: string, chars: string): string {
  let start = 0
  let end = text.length
  while (start < end && chars.includes(text.charAt(start))) start += 1
  while (end > start && chars.includes(text.charAt(end - 1))) end -= 1
  return text.slice(start, end)
}

/** Keeps the first occurrence of each value, in order. */
export function dedupe(values: readonly string[]): string[] {
  // Most lists read from a row have zero to three entries: compare them directly rather
  // than build a set.
  if (values.length <= 8) {
    const kept: string[] = []
    for (const value of values) if (!kept.includes(value)) kept.push(value)
    return kept
  }
  return [...new Set(values)]
}

/**
 * A cell read as a `;`-separated list: pieces trimmed, blanks and the word `none`
 * (any case) dropped. No escaping: a `;` inside backticks splits too.
 */
export function semicolonList(cell: string): string[] {
  const pieces: string[] = []
  if (cell === '') return pieces
  let from = 0
  for (;;) {
    const end = cell.indexOf(';', from)
    const piece = strip(cell.slice(from, end === -1 ? cell.length : end))
    if (piece !== '' && !isNone(piece)) pieces.push(piece)
    if (end === -1) return pieces
    from = end + 1
  }
}

/** `piece.toLowerCase() === 'none'`, without the copy. */
export function isNone(piece: string): boolean {
  return piece.length === 4 && piece.toLowerCase() === 'none'
}

/** Lower-case, runs outside ASCII `[a-z0-9]` collapsed to `-`, no leading or trailing `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Number of Unicode code points, which is what table column widths are measured in. */
export function codePointLength(text: string): number {
  let length = 0
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index)
    // A high surrogate starts a pair that is one code point.
    if (unit < 0xd800 || unit > 0xdbff) length += 1
  }
  return length
}
