/**
 * Keeping a rendered page inside a size limit: GitHub drops a step summary over 1 MiB
 * altogether and refuses a pull request body over 65,536 characters. A page is rendered at
 * decreasing detail until it fits (what goes first is what the artifact repeats in full); when
 * even the least detail is too big, it is cut on a character boundary and says where the rest is.
 */

/** Over this GitHub refuses the step's summary altogether. */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024
export const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024
/** GitHub's limit on a pull request body, in characters. */
export const GITHUB_PR_BODY_LIMIT_CHARS = 65_536

/** The UTF-8 length of a string, as TextEncoder would write it (lone surrogates as U+FFFD). */
export function utf8Length(value: string): number {
  let bytes = 0
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (isPairAt(value, index)) {
      bytes += 4
      index += 1
    } else bytes += 3
  }
  return bytes
}

export function truncateUtf8(value: string, maxBytes: number): string {
  let bytes = 0
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    const pair = isPairAt(value, index)
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
    if (bytes + size > maxBytes) return value.slice(0, index)
    bytes += size
    if (pair) index += 1
  }
  return value
}

function isPairAt(value: string, index: number): boolean {
  const high = value.charCodeAt(index)
  const low = value.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

export interface FitRequest<D> {
  /** From the most to the least detail. */
  readonly levels: readonly D[]
  readonly render: (detail: D) => string
  /** How a page is measured against `max`. */
  readonly measure: (page: string) => number
  readonly max: number
  /** Ends a page that had to be cut: where the full content is. */
  readonly trailer: string
}

export function fitToLimit<D>(request: FitRequest<D>): string {
  const max = Math.floor(request.max)
  if (!(max > 0)) return ''
  let least = ''
  for (const detail of request.levels) {
    least = request.render(detail)
    if (request.measure(least) <= max) return least
  }
  const room = max - request.measure(request.trailer)
  const cut = (page: string, limit: number): string =>
    request.measure === utf8Length ? truncateUtf8(page, limit) : clipChars(page, limit)
  return room > 0 ? cut(least, room) + request.trailer : cut(least, max)
}

function clipChars(value: string, max: number): string {
  let cut = value.slice(0, Math.max(0, max))
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return cut
}

export const characters = (page: string): number => page.length
