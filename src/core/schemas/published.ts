import type { z } from 'zod'
import { ItemContextSchema } from './item-context.js'
import { NormalizedPlanSchema } from './normalized-plan.js'

/** Every schema published as JSON Schema under `schemas/`, by file stem. */
export const PUBLISHED_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  normalized_plan: NormalizedPlanSchema,
  item_context: ItemContextSchema
}
