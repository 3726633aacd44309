#!/usr/bin/env bash
# Builds the npm package into pkg/: one .wasm and its web glue, the entries that load it (browser,
# inline, Node, workerd, CommonJS), the generated method types, and the hand-written JS/TS API,
# README, LICENSE and CHANGELOG from pkg-template/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_rust_wasm
ensure_node_modules

WASM=target/wasm32-unknown-unknown/release/b24_wasm.wasm
rm -rf pkg && mkdir -p pkg
cp -r pkg-template/. pkg/

# Two builds of one crate: web/ is the client alone (browser apps), full/ adds the inbound-event
# parser (the Node entry and b24-wasm/events), which a browser app would pay 18 KB gzip for.
bindgen() { # <features> <out dir>
  step cargo build --locked --lib --release --target wasm32-unknown-unknown $1
  step wasm-bindgen "$WASM" --target web --out-dir "$2"
  # npm's binaryen, never Debian's (its wasm-opt 108 breaks wasm-bindgen's externref table).
  step wasm-opt -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    "$2/b24_wasm_bg.wasm" -o "$2/b24_wasm_bg.wasm"
  rm -f "$2/package.json" "$2/.gitignore"
}
bindgen "--features events" pkg/full
bindgen "" pkg/web

# methods.json, methods.data.js and methods.d.ts (from the same build.rs run as the .wasm's own
# table), codes.js/.d.ts and options.js/.d.ts (the error codes and the client options, from
# Rust), events.d.ts, EVENTS.md, and wasm-types.d.ts (the error data's interface, on its own:
# the glue's .d.ts needs DOM typings that a Node project may not have). options.examples.json is
# for the tests, not the package.
step cargo run --locked --quiet --bin b24-codegen -- pkg
rm pkg/options.examples.json
# The stand-in portal (tests/standin/, no npm dependencies), so users can try the package without
# a portal: b24-wasm/standin and the b24-wasm-standin command. Its tests and generator stay here.
# Every file of it but its tests and the fixture's generator (a list kept here would drift).
for file in tests/standin/*; do
  case "$file" in *.test.mjs|*/gen-portal.mjs) continue ;; esac
  cp "$file" pkg/standin/
done
# The BX24.js double the tests use (tests/js/lib/), for users' own placement tests:
# b24-wasm/testing/bx24 (the double and the portal's side of the frame), b24-wasm/testing/bx24-node.
for file in bx24-double.js placement-host.js bx24-node.mjs; do
  cp "tests/js/lib/$file" pkg/testing/
done
grep -q 'export interface ErrorData' pkg/wasm-types.d.ts
# The inline, Node, workerd and CommonJS variants, the .d.cts types, the method table as JS.
step node scripts/build-variants.mjs pkg
VERSION=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
[ -n "$VERSION" ] || { echo "[b24] FAILED: no version = \"...\" line in Cargo.toml" >&2; exit 1; }
sed -i "s/\"version\": \"0.0.0\"/\"version\": \"$VERSION\"/" pkg/package.json
# sed succeeds when nothing matched: check the package really carries the version.
grep -q "\"version\": \"$VERSION\"" pkg/package.json
# No repository, homepage or bugs URL: the project has no public repository (a placeholder
# would send users nowhere). The package must not name one.
if grep -Eq 'example\.invalid|@REPOSITORY@|"(repository|homepage|bugs)"' pkg/package.json pkg/CHANGELOG.md; then
  echo "[b24] FAILED: pkg/package.json or pkg/CHANGELOG.md names a repository URL" >&2
  exit 1
fi
echo "[b24] package in pkg/ (version $VERSION):" >&2
# Raw and gzip -9 sizes (tests/js/size.test.mjs holds the budgets of the apps built from them).
node -e 'const { readFileSync } = require("fs"); const { gzipSync } = require("zlib");
  for (const f of process.argv.slice(1)) { const b = readFileSync(f);
    console.error(`  ${f.padEnd(26)} ${(b.length / 1024).toFixed(1).padStart(6)} KB raw ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KB gzip -9`); }' \
  pkg/web/b24_wasm_bg.wasm pkg/full/b24_wasm_bg.wasm pkg/web/b24_wasm.js pkg/api.js
