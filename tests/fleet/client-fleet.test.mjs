// The fleet through the real client, as npm installs it: worker processes each run
// `Client.webhook(url, { store: createRedisStore(redis), plan })` or `Client.oauth({ clientId,
// clientSecret, refreshToken, onTokens, store })` against the stand-in (its bucket refuses
// what goes over; its OAuth server rotates refresh tokens) and a real redis-server. The
// assertions are counts (refusals, writes run once, refreshes, onTokens calls), never times.
// Needs the built package (`npm run build`); scripts/test.sh runs this file after the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createClient } from 'redis';
import { startStandin } from '../standin/server.mjs';
import { startRedis } from './lib/redis-server.mjs';
import { runFleet, makeBatches, countWrites, writesOf, CLIENT_WORKER } from './lib/fleet.mjs';
import { installedEntries } from './lib/package.mjs';

const WORKERS = 4;
// The client is told the portal's real bucket; the core gives the store one slot less.
const PORTAL_BUCKET = { size: 10, drain: 4 };
const PLAN = { size: 10, drain: 4 };
const SHAPE = { workers: WORKERS, batchesPerWorker: 6, commandsPerBatch: 5 };
const CLIENT_ID = 'standin-client';
const CLIENT_SECRET = 'standin-client-secret';
const FIRST_REFRESH = 'standin-refresh-1';
const FIRST_ACCESS = 'standin-token-1';

let pkg;
let redis;
let portal;
before(async () => {
  pkg = installedEntries('fleet-client');
  redis = await startRedis();
  portal = await startStandin({ bucket: PORTAL_BUCKET });
});
after(async () => {
  await portal?.close();
  await redis?.stop();
});

let runs = 0;
function batchConfigs(batches, { store = 'redis', redisUrl = redis.url, options = {}, concurrency } = {}) {
  const prefix = `client${++runs}:`;
  return batches.map((list) => ({
    mode: 'batches',
    entry: pkg.entry,
    redisEntry: pkg.redisEntry,
    storeEntry: pkg.storeEntry,
    webhookUrl: portal.webhookUrl,
    store,
    redisUrl,
    prefix,
    options: { plan: PLAN, ...options },
    batches: list,
    concurrency,
  }));
}

function resetPortal(bucket = PORTAL_BUCKET) {
  portal.reset();
  portal.setOptions({ bucket });
}

const refusalsOf = (reports) => reports.reduce((n, r) => n + r.stats.refusals, 0);

// Every write of a batch the client answered as run ran once; every write of a batch it
// answered as not run (a refusal it gave up on) never ran.
function assertRanAsReported(batches, outcomeById) {
  const writes = countWrites(portal.requests(), writesOf(batches));
  assert.equal(writes.duplicated, 0, 'a write ran twice');
  for (const batch of batches) {
    const ran = writesOf([batch]).filter((text) => writes.ran.has(text)).length;
    const outcome = outcomeById.get(batch.id);
    if (outcome === 'sent') assert.equal(ran, writesOf([batch]).length, `${batch.id} was answered but did not run`);
    else if (outcome === 'QUERY_LIMIT_EXCEEDED') assert.equal(ran, 0, `${batch.id} was given up as refused, yet ran`);
  }
  return writes;
}

function outcomesById() {
  const map = new Map();
  return {
    map,
    onMessage(i, m) {
      if (m.type === 'batch') map.set(m.id, m.outcome);
    },
  };
}

