import { oneLine } from '../text/one-line.js'

/**
 * Text the actions relay into the job log from the kernel, the supervisor and the agents is
 * data, never workflow commands. The runner reads a command from any line of a step's output
 * (stdout and stderr alike): `::name …::` at the start of a line after white space (U+2028,
 * U+2029 and NEL count as white space there) and the legacy `##[name …]` anywhere in a line;
 * lines end at LF, CR and CRLF. `::stop-commands::TOKEN` makes it ignore every command until a
 * line naming TOKEN (`::TOKEN::` or `##[TOKEN]`, any case), so relayed lines go between the two,
 * with a token drawn fresh for each job and never shown to an agent.
 *
 * Each relayed line is also made one line (a CR inside it would otherwise start a new line for
 * the runner) and loses every occurrence of the token, the only text that could end the fence.
 */

/** At least 128 random bits as lowercase hex: no registered command is named like that. */
const TOKEN_PATTERN = /^[0-9a-f]{32,}$/

export interface LogFence {
  /** The line that stops command processing. */
  readonly open: string
  /** The line that resumes it. */
  readonly close: string
  /** A relayed text as a line that stays data inside the fence. */
  line(text: string): string
}

export function logFence(token: string): LogFence {
  if (!TOKEN_PATTERN.test(token))
    throw new Error('a log fence token must be at least 32 random lowercase hex digits')
  const occurrences = new RegExp(token, 'gi')
  return {
    open: `::stop-commands::${token}`,
    close: `::${token}::`,
    // The replacement holds characters that are not hex digits, so it cannot join its
    // neighbours into a new occurrence of the token.
    line: (text) => oneLine(text).replace(occurrences, '[log fence token]')
  }
}
