// The fresh-machine set-up of scripts/lib.sh: every ensure_* step, run the way the scripts run
// it (`set -euo pipefail`, then the steps in order), in a child bash whose PATH holds stub tools
// and a few symlinked system tools only. The real rustup, cargo, npm, apt-get, chromium and
// wasm-bindgen are never visible, so the result does not depend on what this machine has.
//
// The installers are stubs that do what the real ones do to the file system (cargo install puts
// wasm-bindgen into $CARGO_HOME/bin, npm ci fills node_modules/, apt-get install puts the
// package's command on PATH), record their argv to a log, and fail on request.
//
// B24_SETUP_LIB=<path> runs the cases against another lib.sh (e.g. an old one, to see them fail).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIB = path.resolve(process.env.B24_SETUP_LIB || path.join(REPO, 'scripts/lib.sh'));
const CARGO_LOCK = fs.readFileSync(path.join(REPO, 'Cargo.lock'), 'utf8');
// The steps in the order scripts/test.sh runs them (ensure_redis last: no script calls it yet).
const ALL_STEPS = ['ensure_rust_wasm', 'ensure_node_modules', 'ensure_chromium', 'ensure_redis'];
// Helpers that the steps above call, covered through them.
const HELPERS = ['ensure_apt'];

// wasm-bindgen's version as Cargo.lock pins it, read here on its own (not through lib.sh).
function lockedVersion(lock) {
  for (const block of lock.split('[[package]]')) {
    if (/^name = "wasm-bindgen"$/m.test(block)) return block.match(/^version = "([^"]+)"$/m)[1];
  }
  throw new Error('Cargo.lock has no wasm-bindgen package');
}
const WANT = lockedVersion(CARGO_LOCK);

// The system tools lib.sh and the stubs may use; everything else on the machine stays hidden.
const SYSTEM_TOOLS = ['bash', 'env', 'awk', 'sed', 'grep', 'dirname', 'basename', 'cat', 'mkdir', 'chmod', 'rm', 'touch'];
function findOnPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, name);
    try { fs.accessSync(p, fs.constants.X_OK); return p; } catch { /* next dir */ }
  }
  throw new Error(`the set-up test needs ${name} on PATH`);
}
const BASH = findOnPath('bash');

// The ensure_* functions the lib under test defines. A step it lacks fails the first case; the
// other cases run the steps it has, so each of them fails only for what those steps do.
const DEFINED = spawnSync(BASH, ['-c', 'source "$1" >/dev/null 2>&1; compgen -A function ensure_ || true', 'list', LIB], {
  encoding: 'utf8', env: { PATH: process.env.PATH, HOME: os.tmpdir() },
}).stdout.split('\n').filter(Boolean);
const STEPS = ALL_STEPS.filter((fn) => DEFINED.includes(fn));

const exe = (file, body) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!${BASH}\n${body}`, { mode: 0o755 });
};

// Every stub starts with this: log "name<TAB>cwd<TAB>arg<TAB>arg...", and `failing SUB` is true
// when STUB_FAIL names "name:SUB" (e.g. STUB_FAIL="cargo:install").
const PRELUDE = (name) => `set -u
{ printf '%s\\t%s' ${name} "$PWD"; printf '\\t%s' "$@"; printf '\\n'; } >> "$STUB_LOG"
failing() { case " \${STUB_FAIL:-} " in *" ${name}:$1 "*) return 0 ;; esac; return 1; }
`;

// A command that prints its version like the real one ("wasm-bindgen 0.2.130").
const versionTool = (name, version) => `case "\${1:-}" in
  --version|-V) echo "${name} ${version}" ;;
  *) echo "${name} (set-up test stand-in): $*" ;;
esac
`;

const STUBS = {
  // rustup: the installed targets live in a state file, one a line, as `target list --installed` prints them.
  rustup: `${PRELUDE('rustup')}
targets="$STUB_STATE/rustup-targets"
case "\${1:-} \${2:-}" in
  "target list")
    [ "\${3:-}" = --installed ] || { echo "stub rustup: only --installed is modelled" >&2; exit 2; }
    cat "$targets" ;;
  "target add")
    if failing target; then echo "error: could not download component 'rust-std' for '$3'" >&2; exit 1; fi
    echo "info: downloading component 'rust-std' for '$3'" >&2
    grep -qx -- "$3" "$targets" || echo "$3" >> "$targets" ;;
  *) echo "stub rustup: unexpected: $*" >&2; exit 2 ;;
