import { runLayout } from '../../../src/core/run/layout.js'
import {
  RunIdSchema,
  isRunId,
  noSuchRunMessage,
  runIdProblem
} from '../../../src/core/run/run-id.js'

// The one run-id rule every entry point uses (CLI flags, action inputs, supervision).

const GOOD = 'RUN_20261125T120000Z_1a2b3c4d'

describe('run ids', () => {
  it('accepts exactly RUN_<yyyymmddTHHMMSSZ>_<8 lowercase hex>', () => {
    expect(isRunId(GOOD)).toBe(true)
    expect(runIdProblem(GOOD)).toBeUndefined()
    expect(RunIdSchema.safeParse(GOOD).success).toBe(true)
    for (const bad of [
      '',
      'RUN_nope',
      `../runs/${GOOD}`,
      `${GOOD}/`,
      `${GOOD}/../../etc`,
      `./${GOOD}`,
      GOOD.toUpperCase(),
      `${GOOD} `,
      `${GOOD}\n`,
      'RUN_20261125T120000_1a2b3c4d',
      'RUN_20261125T120000Z_1a2b3c4',
      'RUN_20261125T120000Z_1a2b3c4de'
    ]) {
      expect(isRunId(bad)).toBe(false)
      expect(RunIdSchema.safeParse(bad).success).toBe(false)
      expect(runIdProblem(bad)).toMatch(/is not a run id \(RUN_<yyyymmddTHHMMSSZ>_<8 hex>\)$/)
    }
  })

  it('names a bad value on one line, quoting anything that could forge output', () => {
    expect(runIdProblem('../../etc')).toBe(
      '--run-id ../../etc is not a run id (RUN_<yyyymmddTHHMMSSZ>_<8 hex>)'
    )
    const forged = runIdProblem(`${GOOD}\nerror: all good`) as string
    expect(forged).not.toContain('\n')
    expect(forged).toContain(JSON.stringify(`${GOOD}\nerror: all good`))
    expect(runIdProblem('\u001b[2J')).not.toContain('\u001b')
    expect(runIdProblem('x'.repeat(500))?.length).toBeLessThan(200)
    expect(runIdProblem('garbage', 'PLAN_ORCHESTRATOR_RUN_ID', '=')).toBe(
      'PLAN_ORCHESTRATOR_RUN_ID=garbage is not a run id (RUN_<yyyymmddTHHMMSSZ>_<8 hex>)'
    )
  })

  it('says how to list runs when none has the id', () => {
    expect(noSuchRunMessage(GOOD)).toBe(
      `no run ${GOOD} in this repository; list runs: plan-orchestrator status --all`
    )
  })

  it('builds no path from a malformed id', () => {
    expect(() => runLayout('/repo', `../runs/${GOOD}`)).toThrow('is not a run id')
    expect(runLayout('/repo', GOOD).controlDir).toBe(
      `/repo/.local/automation/plan_orchestrator/runs/${GOOD}`
    )
  })
})
