import { spawnSync } from 'node:child_process'
import { shellLine, shellQuote, thisCliCommand } from '../../src/cli/shell-command.js'

/** Printed commands survive the shell they are pasted into, word for word. */

const AWKWARD = [
  'plain',
  '/tmp/plan-orchestrator-demo-x1Y2/repo',
  '/tmp/with space/repo',
  "it's",
  'wording reviewed',
  '$USER',
  '`id`',
  '$(id)',
  'a;b&&c|d>e<f',
  '*.md',
  '~',
  '!x',
  'tab\there',
  'new\nline',
  '',
  '--by=ada'
]

describe('shell quoting', () => {
  it('gives bash back every word exactly, expanding nothing', () => {
    const script = `printf '%s\\0' ${shellLine(AWKWARD)}`
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { USER: 'x' } })
    expect(result.status).toBe(0)
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(AWKWARD)
  })

  it('leaves words without special characters as they are', () => {
    expect(shellQuote('RUN_20261206T163526Z_6c73a93d')).toBe('RUN_20261206T163526Z_6c73a93d')
    expect(shellQuote('/abs/dist/cli/index.js')).toBe('/abs/dist/cli/index.js')
    expect(shellQuote('wording reviewed')).toBe("'wording reviewed'")
  })

  it('names the installed command when run from the sources (no bundle to point at)', () => {
    expect(
      thisCliCommand({ stdout: () => undefined, stderr: () => undefined, env: {}, cwd: '/' })
    ).toBe('plan-orchestrator')
  })
})
