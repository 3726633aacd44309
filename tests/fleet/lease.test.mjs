// Leases (issue 20, "the fleet's cost"): the Redis store books a process's slots in blocks, so a
// run of calls meets Redis seldom, and a fleet of such stores on one bucket still never sends
// more than the bucket admits. Against a real redis-server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'redis';
import { startRedis } from './lib/redis-server.mjs';
import { createRedisStore } from '../../pkg-template/redis/index.js';

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
const freshPrefix = () => `lease${++prefixes}-${process.pid}:`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real client, counting the reservation script runs that go through it. */
function counting() {
  const counter = { scripts: 0 };
  counter.client = {
    sendCommand(args, options) {
      if (args[0] === 'EVALSHA' || args[0] === 'EVAL') counter.scripts += 1;
      return client.sendCommand(args, options);
    },
  };
  return counter;
}

test('400 reservations one after another with a fast plan meet Redis at most once per 8', async () => {
  const counter = counting();
  const store = createRedisStore(counter.client, { prefix: freshPrefix(), logger: null });
  const plan = { size: 1e6, drain: 1e6 };
  for (let i = 0; i < 400; i++) assert.equal(await store.reserve('p', plan, Date.now()), 0);
  assert.ok(counter.scripts <= 50, `${counter.scripts} script runs for 400 reservations`);
});

test('reservations made together share one round trip, even at 2/s', async () => {
  const counter = counting();
  const store = createRedisStore(counter.client, { prefix: freshPrefix(), logger: null });
  const waits = await Promise.all(Array.from({ length: 20 }, () => store.reserve('p', { size: 50, drain: 2 }, Date.now())));
  assert.deepEqual(waits, Array(20).fill(0));
  assert.ok(counter.scripts <= 2, `${counter.scripts} script runs`);
});

test('4 leasing stores on one bucket never send more than it admits (the leaky bucket of every send)', async () => {
  const prefix = freshPrefix();
  const plan = { size: 10, drain: 100 };
  const stores = Array.from({ length: 4 }, () => createRedisStore(client, { prefix, logger: null }));
  const sends = [];
  const now = () => performance.timeOrigin + performance.now();
  let seed = 7;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  await Promise.all(stores.map(async (store) => {
    for (let burst = 0; burst < 12; burst++) {
      const size = 1 + Math.floor(random() * 8);
      const waits = await Promise.all(Array.from({ length: size }, () => store.reserve('portal', plan, Date.now())));
      const at = now();
      for (const wait of waits) sends.push(at + wait);
      await sleep(random() * 60);
    }
  }));
  sends.sort((a, b) => a - b);
  let level = 0;
  let prev = sends[0];
  let highest = 0;
  for (const t of sends) {
    level = Math.max(0, level - ((t - prev) * plan.drain) / 1000) + 1;
    prev = t;
    highest = Math.max(highest, level);
  }
  // 2 ms of timer and clock rounding at 100/s is 0.2 of a slot.
  assert.ok(highest <= plan.size + 0.2, `the bucket reached ${highest.toFixed(2)} of ${plan.size} over ${sends.length} sends`);
});

test('a refusal voids the leased slots: the next reservation waits for the bucket to drain a slot', async () => {
  const store = createRedisStore(client, { prefix: freshPrefix(), logger: null });
  const plan = { size: 1e3, drain: 1e3 };
  for (let i = 0; i < 40; i++) await store.reserve('p', plan, Date.now()); // the block has grown
  await store.refused('p', plan, Date.now());
  assert.ok((await store.reserve('p', plan, Date.now())) > 0, 'a slot leased before the refusal was handed out');
});
