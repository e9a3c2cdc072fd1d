import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { CREDENTIAL_NAME } from './real-clis.js'

/**
 * What the contract tests that run real agent turns share: pointing the CLIs at the loopback
 * mocks (mock-responses/, mock-messages/), finding their processes, and an environment with
 * no credential in it.
 *
 * Codex gets the mock as the operator would give it a model provider: `-c` overrides
 * (PLAN_ORCHESTRATOR_CODEX_CONFIG for the bundled CLI, `configOverrides` for the adapter),
 * since every call has a fresh, empty CODEX_HOME. Claude gets `ANTHROPIC_BASE_URL` and a
 * dummy key, which is the suite's one exception to "no credential-like variable": see
 * `loopbackClaudeEnv`.
 */

/** `-c` overrides selecting the Responses mock, retries off so a script miss fails fast. */
export function mockCodexProvider(baseUrl: string): string[] {
  assertLoopback(baseUrl)
  return [
    'model_provider="mock"',
    `model_providers.mock={ name = "mock", base_url = "${baseUrl}", wire_api = "responses", request_max_retries = 0, stream_max_retries = 0 }`
  ]
}

/**
 * The dummy key claude needs before it sends anything. It is not a credential: it only ever
 * travels to the loopback mock, because `ANTHROPIC_BASE_URL` must be `http://127.0.0.1:<port>`
 * (this throws otherwise) and the tests route every other host into the mock's refusing proxy
 * and assert that nothing went there.
 */
export const LOOPBACK_DUMMY_KEY = 'sk-ant-contract-loopback-only-not-a-key'

export function loopbackClaudeEnv(baseUrl: string): Record<string, string> {
  assertLoopback(baseUrl)
  return {
    ANTHROPIC_BASE_URL: baseUrl,
    ANTHROPIC_API_KEY: LOOPBACK_DUMMY_KEY,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1'
  }
}

function assertLoopback(baseUrl: string): void {
  if (!/^http:\/\/127\.0\.0\.1:\d+(\/|$)/.test(baseUrl)) {
    throw new Error(`refusing a model endpoint that is not loopback: ${baseUrl}`)
  }
}

/** A value to find the processes of one test by (`PO_CONTRACT_MARK`), passed through to agents. */
export const MARK_VARIABLE = 'PO_CONTRACT_MARK'

export function newMark(): string {
  return randomUUID()
}

/**
 * Live processes (not zombies) whose environment carries `PO_CONTRACT_MARK=<mark>`: the
 * codex npm wrapper (on a Node.js without `process.execve`), the native binary and their tool
 * children, wherever they were re-parented to; `executable` is what /proc says each one runs.
 * Read from /proc, so Linux only (the contract suite's platform).
 */
export function processesMarked(
  mark: string
): { pid: number; envNames: string[]; executable: string }[] {
  const wanted = `${MARK_VARIABLE}=${mark}`
  const found: { pid: number; envNames: string[]; executable: string }[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let environ: string
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'utf8')
    } catch {
      continue
    }
    const variables = environ.split('\0').filter((variable) => variable.includes('='))
    if (!variables.includes(wanted)) continue
    const envNames = variables.map((variable) => variable.slice(0, variable.indexOf('=')))
    let executable = ''
    try {
      executable = readlinkSync(`/proc/${entry}/exe`)
    } catch {
      // A process that exited since its environ was read: its executable no longer matters.
    }
    found.push({ pid: Number(entry), envNames, executable })
  }
  return found
}

/** This process's environment without anything that could authenticate anywhere. */
export function credentialFreeEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (CREDENTIAL_NAME.test(name) || /PASSWORD/i.test(name)) continue
    env[name] = value
  }
  return env
}

export interface CappedRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs a process asynchronously (the mocks answer from this process meanwhile) in its own
 * process group, which is killed whole at the end or after `timeoutMs`.
 */
export function runCapped(
  command: string,
  args: readonly string[],
  options: {
    readonly cwd: string
    readonly env: Readonly<Record<string, string>>
    readonly stdin?: string
    readonly timeoutMs: number
  }
): Promise<CappedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { ...options.env },
      detached: true,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    if (options.stdin !== undefined) {
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(options.stdin)
    }
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    const timer = setTimeout(killGroup, options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      killGroup()
      resolve({ code, stdout, stderr })
    })
  })
}
