// The npm package in Chromium: as a plain ES module (import map), inside a placement iframe through
// the BX24.js double (tests/js/lib/bx24-double.js, driven per call from the test), and bundled by
// Vite. The pages call the Bitrix24 stand-in on 127.0.0.1 and leave their results in
// `window.results`; the test checks them and what the stand-in recorded.
// Uses the system Chromium (/usr/bin/chromium); never downloads a browser.

import { test, describe, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { build } from 'vite';
import { startStandin } from '../standin/server.mjs';
import { buildPhpQuery, parsePhpQuery } from '../standin/phpquery.mjs';
import { installConsumer, ROOT } from './lib/consumer.mjs';
import { SEEDS } from './lib/seeds.js';
import { serveStatic } from './lib/static-server.mjs';

const HERE = join(ROOT, 'tests', 'js');
const CONSUMER = installConsumer('browser');
const VITE_OUT = join(CONSUMER, 'vite-dist');
const TOKEN = 'standin-token-1'; // the stand-in's default OAuth token

const MOUNTS = {
  '/pages/': join(HERE, 'pages'),
  '/lib/': join(HERE, 'lib'),
  '/io/': join(ROOT, 'pkg-template', 'io'), // sendBx24, for the placement frame's own use
  '/vite/': VITE_OUT,
  '/': CONSUMER, // /node_modules/b24-wasm/... as the import maps say
};

let portal;
let site; // serves the pages; for the placement it is the portal's origin, /rest/ goes to the stand-in
let appSite; // a second origin, for the placement iframe
let browser;
before(async () => {
  portal = await startStandin();
  site = await serveStatic(MOUNTS, { '/rest/': portal.url });
  appSite = await serveStatic(MOUNTS);
  browser = await launchChromium();
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
  test('webhook calls, a validation error and an unreadable answer to a write', async () => {
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
    assert.equal(results.badReply.code, 'OUTCOME_UNKNOWN');
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
  // The BX24.js double (tests/js/lib/bx24-double.js) in the app's iframe, the host page answering
  // its getInitData/refreshAuth. Each call is raced against STUCK_MS in the page: BX24.js never
  // calls back after its 'Query error!', and a client that waits for the callback is stuck.
  const STUCK_MS = 5000;
  const pages = [];
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });

  async function placement() {
    const frame = `${appSite.url}/pages/placement-frame.html?${new URLSearchParams({ client: '1' })}`;
    const page = await browser.newPage();
    pages.push(page);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    await page.goto(`${site.url}/pages/placement.html?${new URLSearchParams({ frame, standin: portal.url, token: TOKEN })}`);
    await page.waitForFunction(() => window.results?.ready === true, null, { timeout: 20_000 });
    const app = page.frames().find((f) => f.url().startsWith(appSite.url));
    return {
      page,
      app,
      problems,
      results: await page.evaluate(() => window.results),
      call: (method, params) => app.evaluate(([m, p, ms]) => Promise.race([
        window.callClient(m, p),
        new Promise((resolve) => setTimeout(() => resolve('stuck'), ms)),
      ]), [method, params, STUCK_MS]),
      frameState: () => app.evaluate(() => ({ uncaught: window.uncaught, bx24Calls: window.bx24Calls })),
    };
  }
  const authOf = (rec) => new URLSearchParams(rec.rawBody).get('auth');
  const errorOf = (outcome) => {
    assert.ok(outcome && outcome.error, `expected a B24Error, got ${JSON.stringify(outcome)}`);
    return outcome.error;
  };

  test('the five seeds from another origin\'s iframe', async () => {
    const p = await placement();
    assert.notEqual(p.results.frameOrigin, p.results.hostOrigin, 'the app runs on its own origin');
    assert.equal(p.results.frameOrigin, appSite.url);
    for (const seed of SEEDS) assert.deepEqual(await p.call(seed.method, seed.params), { result: seed.result }, seed.method);
    const invalid = errorOf(await p.call('imopenlines.crm.message.add', { ...SEEDS[1].params, CRM_ENTITY_TYPE: 'task' }));
    assert.deepEqual([invalid.instanceOfB24Error, invalid.code, invalid.field, invalid.method],
      [true, 'INVALID_PARAM', 'CRM_ENTITY_TYPE', 'imopenlines.crm.message.add']);
    // What the library handed to BX24.callMethod (a form string, which BX24.js sends as it is), and
    // what reached the portal with the token: every scalar a string, as PHP reads a form.
    const asForm = (params) => parsePhpQuery(buildPhpQuery(params));
    assert.deepEqual((await p.frameState()).bx24Calls.map((c) => ({ method: c.method, params: parsePhpQuery(c.params) })),
      SEEDS.map((s) => ({ method: s.method, params: asForm(s.params) })));
    assert.deepEqual(recorded(), SEEDS.map((s) => ({ method: s.method, transport: 'oauth', params: asForm(s.params), status: 200 })));
    assert.ok(portal.requests().every((r) => authOf(r) === TOKEN && r.path === `/rest/${r.method}.json`));
    assert.deepEqual(p.problems, []);
  });

  test('a portal error comes back with its code and status', async () => {
    const p = await placement();
    portal.inject({ kind: 'error', status: 403, error: 'ACCESS_DENIED', error_description: 'Access denied!' });
    const error = errorOf(await p.call('im.notify.answer', SEEDS[3].params));
    assert.deepEqual([error.code, error.status, error.method], ['ACCESS_DENIED', 403, 'im.notify.answer']);
    assert.deepEqual(recorded().map((r) => r.status), [403]);
  });

  test('a 503 QUERY_LIMIT_EXCEEDED (BX24.js throws on it) is waited out and sent again', async () => {
    const p = await placement();
    portal.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    assert.deepEqual(await p.call('im.notify.answer', SEEDS[3].params), { result: SEEDS[3].result });
    assert.deepEqual(recorded().map((r) => r.status), [503, 200]);
    assert.deepEqual((await p.frameState()).uncaught, ['Query error!']);
  });

  test('a 502 HTML page to a write is OUTCOME_UNKNOWN html, as over a webhook', async () => {
    const p = await placement();
    portal.inject({ kind: 'html', status: 502 });
    const error = errorOf(await p.call('im.notify.answer', SEEDS[3].params));
    assert.deepEqual([error.code, error.status, error.kind], ['OUTCOME_UNKNOWN', 502, 'html']);
    assert.deepEqual(recorded().map((r) => r.status), [502]);
  });

  test('a dropped connection on a write is OUTCOME_UNKNOWN, not repeated', async () => {
    const p = await placement();
    portal.inject({ kind: 'drop' });
    const error = errorOf(await p.call('im.notify.answer', SEEDS[3].params));
    assert.equal(error.code, 'OUTCOME_UNKNOWN');
    assert.equal(portal.requests().length, 1);
  });

  test('expired_token: BX24.js refreshes through the host page, the call completes', async () => {
    const p = await placement();
    portal.expireToken(TOKEN);
    assert.deepEqual(await p.call('im.notify.answer', SEEDS[3].params), { result: SEEDS[3].result });
    assert.deepEqual(await p.page.evaluate(() => [...window.hostLog]), ['getInitData', 'refreshAuth']);
    const sent = portal.requests();
    assert.deepEqual(sent.map((r) => [r.status, authOf(r) === TOKEN]), [[401, true], [200, false]]);
    assert.equal((await p.frameState()).bx24Calls.length, 1, 'BX24.js repeated it; the client did not');
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
    // methods() fetched one more script, the rows' chunk, after the calls had run without it.
    assert.deepEqual(results.table, { rows: 191, fetched: 1, again: true });
    const chunks = readdirSync(join(VITE_OUT, 'assets')).filter((f) => f.endsWith('.js'));
    const withRows = chunks.filter((f) => readFileSync(join(VITE_OUT, 'assets', f), 'utf8').includes('imopenlines.config.add'));
    assert.equal(chunks.length, 2, chunks.join(' '));
    assert.equal(withRows.length, 1, withRows.join(' '));
    assert.deepEqual(recorded(), [
      { method: 'im.notify.answer', transport: 'webhook', params: { NOTIFY_ID: 270, ANSWER_TEXT: 'from vite' }, status: 200 },
    ]);
    assert.deepEqual(problems, []);
  });
});
