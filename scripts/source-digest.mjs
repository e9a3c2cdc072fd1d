// The digest of everything the bundles are built from, written into dist/ by `npm run build`.
// `npm test` (as jest's global setup) compares it with the sources in the tree, because the
// end-to-end tests run the committed bundles: a stale dist/ would test yesterday's code.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(fileURLToPath(import.meta.url), '..', '..')
const DIGEST_FILE = join(ROOT, 'dist', 'source-digest.txt')
const INPUTS = [
  'src',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build-actions.sh',
  'scripts/ascii-bundle.ts'
]

function filesUnder(path) {
  const entries = (() => {
    try {
      return readdirSync(path, { withFileTypes: true })
    } catch {
      return null
    }
  })()
  if (entries === null) return [path]
  return entries.flatMap((entry) => filesUnder(join(path, entry.name)))
}

export function sourceDigest(root = ROOT) {
  const hash = createHash('sha256')
  const files = INPUTS.flatMap((input) => filesUnder(join(root, input)))
    .map((file) => relative(root, file).split('\\').join('/'))
    .sort()
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0')
  return hash.digest('hex')
}

/** Jest global setup: refuse to test a dist/ built from other sources. */
export default function checkDistIsFresh() {
  const recorded = (() => {
    try {
      return readFileSync(DIGEST_FILE, 'utf8').trim()
    } catch {
      return 'missing'
    }
  })()
  if (recorded === sourceDigest()) return
  process.stderr.write(
    'dist/ was not built from the sources in this tree: run `npm run build` first\n'
  )
  process.exit(1)
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--write') {
  writeFileSync(DIGEST_FILE, `${sourceDigest()}\n`)
}
