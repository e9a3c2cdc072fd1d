/** Subcommands whose process is a kernel: it runs items, for minutes or hours. */
const KERNEL_COMMANDS = new Set(['run', 'resume'])

/**
 * A kernel asks V8 to favour memory over speed (`--optimize-for-size`), so that its young
 * generation stays at a few MB instead of growing to 32 and its old one is collected near its
 * live size, and runs without V8's optimizing compilers (`--no-opt --no-maglev`): they map
 * about 10 MB more of node's code and hold their own output, for code the kernel runs a few
 * times per item while it waits for git, agents and verification. The trades are measured in
 * docs/performance.md ("Memory").
 */
const KERNEL_FLAGS = '--optimize-for-size --no-opt --no-maglev'

/**
 * The V8 flags a process of this CLI sets for itself, given its arguments. Other commands
 * than the kernel's are short and keep V8's defaults.
 */
export function kernelV8Flags(args: readonly string[]): string | undefined {
  return KERNEL_COMMANDS.has(args[0] ?? '') ? KERNEL_FLAGS : undefined
}

/**
 * Sets them before the command loads its code (the flag is read as the heap grows). `node:v8`
 * is loaded only then: loading it costs every other command about 1.5 ms of its start.
 */
export async function favourMemoryInKernel(args: readonly string[]): Promise<void> {
  const flags = kernelV8Flags(args)
  if (flags !== undefined) (await import('node:v8')).setFlagsFromString(flags)
}
