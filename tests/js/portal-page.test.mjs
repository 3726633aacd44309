// The local portal's chat page in headless Chromium, as a person uses it: a /command to the
// examples' support bot, a keyboard button under its answer, and an open line of the examples'
// connector where the person answers as the operator and the client's channel gets it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from '../standin/local-portal.mjs';
import { startSupportBot } from '../../examples/bot-test/bot.mjs';
import { startConnector } from '../../examples/connector/connector.mjs';
import { launchChromium } from './lib/chromium.mjs';

test('the chat page sends a command, presses a keyboard button, and answers an open line as the operator', async (t) => {
  const portal = await startPortal({ plan: false, users: [{ ID: 1, NAME: 'Anna Schmidt' }, { ID: 2, NAME: 'Ben Meyer' }] });
  t.after(() => portal.close());
  const bot = await startSupportBot({ webhookUrl: portal.webhookUrl });
  t.after(() => bot.stop());
  const connector = await startConnector({ webhookUrl: portal.webhookUrl, line: 1 });
  t.after(() => connector.stop());
  await connector.clientSays('tg-1', { id: 'c1', name: 'Klaus' }, 'Hello, anyone there?');

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(portal.chatUrl);

  // The support bot's dialog: a typed command, then its keyboard.
  await page.locator('.dialog', { hasText: 'Support' }).click();
  await page.fill('#text', '/menu');
  await page.click('#say button');
  const button = page.locator('.keyboard button', { hasText: 'Opening hours' });
  await button.waitFor({ timeout: 10_000 });
  await button.click();
  await page.locator('.message .text', { hasText: 'We are open 9-17 (asked by keyboard)' }).waitFor({ timeout: 10_000 });
  await page.locator('#log .entry.event', { hasText: 'ONIMBOTV2COMMANDADD' }).first().waitFor();

  // Another user has a dialog of their own with the same bot.
  await page.selectOption('#user', '2');
  await page.fill('#text', 'hi');
  await page.click('#say button');
  await page.locator('.message .text', { hasText: 'Hello! Type /menu' }).waitFor({ timeout: 10_000 });
  assert.deepEqual(await page.locator('.message .text').allTextContents(), ['hi', 'Hello! Type /menu']);
  assert.equal((await portal.messages(bot.botId, { userId: 2 })).length, 2);

  // The open line: the client's message is there; the person answers as the operator.
  await page.locator('.dialog', { hasText: 'Klaus' }).click();
  await page.locator('.message .text', { hasText: 'Hello, anyone there?' }).waitFor();
  await page.fill('#text', 'Yes, how can I help?');
  await page.click('#say button');
  const until = Date.now() + 10_000;
  while ((connector.channel.get('tg-1')?.length ?? 0) < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(connector.channel.get('tg-1').at(-1), { from: 'operator', text: '[b]Ben Meyer:[/b] [br]Yes, how can I help?' });
  assert.deepEqual(errors, [], 'the page threw');
});
