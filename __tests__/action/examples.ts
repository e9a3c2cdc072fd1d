import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@jest/globals'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * The rendered pages in docs/examples/ come from the chain test. What changes from run to run
 * (run ids, commits, workflow run ids, times, durations) is replaced by fixed stand-ins, so
 * `PLAN_ORCHESTRATOR_WRITE_EXAMPLES=1` regenerates the same files; without it the test checks
 * that the committed example still has the page's sections, in order (drift check).
 */

export function normalizePage(page: string): string {
  const shas = new Map<string, string>()
  const sha = (value: string): string => {
    const key = value.slice(0, 7)
    let stand = shas.get(key)
    if (stand === undefined) {
      stand = `c0ffee${String(shas.size + 1).padStart(2, '0')}`.padEnd(40, '0')
      shas.set(key, stand)
    }
    return stand.slice(0, value.length)
  }
  return page
    .replace(/RUN_\d{8}T\d{6}Z_[0-9a-f]{8}/g, 'RUN_20260101T120000Z_0a1b2c3d')
    .replace(/RUN\\_\d{8}T\d{6}Z\\_[0-9a-f]{8}/g, 'RUN\\_20260101T120000Z\\_0a1b2c3d')
    .replace(/\b[0-9a-f]{40}\b/g, sha)
    .replace(/\b[0-9a-f]{12}\b/g, sha)
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2026-01-01T12:00:00Z')
    .replace(/\d{4}\\-\d\d\\-\d\dT\d\d:\d\d:\d\d(\\\.\d+)?Z/g, '2026\\-01\\-01T12:00:00Z')
    .replace(/\| (\d+ms|\d+s|\d+m \d\ds|\d+h \d\dm) \|/g, '| 1s |')
    .replace(/127\.0\.0\.1:\d+/g, 'api.github.com')
}

function headings(page: string): string[] {
  return page
    .split('\n')
    .filter((line) => /^#{1,4} /.test(line))
    .map((line) => line.replace(/[0-9]+/g, 'N'))
}

export function checkExample(name: string, page: string): void {
  const path = join(PROJECT_ROOT, 'docs', 'examples', name)
  const normalized = normalizePage(page)
  if (process.env.PLAN_ORCHESTRATOR_WRITE_EXAMPLES === '1') {
    mkdirSync(join(PROJECT_ROOT, 'docs', 'examples'), { recursive: true })
    writeFileSync(path, normalized)
    return
  }
  expect(existsSync(path)).toBe(true)
  expect(headings(readFileSync(path, 'utf8'))).toEqual(headings(normalized))
}
