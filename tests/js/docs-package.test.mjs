// What the package page (pkg-template/README.md) promises npm users, tried on the packed and
// installed package as a user gets it:
// - "Try it locally": the stand-in portal starts from the package, as `b24-wasm/standin` and as
//   the `b24-wasm-standin` command, and the client calls it;
// - the BX24.js double users load in their own placement tests (`b24-wasm/testing/bx24-node`)
//   carries a `Client.bx24()` call to that portal;
// - the single-file build (`iife/b24-wasm.js`, global `B24Wasm`) runs from a plain <script> tag
//   in Chromium (/usr/bin/chromium, never downloaded).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { importFrom, installConsumer } from './lib/consumer.mjs';
import { serveStatic } from './lib/static-server.mjs';

const CONSUMER = installConsumer('package-page');
const PACKAGE = join(CONSUMER, 'node_modules', 'b24-wasm');
const { Client, isB24Error } = await importFrom(CONSUMER);
const { startStandin } = await importFrom(CONSUMER, 'b24-wasm/standin');

let portal;
before(async () => {
  portal = await startStandin();
});
after(() => portal?.close());

test('b24-wasm/standin: the stand-in portal starts from the package and answers the client', async () => {
  portal.reset();
  const client = Client.webhook(portal.webhookUrl);
  const answer = await client.im.notify.answer({ NOTIFY_ID: 270, ANSWER_TEXT: 'I will come' });
  assert.deepEqual(Object.keys(answer), ['result_message']);
  const sent = portal.requests();
  assert.equal(sent.length, 1);
  assert.equal(sent[0].method, 'im.notify.answer');
  assert.deepEqual(sent[0].params, { NOTIFY_ID: 270, ANSWER_TEXT: 'I will come' });
});

test('npx b24-wasm-standin: the command prints its URL, serves the webhook, and stops on SIGTERM', async () => {
  const child = spawn(join(CONSUMER, 'node_modules', '.bin', 'b24-wasm-standin'), ['--port', '0'], { stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /^B24_STANDIN_URL=(\S+)$/m.exec(out);
        if (m) resolve(m[1]);
      });
      child.stderr.on('data', (d) => { out += d; });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`no URL within 20 s: ${out}`)), 20_000);
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const client = Client.webhook(`${url}/rest/1/standin-secret/`);
    assert.equal(typeof (await client.call('imopenlines.config.add', { PARAMS: { LINE_NAME: 'Support' } })), 'number');
    const refused = await Client.webhook(`${url}/rest/1/wrong-secret/`).call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }).catch((e) => e);
    assert.ok(isB24Error(refused));
    assert.equal(refused.code, 'NO_AUTH_FOUND');
  } finally {
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    child.kill('SIGTERM');
    assert.ok(['SIGTERM', 0].includes(await exited));
  }
});

test('b24-wasm/testing/bx24-node: the BX24.js double carries Client.bx24() calls, as BX24.js sends them', async () => {
  portal.reset();
  const { startNodePlacement } = await importFrom(CONSUMER, 'b24-wasm/testing/bx24-node');
  const placement = startNodePlacement({ standinUrl: portal.url, token: 'standin-token-1' });
  await placement.ready();
  const client = Client.bx24(placement.BX24);
  const answer = await client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'I will come' });
  assert.deepEqual(Object.keys(answer), ['result_message']);
  // The package hands callMethod BX24.js's form string (what BX24Like in index.d.ts says).
  assert.deepEqual(placement.calls, [{ method: 'im.notify.answer', params: 'NOTIFY_ID=270&ANSWER_TEXT=I%20will%20come' }]);
  const [sent] = portal.requests();
  assert.equal(sent.method, 'im.notify.answer');
  assert.deepEqual(sent.params, { NOTIFY_ID: '270', ANSWER_TEXT: 'I will come' });
  assert.deepEqual(placement.uncaught, []);
  // The browser halves, for tests in a real frame.
  const { installBx24, placementHost } = await importFrom(CONSUMER, 'b24-wasm/testing/bx24');
  assert.deepEqual([typeof installBx24, typeof placementHost], ['function', 'function']);
});

