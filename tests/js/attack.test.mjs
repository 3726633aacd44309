// Adversarial suite over the INSTALLED package (issue 9): each test replays one attack of the
// adversarial run against the packed tarball, over real loopback HTTP to the stand-in (or to a
// small server of the test's own where the attack needs a reply no portal gives), and checks
// what reached the wire as well as what came back. Run: npm run build && node --test tests/js/attack.test.mjs

import { test, describe, before, after, beforeEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect, promisify } from 'node:util';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';
import { SEEDS } from './lib/seeds.js';

const CONSUMER = installConsumer('attack');
const { Client, B24Error, isB24Error, ready } = await importFrom(CONSUMER);
await ready();

const SECRET = 'wh-secret-attack9';
const TOKEN = 'oauth-token-attack9';
const NOTIFY = { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' };
const READ = ['imopenlines.config.get', { CONFIG_ID: 1 }];
const WRITE = ['im.notify.answer', NOTIFY];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const HANG = Symbol('still pending');

let portal;
before(async () => {
  portal = await startStandin({ webhookSecret: SECRET, tokens: [TOKEN] });
});
after(() => portal.close());
beforeEach(() => portal.reset());

const webhook = (options) => Client.webhook(portal.webhookUrl, options);
const oauth = (refresh = () => assert.fail('refresh() must not be called here'), options = {}) =>
  Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: TOKEN, refresh, ...options });

/** Awaits a rejection and returns the B24Error; fails when it resolved or threw something else. */
async function rejection(promise) {
  let value;
  try {
    value = await promise;
  } catch (e) {
    assert.ok(isB24Error(e) && e instanceof B24Error, `not a B24Error: ${e && e.stack}`);
    assert.equal(typeof e.code, 'string');
    assert.notEqual(e.code, '', 'every error has a code');
    return e;
  }
  assert.fail(`expected a B24Error, got ${JSON.stringify(value)}`);
}

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(isB24Error(e) && e instanceof B24Error, `not a B24Error: ${e && e.stack}`);
    return e;
  }
  assert.fail('expected a B24Error to be thrown');
}

