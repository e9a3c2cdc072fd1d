// Regenerates __tests__/fixtures/openapi/github-subset.json: the handful of GitHub REST operations
// the GitHub fake serves, cut out of GitHub's own OpenAPI description so that the fake's canned
// answers and the requests our clients send are checked against GitHub's contract, not our memory
// of it. The full package is ~400 MB unpacked, so only the subset is committed.
//
//   npx tsx scripts/vendor-openapi.ts
//
// Schemas are rewritten from OpenAPI 3.0 into JSON Schema draft 2020-12 (the dialect the project's
// own schemas/ use), so ajv's Ajv2020 compiles them in strict mode.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const PACKAGE = '@octokit/openapi'
const VERSION = '23.0.2'
const TARBALL = `octokit-openapi-${VERSION}.tgz`
// From `npm pack --json`: a cached tarball is only reused when it is byte-for-byte this release.
const INTEGRITY =
  'sha512-pV8M7L9GY23AybNvTmo2nyjmpmnt6+2sRE/tqr0ZLQcPS4lnw7u5eZGNmwRNkBC3D7gZXbFx5AHzLUVRBXGDhg=='
const DESCRIPTION_FILE = 'package/generated/api.github.com.deref.json'

const root = join(import.meta.dirname, '..')
const cacheDir = join(root, '.cache', 'openapi')
const outFile = join(root, '__tests__', 'fixtures', 'openapi', 'github-subset.json')

