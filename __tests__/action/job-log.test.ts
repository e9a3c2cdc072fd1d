import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { map, readActionMetadata } from '../helpers/action-metadata.js'
import { type RunnerView, parseRunnerOutput } from '../helpers/runner-commands.js'
import { REQUESTER, nextRunId, stepFailure, useGitHubWorld, workflowRun } from './chain-harness.js'
import type { StepResult } from './run-action.js'

// Agent text is data in the job log: a hostile triage summary and a hostile agent stderr, full
// of workflow commands after LF, CR, CRLF, U+2028 and U+2029, go through the committed item
// bundle under Node 24; its output is read the way the runner reads it.

jest.setTimeout(300_000)

const world = useGitHubWorld()

const MARK = 'PWNED'
const TOKEN = 'ghs_faketoken'

/** Each piece tries to become a command, a mask, an output or a stop of the action's own commands. */
const ATTACKS = [
  `::warning title=Verification passed::${MARK} after LF`,
  `::add-mask::escalated`,
  `::set-output name=terminal-state::passed`,
  `::error file=src/greeting.mjs,line=1::${MARK} error`,
  `::notice::${MARK} notice`,
  `##[add-mask]${MARK}legacy`,
  `::stop-commands::${MARK}stoptoken`,
  `::warning::${MARK} after the agent's stop-commands`
]

/** Every attack after every separator a line can be cut at, or that a reader might cut at. */
function hostileText(opening: string): string {
  const separators = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085']
  return [
    opening,
    ...separators.flatMap((separator, index) =>
      ATTACKS.map((attack, at) => (at % separators.length === index ? `${separator}${attack}` : ''))
    ),
    ...ATTACKS.map((attack) => `\n${attack}`),
    ...ATTACKS.map((attack) => `\r${attack}`),
    ...ATTACKS.map((attack) => `\u2028${attack}`)
  ].join('')
}

async function runItem(name: string, scenario: unknown): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'po-hostile-scenario-'))
  writeFileSync(join(dir, name), JSON.stringify(scenario))
  world.origin.commit(name, join(dir, name), `scenario ${name}`)
  const run = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
  return run.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    agents: 'scripted',
    scenario: name
  })
}

const DECLARED_OUTPUTS = Object.keys(map(readActionMetadata('action.yml')['outputs']))

/**
 * What the runner did with the step's output: the action's own commands, and nothing an agent
 * wrote. Returns the commands that remain after the fence and the mask for the token.
 */
function expectAgentTextInert(result: StepResult, hostile: string): RunnerView {
  const view = parseRunnerOutput(result.stdout)
  // stderr reaches the same command processor; nothing there may be a command at all.
  expect(parseRunnerOutput(result.stderr).commands).toEqual([])

  const [stop, resume, ...others] = view.commands.filter(
    (command) => command.kind === 'stop' || command.kind === 'resume'
  )
  // Exactly one fence, opened and closed by the action with a token nobody could guess.
  expect(others).toEqual([])
  expect(stop?.kind).toBe('stop')
  expect(resume?.kind).toBe('resume')
  expect(stop?.data).toMatch(/^[0-9a-f]{32,}$/)
  expect(resume?.name).toBe(stop?.data)
  expect(view.commands.some((command) => command.kind === 'invalid-stop')).toBe(false)

  // The agent text reached the log, as text, inside the fence.
  const opened = view.lines.indexOf(stop?.line ?? '')
  const closed = view.lines.lastIndexOf(resume?.line ?? '')
  const carrying = view.lines.flatMap((line, index) => (line.includes(MARK) ? [index] : []))
  expect(carrying.length).toBeGreaterThan(0)
  expect(view.text.some((line) => line.includes('::add-mask::escalated'))).toBe(true)
  expect(view.text.some((line) => line.includes('title=Verification passed'))).toBe(true)

  for (const command of view.commands) {
    if (command.kind !== 'command') continue
    // The action's own commands only: the token's mask, annotations, debug lines.
    expect(['add-mask', 'error', 'warning', 'notice', 'debug']).toContain(command.name)
    expect(command.properties['title'] ?? '').not.toMatch(/Verification passed|PWNED/)
  }
  // Agent text appears outside the fence only as the data of the action's own failure message.
  for (const index of carrying) {
    if (index > opened && index < closed) continue
    const own = view.commands.find((command) => command.line === view.lines[index])
    expect(own?.name).toBe('error')
    expect(own?.data).toMatch(/^item 01 escalated: /)
  }
  // Masks come from the action (its token, the fence token, the artifact client's URL
  // signatures), never from agent text: masking a word like "escalated" would hide it.
  expect(view.masks).toContain(TOKEN)
  for (const mask of view.masks) expect(hostile.includes(mask)).toBe(false)
  expect(view.outputs).toEqual({})
  for (const name of Object.keys(result.outputs)) expect(DECLARED_OUTPUTS).toContain(name)
  return view
}

