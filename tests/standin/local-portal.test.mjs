// The local portal (local-portal.mjs) over real HTTP on loopback: an app's handler server
// receives what the portal POSTs, as a real one would (form-encoded, auth[application_token]).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal, describe } from './local-portal.mjs';
import { parsePhpQuery } from './phpquery.mjs';

/** A handler server recording each POST as the parsed PHP form. */
async function handler(t) {
  const received = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ type: req.headers['content-type'], form: parsePhpQuery(body) });
      res.end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${server.address().port}/`, received };
}

async function call(portal, method, params) {
  const res = await fetch(`${portal.webhookUrl}${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
  return { status: res.status, body: await res.json() };
}

test('a webhook bot gets a typed message, a typed command and a pressed button, form-encoded with the application token', async (t) => {
  const portal = await startPortal({ plan: false, seed: 'bot' });
  t.after(() => portal.close());
  const app = await handler(t);
  const registered = await call(portal, 'imbot.v2.Bot.register', { fields: { code: 'b', botToken: 'tok', eventMode: 'webhook', webhookUrl: app.url, properties: { name: 'B' } } });
  const botId = registered.body.result.bot.id;
  const command = await call(portal, 'imbot.v2.Command.register', { botId, botToken: 'tok', fields: { command: 'help', title: { en: 'Help' } } });
  assert.equal(command.body.result.command.command, '/help');

  await portal.say(botId, '/help topic');
  await portal.settle();
  assert.deepEqual(app.received.map((r) => r.form.event), ['ONIMBOTV2MESSAGEADD', 'ONIMBOTV2COMMANDADD']);
  assert.equal(app.received[0].type, 'application/x-www-form-urlencoded');
  assert.equal(app.received[0].form.auth.application_token, portal.applicationToken);
  assert.equal(app.received[0].form.auth.member_id, portal.memberId);
  assert.deepEqual(app.received[1].form.data.command, { id: String(command.body.result.command.id), command: '/help', params: 'topic', context: 'textarea' });

  // The bot answers with a keyboard; the user presses its command button.
  const sent = await call(portal, 'imbot.v2.Chat.Message.send', { botId, botToken: 'tok', dialogId: '1', fields: { message: 'Pick', keyboard: [{ TEXT: 'Help', COMMAND: 'help', COMMAND_PARAMS: 'more', BLOCK: 'Y' }] } });
  const answer = await portal.waitForMessage(botId, (m) => m.id === sent.body.result.id);
  assert.equal(answer.keyboard.BUTTONS[0].TEXT, 'Help');
  await portal.press(botId, answer.id, 0);
  await portal.settle();
  const pressed = app.received.at(-1).form.data;
  assert.equal(pressed.command.context, 'keyboard');
  assert.equal(pressed.command.params, 'more');
  assert.equal(pressed.message.id, String(answer.id));
  await assert.rejects(portal.press(botId, answer.id, 0), /BUTTON_DISABLED/, 'BLOCK=Y blocks the button once pressed');

  const delivered = await portal.events();
  assert.deepEqual(delivered.map((d) => [d.event, d.status]), [['ONIMBOTV2MESSAGEADD', 200], ['ONIMBOTV2COMMANDADD', 200], ['ONIMBOTV2COMMANDADD', 200]]);
  assert.match(describe(portal), new RegExp(`incoming webhook  ${portal.webhookUrl}`));
});

