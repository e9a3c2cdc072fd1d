import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import {
  type Plain,
  type PlainMap,
  isMap,
  map,
  readActionMetadata,
  toPlain
} from '../helpers/action-metadata.js'

/**
 * The workflow users run (the reusable workflow and the example that calls it), read with
 * GitHub's own workflow parser, and checked against the invariants the design relies on:
 * least privilege, the environment gate, one writer per run, secrets only where the agents
 * run, and `uses:`/`with:` that match the action metadata in this repository.
 */

const ROOT = join(import.meta.dirname, '..', '..')
const REUSABLE = '.github/workflows/plan-orchestrator.yml'
const EXAMPLE = 'examples/workflows/plan-orchestrator.yml'
/**
 * Ours: the published form (`plan-orchestrator/plan-orchestrator/plan@v1`, the example's call of
 * the reusable workflow) or the reusable workflow's own checkout (`./.plan-orchestrator/plan`,
 * see pinning.test.ts).
 */
const OUR_USES =
  /^(?:plan-orchestrator\/plan-orchestrator(?=.*@)|\.\/\.plan-orchestrator(?!.*@))(?:\/(?<sub>[^@]+))?(?:@(?<ref>.+))?$/
const ROOT_ACTION = /^(?:plan-orchestrator\/plan-orchestrator@|\.\/\.plan-orchestrator$)/
const THIRD_PARTY_USES = /^actions\/(?:checkout|attest)@v\d+$/
const RUNS_ON = '${{ fromJSON(inputs.runner-labels) }}'
const GATE_ENVIRONMENT = '${{ inputs.gate-environment }}'
/** The inputs the dispatch action sends to the next hop: the example must declare them. */
const HOP_INPUTS = ['playbook', 'run-id', 'state-run-id', 'hop', 'evidence-path']
/** The only write scopes, and the jobs that may hold them. */
const ALLOWED_WRITES: Record<string, string[]> = {
  // pull-requests: the hand-off (input pull-request) opens and updates the run's pull request.
  item: ['contents', 'pull-requests'],
  gate: ['contents', 'pull-requests'],
  'gate-rejected': ['contents', 'pull-requests'],
  continue: ['actions'],
  attest: ['id-token', 'attestations']
}
/** Scopes beyond contents and actions, and the one job that may hold them. */
const SIGNING_SCOPES = ['id-token', 'attestations']

interface Parsed {
  errors: string[]
  doc: PlainMap
}

function read(relativePath: string): string {
  return readFileSync(join(ROOT, relativePath), 'utf8')
}

function parseWorkflowText(name: string, content: string): Parsed {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = result.context.errors.getErrors().map((error) => error.message)
  const doc = result.value === undefined ? null : toPlain(result.value)
  return { errors, doc: isMap(doc) ? doc : {} }
}

function list(value: Plain | undefined): Plain[] {
  if (Array.isArray(value)) return value
  return value === undefined || value === null ? [] : [value]
}

function text(value: Plain | undefined): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)
}

/** Every string in a value with its path (`jobs.item.steps.1.env.X`). */
function strings(value: Plain, path: string[] = []): Array<{ path: string[]; value: string }> {
  if (typeof value === 'string') return [{ path, value }]
  if (Array.isArray(value))
    return value.flatMap((item, index) => strings(item, [...path, `${index}`]))
  if (isMap(value))
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]))
  return []
}

function matches(pattern: RegExp, source: string): string[][] {
  return [...source.matchAll(pattern)].map((match) => match.slice(1))
}

// ---------------------------------------------------------------------------------------------
// Action metadata and reusable-workflow interfaces

interface Interface {
  inputs: Map<string, { required: boolean }>
  outputs: Set<string>
  secrets: Set<string>
}

function actionInterface(actionFile: string): Interface {
  const doc = readActionMetadata(actionFile)
  const inputs = new Map<string, { required: boolean }>()
  for (const [name, spec] of Object.entries(map(doc['inputs']))) {
    // An input with a default is satisfied without a `with:` entry.
    inputs.set(name, { required: map(spec)['required'] === true && !('default' in map(spec)) })
  }
  return { inputs, outputs: new Set(Object.keys(map(doc['outputs']))), secrets: new Set() }
}

