// The same kind of bot as an installed OAuth app (no webhook): the portal's ONAPPINSTALL hands it
// an access and a refresh token; it keeps them (here in memory), registers its bot with them, and
// refreshes them itself through the OAuth server with its client id and secret when they expire.

import http from 'node:http';
import { Client, createNodeHandler, memoryTokenStore } from '../../pkg/node/index.js';

/**
 * Starts the app's handler. `app`: `{ clientId, clientSecret, oauthUrl, portals }` (what the
 * portal's OAuth app gave you; `portals`: the on-premise portals that may vouch for an install).
 * Resolves to `{ url, installed, tokens(), stop() }`; `installed` resolves to the bot's ID after
 * the install, `tokens()` is the pair kept now.
 */
export async function startApp({ clientId, clientSecret, oauthUrl, portals }) {
  let client;
  let botId;
  let tokens = null; // your database in a real app
  let onInstalled;
  const installed = new Promise((resolve) => (onInstalled = resolve));
  const handler = createNodeHandler({
    store: memoryTokenStore(),
    portals,
    logger: { warn: () => {}, error: () => {} },
    async onEvent(event) {
      if (event.event === 'ONAPPINSTALL') {
        const { client_endpoint: endpoint, access_token: accessToken, refresh_token: refreshToken } = event.auth;
        tokens = { accessToken, refreshToken };
        client = Client.oauth({ endpoint, accessToken, clientId, clientSecret, refreshToken, oauthUrl, onTokens: (next) => (tokens = next) });
        const registered = await client.call('imbot.v2.Bot.register', { fields: { code: 'app_echo', eventMode: 'webhook', webhookUrl: url, properties: { name: 'App echo' } } });
        botId = registered.bot.id;
        onInstalled(botId);
        return;
      }
      if (event.event !== 'ONIMBOTV2MESSAGEADD' || !client) return;
      const { message, chat, bot } = event.data;
      if (message.authorId === bot.id) return;
      await client.call('imbot.v2.Chat.Message.send', { botId, dialogId: chat.dialogId, fields: { message: `App echo: ${message.text}` } });
    },
  });
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const stop = async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeIdleConnections();
    });
    await handler.idle();
  };
  return { url, installed, tokens: () => tokens, stop };
}
