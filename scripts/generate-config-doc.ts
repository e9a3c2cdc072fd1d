// Writes docs/configuration.md from the runtime-policy definitions (see scripts/config-doc.ts).
// Part of `npm run build`; scripts/check-generated.sh fails when the committed file differs.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildProgram } from '../src/cli/program.js'
import { OPTION_DOCS } from '../src/core/policy/option-docs.js'
import {
  DEFAULT_OPTIONS,
  OPTION_ENV,
  RuntimeOptionsSchema
} from '../src/core/policy/runtime-policy.js'
import { jsDocByProperty, renderConfigurationDoc } from './config-doc.js'

const root = join(import.meta.dirname, '..')
const defined = jsDocByProperty(join(root, 'src', 'core', 'policy', 'runtime-policy.ts'))
const program = buildProgram(
  { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: root },
  () => undefined
)
const { text, undocumented } = renderConfigurationDoc({
  schema: RuntimeOptionsSchema,
  defaults: DEFAULT_OPTIONS,
  env: OPTION_ENV,
  meanings: { ...OPTION_DOCS, ...Object.fromEntries(defined) },
  program
})
await writeFile(join(root, 'docs', 'configuration.md'), text)
for (const key of undocumented)
  process.stderr.write(
    `warning: runtime-policy key ${key} has no meaning: add a /** … */ comment to its schema entry or an entry in src/core/policy/option-docs.ts\n`
  )
process.stdout.write('wrote docs/configuration.md\n')
