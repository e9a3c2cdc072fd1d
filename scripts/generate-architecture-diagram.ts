// Writes the item lifecycle diagram into docs/architecture.md, between its lifecycle markers,
// from the one lifecycle table (src/core/run/lifecycle.ts). Part of `npm run build`;
// scripts/check-generated.sh fails when the committed document differs.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lifecycleDiagram } from '../src/core/run/lifecycle-diagram.js'

const BEGIN = '<!-- lifecycle diagram: generated from src/core/run/lifecycle.ts, do not edit -->'
const END = '<!-- end of the lifecycle diagram -->'

const path = join(import.meta.dirname, '..', 'docs', 'architecture.md')
const text = await readFile(path, 'utf8')
const start = text.indexOf(BEGIN)
const end = text.indexOf(END)
if (start < 0 || end < start) throw new Error(`${path}: the lifecycle diagram markers are missing`)
const block = `${BEGIN}\n\n\`\`\`mermaid\n${lifecycleDiagram()}\n\`\`\`\n\n${END}`
await writeFile(path, `${text.slice(0, start)}${block}${text.slice(end + END.length)}`)