/** The promise's outcome, or HANG when it has not settled within `ms`. */
async function within(ms, promise) {
  let timer;
  const outcome = promise.then((value) => ({ value }), (error) => ({ error }));
  const late = new Promise((resolve) => { timer = setTimeout(() => resolve(HANG), ms); });
  try {
    return await Promise.race([outcome, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A B24Error that arrived within `ms`; fails on a hang (which without this would hang the suite). */
async function rejectsWithin(ms, promise) {
  const started = Date.now();
  const outcome = await within(ms, promise);
  assert.notEqual(outcome, HANG, `still pending after ${ms} ms`);
  const e = await rejection(outcome.error ? Promise.reject(outcome.error) : Promise.resolve(outcome.value));
  return Object.assign(e, { tookMs: Date.now() - started });
}

/**
 * A small HTTP server of the test's own on 127.0.0.1, for replies the stand-in does not give.
 * `handler(req, res, body)` answers; every request is kept in `hits` as {method, url, body}.
 */
async function serve(handler) {
  const hits = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      hits.push({ method: req.method, url: req.url, body });
      handler(req, res, body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    hits,
    webhookUrl: `${url}/rest/1/${SECRET}/`,
    oauthEndpoint: `${url}/rest/`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A server answering every request with `status` and `body` (JSON text unless given as an object). */
const canned = (status, body) => serve((req, res) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(text);
});

/** A fresh `time` block, as a portal sends it. */
function time(extra = {}) {
  const now = Date.now() / 1000;
  return { start: now, finish: now, duration: 0.001, processing: 0.001, operating: 0, operating_reset_at: Math.floor(now) + 600, ...extra };
}

// ---- 1. a batch over 50 commands keeps what the first request did --------------------------------

describe('issue 9.1: batch outcomes per command', () => {
  test('60 writes with the second request dropped: the first 50 results are kept and batch() resolves', async () => {
    const commands = {};
    for (let i = 0; i < 50; i++) commands[`n${i}`] = ['im.notify.answer', { NOTIFY_ID: i + 1, ANSWER_TEXT: 'ok' }];
    for (let i = 0; i < 10; i++) commands[`q${i}`] = ['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: i + 1 }];
    // The drop hits the first quick.save, which only the second request carries: it runs, then
    // the socket is destroyed before the answer.
    portal.inject({ kind: 'drop', method: 'imopenlines.message.quick.save' });
    const { result, errors } = await webhook().batch(commands);

    assert.deepEqual(Object.keys(result).sort(), Object.keys(commands).filter((k) => k.startsWith('n')).sort());
    for (const value of Object.values(result)) assert.deepEqual(value, SEEDS[3].result);
    assert.deepEqual(Object.keys(errors).sort(), Object.keys(commands).filter((k) => k.startsWith('q')).sort());
    for (const e of Object.values(errors)) {
      assert.ok(isB24Error(e));
      assert.deepEqual([e.code, e.method], ['OUTCOME_UNKNOWN', 'imopenlines.message.quick.save']);
    }

    const recorded = portal.requests();
    const http = recorded.filter((r) => !r.viaBatch);
    assert.deepEqual(http.map((r) => [r.method, r.status]), [['batch', 200], ['batch', null]], 'two requests, none repeated');
    const notified = recorded.filter((r) => r.viaBatch && r.method === 'im.notify.answer').map((r) => Number(r.params.NOTIFY_ID));
    assert.deepEqual(notified, Array.from({ length: 50 }, (_, i) => i + 1), 'each of the 50 ran exactly once');
    assert.equal(recorded.filter((r) => r.method === 'imopenlines.message.quick.save').length, 1);
  });
});

// ---- 2. SKIPPED only for what provably did not run ------------------------------------------------

describe('issue 9.2: no false SKIPPED', () => {
  const X = SEEDS[3].result;
  // Replies to a batch of three writes (a, b, c) with halt off that do not account for every command.
  const replies = [
    ['partial results', { result: { result: { a: X }, result_error: [] } }, { a: 'ok', b: 'OUTCOME_UNKNOWN', c: 'OUTCOME_UNKNOWN' }],
    ['result_error as a list', { result: { result: { b: X }, result_error: [{ error: 'E', error_description: 'd' }] } }, { a: 'OUTCOME_UNKNOWN', b: 'ok', c: 'OUTCOME_UNKNOWN' }],
    ['result as a string', { result: 'done' }, { a: 'OUTCOME_UNKNOWN', b: 'OUTCOME_UNKNOWN', c: 'OUTCOME_UNKNOWN' }],
    ['result null', { result: null }, { a: 'OUTCOME_UNKNOWN', b: 'OUTCOME_UNKNOWN', c: 'OUTCOME_UNKNOWN' }],
    ['inner result a string', { result: { result: 'x', result_error: [] } }, { a: 'OUTCOME_UNKNOWN', b: 'OUTCOME_UNKNOWN', c: 'OUTCOME_UNKNOWN' }],
    ['string entries in result_error', { result: { result: { a: X }, result_error: { b: 'boom' } } }, { a: 'ok', b: 'boom', c: 'OUTCOME_UNKNOWN' }],
    ['empty result and result_error', { result: { result: [], result_error: [] } }, { a: 'OUTCOME_UNKNOWN', b: 'OUTCOME_UNKNOWN', c: 'OUTCOME_UNKNOWN' }],
  ];
  const commands = {
    a: ['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'a' }],
    b: ['im.notify.answer', { NOTIFY_ID: 2, ANSWER_TEXT: 'b' }],
    c: ['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 3 }],
  };
  for (const [name, reply, want] of replies) {
    test(`${name}: a write the reply leaves out is OUTCOME_UNKNOWN, never SKIPPED`, async () => {
      const server = await canned(200, { ...reply, time: time() });
      try {
        const { result, errors } = await Client.webhook(server.webhookUrl).batch(commands);
        const got = {};
        for (const key of Object.keys(commands)) got[key] = key in result ? 'ok' : errors[key]?.code;
        assert.deepEqual(got, want);
        for (const e of Object.values(errors)) assert.notEqual(e.code, 'SKIPPED');
        assert.equal(server.hits.length, 1, 'nothing sent again');
      } finally {
        await server.close();
      }
    });
  }

  test('the stand-in: halt off runs every command after a failure; halt on skips only what did not run', async () => {
    const three = [['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 2 }], WRITE, ['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 3 }]];
    portal.inject({ kind: 'error', method: 'im.notify.answer', status: 400, error: 'ACCESS_DENIED', error_description: 'no' });
    const free = await webhook().batch(three);
    assert.deepEqual([free.result[0], free.errors[1]?.code, free.result[2]], [true, 'ACCESS_DENIED', true]);
    assert.equal(portal.requests().filter((r) => r.viaBatch).length, 3);

    portal.reset();
    portal.inject({ kind: 'error', method: 'im.notify.answer', status: 400, error: 'ACCESS_DENIED', error_description: 'no' });
    const halted = await webhook().batch(three, { halt: true });
    assert.deepEqual([halted.result[0], halted.errors[1]?.code, halted.errors[2]?.code], [true, 'ACCESS_DENIED', 'SKIPPED']);
    assert.deepEqual(portal.requests().filter((r) => r.viaBatch).map((r) => r.method), ['imopenlines.message.quick.save', 'im.notify.answer'],
      'the SKIPPED command did not reach the portal');
  });
});

// ---- 3. an unreadable answer to a write -----------------------------------------------------------

describe('issue 9.3: a truncated reply to a write is OUTCOME_UNKNOWN', () => {
  for (const [name, make] of [['webhook', () => webhook()], ['oauth', () => oauth()]]) {
    test(`call over ${name}`, async () => {
      portal.inject({ kind: 'truncated' });
      const e = await rejection(make().call(...WRITE));
      assert.deepEqual([e.code, e.status, e.kind], ['OUTCOME_UNKNOWN', 200, 'truncated']);
      assert.deepEqual(portal.requests().map((r) => [r.method, r.status]), [['im.notify.answer', 200]], 'it ran once and was not sent again');
    });
  }

  test('batch of writes: every command of the truncated request is OUTCOME_UNKNOWN, batch() resolves', async () => {
    portal.inject({ kind: 'truncated' });
    const { result, errors } = await webhook().batch([WRITE, ['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 2 }]]);
    assert.deepEqual(result, []);
    assert.deepEqual(errors.map((e) => [e.code, e.kind]), [['OUTCOME_UNKNOWN', 'truncated'], ['OUTCOME_UNKNOWN', 'truncated']]);
    assert.equal(portal.requests().filter((r) => !r.viaBatch).length, 1);
  });

  test('a read is asked again, and is BAD_REPLY truncated once the retries are spent (control)', async () => {
    portal.inject({ kind: 'truncated', times: 3 });
    const e = await rejection(webhook().call(...READ));
    assert.deepEqual([e.code, e.kind], ['BAD_REPLY', 'truncated']);
    assert.equal(portal.requests().length, 3);
  });
});

// ---- 5. a method name is not a path ----------------------------------------------------------------

describe('issue 9.5: method names', () => {
  const BAD_NAMES = ['../../oauth/token', '../../../x', '%2e%2e', '%2e%2e/%2e%2e/oauth/token', '..\\', '..\\..\\x', '?auth=x',
    'im.notify.answer?auth=x', 'a#b', 'im.notify.answer#x', 'im.notify.ans\r\nwer', 'im.notify.ans\twer', 'im.notify.answe%72',
    'im.notify.answer\u0000', ' im.notify.answer', 'im.notify.answer ', 'im notify', 'im..notify', '.im.notify', 'im.notify.',
    'im/notify', 'im.notify.answer/', 'im.notify.answer.json?x', 'imé.notify', 'im.1notify', '', 'batch', 'BATCH', 'Batch',
    'x'.repeat(200)];
  const NON_STRINGS = [undefined, null, 42, {}, ['im.notify.answer'], Symbol('im'), () => 'im.notify.answer'];

  for (const [transport, make] of [['webhook', () => webhook()], ['oauth', () => oauth()]]) {
    test(`${BAD_NAMES.length} bad names and ${NON_STRINGS.length} non-strings over ${transport}: INVALID_PARAM field method, nothing sent`, async () => {
      const client = make();
      for (const name of [...BAD_NAMES, ...NON_STRINGS]) {
        const label = typeof name === 'symbol' ? 'a symbol' : JSON.stringify(name) ?? String(name);
        for (const attempt of [() => client.call(name, {}), () => client.callReply(name, NOTIFY)]) {
          const e = await rejection(attempt());
          assert.deepEqual([e.code, e.field], ['INVALID_PARAM', 'method'], label);
        }
        const c = thrown(() => client.check(name, {}));
        assert.deepEqual([c.code, c.field], ['INVALID_PARAM', 'method'], label);
      }
      assert.deepEqual(portal.requests(), []);
      assert.equal(client.stats().requests, 0);
    });
  }

  test('typed functions cannot smuggle a path either', async () => {
    const client = webhook();
    for (const key of ['..', '%2e%2e', 'answer?auth=x', 'a#b', '', 'x/y']) {
      const e = await rejection(client.im.notify[key](NOTIFY));
      assert.deepEqual([e.code, e.field], ['INVALID_PARAM', 'method'], key);
    }
    assert.deepEqual(portal.requests(), []);
  });

  test('batch commands whose method has ?, &, \'\', ../ or is batch: INVALID_PARAM cmd.<key>.method, nothing sent', async () => {
    const client = webhook();
    for (const method of ['im.notify.answer?NOTIFY_ID=1', 'im.notify.answer&auth=x', '', '../im.notify.answer', '../../oauth/token',
      'im.notify.answer#', 'im.notify.ans\nwer', 'batch']) {
      for (const [commands, key] of [[{ evil: [method, {}] }, 'evil'], [[WRITE, [method, {}]], '1']]) {
        const e = await rejection(client.batch(commands));
        assert.deepEqual([e.code, e.field], ['INVALID_PARAM', `cmd.${key}.method`], JSON.stringify(method));
      }
    }
    assert.deepEqual(portal.requests(), []);
  });

  test('an OAuth client\'s call(\'../../evil/collect\') sends nothing, so the token goes nowhere', async () => {
    const client = oauth();
    for (const name of ['../../evil/collect', '..%2f..%2fevil%2fcollect', '..\\..\\evil\\collect']) {
      const e = await rejection(client.call(name, { x: 1 }));
      assert.deepEqual([e.code, e.field], ['INVALID_PARAM', 'method']);
    }
    assert.deepEqual(portal.requests(), [], 'no request at all: not /rest/evil/collect, not /evil/collect');
  });
});

// ---- 6. redirects ----------------------------------------------------------------------------------

describe('issue 9.6: a redirect to another origin is not followed', () => {
  let sink;
  let redirector;
  before(async () => {
    // Another loopback origin (another port) that would record a stolen token.
    sink = await canned(200, { result: 'stolen', time: time() });
    redirector = await serve((req, res) => {
      const user = /^\/rest\/(\d{3})\//.exec(req.url);
      const status = user ? Number(user[1]) : 307;
      res.writeHead(status, { Location: `${sink.url}/collect${req.url}` });
      res.end();
    });
  });
  after(async () => {
    await sink.close();
    await redirector.close();
  });

  for (const [transport, fetch] of [['the Node default transport', undefined], ['global fetch', globalThis.fetch]]) {
    test(`307/308/301/302/303 with ${transport}: rejects as a redirect, the token never reaches the other origin`, async () => {
      redirector.hits.length = 0;
      sink.hits.length = 0;
      const client = Client.oauth({ endpoint: redirector.oauthEndpoint, accessToken: TOKEN, refresh: () => assert.fail('no refresh'), fetch });
      const write = await rejection(client.call(...WRITE));
      assert.deepEqual([write.code, write.status, write.kind], ['OUTCOME_UNKNOWN', 307, 'redirect']);
      const read = await rejection(client.call(...READ));
      assert.deepEqual([read.code, read.status, read.kind], ['BAD_REPLY', 307, 'redirect']);
      const { result, errors } = await client.batch({ w: WRITE });
      assert.deepEqual([result, errors.w.code, errors.w.kind], [{}, 'OUTCOME_UNKNOWN', 'redirect']);
      assert.equal(redirector.hits.length, 3, 'one request each: a redirect is not retried');
      assert.ok(redirector.hits.every((h) => JSON.parse(h.body).auth === TOKEN));

      // The other redirect statuses, over a webhook (the secret is in the path): the redirector
      // answers the status named by the webhook's user segment.
      for (const status of [301, 302, 303, 308]) {
        const e = await rejection(Client.webhook(`${redirector.url}/rest/${status}/${SECRET}/`, { fetch }).call(...READ));
        assert.deepEqual([e.code, e.status, e.kind], ['BAD_REPLY', status, 'redirect']);
      }
      assert.equal(redirector.hits.length, 7);
      assert.deepEqual(sink.hits, [], 'the other origin got nothing');
    });
  }
});

// ---- 7. secrets stay home --------------------------------------------------------------------------

describe('issue 9.7: canary secrets appear in no error', () => {
  const CANARY_SECRET = 'whSECRETcanary42';
  const OLD_TOKEN = 'tokOLDcanaryAAAA'; // letters only: it would pass as an error's name
  const NEW_TOKEN = 'tokNEW+canary/Z=9'; // characters that change under percent-encoding
  const CANARIES = [CANARY_SECRET, OLD_TOKEN, NEW_TOKEN];
  const FORMS = CANARIES.flatMap((c) => [c, encodeURIComponent(c), encodeURIComponent(c).replace(/%20/g, '+')]);
  let hub;
  before(async () => {
    hub = await startStandin({ webhookSecret: CANARY_SECRET, tokens: [OLD_TOKEN] });
  });
  after(() => hub.close());

  const echo = (...parts) => parts.flatMap((p) => [p, encodeURIComponent(p)]).join(' | ');

  test('every error family, every field: message, description, stack, JSON, String, inspect', async () => {
    const errors = [];
    const keep = async (promise) => errors.push(await rejection(promise));
    const hook = (options) => Client.webhook(hub.webhookUrl, options);
    const oauthOld = (refresh, options) => Client.oauth({ endpoint: hub.oauthEndpoint, accessToken: OLD_TOKEN, refresh, ...options });

    // INVALID_PARAM, INVALID_CONFIG
    await keep(hook().call('im.notify.answer', { NOTIFY_ID: 1 }));
    await keep(oauthOld(() => NEW_TOKEN).call('im.notify.answer', { NOTIFY_ID: 1 }));
    errors.push(thrown(() => Client.webhook(`http://portal.example.com/rest/1/${CANARY_SECRET}/`)));
    errors.push(thrown(() => Client.webhook(`https://portal.example.com:99999/rest/1/${CANARY_SECRET}/`)));
    errors.push(thrown(() => Client.webhook(`https://portal.example.com/rest/1/${CANARY_SECRET}/?x=1`)));
    errors.push(thrown(() => Client.oauth({ endpoint: 'ftp://x/rest/', accessToken: OLD_TOKEN, refresh() {} })));
    errors.push(thrown(() => Client.oauth({ endpoint: hub.oauthEndpoint, accessToken: `${OLD_TOKEN} x`, refresh() {} })));

    // Portal errors that echo the secrets, in the code and the description; and UNKNOWN_ERROR.
    hub.inject({ kind: 'error', status: 400, error: CANARY_SECRET, error_description: echo(CANARY_SECRET, `/rest/1/${CANARY_SECRET}/`) });
    await keep(hook().call(...WRITE));
    hub.inject({ kind: 'error', status: 400, error: '', error_description: echo(CANARY_SECRET) });
    await keep(hook().call(...WRITE));
    hub.inject({ kind: 'error', status: 401, error: 'invalid_token', error_description: echo(`token ${OLD_TOKEN} is bad`) });
    await keep(oauthOld(() => NEW_TOKEN).call(...WRITE));

    // Unreadable answers and lost ones.
    for (const kind of ['html', 'truncated', 'empty', 'drop']) {
      hub.inject({ kind });
      await keep(hook().call(...WRITE));
      hub.inject({ kind, times: 3 });
      await keep(oauthOld(() => NEW_TOKEN).call(...READ));
    }

    // Fetch errors that quote the URL (with the secret) or the body (with the token), as
    // Node's fetch ("Failed to parse URL from ...") and node-fetch ("request to ... failed") do.
    const failing = (code) => async (url, init) => {
      const e = new TypeError(`request to ${url} failed, reason: body ${init.body}; Failed to parse URL from ${url}`);
      if (code) e.code = code;
      e.cause = { code, message: `${url} ${init.body}` };
      throw e;
    };
    await keep(hook({ fetch: failing('ECONNREFUSED') }).call(...WRITE)); // NETWORK
    await keep(hook({ fetch: failing(undefined) }).call(...WRITE)); // OUTCOME_UNKNOWN
    await keep(hook({ fetch: failing(undefined) }).call(...READ)); // NETWORK after retries
    await keep(oauthOld(() => NEW_TOKEN, { fetch: failing('ECONNREFUSED') }).call(...WRITE));
    await keep(oauthOld(() => NEW_TOKEN, { fetch: failing(undefined) }).call(...WRITE));
    await keep(hook({ fetch: failing(`E${CANARY_SECRET}`) }).call(...WRITE)); // the code itself quoted
    // Real refused connections: Node's own messages.
    const gone = await startStandin();
    await gone.close();
    for (const fetch of [undefined, globalThis.fetch]) {
      await keep(Client.webhook(`${gone.url}/rest/1/${CANARY_SECRET}/`, { fetch }).call(...WRITE));
      await keep(Client.oauth({ endpoint: `${gone.url}/rest/`, accessToken: OLD_TOKEN, refresh: () => NEW_TOKEN, fetch }).call(...WRITE));
    }

    // A refresh whose error holds the token: as its name, its message, a bare string, an odd object.
    hub.expireToken(OLD_TOKEN);
    for (const refresh of [
      () => { const e = new Error(OLD_TOKEN); e.name = OLD_TOKEN; throw e; },
      async () => { throw Object.assign(new Error(`refresh token for ${OLD_TOKEN} revoked`), { name: 'RefreshError' }); },
      () => { throw OLD_TOKEN; }, // eslint-disable-line no-throw-literal
      () => { throw { name: OLD_TOKEN, message: OLD_TOKEN, toString: () => OLD_TOKEN }; }, // eslint-disable-line no-throw-literal
      () => ({ accessToken: { token: OLD_TOKEN } }),
      () => `${NEW_TOKEN} with a space`,
    ]) {
      await keep(oauthOld(refresh).call(...WRITE));
    }
    // refresh() that never settles: the call's deadline ends it (TIMEOUT).
    await keep(oauthOld(() => new Promise(() => {}), { timeoutMs: 200 }).call(...WRITE));

    // Old and new token: refresh gives the new one; later errors quote both.
    hub.setOptions({ tokens: [OLD_TOKEN, NEW_TOKEN] });
    hub.expireToken(OLD_TOKEN);
    const renewed = oauthOld(() => NEW_TOKEN);
    assert.deepEqual(await renewed.call(...WRITE), SEEDS[3].result, 'the refresh worked');
    hub.inject({ kind: 'error', status: 400, error: 'ERROR_CORE', error_description: echo(`old ${OLD_TOKEN} new ${NEW_TOKEN}`) });
    await keep(renewed.call(...WRITE));
    hub.inject({ kind: 'error', status: 400, error: NEW_TOKEN, error_description: NEW_TOKEN });
    await keep(renewed.call(...WRITE));
    await keep(Client.oauth({ endpoint: hub.oauthEndpoint, accessToken: NEW_TOKEN, refresh: () => NEW_TOKEN, fetch: failing(undefined) }).call(...WRITE));

    // Batch: per-command portal errors that echo secrets, SKIPPED, and a lost batch.
    hub.inject({ kind: 'error', method: 'im.notify.answer', status: 400, error: CANARY_SECRET, error_description: echo(CANARY_SECRET) });
    const batch = await hook().batch([WRITE, ['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 2 }]], { halt: true });
    errors.push(...batch.errors.filter(Boolean));
    hub.inject({ kind: 'drop' });
    errors.push(...Object.values((await renewed.batch({ a: WRITE, b: READ })).errors));
    // ABORTED: a signal whose reason quotes the token.
    await keep(renewed.call(...WRITE, { signal: AbortSignal.abort(new Error(NEW_TOKEN)) }));

    const codes = new Set(errors.map((e) => e.code));
    for (const family of ['INVALID_PARAM', 'INVALID_CONFIG', 'BAD_REPLY', 'NETWORK', 'OUTCOME_UNKNOWN', 'REFRESH_FAILED',
      'TIMEOUT', 'ABORTED', 'SKIPPED', 'UNKNOWN_ERROR', 'invalid_token', 'ERROR_CORE']) {
      assert.ok(codes.has(family), `no ${family} among ${[...codes]}`);
    }
    for (const e of errors) {
      assert.ok(isB24Error(e), `not a B24Error: ${e}`);
      const text = [e.message, e.description, e.stack, JSON.stringify(e), String(e), inspect(e, { depth: 8, showHidden: true }),
        e.code, e.field, e.method, e.kind].join('\n');
      for (const form of FORMS) assert.ok(!text.includes(form), `${form} in a ${e.code} error:\n${text}`);
    }
  });
});

// ---- 8. odd fetch replies --------------------------------------------------------------------------

describe('issue 9.8: odd custom fetch replies give a typed error and the process lives', () => {
  // Each case runs in its own Node process over the installed package: an exception thrown
  // where nothing catches it would end that process with code 1, which this test sees.
  const CASES = {
    'resolves null': 'async () => null',
    'resolves undefined': 'async () => undefined',
    'resolves a number': 'async () => 42',
    'status getter throws': "async () => ({ get status() { throw new Error('status'); }, text: async () => '{}' })",
    'type getter throws': "async () => ({ get type() { throw new Error('type'); }, status: 200, text: async () => '{}' })",
    'text() returns a non-promise': "async () => ({ status: 200, text: () => 42 })",
    'text() returns an object': "async () => ({ status: 200, text: () => ({ toString() { throw new Error('toString'); } }) })",
    'text() throws': "async () => ({ status: 200, text() { throw new Error('text'); } })",
    'text() rejects with null': 'async () => ({ status: 200, text: () => Promise.reject(null) })',
    'text is not a function': 'async () => ({ status: 200, text: 1 })',
    'a thenable that throws': "async () => ({ status: 200, text: () => ({ then() { throw new Error('then'); } }) })",
    'fetch throws synchronously': "() => { throw new Error('sync'); }",
    'fetch throws null': '() => { throw null; }',
    'fetch rejects with a hostile proxy': "async () => { throw new Proxy({}, { get() { throw new Error('get'); }, has() { throw new Error('has'); }, getPrototypeOf() { throw new Error('proto'); } }); }",
    'fetch returns a non-promise': "() => ({ status: 200, text: async () => '{\"result\":true}' })",
    'status is a string': "async () => ({ status: 'abc', text: async () => '{\"result\":true}' })",
    'status is a symbol': "async () => ({ status: Symbol('s'), text: async () => '{\"result\":true}' })",
  };
  // All cases run at once in one child process over the installed package; an exception thrown
  // where nothing catches it would end that process with code 1 before it prints its report.
  const SCRIPT = `
    import { Client, isB24Error } from 'b24-wasm';
    const CASES = { ${Object.entries(CASES).map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(',\n')} };
    let portals = 0;
    async function attempt(fetch, method, params) {
      // A portal of its own per attempt: the cases share no limits.
      portals += 1;
      const client = Client.webhook(\`http://127.0.1.\${portals}:9/rest/1/secret-odd/\`, { fetch, timeoutMs: 2000 });
      const call = await client.call(method, params).then(
        (value) => ({ resolved: value }),
        (e) => ({ b24: isB24Error(e), code: e?.code, kind: e?.kind, message: String(e?.message) }));
      const batch = await client.batch({ a: [method, params] }).then(
        (r) => ('a' in r.result ? { resolved: r.result.a } : { b24: isB24Error(r.errors.a), code: r.errors.a?.code, kind: r.errors.a?.kind }),
        (e) => ({ rejected: String(e) }));
      return [call, batch];
    }
    const report = {};
    await Promise.all(Object.entries(CASES).map(async ([name, fetch]) => {
      report[name] = [
        ...(await attempt(fetch, 'im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' })),
        ...(await attempt(fetch, 'imopenlines.config.get', { CONFIG_ID: 1 })),
      ];
    }));
    console.log(JSON.stringify(report));
  `;
  let report;
  before(async () => {
    const script = join(CONSUMER, 'odd-fetch.mjs');
    writeFileSync(script, SCRIPT);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script], { cwd: CONSUMER, timeout: 30000 });
    assert.equal(stderr, '', 'nothing reported as uncaught');
    report = JSON.parse(stdout);
  });

  for (const name of Object.keys(CASES)) {
    test(name, () => {
      const outcomes = report[name];
      assert.equal(outcomes.length, 4, 'call and batch, for a write and a read');
      for (const outcome of outcomes) {
        if ('resolved' in outcome) continue; // a reply it could read after all (e.g. a plain object for a Response)
        assert.equal(outcome.rejected, undefined, `batch() rejected: ${outcome.rejected}`);
        assert.equal(outcome.b24, true, JSON.stringify(outcome));
        assert.ok(['NETWORK', 'OUTCOME_UNKNOWN', 'BAD_REPLY'].includes(outcome.code), JSON.stringify(outcome));
      }
    });
  }
});

// ---- 9. one deadline per call ----------------------------------------------------------------------

describe('issue 9.9: timeoutMs bounds every call', () => {
  test('refresh() that never settles, timeoutMs 300: TIMEOUT in bounded time, for every waiting call', async () => {
    const client = oauth(() => new Promise(() => {}), { timeoutMs: 300 });
    await client.call(...WRITE); // warm: the connection is up, so the deadline covers only the refresh
    portal.reset();
    portal.expireToken(TOKEN);
    const calls = Array.from({ length: 10 }, () => rejectsWithin(2000, client.call(...WRITE)));
    for (const e of await Promise.all(calls)) {
      assert.equal(e.code, 'TIMEOUT');
      assert.match(e.description, /refresh/);
      assert.ok(e.tookMs < 1500, `${e.tookMs} ms`);
    }
    assert.ok(portal.requests().every((r) => r.status === 401), 'no write went out without a token');
  });

  test('an AbortSignal ends the wait for a refresh that never settles', async () => {
    // timeoutMs only bounds this test when the signal is not honoured; it must end far sooner.
    const client = oauth(() => new Promise(() => {}), { timeoutMs: 5000 });
    portal.expireToken(TOKEN);
    const controller = new AbortController();
    const pending = rejectsWithin(3000, client.call(...WRITE, { signal: controller.signal }));
    while (portal.requests().length === 0) await sleep(5);
    await sleep(20);
    controller.abort();
    const e = await pending;
    assert.equal(e.code, 'ABORTED');
    assert.ok(e.tookMs < 1500, `${e.tookMs} ms`);
  });

  const never = () => new Promise(() => {});
  for (const [name, fetch] of [
    ['fetch that ignores the AbortSignal', never],
    ['text() that never settles', async () => ({ status: 200, text: never })],
  ]) {
    test(`${name}: write OUTCOME_UNKNOWN, read NETWORK, within the deadline`, async () => {
      const client = webhook({ fetch, timeoutMs: 300 });
      const write = await rejectsWithin(2000, client.call(...WRITE));
      assert.equal(write.code, 'OUTCOME_UNKNOWN');
      const read = await rejectsWithin(2000, client.call(...READ));
      assert.equal(read.code, 'NETWORK');
      for (const e of [write, read]) assert.ok(e.tookMs < 1000, `${e.tookMs} ms`);
      const { errors } = await client.batch({ w: WRITE });
      assert.equal(errors.w.code, 'OUTCOME_UNKNOWN');
    });
  }

  describe('a slow-loris server (headers, then nothing)', () => {
    let loris;
    before(async () => {
      loris = await serve((req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
        res.flushHeaders();
        res.write('{"result":');
      });
    });
    after(() => loris.close());

    for (const [transport, fetch] of [['the Node default transport', undefined], ['global fetch', globalThis.fetch]]) {
      test(`timeoutMs 400 with ${transport}`, async () => {
        const client = Client.webhook(loris.webhookUrl, { fetch, timeoutMs: 400 });
        const write = await rejectsWithin(3000, client.call(...WRITE));
        assert.equal(write.code, 'OUTCOME_UNKNOWN');
        const read = await rejectsWithin(3000, client.call(...READ));
        assert.equal(read.code, 'NETWORK');
        for (const e of [write, read]) assert.ok(e.tookMs < 1500, `${e.tookMs} ms`);
      });
    }

    test('the default timeout ends it too (90 s on a mocked clock)', async () => {
      const arrived = loris.hits.length;
      mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.now() });
      try {
        const call = Client.webhook(loris.webhookUrl).call(...WRITE);
        let outcome = null;
        call.then(() => { outcome = 'resolved'; }, (e) => { outcome = e; });
        // Real I/O still runs: wait (without timers) until the request has reached the server.
        for (let i = 0; i < 2000 && loris.hits.length === arrived; i++) await new Promise((resolve) => setImmediate(resolve));
        assert.equal(loris.hits.length, arrived + 1, 'the request reached the slow server');
        mock.timers.tick(60_000);
        for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
        assert.equal(outcome, null, 'still waiting after 60 s: the default is longer than the portal\'s own limit');
        mock.timers.tick(120_000);
        for (let i = 0; i < 50 && outcome === null; i++) await new Promise((resolve) => setImmediate(resolve));
        assert.ok(isB24Error(outcome), `settled after 180 s: ${outcome}`);
        assert.equal(outcome.code, 'OUTCOME_UNKNOWN');
      } finally {
        mock.timers.reset();
      }
    });

    test('an AbortSignal ends a request in flight: OUTCOME_UNKNOWN for a write, per call and per batch', async () => {
      const client = Client.webhook(loris.webhookUrl);
      const abortSoon = () => {
        const controller = new AbortController();
        setTimeout(() => controller.abort(new Error('caller gave up')), 100);
        return controller.signal;
      };
      const write = await rejectsWithin(2000, client.call(...WRITE, { signal: abortSoon() }));
      assert.equal(write.code, 'OUTCOME_UNKNOWN');
      // A read in flight was sent: NETWORK, never ABORTED ("not sent").
      const read = await rejectsWithin(2000, client.call(...READ, { signal: abortSoon() }));
      assert.equal(read.code, 'NETWORK');
      // An aborted batch rejects ABORTED, carrying each command's outcome.
      const outcome = await within(2000, client.batch({ w: WRITE, r: READ }, { signal: abortSoon() }));
      assert.notEqual(outcome, HANG);
      assert.equal(outcome.value, undefined, 'an aborted batch rejects');
      assert.equal(outcome.error.code, 'ABORTED');
      assert.equal(outcome.error.outcomes.errors.w.code, 'OUTCOME_UNKNOWN');
      const before = loris.hits.length;
      const early = await rejection(client.call(...WRITE, { signal: AbortSignal.abort() }));
      assert.equal(early.code, 'ABORTED');
      assert.equal(loris.hits.length, before, 'an already aborted call sends nothing');
    });
  });
});

// ---- 10. the limiter cannot be poisoned ------------------------------------------------------------

describe('issue 9.10: limiter poisoning and durations', () => {
  test('time.operating 1e9 with operating_reset_at 20 days ahead: later calls fail fast, naming the limits', async () => {
    const reply = () => ({ result: true, time: time({ operating: 1e9, operating_reset_at: Date.now() / 1000 + 20 * 86400 }) });
    const server = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply()));
    });
    try {
      const client = Client.webhook(server.webhookUrl);
      const method = ['imopenlines.message.quick.save', { CHAT_ID: 1, MESSAGE_ID: 2 }];
      assert.equal(await client.call(...method), true);
      for (const later of [client, Client.webhook(server.webhookUrl)]) {
        const e = await rejectsWithin(1000, later.call(...method));
        assert.equal(e.code, 'TIMEOUT');
        assert.match(e.description, /limit/);
        assert.ok(e.tookMs < 500, `${e.tookMs} ms`);
      }
      assert.equal(server.hits.length, 1);
      // The poison is that method's only: another still goes.
      assert.deepEqual(await client.call(...READ), true);
    } finally {
      await server.close();
    }
  });

  test('timeoutMs at or past 2^31, and other unusable durations, are INVALID_CONFIG naming timeoutMs', () => {
    for (const timeoutMs of [2 ** 31, 2 ** 31 + 1, 1e300, Infinity, -1, 0, NaN, '300', true]) {
      const e = thrown(() => webhook({ timeoutMs }));
      assert.equal(e.code, 'INVALID_CONFIG');
      assert.match(e.description, /timeoutMs/, String(timeoutMs));
    }
    assert.ok(webhook({ timeoutMs: 2 ** 31 - 1 }) instanceof Client);
  });

  test('plan {size: 2, drain: 1e-300} and other plans that overflow are INVALID_CONFIG naming plan', () => {
    for (const plan of [{ size: 2, drain: 1e-300 }, { size: 2, drain: 0 }, { size: 1e300, drain: 1 }, { size: 0, drain: 1 },
      { size: NaN, drain: 1 }, { size: 2, drain: -1 }, { size: 2 }, { size: 2, drain: 1, extra: 1 }, 'gold', 42, true]) {
      const e = thrown(() => webhook({ plan }));
      assert.equal(e.code, 'INVALID_CONFIG');
      assert.match(e.description, /plan/, JSON.stringify(plan));
    }
    for (const plan of ['standard', 'enterprise', false, { size: 50, drain: 2 }]) assert.ok(webhook({ plan }) instanceof Client);
  });
});

// ---- 11. one refresh for a thousand callers --------------------------------------------------------

describe('issue 9.11: 1,000 concurrent calls on an expired token share one failing refresh', () => {
  for (const [name, fail] of [
    ['a refresh that rejects later', async () => { await sleep(20); throw new Error('revoked'); }],
    ['a refresh that throws at once', () => { throw new Error('revoked'); }],
  ]) {
    test(name, async () => {
      // A stand-in of its own: fresh connections, none that an earlier test left idle.
      const storm = await startStandin({ tokens: [TOKEN] });
      try {
        storm.expireToken(TOKEN);
        let refreshes = 0;
        const client = Client.oauth({ endpoint: storm.oauthEndpoint, accessToken: TOKEN, plan: false, refresh: () => { refreshes += 1; return fail(); } });
        const outcomes = await Promise.allSettled(Array.from({ length: 1000 }, (_, i) => client.call('im.notify.answer', { NOTIFY_ID: i + 1, ANSWER_TEXT: 'x' })));
        assert.equal(refreshes, 1);
        const codes = {};
        for (const o of outcomes) {
          const code = o.status === 'fulfilled' ? 'resolved' : isB24Error(o.reason) ? o.reason.code : `raw ${o.reason}`;
          codes[code] = (codes[code] ?? 0) + 1;
        }
        assert.deepEqual(codes, { REFRESH_FAILED: 1000 });
        const recorded = storm.requests();
        assert.equal(recorded.length, 1000, 'each call sent once, none repeated');
        assert.ok(recorded.every((r) => r.status === 401));
      } finally {
        await storm.close();
      }
    });
  }
});

// ---- 13. every error has a code ---------------------------------------------------------------------

describe('issue 9.13: codes and statuses', () => {
  for (const raw of ['1.5', '{}', '[]', '""', '"   "', 'true', '{"code":"X"}']) {
    test(`error ${raw}: UNKNOWN_ERROR with the raw value in description`, async () => {
      const server = await canned(400, `{"error": ${raw}, "error_description": "the description"}`);
      try {
        const e = await rejection(Client.webhook(server.webhookUrl).call(...READ));
        assert.deepEqual([e.code, e.status], ['UNKNOWN_ERROR', 400]);
        assert.ok(e.description.includes(JSON.stringify(JSON.parse(raw))), e.description);
        assert.ok(e.description.includes('the description'), e.description);
      } finally {
        await server.close();
      }
    });
  }

  test('batch result_error entries without a usable code still have one', async () => {
    const server = await canned(200, { result: { result: [], result_error: { a: { error: 1.5 }, b: {}, c: [], d: '', e: { error: '' }, f: 7 } }, time: time() });
    try {
      const commands = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, WRITE]));
      const { result, errors } = await Client.webhook(server.webhookUrl).batch(commands);
      assert.deepEqual(result, {});
      for (const [key, e] of Object.entries(errors)) {
        assert.ok(isB24Error(e), key);
        assert.ok(typeof e.code === 'string' && e.code.length > 0, `${key}: ${JSON.stringify(e)}`);
        assert.notEqual(e.code, 'SKIPPED', key);
      }
      assert.equal(errors.a.code, 'UNKNOWN_ERROR');
      assert.match(errors.a.description, /1\.5/);
    } finally {
      await server.close();
    }
  });

  test('status 65736 (and 0, 99, 600, 1.5, -200, NaN) is not success', async () => {
    for (const status of [65736, 65736 + 65536, 0, 99, 600, 1.5, -200, NaN, 2 ** 32 + 200]) {
      const fetch = async () => ({ status, text: async () => JSON.stringify({ result: true, time: time() }) });
      const read = await rejection(Client.webhook(portal.webhookUrl, { fetch }).call(...READ));
      assert.deepEqual([read.code, read.kind], ['BAD_REPLY', 'bad_status'], String(status));
      assert.notEqual(read.status, 200);
      const write = await rejection(Client.webhook(portal.webhookUrl, { fetch }).call(...WRITE));
      assert.equal(write.kind, 'bad_status', String(status));
      assert.notEqual(write.status, 200);
    }
  });
});

// ---- 14. typed errors, never raw ones ---------------------------------------------------------------

describe('issue 9.14: B24Error, never a raw TypeError', () => {
  let deep = {};
  const deepRoot = deep;
  for (let i = 0; i < 200; i++) { deep.a = {}; deep = deep.a; }
  const cyclic = { inner: {} };
  cyclic.inner.self = cyclic;
  const PARAMS = [
    ['a function', { NOTIFY_ID: 1, ANSWER_TEXT: () => 'x' }, 'ANSWER_TEXT'],
    ['a Symbol', { NOTIFY_ID: 1, ANSWER_TEXT: Symbol('x') }, 'ANSWER_TEXT'],
    ['a BigInt', { NOTIFY_ID: 10n, ANSWER_TEXT: 'x' }, 'NOTIFY_ID'],
    ['a throwing getter', { NOTIFY_ID: 1, get ANSWER_TEXT() { throw new Error('getter'); } }, 'ANSWER_TEXT'],
    ['NaN', { NOTIFY_ID: NaN, ANSWER_TEXT: 'x' }, 'NOTIFY_ID'],
    ['Infinity', { NOTIFY_ID: -Infinity, ANSWER_TEXT: 'x' }, 'NOTIFY_ID'],
    ['9007199254740993', { NOTIFY_ID: 9007199254740993, ANSWER_TEXT: 'x' }, 'NOTIFY_ID'],
    ['a lone surrogate', { NOTIFY_ID: 1, ANSWER_TEXT: 'a\uD800b' }, 'ANSWER_TEXT'],
    ['a lone low surrogate', { NOTIFY_ID: 1, ANSWER_TEXT: '\uDC00' }, 'ANSWER_TEXT'],
  ];
  for (const [name, params, field] of PARAMS) {
    test(`a param that is ${name}: INVALID_PARAM field ${field}`, async () => {
      const e = await rejection(webhook().call('im.notify.answer', params));
      assert.deepEqual([e.code, e.field, e.method], ['INVALID_PARAM', field, 'im.notify.answer']);
      assert.deepEqual([thrown(() => webhook().check('im.notify.answer', params)).field], [field]);
      assert.deepEqual(portal.requests(), []);
    });
  }

  test('nested: the real field is named (a function deep inside, nesting 200 deep, a lone surrogate in a key\'s value)', async () => {
    const client = webhook();
    const fn = await rejection(client.call('imopenlines.config.add', { PARAMS: { LINE_NAME: () => 1 } }));
    assert.deepEqual([fn.code, fn.field], ['INVALID_PARAM', 'PARAMS.LINE_NAME']);
    const surrogate = await rejection(client.call('crm.contact.list', { filter: { TITLE: ['ok', 'x\uDFFF'] } }));
    assert.deepEqual([surrogate.code, surrogate.field], ['INVALID_PARAM', 'filter.TITLE.1']);
    const tooDeep = await rejection(client.call('crm.contact.list', { filter: deepRoot }));
    assert.equal(tooDeep.code, 'INVALID_PARAM');
    assert.match(tooDeep.field, /^filter(\.a)+$/);
    const loop = await rejection(client.call('crm.contact.list', { filter: cyclic }));
    assert.equal(loop.code, 'INVALID_PARAM');
    assert.match(loop.field, /^filter/, 'names where the cycle is, not "params"');
    const getter = await rejection(client.call('crm.contact.list', { filter: { a: [1, { get b() { throw new Error('x'); } }] } }));
    assert.deepEqual([getter.code, getter.field], ['INVALID_PARAM', 'filter.a.1.b']);
    assert.deepEqual(portal.requests(), []);
  });

  test('Client.oauth(null) and friends are INVALID_CONFIG B24Errors', () => {
    for (const config of [null, undefined, 'https://x/rest/', 42, [], { endpoint: portal.oauthEndpoint, accessToken: TOKEN },
      { endpoint: portal.oauthEndpoint, refresh() {} }, { accessToken: TOKEN, refresh() {} }]) {
      assert.equal(thrown(() => Client.oauth(config)).code, 'INVALID_CONFIG', inspect(config));
    }
    for (const accessToken of [{}, [], 42, '', ' ', 'a b', 'tok\n', null]) {
      const e = thrown(() => Client.oauth({ endpoint: portal.oauthEndpoint, accessToken, refresh() {} }));
      assert.equal(e.code, 'INVALID_CONFIG', inspect(accessToken));
    }
    for (const url of [null, undefined, 42, {}]) assert.equal(thrown(() => Client.webhook(url)).code, 'INVALID_CONFIG');
  });

  test('isB24Error never throws: hostile proxies are false', () => {
    const hostile = new Proxy({}, { getPrototypeOf() { throw 1; } }); // eslint-disable-line no-throw-literal
    assert.equal(isB24Error(hostile), false);
    const allTraps = new Proxy({}, Object.fromEntries(['get', 'has', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'ownKeys']
      .map((trap) => [trap, () => { throw new Error(trap); }])));
    assert.equal(isB24Error(allTraps), false);
    assert.equal(isB24Error(new Proxy(thrown(() => Client.webhook(42)), {})), false, 'a proxy of a B24Error is not one');
    assert.equal(B24Error.is(hostile), false);
    for (const value of [null, undefined, 0, '', Symbol('x'), () => {}, { code: 'INVALID_PARAM', name: 'B24Error' }]) assert.equal(isB24Error(value), false);
  });

  test('hosts and ports: 127.0.0.+1, ports 99999, abc, undefined and 0, control characters are INVALID_CONFIG', () => {
    const port = portal.port;
    const bad = [
      `http://127.0.0.+1:${port}/rest/1/${SECRET}/`, `http://127.0.0.1:99999/rest/1/${SECRET}/`,
      `http://127.0.0.1:abc/rest/1/${SECRET}/`, `http://127.0.0.1:undefined/rest/1/${SECRET}/`,
      `http://127.0.0.1:0/rest/1/${SECRET}/`, `http://127.0.0.1:-1/rest/1/${SECRET}/`, `http://127.0.0.1:/rest/1/${SECRET}/`,
      `http://127.0.0.1\u0000:${port}/rest/1/${SECRET}/`, `http://127.0.0.1\r\n:${port}/rest/1/${SECRET}/`,
      `http://loc\talhost:${port}/rest/1/${SECRET}/`, `http://127.0.0.256:${port}/rest/1/${SECRET}/`,
      `http://127.1:${port}/rest/1/${SECRET}/`, `http://0x7f.0.0.1:${port}/rest/1/${SECRET}/`,
      `http://127.0.0.1.evil.com/rest/1/${SECRET}/`, `http://localhost.evil.com/rest/1/${SECRET}/`,
      `http://[::ffff:8.8.8.8]/rest/1/${SECRET}/`, `http://127.0.0.1@evil.com/rest/1/${SECRET}/`,
      `https://portal.example.com:65536/rest/1/${SECRET}/`, `https://por tal.example.com/rest/1/${SECRET}/`,
    ];
    for (const url of bad) {
      assert.equal(thrown(() => Client.webhook(url)).code, 'INVALID_CONFIG', JSON.stringify(url));
      const endpoint = url.replace(`/1/${SECRET}/`, '/');
      assert.equal(thrown(() => Client.oauth({ endpoint, accessToken: TOKEN, refresh() {} })).code, 'INVALID_CONFIG', JSON.stringify(endpoint));
    }
    assert.ok(Client.webhook(`http://127.0.0.1:${port}/rest/1/${SECRET}/`) instanceof Client);
    assert.ok(Client.webhook(`https://portal.example.com:65535/rest/1/${SECRET}/`) instanceof Client);
  });

  test('options: unknown keys, wrong types and a string are refused by name', () => {
    const named = (options, name) => {
      const e = thrown(() => webhook(options));
      assert.equal(e.code, 'INVALID_CONFIG');
      assert.ok(e.description.includes(name), `${e.description} does not name ${name}`);
    };
    named({ timeout: 5000 }, 'timeout');
    named({ timeoutMS: 5000 }, 'timeoutMS');
    named({ timeoutMs: 'abc' }, 'timeoutMs');
    named({ timeoutMs: '5000' }, 'timeoutMs');
    named({ operatingLimit: 1e9 }, 'operatingLimit');
    named({ fetch: 'not a function' }, 'fetch');
    named({ plan: 'premium' }, 'plan');
    for (const options of ['abc', 42, true, ['timeoutMs']]) assert.equal(thrown(() => webhook(options)).code, 'INVALID_CONFIG', inspect(options));
    assert.equal(thrown(() => Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: TOKEN, refresh() {}, timeout: 1 })).code, 'INVALID_CONFIG');
  });

  for (const [transport, fetch] of [['the Node default transport', undefined], ['global fetch', globalThis.fetch]]) {
    test(`a refused connection is NETWORK, not OUTCOME_UNKNOWN (${transport})`, async () => {
      const gone = await startStandin();
      await gone.close();
      const e = await rejection(Client.webhook(gone.webhookUrl, { fetch }).call(...WRITE));
      assert.deepEqual([e.code, e.method], ['NETWORK', 'im.notify.answer']);
      const { errors } = await Client.webhook(gone.webhookUrl, { fetch }).batch({ w: WRITE });
      assert.equal(errors.w.code, 'NETWORK');
    });
  }

  test('batch({a: \'im.notify.answer\'}) is refused naming cmd.a, and nothing is sent', async () => {
    for (const commands of [{ a: 'im.notify.answer' }, { a: 'imopenlines.config.list.get' }, { a: 42 }, { a: null }, { a: {} },
      { a: { method: 'im.notify.answer', params: NOTIFY } }]) {
      const e = await rejection(webhook().batch(commands));
      assert.deepEqual([e.code, e.field], ['INVALID_PARAM', 'cmd.a'], inspect(commands));
    }
    const listed = await rejection(webhook().batch(['imopenlines.config.list.get']));
    assert.deepEqual([listed.code, listed.field], ['INVALID_PARAM', 'cmd.0']);
    for (const commands of [null, undefined, 'im.notify.answer', 42]) {
      assert.equal((await rejection(webhook().batch(commands))).code, 'INVALID_PARAM', inspect(commands));
    }
    assert.deepEqual(portal.requests(), []);
  });
});
