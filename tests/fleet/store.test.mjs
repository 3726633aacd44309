// The Redis store against a real redis-server, with the in-memory store as the oracle: the
// GCRA bucket (one round trip per reservation, `lease: false`: the script's arithmetic; leases
// are in lease.test.mjs), the lock, the token record, EVALSHA with EVAL fallback, and
// the Redis-down policy (buckets fall back to memory with one warning; the lock and the token
// record fail with STORE_UNAVAILABLE; nothing hangs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createClient } from 'redis';
import { startRedis } from './lib/redis-server.mjs';
import { createRedisStore, StoreUnavailableError } from '../../pkg-template/redis/index.js';
import { createMemoryStore, MAX_WINDOW_MS } from '../../pkg-template/store/memory.js';

let redis;
let client;
before(async () => {
  redis = await startRedis();
  client = createClient({ url: redis.url });
  client.on('error', () => {});
  await client.connect();
});
after(async () => {
  await client?.destroy?.();
  await redis?.stop();
});

let prefixes = 0;
const freshPrefix = () => `t${++prefixes}-${process.pid}:`;
const quietLogger = () => {
  const lines = [];
  return { lines, warn: (m) => lines.push(['warn', m]), info: (m) => lines.push(['info', m]) };
};

// A deterministic pseudo-random sequence, so a failing case can be replayed.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

test('GCRA: the Redis script books exactly what the memory store books (random sequences, caller clock)', async () => {
  const plans = [{ size: 50, drain: 2 }, { size: 250, drain: 5 }, { size: 1, drain: 1 }, { size: 10, drain: 0.5 }, { size: 3, drain: 1000 }, { size: 7, drain: 3 }];
  for (const [p, plan] of plans.entries()) {
    const store = createRedisStore(client, { prefix: freshPrefix(), clock: 'caller', lease: false });
    const oracle = createMemoryStore();
    const next = rng(p + 1);
    // The caller's clock runs at least as fast as the real one (Redis expires the key in real
    // time), plus jumps: bursts, short gaps, and gaps long enough to drain the bucket.
    let jumped = 0;
    for (let i = 0; i < 400; i++) {
      const r = next();
      jumped += r < 0.5 ? 0 : r < 0.9 ? next() * 2000 / plan.drain : next() * 5 * plan.size * 1000 / plan.drain;
      const now = Date.now() + jumped;
      if (next() < 0.1) {
        await store.refused('k', plan, now);
        await oracle.refused('k', plan, now);
        continue;
      }
      const [got, want] = [await store.reserve('k', plan, now), await oracle.reserve('k', plan, now)];
      assert.ok(Math.abs(got - want) < 1e-6, `plan ${JSON.stringify(plan)} step ${i}: redis ${got} ms, memory ${want} ms`);
    }
  }
});

test('GCRA semantics: a burst of size goes at once, then one per 1/drain, and concurrent reservers get increasing waits', async () => {
  const store = createRedisStore(client, { prefix: freshPrefix(), clock: 'caller', lease: false });
  const plan = { size: 5, drain: 2 };
  const now = 1_000_000;
  const waits = await Promise.all(Array.from({ length: 9 }, () => store.reserve('p', plan, now)));
  assert.deepEqual([...waits].sort((a, b) => a - b), [0, 0, 0, 0, 0, 500, 1000, 1500, 2000]);
  // After 1 s, two slots have drained, and they are already booked: the next one waits.
  assert.equal(await store.reserve('p', plan, now + 1000), 1500);
  // A refusal fills the bucket: the next reservation waits one drain interval after it.
  const other = createRedisStore(client, { prefix: freshPrefix(), clock: 'caller', lease: false });
  await other.refused('q', plan, now);
  assert.equal(await other.reserve('q', plan, now), 500);
});