esac
`,
  // cargo: install puts the binaries into $CARGO_HOME/bin (or $CARGO_INSTALL_ROOT/bin); with
  // --locked it fails the way it does against the reachable index.
  cargo: `${PRELUDE('cargo')}
case "\${1:-}" in
  install)
    shift; crate="" version=""
    while [ $# -gt 0 ]; do
      case "$1" in
        --version) version="$2"; shift ;;
        --locked) echo "error: failed to select a version for the requirement of a locked dependency" >&2; exit 101 ;;
        -*) ;;
        *) crate="$1" ;;
      esac
      shift
    done
    if failing install; then echo "error: failed to compile $crate v$version" >&2; exit 101; fi
    [ "$crate" = wasm-bindgen-cli ] && [ -n "$version" ] || { echo "stub cargo: unexpected install" >&2; exit 2; }
    bin="\${CARGO_INSTALL_ROOT:-$CARGO_HOME}/bin"
    mkdir -p "$bin"
    for tool in wasm-bindgen wasm-bindgen-test-runner; do
      printf '#!%s\\ncase "\${1:-}" in --version|-V) echo "%s %s" ;; esac\\n' "$BASH" "$tool" "$version" > "$bin/$tool"
      chmod +x "$bin/$tool"
    done
    echo "  Installed package wasm-bindgen-cli v$version" >&2 ;;
  pkgid)
    # What "cargo pkgid -p wasm-bindgen" prints for a registry crate.
    echo "registry+https://github.com/rust-lang/crates.io-index#wasm-bindgen@$STUB_LOCKED_VERSION" ;;
  *) echo "stub cargo: unexpected: $*" >&2; exit 2 ;;
esac
`,
  // npm ci: fills node_modules/ in the current directory, bin links and lockfile copy included.
  npm: `${PRELUDE('npm')}
[ "\${1:-}" = ci ] || { echo "stub npm: unexpected: $*" >&2; exit 2; }
if failing ci; then echo "npm error code ECONNRESET" >&2; exit 1; fi
[ -f package-lock.json ] || { echo "npm error The npm ci command can only install with an existing package-lock.json" >&2; exit 1; }
mkdir -p node_modules/.bin
printf '#!%s\\necho "wasm-opt version 132"\\n' "$BASH" > node_modules/.bin/wasm-opt
chmod +x node_modules/.bin/wasm-opt
cat package-lock.json > node_modules/.package-lock.json
`,
  // apt-get: install puts each package's command into the stub /usr/bin.
  'apt-get': `${PRELUDE('apt-get')}
# How it was asked to talk to the user: without noninteractive, a debconf question waits on the terminal.
echo "\${DEBIAN_FRONTEND:-unset}" >> "$STUB_STATE/apt-frontend"
case "\${1:-}" in
  update)
    if failing update; then echo "E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease" >&2; exit 100; fi ;;
  install)
    shift
    if failing install; then echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2; exit 100; fi
    for arg in "$@"; do
      case "$arg" in
        -*) ;;
        chromium) cmd=chromium ;;
        chromium-driver) cmd=chromedriver ;;
        redis-server) cmd=redis-server ;;
        *) echo "E: Unable to locate package $arg" >&2; exit 100 ;;
      esac
      case "$arg" in -*) ;; *)
        printf '#!%s\\necho "%s 1.0"\\n' "$BASH" "$cmd" > "$STUB_USR_BIN/$cmd"
        chmod +x "$STUB_USR_BIN/$cmd" ;;
      esac
    done ;;
  *) echo "stub apt-get: unexpected: $*" >&2; exit 2 ;;
esac
`,
  // id -u: the user the set-up runs as (STUB_UID, root by default).
  id: `[ "\${1:-}" = -u ] || { echo "stub id: only -u is modelled" >&2; exit 2; }
echo "\${STUB_UID:-0}"
`,
  // sudo: runs the command (as root, in real life).
  sudo: `${PRELUDE('sudo')}
