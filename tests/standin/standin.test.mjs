// Tests for the Bitrix24 stand-in: real HTTP on 127.0.0.1 only.  Run: node --test tests/standin/

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, copyFileSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStandin } from './server.mjs';
import { parsePhpQuery, buildPhpQuery } from './phpquery.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SPEC_DIR = fileURLToPath(new URL('../../spec/methods/', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// POSTs JSON (default) or a form body; returns {status, headers, text, json}.
async function call(url, params = {}, { form = false, method = 'POST' } = {}) {
  const init = { method };
  if (method === 'POST') {
    init.headers = { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' };
    init.body = form ? buildPhpQuery(params) : JSON.stringify(params);
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const NOTIFY_OK = { NOTIFY_ID: 270, ANSWER_TEXT: 'I will participate' };

describe('phpquery', () => {
  test('parses nested brackets, lists and appends', () => {
    assert.deepEqual(parsePhpQuery('a[b][0]=1&a[b][1]=2'), { a: { b: ['1', '2'] } });
    assert.deepEqual(parsePhpQuery('c[]=x&c[]=y&d=%20z+w'), { c: ['x', 'y'], d: ' z w' });
    // Keys that are not exactly 0..n-1 stay an object.
    assert.deepEqual(parsePhpQuery('e[1]=a&e[2]=b'), { e: { 1: 'a', 2: 'b' } });
    assert.deepEqual(parsePhpQuery('f[>ID]=5&f[x][y]=1'), { f: { '>ID': '5', x: { y: '1' } } });
  });
  test('reads names as PHP\'s parse_str does (php_register_variable_ex)', () => {
    // At the top: leading spaces dropped, spaces and dots become _, an empty name is dropped.
    assert.deepEqual(parsePhpQuery('UF.CRM=1&a+b=2&%20%20lead=3&=4&[x]=5'), { UF_CRM: '1', a_b: '2', lead: '3' });
    // A [ without ] joins the name as _ (and so do later spaces, dots and [).
    assert.deepEqual(parsePhpQuery('k[1=a&m[x.y z[=b'), { k_1: 'a', m_x_y_z_: 'b' });
    // Inside brackets names are kept (dots, spaces, [) up to the first ]; what follows a ] is ignored.
    assert.deepEqual(parsePhpQuery('f[UF.CRM]=1&f[a[b]=2&f[ c]=3&f[d]tail=4'), { f: { 'UF.CRM': '1', 'a[b': '2', ' c': '3', d: '4' } });
    // [] and [ ] append; an unfinished deeper index keeps the value at the level before it.
    assert.deepEqual(parsePhpQuery('l[]=x&l[ ]=y&g[a][b=1'), { l: ['x', 'y'], g: { a: '1' } });
    // k[1] nests: the batch command param `k[1]` reaches the method as k: {1: ...}.
    assert.deepEqual(parsePhpQuery('k[1]=v'), { k: { 1: 'v' } });
    // A NUL ends the name.
    assert.deepEqual(parsePhpQuery('ab%00cd=1'), { ab: '1' });
    // __proto__ is an own key, as in a PHP array, and pollutes nothing.
    const parsed = parsePhpQuery('__proto__[x]=1&a[__proto__]=2');
    assert.deepEqual(Object.keys(parsed), ['__proto__', 'a']);
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(parsed.a, '__proto__').value, '2');
    assert.equal({}.x, undefined);
  });
  test('round-trips through buildPhpQuery', () => {
    const value = { filter: { '>ID': '10' }, select: ['ID', 'TITLE'], order: { ID: 'ASC' } };
    assert.deepEqual(parsePhpQuery(buildPhpQuery(value)), value);
  });
});

describe('stand-in server', () => {
  let s;
  before(async () => {
    s = await startStandin();
  });
  after(() => s.close());
  beforeEach(() => {
    s.reset();
    s.setOptions({ bucket: null, operating: null, clockScale: 1, latencyMs: 0 });
  });

  test('webhook call answers the documented success body with a fresh time', async () => {
    const before = Date.now() / 1000;
    const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(r.json.result, { result_message: ['Your response has been successfully sent.'] });
    const t = r.json.time;
    assert.ok(t.start >= before - 1 && t.finish >= t.start, 'time is real, not the documented example');
    for (const k of ['duration', 'processing', 'date_start', 'date_finish', 'operating_reset_at', 'operating']) assert.ok(k in t, k);
    assert.equal(t.operating, 0);

    const [rec] = s.requests();
    assert.equal(rec.transport, 'webhook');
    assert.equal(rec.method, 'im.notify.answer');
    assert.deepEqual(rec.params, NOTIFY_OK);
    assert.equal(rec.rawBody, JSON.stringify(NOTIFY_OK));
    assert.equal(rec.status, 200);
  });

  test('webhook accepts .json suffix, GET query strings and PHP form bodies', async () => {
    const g = await call(s.webhookUrl + 'im.notify.answer.json?NOTIFY_ID=1&ANSWER_TEXT=yes', {}, { method: 'GET' });
    assert.equal(g.status, 200);
    const f = await call(s.webhookUrl + 'im.notify.answer', { NOTIFY_ID: 5, ANSWER_TEXT: 'a b', EXTRA: { list: [1, 2] } }, { form: true });
    assert.equal(f.status, 200);
    const recs = s.requests();
    assert.equal(recs[0].method, 'im.notify.answer');
    assert.equal(recs[0].httpMethod, 'GET');
    assert.deepEqual(recs[1].params, { NOTIFY_ID: '5', ANSWER_TEXT: 'a b', EXTRA: { list: ['1', '2'] } });
  });

  test('wrong webhook secret or user is refused with NO_AUTH_FOUND', async () => {
    const bad = `${s.url}/rest/1/wrong-secret/im.notify.answer`;
    const r = await call(bad, NOTIFY_OK);
    assert.equal(r.status, 401);
    assert.deepEqual(r.json, { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' });
    const u = await call(`${s.url}/rest/2/standin-secret/im.notify.answer`, NOTIFY_OK);
    assert.equal(u.status, 401);
    assert.equal(s.requests()[0].status, 401);
  });

  test('oauth: valid token in body or query, auth removed from params', async () => {
    const r = await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: 'standin-token-1' });
    assert.equal(r.status, 200);
    const q = await call(s.oauthEndpoint + 'imopenlines.config.add.json?auth=standin-token-1', {});
    assert.equal(q.status, 200);
    assert.equal(q.json.result, 15);
    const recs = s.requests();
    assert.equal(recs[0].transport, 'oauth');
    assert.deepEqual(recs[0].params, NOTIFY_OK);
    assert.deepEqual(recs[1].params, {});
  });

  test('oauth: missing, unknown and expired tokens', async () => {
    const missing = await call(s.oauthEndpoint + 'im.notify.answer', NOTIFY_OK);
    assert.equal(missing.status, 401);
    assert.equal(missing.json.error, 'NO_AUTH_FOUND');
    const unknown = await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: 'nope' });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.json.error, 'NO_AUTH_FOUND');

    const token = s.issueToken();
    assert.equal((await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: token })).status, 200);
    s.expireToken(token);
    const expired = await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: token });
    assert.equal(expired.status, 401);
    assert.deepEqual(expired.json, { error: 'expired_token', error_description: 'The access token provided has expired.' });
    // Other tokens are unaffected.
    assert.equal((await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: 'standin-token-1' })).status, 200);
  });

  test('tokens over the control API; reset restores the initial tokens', async () => {
    const issued = await call(`${s.url}/_standin/tokens`, {});
    const token = issued.json.accessToken;
    assert.ok(token);
    assert.equal((await call(s.oauthEndpoint + 'imopenlines.config.add', { auth: token })).status, 200);
    await call(`${s.url}/_standin/tokens/expire`, { token });
    assert.equal((await call(s.oauthEndpoint + 'imopenlines.config.add', { auth: token })).json.error, 'expired_token');
    // No body: every current token expires, including the initial one.
    await fetch(`${s.url}/_standin/tokens/expire`, { method: 'POST' });
    assert.equal((await call(s.oauthEndpoint + 'imopenlines.config.add', { auth: 'standin-token-1' })).json.error, 'expired_token');
    await fetch(`${s.url}/_standin/reset`, { method: 'POST' });
    assert.equal((await call(s.oauthEndpoint + 'imopenlines.config.add', { auth: 'standin-token-1' })).status, 200);
    assert.equal((await call(s.oauthEndpoint + 'imopenlines.config.add', { auth: token })).json.error, 'NO_AUTH_FOUND');
  });

  test('missing required params give the documented errors', async () => {
    const full = { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1195, USER_ID: 27, CHAT_ID: 1341, MESSAGE: 'Message text' };
    const ok = await call(s.webhookUrl + 'imopenlines.crm.message.add', full);
    assert.equal(ok.status, 200);
    assert.equal(ok.json.result, 19880117);

    const { CHAT_ID, ...noChat } = full;
    const r = await call(s.webhookUrl + 'imopenlines.crm.message.add', noChat);
    assert.equal(r.status, 400);
    assert.deepEqual(r.json, { error: 'ERROR_ARGUMENT', error_description: 'Argument `CHAT_ID` is null or empty' });
    const empty = await call(s.webhookUrl + 'imopenlines.crm.message.add', { ...full, MESSAGE: '' });
    assert.deepEqual(empty.json, { error: 'ERROR_ARGUMENT', error_description: 'Argument `MESSAGE` is null or empty' });
    const nul = await call(s.webhookUrl + 'imopenlines.crm.message.add', { ...full, CRM_ENTITY: null });
    assert.equal(nul.json.error_description, 'Argument `CRM_ENTITY` is null or empty');

    const a = await call(s.webhookUrl + 'im.notify.answer', { ANSWER_TEXT: 'x' });
    assert.equal(a.status, 400);
    assert.deepEqual(a.json, { error: 'ID_ERROR', error_description: "Notification ID can't be empty" });
    const b = await call(s.webhookUrl + 'im.notify.answer', { NOTIFY_ID: 1 });
    assert.deepEqual(b.json, { error: 'ANSWER_TEXT_ERROR', error_description: "ANSWER_TEXT can't be empty" });
  });

  test('imopenlines.config.add answers its documented result', async () => {
    const r = await call(s.webhookUrl + 'imopenlines.config.add', { PARAMS: { LINE_NAME: 'x' } });
    assert.equal(r.status, 200);
    assert.equal(r.json.result, 15);
    assert.ok(r.json.time.start > 1741688359.737944 + 1000, 'documented time replaced');
  });

  test('unknown method gives 404 ERROR_METHOD_NOT_FOUND; OPTIONS is a CORS preflight', async () => {
    const r = await call(s.webhookUrl + 'no.such.method', {});
    assert.equal(r.status, 404);
    assert.deepEqual(r.json, { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
    const o = await fetch(s.webhookUrl + 'im.notify.answer', { method: 'OPTIONS' });
    assert.equal(o.status, 204);
    assert.equal(o.headers.get('access-control-allow-origin'), '*');
    assert.equal(o.headers.get('access-control-allow-headers'), 'content-type');
    assert.equal(o.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    assert.equal(s.requests().length, 1, 'OPTIONS is not recorded');
  });

  test('invalid JSON body is answered 400 and recorded', async () => {
    const res = await fetch(s.webhookUrl + 'im.notify.answer', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    assert.equal(res.status, 400);
    assert.equal(s.requests()[0].rawBody, '{bad');
  });


  test('a text/plain form body (what BX24.js sends) is read as a form, auth included', async () => {
    const body = `auth=standin-token-1&${buildPhpQuery(NOTIFY_OK)}`;
    const res = await fetch(s.oauthEndpoint + 'im.notify.answer.json', { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body });
    assert.equal(res.status, 200);
    assert.deepEqual(s.requests()[0].params, { NOTIFY_ID: '270', ANSWER_TEXT: 'I will participate' });
    assert.equal(s.requests()[0].transport, 'oauth');
  });
  describe('faults', () => {
    test('error fault, matched by method, with times', async () => {
      s.inject({ kind: 'error', method: 'im.notify.answer', status: 500, error: 'INTERNAL_SERVER_ERROR', error_description: 'boom', times: 2 });
      assert.equal((await call(s.webhookUrl + 'imopenlines.config.add', {})).status, 200, 'other method unaffected');
      for (let i = 0; i < 2; i++) {
        const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
        assert.equal(r.status, 500);
        assert.deepEqual(r.json, { error: 'INTERNAL_SERVER_ERROR', error_description: 'boom' });
      }
      assert.equal((await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK)).status, 200);
    });

    test('html fault returns an nginx-like page', async () => {
      s.inject({ kind: 'html', status: 502 });
      const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
      assert.equal(r.status, 502);
      assert.match(r.headers.get('content-type'), /^text\/html/);
      assert.match(r.text, /<h1>502 Bad Gateway<\/h1>/);
      assert.equal(r.json, undefined);
      assert.equal(s.requests()[0].status, 502);
    });

    test('truncated fault cuts the success JSON in half', async () => {
      const whole = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
      s.inject({ kind: 'truncated' });
      const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
      assert.equal(r.status, 200);
      assert.equal(r.json, undefined, 'not parseable');
      assert.equal(Number(r.headers.get('content-length')), Buffer.byteLength(r.text));
      assert.ok(r.text.startsWith('{"result":{"result_message":'), r.text);
      // Half of the full answer (the two answers' time values may differ by a few digits).
      const ratio = r.text.length / whole.text.length;
      assert.ok(ratio > 0.4 && ratio < 0.6, `${r.text.length} vs ${whole.text.length}`);
    });

    test('empty fault answers an empty body', async () => {
      s.inject({ kind: 'empty', status: 200 });
      const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
      assert.equal(r.status, 200);
      assert.equal(r.text, '');
    });

    test('delay fault answers normally after ms', async () => {
      s.inject({ kind: 'delay', ms: 300 });
      const t0 = Date.now();
      const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
      assert.equal(r.status, 200);
      assert.ok(Date.now() - t0 >= 290, `took ${Date.now() - t0} ms`);
    });

    test('drop fault destroys the socket after the request was executed and recorded', async () => {
      s.inject({ kind: 'drop', method: 'im.notify.answer' });
      await assert.rejects(call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK));
      const [rec] = s.requests();
      assert.equal(rec.method, 'im.notify.answer');
      assert.deepEqual(rec.params, NOTIFY_OK);
      assert.equal(rec.status, null);
      assert.equal((await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK)).status, 200, 'server still serves');
    });

    test('expire-token fault answers expired_token once, even for a valid token', async () => {
      s.inject({ kind: 'expire-token' });
      const r = await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: 'standin-token-1' });
      assert.equal(r.status, 401);
      assert.equal(r.json.error, 'expired_token');
      assert.equal((await call(s.oauthEndpoint + 'im.notify.answer', { ...NOTIFY_OK, auth: 'standin-token-1' })).status, 200);
    });

    test('faults, requests, stats and reset over the control API', async () => {
      const q = await call(`${s.url}/_standin/faults`, [{ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' }, { kind: 'empty' }]);
      assert.equal(q.json.queued, 2);
      assert.equal((await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK)).status, 503);
      assert.equal((await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK)).text, '');
      const bad = await call(`${s.url}/_standin/faults`, { kind: 'nonsense' });
      assert.equal(bad.status, 400);

      const reqs = await call(`${s.url}/_standin/requests`, {}, { method: 'GET' });
      assert.deepEqual(reqs.json.map((r) => r.status), [503, 200]);
      const stats = await call(`${s.url}/_standin/stats`, {}, { method: 'GET' });
      assert.equal(stats.json.requests, 2);
      assert.ok(stats.json.maxPending >= 1);
      await call(`${s.url}/_standin/reset`, {});
      assert.deepEqual((await call(`${s.url}/_standin/requests`, {}, { method: 'GET' })).json, []);
    });
  });

  test('leaky bucket: burst of 8 at size 5 gets exactly 3 refusals, then recovers', async () => {
    await call(`${s.url}/_standin/options`, { bucket: { size: 5, drain: 1 }, clockScale: 10 });
    const burst = await Promise.all(Array.from({ length: 8 }, () => call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK)));
    const refused = burst.filter((r) => r.status === 503);
    assert.equal(refused.length, 3);
    assert.equal(burst.filter((r) => r.status === 200).length, 5);
    assert.deepEqual(refused[0].json, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    assert.equal(s.stats().refused503, 3);
    // 1 emulated second drains 1 slot; at clockScale 10 that is 100 ms.
    await sleep(250);
    assert.equal((await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK)).status, 200);
  });

  test('operating limit blocks a method with 429 until its oldest basket expires', async () => {
    s.setOptions({ clockScale: 100, operating: { limitSeconds: 10, windowSeconds: 60, basketSeconds: 60, costSeconds: 4 } });
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const r = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
      assert.equal(r.status, 200);
      seen.push(r.json.time.operating);
      const now = Date.now() / 1000;
      assert.ok(r.json.time.operating_reset_at >= now && r.json.time.operating_reset_at <= now + 2);
    }
    // The check happens before the call: 8 ≤ 10 lets the third run, which pushes the sum to 12.
    assert.deepEqual(seen, [4, 8, 12]);
    const blocked = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
    assert.equal(blocked.status, 429);
    assert.deepEqual(blocked.json, { error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked due to operation time limit.' });
    // Other methods are not blocked.
    assert.equal((await call(s.webhookUrl + 'imopenlines.config.add', {})).json.time.operating, 4);
    // 60 emulated seconds = 600 ms real.
    await sleep(700);
    const again = await call(s.webhookUrl + 'im.notify.answer', NOTIFY_OK);
    assert.equal(again.status, 200);
    assert.equal(again.json.time.operating, 4);
    assert.equal(s.stats().refused429, 1);
  });

  describe('batch', () => {
    test('substitutes $result references and reports per-command times', async () => {
      const r = await call(s.webhookUrl + 'batch', {
        halt: 0,
        cmd: {
          rows: 'crm.contact.list?filter[>ID]=100&order[ID]=ASC',
          answer: 'im.notify.answer?NOTIFY_ID=$result[rows][0][ID]&ANSWER_TEXT=$result[rows][1][TITLE]',
          whole: 'imopenlines.config.add?PARAMS[LINE_NAME]=line $result[rows][2][ID]',
        },
      });
      assert.equal(r.status, 200);
      const b = r.json.result;
      assert.equal(b.result.rows.length, 50);
      assert.deepEqual(b.result.answer, { result_message: ['Your response has been successfully sent.'] });
      assert.equal(b.result.whole, 15);
      assert.deepEqual(b.result_error, []);
      assert.deepEqual(b.result_total, { rows: 9900 });
      assert.deepEqual(b.result_next, { rows: 50 });
      assert.deepEqual(Object.keys(b.result_time), ['rows', 'answer', 'whole']);

      const recs = s.requests();
      assert.equal(recs.length, 4);
      assert.equal(recs[0].method, 'batch');
      assert.ok(!recs[0].viaBatch);
      const inner = recs.filter((x) => x.viaBatch);
      assert.deepEqual(inner.map((x) => x.method), ['crm.contact.list', 'im.notify.answer', 'imopenlines.config.add']);
      assert.deepEqual(inner[1].params, { NOTIFY_ID: '101', ANSWER_TEXT: 'Row 102' });
      assert.deepEqual(inner[2].params, { PARAMS: { LINE_NAME: 'line 103' } });
    });

    test('a whole-result reference passes the value itself', async () => {
      const r = await call(s.webhookUrl + 'batch', { cmd: { a: 'imopenlines.config.add', b: 'im.notify.answer?NOTIFY_ID=$result[a]&ANSWER_TEXT=ok' } });
      assert.deepEqual(Object.keys(r.json.result.result), ['a', 'b']);
      assert.equal(s.requests().find((x) => x.method === 'im.notify.answer').params.NOTIFY_ID, '15');
    });

    test('halt=0 collects errors, halt=1 stops at the first one', async () => {
      const cmd = ['im.notify.answer?ANSWER_TEXT=x', 'imopenlines.config.add', 'no.such.method'];
      const r0 = await call(s.webhookUrl + 'batch', { halt: 0, cmd });
      // A list cmd gives PHP lists/maps: keys 0..n-1 would be a list, here 0 and 2 failed.
      assert.deepEqual(r0.json.result.result_error, {
        0: { error: 'ID_ERROR', error_description: "Notification ID can't be empty" },
        2: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
      });
      assert.deepEqual(r0.json.result.result, { 1: 15 });

      s.reset();
      const r1 = await call(s.webhookUrl + 'batch', { halt: 1, cmd });
      assert.deepEqual(Object.keys(r1.json.result.result_error), ['0']);
      assert.deepEqual(r1.json.result.result, []);
      assert.deepEqual(r1.json.result.result_time, []);
      assert.equal(s.requests().filter((x) => x.viaBatch).length, 1, 'later commands did not run');
    });

    test('list cmd that fully succeeds answers lists', async () => {
      const r = await call(s.webhookUrl + 'batch', { cmd: ['imopenlines.config.add', 'imopenlines.config.add'] });
      assert.deepEqual(r.json.result.result, [15, 15]);
      assert.equal(r.json.result.result_time.length, 2);
    });

    test('more than 50 commands are refused with ERROR_BATCH_LENGTH_EXCEEDED', async () => {
      const cmd = Array.from({ length: 51 }, () => 'imopenlines.config.add');
      const r = await call(s.webhookUrl + 'batch', { cmd });
      assert.equal(r.status, 400);
      assert.deepEqual(r.json, { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' });
      assert.equal(s.requests().filter((x) => x.viaBatch).length, 0);
      const ok = await call(s.webhookUrl + 'batch', { cmd: cmd.slice(0, 50) });
      assert.equal(ok.status, 200);
      assert.equal(ok.json.result.result.length, 50);
    });

    test('nested batch fails in result_error with ERROR_BATCH_METHOD_NOT_ALLOWED', async () => {
      const r = await call(s.webhookUrl + 'batch', { cmd: { inner: 'batch?cmd[x]=imopenlines.config.add', ok: 'imopenlines.config.add' } });
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.result.result_error, {
        inner: { error: 'ERROR_BATCH_METHOD_NOT_ALLOWED', error_description: 'Method is not allowed for batch usage' },
      });
      assert.deepEqual(r.json.result.result, { ok: 15 });
    });

    test('form-encoded batch, method faults inside a batch, one bucket slot per batch', async () => {
      s.setOptions({ bucket: { size: 1, drain: 0.001 } });
      s.inject({ kind: 'error', method: 'imopenlines.config.add', status: 400, error: 'X', error_description: 'y' });
      const r = await call(s.webhookUrl + 'batch', { cmd: { a: 'imopenlines.config.add', b: 'imopenlines.config.add' } }, { form: true });
      assert.equal(r.status, 200);
      assert.deepEqual(r.json.result.result_error, { a: { error: 'X', error_description: 'y' } });
      assert.deepEqual(r.json.result.result, { b: 15 });
      assert.equal(s.stats().batches, 1);
      assert.equal((await call(s.webhookUrl + 'imopenlines.config.add', {})).status, 503, 'the batch used the only slot');
    });

    test('operating is charged per inner command', async () => {
      s.setOptions({ operating: { costSeconds: 5 } });
      const r = await call(s.webhookUrl + 'batch', { cmd: ['imopenlines.config.add', 'imopenlines.config.add', 'im.notify.answer?NOTIFY_ID=1&ANSWER_TEXT=a'] });
      assert.deepEqual(r.json.result.result_time.map((t) => t.operating), [5, 10, 5]);
      assert.equal(r.json.time.operating, 0);
    });
  });

  describe('list methods', () => {
    test('crm.contact.list pages with start/next/total', async () => {
      const first = await call(s.webhookUrl + 'crm.contact.list', { order: { ID: 'ASC' } });
      assert.equal(first.json.result.length, 50);
      assert.deepEqual(first.json.result[0], { ID: '1', TITLE: 'Row 1' });
      assert.equal(first.json.next, 50);
      assert.equal(first.json.total, 10000);
      const second = await call(s.webhookUrl + 'crm.contact.list', { start: first.json.next });
      assert.equal(second.json.result[0].ID, '51');
      assert.equal(second.json.next, 100);
      const last = await call(s.webhookUrl + 'crm.contact.list', { start: '9950' });
      assert.equal(last.json.result.length, 50);
      assert.equal(last.json.result[49].ID, '10000');
      assert.equal(last.json.total, 10000);
      assert.ok(!('next' in last.json), 'no next on the last page');
    });

    test('filters, order and select', async () => {
      const desc = await call(s.webhookUrl + 'crm.contact.list', { order: { ID: 'DESC' }, filter: { '<ID': '101', '>=ID': 90 } });
      assert.deepEqual(desc.json.result.map((r) => r.ID), Array.from({ length: 11 }, (_, i) => String(100 - i)));
      assert.equal(desc.json.total, 11);
      assert.ok(!('next' in desc.json));
      const eq = await call(s.webhookUrl + 'crm.contact.list', { filter: { ID: '7' }, select: ['ID'] });
      assert.deepEqual(eq.json.result, [{ ID: '7' }]);
      const form = await call(s.webhookUrl + 'crm.contact.list', { filter: { '>ID': '9998' } }, { form: true });
      assert.deepEqual(form.json.result.map((r) => r.ID), ['9999', '10000']);
    });

    test('crm.item.list requires entityTypeId and answers {items} with lowercase keys', async () => {
      const missing = await call(s.webhookUrl + 'crm.item.list', {});
      assert.equal(missing.status, 400);
      const r = await call(s.webhookUrl + 'crm.item.list', { entityTypeId: 2, filter: { '>id': 10 } });
      assert.deepEqual(r.json.result.items[0], { id: 11, title: 'Row 11' });
      assert.equal(r.json.total, 9990);
      assert.equal(r.json.next, 50);
    });

    test('start=-1 with >ID chaining reads all 10,000 rows exactly once', async () => {
      for (const [method, key, extra, rowsOf] of [
        ['crm.contact.list', 'ID', {}, (j) => j.result],
        ['crm.item.list', 'id', { entityTypeId: 1 }, (j) => j.result.items],
      ]) {
        const seen = new Set();
        let lastId = 0;
        let pages = 0;
        for (;;) {
          const r = await call(s.webhookUrl + method, { ...extra, order: { [key]: 'ASC' }, filter: { [`>${key}`]: lastId }, start: -1 });
          assert.equal(r.status, 200);
          assert.ok(!('total' in r.json) && !('next' in r.json), 'start=-1 counts nothing');
          const rows = rowsOf(r.json);
          pages += 1;
          for (const row of rows) {
            const id = Number(row[key]);
            assert.ok(!seen.has(id), `row ${id} seen twice`);
            seen.add(id);
            lastId = id;
          }
          if (rows.length < 50) break;
        }
        assert.equal(seen.size, 10000, method);
        assert.equal(Math.max(...seen), 10000);
        assert.equal(pages, 201); // 200 full pages, then an empty one ends the loop
      }
    });
  });
});

