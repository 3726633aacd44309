#!/usr/bin/env bash
# The consumer matrix (tests/consumers/): the packed package in fresh Node 18-24, TypeScript,
# Vite 5-8, webpack, esbuild, Rollup, Next.js, Worker, Jest, Bun and Deno projects, one real
# call each against the stand-in, and the one-call app sizes beside @bitrix24/b24jssdk.
# B24_CONSUMERS=fast runs the subset that `npm test` runs; B24_CONSUMERS_ONLY=<regex> picks rows.
# Tools are cached under target/consumers/projects/ (the first full run installs ~1 GB from npm).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_node_modules
ensure_chromium

WASM=pkg/web/b24_wasm_bg.wasm
if [ ! -f "$WASM" ] || [ ! -f pkg/cjs/index.cjs ] \
  || [ -n "$(find src pkg-template Cargo.toml Cargo.lock scripts/build.sh scripts/build-variants.mjs -newer "$WASM" -print -quit)" ]; then
  bash scripts/build.sh
fi

# One row at a time: the rows run bundlers and dev servers, and the machine has two cores.
step node --test --test-concurrency=1 tests/consumers/
