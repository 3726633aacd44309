#!/usr/bin/env bash
# Benchmarks b24-wasm against the official @bitrix24/b24jssdk on the local stand-in portal.
# Arguments go to bench/bench.mjs (e.g. --quick, --clock-scale 50, --only 1,4); see bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_node_modules
ensure_redis # bench/fleet.mjs starts its own redis-server on loopback
# https loopback: the run makes a self-signed certificate with openssl (bench/lib/tls.mjs).
ensure_apt openssl=openssl
if [ ! -f pkg/node/index.js ] || [ ! -f pkg/web/b24_wasm_bg.wasm ]; then
  bash scripts/build.sh
fi
exec node bench/bench.mjs "$@"
