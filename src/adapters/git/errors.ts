export type GitErrorCode =
  | 'not_a_repository'
  | 'command_failed'
  | 'unknown_ref'
  | 'invalid_branch_name'
  | 'worktree_path_exists'
  | 'not_fast_forward'
  | 'ref_moved'

/**
 * A git operation the orchestrator could not carry out. The message is one line meant for
 * the operator; `exitCode` makes the CLI print it without a stack trace.
 */
export class GitAdapterError extends Error {
  override readonly name = 'GitAdapterError'
  readonly exitCode = 1

  constructor(
    readonly code: GitErrorCode,
    message: string
  ) {
    super(oneLine(message))
  }
}

/** git's stderr can span lines ("hint: ...", "error: ..." then "fatal: ..."); keep the telling one. */
export function oneLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('hint:'))
  return lines.find((line) => line.startsWith('fatal:')) ?? lines[0] ?? ''
}
