#!/usr/bin/env bash
# Prints the CHANGELOG.md section of one version (`release-notes.sh 1.2.0 [CHANGELOG]`): the
# lines after its `## [1.2.0]` heading up to the next `## ` heading. Fails when there is no such
# section, so a release is never published without its notes.
set -euo pipefail
version=${1:?usage: release-notes.sh VERSION [CHANGELOG]}
changelog=${2:-$(dirname "$0")/../CHANGELOG.md}
notes=$(awk -v heading="## [$version]" '
  index($0, heading) == 1 { found = 1; next }
  found && /^## / { exit }
  found { print }
' "$changelog")
if [ -z "${notes//[[:space:]]/}" ]; then
  echo "release-notes.sh: $changelog has no section ## [$version]" >&2
  exit 1
fi
printf '%s\n' "$notes"