test('4 worker processes of the installed client sharing one Redis store: the portal refuses nothing, every write runs once', async (t) => {
  resetPortal();
  const batches = makeBatches(SHAPE);
  const seen = outcomesById();
  const configs = batchConfigs(batches);
  const run = await runFleet(configs, { worker: CLIENT_WORKER, onMessage: seen.onMessage });
  assert.deepEqual(run.errors, []);
  t.diagnostic(`stats: ${JSON.stringify(run.reports.map((r) => r.stats))}`);
  // The bucket the clients booked is the portal's origin, in Redis, and carries no secret.
  const redisClient = createClient({ url: redis.url });
  await redisClient.connect();
  const keys = await redisClient.sendCommand(['KEYS', `${configs[0].prefix}*`]);
  await redisClient.destroy();
  assert.deepEqual(keys, [`${configs[0].prefix}bucket:${portal.url}`]);
  assert.equal(portal.stats().refused503, 0, `the portal refused a request of the shared bucket (store warnings: ${JSON.stringify(run.reports.map((r) => r.warnings))})`);
  assert.deepEqual(run.reports.map((r) => r.stats.refusals), [0, 0, 0, 0]);
  assert.deepEqual(run.reports.map((r) => r.outcomes), Array(WORKERS).fill({ sent: SHAPE.batchesPerWorker }));
  assert.equal(portal.stats().batches, WORKERS * SHAPE.batchesPerWorker);
  const writes = assertRanAsReported(batches.flat(), seen.map);
  assert.equal(writes.lost, 0);
});

test('the same fleet without a store (a bucket per process): the portal refuses, the clients repeat only refused requests, nothing runs twice', async (t) => {
  resetPortal();
  const batches = makeBatches(SHAPE);
  const seen = outcomesById();
  const run = await runFleet(batchConfigs(batches, { store: 'none' }), { worker: CLIENT_WORKER, onMessage: seen.onMessage });
  assert.deepEqual(run.errors, []);
  const refused = portal.stats().refused503;
  t.diagnostic(`refusals without a store: ${refused}; outcomes ${JSON.stringify(run.reports.map((r) => r.outcomes))}`);
  // Four buckets of 10, each starting full, burst past the portal's one bucket of 10: the
  // check in the test above can fail.
  assert.ok(refused > 0, 'four per-process buckets did not overrun the portal');
  assert.equal(refusalsOf(run.reports), refused, 'every refusal was seen by a client');
  assertRanAsReported(batches.flat(), seen.map);
});

test('a worker SIGKILLed halfway: the others finish with 0 refusals and nothing lost; its own writes ran at most once', async () => {
  resetPortal();
  const batches = makeBatches(SHAPE);
  const seen = outcomesById();
  let killed = false;
  const run = await runFleet(batchConfigs(batches), {
    worker: CLIENT_WORKER,
    onMessage(i, m, worker) {
      seen.onMessage(i, m);
      const victimSent = [...seen.map].filter(([id, o]) => id.startsWith('w0-') && o === 'sent').length;
      if (i === 0 && !killed && victimSent === SHAPE.batchesPerWorker / 2) {
        killed = true;
        worker.kill('SIGKILL');
      }
    },
  });
  assert.deepEqual(run.errors, []);
  assert.equal(run.exits[0].signal, 'SIGKILL');
  assert.deepEqual(run.exits.slice(1).map((e) => e.code), [0, 0, 0]);
  assert.equal(portal.stats().refused503, 0, `store warnings: ${JSON.stringify(run.reports.slice(1).map((r) => r.warnings))}`);
  assert.deepEqual(run.reports.slice(1).map((r) => r.stats.refusals), [0, 0, 0]);
  assert.deepEqual(run.reports.slice(1).map((r) => r.outcomes), Array(WORKERS - 1).fill({ sent: SHAPE.batchesPerWorker }));
  const survivors = assertRanAsReported(batches.slice(1).flat(), seen.map);
  assert.equal(survivors.lost, 0);
  // The victim's answered batches ran once; the rest ran at most once.
  assertRanAsReported(batches[0], seen.map);
});

