// Four worker processes on one portal bucket, against the stand-in (its bucket refuses what
// goes over) and a real redis-server. The assertions are counts: refusals, writes that ran
// once, none twice; never times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'redis';
import { startStandin } from '../standin/server.mjs';
import { startRedis } from './lib/redis-server.mjs';
import { createRedisStore } from '../../pkg-template/redis/index.js';
import { runFleet, makeBatches, countWrites, writesOf } from './lib/fleet.mjs';

const WORKERS = 4;
const PORTAL_BUCKET = { size: 10, drain: 4 };
// Two slots of headroom (500 ms at 4/s) cover the jitter between a reservation and its
// arrival at the portal, on a loaded two-core machine too.
const PLAN = { size: 8, drain: 4 };
const BATCHES = { workers: WORKERS, batchesPerWorker: 6, commandsPerBatch: 5 };

let redis;
let portal;
before(async () => {
  redis = await startRedis();
  portal = await startStandin({ bucket: PORTAL_BUCKET });
});
after(async () => {
  await portal?.close();
  await redis?.stop();
});

let runs = 0;
function configs(batches, { shared = true, ...extra } = {}) {
  const prefix = `fleet${++runs}:`;
  return batches.map((list) => ({
    mode: 'bucket',
    webhookUrl: portal.webhookUrl,
    redisUrl: shared ? redis.url : null,
    prefix,
    key: 'portal.example',
    plan: PLAN,
    batches: list,
    concurrency: 2,
    ...extra,
  }));
}

function reset() {
  portal.reset();
  portal.setOptions({ bucket: PORTAL_BUCKET });
}

test('4 workers sharing the Redis bucket: the portal refuses nothing, every write runs once', async (t) => {
  reset();
  const batches = makeBatches(BATCHES);
  const run = await runFleet(configs(batches));
  t.diagnostic(`latest send after its slot: ${Math.max(...run.reports.map((r) => r.lateMs)).toFixed(1)} ms`);
  assert.deepEqual(run.errors, []);
  assert.equal(portal.stats().refused503, 0, `the portal refused a request (latest send ${Math.max(...run.reports.map((r) => r.lateMs)).toFixed(0)} ms after its slot)`);
  assert.deepEqual(run.reports.map((r) => r.refusals), [0, 0, 0, 0]);
  assert.deepEqual(run.reports.map((r) => r.outcomes.sent), [6, 6, 6, 6]);
  assert.equal(portal.stats().batches, 24);
  const writes = countWrites(portal.requests(), writesOf(batches.flat()));
  assert.equal(writes.lost, 0);
  assert.equal(writes.duplicated, 0);
});

test('the same fleet with a bucket per process: the portal refuses (the check above can fail), refusals are repeated, nothing runs twice', async () => {
  reset();
  const batches = makeBatches(BATCHES);
  const run = await runFleet(configs(batches, { shared: false }));
  assert.deepEqual(run.errors, []);
  const refused = portal.stats().refused503;
  assert.ok(refused > 0, 'four per-process buckets of 9 burst past the portal bucket of 10');
  assert.equal(run.reports.reduce((n, r) => n + r.refusals, 0), refused);
  const writes = countWrites(portal.requests(), writesOf(batches.flat()));
  assert.equal(writes.lost, 0);
  assert.equal(writes.duplicated, 0);
});

test('a worker SIGKILLed halfway: the others finish with 0 refusals and nothing lost; its own writes ran at most once', async () => {
  reset();
  const batches = makeBatches(BATCHES);
  const reportedSent = new Set();
  let killed = false;
  const run = await runFleet(configs(batches), {
    onMessage(i, m, worker) {
      if (m.type !== 'batch') return;
      if (m.outcome === 'sent') reportedSent.add(m.id);
      if (i === 0 && !killed && [...reportedSent].filter((id) => id.startsWith('w0-')).length === 3) {
        killed = true;
        worker.kill('SIGKILL');
      }
    },
  });
  assert.deepEqual(run.errors, []);
  assert.equal(run.exits[0].signal, 'SIGKILL');
  assert.equal(portal.stats().refused503, 0);
  assert.deepEqual(run.reports.slice(1).map((r) => r.refusals), [0, 0, 0]);
  const survivors = countWrites(portal.requests(), writesOf(batches.slice(1).flat()));
  assert.equal(survivors.lost, 0);
  assert.equal(survivors.duplicated, 0);
  const victim = countWrites(portal.requests(), writesOf(batches[0]));
  assert.equal(victim.duplicated, 0);
  const victimSent = batches[0].filter((b) => reportedSent.has(b.id));
  assert.ok(victimSent.length >= 3);
  assert.equal(countWrites(portal.requests(), writesOf(victimSent)).lost, 0, 'a batch the victim saw answered ran');
});