function workflowCallInterface(doc: PlainMap): Interface {
  const call = map(map(doc['on'])['workflow_call'])
  const inputs = new Map<string, { required: boolean }>()
  for (const [name, spec] of Object.entries(map(call['inputs']))) {
    inputs.set(name, { required: map(spec)['required'] === true && !('default' in map(spec)) })
  }
  return {
    inputs,
    outputs: new Set(Object.keys(map(call['outputs']))),
    secrets: new Set(Object.keys(map(call['secrets'])))
  }
}

/**
 * The interface a `uses:` of ours points at, read from this repository: the root action, a
 * sub-action directory with an action.yml, or the reusable workflow file.
 */
function resolveOurs(uses: string): { file: string; iface: Interface } | string {
  const sub = OUR_USES.exec(uses)?.groups?.['sub']
  const file = sub === undefined ? 'action.yml' : sub.endsWith('.yml') ? sub : `${sub}/action.yml`
  if (!existsSync(join(ROOT, file))) return `${uses} points at ${file}, which does not exist`
  if (file.endsWith('action.yml')) return { file, iface: actionInterface(file) }
  return { file, iface: workflowCallInterface(parseWorkflowText(file, read(file)).doc) }
}

/** `with:` keys must be declared inputs; required inputs must be given. */
function withViolations(where: string, uses: string, given: PlainMap): string[] {
  const resolved = resolveOurs(uses)
  if (typeof resolved === 'string') return [`${where}: ${resolved}`]
  const out: string[] = []
  for (const key of Object.keys(given)) {
    if (!resolved.iface.inputs.has(key)) {
      out.push(`${where}: with.${key} is not an input of ${resolved.file}`)
    }
  }
  for (const [name, spec] of resolved.iface.inputs) {
    if (spec.required && !(name in given)) {
      out.push(`${where}: required input ${name} of ${resolved.file} is not given`)
    }
  }
  return out
}

function usesViolations(where: string, uses: string): string[] {
  if (OUR_USES.test(uses) || THIRD_PARTY_USES.test(uses)) return []
  return [`${where}: uses ${uses}, which is neither ours nor actions/checkout or actions/attest`]
}

