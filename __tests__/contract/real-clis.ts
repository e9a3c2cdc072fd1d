import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * The real agent CLIs the contract suite checks our argv against, and the one way the suite
 * runs anything: `runScrubbed`, with a throw-away home and no credentials at all, so that a
 * CI runner holding real keys can never make a paid call from here.
 *
 * `scripts/install-agent-clis.sh` installs them into `.cache/agent-clis/<pinned|latest>`;
 * `AGENT_CLI_VERSIONS=latest` picks the @latest install.
 */

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..')

/** What `scripts/install-agent-clis.sh` pins. */
export const PINNED_VERSIONS = { codex: '0.169.0', claude: '2.1.197' } as const

export const CLI_SET: 'pinned' | 'latest' =
  process.env.AGENT_CLI_VERSIONS === 'latest' ? 'latest' : 'pinned'

const BIN_DIR = join(PROJECT_ROOT, '.cache', 'agent-clis', CLI_SET, 'node_modules', '.bin')

export const REAL_CODEX = join(BIN_DIR, 'codex')
export const REAL_CLAUDE = join(BIN_DIR, 'claude')

const FAKES_DIR = join(PROJECT_ROOT, '__tests__', 'fixtures', 'fake-agents')
export const FAKE_CODEX = join(FAKES_DIR, 'codex')
export const FAKE_CLAUDE = join(FAKES_DIR, 'claude')

export function assertInstalled(): void {
  for (const bin of [REAL_CODEX, REAL_CLAUDE]) {
    if (!existsSync(bin)) {
      throw new Error(`${bin} is missing: run \`bash scripts/install-agent-clis.sh\` first`)
    }
  }
}

/** Names that may carry a credential; `runScrubbed` refuses to pass any of them. */
export const CREDENTIAL_NAME = /KEY|TOKEN|SECRET|OPENAI|ANTHROPIC|CODEX_API/i

/** Claude's flags that work but are missing from `claude --help` (docs/agent-cli-contract.md, flag inventory). */
export const CLAUDE_HIDDEN_FLAGS: readonly string[] = [
  '--max-turns',
  '--append-system-prompt-file',
  '--system-prompt-file'
]

export interface ScrubbedRun {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
  readonly durationMs: number
}

export interface ScrubbedOptions {
  readonly cwd: string
  /** Capped at 20 s whatever is asked. */
  readonly timeoutMs?: number
  /** Extra variables (e.g. a fake's scenario); credential-like names are refused. */
  readonly env?: Readonly<Record<string, string>>
}

const MAX_TIMEOUT_MS = 20_000

/**
 * The whole environment a scrubbed run gets. Throws when a credential-like name would be in
 * it, whatever its value: that is the guarantee the suite rests on.
 */
export function scrubbedEnv(
  home: string,
  extra: Readonly<Record<string, string>> = {}
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    HOME: home,
    CODEX_HOME: join(home, 'codex-home'),
    CLAUDE_CONFIG_DIR: join(home, 'claude-config'),
    TMPDIR: join(home, 'tmp'),
    LANG: 'C.UTF-8',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    ...extra
  }
  const credentials = Object.keys(env).filter((name) => CREDENTIAL_NAME.test(name))
  if (credentials.length > 0) {
    throw new Error(`refusing to pass credential-like variables: ${credentials.join(', ')}`)
  }
  return env
}

/**
 * Runs `bin argv` with nothing of this process's environment: a fresh temp HOME (and
 * CODEX_HOME, CLAUDE_CONFIG_DIR, TMPDIR under it), stdin ignored, in its own process group,
 * killed (the whole group) after at most 20 s. Never pass a codex argv without `--help` here:
 * with no credentials it retries the network until the cap.
 */