test('Redis stopped during the run: each client falls back to its own bucket with one logger warning, nothing hangs, nothing is lost or doubled', async (t) => {
  resetPortal();
  const own = await startRedis();
  try {
    const batches = makeBatches(SHAPE);
    const seen = outcomesById();
    let answered = 0;
    let stopped = null;
    // Two batches at a time per worker, so reservations go on after Redis has stopped.
    const run = await runFleet(batchConfigs(batches, { redisUrl: own.url, concurrency: 2 }), {
      worker: CLIENT_WORKER,
      timeoutMs: 60_000,
      onMessage(i, m) {
        seen.onMessage(i, m);
        // After the second answer each worker has booked about 4 of its 6 (two batches in
        // flight; a leased block may hold one or two more), so workers meet the dead Redis.
        if (m.type === 'batch' && ++answered === 2) stopped = own.stop();
      },
    });
    await stopped;
    assert.ok(stopped, 'Redis was stopped during the run');
    assert.deepEqual(run.errors, []);
    assert.deepEqual(run.exits.map((e) => e.code), [0, 0, 0, 0], 'a worker hung or crashed');
    t.diagnostic(`refusals after the fallback: ${portal.stats().refused503}; outcomes ${JSON.stringify(run.reports.map((r) => r.outcomes))}`);
    // One warning per outage; a worker that finished on slots it leased before never met it.
    for (const r of run.reports) {
      assert.ok(r.warnings.length <= 1, JSON.stringify(r.warnings));
      for (const w of r.warnings) assert.match(w, /Redis unavailable .*fall back to this process's memory/);
    }
    assert.ok(run.reports.some((r) => r.warnings.length === 1), 'no worker met the outage');
    // Refusals, if any, come from the per-process buckets; the clients saw each and sent again.
    assert.equal(refusalsOf(run.reports), portal.stats().refused503);
    assert.deepEqual(run.reports.map((r) => r.outcomes), Array(WORKERS).fill({ sent: SHAPE.batchesPerWorker }));
    const writes = assertRanAsReported(batches.flat(), seen.map);
    assert.equal(writes.lost, 0);
  } finally {
    await own.stop();
  }
});

// ---- the store as the client uses it, in this process ------------------------------------------

test('the client books each request in the store under the portal origin with the portal plan less its spare slots, and reports each refusal', async () => {
  const { Client } = await import(pkg.entry);
  const { createMemoryStore } = await import(pkg.storeEntry);
  resetPortal(null);
  const inner = createMemoryStore();
  const seen = [];
  const store = {
    reserve: (key, plan, now) => {
      seen.push(['reserve', key, plan.size, plan.drain, typeof now]);
      return inner.reserve(key, plan, now);
    },
    refused: (key, plan, now) => {
      seen.push(['refused', key, plan.size, plan.drain, typeof now]);
      return inner.refused(key, plan, now);
    },
  };
  const client = Client.webhook(portal.webhookUrl, { store, plan: { size: 50, drain: 2 } });
  portal.inject({ kind: 'error', status: 503, error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
  await client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'booked' });
  // Cold (no round trip measured before the first request): 3 spare slots of 50/2; once the
  // refusal's loopback round trip is measured, 2.
  assert.deepEqual(seen.slice(0, 3), [
    ['reserve', portal.url, 47, 2, 'number'],
    ['refused', portal.url, 48, 2, 'number'],
    ['reserve', portal.url, 48, 2, 'number'],
  ]);
  assert.equal(seen.length, 3);
  assert.equal(client.stats().refusals, 1);
  assert.equal(portal.requests().filter((r) => r.params.ANSWER_TEXT === 'booked').map((r) => r.status).join(), '503,200');
  await client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'warm' });
  assert.deepEqual(seen[3], ['reserve', portal.url, 48, 2, 'number']);
});

