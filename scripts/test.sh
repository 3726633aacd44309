#!/usr/bin/env bash
# Every test, fastest first: lint, native Rust, the stand-in's own suite, the wasm skin in Node
# and headless Chromium, then the built npm package in Node, Chromium, Vite and tsc.
# Installs what a fresh machine lacks (rust target, wasm-bindgen-cli, node packages, Chromium,
# redis-server).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# The installers below, against stub tools (seconds, no network): they must work on a fresh machine.
step node --test tests/setup/
# The docs drift script on two corpora it makes itself.
step node --test scripts/spec-drift.test.mjs
ensure_rust_wasm
ensure_node_modules
ensure_chromium
ensure_redis

step cargo fmt --check
step cargo clippy --locked --all-targets -- -D warnings
step cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
# The full build (with the event parser) has wasm code of its own.
step cargo clippy --locked --target wasm32-unknown-unknown --lib --features events -- -D warnings

# Native: unit tests, the spec conformance test, the client against the stand-in.
step cargo test --locked
# The committed API snapshot matches what the table generates.
step bash scripts/check-api.sh

step node --test tests/standin/

# The wasm skin, against one stand-in whose URL is compiled into the test binaries.
STANDIN_OUT=$(mktemp)
# A coprocess keeps the stand-in's stdin a pipe, so it also ends if this script dies.
coproc STANDIN { exec node tests/standin/server.mjs > "$STANDIN_OUT"; }
STANDIN_SERVER_PID=$STANDIN_PID
trap 'kill "${STANDIN_SERVER_PID:-}" 2>/dev/null || true; rm -f "$STANDIN_OUT"' EXIT
for _ in $(seq 50); do grep -q B24_STANDIN_URL "$STANDIN_OUT" && break; sleep 0.1; done
B24_STANDIN_URL=$(sed -n 's/^B24_STANDIN_URL=//p' "$STANDIN_OUT")
[ -n "$B24_STANDIN_URL" ] || { echo "the stand-in did not start" >&2; exit 1; }
export B24_STANDIN_URL CHROMEDRIVER=/usr/bin/chromedriver
# --tests: wasm32 doctests would pass without running anything.
step cargo test --locked --target wasm32-unknown-unknown --tests
kill "$STANDIN_SERVER_PID" 2>/dev/null || true

# The npm package as users get it.
step bash scripts/build.sh
# The fleet: limiter store, OAuth refresher and the installed client (client-fleet.test.mjs needs
# the build) on a real redis-server the tests start.
step node --test tests/fleet/
step bash scripts/test-js.sh
