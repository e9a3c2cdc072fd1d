/** Subcommands whose process is a kernel: it runs items, for minutes or hours. */
const KERNEL_COMMANDS = new Set(['run', 'resume'])

/**
 * A kernel asks V8 to favour memory over speed (`--optimize-for-size`), so that its young
 * generation stays at a few MB instead of growing to 32 and its old one is collected near its
 * live size, and runs without V8's compilers (`--no-opt --no-maglev --no-sparkplug`): the
 * optimizing ones map about 10 MB more of node's code, and each holds its own output (the
 * baseline's about 0.75 MB of the heap), for code the kernel runs a few times per item while
 * it waits for git, agents and verification. `--max-lazy` compiles a function when it first
 * runs even where V8's heuristics would compile it with its script (the bundle's module
 * functions, wrapped in parentheses, look like code about to run): about 3.5 MB less at the
 * peak for 3 % more CPU. The trades are measured in docs/performance.md ("Memory" and the
 * third pass below it).
 */
const KERNEL_FLAGS = '--optimize-for-size --no-opt --no-maglev --no-sparkplug --max-lazy'

/**
 * A process of this CLI that runs items: it favours memory over start-up time. It sets the
 * flags above and leaves V8's compile cache off, because a warm cache hands V8 at once the
 * compiled code of every function an earlier process ran, which added about 1.5 MB to the
 * peak at a run's start, for about 20 ms saved once per run.
 */
export function isKernelCommand(args: readonly string[]): boolean {
  return KERNEL_COMMANDS.has(args[0] ?? '')
}

/**
 * The V8 flags a process of this CLI sets for itself, given its arguments. Other commands
 * than the kernel's are short and keep V8's defaults.
 */
export function kernelV8Flags(args: readonly string[]): string | undefined {
  return isKernelCommand(args) ? KERNEL_FLAGS : undefined
}

/**
 * Sets them before the command loads its code (the flag is read as the heap grows). `node:v8`
 * is loaded only then: loading it costs every other command about 1.5 ms of its start.
 */
export async function favourMemoryInKernel(args: readonly string[]): Promise<void> {
  const flags = kernelV8Flags(args)
  if (flags !== undefined) (await import('node:v8')).setFlagsFromString(flags)
}
