import { z } from 'zod'
import { RunIdSchema } from '../../core/run/run-id.js'
import { repoPath } from '../inputs.js'

/** The plan action's inputs, checked before its job loads (main.ts). */

export const InputsSchema = z.object({
  playbook: repoPath,
  'run-id': z.union([z.literal(''), RunIdSchema]),
  'state-run-id': z.union([z.literal(''), z.string().regex(/^\d+$/)]),
  hop: z.union([z.literal(''), z.string().regex(/^\d+$/, 'must be a whole number')]),
  'gate-environment': z.string(),
  'github-token': z.string()
})

export type PlanInputs = z.infer<typeof InputsSchema>
