import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ErrorObject, ValidateFunction } from 'ajv'

/**
 * Checks requests and responses against the slice of GitHub's OpenAPI description vendored by
 * scripts/vendor-openapi.ts, so the GitHub fake cannot drift into answers GitHub never gives and
 * our clients cannot send bodies GitHub would refuse. Problems come back as strings rather than
 * throwing: the fake collects them and the tests assert there are none.
 */

type Schema = Record<string, unknown>

interface Parameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header'
  readonly required: boolean
  readonly schema: Schema
}

interface Operation {
  readonly operationId: string
  readonly parameters: readonly Parameter[]
  readonly requestBody: { readonly required: boolean; readonly schema: Schema } | null
  readonly responses: Readonly<Record<string, { readonly schema?: Schema }>>
}

interface Subset {
  readonly source: string
  readonly basic_error: Schema
  readonly operations: Readonly<Record<string, Operation>>
  readonly $defs: Readonly<Record<string, Schema>>
}

export const SUBSET_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'openapi',
  'github-subset.json'
)

const subset = JSON.parse(readFileSync(SUBSET_FILE, 'utf8')) as Subset

/** Where the vendored description came from, e.g. `@octokit/openapi@23.0.2`. */
export const OPENAPI_SOURCE = subset.source

// strict: an OpenAPI-only keyword the vendoring script failed to translate must fail loudly here
// instead of being silently ignored. Union types are how `nullable` was translated.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
ajv.addFormat('uri', {
  type: 'string',
  validate: (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value)
})
ajv.addFormat('date-time', {
  type: 'string',
  validate: (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) &&
    !Number.isNaN(Date.parse(value))
})
ajv.addFormat('email', { type: 'string', validate: /^[^\s@]+@[^\s@]+$/ })
// GitHub's `owner/name` (the head_repo of a new pull request).
ajv.addFormat('repo.nwo', { type: 'string', validate: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/ })
// OpenAPI's integer width; ids beyond 2^53 would already be corrupted by JSON.parse in JS clients.
ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) })

// The shared definitions are registered once under their own id; an operation's `#/$defs/...`
// references, written relative to the subset file, are pointed at that id when compiled.
const DEFS_ID = 'https://plan-orchestrator.invalid/github-subset.json'
ajv.addSchema({ $id: DEFS_ID, $defs: subset.$defs })

function anchored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(anchored)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '$ref' && typeof child === 'string' && child.startsWith('#/')
        ? `${DEFS_ID}${child}`
        : anchored(child)
    ])
  )
}

const compiled = new Map<string, ValidateFunction>()

function validator(key: string, schema: Schema): ValidateFunction {
  let validate = compiled.get(key)
  if (validate === undefined) {
    validate = ajv.compile(anchored(schema) as Schema)
    compiled.set(key, validate)
  }
  return validate
}

function describe(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath === '' ? '(root)' : error.instancePath
    const detail =
      error.keyword === 'required' || error.keyword === 'type'
        ? ''
        : ` ${JSON.stringify(error.params)}`
    return `${where} ${error.message ?? error.keyword}${detail}`
  })
}

const segments = (path: string): string[] => path.split('/')
const isTemplate = (segment: string): boolean => /^\{[^}]+\}$/.test(segment)

interface Found {
  readonly key: string
  readonly operation: Operation
  /** Template parameters the caller's path spelled out as literals. */
  readonly literals: Readonly<Record<string, string>>
}

/**
 * Finds the operation for `METHOD /path/{template}`. A literal segment may fill a template segment
 * of the description: `/actions/artifacts/{artifact_id}/zip` is GitHub's `.../{archive_format}`.
 */
function findOperation(method: string, pathTemplate: string): Found | undefined {
  const wanted = `${method.toUpperCase()} ${pathTemplate}`
  const exact = subset.operations[wanted]
  if (exact !== undefined) return { key: wanted, operation: exact, literals: {} }
  const wantedSegments = segments(pathTemplate)
  for (const [key, operation] of Object.entries(subset.operations)) {
    const [opMethod, opPath = ''] = key.split(' ')
    if (opMethod !== method.toUpperCase()) continue
    const opSegments = segments(opPath)
    if (opSegments.length !== wantedSegments.length) continue
    const literals: Record<string, string> = {}
    const fits = opSegments.every((segment, index) => {
      const other = wantedSegments[index] ?? ''
      if (segment === other) return true
      if (!isTemplate(segment) || isTemplate(other)) return false
      literals[segment.slice(1, -1)] = other
      return true
    })
    if (fits) return { key, operation, literals }
  }
  return undefined
}