const OPERATIONS: ReadonlyArray<readonly [method: string, path: string]> = [
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals'],
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments'],
  ['GET', '/repos/{owner}/{repo}/environments/{environment_name}'],
  ['POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
  ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  // GitHub documents the download as a template over the archive format; only `zip` exists.
  ['GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  // The pull request hand-off: find the run's pull request by its head branch, open it, rewrite
  // its body. Marking a draft ready has no REST operation (GraphQL only, see the fake).
  ['GET', '/repos/{owner}/{repo}/pulls'],
  ['POST', '/repos/{owner}/{repo}/pulls'],
  ['PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}']
]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sri(file: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`
}

function fetchDescription(): JsonObject {
  mkdirSync(cacheDir, { recursive: true })
  const tarball = join(cacheDir, TARBALL)
  if (!existsSync(tarball) || sri(tarball) !== INTEGRITY) {
    execFileSync(
      'npm',
      ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', cacheDir, '--loglevel=warn'],
      { stdio: ['ignore', 'ignore', 'inherit'] }
    )
  }
  const actual = sri(tarball)
  if (actual !== INTEGRITY) throw new Error(`${TARBALL}: integrity ${actual}, want ${INTEGRITY}`)
  const extracted = join(cacheDir, DESCRIPTION_FILE)
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, DESCRIPTION_FILE])
  return JSON.parse(readFileSync(extracted, 'utf8')) as JsonObject
}

// Keywords whose value is one schema, and those whose value is a list or a map of schemas: the
// walk must not mistake a property *named* `description` or `example` for an annotation.
const ONE_SCHEMA = new Set(['items', 'not', 'additionalProperties'])
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf'])
const SCHEMA_MAP = new Set(['properties'])
// Documentation only; the package keeps them for anyone who needs the prose.
const DROPPED = new Set(['example', 'examples', 'description', 'externalDocs', 'xml'])

/** OpenAPI 3.0 schema object → JSON Schema 2020-12. */
function translate(schema: Json): Json {
  if (!isObject(schema)) return schema
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue
    if (ONE_SCHEMA.has(key)) out[key] = typeof value === 'boolean' ? value : translate(value)
    else if (SCHEMA_LIST.has(key) && Array.isArray(value)) out[key] = value.map(translate)
    else if (SCHEMA_MAP.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v)]))
    } else out[key] = value
  }
  if (schema['nullable'] !== true) return out
  // 3.0's `nullable` has no 2020-12 keyword. With a single `type` the null can join the type (and
  // the enum, which would otherwise still refuse it); anything else is wrapped.
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null']
    if (Array.isArray(out['enum']) && !out['enum'].includes(null))
      out['enum'] = [...out['enum'], null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

function jsonSchemaOf(content: Json | undefined): Json | undefined {
  if (!isObject(content)) return undefined
  const json = content['application/json']
  return isObject(json) ? translate(json['schema'] ?? {}) : undefined
}

function operation(description: JsonObject, method: string, path: string): JsonObject {
  const paths = description['paths']
  const item = isObject(paths) ? paths[path] : undefined
  const op = isObject(item) ? item[method.toLowerCase()] : undefined
  if (!isObject(op)) throw new Error(`${method} ${path} is not in ${PACKAGE}@${VERSION}`)
  const parameters = (Array.isArray(op['parameters']) ? op['parameters'] : [])
    .filter(isObject)
    .map((p) => ({
      name: p['name'] ?? null,
      in: p['in'] ?? null,
      required: p['required'] === true,
      schema: translate(p['schema'] ?? {})
    }))
  const body = op['requestBody']
  const requestBody: Json = isObject(body)
    ? { required: body['required'] === true, schema: jsonSchemaOf(body['content']) ?? {} }
    : null
  const responses: JsonObject = {}
  for (const [status, response] of Object.entries(
    isObject(op['responses']) ? op['responses'] : {}
  )) {
    if (!isObject(response)) continue
    const entry: JsonObject = {}
    const schema = jsonSchemaOf(response['content'])
    if (schema !== undefined) entry['schema'] = schema
    if (isObject(response['headers'])) {
      entry['headers'] = Object.fromEntries(
        Object.entries(response['headers']).map(([name, header]) => [
          name,
          translate(isObject(header) ? (header['schema'] ?? {}) : {})
        ])
      )
    }
    responses[status] = entry
  }
  // Kept as data, not schema: they tell what changes once a client pins a newer API version.
  const changes = op['x-github-breaking-changes']
  const breaking: Json[] = (Array.isArray(changes) ? changes : []).filter(isObject).map((c) => ({
    version: c['version'] ?? null,
    changeset: c['changeset'] ?? null,
    patch: c['patch'] ?? null
  }))
  return {
    operationId: op['operationId'] ?? null,
    summary: op['summary'] ?? null,
    parameters,
    requestBody,
    responses,
    ...(breaking.length > 0 ? { breaking_changes: breaking } : {})
  }
}

/** Makes sure the dispatch operation knows `return_run_details` and its 200 answer. */
function ensureDispatchRunDetails(op: JsonObject): string {
  const body = op['requestBody']
  const schema = isObject(body) ? body['schema'] : undefined
  const properties = isObject(schema) ? schema['properties'] : undefined
  const responses = op['responses']
  const hasFlag = isObject(properties) && 'return_run_details' in properties
  const has200 = isObject(responses) && isObject(responses['200'])
  if (hasFlag && has200)
    return 'return_run_details and 200 workflow-dispatch-response: from the package'
  // Older descriptions predate the 2026-02-19 changelog ("workflow dispatch API now returns run
  // IDs"); the shape below is the documented one, added by hand so the fake can serve it.
  if (isObject(properties)) properties['return_run_details'] = { type: 'boolean' }
  if (isObject(responses)) {
    responses['200'] = {
      schema: {
        title: 'Workflow Dispatch Response',
        type: 'object',
        properties: {
          workflow_run_id: { type: 'integer', format: 'int64' },
          run_url: { type: 'string', format: 'uri' },
          html_url: { type: 'string', format: 'uri' }
        },
        required: ['workflow_run_id', 'run_url', 'html_url']
      }
    }
  }
  return 'return_run_details and 200 workflow-dispatch-response: ADDED BY HAND (missing upstream)'
}

/** GitHub answers undocumented 4xx/5xx (e.g. a 404 for an unknown environment) with this. */
function basicError(operations: JsonObject): Json {
  for (const op of Object.values(operations)) {
    if (!isObject(op) || !isObject(op['responses'])) continue
    for (const response of Object.values(op['responses'])) {
      if (isObject(response) && isObject(response['schema'])) {
        if (response['schema']['title'] === 'Basic Error') return response['schema']
      }
    }
  }
  throw new Error('no Basic Error schema among the vendored operations')
}

/**
 * The dereferenced description inlines every shared schema wherever it is used (a workflow run
 * carries a simple-user four times). Shared, titled schemas move to `$defs` once, so the file
 * stays small and a reader sees simple-user in one place.
 */
function hoistShared(operations: JsonObject, defs: JsonObject): JsonObject {
  const counts = new Map<string, number>()
  const count = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(count)
    if (!isObject(value)) return
    if (typeof value['title'] === 'string') {
      const key = JSON.stringify(value)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'breaking_changes') count(child)
  }
  count(operations)
  const slug = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const hoist = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(hoist)
    if (!isObject(value)) return value
    const key = typeof value['title'] === 'string' ? JSON.stringify(value) : undefined
    const children = (): JsonObject =>
      Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === 'breaking_changes' ? v : hoist(v)])
      )
    if (key === undefined || (counts.get(key) ?? 0) < 2) return children()
    // GitHub titles variants alike (a pull request's simple-user is nullable, a run's is not):
    // each distinct variant gets its own numbered name, in the order first met.
    const base = slug(value['title'] as string)
    const body = children()
    let name = base
    for (let n = 2; defs[name] !== undefined; n += 1) {
      if (JSON.stringify(defs[name]) === JSON.stringify(body)) break
      name = `${base}-${n}`
    }
    defs[name] = body
    return { $ref: `#/$defs/${name}` }
  }
  return hoist(operations) as JsonObject
}

const description = fetchDescription()
const operations: JsonObject = {}
for (const [method, path] of OPERATIONS)
  operations[`${method} ${path}`] = operation(description, method, path)
const dispatch = operations['POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches']
const dispatchNote = isObject(dispatch) ? ensureDispatchRunDetails(dispatch) : 'dispatch missing'
const info = isObject(description['info']) ? description['info'] : {}
const defs: JsonObject = {}

const subset = {
  source: `${PACKAGE}@${VERSION}`,
  generated_by: 'scripts/vendor-openapi.ts',
  file: DESCRIPTION_FILE.replace(/^package\//, ''),
  openapi: description['openapi'] ?? null,
  info_version: info['version'] ?? null,
  dialect: 'https://json-schema.org/draft/2020-12/schema',
  translation: [
    'nullable: true -> type [T, "null"] (enum gains null) or anyOf [schema, {type: null}]',
    'dropped: example, examples, description, externalDocs, xml, x-* (prose and vendor extensions)',
    'kept: format (uri, date-time, email, int64, repo.nwo: register them in ajv)',
    'responses[status].schema: application/json body; no schema means no body',
    'basic_error: the body GitHub sends for errors an operation does not document',
    '$defs: titled schemas used more than once; $ref "#/$defs/<name>" points into this file'
  ],
  notes: [dispatchNote],
  basic_error: basicError(operations),
  operations: hoistShared(operations, defs),
  $defs: defs
}

mkdirSync(dirname(outFile), { recursive: true })
writeFileSync(outFile, `${JSON.stringify(subset, null, 1)}\n`)
const size = readFileSync(outFile).length
process.stdout.write(`${dispatchNote}\nwrote ${outFile} (${size} bytes)\n`)
