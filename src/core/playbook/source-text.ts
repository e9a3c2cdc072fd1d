import type { PlaybookIssue } from './issues.js'

/**
 * Turns the playbook's bytes into the text the markdown parser sees: strict UTF-8, one
 * leading byte-order mark dropped (GitHub ignores it too), and every CRLF or lone CR
 * turned into LF so that offsets and lines agree with what an editor shows.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; issue: PlaybookIssue }

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function decodePlaybook(bytes: Uint8Array): DecodeResult {
  // The strict decoder rejects exactly the malformed sequences findInvalidUtf8 finds, and
  // natively: the byte-by-byte scan runs only to say where a bad file goes wrong.
  const decoded = strictDecode(bytes)
  if (decoded === undefined) {
    const invalidAt = findInvalidUtf8(bytes)
    if (invalidAt === undefined) throw new Error('the UTF-8 decoder and validator disagree')
    const { line, column } = positionOfByte(bytes, invalidAt.offset)
    const byte = (bytes[invalidAt.offset] ?? 0).toString(16).padStart(2, '0')
    return {
      ok: false,
      issue: {
        line,
        column,
        message: `not valid UTF-8: byte 0x${byte} at byte offset ${invalidAt.offset} (${invalidAt.reason}); save the file as UTF-8`
      }
    }
  }
  const withoutBom = decoded.startsWith('\ufeff') ? decoded.slice(1) : decoded
  return { ok: true, text: withoutBom.replace(/\r\n?/g, '\n') }
}

function strictDecode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes)
  } catch {
    return undefined
  }
}

interface InvalidUtf8 {
  offset: number
  reason: string
}

/** The first offending byte of a malformed UTF-8 sequence, per the Unicode standard's rules. */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    if (lead < 0x80) {
      index += 1
      continue
    }
    const shape = sequenceShape(lead)
    if (shape === undefined) return { offset: index, reason: 'invalid start byte' }
    for (let k = 1; k < shape.length; k += 1) {
      const next = bytes[index + k]
      if (next === undefined) return { offset: index, reason: 'unexpected end of data' }
      const [low, high] = k === 1 ? shape.secondRange : [0x80, 0xbf]
      if (next < low || next > high) return { offset: index, reason: 'invalid continuation byte' }
    }
    index += shape.length
  }
  return undefined
}

function sequenceShape(
  lead: number
): { length: number; secondRange: [number, number] } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, secondRange: [0x80, 0xbf] }
  if (lead === 0xe0) return { length: 3, secondRange: [0xa0, 0xbf] }
  if (lead === 0xed) return { length: 3, secondRange: [0x80, 0x9f] }
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, secondRange: [0x80, 0xbf] }
  if (lead === 0xf0) return { length: 4, secondRange: [0x90, 0xbf] }
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, secondRange: [0x80, 0xbf] }
  if (lead === 0xf4) return { length: 4, secondRange: [0x80, 0x8f] }
  return undefined
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index += 1) {
    const byte = bytes[index]
    const isLf = byte === 0x0a
    const isLoneCr = byte === 0x0d && bytes[index + 1] !== 0x0a
    if (isLf || isLoneCr) {
      line += 1
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
