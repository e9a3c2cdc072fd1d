import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { type PlainMap, isMap, map, toPlain } from '../helpers/action-metadata.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * The reusable workflow runs the actions of its own commit, so a caller that pins its `uses:`
 * to a commit SHA pins everything that runs. Read with GitHub's own workflow parser: every
 * action of ours comes from a checkout of `job.workflow_repository` at `job.workflow_sha`,
 * made after the job's checkout of the caller's repository (which would clean it away), and
 * failing instead of falling back to the caller's repository when those values are missing.
 */

const REUSABLE = '.github/workflows/plan-orchestrator.yml'
const OWN_DIR = '.plan-orchestrator'
const LOCAL_USES = /^\.\/\.plan-orchestrator(?:\/(?<sub>[^@]+))?$/

interface Step {
  readonly uses: string
  readonly with: PlainMap
}

function parse(content: string): { errors: string[]; jobs: PlainMap } {
  const result = parseWorkflow({ name: REUSABLE, content }, new NoOperationTraceWriter())
  const value = result.value === undefined ? null : toPlain(result.value)
  return {
    errors: result.context.errors.getErrors().map((error) => error.message),
    jobs: isMap(value) ? map(value['jobs']) : {}
  }
}

function stepsOf(job: PlainMap): Step[] {
  const steps = job['steps']
  return (Array.isArray(steps) ? steps : []).map((step) => ({
    uses: String(map(step)['uses'] ?? ''),
    with: map(map(step)['with'])
  }))
}

