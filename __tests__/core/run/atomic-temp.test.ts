import { atomicTempPath, atomicWriteTarget } from '../../../src/core/run/atomic-temp.js'

describe('the temporary file of a whole-file write', () => {
  it('names the write it belongs to', () => {
    const path = '.local/automation/plan_orchestrator/runs/RUN_X/stage_processes.json'
    const temp = atomicTempPath(path, '0123456789abcdef')
    expect(temp).toBe(`${path}.tmp-0123456789abcdef`)
    expect(atomicWriteTarget(temp)).toBe(path)
    expect(atomicWriteTarget('run_state.json.tmp-fedcba9876543210')).toBe('run_state.json')
  })

  it.each([
    'run_state.json',
    'run_state.json.tmp-0123456789abcde',
    'run_state.json.tmp-0123456789abcdef0',
    'run_state.json.tmp-0123456789ABCDEF',
    'run_state.json.tmp-0123456789abcdeg',
    '.tmp-0123456789abcdef'
  ])('knows %s for no temporary file', (name) => {
    expect(atomicWriteTarget(name)).toBeUndefined()
  })
})
