// sendBx24 (pkg-template/io/bx24.js) in headless Chromium, over the BX24.js double in a real
// placement: the host page (the portal's origin, whose /rest/ is the stand-in) embeds the app's
// page from another origin, BX24.js gets its token from the host over postMessage and calls the
// stand-in with XHR. No wasm package needed. Uses /usr/bin/chromium; never downloads a browser.
// Each behaviour is checked against both published BX24.js versions where they differ.
// 'Client.bx24 in the placement' (the encoder of the built package, issue 20) needs `npm run build`:
// it installs the packed package and serves it from a third origin.

import { test, describe, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startStandin } from '../standin/server.mjs';
import { sendBx24 } from '../../pkg-template/io/bx24.js';
import { startNodePlacement } from './lib/bx24-node.mjs';
import { ROOT, installConsumer } from './lib/consumer.mjs';
import { serveStatic } from './lib/static-server.mjs';

const HERE = join(ROOT, 'tests', 'js');
const TOKEN = 'standin-token-1';
const SYSTEM_ERRORS = JSON.parse(readFileSync(join(ROOT, 'spec', 'methods', 'system-errors.json'), 'utf8')).errors;
const NOTIFY = { NOTIFY_ID: 270, ANSWER_TEXT: 'I will participate' };
const FLAVOURS = ['current', 'legacy'];
// How long a test lets a call run before calling it stuck (a stuck call is the bug under test).
const STUCK_MS = 5000;

let portal;
let host; // the portal's page origin: placement.html, and /rest/ passed to the stand-in
let app; // the app's origin: placement-frame.html, the double, sendBx24
let browser;
let opened = [];

before(async () => {
  portal = await startStandin();
  const lib = join(HERE, 'lib');
  const pages = join(HERE, 'pages');
  host = await serveStatic({ '/pages/': pages, '/lib/': lib }, { '/rest/': portal.url });
  app = await serveStatic({ '/pages/': pages, '/lib/': lib, '/io/': join(ROOT, 'pkg-template', 'io') });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
  await portal?.close();
});
beforeEach(() => {
  portal.reset();
  portal.setOptions({ operating: null });
});
afterEach(async () => {
  await Promise.all(opened.map((p) => p.close()));
  opened = [];
});

/**
 * Opens the host page with the app's iframe and waits for BX24.js's init. Returns the frame and
 * helpers: send(method, params) is sendBx24 in the frame; it yields 'stuck' if the promise has not
 * settled within STUCK_MS.
 */