exec "$@"
`,
};

// A sandbox machine. `have` lists what is already there: 'target', 'wasm-bindgen@<v>',
// 'node_modules' (fresh), 'node_modules-stale', 'chromium', 'chromedriver', 'redis-server',
// 'sudo', and 'rustup' / 'cargo' (both there unless `noRust`).
const sandboxes = [];
// B24_SETUP_KEEP=1 keeps them to look into after a failure.
after(() => { if (!process.env.B24_SETUP_KEEP) for (const d of sandboxes) fs.rmSync(d, { recursive: true, force: true }); });

function machine({ have = [], noRust = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'b24-setup-'));
  sandboxes.push(dir);
  const m = {
    dir,
    root: path.join(dir, 'repo'),
    home: path.join(dir, 'home'),
    cargoHome: path.join(dir, 'home/.cargo'),
    usrBin: path.join(dir, 'usr/bin'),
    sysBin: path.join(dir, 'sys'),
    state: path.join(dir, 'state'),
    log: path.join(dir, 'calls.log'),
  };
  for (const d of [m.root, m.home, m.usrBin, m.sysBin, m.state]) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(m.root, 'scripts'));
  fs.copyFileSync(LIB, path.join(m.root, 'scripts/lib.sh'));
  fs.writeFileSync(path.join(m.root, 'Cargo.lock'), CARGO_LOCK);
  fs.copyFileSync(path.join(REPO, 'package-lock.json'), path.join(m.root, 'package-lock.json'));
  fs.writeFileSync(m.log, '');
  for (const tool of SYSTEM_TOOLS) fs.symlinkSync(findOnPath(tool), path.join(m.sysBin, tool));
  exe(path.join(m.sysBin, 'id'), STUBS.id);
  // rustup's installer puts rustup and cargo into ~/.cargo/bin; lib.sh puts that on PATH.
  if (!noRust) {
    exe(path.join(m.cargoHome, 'bin/rustup'), STUBS.rustup);
    exe(path.join(m.cargoHome, 'bin/cargo'), STUBS.cargo);
  }
  exe(path.join(m.usrBin, 'npm'), STUBS.npm);
  exe(path.join(m.usrBin, 'apt-get'), STUBS['apt-get']);
  fs.writeFileSync(path.join(m.state, 'rustup-targets'),
    have.includes('target') ? 'wasm32-unknown-unknown\nx86_64-unknown-linux-gnu\n' : 'x86_64-unknown-linux-gnu\n');
  for (const h of have) {
    const [what, version] = h.split('@');
    if (what === 'wasm-bindgen') exe(path.join(m.cargoHome, 'bin/wasm-bindgen'), versionTool('wasm-bindgen', version));
    if (['chromium', 'chromedriver', 'redis-server'].includes(what)) exe(path.join(m.usrBin, what), versionTool(what, '1.0'));
    if (what === 'sudo') exe(path.join(m.usrBin, 'sudo'), STUBS.sudo);
    if (what === 'node_modules' || what === 'node_modules-stale') {
      exe(path.join(m.root, 'node_modules/.bin/wasm-opt'), 'echo "wasm-opt version 132"\n');
      const copy = path.join(m.root, 'node_modules/.package-lock.json');
      fs.copyFileSync(path.join(m.root, 'package-lock.json'), copy);
      // Stale: package-lock.json changed (e.g. a pull) after the last npm ci.
      const [older, newer] = what === 'node_modules' ? ['package-lock.json', copy] : [copy, 'package-lock.json'];
      fs.utimesSync(path.resolve(m.root, older), new Date(Date.now() - 3600e3), new Date(Date.now() - 3600e3));
      fs.utimesSync(path.resolve(m.root, newer), new Date(), new Date());
    }
  }
  return m;
}

// Runs the steps as scripts/test.sh does, printing a marker after each one that returns.
function run(m, steps = STEPS, env = {}) {
  const script = `set -euo pipefail
