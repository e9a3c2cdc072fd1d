import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildItemContext } from '../../src/core/playbook/item-context.js'
import { normalizePlaybook } from '../../src/core/playbook/normalize.js'
import type { NormalizedPlan, PlanItem } from '../../src/core/schemas/normalized-plan.js'
import { runCliInProcess } from '../helpers/in-process-cli.js'
import { PLAYBOOKS_DIR, type RecordedCli, casesOf, hasCaseFile, readCaseJson } from './corpus.js'

// class `match`: our plan equals the reference's, apart from the run-specific fields and
// wording that the corpus README leaves to us.
type JsonObject = Record<string, unknown>

function comparablePlan(plan: JsonObject): JsonObject {
  const source = plan.plan_source as JsonObject
  const context = plan.global_context as JsonObject
  return {
    ...plan,
    generated_at_utc: '<run-specific>',
    plan_source: { ...source, path: '<as given>', title: '<as given>' },
    global_context: { ...context, notes: '<ours to word>' }
  }
}

const isAscii = (text: string): boolean => [...text].every((char) => char.charCodeAt(0) < 0x80)

describe.each(casesOf('match'))('match case %s', (name) => {
  const playbook = `${name}.md`
  const expected = readCaseJson<JsonObject>(name, 'expected.json')
  const recorded = readCaseJson<RecordedCli>(name, 'cli.json')

  it('normalize prints the reference plan', async () => {
    const run = await runCliInProcess(['normalize', '--playbook', playbook], { cwd: PLAYBOOKS_DIR })
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.code).toBe(0)
    expect(comparablePlan(JSON.parse(run.stdout))).toEqual(comparablePlan(expected))
  })

  it('list-items prints the reference table and items', async () => {
    const table = await runCliInProcess(['list-items', '--playbook', playbook], {
      cwd: PLAYBOOKS_DIR
    })
    expect(table.code).toBe(0)
    if (isAscii(recorded.list_items_table.stdout))
      expect(table.stdout).toBe(recorded.list_items_table.stdout)
    const json = await runCliInProcess(['list-items', '--playbook', playbook, '--format', 'json'], {
      cwd: PLAYBOOKS_DIR
    })
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(recorded.list_items_json.stdout))
  })

  it.each(Object.keys(recorded.show_item))('show-item %s matches the reference', async (itemId) => {
    const calls = recorded.show_item[itemId]!
    const json = await runCliInProcess(
      ['show-item', '--playbook', playbook, '--item', itemId, '--format', 'json'],
      {
        cwd: PLAYBOOKS_DIR
      }
    )
    expect(json.code).toBe(calls.json.exit_code)
    if (calls.json.exit_code !== 0) {
      expect(json.stdout).toBe('')
      expect(json.stderr).toContain(`unknown item ${itemId}`)
      return
    }
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(calls.json.stdout))
    const text = await runCliInProcess(['show-item', '--playbook', playbook, '--item', itemId], {
      cwd: PLAYBOOKS_DIR
    })
    expect(text.code).toBe(calls.text.exit_code)
    if (isAscii(calls.text.stdout)) expect(text.stdout).toBe(calls.text.stdout)
  })

  const contexts = hasCaseFile(name, 'item_context.json')
    ? readCaseJson<Record<string, { item_context: JsonObject }>>(name, 'item_context.json')
    : {}
  it.each(Object.keys(contexts))('item_context of %s for the execute stage matches', (itemId) => {
    const reference = contexts[itemId]!.item_context
    const bytes = readFileSync(join(PLAYBOOKS_DIR, playbook))
    const result = normalizePlaybook({
      bytes,
      path: playbook,
      sha256: '0'.repeat(64),
      generatedAt: new Date()
    })
    if (!result.ok) throw new Error(`normalize failed: ${JSON.stringify(result.issues)}`)
    const plan: NormalizedPlan = result.plan
    const item = plan.items.find((candidate) => candidate.item_id === itemId) as PlanItem
    const context = buildItemContext(plan, item, {
      runId: 'RUN_PLACEHOLDER',
      generatedAt: new Date(),
      stage: 'execute',
      attemptNumber: 1,
      fixRoundIndex: 0,
      remediationRoundIndex: 0,
      priorCheckpointRef: null,
      worktree: reference.worktree as never,
      artifactInputs: []
    })
    expect({ ...context, generated_at_utc: '' }).toEqual({ ...reference, generated_at_utc: '' })
  })
})
