// An echo bot that listens by webhook: `node examples/echo-bot/server.mjs` (after `npm run build`).
//
// It registers a chat-bot 2.0 bot through an incoming webhook (`eventMode: "webhook"`, with a
// `botToken`), checks every event the portal posts against the portal's application token, and
// answers each message with its echo. A webhook bot gets no ONAPPINSTALL: the webhook's portal
// is listed in `portals`, so its first event is checked with the portal (app.info with the
// event's access token) and its token stored from it. Without B24_WEBHOOK_URL it runs against
// the local Bitrix24 stand-in (tests/standin/). With B24_WEBHOOK_URL it registers on that
// portal: set B24_PUBLIC_URL to the URL the portal can reach this server at (and, to skip the
// first check, B24_MEMBER_ID + B24_APP_TOKEN to the portal's application token).
// Ctrl-C (SIGINT/SIGTERM) unregisters the bot and stops.

import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, createNodeHandler, memoryTokenStore } from '../../pkg/node/index.js';

/**
 * Starts the bot's HTTP server and registers the bot. Resolves to `{ url, botId, stop() }`.
 * `store` keeps application tokens by portal (default: in memory).
 */
export async function startEchoBot({ webhookUrl, publicUrl, port = 0, store = memoryTokenStore(), log = () => {} }) {
  const client = Client.webhook(webhookUrl);
  // Webhook calls of imbot.v2 act as the bot only with its own token.
  const botToken = randomBytes(16).toString('hex');
  const handled = new Set();

  const handler = createNodeHandler({
    store,
    // The webhook's own portal may vouch for its first event (no install comes to this bot).
    portals: [webhookUrl],
    logger: { warn: log, error: log },
    async onEvent(event) {
      // The portal may deliver an event twice; the key tells.
      if (handled.has(event.dedupeKey)) return;
      handled.add(event.dedupeKey);
      if (handled.size > 10_000) handled.delete(handled.values().next().value);
      if (event.event !== 'ONIMBOTV2MESSAGEADD') return log(`event ${event.event}`);
      const { bot, message, chat } = event.data;
      if (message.authorId === bot.id) return;
      await client.call('imbot.v2.Chat.Message.send', {
        botId: bot.id,
        botToken,
        dialogId: chat.dialogId,
        fields: { message: `Echo: ${message.text}` },
      });
      log(`echoed message ${message.id} in ${chat.dialogId}`);
    },
    onError: (error, event) => log(`event ${event?.event ?? '(unread)'} failed: ${error?.code ?? error?.message}`),
  });

  const server = http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = publicUrl ?? `http://127.0.0.1:${server.address().port}/`;

  let botId;
  try {
    const registered = await client.call('imbot.v2.Bot.register', {
      fields: { code: 'b24_wasm_echo', botToken, eventMode: 'webhook', webhookUrl: url, properties: { name: 'Echo' } },
    });
    botId = registered.bot.id;
  } catch (e) {
    server.close();
    throw e;
  }

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      // No new events, then let the echoes in flight finish, then leave the portal.
      await new Promise((resolve) => {
        server.close(resolve);
        // Keep-alive sockets with no request in flight would hold close() open.
        server.closeIdleConnections();
      });
      await handler.idle();
      await client.call('imbot.v2.Bot.unregister', { botId, botToken }).catch((e) => log(`unregister failed: ${e.code}`));
    })());
  return { url, botId, stop };
}

async function main() {
  let standin;
  let webhookUrl = process.env.B24_WEBHOOK_URL;
  const store = memoryTokenStore(
    process.env.B24_MEMBER_ID && process.env.B24_APP_TOKEN ? { [process.env.B24_MEMBER_ID]: process.env.B24_APP_TOKEN } : {},
  );
  if (!webhookUrl) {
    const { startStandin } = await import('../../tests/standin/server.mjs');
    standin = await startStandin();
    webhookUrl = standin.webhookUrl;
  }
  const bot = await startEchoBot({ webhookUrl, publicUrl: process.env.B24_PUBLIC_URL, store, log: console.log });
  console.log(`echo bot ${bot.botId} listening at ${bot.url}`);
  if (standin) {
    await standin.events.control('POST', '/message', { botId: bot.botId, text: 'hello' });
    console.log(`stand-in: sent "hello" to the bot; try: curl -X POST ${standin.url}/_standin/events/message -d '{"botId":${bot.botId},"text":"hi"}'`);
  }
  const quit = async () => {
    await bot.stop();
    await standin?.close();
    process.exit(0);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
