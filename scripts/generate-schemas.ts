// Writes schemas/<name>.schema.json from the zod schemas, so that tools outside
// TypeScript (editors, CI checks, other languages) can validate our artifacts.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
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
// A schema dropped from the registry must not linger as a committed file.
for (const file of await readdir(outDir)) {
  const name = file.replace(/\.schema\.json$/, '')
  if (file.endsWith('.schema.json') && !(name in PUBLISHED_SCHEMAS)) await rm(join(outDir, file))
}
process.stdout.write(`wrote ${Object.keys(PUBLISHED_SCHEMAS).length} schemas to schemas/\n`)
