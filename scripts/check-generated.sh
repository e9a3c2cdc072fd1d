#!/usr/bin/env bash
# Rebuilds dist/, schemas/, docs/configuration.md and the diagram in docs/architecture.md and fails if the result differs from what
# is committed: the bundles, schemas and generated docs users read must be exactly what the
# sources produce.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
generated=(dist schemas docs/configuration.md docs/architecture.md)
drift=$(git status --porcelain --untracked-files=all -- "${generated[@]}")
if [ -n "$drift" ]; then
  echo "generated files differ from a fresh build; run 'npm run build' and commit the result:" >&2
  echo "$drift" >&2
  git --no-pager diff --stat -- "${generated[@]}" >&2
  exit 1
fi
echo "dist/, schemas/ and the generated docs match a fresh build"
