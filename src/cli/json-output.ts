/** JSON as the CLI prints and saves it: two-space indent, trailing newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
