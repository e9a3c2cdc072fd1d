/** UTC time to the second, `2026-11-25T12:00:00Z`: the one timestamp format of every artifact. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
