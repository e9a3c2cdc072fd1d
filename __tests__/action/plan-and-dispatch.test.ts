import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REQUESTER, nextRunId, workflowRun, useGitHubWorld } from './chain-harness.js'
import { annotations } from './run-action.js'

// The plan and dispatch actions at their edges: an invalid playbook annotated on its lines,
// GitHub answering a dispatch without the new run's id, and the hop brake.

jest.setTimeout(120_000)

const world = useGitHubWorld()

it('annotates every problem of an invalid playbook on its line and fails the step', async () => {
  const broken = mkdtempSync(join(tmpdir(), 'po-broken-'))
  const playbook = [
    '# Broken',
    '',
    '## 2. Ordered Execution Plan',
    '',
    '| step_id | action |',
    '| --- | --- |',
    '| 01 | do it |',
    ''
  ].join('\n')
  writeFileSync(join(broken, 'broken.md'), playbook)
  world.origin.commit('broken.md', join(broken, 'broken.md'), 'a broken playbook')
  const run = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
  const plan = await run.step('plan', { playbook: 'broken.md', 'run-id': '', 'state-run-id': '' })
  expect(plan.code).not.toBe(0)
  const errors = annotations(plan.stdout).filter((annotation) => annotation.level === 'error')
  const onLines = errors.filter((annotation) =>
    /file=broken\.md,line=\d+/.test(annotation.properties)
  )
  expect(onLines.length).toBeGreaterThan(0)
  expect(errors.at(-1)?.message).toContain('broken.md: invalid playbook')
})

it('dispatches the next hop whether GitHub returns its id (200) or not (204), and stops at max-hops', async () => {
  const run = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
  const inputs = {
    workflow: 'plan-orchestrator.yml',
    ref: 'main',
    playbook: 'playbook.md',
    'run-id': 'RUN_20261125T120000Z_0123abcd',
    'state-run-id': String(run.id),
    'evidence-path': ''
  }
  world.fake.dispatchResponse = 200
  const withId = await run.step('dispatch', { ...inputs, hop: '2', 'max-hops': '5' })
  expect(withId.code).toBe(0)
  expect(Number(withId.outputs['workflow-run-id'])).toBeGreaterThan(0)
  expect(world.fake.dispatches.at(-1)).toMatchObject({
    returnRunDetails: true,
    inputs: { hop: '3' }
  })

  world.fake.dispatchResponse = 204
  const withoutId = await run.step('dispatch', { ...inputs, hop: '3', 'max-hops': '5' })
  expect(withoutId.code).toBe(0)
  expect(withoutId.outputs['workflow-run-id']).toBe('')
  expect(withoutId.stdout).toContain('did not return')

  const count = world.fake.dispatches.length
  const braked = await run.step('dispatch', { ...inputs, hop: '5', 'max-hops': '5' })
  expect(braked.code).not.toBe(0)
  expect(braked.stdout).toContain('would exceed max-hops 5')
  expect(world.fake.dispatches).toHaveLength(count)
  world.fake.dispatchResponse = 200
  expect(world.fake.violations).toEqual([])
})