test('listRows and latencyMs options', async () => {
  const s = await startStandin({ listRows: 120, latencyMs: 150, webhookSecret: 'other' });
  try {
    assert.equal(s.webhookUrl, `${s.url}/rest/1/other/`);
    const t0 = Date.now();
    const r = await call(s.webhookUrl + 'crm.contact.list', { start: 100 });
    assert.ok(Date.now() - t0 >= 140);
    assert.equal(r.json.total, 120);
    assert.equal(r.json.result.length, 20);
  } finally {
    await s.close();
  }
});

test('CLI prints its URL line and exits when stdin closes', async () => {
  const child = spawn(process.execPath, [join(HERE, 'server.mjs'), '--port', '0', '--bucket', '50/2', '--clock-scale', '10'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    let out = '';
    const line = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no URL line in 5 s')), 5000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) {
          clearTimeout(timer);
          resolve(out);
        }
      });
    });
    assert.match(line, /^B24_STANDIN_URL=http:\/\/127\.0\.0\.1:\d+\n$/);
    const url = line.trim().split('=')[1];
    const r = await call(`${url}/rest/1/standin-secret/im.notify.answer`, NOTIFY_OK);
    assert.equal(r.status, 200);
    const opts = await call(`${url}/_standin/options`, {}, { method: 'GET' });
    assert.deepEqual(opts.json.bucket, { size: 50, drain: 2 });
    assert.equal(opts.json.clockScale, 10);

    child.stdin.end();
    const code = await Promise.race([exited, sleep(5000).then(() => 'timeout')]);
    assert.equal(code, 0);
    await assert.rejects(fetch(`${url}/_standin/stats`), 'server is gone');
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
});

