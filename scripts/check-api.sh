#!/usr/bin/env bash
# Drift check of the public API: regenerates the method types from the table and fails on any
# difference from the committed tests/api/methods.d.ts. An API change is then a reviewed diff.
# After a deliberate change: cargo run --bin b24-codegen -- tests/api/methods.d.ts
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
cargo run --locked --quiet --bin b24-codegen -- "$fresh"
if ! diff -u tests/api/methods.d.ts "$fresh" >&2; then
  echo "[b24] tests/api/methods.d.ts is stale: the table's types changed. Review the diff above, then run" >&2
  echo "      cargo run --bin b24-codegen -- tests/api/methods.d.ts" >&2
  exit 1
fi
