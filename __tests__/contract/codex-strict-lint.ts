/**
 * A conservative lint for the JSON Schemas we hand to codex (`--output-schema`). Codex sends
 * the file unchanged as `text.format = {type: "json_schema", strict: true, schema}`, and the
 * OpenAI API refuses a strict schema outside its supported subset with a 400 — after the run
 * has started, at the price of a turn. Nothing can check that offline against the real API,
 * so this enforces the subset OpenAI's Structured Outputs guide documents, and treats anything
 * it does not document as unsupported:
 *
 * 1. The root is a plain `type: "object"` schema (not `anyOf`, not an array).
 * 2. Every object schema has `properties`, `additionalProperties: false`, and a `required`
 *    array naming every property (strict mode has no optional fields; use a null union).
 * 3. Keywords come from an allowlist: `type`, `properties`, `required`,
 *    `additionalProperties`, `items`, `enum`, `anyOf`, `$ref`, `$defs`, `description`;
 *    strings `pattern`, `format`; numbers `minimum`, `maximum`, `exclusiveMinimum`,
 *    `exclusiveMaximum`, `multipleOf`; arrays `minItems`, `maxItems`. So `const` (use a
 *    one-value `enum`), `minLength`/`maxLength`, `$schema`, `$id`, `allOf`, `oneOf`, `not`,
 *    `if`/`then`/`else`, `patternProperties`, `uniqueItems`, `default`, … are reported.
 * 4. `type` is one of string, number, integer, boolean, object, array, null (or a list of
 *    them); `format` is one of the documented formats; `enum` values are scalars; `items`
 *    is one schema (no tuples).
 * 5. A `pattern` compiles as a JavaScript regex and uses no lookaround or backreference.
 * 6. A `$ref` points inside the schema (`#` or `#/$defs/<name>`) and resolves.
 * 7. The older, smaller size limits: object nesting at most 5 deep, at most 100 properties
 *    in all, at most 500 enum values in all, at most 15,000 characters of property names,
 *    enum values and `$defs` names together.
 */

export interface LintIssue {
  readonly path: string
  readonly rule: string
  readonly message: string
}

const ALLOWED_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'anyOf',
  '$ref',
  '$defs',
  'description',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems'
])

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'])

const FORMATS = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid'
])