test('a limiter store that hangs or throws: the call ends unsent within its deadline, an abort ends it at once, and nothing reaches the portal', async () => {
  const { Client } = await import(pkg.entry);
  resetPortal(null);
  const hung = { reserve: () => new Promise(() => {}), refused: async () => {} };
  const broken = {
    reserve: async () => {
      throw new Error('store down');
    },
    refused: async () => {},
  };
  const nonsense = { reserve: async () => 'soon', refused: async () => {} };
  const call = (store, extra = {}, options = {}) =>
    rejection(Client.webhook(portal.webhookUrl, { store, timeoutMs: 400, ...extra }).call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'never' }, options));
  assert.equal((await call(hung)).code, 'TIMEOUT');
  assert.equal((await call(broken)).code, 'STORE_UNAVAILABLE');
  assert.equal((await call(nonsense)).code, 'STORE_UNAVAILABLE');
  const controller = new AbortController();
  const pending = call(hung, { timeoutMs: 60_000 }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  const t0 = Date.now();
  const aborted = await pending;
  assert.equal(aborted.code, 'ABORTED');
  assert.ok(Date.now() - t0 < 10_000, 'the abort ended the call, not the 60 s deadline');
  // The same for a refresh that never ends: the caller's abort ends its wait.
  portal.expireToken(FIRST_ACCESS);
  const stuck = Client.oauth({ endpoint: portal.oauthEndpoint, accessToken: FIRST_ACCESS, refresh: () => new Promise(() => {}), plan: false });
  const refreshing = new AbortController();
  const waiting = rejection(stuck.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'never' }, { signal: refreshing.signal }));
  setTimeout(() => refreshing.abort(), 200);
  const t1 = Date.now();
  assert.equal((await waiting).code, 'ABORTED');
  assert.ok(Date.now() - t1 < 10_000, 'the abort ended the wait for the refresh');
  // Only the first try with the expired token reached the portal (refused before it ran).
  assert.deepEqual(portal.requests().filter((r) => r.params.ANSWER_TEXT === 'never').map((r) => r.status), [401]);
});

// ---- OAuth: the client refreshes by itself ---------------------------------------------------------

function freshTokens() {
  portal.reset();
  portal.setOptions({ bucket: null });
  portal.expireToken(FIRST_ACCESS);
}

test('refresh storm: 4 workers x 250 concurrent calls of Client.oauth on an expired token: 1 refresh reaches the OAuth server, onTokens runs once, every call completes', async (t) => {
  freshTokens();
  let onTokens = 0;
  const config = {
    mode: 'storm',
    entry: pkg.entry,
    redisEntry: pkg.redisEntry,
    storeEntry: pkg.storeEntry,
    store: 'redis',
    redisUrl: redis.url,
    prefix: `storm${++runs}:`,
    oauthEndpoint: portal.oauthEndpoint,
    oauthUrl: portal.oauthTokenUrl,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: FIRST_REFRESH,
    accessToken: FIRST_ACCESS,
    // The store books every request too; a bucket this large never makes one wait.
    options: { plan: { size: 1e6, drain: 1e6 } },
    calls: 250,
  };
  const run = await runFleet([0, 1, 2, 3].map((w) => ({ ...config, tag: `storm-w${w}` })), {
    worker: CLIENT_WORKER,
    onMessage: (i, m) => {
      if (m.type === 'onTokens') {
        onTokens += 1;
        assert.equal(m.fresh, true, 'onTokens got the new pair');
      }
    },
  });
  assert.deepEqual(run.errors, []);
  t.diagnostic(JSON.stringify({ oauth: portal.oauth.stats(), tallies: run.reports.map((r) => r.tally), stats: run.reports.map((r) => r.stats) }));
  assert.equal(portal.oauth.stats().requests, 1, 'token requests at the OAuth server');
  assert.equal(portal.oauth.stats().refreshes, 1);
  assert.equal(onTokens, 1);
  assert.equal(run.reports.reduce((n, r) => n + r.onTokensCalls, 0), 1);
  assert.deepEqual(run.reports.map((r) => r.tally), Array(4).fill({ ok: 250 }), `store warnings: ${JSON.stringify(run.reports.map((r) => r.warnings))}`);
  // Each call ran once at the portal: 1,000 writes with the new token, none twice.
  const ran = new Map();
  for (const r of portal.requests()) {
    if (r.method === 'im.notify.answer' && r.status === 200) ran.set(r.params.ANSWER_TEXT, (ran.get(r.params.ANSWER_TEXT) ?? 0) + 1);
  }
  assert.equal(ran.size, 1000);
  assert.ok([...ran.values()].every((n) => n === 1));
});

