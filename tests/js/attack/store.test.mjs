// Attack family: the limiter stores (b24-wasm/redis, b24-wasm/store) under a hostile or broken
// Redis and careless keys (issue 20), over the installed package. The Redis client here is the
// interface the store uses (node-redis's `sendCommand`) answering what no reservation script
// answers; the store against a real redis-server is in tests/fleet/.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { installed } from './lib.mjs';

const pkg = await installed('store', ['redis', 'store']);
const { redis: { createRedisStore }, store: { createMemoryStore, MAX_WINDOW_MS } } = pkg;

/** A node-redis client whose every command answers `reply`; keeps the commands it got. */
function answering(reply) {
  const commands = [];
  return { commands, sendCommand: async (args) => { commands.push(args); return typeof reply === 'function' ? reply(args) : reply; } };
}

describe('garbage replies from Redis', () => {
  const GARBAGE = {
    'an array': ['1', '2', '3'],
    '"nan"': 'nan',
    '"-5"': '-5',
    '"1e308"': '1e308',
    'an empty array': [],
    'null': null,
    'a tagged reply of another shape': ['b24', 12],
  };
  for (const [name, reply] of Object.entries(GARBAGE)) {
    test(`${name}: the bucket falls back to memory (a real wait), with one warning`, async () => {
      for (const lease of [true, false]) {
        const warnings = [];
        const store = createRedisStore(answering(reply), { logger: { warn: (m) => warnings.push(m), info() {} }, lease });
        const oracle = createMemoryStore();
        const plan = { size: 3, drain: 10 };
        const now = Date.now();
        const waits = [];
        const want = [];
        for (let i = 0; i < 5; i++) {
          waits.push(await store.reserve('p', plan, now));
          want.push(await oracle.reserve('p', plan, now));
        }
        for (const w of waits) assert.ok(Number.isFinite(w) && w >= 0 && w <= MAX_WINDOW_MS, `lease ${lease}: wait ${w}`);
        assert.deepEqual(waits, want, `lease ${lease}: not the memory bucket's waits`);
        assert.equal(store.usingFallback(), true);
        assert.equal(warnings.length, 1, JSON.stringify(warnings));
      }
    });
  }
});

describe('the store interface does what it says (issue 18)', () => {
  test('no operating-time methods: the portal reports the fleet\'s sum in every reply', () => {
    for (const store of [createMemoryStore(), createRedisStore(answering(null), { logger: null })]) {
      assert.equal('operating' in store, false);
      assert.equal('observeOperating' in store, false);
      assert.deepEqual(Object.keys(store).filter((k) => k !== 'usingFallback').sort(), ['lock', 'readTokens', 'refused', 'reserve', 'reserveNow', 'writeTokens']);
    }
  });

  test('every bucket key is <prefix>bucket:<portal>: no composite key left to collide', async () => {
    // The only composite key was the operating time's, <prefix>op:<portal>:<method>, where
    // (portal a:b, method c) and (portal a, method b:c) were one key; it went with those methods.
    const client = answering((args) => (args[0] === 'EVALSHA' ? ['b24', '0'] : null));
    const store = createRedisStore(client, { logger: null, lease: false });
    await store.reserve('a:b', { size: 5, drain: 1 }, 0);
    await store.reserve('a', { size: 5, drain: 1 }, 0);
    const keys = client.commands.filter((c) => c[0] === 'EVALSHA').map((c) => c[3]);
    assert.deepEqual(keys, ['b24:bucket:a:b', 'b24:bucket:a']);
  });
});

describe('the fleet\'s cold start', () => {
  test('the first call of a portal books alone; the burst books after it answered, with the measured spare', async () => {
    const { Client } = pkg;
    const log = [];
    const store = {
      reserve: async (key, plan) => { log.push({ what: 'reserve', size: plan.size, at: performance.now() }); return 0; },
      refused: async () => {},
    };
    const fetch = async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      log.push({ what: 'answer', at: performance.now() });
      return { status: 200, text: async () => JSON.stringify({ result: true, time: { start: 0, finish: 0 } }) };
    };
    const client = Client.webhook('https://cold.example/rest/1/s/', { store, fetch, plan: { size: 50, drain: 2 } });
    await Promise.all(Array.from({ length: 10 }, () => client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' })));
    const reserves = log.filter((e) => e.what === 'reserve');
    const firstAnswer = log.find((e) => e.what === 'answer').at;
    assert.equal(reserves.length, 10);
    // Before its first answer the spare is for an assumed 1 s round trip: 2 x 1 + 1 = 3 slots.
    assert.equal(reserves[0].size, 47);
    for (const r of reserves.slice(1)) {
      assert.ok(r.at >= firstAnswer, 'a reservation was booked before the round trip was measured');
      // Measured: ~30 ms, so ceil(2 x 0.03) + 1 = 2 spare slots.
      assert.equal(r.size, 48);
    }
  });
});
