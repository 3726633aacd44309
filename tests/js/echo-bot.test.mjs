// examples/echo-bot end to end against the stand-in: the portal sends ONAPPINSTALL (the bot
// stores the application token), a user writes to the bot, the bot answers with the echo; a
// forged event is refused and echoes nothing; stopping unregisters the bot and closes the port.
// The polling variant does the same over imbot.v2.Event.get.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from '../standin/server.mjs';
import { phpForm } from '../standin/events.mjs';
import { startEchoBot } from '../../examples/echo-bot/server.mjs';
import { startPollingEchoBot } from '../../examples/echo-bot/poll.mjs';
import { Client } from '../../pkg/node/index.js';

/** Polls the bot's dialog until `count` messages are in it (or fails after `ms`). */
async function dialog(portal, botId, count, ms = 10_000) {
  const until = Date.now() + ms;
  for (;;) {
    const messages = (await portal.events.control('GET', '/dialog', {}, `botId=${botId}`)).body;
    if (messages.length >= count || Date.now() > until) return messages.map((m) => m.text);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('the webhook echo bot answers a message, refuses a forged event, and stops cleanly', async (t) => {
  const portal = await startStandin();
  t.after(() => portal.close());
  const bot = await startEchoBot({ webhookUrl: portal.webhookUrl });
  t.after(() => bot.stop());

  // Before the install nothing is trusted: the portal's own event is refused.
  await portal.events.control('POST', '/message', { botId: bot.botId, text: 'too early' });
  await portal.events.settle();
  assert.equal((await portal.events.control('GET', '/deliveries')).body.at(-1).status, 401);

  const installed = await portal.events.control('POST', '/install', { url: bot.url });
  assert.equal(installed.body.delivery.status, 200);

  // A user writes to the bot's dialog through the REST API; the echo comes back.
  const client = Client.webhook(portal.webhookUrl);
  const messageId = await client.call('im.message.add', { DIALOG_ID: String(bot.botId), MESSAGE: 'ping' });
  assert.equal(typeof messageId, 'number');
  assert.deepEqual(await dialog(portal, bot.botId, 3), ['too early', 'ping', 'Echo: ping']);
  const answer = portal.requests().find((r) => r.method === 'imbot.v2.Chat.Message.send');
  assert.equal(answer.params.dialogId, '1');
  assert.equal(typeof answer.params.botToken, 'string');

  // A forged event (the right shape, another token) is refused and echoes nothing.
  const forged = phpForm({
    event: 'ONIMBOTV2MESSAGEADD',
    data: {
      bot: { id: bot.botId, code: 'b24_wasm_echo' },
      message: { id: 1, chatId: 1, authorId: 1, text: 'forged' },
      chat: { id: 1, dialogId: '1' },
    },
    ts: 1,
    auth: { member_id: portal.events.memberId, application_token: '0'.repeat(32) },
  });
  const refused = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: forged });
  assert.equal(refused.status, 401);
  assert.equal((await refused.json()).error, 'UNVERIFIED_EVENT');
  await portal.events.control('POST', '/message', { botId: bot.botId, text: 'pong' });
  assert.deepEqual(await dialog(portal, bot.botId, 5), ['too early', 'ping', 'Echo: ping', 'pong', 'Echo: pong']);

  await bot.stop();
  const state = (await portal.events.control('GET', '/state')).body;
  assert.equal(state.bots.length, 0, 'unregistered');
  await assert.rejects(fetch(bot.url, { method: 'POST', body: forged }), 'the port is closed');
});

test('the polling echo bot answers from its queue over several polls, and stops cleanly', async (t) => {
  const portal = await startStandin();
  t.after(() => portal.close());
  const bot = await startPollingEchoBot({ webhookUrl: portal.webhookUrl, intervalMs: 20 });
  t.after(() => bot.stop());

  for (const text of ['one', 'two', 'three']) await portal.events.control('POST', '/message', { botId: bot.botId, text });
  const texts = await dialog(portal, bot.botId, 6);
  assert.deepEqual(texts.filter((m) => m.startsWith('Echo: ')).sort(), ['Echo: one', 'Echo: three', 'Echo: two']);
  await portal.events.control('POST', '/message', { botId: bot.botId, text: 'four' });
  assert.ok((await dialog(portal, bot.botId, 8)).includes('Echo: four'));
  assert.ok(portal.requests().filter((r) => r.method === 'imbot.v2.Event.get').length >= 2);

  await bot.stop();
  const state = (await portal.events.control('GET', '/state')).body;
  assert.equal(state.bots.length, 0, 'unregistered');
  const requests = portal.requests().length;
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(portal.requests().length, requests, 'no polling after stop');
});