function triggerViolations(doc: PlainMap, only: string): string[] {
  const on = doc['on']
  const events = isMap(on) ? Object.keys(on) : list(on).map(text)
  const out: string[] = []
  if (events.length !== 1 || events[0] !== only) {
    out.push(`on: expected only ${only}, got ${events.join(', ')}`)
  }
  for (const event of events) {
    if (event.startsWith('pull_request')) out.push(`on: ${event} must never trigger this workflow`)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The invariants

function reusableWorkflowViolations(doc: PlainMap): string[] {
  const out = triggerViolations(doc, 'workflow_call')
  const declared = workflowCallInterface(doc)
  const jobs = map(doc['jobs'])
  const push = (message: string) => out.push(message)

  const topPermissions = doc['permissions']
  if (!isMap(topPermissions) || Object.keys(topPermissions).length > 0) {
    push('permissions: the workflow must grant nothing at the top level (permissions: {})')
  }

  const workflowConcurrency = map(doc['concurrency'])
  const workflowGroup = text(workflowConcurrency['group'])
  if (!workflowGroup.includes('inputs.run-id')) push('concurrency: the group must be per run id')
  if (workflowConcurrency['cancel-in-progress'] !== false) {
    push('concurrency: cancel-in-progress must be false (a hop is never cancelled)')
  }

  for (const secret of declared.secrets) {
    if (!/^((CODEX|OPENAI|ANTHROPIC)_API_KEY|PULL_REQUEST_TOKEN)$/.test(secret))
      push(`secrets: unexpected secret ${secret}`)
  }

  for (const [id, jobValue] of Object.entries(jobs)) {
    const job = map(jobValue)
    const where = `jobs.${id}`
    if (job['runs-on'] !== RUNS_ON) push(`${where}: runs-on must be ${RUNS_ON}`)
    if (job['timeout-minutes'] === undefined) push(`${where}: timeout-minutes is missing`)

    const permissions = job['permissions']
    if (!isMap(permissions)) {
      push(`${where}: permissions must be an explicit mapping`)
    } else {
      for (const [scope, level] of Object.entries(permissions)) {
        if (
          scope !== 'contents' &&
          scope !== 'actions' &&
          scope !== 'pull-requests' &&
          !(id === 'attest' && SIGNING_SCOPES.includes(scope))
        ) {
          push(`${where}: permission ${scope} is not needed`)
        }
        if (level === 'write' && !(ALLOWED_WRITES[id] ?? []).includes(scope)) {
          push(`${where}: ${scope}: write is not allowed here`)
        }
      }
    }

    if ('environment' in job && id !== 'gate') {
      push(`${where}: only the gate job has an environment`)
    }

    const concurrency = job['concurrency']
    if (concurrency !== undefined) {
      if (map(concurrency)['cancel-in-progress'] !== false) {
        push(`${where}: concurrency cancel-in-progress must be false`)
      }
      if (text(map(concurrency)['group']) === workflowGroup) {
        push(`${where}: a job group equal to the workflow's group deadlocks`)
      }
    }

    // Context references: declared inputs, needed jobs, declared outputs.
    const needs = list(job['needs']).map(text)
    const expressions = strings(job).map((entry) => entry.value)
    for (const source of expressions) {
      for (const [name] of matches(/\binputs\.([\w-]+)/g, source)) {
        if (name !== undefined && !declared.inputs.has(name)) {
          push(`${where}: inputs.${name} is not a workflow_call input`)
        }
      }
      for (const [needed, kind, output] of matches(
        /\bneeds\.([\w-]+)\.(\w+)(?:\.([\w-]+))?/g,
        source
      )) {
        if (needed === undefined || !needs.includes(needed)) {
          push(`${where}: refers to needs.${needed ?? ''} without needing it`)
        } else if (kind === 'outputs' && !((output ?? '') in map(map(jobs[needed])['outputs']))) {
          push(`${where}: needs.${needed}.outputs.${output ?? ''} is not an output of ${needed}`)
        }
      }
    }

    // Steps: uses/with against the metadata, credentials-free checkouts.
    const steps = list(job['steps']).map(map)
    steps.forEach((step, index) => {
      const stepWhere = `${where}.steps.${index}`
      const uses = text(step['uses'])
      out.push(...usesViolations(stepWhere, uses))
      if (OUR_USES.test(uses)) out.push(...withViolations(stepWhere, uses, map(step['with'])))
      // Every step that names the gate environment names the one the gate job waits on.
      const given = map(step['with'])
      const named =
        OUR_USES.exec(uses)?.groups?.['sub'] === 'gate' ? 'environment' : 'gate-environment'
      if (OUR_USES.test(uses) && named in given && given[named] !== GATE_ENVIRONMENT) {
        push(`${stepWhere}: with.${named} must be ${GATE_ENVIRONMENT}`)
      }
      if (
        uses.startsWith('actions/checkout@') &&
        String(map(step['with'])['persist-credentials']) !== 'false'
      ) {
        push(`${stepWhere}: checkout must set persist-credentials: false`)
      }
    })

    // Job outputs come from a step of this job that declares that output.
    for (const [name, value] of Object.entries(map(job['outputs']))) {
      for (const [stepId, output] of matches(
        /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g,
        text(value)
      )) {
        const step = steps.find((candidate) => candidate['id'] === stepId)
        const resolved = step === undefined ? undefined : resolveOurs(text(step['uses']))
        if (resolved === undefined || typeof resolved === 'string') {
          push(`${where}: output ${name} reads step ${stepId ?? ''}, which is not ours here`)
        } else if (!resolved.iface.outputs.has(output ?? '')) {
          push(`${where}: output ${name} reads ${output ?? ''}, not an output of ${resolved.file}`)
        }
      }
    }
  }

  // Secrets reach only the environment of the item step that runs the agents.
  for (const entry of strings(doc)) {
    if (!entry.value.includes('secrets.') || entry.path[0] === 'on') continue
    const [root, job, stepsKey, index, envKey] = entry.path
    const step = map(list(map(jobs[job ?? ''])['steps'])[Number(index)])
    const inItemStep =
      root === 'jobs' &&
      job === 'item' &&
      stepsKey === 'steps' &&
      envKey === 'env' &&
      entry.path.length === 6 &&
      ROOT_ACTION.test(text(step['uses']))
    // The pull request token reaches our item and gate steps as their pull-request-token input.
    const asPullRequestToken =
      root === 'jobs' &&
      stepsKey === 'steps' &&
      envKey === 'with' &&
      entry.path[5] === 'pull-request-token' &&
      entry.path.length === 6 &&
      entry.value.trim() === '${{ secrets.PULL_REQUEST_TOKEN }}' &&
      OUR_USES.test(text(step['uses']))
    if (!inItemStep && !asPullRequestToken)
      push(`${entry.path.join('.')}: secrets may only reach the item step's env`)
  }

  // The jobs themselves.
  const plan = map(jobs['plan'])
  const item = map(jobs['item'])
  const gate = map(jobs['gate'])
  const rejected = map(jobs['gate-rejected'])
  const next = map(jobs['continue'])
  const usesOf = (job: PlainMap) => list(job['steps']).map((step) => text(map(step)['uses']))
  const runsAction = (job: PlainMap, sub: string) =>
    usesOf(job).some((uses) => OUR_USES.exec(uses)?.groups?.['sub'] === sub)

  if (!runsAction(plan, 'plan')) push('jobs.plan: must run the plan action')
  if (!usesOf(item).some((uses) => ROOT_ACTION.test(uses))) {
    push('jobs.item: must run the root action')
  }
  if (!/needs\.plan\.outputs\.done != 'true'/.test(text(item['if']))) {
    push('jobs.item: if must skip the item when the plan is done')
  }
  const itemConcurrency = map(item['concurrency'])
  if (!text(itemConcurrency['group']).includes('needs.plan.outputs.run-id')) {
    push('jobs.item: concurrency group must be per run (needs.plan.outputs.run-id)')
  }
  if (itemConcurrency['cancel-in-progress'] !== false) {
    push('jobs.item: concurrency cancel-in-progress must be false')
  }

  const environment = gate['environment']
  if (!isMap(environment) || environment['name'] !== GATE_ENVIRONMENT) {
    push('jobs.gate: environment.name must come from inputs.gate-environment')
  }
  if (!/needs\.item\.outputs\.terminal-state == 'awaiting_human_gate'/.test(text(gate['if']))) {
    push('jobs.gate: if must test needs.item.outputs.terminal-state == awaiting_human_gate')
  }
  if (!runsAction(gate, 'gate')) push('jobs.gate: must run the gate action')

  const rejectedIf = text(rejected['if'])
  if (!/always\(\)/.test(rejectedIf) || !/needs\.gate\.result == 'failure'/.test(rejectedIf)) {
    push("jobs.gate-rejected: if must be always() && needs.gate.result == 'failure'")
  }
  if (!runsAction(rejected, 'gate')) push('jobs.gate-rejected: must run the gate action')

  const dispatch = list(next['steps'])
    .map(map)
    .find((step) => OUR_USES.exec(text(step['uses']))?.groups?.['sub'] === 'dispatch')
  if (dispatch === undefined) {
    push('jobs.continue: must run the dispatch action')
  } else {
    const given = map(dispatch['with'])
    if (given['state-run-id'] !== '${{ github.run_id }}') {
      push('jobs.continue: the next hop restores from this workflow run (github.run_id)')
    }
    if (given['hop'] !== '${{ inputs.hop }}') {
      push('jobs.continue: hop is this hop (the dispatch action adds 1)')
    }
  }
  if (!/!cancelled\(\)|always\(\)/.test(text(next['if']))) {
    push('jobs.continue: if needs a status function, or a skipped gate skips it')
  }
  return out
}

function exampleViolations(doc: PlainMap, exampleFile: string, called: PlainMap): string[] {
  const out = triggerViolations(doc, 'workflow_dispatch')
  const inputs = map(map(map(doc['on'])['workflow_dispatch'])['inputs'])
  const names = Object.keys(inputs)
  if (names.length > 25) out.push(`on.workflow_dispatch: ${names.length} inputs, at most 25`)
  for (const name of HOP_INPUTS) {
    if (!(name in inputs)) out.push(`on.workflow_dispatch: input ${name} is missing`)
  }
  if (map(inputs['playbook'])['required'] !== true) out.push('playbook must be required')

  const runName = text(doc['run-name'])
  for (const shown of ['inputs.playbook', 'inputs.run-id', 'inputs.hop']) {
    if (!runName.includes(shown)) out.push(`run-name must show ${shown}`)
  }

  // The caller grants at least what every called job asks for.
  const granted = map(doc['permissions'])
  for (const [id, job] of Object.entries(map(called['jobs']))) {
    for (const [scope, level] of Object.entries(map(map(job)['permissions']))) {
      if (level === 'write' && granted[scope] !== 'write') {
        out.push(`permissions: the called job ${id} needs ${scope}: write`)
      }
      if (level === 'read' && granted[scope] !== 'read' && granted[scope] !== 'write') {
        out.push(`permissions: the called job ${id} needs ${scope}: read`)
      }
    }
  }

  const declared = workflowCallInterface(called)
  for (const [id, jobValue] of Object.entries(map(doc['jobs']))) {
    const job = map(jobValue)
    const where = `jobs.${id}`
    const uses = text(job['uses'])
    if (!OUR_USES.test(uses) || !uses.includes('/.github/workflows/')) {
      out.push(`${where}: must call the reusable workflow`)
      continue
    }
    const given = map(job['with'])
    out.push(...withViolations(where, uses, given))
    if (given['dispatch-workflow'] !== basename(exampleFile)) {
      out.push(`${where}: dispatch-workflow must name this file (${basename(exampleFile)})`)
    }
    const secrets = job['secrets']
    if (secrets !== 'inherit') {
      for (const name of Object.keys(map(secrets))) {
        if (!declared.secrets.has(name)) out.push(`${where}: secret ${name} is not declared`)
      }
    }
  }

  for (const entry of strings(doc)) {
    if (!entry.value.includes('secrets.')) continue
    if (!(entry.path[0] === 'jobs' && entry.path[2] === 'secrets' && entry.path.length === 4)) {
      out.push(`${entry.path.join('.')}: secrets only go to the called workflow's secrets`)
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------

/** Replaces exactly one occurrence, so a mutation that no longer applies fails loudly. */
function mutate(content: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string'
      ? content.split(from).length - 1
      : [...content.matchAll(new RegExp(from.source, 'g'))].length
  if (count !== 1) throw new Error(`mutation ${String(from)} matches ${count} times`)
  return content.replace(from, to)
}

describe('the reusable workflow', () => {
  const content = read(REUSABLE)
  const parsed = parseWorkflowText(REUSABLE, content)

  test('parses without errors', () => {
    expect(parsed.errors).toEqual([])
    expect(Object.keys(map(parsed.doc['jobs']))).toEqual([
      'plan',
      'item',
      'gate',
      'gate-rejected',
      'attest',
      'continue'
    ])
  })

  test('holds every invariant', () => {
    expect(reusableWorkflowViolations(parsed.doc)).toEqual([])
  })

  test('grants each job exactly the permissions it needs', () => {
    const permissions = Object.fromEntries(
      Object.entries(map(parsed.doc['jobs'])).map(([id, job]) => [id, map(job)['permissions']])
    )
    expect(permissions).toEqual({
      plan: { contents: 'read', actions: 'read' },
      item: { contents: 'write', actions: 'read', 'pull-requests': 'write' },
      gate: { contents: 'write', actions: 'read', 'pull-requests': 'write' },
      'gate-rejected': { contents: 'write', actions: 'read', 'pull-requests': 'write' },
      attest: { 'id-token': 'write', attestations: 'write' },
      continue: { contents: 'read', actions: 'write' }
    })
  })

  test('times the item job from an input and bounds the others', () => {
    const jobs = map(parsed.doc['jobs'])
    expect(map(jobs['item'])['timeout-minutes']).toBe('${{ inputs.item-timeout-minutes }}')
    for (const id of ['plan', 'gate', 'gate-rejected', 'attest', 'continue']) {
      expect(map(jobs[id])['timeout-minutes']).toEqual(expect.any(Number))
    }
  })

  const broken: Array<[string, (text: string) => string, RegExp]> = [
    [
      'the gate without its environment',
      (yaml) => mutate(yaml, / {4}environment:\n {6}name: .*\n {6}url: .*\n/, ''),
      /jobs\.gate: environment\.name/
    ],
    [
      'the item concurrency cancelling in progress',
      (yaml) =>
        mutate(
          yaml,
          /(group: plan-orchestrator-\$\{\{ needs\.plan[^\n]*\n\s*cancel-in-progress:) false/,
          '$1 true'
        ),
      /jobs\.item: concurrency cancel-in-progress/
    ],
    [
      'actions: write on the plan job',
      (yaml) =>
        mutate(
          yaml,
          /( {2}plan:\n[\s\S]*?permissions:\n\s*contents: read\n\s*actions:) read/,
          '$1 write'
        ),
      /jobs\.plan: actions: write is not allowed/
    ],
    [
      'a secret in the plan step',
      (yaml) =>
        mutate(
          yaml,
          'gate-environment: ${{ inputs.gate-environment }}\n\n  item:',
          'gate-environment: ${{ inputs.gate-environment }}\n        env:\n          K: ${{ secrets.OPENAI_API_KEY }}\n\n  item:'
        ),
      /jobs\.plan\.steps\.2\.env\.K: secrets may only reach/
    ],
    [
      'an undeclared with: key',
      (yaml) =>
        mutate(
          yaml,
          'item-id: ${{ needs.plan.outputs.item-id }}\n',
          'item: ${{ needs.plan.outputs.item-id }}\n'
        ),
      /with\.item is not an input of action\.yml[\s\S]*required input item-id/
    ],
    [
      'a credentialed checkout',
      (yaml) =>
        mutate(
          yaml,
          /(fetch-depth: 0\n\s*persist-credentials:) false(\n(?:.*\n){7}\s*- id: item)/,
          '$1 true$2'
        ),
      /jobs\.item\.steps\.0: checkout must set persist-credentials: false/
    ],
    [
      'a pull_request_target trigger',
      (yaml) =>
        mutate(yaml, 'on:\n  workflow_call:', 'on:\n  pull_request_target:\n  workflow_call:'),
      /pull_request_target must never trigger/
    ],
    [
      'a job group equal to the workflow group',
      (yaml) =>
        mutate(
          yaml,
          'group: plan-orchestrator-${{ needs.plan.outputs.run-id || github.run_id }}',
          'group: plan-orchestrator-workflow-${{ inputs.run-id || github.run_id }}'
        ),
      /jobs\.item: a job group equal to the workflow's group deadlocks/
    ],
    [
      'the item step naming another gate environment',
      (yaml) =>
        mutate(
          yaml,
          'agent-isolation: ${{ inputs.agent-isolation }}\n          gate-environment: ${{ inputs.gate-environment }}\n',
          'agent-isolation: ${{ inputs.agent-isolation }}\n          gate-environment: production\n'
        ),
      /jobs\.item\.steps\.2: with\.gate-environment must be/
    ],
    [
      'a needs output the needed job does not declare',
      (yaml) => mutate(yaml, 'needs.gate.outputs.decision ==', 'needs.gate.outputs.verdict =='),
      /jobs\.continue: needs\.gate\.outputs\.verdict is not an output of gate/
    ],
    [
      'a job output from an undeclared action output',
      (yaml) => mutate(yaml, 'steps.plan.outputs.status', 'steps.plan.outputs.state'),
      /output status reads state, not an output of plan\/action\.yml/
    ]
  ]

  test.each(broken)('fails the invariants with %s', (_name, breakIt, expected) => {
    const mutated = parseWorkflowText(REUSABLE, breakIt(content))
    expect(mutated.errors).toEqual([])
    expect(reusableWorkflowViolations(mutated.doc).join('\n')).toMatch(expected)
  })

  test('reports a parse error for a workflow GitHub would reject', () => {
    const mutated = mutate(content, 'timeout-minutes: 10\n', 'timeout-minute: 10\n')
    expect(parseWorkflowText(REUSABLE, mutated).errors.join('\n')).toMatch(/timeout-minute/)
  })
})

describe('the example workflow', () => {
  const content = read(EXAMPLE)
  const parsed = parseWorkflowText(EXAMPLE, content)
  const called = parseWorkflowText(REUSABLE, read(REUSABLE)).doc

  test('parses without errors', () => {
    expect(parsed.errors).toEqual([])
  })

  test('holds every invariant', () => {
    expect(exampleViolations(parsed.doc, EXAMPLE, called)).toEqual([])
  })

  test('declares the inputs the dispatch sends with the types the called workflow takes', () => {
    const dispatchInputs = map(map(map(parsed.doc['on'])['workflow_dispatch'])['inputs'])
    const callInputs = map(map(map(called['on'])['workflow_call'])['inputs'])
    for (const name of HOP_INPUTS) {
      expect([name, map(dispatchInputs[name])['type']]).toEqual([
        name,
        map(callInputs[name])['type']
      ])
    }
  })

  test('with attest: true, parses and requests exactly the permissions docs/provenance.md documents', () => {
    const attesting = parseWorkflowText(EXAMPLE, mutate(content, 'attest: false', 'attest: true'))
    expect(attesting.errors).toEqual([])
    expect(exampleViolations(attesting.doc, EXAMPLE, called)).toEqual([])
    const given = map(map(map(attesting.doc['jobs'])['plan-orchestrator'])['with'])
    expect(given['attest']).toBe(true)
    // The permissions block the doc shows for the attest job, line by line.
    const documented = /```yaml\n# the attest job\npermissions:\n((?: {2}[\w-]+: \w+\n)+)```/.exec(
      read('docs/provenance.md')
    )?.[1]
    expect(documented).toBeDefined()
    const scopes = Object.fromEntries(
      (documented ?? '')
        .trim()
        .split('\n')
        .map((line) => line.trim().split(': '))
    )
    const attestJob = map(map(called['jobs'])['attest'])
    expect(map(attestJob['permissions'])).toEqual(scopes)
    expect(scopes).toEqual({ 'id-token': 'write', attestations: 'write' })
    // Only when asked, and only after a pass or an approval.
    expect(text(attestJob['if'])).toMatch(/inputs\.attest/)
    expect(map(attesting.doc['permissions'])).toMatchObject(scopes)
  })

  const broken: Array<[string, (text: string) => string, RegExp]> = [
    [
      'more than 25 inputs',
      (yaml) =>
        mutate(
          yaml,
          '    inputs:\n',
          '    inputs:\n' +
            Array.from({ length: 21 }, (_, i) => `      extra-${i}:\n        type: string\n`).join(
              ''
            )
        ),
      /26 inputs, at most 25/
    ],
    [
      'no state-run-id input',
      (yaml) => mutate(yaml, / {6}state-run-id:\n( {8}.*\n)+?(?= {6}hop:)/, ''),
      /input state-run-id is missing/
    ],
    [
      'contents: read only',
      (yaml) =>
        mutate(
          yaml,
          /permissions:\n {2}actions: write\n {2}contents: write/,
          'permissions:\n  actions: write\n  contents: read'
        ),
      /called job item needs contents: write/
    ],
    [
      'no id-token grant for the attest job',
      (yaml) => mutate(yaml, '  id-token: write\n', ''),
      /called job attest needs id-token: write/
    ],
    [
      'a secret the called workflow does not declare',
      (yaml) =>
        mutate(yaml, '    secrets:\n', '    secrets:\n      GH_PAT: ${{ secrets.GH_PAT }}\n'),
      /secret GH_PAT is not declared/
    ]
  ]

  test.each(broken)('fails the invariants with %s', (_name, breakIt, expected) => {
    const mutated = parseWorkflowText(EXAMPLE, breakIt(content))
    expect(mutated.errors).toEqual([])
    expect(exampleViolations(mutated.doc, EXAMPLE, called).join('\n')).toMatch(expected)
  })
})
