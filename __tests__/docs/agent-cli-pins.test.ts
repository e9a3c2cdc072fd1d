import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AGENT_CLIS } from '../../src/composition/actions/agent-clis.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { PINNED_VERSIONS } from '../contract/real-clis.js'

// The item action installs the versions the contract suite verifies: its tested versions,
// the install script's pins, the contract suite's and the doc's table are one set.
describe('agent CLI pins', () => {
  const script = readFileSync(join(PROJECT_ROOT, 'scripts', 'install-agent-clis.sh'), 'utf8')
  const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'agent-cli-contract.md'), 'utf8')

  it.each([
    ['codex', 'CODEX_VERSION'],
    ['claude', 'CLAUDE_VERSION']
  ] as const)('%s: the item action tests the pinned version', (tool, variable) => {
    const pinned = new RegExp(`^${variable}=(\\S+)$`, 'm').exec(script)?.[1]
    expect(pinned).toBe(PINNED_VERSIONS[tool])
    expect(AGENT_CLIS[tool].tested).toEqual([pinned])
    expect(doc).toContain(`| ${tool} | \`${AGENT_CLIS[tool].package}\` | ${pinned} `)
  })
})
