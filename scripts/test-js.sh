#!/usr/bin/env bash
# The JavaScript side: the npm package under Node (and Node 18), its TypeScript types, and in
# Chromium (plain module, placement iframe and shell, Vite build), each against the local Bitrix24 stand-in.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_node_modules
ensure_chromium
# tests/js/http-fetch.test.mjs serves https with a self-signed certificate made by openssl.
ensure_apt openssl=openssl

# Rebuild pkg/ only when an input is newer than the built .wasm: a warm build costs little, but a
# no-op skip keeps repeated runs quick. `npm run build` forces one.
WASM=pkg/web/b24_wasm_bg.wasm
newer=""
if [ -f "$WASM" ] && [ -f pkg/methods.d.ts ]; then
  # An assignment, not a test argument: a failing find must stop the script, not read as "up to date".
  # The stand-in and the BX24.js double are shipped in the package too (b24-wasm/standin, /testing).
  newer=$(find src build.rs pkg-template Cargo.toml Cargo.lock scripts/build.sh scripts/build-variants.mjs tests/standin tests/js/lib/bx24-double.js tests/js/lib/placement-host.js tests/js/lib/bx24-node.mjs -newer "$WASM" -print -quit)
fi
if [ ! -f "$WASM" ] || [ ! -f pkg/methods.d.ts ] || [ -n "$newer" ]; then
  bash scripts/build.sh
else
  echo "[b24] pkg/ is up to date with src/ and pkg-template/; not rebuilding" >&2
fi

# tests/js/size.test.mjs is the size budget: the one-call browser app and the Node server bundle.
# tests/js/frame.test.mjs and placement-example.test.mjs run connectFrame, the BX24.js double and
# examples/placement-textarea (Vite's dev server) in the stand-in's placement shell.
# Each test file installs its own copy of the packed package under target/js-consumer/.
rm -rf target/js-consumer
step node --test tests/js/
# The examples' own tests, as users run theirs: a bot and a connector against b24-wasm/portal.
step node --test examples/bot-test/ examples/connector/
# The consumer matrix's fast rows (see tests/consumers/matrix.test.mjs); `npm run test:consumers` runs all.
B24_CONSUMERS=fast step node --test --test-concurrency=1 tests/consumers/
