// A small support bot, the kind a user tests end to end (bot.test.mjs): it answers "hi", and its
// /menu command answers with a keyboard whose button runs /hours. It listens by webhook
// (chat-bot 2.0, `eventMode: "webhook"`) and checks every event's application token.

import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { Client, createNodeHandler, memoryTokenStore } from '../../pkg/node/index.js';

/** Starts the bot's server and registers it on the portal of `webhookUrl`: `{ botId, url, stop() }`. */
export async function startSupportBot({ webhookUrl }) {
  const client = Client.webhook(webhookUrl);
  const botToken = randomBytes(16).toString('hex');
  let botId;
  const answer = (dialogId, message, keyboard) =>
    client.call('imbot.v2.Chat.Message.send', { botId, botToken, dialogId, fields: { message, ...(keyboard ? { keyboard } : {}) } });

  const handler = createNodeHandler({
    store: memoryTokenStore(),
    portals: [webhookUrl], // a webhook bot gets no install: its portal vouches for the first event
    logger: { warn: () => {}, error: () => {} },
    async onEvent(event) {
      if (event.event === 'ONIMBOTV2COMMANDADD') {
        const { command, chat } = event.data;
        if (command.command === '/menu') await answer(chat.dialogId, 'How can I help?', [{ TEXT: 'Opening hours', COMMAND: 'hours' }, { TEXT: 'Say thanks', ACTION: 'SEND', ACTION_VALUE: 'thanks' }]);
        if (command.command === '/hours') await answer(chat.dialogId, `We are open 9-17 (asked by ${command.context})`);
        return;
      }
      if (event.event !== 'ONIMBOTV2MESSAGEADD') return;
      const { message, chat, bot } = event.data;
      if (message.authorId === bot.id || message.text.startsWith('/')) return;
      await answer(chat.dialogId, message.text === 'hi' ? 'Hello! Type /menu' : `You said: ${message.text}`);
    },
  });
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const registered = await client.call('imbot.v2.Bot.register', {
    fields: { code: 'support', botToken, eventMode: 'webhook', webhookUrl: url, properties: { name: 'Support' } },
  });
  botId = registered.bot.id;
  for (const command of ['menu', 'hours']) {
    await client.call('imbot.v2.Command.register', { botId, botToken, fields: { command, title: { en: command } } });
  }
  const stop = async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeIdleConnections();
    });
    await handler.idle();
  };
  return { botId, url, stop };
}