export async function runScrubbed(
  bin: string,
  argv: readonly string[],
  options: ScrubbedOptions
): Promise<ScrubbedRun> {
  const home = mkdtempSync(join(tmpdir(), 'agent-cli-contract-home-'))
  try {
    const env = scrubbedEnv(home, options.env)
    for (const name of ['CODEX_HOME', 'CLAUDE_CONFIG_DIR', 'TMPDIR']) {
      mkdirSync(env[name] as string, { recursive: true })
    }
    return await spawnCapped(bin, argv, options.cwd, env, options.timeoutMs)
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}

function spawnCapped(
  bin: string,
  argv: readonly string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs = MAX_TIMEOUT_MS
): Promise<ScrubbedRun> {
  const limit = Math.min(timeoutMs, MAX_TIMEOUT_MS)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...argv], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
    }, limit)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      // The codex wrapper spawns the native binary; leave nothing of the group behind.
      killGroup(child.pid)
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        durationMs: Math.round(performance.now() - started)
      })
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** Runs async jobs with at most `limit` in flight, keeping their order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next
      next += 1
      results[index] = await job(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export type Verdict = 'accepted' | 'rejected' | 'inconclusive'

/**
 * codex `help-suffix`: clap parses every token before it acts on a trailing `--help`, so
 * rc 0 with the exec usage means the argv parsed, rc 2 with `error:` means it did not.
 */
export function codexVerdict(run: ScrubbedRun): Verdict {
  if (run.timedOut) return 'inconclusive'
  if (run.status === 0 && run.stdout.includes('Usage: codex exec')) return 'accepted'
  if (run.status === 2 && /^error: /m.test(run.stderr)) return 'rejected'
  return 'inconclusive'
}

/**
 * The only way the suite runs a codex binary: the argv must end in `--help` (clap then
 * parses it and exits) or `--version`, because a real codex argv with no credentials hangs
 * on the network.
 */
export function runCodexHelp(
  bin: string,
  args: readonly string[],
  options: ScrubbedOptions
): Promise<ScrubbedRun> {
  const last = args.at(-1)
  if (last !== '--help' && last !== '--version') {
    return Promise.reject(new Error(`codex may only run with a trailing --help: ${args.join(' ')}`))
  }
  return runScrubbed(bin, args, options)
}

/** The argv with its trailing prompt (`-`) swapped for `--help`, or `--help` appended. */
export function helpSuffix(args: readonly string[]): string[] {
  return args.at(-1) === '-' ? [...args.slice(0, -1), '--help'] : [...args, '--help']
}

/** The last JSON line of stdout, if any. */
export function lastJsonLine(stdout: string): Record<string, unknown> | undefined {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export const NOT_LOGGED_IN = 'Not logged in · Please run /login'

/**
 * claude `no-credentials-envelope`: with no credentials a parsed argv ends, within about a
 * second and without the network, in the "Not logged in" result envelope. Any parse error,
 * start-up error or warning (an unknown `--effort`, a prompt swallowed by a variadic flag)
 * shows on stderr or replaces the envelope.
 */
export function claudeVerdict(run: ScrubbedRun): Verdict {
  if (run.timedOut) return 'inconclusive'
  const envelope = lastJsonLine(run.stdout)
  const clean = !/\b(?:error|Error|Warning):/.test(run.stderr)
  const loggedOut =
    envelope?.type === 'result' && envelope.is_error === true && envelope.result === NOT_LOGGED_IN
  return loggedOut && clean ? 'accepted' : 'rejected'
}

/** The `system/init` event of a stream-json run. */
export function initEvent(stdout: string): Record<string, unknown> | undefined {
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    try {
      const event = JSON.parse(line) as Record<string, unknown>
      if (event.type === 'system' && event.subtype === 'init') return event
    } catch {
      // Not JSON; keep looking.
    }
  }
  return undefined
}

/** Whether a help text lists `flag` as an option (`-C, --cd <DIR>`, `--json`, …). */
export function documents(helpText: string, flag: string): boolean {
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[\\s,])${escaped}(?=[\\s,=<\\[]|$)`, 'm').test(helpText)
}
