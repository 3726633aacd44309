#!/usr/bin/env bash
# `npm run demo`: five calls through the built package, against the local stand-in, or against a real
# portal when B24_WEBHOOK_URL is set (see examples/demo.mjs).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# Build once; `npm run build` refreshes it after Rust changes.
if [ ! -f pkg/node/index.js ] || [ ! -f pkg/web/b24_wasm_bg.wasm ]; then
  bash scripts/build.sh
fi
exec node examples/demo.mjs
