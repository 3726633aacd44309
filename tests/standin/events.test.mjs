// The stand-in's events (tests/standin/events.mjs): deliveries as a portal posts them, and the
// queues the pollers read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startStandin } from './server.mjs';
import { parsePhpQuery } from './phpquery.mjs';

/** A handler server that records what it receives and answers `status`. */
async function receiver(status = 200) {
  const got = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      got.push({ raw, type: req.headers['content-type'], body: parsePhpQuery(raw) });
      res.writeHead(status).end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hook`, got, close: () => new Promise((r) => server.close(r)) };
}

async function call(portal, method, params) {
  const res = await fetch(`${portal.webhookUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: await res.json() };
}

test('a message to a classic bot is posted to its EVENT_MESSAGE_ADD as a PHP form', async (t) => {
  const portal = await startStandin();
  const hook = await receiver();
  t.after(() => Promise.all([portal.close(), hook.close()]));
  const reg = await call(portal, 'imbot.register', {
    CODE: 'echo', EVENT_MESSAGE_ADD: hook.url, EVENT_WELCOME_MESSAGE: hook.url, EVENT_BOT_DELETE: hook.url, PROPERTIES: { NAME: 'Echo' },
  });
  assert.equal(reg.status, 200);
  const botId = reg.body.result;
  const sent = await call(portal, 'im.message.add', { DIALOG_ID: String(botId), MESSAGE: 'Hello, bot' });
  assert.equal(sent.status, 200);
  await portal.events.settle();
  assert.equal(hook.got.length, 1);
  const { raw, type, body } = hook.got[0];
  assert.equal(type, 'application/x-www-form-urlencoded');
  assert.match(raw, /data%5BPARAMS%5D%5BMESSAGE%5D=Hello%2C\+bot/);
  assert.equal(body.event, 'ONIMBOTMESSAGEADD');
  assert.equal(body.data.PARAMS.MESSAGE_ID, String(sent.body.result));
  assert.equal(body.data.PARAMS.DIALOG_ID, '1');
  assert.equal(body.data.BOT[botId].BOT_ID, String(botId));
  assert.equal(body.auth.member_id, portal.events.memberId);
  assert.equal(body.auth.application_token, portal.events.applicationToken);
  // The bot's answer lands in the dialog log.
  await call(portal, 'imbot.message.add', { BOT_ID: botId, DIALOG_ID: '1', MESSAGE: 'Hello, user' });
  const dialog = await portal.events.control('GET', '/dialog', {}, `botId=${botId}`);
  assert.deepEqual(dialog.body.map((m) => m.text), ['Hello, bot', 'Hello, user']);
  // Unregistering posts ONIMBOTDELETE.
  await call(portal, 'imbot.unregister', { BOT_ID: botId });
  await portal.events.settle();
  assert.equal(hook.got[1].body.event, 'ONIMBOTDELETE');
});

test('a webhook-mode v2 bot gets ONIMBOTV2MESSAGEADD with strings only; its token guards its calls', async (t) => {
  const portal = await startStandin();
  const hook = await receiver();
  t.after(() => Promise.all([portal.close(), hook.close()]));
  const reg = await call(portal, 'imbot.v2.Bot.register', {
    fields: { code: 'v2', botToken: 'tok-1', eventMode: 'webhook', webhookUrl: hook.url, properties: { name: 'V2' } },
  });
  const botId = reg.body.result.bot.id;
  assert.equal(reg.body.result.bot.eventMode, 'webhook');
  await portal.events.control('POST', '/message', { botId, text: 'hi' });
  await portal.events.settle();
  const { body } = hook.got[0];
  assert.equal(body.event, 'ONIMBOTV2MESSAGEADD');
  assert.deepEqual(Object.keys(body.data.bot).sort(), ['auth', 'code', 'id']);
  assert.equal(body.data.message.isSystem, '0');
  assert.equal(body.data.message.forward, '');
  assert.equal(body.data.chat.dialogId, '1');
  assert.equal((await call(portal, 'imbot.v2.Chat.Message.send', { botId, dialogId: '1', fields: { message: 'x' } })).body.error, 'BOT_TOKEN_NOT_SPECIFIED');
  const answer = await call(portal, 'imbot.v2.Chat.Message.send', { botId, botToken: 'tok-1', dialogId: '1', fields: { message: 'echo: hi' } });
  assert.equal(answer.status, 200);
  const dialog = await portal.events.control('GET', '/dialog', {}, `botId=${botId}`);
  assert.deepEqual(dialog.body.map((m) => m.text), ['hi', 'echo: hi']);
});

