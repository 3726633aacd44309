// The stand-in pages the list methods of our scopes as their docs pages describe (paging.mjs).
// Each list is read here the way its page tells a client to, over real HTTP.  Run: node --test tests/standin/

import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from './server.mjs';
import { buildPhpQuery } from './phpquery.mjs';

const ROWS = 300;

let portal;
let calls = 0;

async function rest(method, params = {}) {
  calls += 1;
  const res = await fetch(`${portal.webhookUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  const json = await res.json();
  assert.equal(res.status, 200, JSON.stringify(json));
  return json;
}

/** Runs `cmd` ({key: [method, params]}) as one batch; returns the batch's `result`. */
async function batch(cmd) {
  const encoded = Object.fromEntries(Object.entries(cmd).map(([k, [m, p]]) => [k, `${m}?${buildPhpQuery(p)}`]));
  return (await rest('batch', { halt: 0, cmd: encoded })).result;
}

const sorted = (ids) => [...ids].sort((a, b) => a - b);
const oneTo = (n) => Array.from({ length: n }, (_, i) => i + 1);

/** Reads an OFFSET/LIMIT list to its end, stepping OFFSET by LIMIT; `done(reply, rows)` says when it ended. */
async function readOffset(method, params, { offset = 'OFFSET', limit = 'LIMIT', size, rows, done }) {
  const out = [];
  let pages = 0;
  for (let at = 0; ; at += size) {
    const reply = await rest(method, { ...params, [offset]: at, [limit]: size });
    const page = rows(reply.result);
    out.push(...page);
    pages += 1;
    assert.ok(pages < 100, `${method} does not end`);
    if (done(reply, page)) break;
  }
  return { rows: out, pages };
}

describe('paging of the list methods (paging.mjs)', () => {
  before(async () => {
    portal = await startStandin({ pagingRows: ROWS });
  });
  after(async () => {
    await portal.close();
  });
  beforeEach(() => {
    portal.reset();
    portal.setOptions({ pagingRows: ROWS });
    calls = 0;
  });

  test('OFFSET/LIMIT with total and next: the search methods, colleagues, dialog users', async () => {
    for (const [method, params, max] of [
      ['im.search.chat.list', { FIND: 'Pro' }, 50],
      ['im.search.department.list', { FIND: 'De' }, 50],
      ['im.search.user.list', { FIND: 'Jo' }, 50],
      ['im.department.colleagues.list', { USER_DATA: 'Y' }, 50],
      ['im.dialog.users.list', { DIALOG_ID: 'chat5' }, 200],
    ]) {
      const rowsOf = (result) => (Array.isArray(result) ? result : Object.values(result));
      const { rows, pages } = await readOffset(method, params, {
        size: max,
        rows: rowsOf,
        done: (reply) => reply.next === undefined,
      });
      assert.deepEqual(sorted(rows.map((r) => r.id)), oneTo(ROWS), method);
      assert.equal(pages, Math.ceil(ROWS / max), method);
      // A bigger LIMIT is cut to the documented maximum; next and total say where to go on.
      const first = await rest(method, { ...params, OFFSET: 0, LIMIT: 1000 });
      assert.equal(rowsOf(first.result).length, max, method);
      assert.deepEqual([first.total, first.next], [ROWS, max], method);
      // The default page size.
      const plain = await rest(method, params);
      assert.equal(rowsOf(plain.result).length, method === 'im.dialog.users.list' ? 50 : 10, method);
    }
    // im.search.user.list keys its users by ID; an empty page is [].
    const keyed = await rest('im.search.user.list', { FIND: 'Jo', OFFSET: 40, LIMIT: 3 });
    assert.deepEqual(Object.keys(keyed.result), ['41', '42', '43']);
    assert.deepEqual((await rest('im.search.user.list', { FIND: 'Jo', OFFSET: ROWS })).result, []);
    // Colleagues without USER_DATA are plain IDs.
    assert.deepEqual((await rest('im.department.colleagues.list', { OFFSET: 5, LIMIT: 3 })).result, [6, 7, 8]);
    // im.dialog.users.list read by LAST_ID answers without total or next.
    const byLast = await rest('im.dialog.users.list', { DIALOG_ID: 'chat5', LAST_ID: 10, LIMIT: 5 });
    assert.deepEqual(byLast.result.map((u) => u.id), [11, 12, 13, 14, 15]);
    assert.equal(byLast.total, undefined);
  });

  test('im.recent.list: OFFSET steps by LIMIT, hasMore ends it, dialogs may repeat across pages', async () => {
    const { rows, pages } = await readOffset('im.recent.list', { SKIP_OPENLINES: 'Y' }, {
      size: 200,
      rows: (result) => result.items,
      done: (reply) => !reply.result.hasMore,
    });
    assert.equal(pages, 2);
    const ids = rows.map((r) => r.chat_id);
    // Dialog 200 ends the first page and starts the second: the docs' overlap.
    assert.equal(ids.length, ROWS + 1);
    assert.deepEqual(sorted([...new Set(ids)]), oneTo(ROWS));
    assert.equal(ids[199], 200);
    assert.equal(ids[200], 200);
    const first = await rest('im.recent.list', { LIMIT: 500 });
    assert.equal(first.result.items.length, 200, 'LIMIT is at most 200');
    assert.equal(first.total, -1);
    assert.equal((await rest('im.recent.list', {})).result.items.length, 50, 'LIMIT is 50 by default');
    // The rows are the documented dialog with its IDs changed.
    assert.equal(rows[0].id, 'chat1');
    assert.ok('message' in rows[0] && 'counter' in rows[0]);
  });

  test('imbot.v2.Bot.list (offset/limit, hasNextPage) and imopenlines.config.list.get (PARAMS.offset/PARAMS.limit, a short page ends it)', async () => {
    const bots = await readOffset('imbot.v2.Bot.list', {}, {
      offset: 'offset',
      limit: 'limit',
      size: 50,
      rows: (result) => result.bots,
      done: (reply) => !reply.result.hasNextPage,
    });
    assert.deepEqual(bots.rows.map((b) => b.id), oneTo(ROWS));
    assert.equal(bots.pages, 6);

    const lines = [];
    for (let offset = 0; ; offset += 200) {
      const page = (await rest('imopenlines.config.list.get', { PARAMS: { offset, limit: 200 } })).result;
      lines.push(...page);
      if (page.length < 200) break;
    }
    assert.deepEqual(lines.map((l) => Number(l.ID)), oneTo(ROWS));
    assert.equal((await rest('imopenlines.config.list.get', {})).result.length, 50, '50 by default');
    assert.equal((await rest('imopenlines.config.list.get', { PARAMS: { limit: 900 } })).result.length, 200, 'at most 200');
  });

  test('im.dialog.messages.get: LAST_ID = the smallest ID so far reads back in time, FIRST_ID forward', async () => {
    const seen = [];
    let lastId;
    for (;;) {
      const page = (await rest('im.dialog.messages.get', { DIALOG_ID: 'chat7', LIMIT: 50, ...(lastId ? { LAST_ID: lastId } : {}) })).result.messages;
      seen.push(...page.map((m) => m.id));
      if (page.length < 50) break;
      lastId = Math.min(...page.map((m) => m.id));
    }
    assert.deepEqual(seen, oneTo(ROWS).reverse());
    const newer = (await rest('im.dialog.messages.get', { DIALOG_ID: 'chat7', FIRST_ID: 100, LIMIT: 5 })).result.messages;
    assert.deepEqual(newer.map((m) => m.id), [105, 104, 103, 102, 101], 'the next five, newest first');
    assert.equal((await rest('im.dialog.messages.get', { DIALOG_ID: 'chat7' })).result.messages.length, 20, '20 by default');
    assert.equal((await rest('im.dialog.messages.get', { DIALOG_ID: 'chat7', LIMIT: 80 })).result.messages.length, 50, 'at most 50');
  });

  test('im.dialog.messages.search: LAST_ID continues after the last row in ORDER', async () => {
    for (const order of ['DESC', 'ASC']) {
      const seen = [];
      let lastId;
      for (;;) {
        const params = { CHAT_ID: 7, ORDER: { ID: order }, LIMIT: 200, ...(lastId ? { LAST_ID: lastId } : {}) };
        const page = (await rest('im.dialog.messages.search', params)).result.messages;
        seen.push(...page.map((m) => m.id));
        if (page.length < 200) break;
        lastId = page[page.length - 1].id;
      }
      assert.deepEqual(seen, order === 'ASC' ? oneTo(ROWS) : oneTo(ROWS).reverse(), order);
    }
  });

  test('im.notify.get: confirmations first, then the rest; LAST_ID + LAST_TYPE of the last row go on', async () => {
    const seen = [];
    let cursor = {};
    for (;;) {
      const page = (await rest('im.notify.get', { LIMIT: 50, ...cursor })).result.notifications;
      seen.push(...page);
      if (page.length < 50) break;
      const last = page[page.length - 1];
      cursor = { LAST_ID: last.id, LAST_TYPE: last.notify_type === 1 ? 1 : 3 };
    }
    assert.deepEqual(sorted(seen.map((n) => n.id)), oneTo(ROWS));
    const stage = seen.map((n) => n.notify_type === 1);
    assert.equal(stage.indexOf(false), stage.lastIndexOf(true) + 1, 'every confirmation comes before every plain one');
    // A page that crosses from confirmations into plain notifications.
    const confirmations = seen.filter((n) => n.notify_type === 1).length;
    const crossing = (await rest('im.notify.get', { LIMIT: 50, LAST_ID: seen[confirmations - 3].id, LAST_TYPE: 1 })).result.notifications;
    assert.deepEqual(crossing.map((n) => n.id), seen.slice(confirmations - 2, confirmations + 48).map((n) => n.id));
  });

  test('im.notify.history.search pages chain in one batch through $result references', async () => {
    const pages = Math.ceil(ROWS / 50) + 1;
    const cmd = {};
    for (let i = 0; i < pages; i++) {
      cmd[`p${i}`] = ['im.notify.history.search', { SEARCH_TEXT: 'invoice', LIMIT: 50, ...(i ? { LAST_ID: `$result[p${i - 1}][notifications][49][id]` } : {}) }];
    }
    const result = await batch(cmd);
    const ids = [];
    for (let i = 0; i < pages; i++) {
      const page = result.result[`p${i}`].notifications;
      ids.push(...page.map((n) => n.id));
      if (page.length < 50) break;
    }
    assert.deepEqual(ids, oneTo(ROWS).reverse());
    assert.equal(result.result.p0.total_results, ROWS, 'the first page says how many');
    assert.equal(result.result.p1.total_results, undefined, 'later pages do not');
  });

  test('Event.get: offset acknowledges the events before it, nextOffset and hasMore go on', async () => {
    for (const [method, params] of [['im.v2.Event.get', {}], ['imbot.v2.Event.get', { botId: 456 }]]) {
      const seen = [];
      let offset;
      for (;;) {
        const result = (await rest(method, { ...params, limit: 100, ...(offset ? { offset } : {}) })).result;
        seen.push(...result.events.map((e) => e.eventId));
        offset = result.nextOffset;
        if (!result.hasMore) break;
      }
      assert.deepEqual(seen, oneTo(ROWS).map((i) => 1000 + i), method);
      // Not acknowledged yet: the last page comes again without an offset...
      assert.equal((await rest(method, { ...params, limit: 1000 })).result.events.length, 100, method);
      // ...and once acknowledged, nothing is left.
      const empty = (await rest(method, { ...params, offset })).result;
      assert.deepEqual([empty.events.length, empty.nextOffset, empty.hasMore], [0, offset, false], method);
    }
  });

  test('more rows than one batch of pages holds', async () => {
    portal.setOptions({ pagingRows: 2600 });
    const ids = [];
    let requests = 0;
    for (let at = 0; at < 2600; at += 50 * 50) {
      const cmd = {};
      for (let i = 0; i < 50; i++) cmd[`p${i}`] = ['im.search.chat.list', { FIND: 'Pro', OFFSET: at + i * 50, LIMIT: 50 }];
      const result = await batch(cmd);
      requests += 1;
      for (let i = 0; i < 50; i++) {
        ids.push(...result.result[`p${i}`].map((c) => c.id));
        if (result.result_next[`p${i}`] === undefined) break;
      }
      assert.equal(result.result_total.p0, 2600);
    }
    assert.equal(requests, 2);
    assert.deepEqual(ids, oneTo(2600));
  });

  test('imopenlines.v2 statistics lists: offset/limit 1-200, hasNextPage, OFFSET_TOO_LARGE past 10,000', async () => {
    portal.setOptions({ pagingRows: 10_450 });
    const raw = (method, params) => fetch(`${portal.webhookUrl}${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
    // Operator.list without status/hasFreeSlots is not capped: read to its end, 200 a page.
    const operators = await readOffset('imopenlines.v2.Operator.list', { configId: 3 }, {
      offset: 'offset', limit: 'limit', size: 200, rows: (r) => r.operators.map((x) => x.userId), done: (r) => !r.result.hasNextPage,
    });
    assert.deepEqual([operators.rows.length, operators.pages], [10_450, 53]);
    assert.deepEqual(operators.rows, oneTo(10_450));
    // Session.list: the page at offset 10,000 is the last one the portal takes.
    const row = (await rest('imopenlines.v2.Session.list', { limit: 1 })).result.sessions[0];
    assert.equal(row.configId, 3, 'the documented session row');
    const last = (await rest('imopenlines.v2.Session.list', { offset: 10_000, limit: 200 })).result;
    assert.deepEqual([last.sessions[0].id, last.sessions.length, last.hasNextPage], [10_001, 200, true]);
    for (const method of ['imopenlines.v2.Session.list', 'imopenlines.v2.Session.Rating.list']) {
      const past = await raw(method, { dateVoteFrom: '2026-01-01', dateVoteTo: '2026-02-01', offset: 10_001 });
      assert.equal(past.status, 400);
      assert.equal((await past.json()).error, 'OFFSET_TOO_LARGE', method);
    }
    // Operator.list: uncapped without status/hasFreeSlots, capped with either.
    const tail = (await rest('imopenlines.v2.Operator.list', { offset: 10_400, limit: 200 })).result;
    assert.deepEqual([tail.operators.length, tail.operators[0].userId, tail.hasNextPage], [50, 10_401, false]);
    for (const filter of [{ status: 'online' }, { hasFreeSlots: 'Y' }]) {
      const past = await raw('imopenlines.v2.Operator.list', { ...filter, offset: 10_001 });
      assert.equal(past.status, 400);
    }
    // limit is clamped into 1-200; ratings carry their sessionId.
    const ratings = (await rest('imopenlines.v2.Session.Rating.list', { dateVoteFrom: '2026-01-01', dateVoteTo: '2026-02-01', limit: 500 })).result;
    assert.equal(ratings.ratings.length, 200);
    assert.deepEqual(ratings.ratings.slice(0, 2).map((r) => r.sessionId), [1, 2]);
    assert.equal((await rest('imopenlines.v2.Session.Rating.list', { dateVoteFrom: '2026-01-01', dateVoteTo: '2026-02-01', limit: 0 })).result.ratings.length, 1);
    const missing = await raw('imopenlines.v2.Session.Rating.list', { dateVoteTo: '2026-02-01' });
    assert.notEqual(missing.status, 200, 'the vote period is required');
  });

  test('imopenlines.v2 statistics refusals as their error tables list them (stats.mjs)', async () => {
    const call = async (method, params) => {
      const res = await fetch(`${portal.webhookUrl}${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
      return [res.status, (await res.json()).error ?? 'ok'];
    };
    const ids = (n) => Array.from({ length: n }, (_, i) => i + 1);
    for (const [method, params, want] of [
      ['imopenlines.v2.Stat.get', { dateFrom: '2026-01-01T00:00:00+02:00', dateTo: '2027-01-02T00:00:00+02:00' }, [200, 'ok']],
      ['imopenlines.v2.Stat.get', { dateFrom: '2026-01-01T00:00:00+02:00', dateTo: '2027-01-02T00:00:01+02:00' }, [400, 'PERIOD_TOO_LARGE']],
      ['imopenlines.v2.Stat.get', { dateFrom: '2026-06-30', dateTo: '2026-06-01' }, [400, 'INVALID_FILTER']],
      ['imopenlines.v2.Stat.get', { dateFrom: '01.06.2026', dateTo: '2026-06-30' }, [400, 'INVALID_FILTER']],
      ['imopenlines.v2.Stat.get', { dateTo: '2026-06-30' }, [400, 'PERIOD_REQUIRED']],
      ['imopenlines.v2.Session.list', { status: 'closed', closeReason: 'spam' }, [400, 'INVALID_FILTER']],
      ['imopenlines.v2.Session.list', { kpiFirstAnswer: true, dateCreateFrom: '2026-06-01' }, [400, 'INVALID_FILTER']],
      ['imopenlines.v2.Session.list', { configIdList: ids(1001) }, [400, 'INVALID_FILTER']],
      ['imopenlines.v2.Session.list', { kpiFirstAnswer: true, dateCloseFrom: '2026-06-01', dateCloseTo: '2026-06-30' }, [200, 'ok']],
      ['imopenlines.v2.Session.Stat.get', { sessionId: ids(101) }, [400, 'BATCH_LIMIT_EXCEEDED']],
      // Duplicates are removed before counting (the page's note).
      ['imopenlines.v2.Session.Stat.get', { sessionId: [...ids(100), 1, 2] }, [200, 'ok']],
      ['imopenlines.v2.Session.Transfer.list', { sessionId: ids(51) }, [400, 'BATCH_LIMIT_EXCEEDED']],
      ['imopenlines.v2.Session.Transfer.list', { sessionId: 7 }, [400, 100]],
    ]) {
      assert.deepEqual(await call(method, params), want, `${method} ${JSON.stringify(params).slice(0, 80)}`);
    }
  });

  test('paged answers keep the documented shape and the required-param errors', async () => {
    const page = (await rest('im.search.chat.list', { FIND: 'Pro', LIMIT: 1 })).result[0];
    assert.ok('restrictions' in page && 'owner' in page, 'the documented chat row');
    const missing = await fetch(`${portal.webhookUrl}im.dialog.messages.get`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.notEqual(missing.status, 200, 'DIALOG_ID is still required');
    assert.ok(calls > 0);
  });
});
