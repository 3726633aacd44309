// examples/placement-textarea in the placement shell: the example is copied into a project that
// installed the packed package, served by Vite's dev server with the example's own vite.config.js,
// and opened by the shell as an IM_TEXTAREA placement of a bot's private dialog. A person (the
// test) types a message and presses Send in headless Chromium; the message must arrive in the
// stand-in's dialog, and the app must have sized its iframe. Needs `npm run build`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from './lib/chromium.mjs';
import { startStandin } from '../standin/server.mjs';
import { shellRoutes } from '../standin/shell.mjs';
import { startPortal } from '../standin/local-portal.mjs';
import { ROOT, installConsumer } from './lib/consumer.mjs';

let portal;
let localPortal;
let vite;
let browser;

before(async () => {
  portal = await startStandin();
  portal.use(shellRoutes({ standin: portal }));
  const root = join(installConsumer('placement-example'), 'placement-textarea');
  cpSync(join(ROOT, 'examples', 'placement-textarea'), root, { recursive: true, filter: (src) => !src.endsWith('package.json') });
  const { default: config } = await import(pathToFileURL(join(root, 'vite.config.js')).href);
  vite = await createServer({ ...config, root, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false } });
  await vite.listen();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await vite?.close();
  await portal?.close();
  await localPortal?.close();
});

// The app's iframe inside a shell page, once it is there.
async function appFrame(page, appUrl) {
  for (let i = 0; i < 200; i++) {
    const found = page.frames().find((f) => f.url().startsWith(new URL(appUrl).origin));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the app frame never loaded');
}

test('the IM_TEXTAREA example sends into its dialog and sizes itself, in the shell', async () => {
  // A bot's private dialog: its dialogId is the bot's id, and the stand-in keeps its messages.
  const registered = await (await fetch(`${portal.webhookUrl}imbot.v2.Bot.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fields: { code: 'helper', properties: { name: 'Helper' } } }),
  })).json();
  const botId = registered.result.bot.id;
  const appUrl = vite.resolvedUrls.local[0];
  const query = new URLSearchParams({ app: appUrl, placement: 'IM_TEXTAREA', options: JSON.stringify({ dialogId: String(botId), URI: '/online/' }) });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${portal.url}/shell/?${query}`);
  const frame = await appFrame(page, appUrl);
  // Vite's dev server compiles on first request; the app fits its iframe once connected.
  await frame.waitForFunction(() => document.body.dataset.fitted !== undefined, null, { timeout: 30_000 });
  assert.equal(await frame.textContent('#dialog'), String(botId));
  const fitted = Number(await frame.evaluate(() => document.body.dataset.fitted));
  const layout = await page.evaluate(() => ({ height: window.shell.layout.style.height, width: window.shell.layout.style.width }));
  assert.equal(layout.width, '100%');
  assert.notEqual(layout.height, '', 'the app resized its iframe');
  assert.ok(fitted > 0 && fitted < 400, `fitted to its content (${fitted} px), not the shell's initial 400 px`);

  await frame.fill('#text', 'Hello from the textarea app');
  await frame.click('button[type=submit]');
  await frame.waitForFunction(() => document.getElementById('status').textContent !== '', null, { timeout: 10_000 });
  assert.match(await frame.textContent('#status'), /^sent, message \d+$/);
  const dialog = await (await fetch(`${portal.url}/_standin/events/dialog?botId=${botId}`)).json();
  assert.deepEqual(dialog.map((m) => m.text), ['Hello from the textarea app']);
  const sent = portal.requests().filter((r) => r.method === 'im.message.add');
  assert.equal(sent.length, 1);
  assert.equal(sent[0].transport, 'oauth', 'with the frame\'s token, not the webhook');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the local portal\'s chat page opens the example as IM_TEXTAREA of the current dialog', async () => {
  localPortal = await startPortal({ seed: 'placement-example' });
  const registered = await (await fetch(`${localPortal.webhookUrl}imbot.v2.Bot.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fields: { code: 'notes', properties: { name: 'Notes' } } }),
  })).json();
  const botId = String(registered.result.bot.id);
  const appUrl = vite.resolvedUrls.local[0];
  const page = await browser.newPage();
  await page.goto(localPortal.chatUrl);
  await page.click(`button[data-dialog="${botId}"]`);
  await page.fill('#app-url', appUrl);
  const [shell] = await Promise.all([page.waitForEvent('popup'), page.click('#placement')]);
  const frame = await appFrame(shell, appUrl);
  await frame.waitForFunction(() => document.body.dataset.fitted !== undefined, null, { timeout: 30_000 });
  assert.equal(await frame.textContent('#dialog'), botId, 'the dialog the chat page had open');
  await frame.fill('#text', 'From the chat page\'s placement');
  await frame.click('button[type=submit]');
  await frame.waitForFunction(() => document.getElementById('status').textContent !== '', null, { timeout: 10_000 });
  assert.match(await frame.textContent('#status'), /^sent, message \d+$/);
  const texts = (await localPortal.messages(botId)).map((m) => m.text);
  assert.deepEqual(texts, ['From the chat page\'s placement']);
  await shell.close();
  await page.close();
});
