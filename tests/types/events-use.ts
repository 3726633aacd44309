// Compile-time checks of the events types (tsc only, via tests/js/types.test.mjs). Each line
// after `// @ts-expect-error` must be a type error, or tsc fails on the unused directive.

import { Client, createNodeHandler, createWebHandler, memoryTokenStore, parseEvent, pollBotEvents, verifyEvent } from 'b24-wasm';
import type { B24Event, B24EventName, B24TokenStore } from 'b24-wasm';

export async function bot(client: Client): Promise<void> {
  const handler = createNodeHandler({
    store: memoryTokenStore(),
    async onEvent(event) {
      switch (event.event) {
        case 'ONIMBOTV2MESSAGEADD': {
          const text: string = event.data.message.text;
          const botId: number = event.data.bot.id;
          const dialogId: string = event.data.chat.dialogId;
          await client.call('imbot.v2.Chat.Message.send', { botId, dialogId, fields: { message: text } });
          // @ts-expect-error: a v2 message has no PARAMS
          event.data.PARAMS;
          break;
        }
        case 'ONIMBOTMESSAGEADD':
          for (const item of Object.values(event.data.BOT)) {
            const id: number = item.BOT_ID;
            void id;
          }
          // @ts-expect-error: MESSAGE_ID is a number
          event.data.PARAMS.MESSAGE_ID.toUpperCase();
          break;
        case 'ONIMCONNECTORLINEDELETE': {
          const line: number = event.data;
          void line;
          break;
        }
        case 'ONIMCONNECTORMESSAGEADD':
          for (const m of event.data.MESSAGES) void m.chat.id.toUpperCase();
          break;
      }
    },
  });
  // The shape node:http calls it with.
  handler({ method: 'POST', headers: {}, on: () => undefined, resume: () => undefined }, { writeHead: () => undefined, end: () => undefined });
  await handler.idle();

  const web = createWebHandler({ store: memoryTokenStore({ member: 'token' }), onEvent: () => {} });
  const response: Response = await web(new Request('http://x/', { method: 'POST', body: '' }));
  void response;

  const parsed = await parseEvent('event=ONAPPINSTALL');
  const key: string = parsed.dedupeKey;
  const verdict: 'verified' | 'install' | 'uninstall' = await verifyEvent(parsed, memoryTokenStore());
  void key;
  void verdict;

  const store: B24TokenStore = { get: async () => undefined, set: () => {} };
  void store;
  // @ts-expect-error: a store needs set()
  const broken: B24TokenStore = { get: () => undefined };
  void broken;

  const poller = pollBotEvents(client, { botId: 1, limit: 100 });
  for await (const event of poller) {
    const name: B24EventName = event.event;
    void name;
  }
  const offset: number | undefined = poller.offset;
  void offset;
  // @ts-expect-error: botId is required
  pollBotEvents(client, { limit: 5 });

  const one: B24Event<'ONAPPUNINSTALL'> = { event: 'ONAPPUNINSTALL', data: { CLEAN: 1 }, dedupeKey: 'k' };
  void one;
  // @ts-expect-error: not an event name
  const bad: B24EventName = 'ONSOMETHING';
  void bad;
}
