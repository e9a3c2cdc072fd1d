#!/usr/bin/env bash
# Rebuilds dist/ and schemas/ and fails if the result differs from what is committed:
# the bundles and schemas users run must be exactly what the sources produce.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
drift=$(git status --porcelain --untracked-files=all -- dist schemas)
if [ -n "$drift" ]; then
  echo "dist/ or schemas/ differ from a fresh build; run 'npm run build' and commit the result:" >&2
  echo "$drift" >&2
  git --no-pager diff --stat -- dist schemas >&2
  exit 1
fi
echo "dist/ and schemas/ match a fresh build"
