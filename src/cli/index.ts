#!/usr/bin/env node
import { enableCompileCache } from '../adapters/compile-cache.js'
import { isKernelCommand } from './kernel-heap.js'
import { VERSION } from './version.js'

const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // What commander prints for it, without loading the CLI to say one line.
  process.stdout.write(`${VERSION}\n`)
} else {
  // The compile cache covers only modules loaded after it is on, so the entry stays this
  // small and loads the CLI (and each command its own code, src/cli/program.ts) afterwards.
  // A kernel runs for minutes: it compiles as it goes rather than hold at its start the
  // compiled code of everything an earlier process ran (src/cli/kernel-heap.ts).
  if (!isKernelCommand(args)) enableCompileCache(process.env)
  void import('./main.js').then(({ main }) => main())
}
