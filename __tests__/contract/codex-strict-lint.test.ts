import { lintStrictSchema, STRICT_LIMITS } from './codex-strict-lint.js'

/** The lint must catch each rule it claims to enforce, or a clean result proves nothing. */

const good = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[A-Z][0-9]+$' },
    when: { type: 'string', format: 'date-time' },
    count: { type: 'integer', minimum: 1, maximum: 10 },
    kind: { type: 'string', enum: ['a', 'b'] },
    note: { type: ['string', 'null'] },
    tags: { type: 'array', items: { type: 'string' }, minItems: 0 },
    ref: { $ref: '#/$defs/pair' },
    either: { anyOf: [{ type: 'string' }, { type: 'null' }] }
  },
  required: ['id', 'when', 'count', 'kind', 'note', 'tags', 'ref', 'either'],
  additionalProperties: false,
  $defs: {
    pair: {
      type: 'object',
      properties: { left: { type: 'number' }, right: { type: 'number' } },
      required: ['left', 'right'],
      additionalProperties: false
    }
  }
}

/** `good` with one property's schema replaced (and still required). */
const withProperty = (schema: unknown) => ({
  ...good,
  properties: { ...good.properties, extra: schema },
  required: [...good.required, 'extra']
})

const rulesOf = (schema: unknown): string[] => lintStrictSchema(schema).map((issue) => issue.rule)

describe('codex strict-subset lint', () => {
  it('accepts a schema inside the documented subset', () => {
    expect(lintStrictSchema(good)).toEqual([])
  })

  it.each([
    ['an array root', { type: 'array', items: { type: 'string' } }, 'root-object'],
    ['an anyOf root', { ...good, anyOf: [{ type: 'object' }] }, 'root-object'],
    [
      'a missing additionalProperties',
      { ...good, additionalProperties: undefined },
      'additional-properties'
    ],
    [
      'additionalProperties: true',
      { ...good, additionalProperties: true },
      'additional-properties'
    ],
    ['an optional property', { ...good, required: good.required.slice(1) }, 'required'],
    [
      'a required name with no property',
      { ...good, required: [...good.required, 'ghost'] },
      'required'
    ],
    [
      'a dialect line',
      { $schema: 'https://json-schema.org/draft/2020-12/schema', ...good },
      'keyword'
    ],
    ['an $id', { $id: 'x', ...good }, 'keyword'],
    ['const', withProperty({ type: 'string', const: 'x' }), 'keyword'],
    ['minLength', withProperty({ type: 'string', minLength: 1 }), 'keyword'],
    ['maxLength', withProperty({ type: 'string', maxLength: 9 }), 'keyword'],
    ['allOf', withProperty({ allOf: [{ type: 'string' }] }), 'keyword'],
    ['oneOf', withProperty({ type: 'string', oneOf: [{ type: 'string' }] }), 'keyword'],
    ['not', withProperty({ type: 'string', not: { enum: ['x'] } }), 'keyword'],
    [
      'uniqueItems',
      withProperty({ type: 'array', items: { type: 'string' }, uniqueItems: true }),
      'keyword'
    ],
    ['a default', withProperty({ type: 'string', default: 'x' }), 'keyword'],
    ['an unknown format', withProperty({ type: 'string', format: 'uri' }), 'format'],
    ['an unknown type', withProperty({ type: 'text' }), 'type'],
    ['no type at all', withProperty({ description: 'anything' }), 'type'],
    ['an object enum value', withProperty({ type: 'object', enum: [{}] }), 'enum'],
    ['tuple items', withProperty({ type: 'array', items: [{ type: 'string' }] }), 'items'],
    ['an array without items', withProperty({ type: 'array' }), 'items'],
    ['a lookahead pattern', withProperty({ type: 'string', pattern: '^(?=a)a$' }), 'pattern'],
    ['a backreference pattern', withProperty({ type: 'string', pattern: '^(a)\\1$' }), 'pattern'],
    ['a broken pattern', withProperty({ type: 'string', pattern: '^[a-z' }), 'pattern'],
    ['a remote $ref', withProperty({ $ref: 'https://example.com/s.json' }), 'ref'],
    ['a dangling $ref', withProperty({ $ref: '#/$defs/ghost' }), 'ref'],
    ['a boolean subschema', withProperty(true), 'schema-object'],
    [
      'an open nested object',
      withProperty({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }),
      'additional-properties'
    ]
  ])('reports %s', (_label, schema, rule) => {
    expect(rulesOf(schema)).toContain(rule)
  })

  it('reports objects nested deeper than the limit', () => {
    let schema: Record<string, unknown> = { type: 'string' }
    for (let level = 0; level < STRICT_LIMITS.nestingDepth + 1; level += 1) {
      schema = {
        type: 'object',
        properties: { inner: schema },
        required: ['inner'],
        additionalProperties: false
      }
    }
    expect(rulesOf(schema)).toContain('limit')
    expect(rulesOf((schema.properties as { inner: unknown }).inner)).toEqual([])
  })

  it('reports too many properties and too many enum values', () => {
    const names = Array.from({ length: STRICT_LIMITS.totalProperties + 1 }, (_, i) => `p${i}`)
    const wide = {
      type: 'object',
      properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
      required: names,
      additionalProperties: false
    }
    expect(rulesOf(wide)).toEqual(['limit'])
    const values = Array.from({ length: STRICT_LIMITS.totalEnumValues + 1 }, (_, i) => `v${i}`)
    expect(rulesOf(withProperty({ type: 'string', enum: values }))).toEqual(['limit'])
  })
})
