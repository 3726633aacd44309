// Placements through the installed package: placement.* typed and validated against the
// stand-in (tests/standin/placement.mjs answers them as the docs say), placements(), and the
// handler side: the placement POST parsed, typed and verified (application token against the
// store; else the access token with the portal), refused when forged, over node:http and web
// Request/Response.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, importFrom, ROOT } from './lib/consumer.mjs';

const CONSUMER = installConsumer('placement');
const api = await importFrom(CONSUMER);
const { Client, placements, parsePlacement, verifyPlacement, createPlacementNodeHandler, createPlacementWebHandler, memoryTokenStore } = api;

const MEMBER = 'da45a03b265ed12127f8a258d793cc5d';
const APP_TOKEN = 'ec1b2074a9d3f5c81b6e40d27a95cf38';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A page's "What the handler receives" example as the portal posts it: query and form body. */
function docsExample(page) {
  const text = readFileSync(`${ROOT}spec/docs/common/api-reference/widgets/${page}`, 'utf8');
  const block = text.slice(text.indexOf('Array\n('));
  const query = new URLSearchParams();
  const body = new URLSearchParams();
  for (const line of block.split('\n').slice(2)) {
    if (line.trim() === ')') break;
    const [, key, value] = /^\s*\[(\w+)\] => (.*)$/.exec(line);
    (['DOMAIN', 'PROTOCOL', 'LANG', 'APP_SID'].includes(key) ? query : body).append(key, value);
  }
  return { query, body };
}

const PAGES = {
  'im/textarea.md': ['IM_TEXTAREA', { dialogId: 'chat2', URI: '/online/' }],
  'im/sidebar.md': ['IM_SIDEBAR', { dialogId: 'chat2', URI: '/online/' }],
  'im/context-menu.md': ['IM_CONTEXT_MENU', { messageId: '2431', dialogId: 'chat2', URI: '/online/' }],
  'im/navigation.md': ['IM_NAVIGATION', { URI: '/online/' }],
  'im/index.md': ['IM_TEXTAREA', { dialogId: 'chat2', URI: '/online/' }],
  'contact-center.md': ['CONTACT_CENTER', { ID: '717', URI: '/contact_center/' }],
  'setting-connector.md': ['SETTING_CONNECTOR', { CONNECTOR: 'my_connector', LINE: '3', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: false, ERROR_STATUS: false, URI: '/contact_center/connector/?ID=my_connector&IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER' }],
};

