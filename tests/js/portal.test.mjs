// `npx b24-wasm portal` and b24-wasm/portal as a user gets them (the packed package in a fresh
// project), and the README's echo bot, as printed, answering a message typed in the portal's
// chat page by headless Chromium.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import { join } from 'node:path';
import { installConsumer, importFrom, ROOT } from './lib/consumer.mjs';
import { launchChromium } from './lib/chromium.mjs';

const CONSUMER = installConsumer('portal');

/** Runs a command of the consumer project; resolves once `ready` matches its output. */
function run(args, ready, env = {}) {
  const child = spawn('npx', ['--no', '--', ...args], { cwd: CONSUMER, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM'); // npx and the node it started
    } catch {
      // gone already
    }
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => stop().then(() => reject(new Error(`timed out:\n${output}`))), 30_000);
    const seen = (chunk) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ output: () => output, stop });
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`exited early:\n${output}`));
    });
  });
}

test('npx b24-wasm portal, in a fresh project with only the package, prints a webhook URL and app credentials that work', async (t) => {
  const portal = await run(['b24-wasm', 'portal', '--port', '0'], /rate limit .*\n/);
  t.after(() => portal.stop());
  const text = portal.output();
  const webhook = /incoming webhook +(http:\/\/127\.0\.0\.1:\d+\/rest\/1\/[0-9a-f]+\/)/.exec(text)?.[1];
  assert.ok(webhook, text);
  assert.match(text, /client_id=local\.[0-9a-f]{14}\.\d{8}\n +client_secret=\S{50}\n/);
  assert.match(text, /rate limit +50 requests, drains 2\/s/);
  const answer = await (await fetch(`${webhook}im.notify.answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ NOTIFY_ID: 1, ANSWER_TEXT: 'x' }) })).json();
  assert.ok('result' in answer, JSON.stringify(answer));

  // The stand-in's own command stays, under both names; a wrong argument is a usage error.
  for (const args of [['b24-wasm-standin', '--port', '0'], ['b24-wasm', 'standin', '--port', '0']]) {
    const standin = await run(args, /B24_STANDIN_URL=http/);
    await standin.stop();
  }
  await assert.rejects(run(['b24-wasm', 'portal', '--plan'], /never/), /--plan needs a value/);

  // --install: the app's handler gets ONAPPINSTALL (form-encoded, with its tokens) at start.
  const installs = [];
  const app = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      installs.push(new URLSearchParams(body));
      res.end();
    });
  });
  await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => app.close(resolve)));
  const installed = await run(['b24-wasm', 'portal', '--port', '0', '--no-limits', '--install', `http://127.0.0.1:${app.address().port}/`], /installed .*\n/);
  await installed.stop();
  assert.match(installed.output(), /rate limit +off/);
  assert.equal(installs.length, 1);
  assert.equal(installs[0].get('event'), 'ONAPPINSTALL');
  assert.match(installs[0].get('auth[refresh_token]'), /\S/);
  assert.match(installs[0].get('auth[application_token]'), /^[0-9a-f]{32}$/);

  // The placement shell: served when the build has it (standin/shell.mjs), else said so.
  if (existsSync(join(CONSUMER, 'node_modules', 'b24-wasm', 'standin', 'shell.mjs'))) {
    const shell = await run(['b24-wasm', 'shell', '--port', '0'], /b24-wasm shell on http/);
    await shell.stop();
  } else {
    await assert.rejects(run(['b24-wasm', 'shell'], /never/), /the placement shell is not in this build/);
  }
});

test('b24-wasm/portal imports and requires, typed the same way', async (t) => {
  const esm = await importFrom(CONSUMER, 'b24-wasm/portal');
  const cjs = createRequire(join(CONSUMER, 'index.cjs'))('b24-wasm/portal');
  for (const { startPortal } of [esm, cjs]) {
    const portal = await startPortal({ seed: 'same', plan: 'enterprise' });
    t.after(() => portal.close());
    assert.deepEqual(portal.plan, { size: 250, drain: 5 });
    assert.match(portal.oauth.clientId, /^local\./);
  }
  assert.equal(esm.PLANS.standard.size, 50);
});

// ---- the README's echo bot and the chat page ------------------------------------------------

function readmeBot() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Bots and connectors')));
  assert.ok(block, 'README.md has the bot block');
  return block[1];
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('the README echo bot answers a message typed in the chat page (headless Chromium); the log masks the secrets', async (t) => {
  const { startPortal } = await importFrom(CONSUMER, 'b24-wasm/portal');
  const portal = await startPortal({ plan: false });
  t.after(() => portal.close());

  const file = join(CONSUMER, 'readme-echo-bot.mjs');
  writeFileSync(file, readmeBot());
  const port = await freePort();
  const bot = spawn(process.execPath, [file], {
    cwd: CONSUMER,
    env: { ...process.env, B24_WEBHOOK_URL: portal.webhookUrl, BOT_TOKEN: 'chat-page-bot-token', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}/` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  bot.stdout.on('data', (c) => (output += c));
  bot.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => bot.once('exit', resolve));
  t.after(async () => {
    if (bot.exitCode === null) bot.kill('SIGTERM');
    await exited;
  });

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(portal.chatUrl);
  // The bot registers itself through the webhook; its dialog then shows up on the page.
  const dialog = page.locator('.dialog', { hasText: 'Echo' });
  await dialog.waitFor({ timeout: 15_000 }).catch(() => assert.fail(`the bot did not register:\n${output}`));
  await dialog.click();
  await page.fill('#text', 'hello from Chromium');
  await page.click('#say button');
  const echo = page.locator('.message .text', { hasText: 'Echo: hello from Chromium' });
  await echo.waitFor({ timeout: 10_000 }).catch(() => assert.fail(`no echo:\n${output}`));
  assert.deepEqual(await page.locator('.message .text').allTextContents(), ['hello from Chromium', 'Echo: hello from Chromium']);

  // The log pane: the event delivered and the bot's REST call, with no secret in it.
  await page.locator('#log .entry.event', { hasText: 'ONIMBOTV2MESSAGEADD' }).first().waitFor();
  await page.locator('#log .entry.rest', { hasText: 'imbot.v2.Chat.Message.send' }).first().waitFor();
  const log = await page.locator('#log').textContent();
  const secret = new URL(portal.webhookUrl).pathname.split('/')[3];
  for (const hidden of [portal.applicationToken, secret, 'chat-page-bot-token']) assert.ok(!log.includes(hidden), `the log shows a secret: ${hidden}`);
  assert.match(log, /"application_token":"\*\*\*"/);

  // "Open placement" points the shell at the current dialog.
  await page.fill('#app-url', 'http://127.0.0.1:5173/');
  const href = new URL(await page.getAttribute('#placement', 'href'), portal.url);
  assert.equal(href.pathname, '/shell/');
  assert.equal(href.searchParams.get('placement'), 'IM_TEXTAREA');
  const botId = (await portal.dialogs()).bots[0].dialog;
  assert.deepEqual(JSON.parse(href.searchParams.get('options')), { dialogId: botId });
  assert.equal(href.searchParams.get('app'), 'http://127.0.0.1:5173/');
});
