// The list methods of the table through the installed package in Node, against the stand-in
// (which pages them as their docs say, tests/standin/paging.mjs).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';

const CONSUMER = installConsumer('paging');
const { Client, isB24Error, methods } = await importFrom(CONSUMER);

const p = await startStandin({ pagingRows: 450 });
after(() => p.close());
const client = Client.webhook(p.webhookUrl, { plan: false });
const httpRequests = () => p.requests().filter((r) => !r.viaBatch);

async function all(method, params, options) {
  const rows = [];
  for await (const row of client.list(method, params, options)) rows.push(row);
  return rows;
}

test('imopenlines.config.list.get and im.recent.list read to the end (they refused `start` before)', async () => {
  p.reset();
  const lines = await all('imopenlines.config.list.get', {});
  assert.deepEqual(lines.map((l) => Number(l.ID)), Array.from({ length: 450 }, (_, i) => i + 1));
  assert.equal(httpRequests().length, 1, 'three pages of 200 in one batch');
  p.reset();
  const dialogs = await all('im.recent.list', { SKIP_OPENLINES: 'Y' });
  assert.equal(dialogs.length, 450, 'a dialog repeated across pages comes once');
  assert.equal(new Set(dialogs.map((d) => d.chat_id)).size, 450);
});

test('cursor lists: messages back in time, notifications across both stages, events acknowledged as read', async () => {
  const messages = await all('im.dialog.messages.get', { DIALOG_ID: 'chat7' });
  assert.deepEqual(messages.map((m) => m.id), Array.from({ length: 450 }, (_, i) => 450 - i));
  const notifications = await all('im.notify.get', {});
  assert.equal(new Set(notifications.map((n) => n.id)).size, 450);
  const events = await all('im.v2.Event.get', {}, { limit: 120 });
  assert.deepEqual([events[0].eventId, events.at(-1).eventId, events.length], [1001, 1120, 120]);
});

test('a bad limit, a paging param or a method that does not page is refused before anything is sent', async () => {
  p.reset();
  for (const [method, params, options, field] of [
    ['im.recent.list', {}, { limit: -1 }, 'limit'],
    ['im.recent.list', {}, { limit: 1.5 }, 'limit'],
    ['im.recent.list', {}, { limit: '10' }, 'limit'],
    ['im.recent.list', {}, { limit: Number.NaN }, 'limit'],
    ['im.recent.list', { OFFSET: 50 }, {}, 'OFFSET'],
    ['imopenlines.config.list.get', { PARAMS: { limit: 10 } }, {}, 'PARAMS.limit'],
    ['im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }, {}, 'method'],
  ]) {
    await assert.rejects(all(method, params, options), (e) => isB24Error(e) && e.code === 'INVALID_PARAM' && e.field === field, `${method} ${field}`);
  }
  assert.equal(httpRequests().length, 0);
});

test('methods() tells how each list pages', async () => {
  const table = await methods();
  const recent = table.find((m) => m.name === 'im.recent.list');
  assert.deepEqual(recent.paging, {
    kind: 'offset', rowsAt: 'items', sizeParam: 'LIMIT', maxSize: 200, end: 'flag', endField: 'hasMore', offsetParam: 'OFFSET', repeatsBy: 'id',
  });
  const notify = table.find((m) => m.name === 'im.notify.get');
  assert.deepEqual(notify.paging.cursor.stage, { param: 'LAST_TYPE', field: 'notify_type', values: [['1', '1']], otherwise: '3' });
  assert.equal(table.find((m) => m.name === 'im.notify.answer').paging, undefined);
  assert.equal(table.filter((m) => m.paging).length, 17);
  const sessions = table.find((m) => m.name === 'imopenlines.v2.Session.list');
  assert.deepEqual(sessions.paging, {
    kind: 'offset', rowsAt: 'sessions', sizeParam: 'limit', maxSize: 200, end: 'flag', endField: 'hasNextPage', offsetParam: 'offset', maxOffset: 10000,
  });
  assert.deepEqual(table.find((m) => m.name === 'imopenlines.v2.Operator.list').paging.cappedWhen, ['status', 'hasFreeSlots']);
});

test('a list the portal caps at offset 10,000 yields every row it can, then rejects with LIST_CAPPED', async () => {
  p.setOptions({ pagingRows: 10_450 });
  try {
    p.reset();
    const rows = [];
    await assert.rejects(
      (async () => { for await (const row of client.list('imopenlines.v2.Session.list', { status: 'closed' })) rows.push(row); })(),
      (e) => isB24Error(e) && e.code === 'LIST_CAPPED' && /10200 rows were read/.test(e.message),
    );
    assert.deepEqual([rows.length, rows[0].id, rows.at(-1).id], [10_200, 1, 10_200]);
    assert.ok(p.requests().every((r) => r.method !== 'imopenlines.v2.Session.list' || Number(r.params.offset) <= 10_000));
    // Unfiltered operators are not capped: all 10,450 come.
    const operators = await all('imopenlines.v2.Operator.list', {});
    assert.equal(new Set(operators.map((o) => o.userId)).size, 10_450);
  } finally {
    p.setOptions({ pagingRows: 450 });
  }
});