describe('placement.* against the stand-in', () => {
  let portal;
  before(async () => {
    portal = await startStandin();
  });
  after(() => portal.close());

  test('bind, get, unbind: typed OPTIONS per code, the defaults the portal keeps', async () => {
    const client = Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: 'standin-token-1', refresh: async () => 'standin-token-1' });
    assert.equal(await client.call('placement.bind', {
      PLACEMENT: 'IM_TEXTAREA', HANDLER: 'https://app.example.com/textarea', TITLE: 'My toolbar item',
      OPTIONS: { iconName: 'fa-paperclip', color: 'LIGHT_BLUE', width: 100, height: 100 },
    }), true);
    assert.equal(await client.placement.bind({ PLACEMENT: 'IM_CONTEXT_MENU', HANDLER: 'https://app.example.com/menu' }), true);
    const bound = await client.call('placement.get');
    assert.deepEqual(bound.map((b) => [b.placement, b.options]), [
      ['IM_TEXTAREA', { iconName: 'fa-paperclip', extranet: 'N', context: 'ALL', role: 'USER', color: 'LIGHT_BLUE', width: 100, height: 100 }],
      ['IM_CONTEXT_MENU', { extranet: 'N', context: 'ALL', role: 'USER' }],
    ]);
    assert.deepEqual(await client.call('placement.unbind', { PLACEMENT: 'IM_CONTEXT_MENU' }), { count: 2 });
    assert.deepEqual(await client.call('placement.list', { SCOPE: 'im' }), ['IM_TEXTAREA', 'IM_SIDEBAR', 'IM_CONTEXT_MENU', 'IM_NAVIGATION']);
  });

  test('refused before the wire: SETTING_CONNECTOR with the docs reason, OPTIONS of another code, a bad context', async () => {
    const client = Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: 'standin-token-1', refresh: async () => 'standin-token-1' });
    const before = portal.requests().length;
    const refused = async (params) => {
      const e = await client.call('placement.bind', params).then(() => assert.fail('sent'), (x) => x);
      assert.equal(e.code, 'INVALID_PARAM');
      return e;
    };
    const connector = await refused({ PLACEMENT: 'SETTING_CONNECTOR', HANDLER: 'https://app.example.com/settings' });
    assert.equal(connector.field, 'PLACEMENT');
    assert.match(connector.message, /imconnector\.register's PLACEMENT_HANDLER.*never shows/);
    assert.equal((await refused({ PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://a.example.com/', OPTIONS: { iconName: 'fa-x', width: 5 } })).field, 'OPTIONS.width');
    assert.equal((await refused({ PLACEMENT: 'IM_TEXTAREA', HANDLER: 'https://a.example.com/' })).field, 'OPTIONS.iconName');
    assert.equal((await refused({ PLACEMENT: 'IM_CONTEXT_MENU', HANDLER: 'https://a.example.com/', OPTIONS: { context: 'CHAT;BOTS' } })).field, 'OPTIONS.context');
    assert.equal((await refused({ PLACEMENT: 'CRM_DEAL_DETAIL_TAB', HANDLER: 'https://a.example.com/' })).field, 'PLACEMENT');
    assert.equal(portal.requests().length, before, 'nothing was sent');
  });

  test('the portal refuses placement.* through a webhook (WRONG_AUTH_TYPE)', async () => {
    const e = await Client.webhook(portal.webhookUrl).call('placement.get').then(() => assert.fail('answered'), (x) => x);
    assert.equal(e.code, 'WRONG_AUTH_TYPE');
    assert.equal(e.status, 403);
  });

  test('placements() lists the table', async () => {
    const rows = await placements();
    assert.deepEqual(rows.map((r) => r.code), ['IM_TEXTAREA', 'IM_SIDEBAR', 'IM_CONTEXT_MENU', 'IMMOBILE_CONTEXT_MENU', 'IM_NAVIGATION', 'IM_SMILES_SELECTOR', 'CONTACT_CENTER', 'SETTING_CONNECTOR']);
    const connector = rows.find((r) => r.code === 'SETTING_CONNECTOR');
    assert.deepEqual([connector.bound.method, connector.bound.param], ['imconnector.register', 'PLACEMENT_HANDLER']);
    assert.ok(connector.mistakes.some((m) => /lower/.test(m.fix)), 'the lower-cased connector ID');
    assert.deepEqual(rows.find((r) => r.code === 'IM_TEXTAREA').placementOptions.map((f) => [f.name, f.required]), [['dialogId', true], ['URI', false]]);
    assert.ok(Object.isFrozen(rows));
  });

  test('placements() loads in every entry: CommonJS require, the inline build, b24-wasm/events', async () => {
    const required = createRequire(join(CONSUMER, 'index.js'))('b24-wasm');
    assert.equal((await required.placements()).length, 8);
    assert.equal((await (await importFrom(CONSUMER, 'b24-wasm/inline')).placements()).length, 8);
    assert.equal((await (await importFrom(CONSUMER, 'b24-wasm/events')).placements()).length, 8);
    assert.equal(typeof createRequire(join(CONSUMER, 'index.js'))('b24-wasm/events').createPlacementWebHandler, 'function');
  });
});

describe('the handler side', () => {
  test('every docs example of what a handler receives parses, PLACEMENT_OPTIONS typed', async () => {
    for (const [page, [code, options]] of Object.entries(PAGES)) {
      const { query, body } = docsExample(page);
      const p = await parsePlacement(body.toString(), { contentType: FORM['content-type'], query: `https://app.example.com/handler?${query}` });
      assert.equal(p.placement, code, page);
      assert.deepEqual(p.options, options, page);
      assert.equal(p.auth.endpoint, 'https://xxx.bitrix24.com/rest/', page);
      assert.equal(p.authExpires, 3600, page);
    }
  });

  let portal;
  let server;
  let url;
  let seen;
  let verdicts;
  const store = memoryTokenStore();
  before(async () => {
    portal = await startStandin();
    const handler = createPlacementNodeHandler({
      store,
      portals: [portal.url],
      appCode: 'local.standin',
      logger: false,
      onPlacement(placement, { verdict }) {
        seen.push(placement);
        verdicts.push(verdict);
        if (placement.placement === 'IM_TEXTAREA') return `<p>dialog ${placement.options.dialogId}</p>`;
        return '<p>ok</p>';
      },
    });
    server = http.createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/handler`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await portal.close();
  });

  /** The textarea page's example, pointed at the stand-in as its portal. */
  function textarea({ token = APP_TOKEN, auth = 'standin-token-1', member = MEMBER, domain } = {}) {
    const { query, body } = docsExample('im/textarea.md');
    query.set('DOMAIN', domain ?? new URL(portal.url).host);
    query.set('PROTOCOL', '0');
    body.set('AUTH_ID', auth);
    body.set('member_id', member);
    if (token === null) body.delete('APPLICATION_TOKEN');
    else body.set('APPLICATION_TOKEN', token);
    return { query, body };
  }

  async function open({ query, body }) {
    seen = [];
    verdicts = [];
    const answer = await fetch(`${url}?${query}`, { method: 'POST', headers: FORM, body: body.toString() });
    return { status: answer.status, text: await answer.text(), type: answer.headers.get('content-type') };
  }

  const appInfoCalls = () => portal.requests().filter((r) => r.method === 'app.info').length;

  test('an older portal sends no APPLICATION_TOKEN: the access token is checked with the portal', async () => {
    const calls = appInfoCalls();
    const answer = await open(textarea({ token: null }));
    assert.equal(answer.status, 200);
    assert.match(answer.type, /text\/html/);
    assert.equal(answer.text, '<p>dialog chat2</p>');
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0].auth, { endpoint: `${portal.url}/rest/`, accessToken: 'standin-token-1' });
    assert.equal(seen[0].refreshToken, '50e00aa340631fcd00005a4b00000001f0f1071111116580a5b83c2de639ef28c12');
    assert.equal(appInfoCalls(), calls + 1);
    // The auth is ready for Client.oauth: the opening user's REST calls go to the portal.
    const client = Client.oauth({ ...seen[0].auth, refresh: async () => 'standin-token-1' });
    assert.equal(await client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'ok' }) !== undefined, true);
  });

  test('an APPLICATION_TOKEN of a portal not in the store is checked with the portal, never stored; a stored one is compared without a call', async () => {
    const first = await open(textarea());
    assert.equal(first.status, 200);
    assert.deepEqual(verdicts, ['checked']);
    assert.equal(await store.get(MEMBER), undefined, 'a placement request never writes the store');
    await store.set(MEMBER, APP_TOKEN, { verified: true }); // what the install stored
    const calls = appInfoCalls();
    assert.equal((await open(textarea())).status, 200);
    assert.deepEqual(verdicts, ['verified']);
    assert.equal(appInfoCalls(), calls, 'a matching token needs no call');
  });

  test('a forged application token is refused (401), and onPlacement never runs', async () => {
    const calls = appInfoCalls();
    const answer = await open(textarea({ token: 'f'.repeat(32) }));
    assert.equal(answer.status, 401);
    assert.deepEqual(JSON.parse(answer.text), { error: 'UNVERIFIED_EVENT', error_description: 'the placement request could not be verified' });
    assert.equal(seen.length, 0);
    assert.equal(appInfoCalls(), calls, 'a mismatch is refused without asking the portal');
  });

  test('a forged access token is refused by the portal check (401)', async () => {
    const answer = await open(textarea({ token: null, auth: 'forged-token', member: 'another-member' }));
    assert.equal(answer.status, 401);
    assert.equal(seen.length, 0);
  });

  test('a portal that is neither a cloud portal nor in `portals` is never called', async () => {
    const before = portal.requests().length;
    const answer = await open(textarea({ token: null, member: 'other', domain: '127.0.0.1:9' }));
    assert.equal(answer.status, 401);
    assert.equal(portal.requests().length, before);
  });

  test('verifyPlacement: appCode must be the app the portal answers for', async () => {
    const { query, body } = textarea({ token: null, member: 'm-appcode' });
    const placement = await parsePlacement(body.toString(), { query: query.toString() });
    await assert.rejects(verifyPlacement(placement, memoryTokenStore(), { portals: [portal.url], appCode: 'local.other' }), (e) => e.code === 'UNVERIFIED_EVENT' && /another application/.test(e.message));
    assert.equal(await verifyPlacement(placement, memoryTokenStore(), { portals: [portal.url], appCode: 'local.standin' }), 'checked');
  });

  test('the web handler: same checks over Request/Response', async () => {
    const handler = createPlacementWebHandler({
      store: memoryTokenStore({ [MEMBER]: APP_TOKEN }),
      logger: false,
      onPlacement: (p) => new Response(`<p>${p.placement}</p>`, { headers: { 'content-type': 'text/html' } }),
    });
    const { query, body } = textarea();
    const ok = await handler(new Request(`https://app.example.com/h?${query}`, { method: 'POST', headers: FORM, body: body.toString() }));
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), '<p>IM_TEXTAREA</p>');
    const forged = textarea({ token: 'x'.repeat(32) });
    const no = await handler(new Request(`https://app.example.com/h?${forged.query}`, { method: 'POST', headers: FORM, body: forged.body.toString() }));
    assert.equal(no.status, 401);
    assert.equal((await handler(new Request('https://app.example.com/h'))).status, 405);
  });
});
