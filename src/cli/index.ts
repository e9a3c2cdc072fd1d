#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js'

// The compile cache covers only modules loaded after it is on, so the entry stays this small
// and loads the CLI (and each command its own code, src/cli/program.ts) afterwards.
enableCompileCache(process.env)
void import('./main.js').then(({ main }) => main())
