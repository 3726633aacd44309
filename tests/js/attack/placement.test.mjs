// The placement handler under a hostile sender, through the installed package: the reader of
// the placement POST (src/events/placement.rs) refuses what the portal never sends, within its
// bounds, naming the field, and the answers and log lines leak no token. Every server is a
// node:http server started here, or the package's web handler called directly.

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { installed } from './lib.mjs';

const pkg = await installed('placement', ['events']);
const { createPlacementNodeHandler, createPlacementWebHandler, parsePlacement, memoryTokenStore } = pkg.events;

const MEMBER = 'da45a03b265ed12127f8a258d793cc5d';
const APP_TOKEN = 'ec1b2074a9d3f5c81b6e40d27a95cf38';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const QUERY = 'DOMAIN=portal.bitrix24.com&PROTOCOL=1&LANG=en&APP_SID=s';

function form(fields) {
  return new URLSearchParams(fields).toString();
}

const good = (extra = {}) => ({
  AUTH_ID: 'access-secret-1', AUTH_EXPIRES: '3600', REFRESH_ID: 'refresh-secret-1', member_id: MEMBER, status: 'L',
  APPLICATION_TOKEN: APP_TOKEN, PLACEMENT: 'IM_TEXTAREA', PLACEMENT_OPTIONS: '{"dialogId":"chat2","URI":"/online/"}', ...extra,
});

describe('the placement handler under attack', () => {
  const seen = [];
  let pages = 0;
  const logger = { warn: (l) => seen.push(String(l)), error: (l) => seen.push(String(l)) };
  const web = createPlacementWebHandler({
    store: memoryTokenStore({ [MEMBER]: APP_TOKEN }),
    logger,
    maxBodyBytes: 64 * 1024,
    onPlacement: () => {
      pages += 1;
      return '<p>page</p>';
    },
  });
  const send = (body, query = QUERY) => web(new Request(`https://app.example.com/h?${query}`, { method: 'POST', headers: FORM, body }));
  const refusal = async (body, query) => {
    const before = pages;
    const answer = await send(body, query);
    assert.equal(pages, before, 'the page never runs');
    return { status: answer.status, body: await answer.json() };
  };

  test('the genuine request passes (the control)', async () => {
    const answer = await send(form(good()));
    assert.equal(answer.status, 200);
    assert.equal(await answer.text(), '<p>page</p>');
  });

  test('oversized: 413 past maxBodyBytes, reading stops', async () => {
    const big = form(good({ PLACEMENT_OPTIONS: JSON.stringify({ dialogId: 'chat2', pad: 'x'.repeat(80 * 1024) }) }));
    assert.equal((await refusal(big)).status, 413);
  });

  test('a key given twice, in the body, inside PLACEMENT_OPTIONS, or in both query and body: 400', async () => {
    const twice = `${form(good())}&PLACEMENT=IM_NAVIGATION`;
    assert.equal((await refusal(twice)).status, 400);
    const inner = form(good({ PLACEMENT_OPTIONS: '{"dialogId":"chat2","dialogId":"chat666"}' }));
    assert.equal((await refusal(inner)).status, 400);
    const both = form(good({ DOMAIN: 'evil.example' }));
    assert.equal((await refusal(both)).status, 400);
  });

  test('bad JSON in PLACEMENT_OPTIONS names the field', async () => {
    for (const bad of ['{"dialogId":', 'not json', '"a string"', '{"dialogId":"c","__proto__":{"x":1}}', '{"dialogId":9007199254740993}']) {
      const { status, body } = await refusal(form(good({ PLACEMENT_OPTIONS: bad })));
      assert.equal(status, 400, bad);
      assert.equal(body.error, 'INVALID_EVENT', bad);
    }
    const e = await parsePlacement(form(good({ PLACEMENT_OPTIONS: '{"dialogId":' })), { query: QUERY }).catch((x) => x);
    assert.equal(e.field, 'PLACEMENT_OPTIONS');
    const missing = await parsePlacement(form(good({ PLACEMENT_OPTIONS: '{"URI":"/online/"}' })), { query: QUERY }).catch((x) => x);
    assert.equal(missing.field, 'PLACEMENT_OPTIONS.dialogId');
  });

  test('an unknown placement code, a DOMAIN that would bend the endpoint: 400', async () => {
    const unknown = await parsePlacement(form(good({ PLACEMENT: 'CRM_DEAL_DETAIL_TAB' })), { query: QUERY }).catch((x) => x);
    assert.equal(unknown.code, 'INVALID_EVENT');
    assert.equal(unknown.field, 'PLACEMENT');
    for (const domain of ['evil.example/x?', 'a@b.example', 'portal.bitrix24.com#', ' portal.bitrix24.com', 'portal.bitrix24.com:99999x']) {
      const { status } = await refusal(form(good()), `DOMAIN=${encodeURIComponent(domain)}&PROTOCOL=1`);
      assert.equal(status, 400, domain);
    }
  });

  test('a forged application token: 401, one answer for every refusal, no token in any line', async () => {
    const forged = await refusal(form(good({ APPLICATION_TOKEN: 'f'.repeat(32) })));
    const unknownPortal = await refusal(form(good({ member_id: 'x'.repeat(32), APPLICATION_TOKEN: 'f'.repeat(32) })));
    assert.equal(forged.status, 401);
    assert.deepEqual(forged.body, unknownPortal.body, 'the answer tells no one whether a portal is installed');
    const all = seen.join('\n');
    for (const secret of ['access-secret-1', 'refresh-secret-1', APP_TOKEN, 'f'.repeat(32)]) assert.ok(!all.includes(secret), secret);
    assert.ok(seen.some((l) => /b24 placement refused status=401/.test(l)));
  });

  test('the node handler refuses the same way, and answers only POST', async () => {
    const handler = createPlacementNodeHandler({ store: memoryTokenStore(), logger: false, onPlacement: () => 'x' });
    const server = http.createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address();
      const answer = await fetch(`http://127.0.0.1:${port}/h?${QUERY}`, { method: 'POST', headers: FORM, body: form(good({ PLACEMENT: 'nope' })) });
      assert.equal(answer.status, 400);
      assert.equal((await fetch(`http://127.0.0.1:${port}/h`)).status, 405);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
