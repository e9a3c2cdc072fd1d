import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from './bundled-cli.js'

/**
 * The actions declare `node24`, so their bundles are tested under Node 24 whatever runs the
 * tests. It comes from the npm registry's `node` package, installed once into a git-ignored
 * cache (never into the project's dependencies: npm scripts would then run on it).
 */

/** One exact release, so every run tests the bundles on the same Node. */
export const NODE24_VERSION = '24.21.0'
const CACHE = join(PROJECT_ROOT, '.cache', `node-${NODE24_VERSION}`)
export const NODE24 = join(CACHE, 'node_modules', 'node', 'bin', 'node')

export function ensureNode24(): string {
  if (existsSync(NODE24)) return NODE24
  mkdirSync(join(PROJECT_ROOT, '.cache'), { recursive: true })
  const staging = mkdtempSync(join(PROJECT_ROOT, '.cache', 'node24-'))
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      staging,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `node@${NODE24_VERSION}`
    ],
    { stdio: 'ignore', timeout: 300_000 }
  )
  // Whole or not at all, so a parallel test never sees a half-installed binary.
  try {
    renameSync(staging, CACHE)
  } catch {
    rmSync(staging, { recursive: true, force: true })
  }
  return NODE24
}
