// Inbound events through the installed package: the handlers (web Request/Response and
// node:http), verification against the token store, and the pollers over the stand-in's queues.
// Events come from the stand-in (tests/standin/events.mjs) or are built here as the portal
// builds them (PHP bracket form, webhook-mode strings).

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startStandin } from '../standin/server.mjs';
import { phpForm } from '../standin/events.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';

const CONSUMER = installConsumer('events');
const api = await importFrom(CONSUMER);
const { Client, B24Error, createWebHandler, createNodeHandler, memoryTokenStore, parseEvent, verifyEvent, redactEvent, pollBotEvents, pollUserEvents, pollOfflineEvents } = api;

const MEMBER = 'a223c6b3710f85df22e9377d6c4f7553';
const TOKEN = '51856fefc120afa4b628cc82d3935cce';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** An ONIMBOTV2MESSAGEADD envelope as the portal posts it (webhook mode). */
function messageEvent({ token = TOKEN, member = MEMBER, text = 'hi', id = 789 } = {}) {
  return phpForm({
    event: 'ONIMBOTV2MESSAGEADD',
    event_handler_id: 5,
    data: {
      bot: { id: 456, code: 'echo', auth: { access_token: 'bot-access-1', application_token: token } },
      message: { id, chatId: 5, authorId: 1, text, isSystem: false, forward: null, params: {} },
      chat: { id: 5, dialogId: '1' },
      user: { id: 1, active: true, departments: [1] },
      language: 'en',
    },
    ts: 1772093963,
    auth: { domain: 'portal.example', member_id: member, application_token: token },
  });
}

const post = (body, headers = FORM) => new Request('http://bot.example/events', { method: 'POST', headers, body });

/** Resolves when `count` calls of the returned function have happened. */
function recorder() {
  const seen = [];
  let wake;
  const onEvent = (event) => {
    seen.push(event);
    wake?.();
  };
  const until = async (count) => {
    while (seen.length < count) await new Promise((resolve) => (wake = resolve));
  };
  return { seen, onEvent, until };
}

describe('the web handler', () => {
  test('answers 200 once verified, then runs onEvent with the typed event', async () => {
    const order = [];
    const handler = createWebHandler({
      store: memoryTokenStore({ [MEMBER]: TOKEN }),
      onEvent: async (event) => {
        order.push('handler');
        assert.equal(event.event, 'ONIMBOTV2MESSAGEADD');
        assert.equal(event.data.message.id, 789);
        assert.equal(event.data.message.isSystem, false);
        assert.equal(event.data.bot.id, 456);
        assert.deepEqual(event.data.user.departments, [1]);
        assert.equal(event.event_handler_id, 5);
        assert.match(event.dedupeKey, new RegExp(`^${MEMBER}:ONIMBOTV2MESSAGEADD:[0-9a-f]{16}$`));
      },
    });
    const response = await handler(post(messageEvent()));
    order.push('answered');
    assert.equal(response.status, 200);
    await handler.idle();
    assert.deepEqual(order, ['answered', 'handler']);
  });

  test('a forged or unknown token is refused with 401 and onEvent never runs', async () => {
    const calls = recorder();
    const handler = createWebHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: calls.onEvent, logger: false });
    for (const body of [
      messageEvent({ token: 'f'.repeat(32) }),
      messageEvent({ token: TOKEN.slice(0, 31) }),
      messageEvent({ member: 'another-portal' }),
      messageEvent({ token: '' }),
    ]) {
      const response = await handler(post(body));
      assert.equal(response.status, 401);
      const answer = await response.json();
      assert.equal(answer.error, 'UNVERIFIED_EVENT');
      assert.ok(!JSON.stringify(answer).includes(TOKEN));
    }
    await handler.idle();
    assert.equal(calls.seen.length, 0);
  });

  test('bad bodies get 400/405/413/415, naming the field', async () => {
    const handler = createWebHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: () => assert.fail('must not run'), maxBodyBytes: 64 << 10, logger: false });
    const missing = await handler(post(messageEvent().replace(/&data%5Bmessage%5D%5Bid%5D=789/, '')));
    assert.equal(missing.status, 400);
    assert.deepEqual(await missing.json(), { error: 'INVALID_EVENT', error_description: 'data.message.id is missing' });
    assert.equal((await handler(post('event=ONSOMETHING&data=1'))).status, 400);
    assert.equal((await handler(post(`{"event":"ONIMBOTV2DELETE","data":{"bot":`, { 'content-type': 'application/json' }))).status, 400);
    assert.equal((await handler(post('x'.repeat(100 << 10)))).status, 413);
    assert.equal((await handler(post('a=1', { 'content-type': 'multipart/form-data; boundary=z' }))).status, 415);
    assert.equal((await handler(new Request('http://bot.example/events'))).status, 405);
    // A body that streams past the limit without a length is cut off too.
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(16 << 10));
      },
    });
    const streamed = new Request('http://bot.example/events', { method: 'POST', body: stream, duplex: 'half' });
    assert.equal((await handler(streamed)).status, 413);
  });

  test('keeps the handler alive with the Worker context and reports its errors', async () => {
    const errors = [];
    const kept = [];
    const handler = createWebHandler({
      store: memoryTokenStore({ [MEMBER]: TOKEN }),
      onEvent: async () => {
        throw new Error('handler broke');
      },
      onError: (error, event) => errors.push([error.message, event.event]),
    });
    const response = await handler(post(messageEvent()), {}, { waitUntil: (p) => kept.push(p) });
    assert.equal(response.status, 200);
    assert.equal(kept.length, 1);
    await kept[0];
    assert.deepEqual(errors, [['handler broke', 'ONIMBOTV2MESSAGEADD']]);
  });
});

