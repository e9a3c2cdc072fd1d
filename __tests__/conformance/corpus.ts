import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

/** The reference implementation's conformance corpus, copied into our fixtures. */
export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'conformance')
export const PLAYBOOKS_DIR = join(CORPUS_DIR, 'playbooks')

export type CaseClass = 'match' | 'error' | 'reject' | 'github'

export const CASE_CLASSES: Record<string, CaseClass> = JSON.parse(
  readFileSync(join(CORPUS_DIR, 'classes.json'), 'utf8')
)

export function casesOf(kind: CaseClass): string[] {
  return Object.entries(CASE_CLASSES)
    .filter(([, value]) => value === kind)
    .map(([name]) => name)
}

export function readCaseJson<T>(name: string, suffix: string): T {
  return JSON.parse(readFileSync(join(PLAYBOOKS_DIR, `${name}.${suffix}`), 'utf8')) as T
}

export function hasCaseFile(name: string, suffix: string): boolean {
  return existsSync(join(PLAYBOOKS_DIR, `${name}.${suffix}`))
}

export interface RecordedCall {
  readonly argv: string[]
  readonly exit_code: number
  readonly stdout: string
  readonly stderr_last_line: string
}

export interface RecordedCli {
  readonly list_items_table: RecordedCall
  readonly list_items_json: RecordedCall
  readonly show_item: Record<string, { json: RecordedCall; text: RecordedCall }>
}
