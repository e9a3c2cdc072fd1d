import { describe, expect, it } from '@jest/globals'
import { kernelV8Flags } from '../../src/cli/kernel-heap.js'

describe('kernelV8Flags', () => {
  it('favours memory in the kernel commands only', () => {
    expect(kernelV8Flags(['run', '--playbook', 'plan.md', '--next'])).toBe('--optimize-for-size')
    expect(kernelV8Flags(['resume', '--run-id', 'RUN_1'])).toBe('--optimize-for-size')
    for (const args of [[], ['list-items'], ['status', 'run'], ['supervise', 'run'], ['--help']])
      expect(kernelV8Flags(args)).toBeUndefined()
  })
})