describe('verification and the token store', () => {
  const install = (token = TOKEN) =>
    phpForm({ event: 'ONAPPINSTALL', data: { VERSION: '1', ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: 'en' }, ts: 1, auth: { member_id: MEMBER, application_token: token, access_token: 'acc' } });
  const uninstall = (token = TOKEN) => phpForm({ event: 'ONAPPUNINSTALL', data: { LANGUAGE_ID: 'en', CLEAN: 0 }, ts: 2, auth: { member_id: MEMBER, application_token: token } });

  test('ONAPPINSTALL stores the token once; a second install cannot replace it; ONAPPUNINSTALL forgets it', async () => {
    const store = memoryTokenStore();
    // Trusting first installs is the app's explicit choice (verifyInstall: false).
    const trust = { verifyInstall: false };
    assert.equal(await verifyEvent(await parseEvent(install()), store, trust), 'install');
    assert.equal(store.get(MEMBER), TOKEN);
    await assert.rejects(verifyEvent(await parseEvent(install('e'.repeat(32))), store, trust), (e) => e instanceof B24Error && e.code === 'UNVERIFIED_EVENT' && e.kind === 'mismatch');
    assert.equal(store.get(MEMBER), TOKEN);
    await assert.rejects(verifyEvent(await parseEvent(uninstall('e'.repeat(32))), store), (e) => e.kind === 'mismatch');
    assert.equal(store.get(MEMBER), TOKEN);
    assert.equal(await verifyEvent(await parseEvent(uninstall()), store), 'uninstall');
    assert.equal(store.get(MEMBER), undefined);
    await assert.rejects(verifyEvent(await parseEvent(messageEvent()), store), (e) => e.kind === 'unknown_portal' && e.status === 401);
  });

  test('verifyInstall decides first installs and may replace the token of a reinstall', async () => {
    const store = memoryTokenStore();
    const asked = [];
    const no = async (event) => (asked.push(event.auth.access_token), false);
    await assert.rejects(verifyEvent(await parseEvent(install()), store, { verifyInstall: no }), (e) => e.kind === 'install_refused');
    assert.equal(store.get(MEMBER), undefined);
    assert.deepEqual(asked, ['acc']);
    await verifyEvent(await parseEvent(install()), store, { verifyInstall: () => true });
    await verifyEvent(await parseEvent(install('9'.repeat(32))), store, { verifyInstall: () => true });
    assert.equal(store.get(MEMBER), '9'.repeat(32));
    // An update brings a new token (safe-event-handlers.md): retained once verifyInstall says
    // yes, refused without it or when it says no.
    const update = (token) => phpForm({ event: 'ONAPPUPDATE', data: { VERSION: '2', PREVIOUS_VERSION: '1', LANGUAGE_ID: 'en' }, ts: 3, auth: { member_id: MEMBER, application_token: token, access_token: 'acc2' } });
    assert.equal(await verifyEvent(await parseEvent(update('9'.repeat(32))), store), 'verified');
    // Without a check of the app's own, the built-in one asks the portal the event names; this
    // update names none, so its new token is refused.
    await assert.rejects(verifyEvent(await parseEvent(update('8'.repeat(32))), store), (e) => e.kind === 'install_refused');
    await assert.rejects(verifyEvent(await parseEvent(update('8'.repeat(32))), store, { verifyInstall: no }), (e) => e.kind === 'install_refused');
    assert.equal(store.get(MEMBER), '9'.repeat(32));
    assert.equal(await verifyEvent(await parseEvent(update('8'.repeat(32))), store, { verifyInstall: () => true }), 'install');
    assert.equal(store.get(MEMBER), '8'.repeat(32));
  });

  test('an async store of your own works the same; store failures are 500 without running onEvent', async () => {
    const rows = new Map();
    const store = { get: async (m) => rows.get(m), set: async (m, t) => (t === null ? rows.delete(m) : rows.set(m, t)) };
    const calls = recorder();
    const handler = createWebHandler({ store, onEvent: calls.onEvent, verifyInstall: false });
    assert.equal((await handler(post(install()))).status, 200);
    assert.equal((await handler(post(messageEvent()))).status, 200);
    await calls.until(2);
    assert.deepEqual(calls.seen.map((e) => e.event), ['ONAPPINSTALL', 'ONIMBOTV2MESSAGEADD']);
    const broken = createWebHandler({
      store: { get: async () => { throw new Error('db down'); }, set: async () => {} },
      onEvent: () => assert.fail('must not run'),
      onError: () => {},
    });
    assert.equal((await broken(post(messageEvent()))).status, 500);
  });

  test('the memory store stays bounded', () => {
    const store = memoryTokenStore({}, { max: 2 });
    store.set('a', '1');
    store.set('b', '2');
    store.set('c', '3');
    assert.deepEqual([store.get('a'), store.get('b'), store.get('c')], [undefined, '2', '3']);
  });

  test('redactEvent hides every token; the dedupe key is the same for a repeat', async () => {
    const event = await parseEvent(messageEvent());
    const redacted = await redactEvent(event);
    assert.equal(redacted.auth.application_token, '***');
    assert.equal(redacted.data.bot.auth.access_token, '***');
    assert.ok(!JSON.stringify(redacted).includes(TOKEN) && !JSON.stringify(redacted).includes('bot-access-1'));
    assert.equal(event.auth.application_token, TOKEN, 'the original is left alone');
    assert.equal((await parseEvent(messageEvent())).dedupeKey, event.dedupeKey);
    assert.notEqual((await parseEvent(messageEvent({ id: 790 }))).dedupeKey, event.dedupeKey);
  });
});

