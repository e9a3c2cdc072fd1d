import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { buildClaudeInvocation } from '../../src/adapters/agents/claude.js'
import { buildCodexInvocation } from '../../src/adapters/agents/codex.js'
import { defaultReport } from '../../src/adapters/agents/default-reports.js'
import type { Lane } from '../../src/kernel/ports.js'
import { CODEX_LANES, createContractArea } from './cases.js'
import { lintStrictSchema } from './codex-strict-lint.js'

/**
 * The schemas exactly as our adapters hand them over, taken from the built invocation:
 * codex's `--output-schema` file must stay inside OpenAI's strict subset (the API refuses
 * anything else), claude's `--json-schema` must compile under Claude's own validator (ajv 8,
 * draft-07 default, allErrors), or Claude silently runs without structured output.
 */

const area = createContractArea()
afterAll(() => area.remove())

const call = (lane: Lane) => ({ lane, itemId: 'W1-01', attempt: 1, cycle: 'execute.round-0' })

describe('the schema handed to codex', () => {
  const handed = (lane: Lane): object => {
    const invocation = buildCodexInvocation(area.request(lane), { sourceEnv: {} })
    const path = invocation.args[invocation.args.indexOf('--output-schema') + 1]
    const file = invocation.files.find((entry) => entry.path === path)
    if (!file) throw new Error(`--output-schema ${path} is not among the files written for the run`)
    return JSON.parse(file.content) as object
  }

  it.each(CODEX_LANES)('passes the strict-subset lint for %s', (lane) => {
    expect(lintStrictSchema(handed(lane))).toEqual([])
  })

  it.each(CODEX_LANES)('still accepts every report the kernel accepts (%s)', (lane) => {
    const request = area.request(lane)
    const report = defaultReport(call(lane), ['docs/x.md'])
    const ajv = new Ajv2020({ allErrors: true })
    expect(ajv.validate(request.schema.json, report)).toBe(true)
    expect([ajv.validate(handed(lane), report), ajv.errors ?? []]).toEqual([true, []])
  })

  it.each(CODEX_LANES)(
    'keeps every field, requirement and choice of the kernel schema (%s)',
    (lane) => {
      // Preparation may only drop keywords strict mode lacks, never fields or choices.
      expect(shape(handed(lane))).toEqual(shape(area.request(lane).schema.json))
      const wrongConst = { ...defaultReport(call(lane), []), schema_version: 'other.v1' }
      expect(new Ajv2020().validate(handed(lane), wrongConst)).toBe(false)
    }
  )
})

describe('the schema handed to claude', () => {
  const invocation = buildClaudeInvocation(area.request('audit_claude'), { sourceEnv: {} })
  const handed = JSON.parse(invocation.args[invocation.args.indexOf('--json-schema') + 1] ?? '')

  it("compiles under Claude's validator (ajv 8, draft-07 default)", () => {
    const validate = new Ajv({ allErrors: true }).compile(handed)
    const report = defaultReport(call('audit_claude'), [])
    expect([validate(report), validate.errors ?? []]).toEqual([true, []])
    expect(validate({ ...report, overall_verdict: 'maybe' })).toBe(false)
  })

  it('needs the preparation: the kernel schema as-is does not compile there', () => {
    const canonical = area.request('audit_claude').schema.json
    expect(() => new Ajv({ allErrors: true }).compile(canonical)).toThrow(/2020-12/)
  })
})

/** Each property path with its type, requiredness and allowed values (`const` as a one-value enum). */
function shape(schema: unknown, path = '#', out: string[] = []): string[] {
  if (typeof schema !== 'object' || schema === null) return out
  const node = schema as Record<string, unknown>
  const choices = 'const' in node ? [node.const] : node.enum
  out.push(`${path} ${JSON.stringify(node.type)} ${JSON.stringify(choices ?? null)}`)
  const required = Array.isArray(node.required) ? node.required : []
  for (const [name, sub] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) {
    const child = `${path}.${name}${required.includes(name) ? '' : '?'}`
    shape(sub, child, out)
  }
  if (node.items !== undefined) shape(node.items, `${path}[]`, out)
  return out
}
