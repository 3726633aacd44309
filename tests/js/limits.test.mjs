// Working at the portal's limit, through the installed package in Node: batch, lists, the
// limiter under real concurrency, safe retries, timeouts. Against stand-ins on 127.0.0.1.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from '../standin/server.mjs';
import { installConsumer, importFrom } from './lib/consumer.mjs';

const CONSUMER = installConsumer('limits');
const { Client, B24Error, resultRef } = await importFrom(CONSUMER);

const portals = [];
async function portal(options) {
  const started = await startStandin(options);
  portals.push(started);
  return started;
}
after(() => Promise.all(portals.map((p) => p.close())));

/** HTTP requests the stand-in received (commands inside a batch are recorded apart). */
const httpRequests = (p) => p.requests().filter((r) => !r.viaBatch);
const answer = (id) => ['im.notify.answer', { NOTIFY_ID: id, ANSWER_TEXT: `answer ${id}` }];

test('120 commands become 3 batch requests, every result in place', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl, { plan: false });
  const commands = Array.from({ length: 120 }, (_, i) => answer(i + 1));
  const { result, errors } = await client.batch(commands);
  assert.equal(result.length, 120);
  assert.ok(result.every((r) => Array.isArray(r.result_message)));
  assert.equal(Object.keys(errors).length, 0);
  assert.equal(httpRequests(p).length, 3);
  const inner = p.requests().filter((r) => r.viaBatch);
  assert.deepEqual(inner.map((r) => Number(r.params.NOTIFY_ID)), commands.map((c) => c[1].NOTIFY_ID));
});

test('batch results, errors and references are keyed like the commands', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl, { plan: false });
  p.inject({ kind: 'error', method: 'im.notify.answer', status: 400, error: 'ID_ERROR', error_description: 'Notification ID can\'t be empty' });
  const reply = await client.batch({
    contacts: ['crm.contact.list', { order: { ID: 'DESC' } }],
    fails: ['im.notify.answer', { NOTIFY_ID: resultRef('contacts', 0, 'ID'), ANSWER_TEXT: 'x' }],
    skipped: answer(3),
  }, { halt: true });
  assert.equal(reply.result.contacts[0].ID, '10000');
  assert.equal(reply.total.contacts, 10000);
  assert.ok(reply.errors.fails instanceof B24Error);
  assert.equal(reply.errors.fails.code, 'ID_ERROR');
  assert.equal(reply.errors.skipped.code, 'SKIPPED');
  const inner = p.requests().filter((r) => r.viaBatch);
  assert.equal(inner[1].params.NOTIFY_ID, '10000', 'the portal filled the reference in');
  assert.equal(inner.length, 2, 'nothing ran after the failure');

  // Validated before anything is sent.
  const before = p.requests().length;
  await assert.rejects(client.batch([['im.notify.answer', { NOTIFY_ID: 'x' }]]), (e) => e.code === 'INVALID_PARAM' && e.field === 'cmd.0.NOTIFY_ID');
  await assert.rejects(client.batch([['batch', {}]]), (e) => e.code === 'INVALID_PARAM');
  assert.equal(p.requests().length, before);
});

test('10,000 rows arrive complete and unique in 4 requests, with progress', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl);
  const seen = new Set();
  const progress = [];
  for await (const row of client.list('crm.contact.list', { select: ['ID'] }, { idField: 'ID', onProgress: (x) => progress.push(x) })) {
    assert.ok(!seen.has(row.ID), `row ${row.ID} twice`);
    seen.add(row.ID);
  }
  assert.equal(seen.size, 10000);
  assert.equal(httpRequests(p).length, 4);
  assert.deepEqual(progress.at(-1), { rows: 10000, total: 10000, requests: 4 });
  assert.equal(progress.length, 4);
});

test('a list stops on AbortSignal and at its limit', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl);
  const controller = new AbortController();
  let rows = 0;
  await assert.rejects(async () => {
    for await (const _row of client.list('crm.contact.list', {}, { idField: 'ID', signal: controller.signal })) {
      rows += 1;
      if (rows === 2600) controller.abort();
    }
  }, (e) => e.name === 'B24Error' && e.code === 'ABORTED');
  assert.equal(httpRequests(p).length, 2, 'no request after the abort');
  let limited = 0;
  for await (const _row of client.list('crm.item.list', { entityTypeId: 2 }, { idField: 'id', rowsAt: 'items', limit: 75 })) limited += 1;
  assert.equal(limited, 75);
});

test('a burst of 300 concurrent calls against a 50/2 portal gets 0 refusals', async () => {
  // The stand-in's clock runs 50x faster; the client is told the same numbers.
  const p = await portal({ bucket: { size: 50, drain: 2 }, clockScale: 50 });
  const client = Client.webhook(p.webhookUrl, { plan: { size: 50, drain: 100 } });
  const outcomes = await Promise.allSettled(Array.from({ length: 300 }, (_, i) => client.call(...answer(i + 1))));
  assert.equal(outcomes.filter((o) => o.status === 'rejected').length, 0);
  assert.equal(p.stats().refused503, 0);
  assert.equal(p.stats().requests, 300);
  assert.ok(client.stats().waitedMs > 0);
});

test('clients of one portal share its bucket', async () => {
  const p = await portal({ bucket: { size: 10, drain: 2 }, clockScale: 20 });
  const plan = { size: 10, drain: 40 };
  const a = Client.webhook(p.webhookUrl, { plan });
  const b = Client.webhook(p.webhookUrl, { plan });
  await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).call(...answer(i + 1))));
  assert.equal(p.stats().refused503, 0, 'two clients, one bucket: never refused');
  assert.ok(a.stats().waitedMs + b.stats().waitedMs > 0);
});

test('a call the portal throttles once is sent again and done once', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl);
  p.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
  const id = await client.call('imopenlines.crm.message.add', { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1, USER_ID: 1, CHAT_ID: 1, MESSAGE: 'm' });
  assert.equal(typeof id, 'number');
  assert.deepEqual(p.requests().map((r) => r.status), [503, 200]);
  assert.equal(client.stats().refusals, 1);
});

test('a write whose connection drops after sending is not repeated and is reported as possibly done', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl);
  p.inject({ kind: 'drop' });
  await assert.rejects(
    client.call('imopenlines.crm.message.add', { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY: 1, USER_ID: 1, CHAT_ID: 1, MESSAGE: 'm' }),
    (e) => e instanceof B24Error && e.code === 'OUTCOME_UNKNOWN' && /may have been carried out/.test(e.message),
  );
  assert.equal(p.requests().length, 1);
  // A read is asked again.
  p.inject({ kind: 'drop' });
  await client.call('imopenlines.config.get', { CONFIG_ID: 1 });
  assert.deepEqual(p.requests().slice(1).map((r) => r.status), [null, 200]);
});

test('timeoutMs ends a slow request; a write is then OUTCOME_UNKNOWN, sent once', async () => {
  const p = await portal({});
  const client = Client.webhook(p.webhookUrl, { timeoutMs: 200 });
  p.inject({ kind: 'delay', ms: 1000 });
  await assert.rejects(client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' }), (e) => e.code === 'OUTCOME_UNKNOWN');
  assert.equal(p.requests().length, 1);
  assert.throws(() => Client.webhook(p.webhookUrl, { plan: 'premium' }), (e) => e.code === 'INVALID_CONFIG');
});
