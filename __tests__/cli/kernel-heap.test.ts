import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { isKernelCommand, kernelV8Flags } from '../../src/cli/kernel-heap.js'

describe('kernelV8Flags', () => {
  it('favours memory in the kernel commands only', () => {
    const flags = kernelV8Flags(['run', '--playbook', 'plan.md', '--next'])
    expect(flags?.split(' ')).toEqual([
      '--optimize-for-size',
      '--no-opt',
      '--no-maglev',
      '--no-sparkplug',
      '--max-lazy'
    ])
    expect(kernelV8Flags(['resume', '--run-id', 'RUN_1'])).toBe(flags)
    for (const args of [[], ['list-items'], ['status', 'run'], ['supervise', 'run'], ['--help']])
      expect(kernelV8Flags(args)).toBeUndefined()
  })

  it('counts the same commands as kernels, which start without the compile cache', () => {
    expect(isKernelCommand(['run', '--next'])).toBe(true)
    expect(isKernelCommand(['resume'])).toBe(true)
    for (const args of [[], ['list-items'], ['status', 'run'], ['demo'], ['--help']])
      expect(isKernelCommand(args)).toBe(false)
  })

  it('names flags this Node.js knows (V8 ignores an unknown one, printing an error on stderr)', () => {
    for (const flag of kernelV8Flags(['run'])?.split(' ') ?? []) {
      const result = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' })
      expect({ flag, status: result.status, stderr: result.stderr }).toEqual({
        flag,
        status: 0,
        stderr: ''
      })
    }
  })
})
