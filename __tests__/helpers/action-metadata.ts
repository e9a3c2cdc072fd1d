import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  NoOperationTraceWriter,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString
} from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/index'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { PROJECT_ROOT } from './bundled-cli.js'

/** Action metadata and workflows read with GitHub's own parser, as plain values. */

export type Plain = string | number | boolean | null | Plain[] | PlainMap
export interface PlainMap {
  [key: string]: Plain
}

/** Mappings become objects, sequences arrays, expressions their source text (`${{ … }}`). */
export function toPlain(token: TemplateToken): Plain {
  if (isMapping(token)) {
    const out: PlainMap = {}
    for (const pair of token) out[pair.key.toString()] = toPlain(pair.value)
    return out
  }
  if (isSequence(token)) return [...token].map(toPlain)
  if (isBasicExpression(token)) return token.source ?? `\${{ ${token.expression} }}`
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value
  return null
}

export function isMap(value: Plain | undefined): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function map(value: Plain | undefined): PlainMap {
  return isMap(value) ? value : {}
}

/** A repository action.yml (e.g. `action.yml`, `gate/action.yml`), parsed; throws on errors. */
export function readActionMetadata(relativePath: string): PlainMap {
  const result = parseAction(
    { name: relativePath, content: readFileSync(join(PROJECT_ROOT, relativePath), 'utf8') },
    new NoOperationTraceWriter()
  )
  const errors = result.context.errors.getErrors().map((error) => error.message)
  if (errors.length > 0) throw new Error(`${relativePath}: ${errors.join('; ')}`)
  return map(result.value === undefined ? null : toPlain(result.value))
}
