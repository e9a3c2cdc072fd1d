import { processIo } from './io.js'
import { favourMemoryInKernel } from './kernel-heap.js'
import { runCli } from './program.js'

/** The CLI proper, loaded by the entry (./index.ts) once the compile cache is on. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2)
  await favourMemoryInKernel(args)
  process.exitCode = await runCli(args, processIo())
}
