#!/usr/bin/env bash
# The bundled CLI (dist/cli/index.js) on one Node.js: `smoke-cli.sh /path/to/node`. What a
# newcomer does first: --help, the demo, every next step it prints pasted into a new shell
# (no $USER, no plan-orchestrator on PATH) until every demo item has passed, then init and lint
# in an empty repository. Exits non-zero at the first step that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
node_bin=${1:?usage: smoke-cli.sh NODE}
[ -x "$node_bin" ] || { echo "smoke-cli.sh: $node_bin is not executable" >&2; exit 2; }
cli=$PWD/dist/cli/index.js
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A new shell: this node first on PATH, then the system's git and bash; nothing else.
shell_env=(env -i "PATH=$(dirname "$node_bin"):/usr/local/bin:/usr/bin:/bin" "HOME=$work/home" LANG=C)
mkdir -p "$work/home"
echo "-- $("$node_bin" --version): $cli"

"${shell_env[@]}" node "$cli" --help >/dev/null

"${shell_env[@]}" node "$cli" demo --dir "$work/demo" --quiet >"$work/demo.out" 2>&1 || {
  echo "smoke-cli.sh: the demo failed:" >&2
  cat "$work/demo.out" >&2
  exit 1
}
sed -n '/^Next steps/,/^$/p' "$work/demo.out" | sed -n 's/^  //p' >"$work/steps.sh"
if grep -q '\$' "$work/steps.sh"; then
  echo "smoke-cli.sh: the demo's next steps depend on the shell's variables:" >&2
  cat "$work/steps.sh" >&2
  exit 1
fi
(cd "$work/home" && "${shell_env[@]}" bash -e "$work/steps.sh" >"$work/steps.out" 2>&1) || {
  echo "smoke-cli.sh: a printed next step failed:" >&2
  cat "$work/steps.sh" "$work/steps.out" >&2
  exit 1
}
(cd "$work/demo" && "${shell_env[@]}" node "$cli" status --all --format json --exit-code) >"$work/status.json"
"$node_bin" -e '
  const runs = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"))
  const passed = runs.flatMap((run) => run.items).filter((item) => item.terminal_state === "passed")
  const ids = passed.map((item) => item.item_id).sort().join(",")
  if (ids !== "01,02,03") { console.error(`smoke-cli.sh: demo items passed: ${ids}`); process.exit(1) }
' "$work/status.json"

mkdir "$work/repo"
git -C "$work/repo" init -q
(cd "$work/repo" && "${shell_env[@]}" node "$cli" init >/dev/null && "${shell_env[@]}" node "$cli" lint >/dev/null)
echo "-- ok: help, demo and its next steps, init and lint"
