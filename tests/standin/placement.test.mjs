// The stand-in's placement.* (placement.mjs) over HTTP, as an app reaches a portal: OAuth with
// the `auth` param, and a webhook (refused: placements need the application context).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from './server.mjs';

let portal;
before(async () => {
  portal = await startStandin();
});
after(() => portal.close());

async function oauth(method, params = {}) {
  const answer = await fetch(`${portal.oauthEndpoint}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...params, auth: 'standin-token-1' }),
  });
  return { status: answer.status, body: await answer.json() };
}

test('a webhook gets WRONG_AUTH_TYPE (application context required)', async () => {
  const answer = await fetch(`${portal.webhookUrl}placement.get`, { method: 'POST' });
  assert.equal(answer.status, 403);
  assert.equal((await answer.json()).error, 'WRONG_AUTH_TYPE');
});

test('bind refuses what the docs say it refuses', async () => {
  const error = async (params) => (await oauth('placement.bind', params)).body;
  const { error: code, error_description: description, argument } = await error({ HANDLER: 'https://a.example/' });
  assert.deepEqual([code, description, argument], ['ERROR_ARGUMENT', "Argument 'PLACEMENT' is null or empty", 'PLACEMENT']);
  assert.equal((await error({ PLACEMENT: 'IM_TEXTAREA', HANDLER: 'https://a.example/' })).argument, 'OPTIONS[iconName]');
  assert.equal((await error({ PLACEMENT: 'IM_CONTEXT_MENU', HANDLER: 'https://a.example/', OPTIONS: { context: 'BOTS' } })).error, 'INVALID_ERROR_CONTEXT');
  assert.equal((await error({ PLACEMENT: 'CRM_NOPE', HANDLER: 'https://a.example/' })).error, 'ERROR_PLACEMENT_NOT_FOUND');
  assert.equal((await error({ PLACEMENT: 'IM_SIDEBAR', HANDLER: 'ftp://a.example/', OPTIONS: { iconName: 'fa-x' } })).error, 'ERROR_UNSUPPORTED_PROTOCOL');
  assert.equal((await error({ PLACEMENT: 'IM_SIDEBAR', HANDLER: 'https://localhost/', OPTIONS: { iconName: 'fa-x' } })).error, 'ERROR_WRONG_HANDLER_URL');
  assert.equal((await error({ PLACEMENT: 'IM_CONTEXT_MENU', HANDLER: 'https://a.example/', USER_ID: 5 })).error, 'ERROR_PLACEMENT_USER_MODE');
  assert.deepEqual(portal.placements.bindings(), []);
});

test('bind keeps only the placement own keys; get, unbind and list as documented', async () => {
  assert.equal((await oauth('placement.bind', { PLACEMENT: 'IMMOBILE_CONTEXT_MENU', HANDLER: 'https://a.example/m', OPTIONS: { iconName: 'fa-x', context: 'CHAT;LINES' } })).body.result, true);
  assert.equal((await oauth('placement.bind', { PLACEMENT: 'CONTACT_CENTER', HANDLER: 'https://a.example/cc', OPTIONS: { any: 1 } })).body.result, true);
  const rows = (await oauth('placement.get')).body.result;
  assert.deepEqual(rows.map((r) => [r.placement, r.options]), [
    ['IMMOBILE_CONTEXT_MENU', { context: 'CHAT;LINES', extranet: 'N', role: 'USER' }], // iconName is not kept
    ['CONTACT_CENTER', []],
  ]);
  assert.equal(portal.placements.bindings()[1].id, 2, 'the ID a CONTACT_CENTER request carries');
  assert.deepEqual((await oauth('placement.unbind', { PLACEMENT: 'CONTACT_CENTER', HANDLER: 'https://other.example/' })).body.result, { count: 0 });
  assert.deepEqual((await oauth('placement.unbind', { PLACEMENT: 'CONTACT_CENTER' })).body.result, { count: 2 });
  assert.deepEqual((await oauth('placement.list', { SCOPE: 'imopenlines' })).body.result, ['SETTING_CONNECTOR']);
});
