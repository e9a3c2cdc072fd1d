import { z } from 'zod'
import type { Repository } from '../../adapters/github/github-api.js'

/** What every action reads from the runner's environment (its inputs are in src/actions/inputs.ts). */

const RunnerEnvSchema = z.object({
  GITHUB_WORKSPACE: z.string().min(1),
  GITHUB_REPOSITORY: z.string().regex(/^[^/]+\/[^/]+$/),
  GITHUB_RUN_ID: z.string().regex(/^\d+$/),
  GITHUB_RUN_ATTEMPT: z.string().regex(/^\d+$/).default('1'),
  GITHUB_SERVER_URL: z.string().default('https://github.com'),
  GITHUB_API_URL: z.string().default('https://api.github.com'),
  GITHUB_ACTOR: z.string().default(''),
  GITHUB_ACTOR_ID: z.string().default('')
})

export interface RunnerContext {
  readonly workspace: string
  readonly repository: Repository
  readonly runId: number
  readonly runAttempt: number
  readonly serverUrl: string
  readonly apiUrl: string
  readonly actor: { readonly login: string; readonly id: number } | undefined
  readonly runUrl: string
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const parsed = RunnerEnvSchema.safeParse(env)
  if (!parsed.success)
    throw new Error(
      `not running in a GitHub Actions job: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')} missing or invalid`
    )
  const e = parsed.data
  const [owner, repo] = e.GITHUB_REPOSITORY.split('/') as [string, string]
  const actorId = Number(e.GITHUB_ACTOR_ID)
  return {
    workspace: e.GITHUB_WORKSPACE,
    repository: { owner, repo },
    runId: Number(e.GITHUB_RUN_ID),
    runAttempt: Number(e.GITHUB_RUN_ATTEMPT),
    serverUrl: e.GITHUB_SERVER_URL,
    apiUrl: e.GITHUB_API_URL,
    actor:
      e.GITHUB_ACTOR === '' || !Number.isInteger(actorId) || actorId <= 0
        ? undefined
        : { login: e.GITHUB_ACTOR, id: actorId },
    runUrl: `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`
  }
}