test('the bucket is one key with a TTL of its booked horizon plus 1 s; nothing stays once it drains', async () => {
  const prefix = freshPrefix();
  const store = createRedisStore(client, { prefix, lease: false });
  const plan = { size: 5, drain: 20 }; // 50 ms per slot
  for (let i = 0; i < 12; i++) await store.reserve('p', plan, Date.now());
  const keys = await client.sendCommand(['KEYS', `${prefix}*`]);
  assert.deepEqual(keys, [`${prefix}bucket:p`]);
  const pttl = Number(await client.sendCommand(['PTTL', `${prefix}bucket:p`]));
  // 12 slots at 50 ms from now: the TAT is ~600 ms ahead; the key goes 1 s after it.
  assert.ok(pttl > 1000 && pttl <= 12 * 50 + 1000 + 5, `PTTL ${pttl}`);
  await new Promise((r) => setTimeout(r, pttl + 20));
  assert.deepEqual(await client.sendCommand(['KEYS', `${prefix}*`]), []);
  const waits = [];
  for (let i = 0; i < plan.size; i++) waits.push(await store.reserve('p', plan, Date.now()));
  assert.deepEqual(waits, [0, 0, 0, 0, 0]);
});

test('the server clock (default) and the caller clock agree on waits', async () => {
  const byServer = createRedisStore(client, { prefix: freshPrefix(), lease: false });
  const plan = { size: 2, drain: 1 };
  const waits = [];
  for (let i = 0; i < 5; i++) waits.push(await byServer.reserve('p', plan, 0 /* ignored */));
  const expected = [0, 0, 1000, 2000, 3000];
  waits.forEach((w, i) => assert.ok(Math.abs(w - expected[i]) < 50, `wait ${i}: ${w}`));
});

test('lock: one holder at a time, release only by its holder, expiry by TTL', async () => {
  const store = createRedisStore(client, { prefix: freshPrefix() });
  const first = await store.lock('portal', 300);
  assert.ok(first);
  assert.equal(await store.lock('portal', 300), null);
  await first.release();
  const second = await store.lock('portal', 150);
  assert.ok(second);
  await new Promise((r) => setTimeout(r, 200));
  const third = await store.lock('portal', 1000);
  assert.ok(third, 'an expired lock is free');
  await second.release(); // no longer its lock: must not free the third holder's
  assert.equal(await store.lock('portal', 1000), null);
  await third.release();
  assert.ok(await store.lock('portal', 1000));
});

test('token record: round trip, absent is null', async () => {
  const store = createRedisStore(client, { prefix: freshPrefix() });
  assert.equal(await store.readTokens('p'), null);
  const record = { accessToken: 'a1', refreshToken: 'r1', expiresAtMs: 123, memberId: 'm' };
  await store.writeTokens('p', record);
  assert.deepEqual(await store.readTokens('p'), record);
});

test('EVALSHA falls back to EVAL after SCRIPT FLUSH', async () => {
  const store = createRedisStore(client, { prefix: freshPrefix(), clock: 'caller', lease: false });
  assert.equal(await store.reserve('p', { size: 1, drain: 1 }, 0), 0);
  await client.sendCommand(['SCRIPT', 'FLUSH']);
  assert.equal(await store.reserve('p', { size: 1, drain: 1 }, 0), 1000);
  assert.equal(await store.reserve('p', { size: 1, drain: 1 }, 0), 2000);
});

test('a bad plan is refused before anything is booked', async () => {
  const store = createRedisStore(client, { prefix: freshPrefix() });
  await assert.rejects(store.reserve('p', { size: 0, drain: 2 }, 0), TypeError);
  await assert.rejects(store.reserve('p', { size: 50, drain: 0 }, 0), TypeError);
});

// Redis down: each case gets its own server so the shared one stays up.
async function ownRedis() {
  const server = await startRedis();
  const own = createClient({ url: server.url, socket: { reconnectStrategy: () => 100, connectTimeout: 500 } });
  await own.connect();
  return { server, own };
}

