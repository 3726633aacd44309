// Helpers of the consumer matrix (matrix.test.mjs): packed package, cached consumer projects,
// child processes that always end, a static server, headless Chromium, gzip sizes.
//
// Each row's project lives in target/consumers/projects/<row>/. Its tools (vite, next, ...) are
// installed once and kept while the row's dependency list is unchanged; every run then deletes
// everything but node_modules and the lockfile, writes the app afresh, and installs the newly
// packed b24-wasm tarball into it with `npm install`, as a user would.

import { spawn, execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BASE = join(ROOT, 'target', 'consumers');
const KEEP = new Set(['node_modules', 'package-lock.json', '.deps.json']);

function npm(args, cwd) {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
}

let tarball;
/** `npm pack` of pkg/, once per process: the file npm would publish. */
export function packed() {
  if (tarball) return tarball;
  const pkg = join(ROOT, 'pkg');
  if (!existsSync(join(pkg, 'cjs', 'index.cjs'))) throw new Error(`${pkg} has no built package: run \`npm run build\` first`);
  mkdirSync(BASE, { recursive: true });
  for (const f of readdirSync(BASE)) if (f.endsWith('.tgz')) rmSync(join(BASE, f));
  const name = npm(['pack', pkg, '--pack-destination', BASE], BASE).trim().split('\n').pop();
  tarball = join(BASE, name);
  return tarball;
}

/**
 * A fresh consumer project: `deps` (npm specs) installed once and cached, `files` written anew,
 * then the packed b24-wasm installed. `pkg` adds package.json fields (e.g. `type`).
 */
export function project(name, { deps = {}, files = {}, pkg = {} } = {}) {
  const dir = join(BASE, 'projects', name);
  const signature = JSON.stringify({ deps, pkg });
  const cached = existsSync(join(dir, '.deps.json')) && readFileSync(join(dir, '.deps.json'), 'utf8') === signature;
  if (!cached) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) if (!KEEP.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  const manifest = { name: `consumer-${name}`, private: true, type: 'module', ...pkg, devDependencies: deps };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  if (!cached) {
    if (Object.keys(deps).length) npm(['install'], dir);
    writeFileSync(join(dir, '.deps.json'), signature);
  }
  // --no-save: the cached lockfile keeps describing only the tools.
  npm(['install', '--no-save', packed()], dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The binary of an installed npm package, e.g. bin(dir, 'vite'). */
export const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

const children = new Set();
process.on('exit', () => {
  for (const child of children) killTree(child);
});
function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGKILL'); // its own process group: the tool and whatever it started
  } catch {
    // already gone
  }
}

/** Runs a command to its end (at most `timeoutMs`); resolves to stdout, rejects with the output's tail. */
export function run(cmd, args, { cwd, env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      killTree(child);
      err += `\n[killed after ${timeoutMs} ms]`;
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${(out + err).slice(-3000)}`));
    });
  });
}

/**
 * Starts a long-running command (a dev server) and resolves once its output matches `ready`.
 * `stop()` kills it and everything it started.
 */
export function start(cmd, args, { cwd, env, ready, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let log = '';
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('close', done);
        killTree(child);
      }).finally(() => children.delete(child));
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${cmd} did not get ready in ${timeoutMs} ms\n${log.slice(-3000)}`));
    }, timeoutMs);
    const onData = (d) => {
      log += d;
      if (ready.test(log.replace(/\x1b\[[0-9;]*m/g, ''))) {
        clearTimeout(timer);
        resolve({ stop, log: () => log });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} ended (${code}) before it was ready\n${log.slice(-3000)}`));
    });
  });
}

/** A free TCP port on 127.0.0.1 (for tools that want one on the command line). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/** Serves a directory on 127.0.0.1, as a plain static host would (no SPA fallback). */
export async function serveStatic(root) {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(root, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!(file + sep).startsWith(root.replace(/[\\/]$/, '') + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

let browser;
/** One headless Chromium (Debian's) for the whole run. */
export async function chromium() {
  if (!browser) {
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }
  return browser;
}
export async function closeChromium() {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens `url` and waits for the app to set `document.title` to `ok:<json>` or `error:<text>`.
 * Resolves to the parsed result; rejects with the page's error and console.
 */
export async function pageResult(url, { timeoutMs = 60_000 } = {}) {
  const page = await (await chromium()).newPage();
  const console_ = [];
  page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console_.push(`pageerror: ${e.message}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => /^(ok|error):/.test(document.title), null, { timeout: timeoutMs });
    const title = await page.title();
    if (title.startsWith('error:')) throw new Error(`${title}\n${console_.join('\n')}`);
    return JSON.parse(title.slice(3));
  } catch (e) {
    e.message += `\nconsole:\n${console_.join('\n')}`;
    throw e;
  } finally {
    await page.close();
  }
}

/** The files a bundler emitted under `dir` (js, mjs, cjs, wasm), with raw and gzip -9 sizes. */
export function emitted(dir, { exts = ['.js', '.mjs', '.cjs', '.wasm'] } = {}) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (exts.includes(extname(entry.name)) && !entry.name.endsWith('.map')) {
        const bytes = readFileSync(path);
        files.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return { files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
}
