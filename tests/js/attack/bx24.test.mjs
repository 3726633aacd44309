// Attack family: the placement client's encoder, Client.bx24 (issue 20), over the installed
// package in Node: the BX24.js double in a placement (tests/js/lib/bx24-node.mjs) talking to the
// stand-in, so what is checked is the form BX24.callMethod received and what reached the portal.
// The same encoder runs in Chromium in tests/js/bx24.test.mjs ('the encoder sends what was validated').

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from '../../standin/server.mjs';
import { startNodePlacement } from '../lib/bx24-node.mjs';
import { installed, b24Rejection, b24Thrown, within, HANG } from './lib.mjs';

const pkg = await installed('bx24');
const { Client } = pkg;
const TOKEN = 'bx24-attack-token';

let portal;
before(async () => {
  portal = await startStandin({ tokens: [TOKEN] });
});
after(() => portal.close());
beforeEach(() => portal.reset());

const placement = () => startNodePlacement({ standinUrl: portal.url, token: TOKEN });
const formOf = (p) => {
  assert.equal(p.calls.length, 1, `callMethod was called ${p.calls.length} times`);
  assert.equal(typeof p.calls[0].params, 'string', 'BX24 gets the encoded form');
  return new URLSearchParams(p.calls[0].params);
};

describe('the encoder sends what was validated, once', () => {
  test('params changed right after call() are not what is sent', async () => {
    const p = placement();
    const params = { NOTIFY_ID: 270, ANSWER_TEXT: 'a' };
    const pending = Client.bx24(p.BX24).call('im.notify.answer', params);
    params.ANSWER_TEXT = 'b';
    params['EVIL[x]'] = 1;
    await pending;
    const form = formOf(p);
    assert.equal(form.get('ANSWER_TEXT'), 'a');
    assert.deepEqual([...form.keys()], ['NOTIFY_ID', 'ANSWER_TEXT']);
  });

  test('a getter that reads \'ok\' first and an object second cannot smuggle a field past validation', async () => {
    const p = placement();
    let reads = 0;
    const params = { NOTIFY_ID: 270, get ANSWER_TEXT() { return reads++ ? { PARAMS: { EVIL: 1 } } : 'ok'; } };
    await Client.bx24(p.BX24).call('im.notify.answer', params);
    const form = formOf(p);
    assert.equal(form.get('ANSWER_TEXT'), 'ok');
    assert.ok(![...form.keys()].some((k) => k.includes('EVIL')), `sent: ${p.calls[0].params}`);
    assert.equal(reads, 1, 'the params are read once');
  });

  test('undefined, a Date and toJSON go as JSON has them, as over the webhook: nothing, ISO text, the toJSON value', async () => {
    const p = placement();
    const at = new Date('2024-01-02T03:04:05.000Z');
    const params = { CHAT_ID: 12, SEARCH_MESSAGE: undefined, DATE_FROM: at, DATE_TO: { secret: 'x', toJSON: () => '2024-02-01T00:00:00Z' } };
    await within(10_000, Client.bx24(p.BX24).call('im.dialog.messages.search', params));
    const form = formOf(p);
    assert.deepEqual(Object.fromEntries(form), { CHAT_ID: '12', DATE_FROM: at.toISOString(), DATE_TO: '2024-02-01T00:00:00Z' });
    assert.ok(!p.calls[0].params.includes('undefined') && !p.calls[0].params.includes('toJSON'), p.calls[0].params);
  });
});

describe('only B24Errors come out', () => {
  test('a key with a lone surrogate: INVALID_PARAM naming where, not a raw URIError', async () => {
    const p = placement();
    const e = await b24Rejection(pkg, Client.bx24(p.BX24).call('im.dialog.messages.search', { CHAT_ID: 12, ORDER: { '\uD800': 'ASC' } }));
    assert.equal(e.code, 'INVALID_PARAM');
    assert.equal(e.field, 'ORDER');
    assert.equal(p.calls.length, 0, 'nothing reached BX24');
  });

  test('a getter that throws on its second read: the call is sent as read once', async () => {
    const p = placement();
    let reads = 0;
    const params = { NOTIFY_ID: 270, get ANSWER_TEXT() { if (reads++) throw new RangeError('second read'); return 'ok'; } };
    const outcome = await within(10_000, Client.bx24(p.BX24).call('im.notify.answer', params));
    assert.notEqual(outcome, HANG);
    assert.equal(outcome.error, undefined, `raw error: ${outcome.error?.stack}`);
  });

  test('a Proxy BX24 whose callMethod getter throws: INVALID_CONFIG at Client.bx24, NETWORK (not sent) at call', async () => {
    const hostile = new Proxy({}, { get() { throw new Error('hostile getter'); } });
    assert.equal(b24Thrown(pkg, () => Client.bx24(hostile)).code, 'INVALID_CONFIG');
    let reads = 0;
    const flaky = new Proxy({}, {
      get(target, key) {
        if (key !== 'callMethod') return undefined;
        if (reads++) throw new Error('gone');
        return () => {};
      },
    });
    const e = await b24Rejection(pkg, Client.bx24(flaky).call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' }));
    assert.equal(e.code, 'NETWORK');
  });

  test('2,000 placement calls that fail leave wasm memory where it was', async () => {
    // A BX24 as the library's callback contract has it (no XHR), so 2,000 calls take no time;
    // each call's params throw on the second read, which made a raw error before.
    const BX24 = { callMethod: (method, params, callback) => callback({ status: 200, answer: { result: true } }) };
    const client = Client.bx24(BX24, { plan: false }); // 2,200 calls at 2 a second would take 18 minutes
    const params = () => {
      let reads = 0;
      return { NOTIFY_ID: 270, get ANSWER_TEXT() { if (reads++) throw new RangeError('second read'); return 'x'.repeat(2000); } };
    };
    for (let i = 0; i < 200; i++) await client.call('im.notify.answer', params()).catch(() => {});
    const start = client.stats().wasmMemoryBytes;
    for (let i = 0; i < 2000; i++) {
      const outcome = await client.call('im.notify.answer', params()).then(() => null, (e) => e);
      if (outcome) assert.ok(pkg.isB24Error(outcome), `raw error: ${outcome.stack}`);
    }
    const grown = client.stats().wasmMemoryBytes - start;
    assert.ok(grown <= 1024 * 1024, `wasm memory grew ${(grown / 2 ** 20).toFixed(1)} MiB`);
  });
});
