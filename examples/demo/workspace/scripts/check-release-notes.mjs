import { existsSync, readFileSync } from 'node:fs'

const path = new URL('../docs/release-notes.md', import.meta.url)
if (!existsSync(path) || !/vendor/i.test(readFileSync(path, 'utf8'))) {
  console.error('docs/release-notes.md is missing or does not cite the vendor confirmation')
  process.exit(1)
}
console.log('release notes ok')