test('iife/b24-wasm.js: one file for a plain <script> tag sets B24Wasm, and it calls the portal from Chromium', async () => {
  portal.reset();
  const script = readFileSync(join(PACKAGE, 'iife', 'b24-wasm.js'), 'utf8');
  assert.doesNotMatch(script, /^\s*(import|export)\s/m, 'a classic script has no import/export statements');
  assert.doesNotMatch(script, /b24_wasm_bg\.wasm['"]/, 'the .wasm is inside, not fetched');
  const pages = mkdtempSync(join(tmpdir(), 'b24-iife-'));
  writeFileSync(join(pages, 'index.html'), `<!doctype html>
<html><head><meta charset="utf-8"><script src="/b24-wasm/iife/b24-wasm.js"></script></head>
<body><script>
  (async () => {
    const webhook = new URLSearchParams(location.search).get('webhook');
    const results = { global: typeof B24Wasm, exports: Object.keys(B24Wasm).sort() };
    try {
      const client = B24Wasm.Client.webhook(webhook);
      results.answer = await client.im.notify.answer({ NOTIFY_ID: 270, ANSWER_TEXT: 'ok' });
      try {
        await client.call('im.notify.answer', { ANSWER_TEXT: 'ok' });
      } catch (e) {
        results.refused = { isB24Error: B24Wasm.isB24Error(e), code: e.code, field: e.field };
      }
      results.methods = (await B24Wasm.methods()).length;
    } catch (e) {
      results.fatal = String(e && e.stack || e);
    }
    window.results = results;
  })();
</script></body></html>`);
  const site = await serveStatic({ '/b24-wasm/': PACKAGE, '/': pages });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/?webhook=${encodeURIComponent(portal.webhookUrl)}`);
    await page.waitForFunction(() => window.results !== undefined, null, { timeout: 30_000 });
    const results = await page.evaluate(() => window.results);
    assert.deepEqual(problems, []);
    assert.equal(results.fatal, undefined, results.fatal);
    assert.equal(results.global, 'object');
    assert.deepEqual(results.exports, ['B24Error', 'Client', 'connectFrame', 'isB24Error', 'methods', 'placements', 'ready', 'resultRef']);
    assert.deepEqual(Object.keys(results.answer), ['result_message']);
    assert.deepEqual(results.refused, { isB24Error: true, code: 'INVALID_PARAM', field: 'NOTIFY_ID' });
    assert.equal(results.methods, 191);
    // The .wasm came inside the script; only the method rows were fetched, on methods()'s first use.
    assert.ok(!fetched.some((p) => p.endsWith('.wasm')), fetched.join(', '));
    assert.ok(fetched.includes('/b24-wasm/methods.data.js'), fetched.join(', '));
    assert.deepEqual(portal.requests().map((r) => r.method), ['im.notify.answer']);
  } finally {
    await browser.close();
    await site.close();
  }
});

test('require(): the stand-in and the BX24.js double load as CommonJS too (Jest, CommonJS tests)', async () => {
  const require = createRequire(join(CONSUMER, 'index.cjs'));
  const standin = require('b24-wasm/standin');
  assert.match(require.resolve('b24-wasm/standin'), /standin[\\/]index\.cjs$/);
  const local = await standin.startStandin();
  try {
    // The CommonJS build finds the method knowledge (portal.json) beside itself.
    const reply = await fetch(`${local.webhookUrl}im.notify.answer`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ NOTIFY_ID: 1, ANSWER_TEXT: 'x' }),
    });
    assert.equal(reply.status, 200);
    assert.deepEqual(Object.keys((await reply.json()).result), ['result_message']);
  } finally {
    await local.close();
  }
  assert.equal(typeof require('b24-wasm/testing/bx24').installBx24, 'function');
  assert.equal(typeof require('b24-wasm/testing/bx24').placementHost, 'function');
  assert.equal(typeof require('b24-wasm/testing/bx24-node').startNodePlacement, 'function');
});
