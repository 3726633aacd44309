#!/usr/bin/env bash
# What the browser .wasm is made of: builds it as scripts/build.sh does (web: no features; pass
# `--features events` for the full one), keeps the names through wasm-opt -Oz -g, and prints the
# sections, code by family and the largest functions (bench/wasm-sizes.mjs).
#   bash bench/wasm-sizes.sh [--features events] [--top N]
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"
FEATURES=""
if [ "${1:-}" = "--features" ]; then FEATURES="--features $2"; shift 2; fi
OUT=target/wasm-sizes  # kept: node bench/wasm-sizes.mjs target/wasm-sizes/named.wasm --family other
rm -rf "$OUT" && mkdir -p "$OUT"
cargo build --locked --quiet --lib --release --target wasm32-unknown-unknown $FEATURES
wasm-bindgen target/wasm32-unknown-unknown/release/b24_wasm.wasm --target web --out-dir "$OUT"
FLAGS=(--enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-multivalue)
wasm-opt -Oz -g "${FLAGS[@]}" "$OUT/b24_wasm_bg.wasm" -o "$OUT/named.wasm"
wasm-opt -Oz "${FLAGS[@]}" "$OUT/b24_wasm_bg.wasm" -o "$OUT/shipped.wasm"
node -e 'const b=require("fs").readFileSync(process.argv[1]);console.log(`shipped: ${b.length} bytes raw, ${require("zlib").gzipSync(b,{level:9}).length} bytes gzip -9 (${(require("zlib").gzipSync(b,{level:9}).length/1024).toFixed(1)} KB)`)' "$OUT/shipped.wasm"
node bench/wasm-sizes.mjs "$OUT/named.wasm" "$@"