for (const [how, stop] of [
  ['stopped (connection refused)', (s) => s.stop()],
  ['hung (SIGSTOP: the socket stays open, nothing answers)', (s) => s.pause()],
]) {
  test(`Redis ${how} mid-run: buckets fall back to memory with one warning, lock and tokens fail typed, nothing hangs`, async () => {
    const { server, own } = await ownRedis();
    const logger = quietLogger();
    const store = createRedisStore(own, { prefix: freshPrefix(), logger, commandTimeoutMs: 200, retryAfterMs: 300 });
    const plan = { size: 3, drain: 10 };
    try {
      assert.equal(await store.reserve('p', plan, Date.now()), 0);
      assert.ok(await store.lock('l', 1000));
      await stop(server);

      const settle = async (promise) => {
        const t0 = performance.now();
        const outcome = await promise.then((v) => ({ v }), (e) => ({ e }));
        return { ...outcome, ms: performance.now() - t0 };
      };
      // The first command after the outage waits at most the command timeout, the next ones
      // not at all (Redis is out of the path for retryAfterMs).
      const waits = [];
      const now = Date.now();
      for (let i = 0; i < 6; i++) {
        const r = await settle(store.reserve('p', plan, now));
        assert.ok(!r.e, `reserve rejected: ${r.e}`);
        assert.ok(r.ms < 200 + 100, `reserve took ${r.ms} ms`);
        waits.push(r.v);
      }
      // The fallback bucket is a real bucket: three go, then 100 ms apart.
      assert.deepEqual(waits, [0, 0, 0, 100, 200, 300]);
      assert.equal(store.usingFallback(), true);

      const record = { accessToken: 'ACCESS-SECRET-9f3', refreshToken: 'REFRESH-SECRET-7c1' };
      for (const call of [() => store.lock('l2', 1000), () => store.readTokens('p'), () => store.writeTokens('p', record)]) {
        const r = await settle(call());
        assert.ok(r.e instanceof StoreUnavailableError, `expected STORE_UNAVAILABLE, got ${r.e ?? r.v}`);
        assert.equal(r.e.code, 'STORE_UNAVAILABLE');
        assert.ok(r.ms < 300, `took ${r.ms} ms`);
        const text = [inspect(r.e, { showHidden: true, depth: 5 }), String(r.e.stack), ...logger.lines.map(([, m]) => m)].join('\n');
        assert.ok(!text.includes('SECRET'), 'a token is in the error or the log');
      }
      // After retryAfterMs Redis is tried again, and still bounded by the command timeout.
      await new Promise((r) => setTimeout(r, 350));
      const retry = await settle(store.lock('l3', 1000));
      assert.ok(retry.e instanceof StoreUnavailableError && retry.ms < 300, `retry: ${retry.ms} ms`);

      const warns = logger.lines.filter(([level]) => level === 'warn');
      assert.equal(warns.length, 1, JSON.stringify(logger.lines));
      assert.match(warns[0][1], /Redis unavailable .*fall back/);
    } finally {
      server.resume();
      await server.stop();
      await own.destroy?.();
    }
  });
}

test('Redis back after an outage: the store uses it again and says so', async () => {
  const { server, own } = await ownRedis();
  const logger = quietLogger();
  const prefix = freshPrefix();
  const store = createRedisStore(own, { prefix, logger, commandTimeoutMs: 200, retryAfterMs: 100 });
  try {
    server.pause();
    await store.reserve('p', { size: 3, drain: 1 }, Date.now());
    assert.equal(store.usingFallback(), true);
    server.resume();
    await new Promise((r) => setTimeout(r, 150));
    await store.reserve('p', { size: 3, drain: 1 }, Date.now());
    assert.equal(store.usingFallback(), false);
    assert.ok(logger.lines.some(([level, m]) => level === 'info' && /back/.test(m)));
    assert.ok(Number(await own.sendCommand(['EXISTS', `${prefix}bucket:p`])) === 1);
  } finally {
    await server.stop();
    await own.destroy?.();
  }
});
