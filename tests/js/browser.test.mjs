// The npm package in Chromium: as a plain ES module (import map), inside a placement iframe through
// BX24, and bundled by Vite. The pages call the Bitrix24 stand-in on 127.0.0.1 and leave their
// results in `window.results`; the test checks them and what the stand-in recorded.
// Uses the system Chromium (/usr/bin/chromium); never downloads a browser.

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, ROOT } from './lib/consumer.mjs';
import { SEEDS } from './lib/seeds.js';

const HERE = join(ROOT, 'tests', 'js');
const CONSUMER = installConsumer('browser');
const VITE_OUT = join(CONSUMER, 'vite-dist');
const TOKEN = 'standin-token-1'; // the stand-in's default OAuth token

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  // instantiateStreaming needs the right type; a wrong one would only show as a slower fallback.
  '.wasm': 'application/wasm',
};

/** A static server on 127.0.0.1: URL prefix → directory. Returns its base URL and close(). */
async function serveStatic(mounts) {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // Browsers ask for it on their own; a 404 would show up as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? [];
    let file = dir && normalize(join(dir, path.slice(prefix.length)));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir.replace(/[\\/]$/, '') + sep) || !existsSync(file)) {
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

const MOUNTS = {
  '/pages/': join(HERE, 'pages'),
  '/lib/': join(HERE, 'lib'),
  '/vite/': VITE_OUT,
  '/': CONSUMER, // /node_modules/b24-wasm/... as the import maps say
};

let portal;
let site; // serves the pages
let appSite; // a second origin, for the placement iframe
let browser;
before(async () => {
  portal = await startStandin();
  site = await serveStatic(MOUNTS);
  appSite = await serveStatic(MOUNTS);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await appSite?.close();
  await portal?.close();
});
beforeEach(() => portal.reset());

/** Opens a page, waits for `window.results`, fails on any page error. */
async function resultsOf(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.results !== undefined, null, { timeout: 20_000 });
    const results = await page.evaluate(() => window.results);
    assert.equal(results.fatal, undefined, results.fatal);
    return { results, problems };
  } catch (e) {
    e.message += `\npage problems: ${JSON.stringify(problems)}`;
    throw e;
  } finally {
    await page.close();
  }
}

const recorded = () => portal.requests().map((r) => ({ method: r.method, transport: r.transport, params: r.params, status: r.status }));

describe('OAuth in the browser', () => {
  test('the five seed methods, then one refresh on an expired token', async () => {
    const q = new URLSearchParams({ endpoint: portal.oauthEndpoint, standin: portal.url, token: TOKEN });
    const { results } = await resultsOf(`${site.url}/pages/oauth.html?${q}`);
    assert.equal(results.fatal, undefined);
    assert.deepEqual(results.calls, SEEDS.map((s) => ({ method: s.method, result: s.result })));
    assert.deepEqual(results.afterExpiry, SEEDS[3].result);
    assert.equal(results.refreshes, 1);
    const sent = portal.requests();
    assert.deepEqual(sent.map((r) => [r.method, r.transport, r.status]), [
      ...SEEDS.map((s) => [s.method, 'oauth', 200]),
      ['im.notify.answer', 'oauth', 401],
      ['im.notify.answer', 'oauth', 200],
    ]);
    assert.notEqual(JSON.parse(sent.at(-1).rawBody).auth, TOKEN, 'the repeat carries the new token');
  });
});

