import { z } from 'zod'
import {
  AGENT_USER_PATTERN,
  type BudgetOptionName,
  parseBudgetLimit
} from '../../core/policy/runtime-policy.js'
import { RunIdSchema } from '../../core/run/run-id.js'
import { ITEM_ID_PATTERN } from '../../core/schemas/vocabulary.js'
import { PullRequestModeSchema, repoPath } from '../inputs.js'

/** The root action's inputs, checked before its job loads (main.ts). */

export const InputsSchema = z.object({
  playbook: repoPath,
  'run-id': z.union([z.literal(''), RunIdSchema]),
  'item-id': z.string().regex(ITEM_ID_PATTERN),
  'state-run-id': z.union([z.literal(''), z.string().regex(/^\d+$/)]),
  hop: z.union([z.literal(''), z.string().regex(/^\d+$/, 'must be a whole number')]),
  'evidence-path': z.union([z.literal(''), repoPath]),
  agents: z.enum(['codex-claude', 'scripted']),
  scenario: z.union([z.literal(''), repoPath]),
  'max-auto-resume-attempts': z.string().regex(/^\d+$/),
  'max-cost-usd-per-item': budgetInput('max_cost_usd_per_item'),
  'max-cost-usd-per-run': budgetInput('max_cost_usd_per_run'),
  'max-tokens-per-item': budgetInput('max_tokens_per_item'),
  push: z.enum(['true', 'false']),
  'gate-environment': z.string().min(1),
  'github-token': z.string(),
  'agent-user': z.union([
    z.literal(''),
    z.string().regex(AGENT_USER_PATTERN, 'must be an OS user name (letters, digits, _ . -)')
  ]),
  'agent-isolation': z.enum(['user', 'none']),
  'pull-request': PullRequestModeSchema,
  'pull-request-token': z.string()
})

export type ItemInputs = z.infer<typeof InputsSchema>

/** A budget input: empty (the run's recorded limit), `none`, or a limit the CLI accepts. */
function budgetInput(name: BudgetOptionName): z.ZodType<string> {
  return z
    .string()
    .refine((text) => text.trim() === '' || typeof parseBudgetLimit(name, text) !== 'string', {
      message:
        name === 'max_tokens_per_item'
          ? 'a whole number of tokens, or none'
          : 'an amount in USD above 0, or none'
    })
}
