// The bots of the docs, end to end against the stand-in:
// - the README's echo bot, run AS PRINTED (its code block is read from README.md and run as a
//   program of its own, with the installed package): as a bot registered through an incoming
//   webhook (no install event ever comes) and as the bot of an installed app (ONAPPINSTALL
//   first). A user writes, the echo comes back; a forged event is refused, and the refusal is
//   a line in the program's log with its reason and no token.
// - examples/echo-bot: the webhook bot (stores the token from its portal's first event), and
//   the polling variant over imbot.v2.Event.get.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { startStandin } from '../standin/server.mjs';
import { phpForm } from '../standin/events.mjs';
import { startEchoBot } from '../../examples/echo-bot/server.mjs';
import { startPollingEchoBot } from '../../examples/echo-bot/poll.mjs';
import { Client } from '../../pkg/node/index.js';
import { installConsumer, ROOT } from './lib/consumer.mjs';

/** Polls the bot's dialog until `count` messages are in it (or gives what is there after `ms`). */
async function dialog(portal, botId, count, ms = 10_000) {
  const until = Date.now() + ms;
  for (;;) {
    const messages = (await portal.events.control('GET', '/dialog', {}, `botId=${botId}`)).body;
    if (messages.length >= count || Date.now() > until) return messages.map((m) => m.text);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A forged message event for `botId` (the right shape and portal, another token). */
function forgedMessage(portal, botId, code) {
  return phpForm({
    event: 'ONIMBOTV2MESSAGEADD',
    data: { bot: { id: botId, code }, message: { id: 1, chatId: 1, authorId: 1, text: 'forged' }, chat: { id: 1, dialogId: '1' } },
    ts: 1,
    auth: { member_id: portal.events.memberId, application_token: '0'.repeat(32) },
  });
}

// ---- the README's bot, as printed --------------------------------------------------------------

/** The first `js` block of README.md's "Bots and connectors" section. */
function readmeBot() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Bots and connectors'));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'README.md has the bot block');
  return block[1];
}

const CONSUMER = installConsumer('echo-bot');

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs the printed block as its own program; resolves once its bot is registered. */
async function runReadmeBot(portal) {
  const file = join(CONSUMER, 'readme-echo-bot.mjs');
  writeFileSync(file, readmeBot());
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [file], {
    cwd: CONSUMER,
    env: { ...process.env, B24_WEBHOOK_URL: portal.webhookUrl, BOT_TOKEN: 'readme-bot-token-1234', PORT: String(port), PUBLIC_URL: publicUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const until = Date.now() + 15_000;
  for (;;) {
    const bots = (await portal.events.control('GET', '/state')).body.bots;
    const bot = bots.find((b) => b.code === 'echo');
    if (bot) return { botId: bot.id, url: publicUrl, output: () => output, stop };
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      assert.fail(`the README bot did not register:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const way of ['a bot registered through an incoming webhook', 'the bot of an installed app']) {
  test(`the README echo bot works as printed: ${way}`, async (t) => {
    const portal = await startStandin();
    t.after(() => portal.close());
    const bot = await runReadmeBot(portal);
    t.after(() => bot.stop());
    if (way.includes('installed app')) {
      const installed = await portal.events.control('POST', '/install', { url: bot.url });
      assert.equal(installed.body.delivery.status, 200, bot.output());
    }
    await portal.events.control('POST', '/message', { botId: bot.botId, text: 'hello' });
    assert.deepEqual(await dialog(portal, bot.botId, 2), ['hello', 'Echo: hello'], bot.output());
    const answer = portal.requests().find((r) => r.method === 'imbot.v2.Chat.Message.send');
    assert.equal(answer.params.botToken, 'readme-bot-token-1234');

    // A forged event: 401, no echo, and one log line with the reason, no token.
    const refused = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: forgedMessage(portal, bot.botId, 'echo') });
    assert.equal(refused.status, 401);
    await portal.events.control('POST', '/message', { botId: bot.botId, text: 'again' });
    assert.deepEqual(await dialog(portal, bot.botId, 4), ['hello', 'Echo: hello', 'again', 'Echo: again']);
    assert.match(bot.output(), /^b24 event refused status=401 code=UNVERIFIED_EVENT kind=mismatch field=\S+ event=ONIMBOTV2MESSAGEADD$/m);
    assert.ok(!bot.output().includes(portal.events.applicationToken) && !bot.output().includes('0'.repeat(32)), bot.output());
  });
}

// ---- examples/echo-bot ------------------------------------------------------------------------

test('the webhook echo bot answers a message, refuses a forged event, and stops cleanly', async (t) => {
  const portal = await startStandin();
  t.after(() => portal.close());
  const bot = await startEchoBot({ webhookUrl: portal.webhookUrl });
  t.after(() => bot.stop());

  // No install comes to a webhook bot: its portal vouches for the first event (app.info with
  // the event's access token), and the token is stored from it.
  const client = Client.webhook(portal.webhookUrl);
  const messageId = await client.call('im.message.add', { DIALOG_ID: String(bot.botId), MESSAGE: 'ping' });
  assert.equal(typeof messageId, 'number');
  assert.deepEqual(await dialog(portal, bot.botId, 2), ['ping', 'Echo: ping']);
  const answer = portal.requests().find((r) => r.method === 'imbot.v2.Chat.Message.send');
  assert.equal(answer.params.dialogId, '1');
  assert.equal(typeof answer.params.botToken, 'string');
  assert.equal(portal.requests().filter((r) => r.method === 'app.info').length, 1, 'checked once, then by its token');

  // A forged event (the right shape, another token) is refused and echoes nothing.
  const forged = forgedMessage(portal, bot.botId, 'b24_wasm_echo');
  const refused = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: forged });
  assert.equal(refused.status, 401);
  assert.equal((await refused.json()).error, 'UNVERIFIED_EVENT');
  await portal.events.control('POST', '/message', { botId: bot.botId, text: 'pong' });
  assert.deepEqual(await dialog(portal, bot.botId, 4), ['ping', 'Echo: ping', 'pong', 'Echo: pong']);

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
