#!/usr/bin/env bash
# The actions share one ncc bundle (dist/actions/index.js); dist/<name>/index.js, which each
# action.yml names as its main, only picks the action. One bundle instead of four keeps the
# build fast and the committed dist/ small.
set -euo pipefail
cd "$(dirname "$0")/.."
npx ncc build src/actions/index.ts -o dist/actions --license licenses.txt --transpile-only --quiet
for name in item plan gate dispatch; do
  mkdir -p "dist/$name"
  printf '%s\n' "import { runNamedAction } from '../actions/index.js'" "" "runNamedAction('$name')" > "dist/$name/index.js"
  printf '%s\n' '{"type":"module"}' > "dist/$name/package.json"
done
