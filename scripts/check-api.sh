#!/usr/bin/env bash
# Drift check of the public API: regenerates the method types and the methods() rows from the
# table and fails on any difference from the committed tests/api/ copies. An API change is then
# a reviewed diff. After a deliberate change: scripts/check-api.sh --update
# B24_API_DIR=<dir> compares another copy (tests/js/api-drift.test.mjs shows the check fails).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
cargo run --locked --quiet --bin b24-codegen -- "$fresh"
api=${B24_API_DIR:-tests/api}
stale=0
for file in methods.d.ts methods.json; do
  if [ "${1:-}" = --update ]; then
    cp "$fresh/$file" "$api/$file"
  elif ! diff -u "$api/$file" "$fresh/$file" >&2; then
    echo "[b24] $api/$file is stale: the table changed. Review the diff above, then run scripts/check-api.sh --update" >&2
    stale=1
  fi
done
exit $stale