async function placement({ flavour = 'current', expires, early, client } = {}) {
  const frameQuery = new URLSearchParams({ flavour });
  if (client) frameQuery.set('client', '1');
  const appSite = client ?? app;
  if (early) frameQuery.set('early', JSON.stringify(early));
  const query = new URLSearchParams({ frame: `${appSite.url}/pages/placement-frame.html?${frameQuery}`, standin: portal.url, token: TOKEN });
  if (expires !== undefined) query.set('expires', String(expires));
  const page = await browser.newPage();
  opened.push(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${host.url}/pages/placement.html?${query}`);
  await page.waitForFunction(() => window.results?.ready === true, null, { timeout: 10_000 });
  const frame = page.frames().find((f) => f.url().startsWith(appSite.url));
  const inFrame = (fn, arg) => frame.evaluate(fn, arg);
  return {
    page,
    frame,
    problems,
    send: (method, params) => inFrame(([m, p, ms]) => Promise.race([
      window.send(m, p),
      new Promise((resolve) => setTimeout(() => resolve('stuck'), ms)),
    ]), [method, params, STUCK_MS]),
    rawCall: (method, params) => inFrame(([m, p]) => window.rawCall(m, p), [method, params]),
    frameState: () => inFrame(() => ({ uncaught: window.uncaught, bx24Calls: window.bx24Calls })),
    hostLog: () => page.evaluate(() => [...window.hostLog]),
  };
}

const parsed = (reply) => {
  assert.equal(typeof reply.body, 'string', `not a reply: ${JSON.stringify(reply)}`);
  return JSON.parse(reply.body);
};
const sent = () => portal.requests().filter((r) => !r.viaBatch);
const authOf = (rec) => new URLSearchParams(rec.rawBody).get('auth');

// ---- the double is BX24.js ------------------------------------------------------------------------

describe('the BX24.js double, as the library behaves', () => {
  for (const flavour of FLAVOURS) {
    test(`${flavour}: URL, text/plain form body in PHP brackets, callMethod's return value`, async () => {
      const p = await placement({ flavour });
      const call = await p.rawCall('im.notify.answer', { ...NOTIFY, LIST: [1, 'a b'], MAP: { a: { b: true } }, EMPTY: [], NONE: null });
      assert.equal(call.called, true);
      assert.equal(call.returned, flavour === 'legacy' ? 'object' : 'undefined', 'legacy returns the XHR, current nothing');
      assert.equal(call.status, 200);
      const [rec] = sent();
      assert.equal(rec.path, '/rest/im.notify.answer.json');
      assert.equal(rec.httpMethod, 'POST');
      assert.equal(rec.contentType, 'text/plain;charset=UTF-8', 'BX24.js sets no Content-Type');
      // Scalars first, then nested values; an object without scalars starts with "&"; null adds nothing.
      assert.equal(rec.rawBody,
        'auth=standin-token-1&NOTIFY_ID=270&ANSWER_TEXT=I%20will%20participate&LIST[0]=1&LIST[1]=a%20b&&MAP[a][b]=true&EMPTY=');
      assert.deepEqual(rec.params, { ...NOTIFY, NOTIFY_ID: '270', LIST: ['1', 'a b'], MAP: { a: { b: 'true' } }, EMPTY: '' });
    });
  }

  test('an error answer gets answer.ex, an ajaxError pointing back at the answer', async () => {
    const p = await placement();
    const call = await p.rawCall('im.notify.answer', { NOTIFY_ID: 270 });
    assert.equal(call.status, 400);
    assert.deepEqual(call.error, { text: "ANSWER_TEXT_ERROR: ANSWER_TEXT can't be empty (400)", status: 400, cyclic: true });
    assert.equal(call.stringifies, false, 'JSON.stringify(answer) throws on the cycle');
  });

  test('a 5xx, an HTML page and a dropped connection: "Query error!" thrown, no callback', async () => {
    const p = await placement();
    for (const fault of [{ kind: 'error', status: 500 }, { kind: 'html', status: 502 }, { kind: 'truncated' }, { kind: 'drop' }]) {
      portal.inject(fault);
      assert.equal((await p.rawCall('im.notify.answer', NOTIFY)).called, false, JSON.stringify(fault));
    }
    assert.deepEqual((await p.frameState()).uncaught, Array(4).fill('Query error!'));
    // An empty body is a success with {result: {}}.
    portal.inject({ kind: 'empty', status: 200 });
    const empty = await p.rawCall('im.notify.answer', NOTIFY);
    assert.deepEqual([empty.called, empty.status, empty.data], [true, 200, {}]);
  });

  test('expired_token: refreshed through the parent frame, then the same call again', async () => {
    const p = await placement();
    portal.expireToken(TOKEN);
    const call = await p.rawCall('im.notify.answer', NOTIFY);
    assert.deepEqual([call.called, call.status, call.error], [true, 200, null]);
    assert.deepEqual(await p.hostLog(), ['getInitData', 'refreshAuth']);
    const [first, repeat] = sent();
    assert.deepEqual([first.status, authOf(first)], [401, TOKEN]);
    assert.equal(repeat.status, 200);
    assert.notEqual(authOf(repeat), TOKEN);
    assert.equal((await p.frameState()).bx24Calls.length, 1, 'the library repeated it, not the app');
  });

  for (const flavour of FLAVOURS) {
    test(`${flavour}: a start in the params ${flavour === 'current' ? 'is deleted' : 'is sent'}`, async () => {
      const p = await placement({ flavour });
      const call = await p.rawCall('crm.contact.list', { start: 50 });
      assert.equal(call.data[0].ID, flavour === 'current' ? '1' : '51');
      assert.equal('start' in sent()[0].params, flavour === 'legacy');
    });
  }
});