describe('plain <script type="module"> with an import map', () => {
  test('webhook calls, a validation error and a BAD_REPLY', async () => {
    const q = new URLSearchParams({ webhook: portal.webhookUrl, standin: portal.url });
    const { results, problems } = await resultsOf(`${site.url}/pages/module.html?${q}`);

    assert.deepEqual(results.calls, SEEDS.map((s) => ({ method: s.method, result: s.result })));
    assert.deepEqual(results.reply.result, SEEDS[3].result);
    assert.equal(typeof results.reply.time.start, 'number');
    assert.equal(results.typed, true);
    // No HTTP answer, so no status and no kind.
    assert.deepEqual(results.invalid, {
      instanceOfB24Error: true, instanceOfError: true, isB24Error: true, name: 'B24Error', code: 'INVALID_PARAM',
      status: undefined, kind: undefined, method: 'imopenlines.config.add', field: 'PARAMS.QUEUE.0.ENTITY_TYPE',
      message: 'imopenlines.config.add: PARAMS.QUEUE.0.ENTITY_TYPE must be one of "user", "department"',
    });
    assert.equal(results.badReply.code, 'BAD_REPLY');
    assert.equal(results.badReply.kind, 'html');
    assert.equal(results.badReply.status, 502);
    assert.equal(results.badReply.method, 'im.notify.answer');
    assert.equal(results.badReply.instanceOfB24Error, true);

    // Five seeds, callReply, the typed function, the 502; the invalid call never left the page.
    const webhook = (method, params, status = 200) => ({ method, transport: 'webhook', params, status });
    assert.deepEqual(recorded(), [
      ...SEEDS.map((s) => webhook(s.method, s.params)),
      webhook('im.notify.answer', SEEDS[3].params),
      webhook('imopenlines.message.quick.save', SEEDS[0].params),
      webhook('im.notify.answer', SEEDS[3].params, 502),
    ]);
    // The 502 is reported by the browser itself as a failed resource; nothing else may go wrong.
    assert.deepEqual(problems.filter((p) => !p.includes('502')), []);
  });
});

describe('placement iframe through BX24.callMethod', () => {
  test('the five seeds from another origin\'s iframe', async () => {
    const frame = `${appSite.url}/pages/placement-frame.html?${new URLSearchParams({ endpoint: portal.oauthEndpoint, token: TOKEN })}`;
    const { results, problems } = await resultsOf(`${site.url}/pages/placement.html?${new URLSearchParams({ frame })}`);

    assert.notEqual(results.frameOrigin, results.hostOrigin, 'the app runs on its own origin');
    assert.equal(results.frameOrigin, appSite.url);
    assert.deepEqual(results.calls, SEEDS.map((s) => ({ method: s.method, result: s.result })));
    assert.deepEqual(results.invalid, {
      instanceOfB24Error: true, code: 'INVALID_PARAM', field: 'CRM_ENTITY_TYPE', method: 'imopenlines.crm.message.add',
    });
    // What the library handed to BX24.callMethod, and what reached the portal with the token.
    assert.deepEqual(results.bx24Calls, SEEDS.map((s) => ({ method: s.method, params: s.params })));
    assert.deepEqual(recorded(), SEEDS.map((s) => ({ method: s.method, transport: 'oauth', params: s.params, status: 200 })));
    assert.ok(portal.requests().every((r) => JSON.parse(r.rawBody).auth === TOKEN));
    assert.deepEqual(problems, []);
  });
});

describe('bundled by Vite', () => {
  before(async () => {
    // Built inside the consumer install, so `b24-wasm` resolves from its node_modules as in an app.
    const root = join(CONSUMER, 'vite-app');
    cpSync(join(HERE, 'vite-app'), root, { recursive: true });
    await build({
      root,
      base: './',
      configFile: false,
      logLevel: 'warn',
      build: { outDir: VITE_OUT, emptyOutDir: true },
    });
  });

  test('one webhook call and one validation error', async () => {
    assert.ok(existsSync(join(VITE_OUT, 'index.html')));
    const { results, problems } = await resultsOf(`${site.url}/vite/index.html?${new URLSearchParams({ webhook: portal.webhookUrl })}`);
    assert.deepEqual(results.notify, SEEDS[3].result);
    assert.deepEqual(results.invalid, {
      instanceOfB24Error: true, code: 'INVALID_PARAM', field: 'CHAT_ID', method: 'imopenlines.message.quick.save',
    });
    assert.deepEqual(recorded(), [
      { method: 'im.notify.answer', transport: 'webhook', params: { NOTIFY_ID: 270, ANSWER_TEXT: 'from vite' }, status: 200 },
    ]);
    assert.deepEqual(problems, []);
  });
});
