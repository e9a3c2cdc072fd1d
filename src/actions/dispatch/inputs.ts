import { z } from 'zod'

/** The continue action's inputs, checked before its job loads (main.ts). */

export const InputsSchema = z.object({
  workflow: z.string().min(1),
  ref: z.string().min(1),
  playbook: z.string(),
  'run-id': z.string(),
  'state-run-id': z.string(),
  hop: z.string().regex(/^\d+$/, 'must be a whole number'),
  'max-hops': z.string().regex(/^\d+$/, 'must be a whole number'),
  'evidence-path': z.string(),
  'github-token': z.string().min(1)
})

export type DispatchActionInputs = z.infer<typeof InputsSchema>