/** Path and query parameters arrive as text; this says whether the text can carry the schema. */
function parameterFits(schema: Schema, raw: string): boolean {
  const alternatives = (schema['oneOf'] ?? schema['anyOf']) as Schema[] | undefined
  if (alternatives !== undefined) return alternatives.some((option) => parameterFits(option, raw))
  const enumeration = schema['enum'] as unknown[] | undefined
  if (enumeration !== undefined && !enumeration.includes(raw)) return false
  switch (schema['type']) {
    case 'integer':
      return /^-?\d+$/.test(raw)
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw))
    case 'boolean':
      return raw === 'true' || raw === 'false'
    default:
      return true
  }
}

/**
 * Problems with a request: `body` is the parsed JSON body (undefined when there is none);
 * `params` are the path and query parameters as received, if the caller wants them checked.
 */
export function validateRequest(
  method: string,
  pathTemplate: string,
  body: unknown,
  params?: Readonly<Record<string, string | undefined>>
): string[] {
  const found = findOperation(method, pathTemplate)
  if (found === undefined) return [`${method} ${pathTemplate} is not in the vendored description`]
  const { key, operation } = found
  const problems: string[] = []
  if (params !== undefined) {
    const given = { ...params, ...found.literals }
    for (const parameter of operation.parameters) {
      if (parameter.in === 'header') continue
      const raw = given[parameter.name]
      if (raw === undefined) {
        if (parameter.required) problems.push(`missing ${parameter.in} parameter ${parameter.name}`)
      } else if (!parameterFits(parameter.schema, raw)) {
        problems.push(
          `${parameter.in} parameter ${parameter.name}=${JSON.stringify(raw)} does not fit`
        )
      }
    }
  }
  const requestBody = operation.requestBody
  if (requestBody === null) {
    if (body !== undefined) problems.push('operation takes no request body')
  } else if (body === undefined) {
    if (requestBody.required) problems.push('missing required request body')
  } else {
    const validate = validator(`${key} request`, requestBody.schema)
    if (!validate(body)) problems.push(...describe(validate.errors).map((p) => `body ${p}`))
  }
  return problems
}

/**
 * Problems with a response: `body` is the parsed JSON body, undefined when there is none. A status
 * the operation does not document is accepted only as an error carrying GitHub's basic-error body.
 */
export function validateResponse(
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown
): string[] {
  const found = findOperation(method, pathTemplate)
  if (found === undefined) return [`${method} ${pathTemplate} is not in the vendored description`]
  const { key, operation } = found
  const documented = operation.responses[String(status)]
  if (documented === undefined) {
    if (status < 400) return [`status ${status} is not documented for ${key}`]
    const validate = validator('basic error', subset.basic_error)
    if (body === undefined) return [`undocumented error status ${status} without a body`]
    return validate(body) ? [] : describe(validate.errors).map((p) => `error body ${p}`)
  }
  if (documented.schema === undefined) {
    return body === undefined ? [] : [`status ${status} of ${key} has no body, got one`]
  }
  if (body === undefined) return [`status ${status} of ${key} needs a body`]
  const validate = validator(`${key} ${status}`, documented.schema)
  return validate(body) ? [] : describe(validate.errors).map((p) => `response ${p}`)
}

/** Compiles every vendored schema; a translation gap in the vendoring script shows up here. */
export function schemaCompileProblems(): string[] {
  const problems: string[] = []
  const attempt = (key: string, schema: Schema): void => {
    try {
      validator(key, schema)
    } catch (error) {
      problems.push(`${key}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  attempt('basic error', subset.basic_error)
  for (const [key, operation] of Object.entries(subset.operations)) {
    if (operation.requestBody !== null) attempt(`${key} request`, operation.requestBody.schema)
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response.schema !== undefined) attempt(`${key} ${status}`, response.schema)
    }
    for (const parameter of operation.parameters) {
      attempt(`${key} parameter ${parameter.name}`, parameter.schema)
    }
  }
  return problems
}
