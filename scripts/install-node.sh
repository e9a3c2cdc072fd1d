#!/usr/bin/env bash
# Installs Node.js of one major version (22, 24, …) from the npm registry's `node` package into
# .cache/node<major>/ (git-ignored; the same place __tests__/helpers/node24.ts uses) and prints
# the directory that holds its `node` binary. Never a project dependency: npm scripts would
# then run on it. Installed once; later calls only print the path.
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:?usage: install-node.sh MAJOR}
[[ $major =~ ^[0-9]+$ ]] || { echo "install-node.sh: not a major version: $major" >&2; exit 2; }
cache=.cache/node$major
bin=$PWD/$cache/node_modules/node/bin
if [ ! -x "$bin/node" ]; then
  mkdir -p .cache
  staging=$(mktemp -d ".cache/node$major-XXXXXX")
  npm install --prefix "$staging" --no-save --no-package-lock --no-audit --no-fund "node@$major" >&2
  # Whole or not at all, so a parallel run never sees a half-installed binary.
  mv -T "$staging" "$cache" 2>/dev/null || rm -rf "$staging"
fi
"$bin/node" --version >&2
echo "$bin"
