# Shared by the developer scripts: paths, timing, and installing what a fresh machine lacks.
# Every install is skipped when the right version is already there, and attempted when the
# tool is absent. Callers run under `set -euo pipefail`, so nothing here may read a missing
# tool's output through a pipeline: a probe that fails must mean "install it", never "exit".

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

# Runs a step, prints its time, and on failure says which step failed before passing the
# exit code on.
step() {
  local s=$SECONDS rc=0
  "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "[b24] FAILED (exit $rc) after $((SECONDS - s))s: $*" >&2
    return "$rc"
  fi
  echo "[b24] $((SECONDS - s))s: $*" >&2
}

# The version a command prints as its second word ("wasm-bindgen 0.2.130"), or "" when the
# command is missing or fails.
tool_version() {
  local out
  out=$("$@" 2>/dev/null) || return 0
  out=${out#* }
  printf '%s' "${out%%[[:space:]]*}"
}

ensure_rust_wasm() {
  local installed
  installed=$(rustup target list --installed 2>/dev/null) || installed=""
  case $'\n'"$installed"$'\n' in
    *$'\n'wasm32-unknown-unknown$'\n'*) ;;
    *) step rustup target add wasm32-unknown-unknown ;;
  esac
  # The CLI must equal the wasm-bindgen crate in Cargo.lock, or the glue will not load.
  local want have
  want=$(wasm_bindgen_locked_version)
  if [ -z "$want" ]; then
    # An empty version would equal a missing CLI's empty one and skip the install.
    echo "[b24] FAILED: no wasm-bindgen version in $ROOT/Cargo.lock" >&2
    return 1
  fi
  have=$(tool_version wasm-bindgen --version)
  if [ "$have" != "$want" ]; then
    # Not --locked: its own lockfile pins a crate version the reachable index lacks.
    step cargo install wasm-bindgen-cli --version "$want"
    have=$(tool_version wasm-bindgen --version)
    if [ "$have" != "$want" ]; then
      # E.g. CARGO_INSTALL_ROOT put it off PATH, or another wasm-bindgen comes first.
      echo "[b24] FAILED: installed wasm-bindgen-cli $want, but wasm-bindgen on PATH is '${have:-missing}'" >&2
      return 1
    fi
  fi
}

# wasm-bindgen's version as Cargo.lock pins it (read from the file: no cargo call, no network),
# or "" when the file or the entry is missing.
wasm_bindgen_locked_version() {
  [ -f "$ROOT/Cargo.lock" ] || return 0
  awk '$0 == "name = \"wasm-bindgen\"" { found = 1; next }
       found && /^version = / { gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

ensure_node_modules() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    (cd "$ROOT" && step npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian packages by command ("chromedriver=chromium-driver"): installs the packages whose
# command is missing.
ensure_apt() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null 2>&1 || missing+=("${pair#*=}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  # apt-get needs root: sudo when there is one, else a clear message instead of a lock error.
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "[b24] FAILED: missing ${missing[*]}; as root, run: apt-get install ${missing[*]}" >&2
      return 1
    fi
    as_root=(sudo)
  fi
  # noninteractive: a debconf question would otherwise wait on the terminal.
  step "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  step "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

ensure_chromium() {
  ensure_apt chromium=chromium chromedriver=chromium-driver
}

ensure_redis() {
  ensure_apt redis-server=redis-server
}
