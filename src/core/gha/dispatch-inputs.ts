import { z } from 'zod'
import { unsafePathReason } from '../playbook/cell-values.js'
import { RunIdSchema } from '../run/run-id.js'

/**
 * What one workflow run hands the next through `workflow_dispatch`. Anyone with write access
 * can dispatch with any inputs, so the chain carries only pointers (which playbook, which run,
 * where its state lives, how far the chain has come) and nothing that grants anything: there
 * is deliberately no approval input, because a gate decision is only ever read back from
 * GitHub's review history. Unknown inputs are refused rather than ignored, so a dispatch that
 * tries to claim more than this fails loudly.
 */

// Control characters in a path would be hidden in logs and summaries.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

const repoPath = z
  .string()
  .min(1, 'must not be empty')
  .superRefine((path, context) => {
    const problem = CONTROL_CHARACTER.test(path)
      ? `path ${JSON.stringify(path)} contains a control character`
      : path.trim() !== path
        ? `path ${JSON.stringify(path)} has leading or trailing whitespace`
        : unsafePathReason(path)
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem })
  })

// workflow_dispatch sends every declared input, an unset one as ''.
const optionalRepoPath = z.preprocess(
  (value) => (value === '' ? undefined : value),
  repoPath.optional()
)

const hop = z
  .union([
    z.int(),
    z
      .string()
      .regex(/^[0-9]+$/, 'must be a whole number')
      .transform(Number)
  ])
  .pipe(z.int().min(0))

export const DispatchInputsSchema = z
  .strictObject({
    playbook: repoPath,
    /** Empty starts a new run. */
    run_id: z.union([z.literal(''), RunIdSchema]),
    /** The workflow run whose artifacts hold the run's state; empty for a new run. */
    state_run_id: z.string().regex(/^(?:[0-9]+)?$/, 'must be a workflow run id (digits)'),
    hop,
    evidence_path: optionalRepoPath
  })
  .superRefine((inputs, context) => {
    // A continued run without its state would silently restart; state without a run is noise.
    if ((inputs.run_id === '') !== (inputs.state_run_id === '')) {
      context.addIssue({
        code: 'custom',
        path: ['state_run_id'],
        message: 'run_id and state_run_id are given together (a continued run) or both left empty'
      })
    }
  })

export type DispatchInputs = z.output<typeof DispatchInputsSchema>

export type HopCheck = { ok: true; hop: number } | { ok: false; reason: string }

/** The hop number for the next dispatch, or why the chain must stop here (a loop brake). */
export function nextHop(hop: number, maxHops: number): HopCheck {
  if (!Number.isSafeInteger(hop) || hop < 0) {
    return { ok: false, reason: `hop ${hop} is not a whole number of at least 0` }
  }
  if (!Number.isSafeInteger(maxHops) || maxHops < 0) {
    return { ok: false, reason: `max-hops ${maxHops} is not a whole number of at least 0` }
  }
  const next = hop + 1
  if (next > maxHops) {
    return {
      ok: false,
      reason:
        `hop ${next} would exceed max-hops ${maxHops}; the chain stops here. ` +
        'Continue it by dispatching the workflow by hand, or raise max-hops.'
    }
  }
  return { ok: true, hop: next }
}
