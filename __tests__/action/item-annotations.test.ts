import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REQUESTER, nextRunId, useGitHubWorld, workflowRun } from './chain-harness.js'
import { annotations } from './run-action.js'

// An item whose change fails its verification: the job fails, the failed command is an error
// annotation, and the summary says the item escalated and why.

jest.setTimeout(180_000)

const world = useGitHubWorld()

it('annotates a failed verification command and fails the item job at escalated', async () => {
  const scenario = {
    version: 1,
    scripts: [
      {
        lane: 'execute',
        item_id: '01',
        steps: [
          {
            write: {
              'src/greeting.mjs': 'export function greet(name) {\n  return `hey ${name}`\n}\n'
            }
          }
        ]
      }
    ]
  }
  const dir = mkdtempSync(join(tmpdir(), 'po-bad-scenario-'))
  writeFileSync(join(dir, 'wrong-greeting.json'), JSON.stringify(scenario))
  world.origin.commit(
    'wrong-greeting.json',
    join(dir, 'wrong-greeting.json'),
    'a scenario that gets it wrong'
  )
  const run = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
  const item = await run.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    agents: 'scripted',
    scenario: 'wrong-greeting.json'
  })
  expect(item.code).not.toBe(0)
  expect(item.outputs['terminal-state']).toBe('escalated')
  const errors = annotations(item.stdout).filter((entry) => entry.level === 'error')
  expect(errors.some((entry) => entry.message.includes('node scripts/check-greeting.mjs'))).toBe(
    true
  )
  expect(errors.at(-1)?.message).toMatch(/^item 01 escalated/)
  expect(item.summary).toContain('escalated')
  // The state of the failed hop is kept for diagnosis.
  expect(item.outputs['state-artifact']).toMatch(/^plan-orchestrator-state-RUN_/)
  expect(world.fake.violations).toEqual([])
})
