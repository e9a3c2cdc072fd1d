#!/usr/bin/env bash
# One ncc build for the four actions. Its entry, dist/actions/index.js, is only a launcher:
# it turns on the compile cache and import()s the named action, which ncc splits into chunks
# (dist/actions/<id>.index.js), so an action loads its own code path and nothing else.
# dist/<name>/index.js, which each action.yml names as its main, only names the action. One
# build instead of four keeps the build fast and the shared code in dist/ once.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist/actions
npx ncc build src/actions/index.ts -o dist/actions --license licenses.txt --transpile-only --quiet
# Every chunk ASCII: V8 keeps a chunk with one character past Latin-1 at two bytes each.
npx tsx scripts/ascii-bundle.ts dist/actions
for name in item plan gate dispatch; do
  mkdir -p "dist/$name"
  printf '%s\n' "import { runNamedAction } from '../actions/index.js'" "" "await runNamedAction('$name')" > "dist/$name/index.js"
  printf '%s\n' '{"type":"module"}' > "dist/$name/package.json"
done
