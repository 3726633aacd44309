// The event handlers' `logger`: every refused event (401 forged or unknown, 400 unreadable, 413
// too large) is one line with the reason, never silent, and no line holds a value of the body
// (tokens included). Through the installed package, over real node:http on 127.0.0.1.
// Run: npm run build && node --test tests/js/logger-events.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { phpForm } from '../standin/events.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';

const CONSUMER = installConsumer('logger-events');
const { createNodeHandler, createWebHandler, memoryTokenStore, isB24Error } = await importFrom(CONSUMER);

const MEMBER = 'a223c6b3710f85df22e9377d6c4f7553';
const TOKEN = 'appTOKENcanary51856fefc120afa4';
const FORGED = 'forgedTOKENcanary0000000000000';
const ACCESS = 'accessTOKENcanary999';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function messageEvent({ token = TOKEN, member = MEMBER } = {}) {
  return phpForm({
    event: 'ONIMBOTV2MESSAGEADD',
    event_handler_id: 5,
    data: {
      bot: { id: 456, code: 'echo', auth: { access_token: ACCESS, application_token: token } },
      message: { id: 789, chatId: 5, authorId: 1, text: 'hi', isSystem: false, forward: null, params: {} },
      chat: { id: 5, dialogId: '1' },
      user: { id: 1, active: true, departments: [1] },
      language: 'en',
    },
    ts: 1772093963,
    auth: { domain: 'portal.example', member_id: member, application_token: token, access_token: ACCESS },
  });
}

async function serve(handler) {
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}

test('node handler: each refused event is one warn line with the reason; verified ones none', async () => {
  const lines = [];
  const logger = { warn: (line) => lines.push(line) };
  const seen = [];
  const handler = createNodeHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: (e) => seen.push(e), logger, maxBodyBytes: 20_000 });
  const server = await serve(handler);
  try {
    const post = (body, headers = FORM) => fetch(server.url, { method: 'POST', headers, body }).then((r) => r.status);
    assert.equal(await post(messageEvent()), 200);
    assert.equal(await post(messageEvent({ token: FORGED })), 401);
    assert.equal(await post(messageEvent({ member: 'ffffffffffffffffffffffffffffffff' })), 401);
    assert.equal(await post('data[PARAMS]=%FF%FE&event=x'), 400);
    assert.equal(await post(`event=ONIMBOTV2MESSAGEADD&x=${'a'.repeat(30_000)}`), 413);
    await handler.idle();
    assert.equal(seen.length, 1);
    assert.equal(lines.length, 4, lines.join('\n'));
    const fields = lines.map((line) => Object.fromEntries(line.replace(/^b24 event refused /, '').split(' ').map((w) => w.split('='))));
    assert.deepEqual(fields.map((f) => f.status), ['401', '401', '400', '413']);
    assert.deepEqual(fields.map((f) => f.code), ['UNVERIFIED_EVENT', 'UNVERIFIED_EVENT', 'INVALID_EVENT', 'INVALID_EVENT']);
    assert.equal(fields[0].event, 'ONIMBOTV2MESSAGEADD');
    assert.equal(fields[3].kind, 'too_large');
    for (const f of fields.slice(0, 2)) assert.notEqual(f.kind, '-', 'a 401 says why');
    for (const line of lines) {
      assert.match(line, /^b24 event refused status=\d+ code=\S+ kind=\S+ field=\S+ event=\S+$/);
      for (const canary of [TOKEN, FORGED, ACCESS, MEMBER]) assert.ok(!line.includes(canary), `${canary} in ${line}`);
    }
  } finally {
    await server.close();
  }
});

test('web handler: the same lines; a logger that throws changes no answer; a non-logger is refused', async () => {
  const lines = [];
  const handler = createWebHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: () => {}, logger: { log: (line) => lines.push(line) } });
  const post = (body) => handler(new Request('http://bot.example/', { method: 'POST', headers: FORM, body }));
  assert.equal((await post(messageEvent({ token: FORGED }))).status, 401);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^b24 event refused status=401 code=UNVERIFIED_EVENT /);
  const throwing = createWebHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: () => {}, logger: { warn() { throw new Error('disk full'); } } });
  assert.equal((await throwing(new Request('http://bot.example/', { method: 'POST', headers: FORM, body: messageEvent({ token: FORGED }) }))).status, 401);
  let error;
  try {
    createWebHandler({ store: memoryTokenStore(), onEvent: () => {}, logger: {} });
  } catch (e) {
    error = e;
  }
  assert.ok(isB24Error(error), String(error));
  assert.deepEqual([error.code, error.field], ['INVALID_CONFIG', 'logger']);
});
