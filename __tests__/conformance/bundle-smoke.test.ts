import { runBundledCli } from '../helpers/bundled-cli.js'
import { runCliInProcess } from '../helpers/in-process-cli.js'
import { PLAYBOOKS_DIR, casesOf } from './corpus.js'

// The corpus runs in-process for speed; these cases run through the committed bundle too and
// must print exactly what the sources print, so the two can never drift apart unseen.
const SMOKE_CASES = [
  casesOf('match')[0],
  casesOf('error')[0],
  casesOf('reject')[0],
  casesOf('github')[0]
].filter((name): name is string => name !== undefined)

const COMMANDS = (name: string): string[][] => [
  ['normalize', '--playbook', `${name}.md`],
  ['list-items', '--playbook', `${name}.md`],
  ['list-items', '--playbook', `${name}.md`, '--format', 'json'],
  ['show-item', '--playbook', `${name}.md`, '--item', '01', '--format', 'json']
]

/** `generated_at_utc` is the moment of each run, the one field two runs may differ in. */
const withoutClock = (text: string): string =>
  text.replace(/"generated_at_utc": "[^"]*"/g, '"generated_at_utc": "…"')

describe.each(SMOKE_CASES)('the bundled CLI on %s', (name) => {
  it.each(COMMANDS(name))('%s prints what the sources print', async (...args) => {
    const bundled = runBundledCli(args, { cwd: PLAYBOOKS_DIR })
    const source = await runCliInProcess(args, { cwd: PLAYBOOKS_DIR })
    expect(bundled.code).toBe(source.code)
    expect(withoutClock(bundled.stdout)).toBe(withoutClock(source.stdout))
    expect(bundled.stderr).toBe(source.stderr)
  })
})

it('smoke-tests a case of every class', () => {
  expect(SMOKE_CASES).toHaveLength(4)
})
