#!/usr/bin/env bash
# Installs the pinned real agent CLIs for the contract suite into .cache/agent-clis (git-ignored),
# never into the project's dependencies. AGENT_CLI_VERSIONS=latest installs @latest instead, to
# check the adapters against the newest releases before moving the pins.
set -euo pipefail
cd "$(dirname "$0")/.."
CODEX_VERSION=0.169.0
CLAUDE_VERSION=2.1.197
if [ "${AGENT_CLI_VERSIONS:-pinned}" = latest ]; then
  CODEX_VERSION=latest
  CLAUDE_VERSION=latest
fi
PREFIX=.cache/agent-clis/${AGENT_CLI_VERSIONS:-pinned}
MARKER="$PREFIX/installed-$CODEX_VERSION-$CLAUDE_VERSION"
if [ -f "$MARKER" ] && [ "$CODEX_VERSION" != latest ]; then
  exit 0
fi
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-save --no-package-lock --no-audit --no-fund \
  "@openai/codex@$CODEX_VERSION" "@anthropic-ai/claude-code@$CLAUDE_VERSION" >&2
touch "$MARKER"