test('4 workers x 100 concurrent reservations on one key: no window holds more than size + drain x its length', async () => {
  const plan = { size: 10, drain: 5 };
  // One round trip per reservation: this checks the script's schedule across processes
  // (leased slots are checked in lease.test.mjs).
  const config = { mode: 'reserve', redisUrl: redis.url, prefix: `sched${++runs}:`, key: 'p', plan, count: 100, concurrent: true, clock: 'caller', lease: false };
  const run = await runFleet([0, 1, 2, 3].map(() => ({ ...config })));
  assert.deepEqual(run.errors, []);
  const booked = run.reports.flatMap((r) => r.goAt.map((at, k) => ({ at, wait: r.waits[k] })));
  const goAt = booked.map((b) => b.at).sort((a, b) => a - b);
  assert.equal(goAt.length, 400);
  // GCRA's promise, checked on every window [goAt[i], goAt[j]]: j - i + 1 requests fit in
  // size + drain x (its length). A read-then-write from the client instead of one script
  // would book the same slot twice and break it.
  let worst = -Infinity;
  for (let i = 0; i < goAt.length; i++) {
    for (let j = i; j < goAt.length; j++) {
      const allowed = plan.size + (plan.drain * (goAt[j] - goAt[i])) / 1000;
      worst = Math.max(worst, j - i + 1 - allowed);
    }
  }
  assert.ok(worst <= 1e-6, `a window holds ${worst.toFixed(3)} requests more than the bucket allows`);
  // Every reservation that waits got its own slot: at least 1/drain = 200 ms apart.
  const waiting = booked.filter((b) => b.wait > 0).map((b) => b.at).sort((a, b) => a - b);
  assert.ok(waiting.length > 300, `${waiting.length} waited`);
  for (let k = 1; k < waiting.length; k++) assert.ok(waiting[k] - waiting[k - 1] >= 200 - 1e-6, `slots ${k - 1} and ${k} overlap`);
});

test('a SIGKILLed worker leaks nothing: one timestamp key, gone once its bookings drain, then the full burst is free', async () => {
  const plan = { size: 5, drain: 10 };
  const prefix = `leak${++runs}:`;
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    let reserved = null;
    const run = await runFleet(
      [{ mode: 'reserve', redisUrl: redis.url, prefix, key: 'p', plan, count: 20, hold: true, lease: false }],
      {
        onMessage(i, m, worker) {
          if (m.type === 'reserved') {
            reserved = m.waits;
            worker.kill('SIGKILL');
          }
        },
      },
    );
    assert.equal(run.exits[0].signal, 'SIGKILL');
    assert.equal(reserved.length, 20);
    assert.equal(reserved.filter((w) => w === 0).length, 5);
    assert.deepEqual(await client.sendCommand(['KEYS', `${prefix}*`]), [`${prefix}bucket:p`]);
    const pttl = Number(await client.sendCommand(['PTTL', `${prefix}bucket:p`]));
    // 20 slots of 100 ms: the TAT is at most 2 s ahead, and the key lives 1 s past it.
    assert.ok(pttl > 0 && pttl <= 3000, `PTTL ${pttl}`);
    await new Promise((r) => setTimeout(r, pttl + 50));
    assert.deepEqual(await client.sendCommand(['KEYS', `${prefix}*`]), []);
    const store = createRedisStore(client, { prefix, lease: false });
    const burst = [];
    for (let i = 0; i < plan.size; i++) burst.push(await store.reserve('p', plan, Date.now()));
    assert.deepEqual(burst, [0, 0, 0, 0, 0]);
  } finally {
    await client.destroy?.();
  }
});

test('Redis stopped mid-run: every worker falls back to its own bucket with one warning, nothing hangs, nothing is lost or doubled', async () => {
  reset();
  const own = await startRedis();
  try {
    const batches = makeBatches(BATCHES);
    let answered = 0;
    let stopped = null;
    const run = await runFleet(
      configs(batches).map((c) => ({ ...c, redisUrl: own.url })),
      {
        onMessage(i, m) {
          if (m.type === 'batch' && ++answered === 8) stopped = own.stop();
        },
        timeoutMs: 60_000,
      },
    );
    await stopped;
    assert.deepEqual(run.errors, []);
    assert.deepEqual(run.exits.map((e) => e.code), [0, 0, 0, 0], 'a worker hung or crashed');
    assert.deepEqual(run.reports.map((r) => r.outcomes.sent), [6, 6, 6, 6]);
    // A worker may finish on slots it leased before the stop and never meet the outage.
    for (const r of run.reports) {
      assert.ok(r.warnings.length <= 1, JSON.stringify(r.warnings));
      for (const w of r.warnings) assert.match(w, /Redis unavailable .*fall back/);
    }
    assert.ok(run.reports.some((r) => r.warnings.length === 1), 'no worker met the outage');
    // Refusals, if any, come from the per-process buckets and were repeated.
    assert.equal(run.reports.reduce((n, r) => n + r.refusals, 0), portal.stats().refused503);
    const writes = countWrites(portal.requests(), writesOf(batches.flat()));
    assert.equal(writes.lost, 0);
    assert.equal(writes.duplicated, 0);
  } finally {
    await own.stop();
  }
});
