/** The CLI's version (`--version`), kept apart so the entry can answer it alone. */
export const VERSION = '0.1.0'
