/**
 * Errors that reach the user as a message and an exit code, never as a stack trace.
 * Anything else that escapes is an internal error.
 */
export class UserInputError extends Error {
  override readonly name = 'UserInputError'
  readonly exitCode = 1
}

/** Bad command-line usage: exit code 2, like other Unix tools. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  readonly exitCode = 2
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
