/**
 * What the GitHub Actions runner reads as workflow commands in a step's output, modelled on
 * actions/runner (src/Runner.Worker/ActionCommandManager.cs, src/Runner.Common/ActionCommand.cs,
 * src/Runner.Sdk/ProcessInvoker.cs, src/Runner.Worker/Handlers/OutputManager.cs):
 *
 * - The output is cut into lines as .NET's `StreamReader.ReadLine` does: at `\n`, `\r` and
 *   `\r\n` (not at U+2028, U+2029 or NEL).
 * - Each line is tried as `::name props::data` after `TrimStart()` (which drops every .NET
 *   white-space character, U+2028/U+2029 and NEL included), and if that fails, as the legacy
 *   `##[name props]data` anywhere in the line. Names are compared ignoring case and must be
 *   registered commands.
 * - `::stop-commands::TOKEN` stops all command processing until a line whose command name is
 *   TOKEN (in either form, any case); the token is then added to the secret masker.
 * - The runner searches for `::` culture-sensitively (ICU), so characters ICU ignores may sit
 *   between the two colons that end the command name. The parser accepts those too: where it
 *   is not exact, it finds more commands than the runner, never fewer.
 *
 * stdout and stderr share one command processor in the runner, read by two threads: give
 * each stream to `parseRunnerOutput` separately; the fresh state is the worst case.
 */

export const REGISTERED_COMMANDS: readonly string[] = [
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo'
]

const STOP_COMMAND = 'stop-commands'

export interface RunnerCommand {
  /** As the runner matched it (a resume names the token). */
  readonly name: string
  readonly properties: Readonly<Record<string, string>>
  readonly data: string
  /** The line the runner read, after cutting the output into lines. */
  readonly line: string
  /** `resume` for the line that ends a stop-commands block; `stop` for the one that starts it. */
  readonly kind: 'command' | 'stop' | 'resume' | 'invalid-stop'
}

export interface RunnerView {
  readonly lines: readonly string[]
  /** Every line the runner acted on as a command, in order. */
  readonly commands: readonly RunnerCommand[]
  /** Lines shown as text (not acted on). */
  readonly text: readonly string[]
  /** Values the secret masker learnt (add-mask, its lines, stop tokens longer than 6), once each. */
  readonly masks: readonly string[]
  /** `set-output` commands (deprecated but still processed). */
  readonly outputs: Readonly<Record<string, string>>
}

/** .NET `StreamReader.ReadLine`: `\r\n`, `\r` and `\n` end a line; a final partial line counts. */
export function readLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

// .NET Char.IsWhiteSpace: Zs, Zl, Zp, U+0009–U+000D, U+0085 (what String.TrimStart removes).
const DOTNET_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u

/** Characters ICU's root collation ignores, so a culture-sensitive search skips them. */
const ICU_IGNORABLE =
  // eslint-disable-next-line no-control-regex
  /[\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/u

function trimStartDotNet(text: string): string {
  return text.replace(DOTNET_WHITESPACE, '')
}

/** Where `::` starts at or after `from`, allowing ignorable characters between the colons. */
function indexOfCommandKey(text: string, from: number): { start: number; end: number } {
  for (let index = from; index < text.length; index += 1) {
    if (text[index] !== ':') continue
    let next = index + 1
    while (next < text.length && ICU_IGNORABLE.test(text[next] ?? '')) next += 1
    if (text[next] === ':') return { start: index, end: next + 1 }
  }
  return { start: -1, end: -1 }
}

function unescapeWith(text: string, mappings: readonly (readonly [string, string])[]): string {
  let result = text
  for (const [escaped, plain] of mappings) result = result.split(escaped).join(plain)
  return result
}

const DATA_MAPPINGS = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
] as const
const PROPERTY_MAPPINGS = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
] as const
const LEGACY_MAPPINGS = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
] as const