// Every secret a test saw, and the check that none is in an error's fields, text or stack.
function secretsKeeper() {
  const secrets = new Set([CLIENT_SECRET, FIRST_REFRESH, FIRST_ACCESS]);
  return {
    onTokens(record) {
      secrets.add(record.accessToken);
      secrets.add(record.refreshToken);
    },
    assertClean(error, what) {
      const texts = [String(error?.message), String(error?.stack), String(error?.description), inspect(error, { depth: 6, showHidden: true }), JSON.stringify(error) ?? '', ...Object.values(error ?? {}).map(String)];
      for (const text of texts) for (const s of secrets) assert.ok(!text.includes(s), `${what}: a secret is in ${text.slice(0, 200)}`);
    },
  };
}

async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

async function withRedisStore(url, fn, options = {}) {
  const { createRedisStore } = await import(pkg.redisEntry);
  const client = createClient({ url, socket: { reconnectStrategy: () => 100, connectTimeout: 1000 } });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(createRedisStore(client, { prefix: `refresh${++runs}:`, logger: null, ...options }));
  } finally {
    await Promise.race([client.close?.() ?? client.quit(), new Promise((r) => setTimeout(r, 500))]).catch(() => {});
  }
}

function oauthClient(Client, keeper, extra = {}) {
  return Client.oauth({
    endpoint: portal.oauthEndpoint,
    accessToken: FIRST_ACCESS,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: FIRST_REFRESH,
    oauthUrl: portal.oauthTokenUrl,
    onTokens: keeper.onTokens,
    plan: false,
    ...extra,
  });
}

test('a refresh refused with invalid_grant: B24Error REFRESH_FAILED, kind REAUTHORIZE, for every waiting call; no secret in any field or stack', async () => {
  const { Client, isB24Error } = await import(pkg.entry);
  // The OAuth server echoes the secrets in its description; nothing of it may come through.
  freshTokens();
  portal.oauth.inject({ kind: 'error', status: 400, error: 'invalid_grant', error_description: `refresh token ${FIRST_REFRESH} of ${CLIENT_SECRET} is revoked` });
  const keeper = secretsKeeper();
  await withRedisStore(redis.url, async (store) => {
    const client = oauthClient(Client, keeper, { store });
    const errors = await Promise.all(Array.from({ length: 5 }, (_, i) => rejection(client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: `denied-${i}` }))));
    for (const error of errors) {
      assert.ok(isB24Error(error), String(error));
      assert.equal(error.code, 'REFRESH_FAILED');
      assert.equal(error.kind, 'REAUTHORIZE');
      assert.equal(error.method, 'im.notify.answer');
      keeper.assertClean(error, 'injected invalid_grant');
    }
  });
  assert.equal(portal.oauth.stats().requests, 1, 'one refresh for the five calls');

  // The real race: another process (no shared store) rotated the refresh token first.
  freshTokens();
  const first = oauthClient(Client, keeper);
  await first.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'first' });
  const second = oauthClient(Client, keeper);
  const error = await rejection(second.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'second' }));
  assert.equal(error.code, 'REFRESH_FAILED');
  assert.equal(error.kind, 'REAUTHORIZE');
  keeper.assertClean(error, 'rotated invalid_grant');
  assert.equal(portal.oauth.stats().refused, 1);
  assert.equal(portal.requests().filter((r) => r.params.ANSWER_TEXT === 'second' && r.status === 200).length, 0);
});

test('a refresh while Redis hangs: REFRESH_FAILED with kind STORE_UNAVAILABLE within the deadline, nothing reaches the OAuth server', async () => {
  const { Client } = await import(pkg.entry);
  freshTokens();
  const own = await startRedis();
  const keeper = secretsKeeper();
  try {
    await withRedisStore(
      own.url,
      async (store) => {
        own.pause();
        const client = oauthClient(Client, keeper, { store, timeoutMs: 20_000 });
        const error = await rejection(client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'hung' }));
        assert.equal(error.code, 'REFRESH_FAILED');
        assert.equal(error.kind, 'STORE_UNAVAILABLE');
        keeper.assertClean(error, 'store down');
      },
      { commandTimeoutMs: 200 },
    );
    assert.equal(portal.oauth.stats().requests, 0);
  } finally {
    await own.stop();
  }
});
