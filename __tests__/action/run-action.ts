import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { map, readActionMetadata } from '../helpers/action-metadata.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { ensureNode24 } from '../helpers/node24.js'

/**
 * One action step as a GitHub runner runs it: the committed bundle under Node 24 in a child
 * process, inputs as INPUT_* variables, and the runner's files for outputs, summary, state.
 */

export interface JobContext {
  readonly workspace: string
  readonly repository: string
  readonly runId: number
  /** `GITHUB_RUN_ATTEMPT`; 1 unless the job belongs to a re-run. */
  readonly runAttempt?: number
  readonly runBackendId: string
  readonly actor: { readonly login: string; readonly id: number }
  readonly apiUrl: string
  readonly runtimeToken: string
  readonly home: string
  readonly extraEnv?: Readonly<Record<string, string>>
  /** Where the runner's file-command files go (default: a new private directory). */
  readonly runnerFilesDir?: string
}

export interface StepResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly firstLineMs: number | null
}

export type ActionName = 'item' | 'plan' | 'gate' | 'dispatch'

export function runActionStep(
  action: ActionName,
  inputs: Readonly<Record<string, string>>,
  job: JobContext
): Promise<StepResult> {
  const node = ensureNode24()
  const files = job.runnerFilesDir ?? mkdtempSync(join(tmpdir(), 'po-runner-files-'))
  const runnerFile = (name: string): string => {
    const path = join(files, name)
    writeFileSync(path, '')
    return path
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: job.home,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_REPOSITORY: job.repository,
    GITHUB_RUN_ID: String(job.runId),
    GITHUB_RUN_ATTEMPT: String(job.runAttempt ?? 1),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: job.apiUrl,
    GITHUB_ACTOR: job.actor.login,
    GITHUB_ACTOR_ID: String(job.actor.id),
    ACTIONS_RUNTIME_TOKEN: job.runtimeToken,
    ACTIONS_RESULTS_URL: `${job.apiUrl}/`,
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'po-runner-temp-')),
    GITHUB_OUTPUT: runnerFile('output'),
    GITHUB_STEP_SUMMARY: runnerFile('summary'),
    GITHUB_STATE: runnerFile('state'),
    GITHUB_ENV: runnerFile('env'),
    GITHUB_PATH: runnerFile('path'),
    ...job.extraEnv
  }
  // The runner passes every declared input, its default when the workflow gives none.
  const declared = map(
    readActionMetadata(action === 'item' ? 'action.yml' : `${action}/action.yml`)['inputs']
  )
  const defaults = Object.fromEntries(
    Object.entries(declared).flatMap(([name, spec]) => {
      const value = map(spec)['default']
      // Expressions (`${{ github.token }}`) are the runner's to evaluate; a test gives them.
      return typeof value === 'string' && !value.startsWith('${{') ? [[name, value]] : []
    })
  )
  for (const [name, value] of Object.entries({ ...defaults, ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const bundle = join(PROJECT_ROOT, 'dist', action, 'index.js')
  return new Promise((resolve) => {
    const started = performance.now()
    let firstLineMs: number | null = null
    const child = spawn(node, [bundle], { cwd: job.workspace, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      firstLineMs ??= performance.now() - started
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT as string, 'utf8')),
        summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
        firstLineMs
      })
    })
  })
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '')
    if (match === null) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    for (index += 1; index < lines.length && lines[index] !== delimiter; index += 1)
      value.push(lines[index] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** The `::error file=…,line=…::message` lines a step printed. */
export function annotations(
  stdout: string
): Array<{ level: string; properties: string; message: string }> {
  return stdout.split('\n').flatMap((line) => {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    return match === null
      ? []
      : [{ level: match[1] ?? '', properties: (match[2] ?? '').trim(), message: match[3] ?? '' }]
  })
}