/** .NET `Split(sep, RemoveEmptyEntries)` then `Split('=', 2, RemoveEmptyEntries)` per pair. */
function parseProperties(
  text: string,
  separator: string,
  unescape: (value: string) => string
): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of text.split(separator).filter((part) => part !== '')) {
    const trimmed = pair.replace(/^=+/, '')
    const at = trimmed.indexOf('=')
    if (at < 0) continue
    const value = trimmed.slice(at + 1).replace(/^=+/, '')
    if (value === '') continue
    properties[trimmed.slice(0, at).toLowerCase()] = unescape(value)
  }
  return properties
}

interface Parsed {
  readonly name: string
  readonly properties: Record<string, string>
  readonly data: string
}

function isRegistered(name: string, registered: ReadonlySet<string>): boolean {
  return registered.has(name.toLowerCase())
}

/** ActionCommand.TryParseV2. */
function tryParseV2(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const message = trimStartDotNet(line)
  if (!message.startsWith('::')) return undefined
  const key = indexOfCommandKey(message, 2)
  if (key.start < 0) return undefined
  const info = message.slice(2, key.start)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!isRegistered(name, registered)) return undefined
  const properties =
    space > 0
      ? parseProperties(info.slice(space + 1).trim(), ',', (value) =>
          unescapeWith(value, PROPERTY_MAPPINGS)
        )
      : {}
  return { name, properties, data: unescapeWith(message.slice(key.end), DATA_MAPPINGS) }
}

/** ActionCommand.TryParse: the legacy `##[name props]data`, anywhere in the line. */
function tryParseLegacy(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const bracket = line.indexOf(']', prefix)
  if (bracket < 0) return undefined
  const info = line.slice(prefix + 3, bracket)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!isRegistered(name, registered)) return undefined
  const properties =
    space > 0
      ? parseProperties(info.slice(space + 1), ';', (value) => unescapeWith(value, LEGACY_MAPPINGS))
      : {}
  return { name, properties, data: unescapeWith(line.slice(bracket + 1), LEGACY_MAPPINGS) }
}

export function parseRunnerOutput(output: string): RunnerView {
  const registered = new Set([...REGISTERED_COMMANDS, STOP_COMMAND])
  const lines = readLines(output)
  const commands: RunnerCommand[] = []
  const text: string[] = []
  const masks: string[] = []
  const outputs: Record<string, string> = {}
  let stopToken: string | undefined

  for (const line of lines) {
    const parsed =
      line === '' ? undefined : (tryParseV2(line, registered) ?? tryParseLegacy(line, registered))
    if (parsed === undefined) {
      text.push(line)
      continue
    }
    if (stopToken !== undefined) {
      if (parsed.name.toLowerCase() === stopToken.toLowerCase()) {
        commands.push({ ...parsed, line, kind: 'resume' })
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
      } else {
        text.push(line)
      }
      continue
    }
    if (parsed.name.toLowerCase() === STOP_COMMAND) {
      const token = parsed.data
      // ValidateStopToken: the runner fails the step on these (unless told otherwise).
      if (
        token === '' ||
        registered.has(token.toLowerCase()) ||
        token.toLowerCase() === 'pause-logging'
      ) {
        commands.push({ ...parsed, line, kind: 'invalid-stop' })
        continue
      }
      commands.push({ ...parsed, line, kind: 'stop' })
      stopToken = token
      registered.add(token.toLowerCase())
      if (token.length > 6) masks.push(token)
      continue
    }
    commands.push({ ...parsed, line, kind: 'command' })
    const name = parsed.name.toLowerCase()
    if (name === 'add-mask' && parsed.data.trim() !== '') {
      masks.push(parsed.data)
      for (const part of parsed.data.split(/[\r\n]/))
        if (part.trim() !== '') masks.push(part.trim())
    }
    if (name === 'set-output' && parsed.properties['name'] !== undefined)
      outputs[parsed.properties['name']] = parsed.data
  }
  return { lines, commands, text, masks: [...new Set(masks)], outputs }
}
