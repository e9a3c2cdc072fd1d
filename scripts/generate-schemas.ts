// Writes schemas/<name>.schema.json from the zod schemas, so that tools outside
// TypeScript (editors, CI checks, other languages) can validate our artifacts.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { PUBLISHED_SCHEMAS } from '../src/core/schemas/published.js'

const outDir = join(import.meta.dirname, '..', 'schemas')
await mkdir(outDir, { recursive: true })
for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
  const json = {
    title: name,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' })
  }
  await writeFile(join(outDir, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`)
}
process.stdout.write(`wrote ${Object.keys(PUBLISHED_SCHEMAS).length} schemas to schemas/\n`)
