import type { CliIo } from './io.js'

/**
 * Colour for people at a terminal, and only there: never when the stream is a pipe or a file,
 * never when `NO_COLOR` is set (https://no-color.org) or `TERM=dumb`. What is coloured carries the
 * same words without colour, so nothing depends on seeing it.
 */

export type Tone = 'good' | 'wait' | 'bad' | 'dim'

const CODES: Readonly<Record<Tone, string>> = {
  good: '32',
  wait: '33',
  bad: '31',
  dim: '2'
}

export type Paint = (tone: Tone, text: string) => string

export function painter(io: CliIo, stream: 'stdout' | 'stderr'): Paint {
  const tty = stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY
  // Set at all, even empty: a request for no colour is never second-guessed.
  const noColor = io.env['NO_COLOR'] !== undefined
  if (tty !== true || noColor || io.env['TERM'] === 'dumb') return (_tone, text) => text
  return (tone, text) => `\u001b[${CODES[tone]}m${text}\u001b[0m`
}

/** The tone of an item terminal or a run status level. */
export function toneOf(word: string): Tone | undefined {
  switch (word) {
    case 'passed':
    case 'ok':
      return 'good'
    case 'awaiting_human_gate':
    case 'blocked_external':
    case 'waiting':
    case 'interrupted':
      return 'wait'
    case 'escalated':
    case 'error':
      return 'bad'
    default:
      return undefined
  }
}

/** `text` in the tone of `word` (itself by default), padded to `width` before colouring. */
export function paintWord(paint: Paint, word: string, width = 0, text = word): string {
  const tone = toneOf(word)
  const padded = text.padEnd(width)
  if (tone === undefined) return padded
  return paint(tone, text) + padded.slice(text.length)
}