/** What breaks the rule, one line per problem. */
function pinningViolations(jobs: PlainMap): string[] {
  const out: string[] = []
  for (const [id, job] of Object.entries(jobs)) {
    const steps = stepsOf(map(job))
    steps.forEach((step, index) => {
      const where = `jobs.${id}.steps.${index}`
      if (/^plan-orchestrator\/plan-orchestrator\b/.test(step.uses))
        out.push(`${where}: uses ${step.uses}, a ref the caller did not pin`)
      const local = LOCAL_USES.exec(step.uses)
      if (local === null) return
      const file =
        local.groups?.['sub'] === undefined ? 'action.yml' : `${local.groups['sub']}/action.yml`
      if (!existsSync(join(PROJECT_ROOT, file))) out.push(`${where}: ${file} does not exist here`)
      const checkouts = steps.slice(0, index).map((candidate, k) => ({ ...candidate, k }))
      const own = checkouts.filter(
        (candidate) =>
          candidate.uses.startsWith('actions/checkout@') && candidate.with['path'] === OWN_DIR
      )
      const last = own.at(-1)
      if (last === undefined) {
        out.push(`${where}: no checkout of the workflow's own commit into ${OWN_DIR} before it`)
        return
      }
      const repository = String(last.with['repository'] ?? '')
      const ref = String(last.with['ref'] ?? '')
      if (!/^\$\{\{ job\.workflow_repository \|\| '[^'/]*-unavailable[^']*' \}\}$/.test(repository))
        out.push(
          `${where}: the checkout's repository must be job.workflow_repository, failing closed`
        )
      if (!/^\$\{\{ job\.workflow_sha \|\| '[^']*-unavailable' \}\}$/.test(ref))
        out.push(`${where}: the checkout's ref must be job.workflow_sha, failing closed`)
      if (String(last.with['persist-credentials']) !== 'false')
        out.push(`${where}: the checkout must set persist-credentials: false`)
      const rootAfter = checkouts.some(
        (candidate) =>
          candidate.k > last.k &&
          candidate.uses.startsWith('actions/checkout@') &&
          (candidate.with['path'] === undefined || candidate.with['path'] === '.')
      )
      if (rootAfter) out.push(`${where}: a later checkout of the workspace cleans ${OWN_DIR} away`)
    })
  }
  return out
}

describe('the reusable workflow pins its own actions', () => {
  const content = readFileSync(join(PROJECT_ROOT, REUSABLE), 'utf8')
  const parsed = parse(content)

  it('runs every action of ours from a checkout of its own commit', () => {
    expect(parsed.errors).toEqual([])
    expect(pinningViolations(parsed.jobs)).toEqual([])
    const ours = Object.entries(parsed.jobs).flatMap(([id, job]) =>
      stepsOf(map(job))
        .filter((step) => LOCAL_USES.test(step.uses))
        .map((step) => `${id}: ${step.uses}`)
    )
    expect(ours).toEqual([
      'plan: ./.plan-orchestrator/plan',
      'item: ./.plan-orchestrator',
      'gate: ./.plan-orchestrator/gate',
      'gate-rejected: ./.plan-orchestrator/gate',
      'continue: ./.plan-orchestrator/dispatch'
    ])
  })

  const own =
    /( {6}- uses: actions\/checkout@v6\n {8}with:\n {10}repository: [^\n]*\n {10}ref: [^\n]*\n {10}path: \.plan-orchestrator\n {10}persist-credentials: false\n)/
  const broken: Array<[string, (yaml: string) => string, RegExp]> = [
    [
      'a moving tag of ours',
      (yaml) =>
        yaml.replace(
          'uses: ./.plan-orchestrator/plan\n',
          'uses: plan-orchestrator/plan-orchestrator/plan@v1\n'
        ),
      /jobs\.plan\.steps\.2: uses plan-orchestrator\/plan-orchestrator\/plan@v1, a ref the caller did not pin/
    ],
    [
      "the caller's commit instead of the workflow's",
      (yaml) =>
        yaml.replace(
          "ref: ${{ job.workflow_sha || 'job.workflow_sha-is-unavailable' }}",
          'ref: ${{ github.sha }}'
        ),
      /ref must be job\.workflow_sha/
    ],
    [
      'no fallback that fails closed',
      (yaml) =>
        yaml.replace(
          "${{ job.workflow_repository || 'job.workflow_repository-is-unavailable/fail-closed' }}",
          '${{ job.workflow_repository }}'
        ),
      /repository must be job\.workflow_repository, failing closed/
    ],
    [
      'no checkout of its own commit in the continue job',
      (yaml) => {
        const start = yaml.indexOf('  continue:')
        return yaml.slice(0, start) + yaml.slice(start).replace(own, '')
      },
      /jobs\.continue\.steps\.0: no checkout of the workflow's own commit/
    ],
    [
      "its own checkout before the caller's (which cleans it away)",
      (yaml) => {
        const start = yaml.indexOf('  plan:')
        const end = yaml.indexOf('  item:')
        const job = yaml.slice(start, end)
        const ownBlock = own.exec(job)?.[1] ?? ''
        const callerBlock =
          /( {6}- uses: actions\/checkout@v6\n {8}with:\n {10}persist-credentials: false\n)/.exec(
            job
          )?.[1] ?? ''
        const swapped = job.replace(ownBlock, '').replace(callerBlock, ownBlock + callerBlock)
        return yaml.slice(0, start) + swapped + yaml.slice(end)
      },
      /jobs\.plan\.steps\.\d: a later checkout of the workspace cleans \.plan-orchestrator away/
    ]
  ]

  it.each(broken)('catches %s', (_name, breakIt, expected) => {
    const mutated = breakIt(content)
    expect(mutated).not.toBe(content)
    const result = parse(mutated)
    expect(result.errors).toEqual([])
    expect(pinningViolations(result.jobs).join('\n')).toMatch(expected)
  })

  it('is documented where callers read about pinning', () => {
    for (const doc of ['README.md', 'docs/github-action.md']) {
      const text = readFileSync(join(PROJECT_ROOT, doc), 'utf8')
      expect([doc, text.includes('job.workflow_sha')]).toEqual([doc, true])
      expect([doc, /commit SHA/.test(text)]).toEqual([doc, true])
    }
  })
})
