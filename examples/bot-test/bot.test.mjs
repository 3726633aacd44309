// An end-to-end test of a bot, as a user writes one: `node --test examples/bot-test/` (after
// `npm run build`). A local portal (b24-wasm/portal) plays Bitrix24: a user types, the portal
// POSTs the events to the bot, the bot answers through REST, the test reads the dialog.
// In a project of yours: `import { startPortal } from 'b24-wasm/portal'`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from '../../pkg/standin/local-portal.mjs';
import { startSupportBot } from './bot.mjs';

test('the support bot answers, shows its menu, and its buttons work', async (t) => {
  const portal = await startPortal({ seed: 'bot-test' });
  t.after(() => portal.close());
  const bot = await startSupportBot({ webhookUrl: portal.webhookUrl });
  t.after(() => bot.stop());

  await portal.say(bot.botId, 'hi');
  await portal.waitForMessage(bot.botId, (m) => m.text === 'Hello! Type /menu');

  await portal.say(bot.botId, '/menu');
  const menu = await portal.waitForMessage(bot.botId, (m) => m.text === 'How can I help?');
  assert.deepEqual(menu.keyboard.BUTTONS.map((b) => b.TEXT), ['Opening hours', 'Say thanks']);

  await portal.press(bot.botId, menu.id, 0); // COMMAND button: the command event, context "keyboard"
  await portal.waitForMessage(bot.botId, (m) => m.text === 'We are open 9-17 (asked by keyboard)');
  await portal.press(bot.botId, menu.id, 1); // ACTION SEND: the user sends "thanks"
  await portal.waitForMessage(bot.botId, (m) => m.text === 'You said: thanks');

  // Every event reached the bot and was accepted (a refused token would be 401).
  const delivered = await portal.events();
  assert.ok(delivered.length >= 5);
  assert.deepEqual(delivered.filter((d) => d.status !== 200), []);
});
