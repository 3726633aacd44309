// An open-line connector: it carries a chat channel of its own (here, a plain list per external
// chat: `channel`) into a Bitrix24 open line and back.
// - a client writes in the channel → `clientSays()` → imconnector.send.messages;
// - an operator answers in Bitrix24 → the portal POSTs ONIMCONNECTORMESSAGEADD → the answer
//   goes to the channel, then imconnector.send.status.delivery marks it delivered.

import http from 'node:http';
import { Client, createNodeHandler, memoryTokenStore } from '../../pkg/node/index.js';

const ICON = { DATA_IMAGE: "data:image/svg+xml;charset=US-ASCII,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E" };

/** Registers connector `id` on open line `line` of the portal of `webhookUrl`; resolves to `{ clientSays, channel, stop() }`. */
export async function startConnector({ webhookUrl, id = 'b24wasm_demo', line = 1 }) {
  const client = Client.webhook(webhookUrl);
  const channel = new Map(); // external chat id → [{ from, text }]
  const post = (chatId, entry) => {
    if (!channel.has(chatId)) channel.set(chatId, []);
    channel.get(chatId).push(entry);
  };

  const handler = createNodeHandler({
    store: memoryTokenStore(),
    portals: [webhookUrl],
    logger: { warn: () => {}, error: () => {} },
    async onEvent(event) {
      if (event.event !== 'ONIMCONNECTORMESSAGEADD' || event.data.CONNECTOR !== id) return;
      for (const item of event.data.MESSAGES) {
        post(item.chat.id, { from: 'operator', text: item.message.text });
        await client.call('imconnector.send.status.delivery', {
          CONNECTOR: id, LINE: event.data.LINE,
          MESSAGES: [{ im: item.im, message: { id: [String(item.im.message_id)] }, chat: { id: item.chat.id } }],
        });
      }
    },
  });
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;

  await client.call('imconnector.register', { ID: id, NAME: 'b24-wasm demo', ICON, PLACEMENT_HANDLER: url });
  await client.call('imconnector.activate', { CONNECTOR: id, LINE: line, ACTIVE: 1 });
  await client.call('event.bind', { event: 'OnImConnectorMessageAdd', handler: url });

  let sent = 0;
  /** A client of the channel writes: the message goes into the open line; resolves to the portal's chat id. */
  async function clientSays(chatId, user, text) {
    post(chatId, { from: 'client', text });
    const answer = await client.call('imconnector.send.messages', {
      CONNECTOR: id, LINE: line,
      MESSAGES: [{ user: { id: user.id, name: user.name }, message: { id: `m${++sent}`, date: Math.floor(Date.now() / 1000), text }, chat: { id: chatId } }],
    });
    return answer.DATA.RESULT[0].session.CHAT_ID;
  }

  const stop = async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeIdleConnections();
    });
    await handler.idle();
  };
  return { clientSays, channel, stop };
}
