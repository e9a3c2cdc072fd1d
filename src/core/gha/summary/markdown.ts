import { oneLine } from '../../text/one-line.js'

/**
 * The markdown every summary, the gate review and the pull request body are written in.
 * GitHub renders them as markdown with HTML and the toolkit's summary helpers escape nothing,
 * so every string that came from a playbook, an agent or a report goes through these helpers
 * before it reaches the page: it renders as exactly its characters, on one line.
 */

export const MAX_CELL = 200
export const MAX_PROSE = 500
export const MAX_LIST_ENTRIES = 20

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

// Everything markdown could read as syntax, including a table's `|` and GitHub's `$` math.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~$=^]/g

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char)
}

/** Text shown inline, on one line, rendered as exactly these characters. */
export function escapeMarkdownText(value: string): string {
  // Backslashes first, so the `&`, `#` and `;` of the entities added after stay intact.
  return escapeHtml(oneLine(value).replace(MARKDOWN_SYNTAX, (char) => `\\${char}`))
}

/** A GFM table cell: inline text whose `|` cannot split the row. */
export function escapeTableCell(value: string): string {
  // escapeMarkdownText already writes `|` as `\|`, which GFM honours even inside a cell.
  return escapeMarkdownText(value)
}

export function clip(value: string, max: number): string {
  if (value.length <= max) return value
  let cut = value.slice(0, max - 1)
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}

/** Escaped prose, clipped. */
export const text = (value: string, max = MAX_PROSE): string => escapeMarkdownText(clip(value, max))
/** An escaped table cell, clipped. */
export const cell = (value: string, max = MAX_CELL): string => escapeTableCell(clip(value, max))

/** A commit id is shown as code only when it is one; anything else is plain escaped text. */
export function commitText(value: string): string {
  return /^[0-9a-f]{7,64}$/.test(value) ? `\`${value}\`` : text(value, 100)
}

/**
 * Text a reader copies into a shell, as a fenced code block. Code blocks render their
 * content literally; the fence is longer than any run of backticks inside, and every line is
 * made one line first, so nothing can close it early.
 */
export function codeBlock(lines: readonly string[], language = 'sh'): string {
  const body = lines.map((line) => oneLine(line))
  const longest = Math.max(2, ...body.map((line) => longestRun(line, '`')))
  const fence = '`'.repeat(longest + 1)
  return [`${fence}${language}`, ...body, fence].join('\n')
}

function longestRun(value: string, char: string): number {
  let best = 0
  let current = 0
  for (const c of value) {
    current = c === char ? current + 1 : 0
    best = Math.max(best, current)
  }
  return best
}

export function link(label: string, url: string): string {
  const href = safeHref(url)
  if (href === undefined) return `${escapeMarkdownText(label)} (${text(url, 300)})`
  return `[${escapeMarkdownText(label)}](${href})`
}

// Only web links, and with every character that could end the destination percent-encoded.
export function safeHref(url: string): string | undefined {
  if (!/^https?:\/\/[^\s/]/i.test(url) || url.length > 2000) return undefined
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/gu, (char) => {
    try {
      // encodeURIComponent leaves the parentheses and quote that could end a markdown link.
      return encodeURIComponent(char).replace(
        /[()']/g,
        (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`
      )
    } catch {
      return '%EF%BF%BD'
    }
  })
}

/** Mermaid reads `#<code>;` as a character reference; nothing else in a label is left to parse. */
export function mermaidLabel(value: string, max = 80): string {
  return oneLine(clip(value, max)).replace(
    /[^A-Za-z0-9 _.-]/gu,
    (char) => `#${char.codePointAt(0) ?? 65533};`
  )
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ].join('\n')
}

export function bulletList(entries: readonly string[], max = MAX_LIST_ENTRIES): string {
  if (entries.length === 0) return '- (none recorded)'
  const shown = entries.slice(0, max).map((entry) => `- ${text(entry)}`)
  const more = entries.length - max
  return more > 0 ? [...shown, `- … and ${more} more`].join('\n') : shown.join('\n')
}

/** A span for people: `850ms`, `42s`, `3m 05s`, `2h 10m`, `1d 4h`. */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '?'
  if (milliseconds < 1000) return `${Math.round(milliseconds)}ms`
  const seconds = Math.floor(milliseconds / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`
  return `${Math.floor(hours / 24)}d ${hours % 24}h`
}
