import { z } from 'zod'
import { type RuntimeOptions, RecordedRuntimeOptionsSchema } from '../policy/runtime-policy.js'
import { AgentCallRecordSchema, type AgentCallRecord } from '../schemas/usage.js'
import {
  type ItemRunState,
  ItemRunStateSchema,
  type RunEvent,
  RunEventSchema,
  type RunState,
  RunStateSchema
} from '../schemas/run-state.js'

/**
 * The run state a save writes: exactly what `RunStateSchema.parse` returns for it (same
 * values, same key order, so the same bytes on disk), and an invalid state is refused with
 * the same error. It costs less because a run's state grows by appending: its event log,
 * agent calls and items are mostly the objects an earlier save of this process already
 * parsed, and those are not parsed again (docs/performance.md, "Memory").
 *
 * Each array element, and the options, are remembered with their parse result (weakly, by
 * identity, per schema). One met again is reused only if it still holds the same data as
 * that result, compared field by field: one changed in place since is parsed again, so
 * nothing that was not parsed in its current form is ever written. The other top-level
 * fields are parsed on every save.
 */

/**
 * `RunStateSchema` with the options (which hold the price table) and the elements of the
 * three growing arrays left to their own schemas.
 */
const RunStateShellSchema = RunStateSchema.extend({
  options: z.unknown(),
  items: z.array(z.unknown()).min(1),
  event_log: z.array(z.unknown()),
  agent_calls: z.array(z.unknown()).default([])
})

const parsedBySchema = new Map<z.ZodType, WeakMap<object, unknown>>()

export function validRunStateForSave(state: RunState): RunState {
  try {
    const shell = RunStateShellSchema.parse(state)
    return {
      ...shell,
      options: parsedElement<RuntimeOptions>(RecordedRuntimeOptionsSchema, shell.options),
      items: shell.items.map((item) => parsedElement<ItemRunState>(ItemRunStateSchema, item)),
      event_log: shell.event_log.map((event) => parsedElement<RunEvent>(RunEventSchema, event)),
      agent_calls: shell.agent_calls.map((call) =>
        parsedElement<AgentCallRecord>(AgentCallRecordSchema, call)
      )
    }
  } catch {
    // The whole parse names the first problem as it always has (path from the root).
    return RunStateSchema.parse(state)
  }
}

function parsedElement<T>(schema: z.ZodType<T>, element: unknown): T {
  if (typeof element !== 'object' || element === null) return schema.parse(element)
  let parsedElements = parsedBySchema.get(schema)
  if (parsedElements === undefined) {
    parsedElements = new WeakMap()
    parsedBySchema.set(schema, parsedElements)
  }
  const known = parsedElements.get(element)
  if (known !== undefined && sameData(element, known)) return known as T
  const parsed = schema.parse(element)
  parsedElements.set(element, parsed)
  return parsed
}

/**
 * Whether `input` holds the same JSON data as `parsed` (a parse result: plain objects,
 * arrays and primitives of its own). Anything else (a shared object, a class instance, a
 * missing or extra key) counts as different, which only costs a parse.
 */
function sameData(input: unknown, parsed: unknown): boolean {
  if (typeof input !== 'object' || input === null) return input === parsed
  if (typeof parsed !== 'object' || parsed === null || input === parsed) return false
  if (Array.isArray(input)) {
    if (!Array.isArray(parsed) || input.length !== parsed.length) return false
    for (let index = 0; index < input.length; index += 1)
      if (!sameData(input[index], parsed[index])) return false
    return true
  }
  if (Array.isArray(parsed) || Object.getPrototypeOf(input) !== Object.prototype) return false
  const left = input as Record<string, unknown>
  const right = parsed as Record<string, unknown>
  let keys = 0
  for (const key in left) {
    if (!Object.hasOwn(left, key)) return false
    if (!Object.hasOwn(right, key) || !sameData(left[key], right[key])) return false
    keys += 1
  }
  for (const key in right) if (Object.hasOwn(right, key)) keys -= 1
  return keys === 0
}