source "$1/scripts/lib.sh"
cd "$ROOT"
shift
for fn in "$@"; do "$fn"; echo "done $fn"; done
`;
  fs.writeFileSync(m.log, '');
  const r = spawnSync(BASH, ['-c', script, 'run', m.root, ...steps], {
    cwd: m.dir,
    encoding: 'utf8',
    timeout: 30_000,
    // Nothing from this process's environment: only the sandbox's PATH, HOME and the stubs' knobs.
    env: {
      PATH: `${m.usrBin}:${m.sysBin}`,
      HOME: m.home,
      CARGO_HOME: m.cargoHome,
      LANG: 'C',
      BASH,
      STUB_LOG: m.log,
      STUB_STATE: m.state,
      STUB_USR_BIN: m.usrBin,
      STUB_LOCKED_VERSION: WANT,
      ...env,
    },
  });
  assert.equal(r.error, undefined, `the child bash could not run: ${r.error}`);
  const calls = fs.readFileSync(m.log, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [tool, cwd, ...args] = line.split('\t');
    return { tool, cwd, args };
  });
  const done = r.stdout.split('\n').filter((l) => l.startsWith('done ')).map((l) => l.slice(5));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls, done };
}

const show = (r) => `exit ${r.status}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}\ncalls:\n${
  r.calls.map((c) => `  ${c.tool} ${c.args.join(' ')}`).join('\n')}`;

// The calls that change the machine (probes such as `rustup target list` are left out).
const installs = (r) => r.calls.filter((c) =>
  !(c.tool === 'rustup' && c.args[0] === 'target' && c.args[1] === 'list') &&
  !(c.tool === 'cargo' && c.args[0] === 'pkgid') && c.tool !== 'sudo');

const isTargetAdd = (c) => c.tool === 'rustup' && c.args.join(' ') === 'target add wasm32-unknown-unknown';
const isCliInstall = (c) => c.tool === 'cargo' && c.args[0] === 'install' && c.args.includes('wasm-bindgen-cli');
const isNpmCi = (c) => c.tool === 'npm' && c.args[0] === 'ci';
const isAptUpdate = (c) => c.tool === 'apt-get' && c.args[0] === 'update';
const aptPackages = (c) => c.args.slice(1).filter((a) => !a.startsWith('-'));
const isAptInstall = (pkgs) => (c) => c.tool === 'apt-get' && c.args[0] === 'install' &&
  c.args.includes('-y') && aptPackages(c).join(' ') === pkgs.join(' ');

// The value after --version, and no --locked (its own lockfile cannot resolve here).
function assertCliInstallArgs(c, r) {
  const i = c.args.indexOf('--version');
  assert.ok(i > 0 && c.args[i + 1] === WANT, `cargo install must pin --version ${WANT}\n${show(r)}`);
  assert.ok(!c.args.includes('--locked'), `cargo install must not pass --locked\n${show(r)}`);
}

// "Which step failed": one stderr line that says it failed and names the command (its words).
function assertSaysFailed(r, words) {
  const line = r.stderr.split('\n').find((l) => /fail/i.test(l) && words.every((w) => l.includes(w)));
  assert.ok(line, `stderr must say that "${words.join(' ... ')}" failed\n${show(r)}`);
}

// What each step installs on a fresh machine, in order.
const FRESH_INSTALLS = [
  ['ensure_rust_wasm', 'rustup target add wasm32-unknown-unknown', isTargetAdd],
  ['ensure_rust_wasm', `cargo install wasm-bindgen-cli --version ${WANT}`, isCliInstall],
  ['ensure_node_modules', 'npm ci', isNpmCi],
  ['ensure_chromium', 'apt-get update', isAptUpdate],
  ['ensure_chromium', 'apt-get install -y chromium chromium-driver', isAptInstall(['chromium', 'chromium-driver'])],
  ['ensure_redis', 'apt-get update', isAptUpdate],
  ['ensure_redis', 'apt-get install -y redis-server', isAptInstall(['redis-server'])],
].filter(([fn]) => STEPS.includes(fn));

test('every ensure_* step of lib.sh has a case here', () => {
  assert.ok(DEFINED.length > 0, `no ensure_* function found in ${LIB}`);
  for (const fn of DEFINED) {
    assert.ok(ALL_STEPS.includes(fn) || HELPERS.includes(fn), `${fn} is not exercised by tests/setup/setup.test.mjs`);
  }
  for (const fn of ALL_STEPS) assert.ok(DEFINED.includes(fn), `lib.sh does not define ${fn}`);
});

test('fresh machine: every step installs its tool with the right arguments, then the next step runs', () => {
  const m = machine();
  const r = run(m);
  assert.equal(r.status, 0, show(r));
  assert.deepEqual(r.done, STEPS, show(r));
  const got = installs(r);
  assert.equal(got.length, FRESH_INSTALLS.length, show(r));
  FRESH_INSTALLS.forEach(([, what, matches], i) => assert.ok(matches(got[i]), `call ${i + 1} must be: ${what}\n${show(r)}`));
  assertCliInstallArgs(got[1], r);
  assert.equal(got[2].cwd, m.root, 'npm ci runs in the repository root');
  // The installs took: the tools are where the later build and test steps look for them.
  assert.match(fs.readFileSync(path.join(m.state, 'rustup-targets'), 'utf8'), /^wasm32-unknown-unknown$/m);
  for (const f of [path.join(m.cargoHome, 'bin/wasm-bindgen'), path.join(m.root, 'node_modules/.bin/wasm-opt'),
    path.join(m.usrBin, 'chromium'), path.join(m.usrBin, 'chromedriver'),
    ...(STEPS.includes('ensure_redis') ? [path.join(m.usrBin, 'redis-server')] : [])]) {
    assert.ok(fs.existsSync(f), `${f} was not installed\n${show(r)}`);
  }
  // A second run on the same machine has nothing left to install.
  const frontends = fs.readFileSync(path.join(m.state, 'apt-frontend'), 'utf8').split('\n').filter(Boolean);
  assert.ok(frontends.length > 0 && frontends.every((f) => f === 'noninteractive'),
    `apt-get must run with DEBIAN_FRONTEND=noninteractive, got: ${frontends.join(', ')}`);
  const again = run(m);
  assert.equal(again.status, 0, show(again));
  assert.deepEqual(again.done, STEPS, show(again));
  assert.deepEqual(installs(again), [], `the second run must install nothing\n${show(again)}`);
});

test('everything present at the right version: no install is attempted', () => {
  const m = machine({ have: ['target', `wasm-bindgen@${WANT}`, 'node_modules', 'chromium', 'chromedriver', 'redis-server'] });
  const r = run(m);
  assert.equal(r.status, 0, show(r));
  assert.deepEqual(r.done, STEPS, show(r));
  assert.deepEqual(installs(r), [], show(r));
});

test('wasm-bindgen at another version than Cargo.lock: cargo install re-installs the locked one', () => {
  const m = machine({ have: ['target', 'wasm-bindgen@0.2.100', 'node_modules', 'chromium', 'chromedriver', 'redis-server'] });
  const r = run(m);
  assert.equal(r.status, 0, show(r));
  assert.deepEqual(r.done, STEPS, show(r));
  const got = installs(r);
  assert.equal(got.length, 1, show(r));
  assert.ok(isCliInstall(got[0]), show(r));
  assertCliInstallArgs(got[0], r);
  const after = spawnSync(path.join(m.cargoHome, 'bin/wasm-bindgen'), ['--version'], { encoding: 'utf8' });
  assert.equal(after.stdout.trim(), `wasm-bindgen ${WANT}`);
});

test('only the wasm32 target missing: rustup adds it, nothing else is installed', () => {
  const m = machine({ have: [`wasm-bindgen@${WANT}`, 'node_modules', 'chromium', 'chromedriver', 'redis-server'] });
  const r = run(m);
  assert.equal(r.status, 0, show(r));
  assert.deepEqual(r.done, STEPS, show(r));
  const got = installs(r);
  assert.equal(got.length, 1, show(r));
  assert.ok(isTargetAdd(got[0]), show(r));
});

test('package-lock.json newer than node_modules: npm ci runs again, in the repository root', () => {
  const m = machine({ have: ['target', `wasm-bindgen@${WANT}`, 'node_modules-stale', 'chromium', 'chromedriver', 'redis-server'] });
  const r = run(m);
  assert.equal(r.status, 0, show(r));
  const got = installs(r);
  assert.equal(got.length, 1, show(r));
  assert.ok(isNpmCi(got[0]), show(r));
  assert.equal(got[0].cwd, m.root);
});

test('chromium there but not chromedriver: apt-get installs chromium-driver', () => {
  const m = machine({ have: ['target', `wasm-bindgen@${WANT}`, 'node_modules', 'chromium', 'redis-server'] });
  const r = run(m);
  assert.equal(r.status, 0, show(r));
  assert.deepEqual(r.done, STEPS, show(r));
  const got = installs(r);
  assert.equal(got.length, 2, show(r));
  assert.ok(isAptUpdate(got[0]), show(r));
  // Naming chromium again is harmless (apt-get keeps it); chromium-driver must be there.
  assert.ok(got[1].args[0] === 'install' && aptPackages(got[1]).includes('chromium-driver'), show(r));
  assert.ok(fs.existsSync(path.join(m.usrBin, 'chromedriver')), show(r));
});

// Each installer failing on a fresh machine: the script stops there, non-zero, naming the step.
for (const [fail, words, stepName] of [
  ['rustup:target', ['rustup target add wasm32-unknown-unknown'], 'ensure_rust_wasm'],
  ['cargo:install', ['cargo install', 'wasm-bindgen-cli', WANT], 'ensure_rust_wasm'],
  ['npm:ci', ['npm ci'], 'ensure_node_modules'],
  ['apt-get:update', ['apt-get', 'update'], 'ensure_chromium'],
  ['apt-get:install', ['apt-get', 'install', 'chromium chromium-driver'], 'ensure_chromium'],
]) {
  test(`${words.join(' ')} fails: the script exits non-zero and says that step failed`, () => {
    const m = machine();
    const r = run(m, STEPS, { STUB_FAIL: fail });
    assert.notEqual(r.status, 0, show(r));
    assertSaysFailed(r, words);
    // It stopped in the failing step: the steps before it finished, none after it ran.
    assert.deepEqual(r.done, STEPS.slice(0, STEPS.indexOf(stepName)), show(r));
  });
}

test('no Rust at all: ensure_rust_wasm fails and says which command is missing', () => {
  const m = machine({ noRust: true });
  const r = run(m);
  assert.notEqual(r.status, 0, show(r));
  assertSaysFailed(r, ['rustup target add wasm32-unknown-unknown']);
  assert.deepEqual(r.done, [], show(r));
});

// The machine as set up but for chromium: only ensure_chromium has work to do.
const ALL_BUT_CHROMIUM = ['target', `wasm-bindgen@${WANT}`, 'node_modules', 'redis-server'];

test('not root, sudo there: apt-get runs through sudo', () => {
  const m = machine({ have: [...ALL_BUT_CHROMIUM, 'sudo'] });
  const r = run(m, STEPS, { STUB_UID: '1000' });
  assert.equal(r.status, 0, show(r));
  assert.deepEqual(r.done, STEPS, show(r));
  const viaSudo = r.calls.filter((c) => c.tool === 'sudo');
  assert.equal(viaSudo.length, 2, show(r));
  assert.ok(viaSudo.every((c) => c.args.includes('apt-get')), show(r));
  assert.ok(r.calls.some(isAptInstall(['chromium', 'chromium-driver'])), show(r));
});

test('not root, no sudo: the script stops and says what to install as root', () => {
  const m = machine({ have: ALL_BUT_CHROMIUM });
  const r = run(m, STEPS, { STUB_UID: '1000' });
  assert.notEqual(r.status, 0, show(r));
  assert.ok(r.stderr.split('\n').some((l) => /fail/i.test(l) && l.includes('chromium chromium-driver')), show(r));
  assert.deepEqual(r.calls.filter((c) => c.tool === 'apt-get'), [], `apt-get cannot work without root\n${show(r)}`);
  assert.deepEqual(r.done, STEPS.slice(0, STEPS.indexOf('ensure_chromium')), show(r));
});

test('Cargo.lock without wasm-bindgen: ensure_rust_wasm fails instead of skipping the CLI', () => {
  const m = machine({ have: ['target'] });
  fs.writeFileSync(path.join(m.root, 'Cargo.lock'),
    CARGO_LOCK.replace(/^name = "wasm-bindgen"$/m, 'name = "wasm-bindgen-renamed"'));
  const r = run(m, STEPS, { STUB_LOCKED_VERSION: '' });
  assert.notEqual(r.status, 0, show(r));
  assert.ok(r.stderr.split('\n').some((l) => /fail/i.test(l) && l.includes('Cargo.lock')), show(r));
  assert.deepEqual(r.calls.filter(isCliInstall), [], show(r));
  assert.deepEqual(r.done, [], show(r));
});

test('cargo install puts wasm-bindgen off PATH (CARGO_INSTALL_ROOT): the script says so and stops', () => {
  const m = machine({ have: ['target'] });
  const r = run(m, STEPS, { CARGO_INSTALL_ROOT: path.join(m.dir, 'elsewhere') });
  assert.notEqual(r.status, 0, show(r));
  assert.ok(r.calls.some(isCliInstall), show(r));
  assert.ok(r.stderr.split('\n').some((l) => /fail/i.test(l) && l.includes('wasm-bindgen') && l.includes(WANT)), show(r));
  assert.deepEqual(r.done, [], show(r));
});
