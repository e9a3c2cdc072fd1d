import { readFileSync } from 'node:fs'

const changelog = readFileSync(new URL('../docs/CHANGELOG.md', import.meta.url), 'utf8')
const unreleased = changelog.split('## Unreleased')[1]?.split('\n## ')[0] ?? ''
if (!/^- .*greet/im.test(unreleased)) {
  console.error('docs/CHANGELOG.md has no "## Unreleased" entry about the greeting')
  process.exit(1)
}
console.log('changelog ok')