describe('the node:http handler', () => {
  let server;
  let url;
  let handlerOptions;
  before(async () => {
    server = http.createServer((req, res) => {
      // Like an Express app with a body parser in front, when the test asks for one.
      if (req.headers['x-parsed'] === 'flat') {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          req.body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
          handlerOptions.handler(req, res);
        });
        return;
      }
      handlerOptions.handler(req, res);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('reads the stream or a parsed body, verifies, answers, then runs onEvent', async () => {
    const calls = recorder();
    handlerOptions = { handler: createNodeHandler({ store: memoryTokenStore({ [MEMBER]: TOKEN }), onEvent: calls.onEvent, logger: false }) };
    const plain = await fetch(url, { method: 'POST', headers: FORM, body: messageEvent({ text: 'one' }) });
    assert.equal(plain.status, 200);
    const parsed = await fetch(url, { method: 'POST', headers: { ...FORM, 'x-parsed': 'flat' }, body: messageEvent({ text: 'two' }) });
    assert.equal(parsed.status, 200);
    await calls.until(2);
    assert.deepEqual(calls.seen.map((e) => e.data.message.text).sort(), ['one', 'two']);
    const forged = await fetch(url, { method: 'POST', headers: FORM, body: messageEvent({ token: '0'.repeat(32) }) });
    assert.equal(forged.status, 401);
    const huge = await fetch(url, { method: 'POST', headers: FORM, body: 'a'.repeat(5 << 20) });
    assert.equal(huge.status, 413);
    await handlerOptions.handler.idle();
    assert.equal(calls.seen.length, 2);
  });
});

describe('pollers over the stand-in', () => {
  let portal;
  let client;
  before(async () => {
    portal = await startStandin();
    client = Client.webhook(portal.webhookUrl);
  });
  after(() => portal.close());
  beforeEach(() => portal.reset());

  const register = async () => (await client.call('imbot.v2.Bot.register', { fields: { code: `p${Date.now()}`, properties: { name: 'P' } } })).bot.id;
  const send = (botId, text) => portal.events.control('POST', '/message', { botId, text });
  const queued = async (botId) => (await portal.events.control('GET', '/state')).body.bots.find((b) => b.id === botId).queued;

  test('pollBotEvents reads page after page, in order, as typed events', async () => {
    const botId = await register();
    for (let i = 0; i < 5; i++) await send(botId, `m${i}`);
    const controller = new AbortController();
    const texts = [];
    const poller = pollBotEvents(client, { botId, limit: 2, intervalMs: 5, pageIntervalMs: 0, signal: controller.signal });
    for await (const event of poller) {
      assert.equal(event.event, 'ONIMBOTV2MESSAGEADD');
      assert.equal(typeof event.eventId, 'number');
      assert.equal(event.dedupeKey, `imbot.v2:${botId}:${event.eventId}`);
      texts.push(event.data.message.text);
      if (texts.length === 5) controller.abort();
    }
    assert.deepEqual(texts, ['m0', 'm1', 'm2', 'm3', 'm4']);
    const gets = portal.requests().filter((r) => r.method === 'imbot.v2.Event.get');
    assert.ok(gets.length >= 3, `pages read: ${gets.length}`);
    assert.deepEqual(gets.map((r) => r.params.limit).slice(0, 3), [2, 2, 2]);
    // Everything handled was acknowledged on the way out.
    assert.equal(await queued(botId), 0);
    assert.equal(poller.offset, gets.at(-1).params.offset);
  });

  test('break acknowledges the events handled before the last one, which comes again', async () => {
    const botId = await register();
    for (let i = 0; i < 4; i++) await send(botId, `m${i}`);
    const first = [];
    const poller = pollBotEvents(client, { botId, limit: 10, intervalMs: 5 });
    for await (const event of poller) {
      first.push(event.data.message.text);
      if (first.length === 2) break;
    }
    assert.equal(await queued(botId), 3);
    const again = [];
    const controller = new AbortController();
    for await (const event of pollBotEvents(client, { botId, offset: poller.offset, intervalMs: 5, signal: controller.signal })) {
      again.push(event.data.message.text);
      if (again.length === 3) controller.abort();
    }
    assert.deepEqual(first, ['m0', 'm1']);
    assert.deepEqual(again, ['m1', 'm2', 'm3']);
  });

  test('an abort while waiting ends the loop at once; a bad item goes to onInvalid', async () => {
    const botId = await register();
    await portal.events.control('POST', '/bot-event', { botId, type: 'ONIMBOTV2SOMETHINGNEW', data: {} });
    await send(botId, 'after');
    const invalid = [];
    const controller = new AbortController();
    const seen = [];
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    for await (const event of pollBotEvents(client, { botId, intervalMs: 60_000, signal: controller.signal, onInvalid: (e, item) => invalid.push([e.code, e.kind, item.type]) })) {
      seen.push(event.data.message.text);
    }
    assert.ok(Date.now() - started < 5000, 'the 60 s wait was cut short');
    assert.deepEqual(seen, ['after']);
    assert.deepEqual(invalid, [['INVALID_EVENT', 'unknown_event', 'ONIMBOTV2SOMETHINGNEW']]);
    // Without onInvalid the loop ends with the error, and nothing past it is acknowledged.
    await portal.events.control('POST', '/bot-event', { botId, type: 'ONIMBOTV2SOMETHINGNEW', data: {} });
    await assert.rejects(async () => {
      for await (const _ of pollBotEvents(client, { botId, intervalMs: 5 }));
    }, (e) => e instanceof B24Error && e.kind === 'unknown_event');
    assert.equal(await queued(botId), 1);
  });

  test('a failing call ends the loop with the B24Error; limits outside 1..1000 are refused', async () => {
    await register();
    await assert.rejects(async () => {
      for await (const _ of pollBotEvents(client, { botId: 424242, intervalMs: 5 }));
    }, (e) => e instanceof B24Error && e.code === 'BOT_NOT_FOUND');
    assert.throws(() => pollBotEvents(client, { botId: 1, limit: 1001 }), (e) => e.code === 'INVALID_PARAM' && e.field === 'limit');
    assert.throws(() => pollBotEvents(client, { botId: 1, limit: 0 }), (e) => e.field === 'limit');
    assert.throws(() => pollBotEvents(client, {}), (e) => e.field === 'botId');
    assert.throws(() => pollUserEvents({}), (e) => e.field === 'client');
  });

  test('pollUserEvents reads the subscribed user\'s events', async () => {
    const botId = await register();
    await client.call('im.v2.Event.subscribe');
    for (const text of ['a', 'b', 'c']) await client.call('imbot.v2.Chat.Message.send', { botId, dialogId: '1', fields: { message: text } });
    const controller = new AbortController();
    const seen = [];
    for await (const event of pollUserEvents(client, { limit: 2, intervalMs: 5, pageIntervalMs: 0, signal: controller.signal })) {
      assert.equal(event.event, 'ONIMV2MESSAGEADD');
      seen.push([event.data.message.text, event.data.user.bot]);
      if (seen.length === 3) controller.abort();
    }
    assert.deepEqual(seen, [['a', true], ['b', true], ['c', true]]);
  });

  test('a connector\'s handler gets the operator\'s message from the portal, typed and verified', async () => {
    const calls = recorder();
    // The stand-in's install names its own loopback endpoint: the app names it in `portals`.
    const handler = createNodeHandler({ store: memoryTokenStore(), onEvent: calls.onEvent, portals: [portal.url] });
    const server = http.createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${server.address().port}/connector`;
      assert.equal((await portal.events.control('POST', '/install', { url })).body.delivery.status, 200);
      await client.call('event.bind', { event: 'OnImConnectorMessageAdd', handler: url });
      await client.call('imconnector.register', { ID: 'line_conn', NAME: 'C', ICON: { DATA_IMAGE: 'x' }, PLACEMENT_HANDLER: url });
      await client.call('imconnector.activate', { CONNECTOR: 'line_conn', LINE: 9, ACTIVE: 1 });
      await portal.events.control('POST', '/operator-message', { connector: 'line_conn', line: 9, text: 'Guten Tag!', externalChatId: 'channel-123' });
      await calls.until(2);
      const event = calls.seen[1];
      assert.equal(event.event, 'ONIMCONNECTORMESSAGEADD');
      assert.equal(event.data.LINE, 9);
      assert.equal(event.data.MESSAGES[0].message.text, 'Guten Tag!');
      assert.equal(event.data.MESSAGES[0].chat.id, 'channel-123');
      assert.equal(typeof event.data.MESSAGES[0].im.message_id, 'number');
      assert.equal(event.auth.member_id, portal.events.memberId);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('pollOfflineEvents: cleared as read, or reserved and cleared once handled', async () => {
    const hook = 'http://127.0.0.1:9/unused';
    await client.call('event.bind', { event: 'OnImConnectorMessageAdd', handler: hook, event_type: 'offline' });
    await client.call('imconnector.register', { ID: 'c1', NAME: 'C', ICON: { DATA_IMAGE: 'x' }, PLACEMENT_HANDLER: hook });
    await client.call('imconnector.activate', { CONNECTOR: 'c1', LINE: 3, ACTIVE: 1 });
    const write = (text) => portal.events.control('POST', '/operator-message', { connector: 'c1', line: 3, text });
    for (const text of ['a', 'b', 'c']) await write(text);

    const reserved = [];
    const poller = pollOfflineEvents(client, { clear: false, limit: 2, intervalMs: 5, pageIntervalMs: 0 });
    for await (const event of poller) {
      assert.equal(event.event, 'ONIMCONNECTORMESSAGEADD');
      assert.equal(event.data.LINE, 3);
      reserved.push(event.data.MESSAGES[0].message.text);
      if (reserved.length === 3) break;
    }
    assert.deepEqual(reserved, ['a', 'b', 'c']);
    const clears = portal.requests().filter((r) => r.method === 'event.offline.clear');
    assert.deepEqual(clears.map((r) => r.params.id), [undefined], 'the first batch, cleared whole');
    // The loop stopped on the last record: it may not have been handled, so it stays reserved.
    const left = await client.call('event.offline.list');
    assert.deepEqual(left.map((r) => r.EVENT_DATA.MESSAGES[0].message.text), ['c']);
    assert.ok(left[0].PROCESS_ID);
    assert.equal(poller.processId, left[0].PROCESS_ID);

    for (const text of ['d', 'e']) await write(text);
    const cleared = [];
    const controller = new AbortController();
    for await (const event of pollOfflineEvents(client, { intervalMs: 5, signal: controller.signal })) {
      cleared.push(event.data.MESSAGES[0].message.text);
      assert.match(event.dedupeKey, /^offline:\d+$/);
      if (cleared.length === 2) controller.abort();
    }
    assert.deepEqual(cleared, ['d', 'e']);
    assert.deepEqual((await client.call('event.offline.list')).map((r) => r.EVENT_DATA.MESSAGES[0].message.text), ['c']);
  });
});
