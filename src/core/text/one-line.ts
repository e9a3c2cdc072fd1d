/**
 * Text that came from an agent, a report or another process, made safe to print or store as
 * one line. Every character that can end a line for some reader, move the cursor, start a
 * terminal escape sequence or reorder what a person sees is replaced, so a line read in a
 * terminal, a log file, the job log or a JSON-lines reader is the line that was written.
 *
 * The classes replaced:
 * - C0 controls U+0000–U+001F (TAB, LF, VT, FF, CR, ESC, …) and DEL U+007F;
 * - C1 controls U+0080–U+009F (NEL U+0085 ends a line for some readers; CSI U+009B starts a
 *   terminal escape sequence);
 * - the line and paragraph separators U+2028 and U+2029;
 * - bidirectional formatting controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 *   which make text display in another order than it is stored.
 */

const CONTROL_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]+/gu

/** `text` with each run of control characters replaced by one space (nothing else changes). */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ')
}