// ---- Client.bx24's encoder (the built package) ----------------------------------------------------

describe('Client.bx24 in the placement: the encoder sends what was validated, once', () => {
  let withPackage; // the app's origin with the installed package at /node_modules/b24-wasm/
  before(async () => {
    const consumer = installConsumer('bx24-encoder');
    withPackage = await serveStatic({ '/pages/': join(HERE, 'pages'), '/lib/': join(HERE, 'lib'), '/io/': join(ROOT, 'pkg-template', 'io'), '/': consumer });
  });
  after(() => withPackage?.close());

  // Runs `scenario` in the app's frame, where it builds params, calls window.callClient and
  // returns { outcome, form } (form: what BX24.callMethod received).
  async function inFrame(scenario) {
    const p = await placement({ client: withPackage });
    const { outcome, form } = await p.frame.evaluate(`(${scenario})()`);
    assert.equal(outcome.error, undefined, `the call failed: ${JSON.stringify(outcome.error)}`);
    assert.deepEqual(p.problems, []);
    return new URLSearchParams(form);
  }

  test('params changed right after call() are not what is sent', async () => {
    const form = await inFrame(async () => {
      const params = { NOTIFY_ID: 270, ANSWER_TEXT: 'a' };
      const pending = window.callClient('im.notify.answer', params);
      params.ANSWER_TEXT = 'b';
      params['EVIL[x]'] = 1;
      return { outcome: await pending, form: window.bx24Calls.at(-1).params };
    });
    assert.deepEqual(Object.fromEntries(form), { NOTIFY_ID: '270', ANSWER_TEXT: 'a' });
    assert.deepEqual(sent().map((r) => r.params.ANSWER_TEXT), ['a']);
  });

  test('a getter that reads \'ok\' first and an object second cannot smuggle a field past validation', async () => {
    const form = await inFrame(async () => {
      let reads = 0;
      const params = { NOTIFY_ID: 270, get ANSWER_TEXT() { return reads++ ? { PARAMS: { EVIL: 1 } } : 'ok'; } };
      return { outcome: await window.callClient('im.notify.answer', params), form: window.bx24Calls.at(-1).params };
    });
    assert.deepEqual(Object.fromEntries(form), { NOTIFY_ID: '270', ANSWER_TEXT: 'ok' });
  });

  test('undefined, a Date and toJSON go as JSON has them: nothing, ISO text, the toJSON value', async () => {
    const form = await inFrame(async () => {
      const params = { CHAT_ID: 12, SEARCH_MESSAGE: undefined, DATE_FROM: new Date('2024-01-02T03:04:05.000Z'), DATE_TO: { secret: 'x', toJSON: () => '2024-02-01T00:00:00Z' } };
      const outcome = await window.callClient('im.dialog.messages.search', params);
      // The stand-in may not know the method: only what was sent matters here.
      return { outcome: { result: outcome.result, error: outcome.error?.instanceOfB24Error === false ? outcome.error : undefined }, form: window.bx24Calls.at(-1).params };
    });
    assert.deepEqual(Object.fromEntries(form), { CHAT_ID: '12', DATE_FROM: '2024-01-02T03:04:05.000Z', DATE_TO: '2024-02-01T00:00:00Z' });
  });

  // The same package's client construction, in the browser (issue 20, "from the first suite").
  test('in Chromium too: a URL object and an IDN host are accepted (punycode), a fetch that throws at once is NETWORK', async () => {
    const p = await placement({ client: withPackage });
    const outcome = await p.frame.evaluate(async () => {
      const { Client } = await import('b24-wasm');
      const urls = [];
      const fetch = async (url) => {
        urls.push(String(url));
        return new Response(JSON.stringify({ result: true, time: { start: 0, finish: 0 } }), { status: 200 });
      };
      const notify = { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' };
      await Client.webhook(new URL('https://portal.example/rest/1/s/'), { fetch, plan: false }).call('im.notify.answer', notify);
      await Client.webhook('https://портал.рф/rest/1/s/', { fetch, plan: false }).call('im.notify.answer', notify);
      let code;
      try {
        await Client.webhook('https://portal.example/rest/1/s/', { fetch: () => { throw new TypeError('no'); }, plan: false }).call('im.notify.answer', notify);
      } catch (e) {
        code = e.code;
      }
      return { urls, code };
    });
    assert.deepEqual(outcome, {
      urls: ['https://portal.example/rest/1/s/im.notify.answer', 'https://xn--80awhdgm.xn--p1ai/rest/1/s/im.notify.answer'],
      code: 'NETWORK',
    });
  });
});

// ---- sendBx24 ---------------------------------------------------------------------------------------

describe('sendBx24', () => {
  for (const flavour of FLAVOURS) {
    describe(flavour, () => {
      test('a success: the status and the portal\'s answer', async () => {
        const p = await placement({ flavour });
        const reply = await p.send('im.notify.answer', NOTIFY);
        assert.equal(reply.status, 200);
        const body = parsed(reply);
        assert.deepEqual(body.result, { result_message: ['Your response has been successfully sent.'] });
        assert.equal(typeof body.time.start, 'number');
        // BX24.js gets the form as a string, which it sends as it is after auth=.
        assert.deepEqual((await p.frameState()).bx24Calls, [{ method: 'im.notify.answer', params: 'NOTIFY_ID=270&ANSWER_TEXT=I%20will%20participate' }]);
        assert.equal(sent()[0].rawBody, `auth=${TOKEN}&NOTIFY_ID=270&ANSWER_TEXT=I%20will%20participate`);
        assert.deepEqual(sent().map((r) => [r.method, r.status, r.params]), [['im.notify.answer', 200, { NOTIFY_ID: '270', ANSWER_TEXT: NOTIFY.ANSWER_TEXT }]]);
      });

      test('every system error reaches the caller with its code, status and description', async () => {
        const p = await placement({ flavour });
        for (const e of SYSTEM_ERRORS) {
          const from = sent().length;
          portal.inject({ kind: 'error', status: e.http_status, error: e.code, error_description: e.message });
          const reply = await p.send('im.notify.answer', NOTIFY);
          if (e.code === 'expired_token') {
            // BX24.js deals with this one itself: new token from the parent, same call again.
            assert.equal(reply.status, 200, 'expired_token is refreshed, then the call succeeds');
            assert.deepEqual(sent().slice(from).map((r) => r.status), [401, 200]);
            continue;
          }
          assert.equal(reply.status, e.http_status, e.code);
          assert.deepEqual(parsed(reply), { error: e.code, error_description: e.message }, e.code);
          assert.deepEqual(sent().slice(from).map((r) => r.status), [e.http_status], `${e.code}: sent once`);
        }
        // BX24.js threw on each 5xx; sendBx24 answered anyway.
        const fiveHundreds = SYSTEM_ERRORS.filter((e) => e.http_status >= 500).length;
        assert.ok(fiveHundreds >= 3);
        assert.deepEqual((await p.frameState()).uncaught, Array(fiveHundreds).fill('Query error!'));
      });

      test('a method error is the portal\'s answer, as the webhook gets it, without the cycle', async () => {
        const p = await placement({ flavour });
        const reply = await p.send('im.notify.answer', { NOTIFY_ID: 270 });
        const viaWebhook = await fetch(`${portal.webhookUrl}im.notify.answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"NOTIFY_ID":270}' });
        assert.equal(reply.status, viaWebhook.status);
        assert.deepEqual(parsed(reply), await viaWebhook.json());
        assert.equal('ex' in parsed(reply), false);
      });

      test('429 OPERATION_TIME_LIMIT from the operating limit', async () => {
        portal.setOptions({ operating: { limitSeconds: 0.5, costSeconds: 1 } });
        const p = await placement({ flavour });
        assert.equal((await p.send('im.notify.answer', NOTIFY)).status, 200);
        const reply = await p.send('im.notify.answer', NOTIFY);
        assert.equal(reply.status, 429);
        assert.equal(parsed(reply).error, 'OPERATION_TIME_LIMIT');
      });

      test('502 HTML: BX24.js throws, sendBx24 hands the page on', async () => {
        const p = await placement({ flavour });
        portal.inject({ kind: 'html', status: 502 });
        const reply = await p.send('im.notify.answer', NOTIFY);
        assert.equal(reply.status, 502);
        assert.match(reply.body, /^<html>[\s\S]*502 Bad Gateway/);
        assert.deepEqual((await p.frameState()).uncaught, ['Query error!']);
        assert.deepEqual(sent().map((r) => r.status), [502]);
      });

      test('cut-off JSON and an empty body are handed on as they came', async () => {
        const p = await placement({ flavour });
        portal.inject({ kind: 'truncated' });
        const cut = await p.send('im.notify.answer', NOTIFY);
        assert.equal(cut.status, 200);
        assert.throws(() => JSON.parse(cut.body));
        assert.ok(cut.body.startsWith('{"result":'), cut.body);
        // An empty body: BX24.js calls back with {result: {}}, the caller gets what came.
        portal.inject({ kind: 'empty', status: 200 });
        assert.deepEqual(await p.send('im.notify.answer', NOTIFY), { status: 200, body: '' });
      });

      test('a dropped connection: lost, maybe sent, settled at once', async () => {
        const p = await placement({ flavour });
        portal.inject({ kind: 'drop' });
        assert.deepEqual(await p.send('im.notify.answer', NOTIFY), { lost: true, maybeSent: true, reason: 'no_answer' });
        assert.deepEqual(sent().map((r) => r.status), [null], 'it reached the portal once');
        assert.deepEqual((await p.frameState()).uncaught, ['Query error!']);
      });

      test('expired_token: the reply comes after BX24.js refreshed through the parent frame', async () => {
        const p = await placement({ flavour });
        portal.expireToken(TOKEN);
        const reply = await p.send('im.notify.answer', NOTIFY);
        assert.equal(reply.status, 200);
        assert.ok(parsed(reply).result);
        assert.deepEqual(await p.hostLog(), ['getInitData', 'refreshAuth']);
        assert.deepEqual(sent().map((r) => [r.status, authOf(r) === TOKEN]), [[401, true], [200, false]]);
      });

      test('expired_token, then a drop on the repeat: the repeat\'s XHR is watched too', async () => {
        const p = await placement({ flavour });
        portal.inject([{ kind: 'expire-token' }, { kind: 'drop' }]);
        assert.deepEqual(await p.send('im.notify.answer', NOTIFY), { lost: true, maybeSent: true, reason: 'no_answer' });
        assert.deepEqual(sent().map((r) => r.status), [401, null]);
      });

      test('a batch', async () => {
        const p = await placement({ flavour });
        const reply = await p.send('batch', {
          halt: 0,
          cmd: { a: 'im.notify.answer?NOTIFY_ID=270&ANSWER_TEXT=yes', b: 'im.notify.answer?NOTIFY_ID=271' },
        });
        assert.equal(reply.status, 200);
        const { result } = parsed(reply);
        assert.deepEqual(result.result, { a: { result_message: ['Your response has been successfully sent.'] } });
        assert.deepEqual(Object.keys(result.result_error), ['b']);
        assert.equal(result.result_error.b.error, 'ANSWER_TEXT_ERROR');
        const records = portal.requests();
        assert.deepEqual(records.map((r) => [r.method, r.viaBatch ?? false]), [['batch', false], ['im.notify.answer', true], ['im.notify.answer', true]]);
        assert.deepEqual(records[1].params, { NOTIFY_ID: '270', ANSWER_TEXT: 'yes' });
      });

      test('a list page: start goes through (the current BX24.js deletes it from a params object)', async () => {
        const p = await placement({ flavour });
        const params = { start: 50, order: { ID: 'ASC' }, select: ['ID', 'TITLE'] };
        const page = parsed(await p.send('crm.contact.list', params));
        assert.deepEqual(page.result.map((r) => r.ID), Array.from({ length: 50 }, (_, i) => String(51 + i)));
        assert.deepEqual([page.next, page.total], [100, 10000]);
        assert.deepEqual(sent()[0].params, { start: '50', order: { ID: 'ASC' }, select: ['ID', 'TITLE'] });
        const first = parsed(await p.send('crm.contact.list', { start: 0 }));
        assert.deepEqual([first.result[0].ID, first.next], ['1', 50]);
        assert.deepEqual((await p.frameState()).bx24Calls.map((c) => c.params),
          ['start=50&order[ID]=ASC&select[0]=ID&select[1]=TITLE', 'start=0']);
      });

      test('concurrent calls: each settles with its own answer', async () => {
        const p = await placement({ flavour });
        portal.inject({ kind: 'drop', method: 'imopenlines.message.quick.save' });
        const replies = await p.frame.evaluate(() => Promise.all([
          window.send('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'a' }),
          window.send('imopenlines.message.quick.save', { CHAT_ID: 12, MESSAGE_ID: 3456 }),
          window.send('im.notify.answer', { NOTIFY_ID: 2 }),
        ]));
        assert.equal(replies[0].status, 200);
        assert.deepEqual(replies[1], { lost: true, maybeSent: true, reason: 'no_answer' });
        assert.equal(replies[2].status, 400);
      });

      test('calls made before BX24.js has its init data are each watched once sent', async () => {
        // The first im.notify.answer to arrive is dropped; the other is answered 200 or 400.
        portal.inject({ kind: 'drop', method: 'im.notify.answer' });
        const calls = [['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'yes' }], ['im.notify.answer', { NOTIFY_ID: 2 }]];
        const p = await placement({ flavour, early: calls });
        const early = await p.frame.evaluate((ms) => Promise.race([window.early, new Promise((r) => setTimeout(() => r('stuck'), ms))]), STUCK_MS);
        assert.notEqual(early, 'stuck');
        // Each call got the outcome of its own request.
        const records = sent();
        assert.equal(records.length, 2);
        for (const [i, [, params]] of calls.entries()) {
          const rec = records.find((r) => r.params.NOTIFY_ID === String(params.NOTIFY_ID));
          if (rec.status === null) assert.deepEqual(early[i], { lost: true, maybeSent: true, reason: 'no_answer' });
          else assert.equal(early[i].status, rec.status);
        }
        assert.equal(records.filter((r) => r.status === null).length, 1, 'one was dropped');
      });

      test('a token past AUTH_EXPIRES: refreshed before sending, and the XHR is still watched', async () => {
        const p = await placement({ flavour, expires: 1 });
        await new Promise((resolve) => setTimeout(resolve, 1100));
        portal.inject({ kind: 'html', status: 502 });
        const reply = await p.send('im.notify.answer', NOTIFY);
        assert.equal(reply.status, 502);
        assert.deepEqual(await p.hostLog(), ['getInitData', 'refreshAuth']);
        assert.notEqual(authOf(sent()[0]), TOKEN);
      });
    });
  }

  test('current: a call held by BX24.js\'s rate gate is watched once it is sent', async () => {
    const p = await placement({ flavour: 'current' });
    portal.inject({ kind: 'drop', method: 'im.notify.answer' });
    // About 90 calls pass the gate at once; the rest wait inside BX24.js (re-checked each second)
    // before their XHR exists. The last call is one of those.
    const replies = await p.frame.evaluate((ms) => Promise.race([Promise.all([
      ...Array.from({ length: 92 }, () => window.send('imopenlines.message.quick.save', { CHAT_ID: 12, MESSAGE_ID: 3456 })),
      window.send('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'x' }),
    ]), new Promise((r) => setTimeout(() => r('stuck'), ms))]), STUCK_MS);
    assert.notEqual(replies, 'stuck');
    assert.ok(replies.slice(0, 92).every((r) => r.status === 200));
    assert.deepEqual(replies[92], { lost: true, maybeSent: true, reason: 'no_answer' });
    const records = sent();
    assert.equal(records.length, 93);
    const notify = records.find((r) => r.method === 'im.notify.answer');
    assert.ok(notify.at - records[0].at >= 900, `held by the gate: ${notify.at - records[0].at} ms`);
  });

  test('a BX24 that answers without an XHR: the callback\'s answer, without its cyclic ex', async () => {
    const p = await placement();
    const reply = await p.frame.evaluate(async () => {
      const { sendBx24 } = await import('/io/bx24.js');
      const answer = { error: 'ACCESS_DENIED', error_description: 'Access denied!' };
      answer.ex = { status: 403, ex: answer }; // what BX24.js's ajaxResult adds
      const bx24 = { callMethod: (method, params, callback) => { setTimeout(() => callback({ answer, status: 403 }), 0); } };
      return sendBx24(bx24, 'im.notify.answer', {});
    });
    assert.deepEqual(reply, { status: 403, body: '{"error":"ACCESS_DENIED","error_description":"Access denied!"}' });
  });

  test('never rejects: callMethod missing or throwing', async () => {
    const p = await placement();
    const results = await p.frame.evaluate(async () => {
      const { sendBx24 } = await import('/io/bx24.js');
      return [
        await sendBx24(undefined, 'im.notify.answer', {}),
        await sendBx24({ callMethod() { throw new Error('BX24 is not initialised'); } }, 'im.notify.answer', {}),
      ];
    });
    assert.deepEqual(results, [
      { lost: true, maybeSent: false, reason: 'no_answer', message: 'BX24.callMethod is not a function' },
      { lost: true, maybeSent: false, reason: 'no_answer', message: 'BX24 is not initialised' },
    ]);
    assert.equal(portal.requests().length, 0);
  });

  test('XMLHttpRequest.prototype.open is left as it was once nothing waits', async () => {
    const p = await placement();
    portal.inject({ kind: 'expire-token' });
    const same = await p.frame.evaluate(async () => {
      const before = XMLHttpRequest.prototype.open;
      await window.send('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'x' });
      return XMLHttpRequest.prototype.open === before;
    });
    assert.equal(same, true);
  });
});

// ---- the same in Node, over the Node harness (tests/js/lib/bx24-node.mjs) ------------------------

describe('sendBx24 in Node, over the BX24.js double', () => {
  for (const flavour of FLAVOURS) {
    test(`${flavour}: success, method error, 503, 502 HTML, drop, expired_token`, async () => {
      const p = startNodePlacement({ standinUrl: portal.url, token: TOKEN, flavour });
      const send = (params = NOTIFY) => sendBx24(p.BX24, 'im.notify.answer', params);
      // Sent before BX24.js has its init data: it waits inside BX24.js, then is watched.
      assert.equal((await send()).status, 200);
      assert.equal(parsed(await send({ NOTIFY_ID: 270 })).error, 'ANSWER_TEXT_ERROR');
      portal.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
      const refused = await send();
      assert.deepEqual([refused.status, parsed(refused).error], [503, 'QUERY_LIMIT_EXCEEDED']);
      portal.inject({ kind: 'html', status: 502 });
      assert.equal((await send()).status, 502);
      portal.inject({ kind: 'drop' });
      assert.deepEqual(await send(), { lost: true, maybeSent: true, reason: 'no_answer' });
      portal.expireToken(TOKEN);
      assert.equal((await send()).status, 200);
      assert.equal(p.refreshes(), 1);
      assert.deepEqual(p.uncaught, ['Query error!', 'Query error!', 'Query error!']);
      assert.deepEqual(sent().map((r) => r.status), [200, 400, 503, 502, null, 401, 200]);
    });
  }
});