test('a fetch-mode bot queue pages by offset and acknowledges what lies before it', async (t) => {
  const portal = await startStandin();
  t.after(() => portal.close());
  const reg = await call(portal, 'imbot.v2.Bot.register', { fields: { code: 'f', properties: { name: 'F' } } });
  const botId = reg.body.result.bot.id;
  for (let i = 0; i < 5; i++) await portal.events.control('POST', '/message', { botId, text: `m${i}` });
  const first = (await call(portal, 'imbot.v2.Event.get', { botId, limit: 2 })).body.result;
  assert.deepEqual(first.events.map((e) => e.data.message.text), ['m0', 'm1']);
  assert.equal(first.hasMore, true);
  assert.equal(first.events[0].type, 'ONIMBOTV2MESSAGEADD');
  assert.equal(first.events[0].data.bot.eventMode, 'fetch');
  // Without an offset nothing is acknowledged: the same page again.
  const again = (await call(portal, 'imbot.v2.Event.get', { botId, limit: 2 })).body.result;
  assert.deepEqual(again.events.map((e) => e.eventId), first.events.map((e) => e.eventId));
  const second = (await call(portal, 'imbot.v2.Event.get', { botId, limit: 10, offset: first.nextOffset })).body.result;
  assert.deepEqual(second.events.map((e) => e.data.message.text), ['m2', 'm3', 'm4']);
  assert.equal(second.hasMore, false);
  const empty = (await call(portal, 'imbot.v2.Event.get', { botId, offset: second.nextOffset })).body.result;
  assert.deepEqual(empty.events, []);
  assert.equal((await call(portal, 'imbot.v2.Event.get', { botId: 99999 })).body.error, 'BOT_NOT_FOUND');
});

test('the user queue records after im.v2.Event.subscribe; the offline queue reserves and clears', async (t) => {
  const portal = await startStandin();
  const hook = await receiver();
  t.after(() => Promise.all([portal.close(), hook.close()]));
  const reg = await call(portal, 'imbot.v2.Bot.register', { fields: { code: 'u', properties: { name: 'U' } } });
  const botId = reg.body.result.bot.id;
  await call(portal, 'imbot.v2.Chat.Message.send', { botId, dialogId: '1', fields: { message: 'before' } });
  await call(portal, 'im.v2.Event.subscribe', {});
  await call(portal, 'imbot.v2.Chat.Message.send', { botId, dialogId: '1', fields: { message: 'after' } });
  const user = (await call(portal, 'im.v2.Event.get', {})).body.result;
  assert.deepEqual(user.events.map((e) => [e.type, e.data.message.text]), [['ONIMV2MESSAGEADD', 'after']]);

  await call(portal, 'event.bind', { event: 'OnImConnectorMessageAdd', handler: hook.url, event_type: 'offline' });
  await call(portal, 'event.bind', { event: 'OnImConnectorMessageAdd', handler: hook.url });
  await call(portal, 'imconnector.register', { ID: 'conn', NAME: 'C', ICON: { DATA_IMAGE: 'x' }, PLACEMENT_HANDLER: hook.url });
  await call(portal, 'imconnector.activate', { CONNECTOR: 'conn', LINE: 7, ACTIVE: 1 });
  for (const text of ['a', 'b', 'c']) await portal.events.control('POST', '/operator-message', { connector: 'conn', line: 7, text });
  await portal.events.settle();
  assert.equal(hook.got.length, 3);
  assert.equal(hook.got[0].body.event, 'ONIMCONNECTORMESSAGEADD');
  assert.equal(hook.got[0].body.data.MESSAGES[0].message.text, 'a');

  const reserved = (await call(portal, 'event.offline.get', { clear: 0, limit: 2 })).body.result;
  assert.equal(reserved.events.length, 2);
  assert.ok(reserved.process_id);
  // Reserved records are hidden from other readers.
  const other = (await call(portal, 'event.offline.get', { clear: 0, limit: 5 })).body.result;
  assert.deepEqual(other.events.map((e) => e.EVENT_DATA.MESSAGES[0].message.text), ['c']);
  await call(portal, 'event.offline.clear', { process_id: reserved.process_id, id: [reserved.events[0].ID] });
  const left = (await call(portal, 'event.offline.list', {})).body.result;
  assert.deepEqual(left.map((r) => r.ID), [reserved.events[1].ID, other.events[0].ID]);
  const taken = (await call(portal, 'event.offline.get', { process_id: reserved.process_id })).body.result;
  assert.deepEqual(taken.events.map((e) => e.ID), [reserved.events[1].ID]);

  // Turning the connector off for the line posts ONIMCONNECTORSTATUSDELETE to its handlers.
  await call(portal, 'event.bind', { event: 'OnImConnectorStatusDelete', handler: hook.url });
  await call(portal, 'imconnector.activate', { CONNECTOR: 'conn', LINE: 7, ACTIVE: 0 });
  await portal.events.settle();
  assert.deepEqual(hook.got.at(-1).body.data, { connector: 'conn', line: '7' });
});

test('install and uninstall are delivered on request, and refusals are recorded', async (t) => {
  const portal = await startStandin();
  const hook = await receiver(401);
  t.after(() => Promise.all([portal.close(), hook.close()]));
  const res = await fetch(`${portal.url}/_standin/events/install`, { method: 'POST', body: JSON.stringify({ url: hook.url }) });
  const out = await res.json();
  assert.equal(out.delivery.status, 401);
  const { body } = hook.got[0];
  assert.equal(body.event, 'ONAPPINSTALL');
  assert.equal(body.auth.application_token, portal.events.applicationToken);
  assert.ok(body.auth.refresh_token);
  await portal.events.control('POST', '/uninstall', { url: hook.url });
  assert.equal(hook.got[1].body.event, 'ONAPPUNINSTALL');
  assert.equal(hook.got[1].body.auth.access_token, undefined);
  const deliveries = (await portal.events.control('GET', '/deliveries')).body;
  assert.deepEqual(deliveries.map((d) => [d.event, d.status]), [['ONAPPINSTALL', 401], ['ONAPPUNINSTALL', 401]]);
});
