/**
 * Text rules of markdown_playbook_v1. The contract was defined by a Python tool, so
 * "whitespace" means Python's `str.isspace()` set, which differs from JavaScript's
 * `trim()` (JS strips U+FEFF and keeps U+001C–U+001F and U+0085).
 */

const PY_WS =
  '\\u0009-\\u000d\\u001c-\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'

const LEADING_WS = new RegExp(`^[${PY_WS}]+`, 'u')
const TRAILING_WS = new RegExp(`[${PY_WS}]+$`, 'u')

export const WS_CLASS = PY_WS

const WS_CHARS = new RegExp(`^[${PY_WS}]$`, 'u')

function isWs(char: string | undefined): boolean {
  return char !== undefined && (char === ' ' || WS_CHARS.test(char))
}

export function strip(text: string): string {
  // Most cells have nothing to strip; skip the regex work for them.
  if (!isWs(text[0]) && !isWs(text[text.length - 1])) return text
  return text.replace(LEADING_WS, '').replace(TRAILING_WS, '')
}

export function stripEnd(text: string): string {
  if (!isWs(text[text.length - 1])) return text
  return text.replace(TRAILING_WS, '')
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
  return [...new Set(values)]
}

/**
 * A cell read as a `;`-separated list: pieces trimmed, blanks and the word `none`
 * (any case) dropped. No escaping: a `;` inside backticks splits too.
 */
export function semicolonList(cell: string): string[] {
  return cell
    .split(';')
    .map(strip)
    .filter((piece) => piece !== '' && piece.toLowerCase() !== 'none')
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
