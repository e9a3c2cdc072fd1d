import { z } from 'zod'
import { RunIdSchema } from '../../core/run/run-id.js'
import { ITEM_ID_PATTERN } from '../../core/schemas/vocabulary.js'
import { PullRequestModeSchema } from '../inputs.js'

/** The gate action's inputs, checked before its job loads (main.ts). */

export const InputsSchema = z.object({
  'run-id': RunIdSchema,
  'item-id': z.string().regex(ITEM_ID_PATTERN),
  environment: z.string().min(1),
  'github-token': z.string(),
  'pull-request': PullRequestModeSchema,
  'pull-request-token': z.string()
})

export type GateInputs = z.infer<typeof InputsSchema>