test('a connector: a client message opens an open-line chat, the operator answer goes to the bound handler', async (t) => {
  const portal = await startPortal({ plan: false });
  t.after(() => portal.close());
  const app = await handler(t);
  await call(portal, 'imconnector.register', { ID: 'myconn', NAME: 'My', ICON: { DATA_IMAGE: 'data:image/svg+xml;charset=US-ASCII,x' }, PLACEMENT_HANDLER: app.url });
  await call(portal, 'imconnector.activate', { CONNECTOR: 'myconn', LINE: 3, ACTIVE: 1 });
  await call(portal, 'event.bind', { event: 'OnImConnectorMessageAdd', handler: app.url });
  const delivered = await call(portal, 'imconnector.send.messages', {
    CONNECTOR: 'myconn', LINE: 3,
    MESSAGES: [{ user: { id: 'c-1', name: 'Klaus', last_name: 'Weber' }, message: { id: 'm-1', date: 1700000000, text: 'Guten Tag' }, chat: { id: 'ext-7' } }],
  });
  const row = delivered.body.result.DATA.RESULT[0];
  const dialog = `chat${row.session.CHAT_ID}`;
  assert.deepEqual((await portal.messages(dialog)).map((m) => m.text), ['Guten Tag']);
  assert.equal((await portal.dialogs()).lines[0].dialog, dialog);

  await portal.say(dialog, 'Hello, Klaus');
  await portal.settle();
  const event = app.received.at(-1).form;
  assert.equal(event.event, 'ONIMCONNECTORMESSAGEADD');
  assert.equal(event.data.CONNECTOR, 'myconn');
  assert.equal(event.data.LINE, '3');
  assert.equal(event.data.MESSAGES[0].chat.id, 'ext-7');
  assert.equal(event.data.MESSAGES[0].message.text, '[b]Anna Schmidt:[/b] [br]Hello, Klaus');
  assert.equal(event.auth.application_token, portal.applicationToken);

  // Bound offline, the same event waits in the offline queue for event.offline.get.
  await call(portal, 'event.bind', { event: 'OnImConnectorMessageAdd', event_type: 'offline' });
  await portal.say(dialog, 'Anything else?');
  const offline = await call(portal, 'event.offline.get', {});
  assert.equal(offline.body.result.events[0].EVENT_NAME, 'ONIMCONNECTORMESSAGEADD');
  assert.equal(offline.body.result.events[0].EVENT_DATA.MESSAGES[0].message.text, '[b]Anna Schmidt:[/b] [br]Anything else?');

  // Another origin's page may not drive the portal; its own page may.
  const foreign = await fetch(`${portal.url}/_portal/say`, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, body: JSON.stringify({ dialog, text: 'x' }) });
  assert.equal(foreign.status, 403);
  assert.equal((await fetch(`${portal.url}/_standin/events/state`, { headers: { origin: 'http://evil.example' } })).status, 403);
  const own = await fetch(`${portal.url}/_portal/say`, { method: 'POST', headers: { origin: portal.url, 'content-type': 'application/json' }, body: JSON.stringify({ dialog, text: 'from the page' }) });
  assert.equal(own.status, 200);
});

test('install: ONAPPINSTALL carries a refresh token the OAuth server takes with the printed client id/secret', async (t) => {
  const portal = await startPortal({ plan: false });
  t.after(() => portal.close());
  const app = await handler(t);
  assert.equal((await portal.install(app.url)).status, 200);
  const { auth } = app.received[0].form;
  assert.equal(app.received[0].form.event, 'ONAPPINSTALL');
  const info = await fetch(`${portal.oauth.endpoint}app.info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ auth: auth.access_token }) });
  assert.equal(info.status, 200);
  const query = new URLSearchParams({ grant_type: 'refresh_token', client_id: portal.oauth.clientId, client_secret: portal.oauth.clientSecret, refresh_token: auth.refresh_token });
  const pair = await (await fetch(`${portal.oauth.tokenUrl}?${query}`)).json();
  assert.equal(pair.member_id, portal.memberId);
  const profile = await (await fetch(`${portal.oauth.endpoint}profile`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ auth: pair.access_token }) })).json();
  assert.equal(profile.result.ID, '1');
  const wrong = new URLSearchParams({ ...Object.fromEntries(query), client_secret: 'nope' });
  assert.equal((await fetch(`${portal.oauth.tokenUrl}?${wrong}`)).status, 401);
});

test('plans: standard refuses past 50 requests in a burst, --no-limits never', async (t) => {
  for (const [plan, refused] of [['standard', true], [false, false]]) {
    const portal = await startPortal({ plan });
    t.after(() => portal.close());
    const answers = await Promise.all(Array.from({ length: 60 }, () => call(portal, 'im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' })));
    const refusals = answers.filter((a) => a.status === 503 && a.body.error === 'QUERY_LIMIT_EXCEEDED').length;
    assert.equal(refusals > 0, refused, `plan ${plan}: ${refusals} refusals`);
    if (refused) assert.ok(refusals <= 10, `${refusals}`);
  }
  await assert.rejects(startPortal({ plan: 'gold' }), /unknown plan/);
});

test('--data keeps the installation, bots and dialogs between runs', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'b24-portal-'));
  const first = await startPortal({ plan: false, data: dir });
  const bot = await call(first, 'imbot.v2.Bot.register', { fields: { code: 'kept', eventMode: 'fetch', properties: { name: 'Kept' } } });
  const botId = bot.body.result.bot.id;
  await first.say(botId, 'remember me');
  await first.close();
  assert.ok(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).events.bots.length === 1);

  const second = await startPortal({ plan: false, data: dir });
  t.after(async () => {
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
  assert.equal(second.memberId, first.memberId);
  assert.equal(new URL(second.webhookUrl).pathname, new URL(first.webhookUrl).pathname);
  assert.deepEqual((await second.messages(botId)).map((m) => m.text), ['remember me']);
  const queued = await call(second, 'imbot.v2.Event.get', { botId });
  assert.equal(queued.body.result.events[0].data.message.text, 'remember me');
});