export const STRICT_LIMITS = {
  nestingDepth: 5,
  totalProperties: 100,
  totalEnumValues: 500,
  totalNameChars: 15_000
} as const

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function lintStrictSchema(schema: unknown): LintIssue[] {
  const issues: LintIssue[] = []
  const report = (path: string, rule: string, message: string): void => {
    issues.push({ path, rule, message })
  }
  const totals = { properties: 0, enumValues: 0, nameChars: 0 }

  if (!isNode(schema)) {
    report('#', 'root-object', 'the schema is not a JSON object')
    return issues
  }
  if (schema.type !== 'object' || 'anyOf' in schema) {
    report('#', 'root-object', 'the root must be a plain `type: "object"` schema')
  }
  const defs = isNode(schema.$defs) ? schema.$defs : {}
  for (const name of Object.keys(defs)) totals.nameChars += name.length

  const visit = (node: unknown, path: string, depth: number): void => {
    if (!isNode(node)) {
      report(path, 'schema-object', 'a subschema must be a JSON object (not a boolean)')
      return
    }
    for (const key of Object.keys(node)) {
      if (!ALLOWED_KEYWORDS.has(key)) {
        report(path, 'keyword', `\`${key}\` is not in the documented strict subset`)
      }
    }
    if ('$defs' in node && path !== '#') {
      report(path, 'defs-at-root', '`$defs` is only read at the root')
    }
    if ('$ref' in node) checkRef(node.$ref, path)

    const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type]
    for (const type of types) {
      if (typeof type !== 'string' || !TYPES.has(type)) {
        report(path, 'type', `unsupported type ${JSON.stringify(type)}`)
      }
    }
    if (types.length === 0 && !('$ref' in node) && !('anyOf' in node) && !('enum' in node)) {
      report(path, 'type', 'every subschema needs a `type` (or `$ref`, `anyOf`, `enum`)')
    }

    const isObject = types.includes('object') || 'properties' in node
    if (isObject) checkObject(node, path, depth)

    if ('format' in node && (typeof node.format !== 'string' || !FORMATS.has(node.format))) {
      report(path, 'format', `unsupported format ${JSON.stringify(node.format)}`)
    }
    if ('pattern' in node) checkPattern(node.pattern, path)
    if ('enum' in node) {
      if (!Array.isArray(node.enum) || node.enum.length === 0) {
        report(path, 'enum', '`enum` must be a non-empty array')
      } else {
        for (const value of node.enum) {
          if (value !== null && typeof value === 'object') {
            report(path, 'enum', 'enum values must be strings, numbers, booleans or null')
          }
          totals.enumValues += 1
          totals.nameChars += String(value).length
        }
      }
    }
    if ('items' in node) {
      if (Array.isArray(node.items)) report(path, 'items', 'tuple `items` is not supported')
      else visit(node.items, `${path}/items`, depth)
    } else if (types.includes('array')) {
      report(path, 'items', 'an array schema needs `items`')
    }
    if ('anyOf' in node) {
      if (!Array.isArray(node.anyOf) || node.anyOf.length === 0) {
        report(path, 'anyOf', '`anyOf` must be a non-empty array')
      } else {
        node.anyOf.forEach((branch, index) => visit(branch, `${path}/anyOf/${index}`, depth))
      }
    }
  }

  const checkObject = (node: Node, path: string, depth: number): void => {
    const level = depth + 1
    if (level > STRICT_LIMITS.nestingDepth) {
      report(path, 'limit', `objects nest ${level} deep (at most ${STRICT_LIMITS.nestingDepth})`)
    }
    if (node.additionalProperties !== false) {
      report(path, 'additional-properties', 'an object needs `additionalProperties: false`')
    }
    const properties = isNode(node.properties) ? node.properties : undefined
    if (properties === undefined) {
      report(path, 'properties', 'an object needs `properties`')
      return
    }
    const names = Object.keys(properties)
    const required = Array.isArray(node.required) ? node.required : undefined
    if (required === undefined) {
      report(path, 'required', 'an object needs `required` listing every property')
    } else {
      const missing = names.filter((name) => !required.includes(name))
      const unknown = required.filter((name) => typeof name !== 'string' || !names.includes(name))
      if (missing.length > 0) {
        report(path, 'required', `not in \`required\`: ${missing.join(', ')}`)
      }
      if (unknown.length > 0) {
        report(path, 'required', `\`required\` names no such property: ${unknown.join(', ')}`)
      }
    }
    totals.properties += names.length
    for (const name of names) {
      totals.nameChars += name.length
      visit(properties[name], `${path}/properties/${name}`, level)
    }
  }

  const checkPattern = (pattern: unknown, path: string): void => {
    if (typeof pattern !== 'string') {
      report(path, 'pattern', '`pattern` must be a string')
      return
    }
    try {
      new RegExp(pattern, 'u')
    } catch (error) {
      report(path, 'pattern', `pattern does not compile: ${(error as Error).message}`)
      return
    }
    if (/\(\?<?[=!]/.test(pattern) || /\\[1-9]|\\k</.test(pattern)) {
      report(path, 'pattern', 'lookaround and backreferences are not supported')
    }
  }

  const checkRef = (ref: unknown, path: string): void => {
    if (ref === '#') return
    const match = typeof ref === 'string' ? /^#\/\$defs\/([^/]+)$/.exec(ref) : null
    if (match === null) {
      report(path, 'ref', `\`$ref\` must be "#" or "#/$defs/<name>", got ${JSON.stringify(ref)}`)
    } else if (!isNode(defs[match[1] as string])) {
      report(path, 'ref', `\`$ref\` ${ref} does not resolve`)
    }
  }

  visit(schema, '#', 0)
  for (const [name, def] of Object.entries(defs)) visit(def, `#/$defs/${name}`, 0)

  if (totals.properties > STRICT_LIMITS.totalProperties) {
    report(
      '#',
      'limit',
      `${totals.properties} properties (at most ${STRICT_LIMITS.totalProperties})`
    )
  }
  if (totals.enumValues > STRICT_LIMITS.totalEnumValues) {
    report(
      '#',
      'limit',
      `${totals.enumValues} enum values (at most ${STRICT_LIMITS.totalEnumValues})`
    )
  }
  if (totals.nameChars > STRICT_LIMITS.totalNameChars) {
    report(
      '#',
      'limit',
      `${totals.nameChars} name characters (at most ${STRICT_LIMITS.totalNameChars})`
    )
  }
  return issues
}