const TRIAGE_SUMMARY = hostileText('Needs the vendor first.')
const AGENT_STDERR = hostileText('agent crashed')

it('relays a hostile triage summary to the job log as text, not commands', async () => {
  const result = await runItem('hostile-triage.json', {
    version: 1,
    scripts: [
      {
        lane: 'execute',
        item_id: '01',
        steps: [
          {
            write: {
              'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
            }
          }
        ]
      },
      {
        lane: 'triage',
        item_id: '01',
        steps: [
          {
            report: {
              schema_version: 'plan_orchestrator.triage_report.v1',
              stage: 'triage',
              item_id: '{{item_id}}',
              attempt_number: '{{attempt}}',
              summary: TRIAGE_SUMMARY,
              overall_decision: 'blocked_external',
              reasoning_notes: [],
              merged_findings: [],
              suppressed_findings: [],
              next_stage: 'blocked_external'
            }
          }
        ]
      }
    ]
  })
  if (result.code !== 0) throw new Error(stepFailure(result))
  expect(result.outputs['terminal-state']).toBe('blocked_external')
  const view = expectAgentTextInert(result, TRIAGE_SUMMARY)
  // A blocked item is no failure: the only annotation is the action's own notice that this
  // job runs without an agent user; none comes from the agent's text.
  expect(
    view.commands
      .filter((command) => command.kind === 'command' && command.name !== 'debug')
      .map((command) => command.name)
  ).toEqual(expect.arrayContaining(['add-mask']))
  expect(
    view.commands
      .filter((command) => ['error', 'warning', 'notice'].includes(command.name))
      .map((command) => command.line)
  ).toEqual([
    "::warning::agent isolation is off: this job's agents run as the runner's own user (see docs/security.md)"
  ])
  // Each relayed event stays one line: the summary's first words and its attacks share it.
  const relayed = view.text.filter((line) => line.includes('Needs the vendor first.'))
  expect(relayed.length).toBeGreaterThan(0)
  for (const line of relayed) expect(line).toContain(`${MARK} after the agent's stop-commands`)
  expect(world.fake.violations).toEqual([])
})

it('relays a hostile agent stderr to the job log as text, and the action still fails the job', async () => {
  const result = await runItem('hostile-stderr.json', {
    version: 1,
    scripts: [
      {
        lane: 'execute',
        item_id: '01',
        // The kernel keeps the last lines of a failed agent's stderr in its reason.
        steps: [{ exit_code: 3, stderr: AGENT_STDERR }]
      }
    ]
  })
  expect(result.code).not.toBe(0)
  expect(result.outputs['terminal-state']).toBe('escalated')
  const view = expectAgentTextInert(result, AGENT_STDERR)
  // The agent's own stop-commands did not silence the action: its failure is an annotation.
  const failures = view.commands.filter(
    (command) => command.kind === 'command' && command.name === 'error'
  )
  expect(failures.at(-1)?.data).toMatch(/^item 01 escalated: /)
  expect(failures.at(-1)?.data).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
  expect(world.fake.violations).toEqual([])
})