describe('gen-portal.mjs', () => {
  const script = join(HERE, 'gen-portal.mjs');
  const haveSpec = existsSync(join(SPEC_DIR, 'system-errors.json'));

  test('--check passes for the committed portal.json', { skip: !haveSpec && 'spec folder not present' }, () => {
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /up to date \(187 methods\)/);
  });

  test('--check fails and names the method when the spec changes', { skip: !haveSpec && 'spec folder not present' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'standin-spec-'));
    try {
      for (const f of readdirSync(SPEC_DIR)) if (f.endsWith('.json')) copyFileSync(join(SPEC_DIR, f), join(dir, f));
      const im = JSON.parse(readFileSync(join(dir, 'im.json'), 'utf8'));
      const m = im.find((x) => x.method === 'im.notify.answer');
      m.success_responses[0].body.result = { changed: true };
      writeFileSync(join(dir, 'im.json'), JSON.stringify(im));
      const r = spawnSync(process.execPath, [script, dir, '--check'], { encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.match(r.stderr, /changed method: im\.notify\.answer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('portal.json covers every documented method and the system errors', () => {
    const portal = JSON.parse(readFileSync(join(HERE, 'portal.json'), 'utf8'));
    assert.equal(Object.keys(portal.methods).length, 187);
    assert.equal(Object.keys(portal.system).length, 15);
    assert.deepEqual(portal.methods['im.notify.answer'].required, ['NOTIFY_ID', 'ANSWER_TEXT']);
  });
});
