import { z } from 'zod'

/**
 * An action's inputs. Everything here runs before the step's first log line, so it loads zod
 * and nothing else: @actions/core's entry loads its OIDC client and with it undici (0.9 MB),
 * which costs more start-up time than the whole input check (see step-failure.ts).
 */

/** A path inside the checked-out repository: relative, and never climbing out of it. */
export const repoPath = z
  .string()
  .min(1)
  .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no ..)'
  })

export const PullRequestModeSchema = z.enum(['none', 'draft', 'ready'])
export type PullRequestMode = z.infer<typeof PullRequestModeSchema>

/** As `core.getInput(name)`: the runner passes input `name` as `INPUT_<NAME>`, trimmed here. */
function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** Validated with zod, kebab-case names as in action.yml; a bad input names itself. */
export function readInputs<S extends z.ZodObject>(schema: S): z.infer<S> {
  const raw: Record<string, string> = {}
  for (const name of Object.keys(schema.shape)) raw[name] = getInput(name)
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `input ${issue.path.join('.')}: ${issue.message}`
    )
    throw new Error(problems.join('; '))
  }
  return parsed.data
}
