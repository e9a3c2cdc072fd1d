import { processIo } from './io.js'
import { runCli } from './program.js'

/** The CLI proper, loaded by the entry (./index.ts) once the compile cache is on. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processIo())
}
