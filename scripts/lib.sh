# Shared by the developer scripts: paths, timing, and installing what a fresh machine lacks.
# Every install is skipped when the right version is already there.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

step() { local s=$SECONDS; "$@"; local rc=$?; echo "[b24] $((SECONDS - s))s: $*" >&2; return $rc; }

ensure_rust_wasm() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || step rustup target add wasm32-unknown-unknown
  # The CLI must equal the wasm-bindgen crate in Cargo.lock, or the glue will not load.
  local want have
  want=$(cd "$ROOT" && cargo pkgid -p wasm-bindgen | sed 's/.*@//')
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')
  if [ "$have" != "$want" ]; then
    # Not --locked: its own lockfile pins a crate version the reachable index lacks.
    step cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_node_modules() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    (cd "$ROOT" && step npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step apt-get update -qq
    step apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}
