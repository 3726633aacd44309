// The echo bot without an HTTP server: it polls its queue (`eventMode: "fetch"`,
// imbot.v2.Event.get) and answers each message with its echo. `node examples/echo-bot/poll.mjs`
// (after `npm run build`); B24_WEBHOOK_URL as in server.mjs, else the local stand-in.
// Ctrl-C stops the loop (the events handled so far are acknowledged) and unregisters the bot.

import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, pollBotEvents } from '../../pkg/node/index.js';

/**
 * Registers the bot and starts its polling loop. Resolves to `{ botId, stop(), done }`; `done`
 * settles when the loop has ended.
 */
export async function startPollingEchoBot({ webhookUrl, intervalMs = 5000, log = () => {} }) {
  const client = Client.webhook(webhookUrl);
  const botToken = randomBytes(16).toString('hex');
  const registered = await client.call('imbot.v2.Bot.register', {
    fields: { code: 'b24_wasm_echo_poll', botToken, eventMode: 'fetch', properties: { name: 'Echo (polling)' } },
  });
  const botId = registered.bot.id;
  const stopper = new AbortController();

  const done = (async () => {
    let offset;
    let backoff = 1000;
    while (!stopper.signal.aborted) {
      const events = pollBotEvents(client, { botId, botToken, offset, intervalMs, pageIntervalMs: 0, signal: stopper.signal });
      try {
        for await (const event of events) {
          backoff = 1000;
          if (event.event !== 'ONIMBOTV2MESSAGEADD') continue;
          const { message, chat } = event.data;
          if (message.authorId === botId) continue;
          await client.call('imbot.v2.Chat.Message.send', {
            botId,
            botToken,
            dialogId: chat.dialogId,
            fields: { message: `Echo: ${message.text}` },
          });
          log(`echoed message ${message.id}`);
        }
      } catch (e) {
        // The queue keeps what was not acknowledged: resume from the poller's offset.
        log(`polling failed (${e.code ?? e.message}); again in ${backoff} ms`);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, 60_000);
      }
      offset = events.offset;
    }
  })();

  const stop = async () => {
    stopper.abort();
    await done;
    await client.call('imbot.v2.Bot.unregister', { botId, botToken }).catch((e) => log(`unregister failed: ${e.code}`));
  };
  return { botId, stop, done };
}

async function main() {
  let standin;
  let webhookUrl = process.env.B24_WEBHOOK_URL;
  if (!webhookUrl) {
    const { startStandin } = await import('../../tests/standin/server.mjs');
    standin = await startStandin();
    webhookUrl = standin.webhookUrl;
  }
  const bot = await startPollingEchoBot({ webhookUrl, log: console.log });
  console.log(`polling echo bot ${bot.botId} started`);
  if (standin) await standin.events.control('POST', '/message', { botId: bot.botId, text: 'hello' });
  const quit = async () => {
    await bot.stop();
    await standin?.close();
    process.exit(0);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
