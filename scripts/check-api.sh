#!/usr/bin/env bash
# Drift check of the public API: regenerates every file b24-codegen writes (the method types and
# the methods() rows from the table, the error codes and the client options from Rust, the event
# types and EVENTS.md from the event table) and fails on any difference from the committed
# tests/api/ copies, and on a committed copy nothing generates any more. An API change is then a
# reviewed diff. methods.data.js and placements.data.js are left out: each is its .json wrapped in an
# ES module.
# After a deliberate change: scripts/check-api.sh --update
# B24_API_DIR=<dir> compares another copy (tests/js/api-drift.test.mjs shows the check fails).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
cargo run --locked --quiet --bin b24-codegen -- "$fresh"
api=${B24_API_DIR:-tests/api}
stale=0
# Every file b24-codegen wrote, but the JS form of methods.json (a shell glob, no pipeline: an
# empty folder must reach the message below, not end the script under pipefail).
generated=""
for path in "$fresh"/*; do
  [ -f "$path" ] || continue
  file=${path##*/}
  case $file in methods.data.js | placements.data.js) ;; *) generated+="$file"$'\n' ;; esac
done
[ -n "$generated" ] || { echo "[b24] b24-codegen wrote nothing" >&2; exit 1; }
for file in $generated; do
  if [ "${1:-}" = --update ]; then
    cp "$fresh/$file" "$api/$file"
  elif [ ! -f "$api/$file" ]; then
    echo "[b24] $api/$file is missing: run scripts/check-api.sh --update and commit it" >&2
    stale=1
  elif ! diff -u "$api/$file" "$fresh/$file" >&2; then
    echo "[b24] $api/$file is stale: a declaration (method table, options, codes, events) changed. Review the diff above, then run scripts/check-api.sh --update" >&2
    stale=1
  fi
done
for file in $(cd "$api" && ls); do
  if ! grep -qx "$file" <<<"$generated"; then
    if [ "${1:-}" = --update ]; then
      rm "$api/$file"
    else
      echo "[b24] $api/$file is no longer generated: run scripts/check-api.sh --update" >&2
      stale=1
    fi
  fi
done
exit $stale
