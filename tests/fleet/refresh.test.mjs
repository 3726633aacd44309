// The self-refreshing OAuth: the refresher against the stand-in's OAuth server (rotation: a
// used refresh token dies), its typed errors, secrets kept out of every error and log line,
// and one refresh per portal across 4 worker processes sharing a real redis-server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import net from 'node:net';
import { createClient } from 'redis';
import { startStandin } from '../standin/server.mjs';
import { startRedis } from './lib/redis-server.mjs';
import { runFleet } from './lib/fleet.mjs';
// From the built package: the refresher imports codes.js, which the build generates.
import { createRefresher, RefreshError } from '../../pkg/oauth/refresher.js';
import { createRedisStore } from '../../pkg-template/redis/index.js';
import { createMemoryStore } from '../../pkg-template/store/memory.js';

const CLIENT_ID = 'standin-client';
const CLIENT_SECRET = 'standin-client-secret';
const FIRST_REFRESH = 'standin-refresh-1';
const FIRST_ACCESS = 'standin-token-1';

let portal;
let redis;
before(async () => {
  portal = await startStandin();
  redis = await startRedis();
});
after(async () => {
  await portal?.close();
  await redis?.stop();
});

function fresh() {
  portal.reset();
  portal.expireToken(FIRST_ACCESS);
}

async function callWith(token) {
  const res = await fetch(`${portal.oauthEndpoint}im.notify.answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth: token, NOTIFY_ID: 1, ANSWER_TEXT: 'x' }),
  });
  return { status: res.status, body: await res.json() };
}

// Every secret a test saw, and the check that none of them is in an error or a log line.
function secretsKeeper() {
  const secrets = new Set([CLIENT_SECRET, FIRST_REFRESH, FIRST_ACCESS]);
  const lines = [];
  return {
    secrets,
    logger: { warn: (m) => lines.push(String(m)), info: (m) => lines.push(String(m)) },
    onTokens: (record) => {
      secrets.add(record.accessToken);
      secrets.add(record.refreshToken);
    },
    assertClean(value, what) {
      const texts = [String(value?.message), String(value?.stack), inspect(value, { depth: 6, showHidden: true }), JSON.stringify(value) ?? '', ...lines];
      for (const text of texts) for (const s of secrets) assert.ok(!text.includes(s), `${what}: a secret is in ${text.slice(0, 200)}`);
    },
  };
}

function refresher(options = {}, create = createRefresher) {
  return create({
    oauthUrl: portal.oauthTokenUrl,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: FIRST_REFRESH,
    accessToken: FIRST_ACCESS,
    onTokens: async () => {},
    logger: null,
    ...options,
  });
}

async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

test('refresh rotates the pair, awaits onTokens before answering, and the new token works at the portal', async () => {
  fresh();
  const events = [];
  const r = refresher({
    onTokens: async (record) => {
      events.push('onTokens start');
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(typeof record.accessToken, 'string');
      assert.equal(typeof record.refreshToken, 'string');
      assert.ok(record.expiresAtMs > Date.now());
      assert.equal(record.memberId, portal.events.memberId, 'the member_id the portal sends with its events');
      events.push('onTokens end');
    },
  });
  assert.equal((await callWith(FIRST_ACCESS)).body.error, 'expired_token');
  const token = await r.refresh(FIRST_ACCESS);
  events.push('resolved');
  assert.deepEqual(events, ['onTokens start', 'onTokens end', 'resolved']);
  assert.equal((await callWith(token)).status, 200);
  assert.equal(portal.oauth.stats().refreshes, 1);
  // The used refresh token is dead; the refresher holds the live one.
  assert.deepEqual(portal.oauth.liveRefreshTokens(), [r.tokens().refreshToken]);
  assert.notEqual(r.tokens().refreshToken, FIRST_REFRESH);
  // A second expiry refreshes again with the rotated token.
  portal.expireToken(token);
  const again = await r.refresh(token);
  assert.equal((await callWith(again)).status, 200);
  assert.equal(portal.oauth.stats().refreshes, 2);
});

test('POST with a form body works as GET does', async () => {
  fresh();
  const token = await refresher({ httpMethod: 'POST' }).refresh(FIRST_ACCESS);
  assert.equal((await callWith(token)).status, 200);
  assert.equal(portal.oauth.stats().refreshes, 1);
});

test('concurrent refresh() calls in one process share one refresh; a refused token already replaced comes back without one', async () => {
  fresh();
  let saved = 0;
  const r = refresher({ onTokens: async () => void saved++ });
  const tokens = await Promise.all(Array.from({ length: 100 }, () => r.refresh(FIRST_ACCESS)));
  assert.equal(new Set(tokens).size, 1);
  assert.equal(await r.refresh(FIRST_ACCESS), tokens[0]);
  assert.equal(await r.refresh(), tokens[0], 'no stale token given, a pair adopted under 5 s ago counts');
  assert.equal(portal.oauth.stats().refreshes, 1);
  assert.equal(saved, 1);
});

test('without a shared store, a second process refreshing with the same token is refused (the race the lock prevents)', async () => {
  fresh();
  const keeper = secretsKeeper();
  const first = refresher({ onTokens: keeper.onTokens });
  // Another process: the module loaded again has state of its own (in one process, refreshers
  // of the same tokens share one refresh; see tests/js/attack/oauth.test.mjs).
  const elsewhere = await import('../../pkg/oauth/refresher.js?another-process');
  const second = refresher({ onTokens: keeper.onTokens, logger: keeper.logger }, elsewhere.createRefresher);
  await first.refresh(FIRST_ACCESS);
  const error = await rejection(second.refresh(FIRST_ACCESS));
  assert.ok(error instanceof elsewhere.RefreshError);
  assert.equal(error.code, 'REAUTHORIZE');
  assert.equal(error.oauthError, 'invalid_grant');
  assert.equal(error.status, 400);
  keeper.assertClean(error, 'invalid_grant');
});

test('with a shared store, the process that did not refresh reads the new pair instead', async () => {
  fresh();
  const store = createMemoryStore();
  let saved = 0;
  const onTokens = async () => void saved++;
  const [a, b] = [refresher({ store, key: 'p', onTokens }), refresher({ store, key: 'p', onTokens })];
  const [ta, tb] = await Promise.all([a.refresh(FIRST_ACCESS), b.refresh(FIRST_ACCESS)]);
  assert.equal(ta, tb);
  assert.equal(portal.oauth.stats().refreshes, 1);
  assert.equal(saved, 1);
  assert.equal(b.tokens().refreshToken, a.tokens().refreshToken);
});

for (const [name, fault, code, extra] of [
  ['invalid_client (wrong keys, or the app removed)', { kind: 'error', status: 401, error: 'invalid_client', error_description: 'Invalid client' }, 'REAUTHORIZE', { oauthError: 'invalid_client', status: 401 }],
  ['invalid_scope', { kind: 'error', status: 400, error: 'invalid_scope', error_description: 'scope' }, 'REAUTHORIZE', { oauthError: 'invalid_scope' }],
  ['invalid_request', { kind: 'error', status: 400, error: 'invalid_request', error_description: 'bad' }, 'REAUTHORIZE', { oauthError: 'invalid_request' }],
  ['PAYMENT_REQUIRED', { kind: 'payment-required' }, 'PAYMENT_REQUIRED', { oauthError: 'PAYMENT_REQUIRED' }],
  ['a deleted portal (HTTP 404)', { kind: 'portal-deleted' }, 'PORTAL_NOT_FOUND', { status: 404 }],
  ['an HTML 502 from a proxy', { kind: 'html' }, 'OUTCOME_UNKNOWN', { status: 502, kind: 'not_json' }],
  ['a JSON 503 with an undocumented code', { kind: 'error', status: 503, error: 'temporarily_unavailable', error_description: 'later' }, 'OUTCOME_UNKNOWN', { status: 503, oauthError: 'temporarily_unavailable' }],
  ['an undocumented 4xx code', { kind: 'error', status: 400, error: 'unauthorized_client', error_description: 'no' }, 'REAUTHORIZE', { oauthError: 'unauthorized_client' }],
  ['a dropped answer after the server rotated', { kind: 'drop' }, 'OUTCOME_UNKNOWN', {}],
  ['no answer within timeoutMs', { kind: 'delay', ms: 2000 }, 'OUTCOME_UNKNOWN', { reason: 'timeout' }],
]) {
  test(`a refresh answered with ${name} is ${code}, with no secret in it`, async () => {
    fresh();
    portal.oauth.inject(fault);
    const keeper = secretsKeeper();
    const r = refresher({ onTokens: keeper.onTokens, logger: keeper.logger, timeoutMs: 300, onTokensTimeoutMs: 300, lockTtlMs: 1000 });
    const t0 = performance.now();
    const error = await rejection(r.refresh(FIRST_ACCESS));
    assert.ok(performance.now() - t0 < 1500, 'settled within its deadline');
    assert.ok(error instanceof RefreshError, String(error));
    assert.equal(error.code, code);
    for (const [k, v] of Object.entries(extra)) assert.equal(error[k], v, k);
    keeper.assertClean(error, name);
  });
}

test('an OAuth error description that echoes the secret or the refresh token is redacted', async () => {
  fresh();
  portal.oauth.inject({ kind: 'error', status: 400, error: 'invalid_grant', error_description: `token ${FIRST_REFRESH} for ${CLIENT_SECRET} is bad` });
  const keeper = secretsKeeper();
  const error = await rejection(refresher({ logger: keeper.logger }).refresh(FIRST_ACCESS));
  assert.equal(error.code, 'REAUTHORIZE');
  assert.equal(error.description, 'token *** for *** is bad');
  keeper.assertClean(error, 'echoing description');
});

test('an OAuth server that cannot be reached is NETWORK (nothing was sent)', async () => {
  const closed = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const keeper = secretsKeeper();
  const error = await rejection(refresher({ oauthUrl: `http://127.0.0.1:${closed}/oauth/token/`, logger: keeper.logger }).refresh(FIRST_ACCESS));
  assert.equal(error.code, 'NETWORK');
  assert.equal(error.reason, 'ECONNREFUSED');
  keeper.assertClean(error, 'network');
});

test('onTokens failing or hanging is PERSIST_FAILED without its text; the new pair stays in use here', async () => {
  for (const onTokens of [
    async () => {
      throw new Error(`disk full while saving ${CLIENT_SECRET}`);
    },
    () => new Promise(() => {}),
  ]) {
    fresh();
    const keeper = secretsKeeper();
    const r = refresher({
      onTokens: (record) => {
        keeper.onTokens(record);
        return onTokens();
      },
      logger: keeper.logger,
      timeoutMs: 300,
      onTokensTimeoutMs: 300,
      lockTtlMs: 1000,
    });
    const error = await rejection(r.refresh(FIRST_ACCESS));
    assert.equal(error.code, 'PERSIST_FAILED');
    assert.ok(!/disk full/.test(error.message));
    keeper.assertClean(error, 'onTokens');
    // No second refresh: the rotated pair is used.
    const token = await r.refresh(FIRST_ACCESS);
    assert.equal((await callWith(token)).status, 200);
    assert.equal(portal.oauth.stats().refreshes, 1);
  }
});

test('configuration is checked up front: secrets over plain http to a remote host are refused', () => {
  const bad = [
    { oauthUrl: 'http://oauth.example.com/oauth/token/' },
    { clientSecret: '' },
    { onTokens: undefined },
    { lockTtlMs: 5000 }, // not above timeoutMs + onTokensTimeoutMs
  ];
  for (const options of bad) {
    assert.throws(() => refresher(options), (e) => e instanceof RefreshError && e.code === 'INVALID_CONFIG' && !e.message.includes(CLIENT_SECRET));
  }
});

// ---- across processes, through Redis -------------------------------------------------------------

let stormRuns = 0;
function stormConfig(extra = {}) {
  return {
    mode: 'storm',
    redisUrl: redis.url,
    prefix: `storm${++stormRuns}:`,
    key: 'portal.example',
    oauthEndpoint: portal.oauthEndpoint,
    tokenUrl: portal.oauthTokenUrl,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: FIRST_REFRESH,
    accessToken: FIRST_ACCESS,
    calls: 250,
    ...extra,
  };
}

test('refresh storm: 4 workers x 250 concurrent calls on an expired token: 1 refresh reaches the OAuth server, onTokens runs once, every call completes', async (t) => {
  fresh();
  let onTokens = 0;
  const config = stormConfig();
  const run = await runFleet([config, config, config, config].map((c) => ({ ...c })), {
    onMessage: (i, m) => m.type === 'onTokens' && onTokens++,
  });
  assert.deepEqual(run.errors, []);
  t.diagnostic(JSON.stringify({ oauth: portal.oauth.stats(), tallies: run.reports.map((r) => r.tally), warnings: run.reports.map((r) => r.warnings) }));
  assert.equal(portal.oauth.stats().refreshes, 1);
  assert.equal(portal.oauth.stats().requests, 1);
  assert.equal(onTokens, 1);
  assert.equal(run.reports.reduce((n, r) => n + r.onTokensCalls, 0), 1);
  assert.deepEqual(run.reports.map((r) => r.tally), [{ ok: 250 }, { ok: 250 }, { ok: 250 }, { ok: 250 }]);
});

test('the lock holder SIGKILLed before its request left: the lock expires by its TTL and exactly one other worker refreshes', async () => {
  fresh();
  const timing = { refresherOptions: { timeoutMs: 400, onTokensTimeoutMs: 400, lockTtlMs: 1200 } };
  const config = stormConfig(timing);
  const victim = await runFleet([{ ...config, calls: 1, hangExchange: true }], {
    onMessage: (i, m, worker) => m.type === 'exchange-started' && worker.kill('SIGKILL'),
  });
  assert.equal(victim.exits[0].signal, 'SIGKILL');
  assert.equal(portal.oauth.stats().requests, 0);
  const run = await runFleet([0, 1, 2].map(() => ({ ...config, calls: 50 })));
  assert.deepEqual(run.errors, []);
  assert.equal(portal.oauth.stats().refreshes, 1);
  assert.deepEqual(run.reports.map((r) => r.tally), [{ ok: 50 }, { ok: 50 }, { ok: 50 }]);
});

test('the refresher SIGKILLed inside onTokens: the others read the pair it wrote to the store, nothing refreshes twice', async () => {
  fresh();
  const config = stormConfig({ refresherOptions: { timeoutMs: 400, onTokensTimeoutMs: 400, lockTtlMs: 1200 } });
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    const victim = await runFleet([{ ...config, calls: 1, hangOnTokens: true }], {
      async onMessage(i, m, worker) {
        if (m.type !== 'onTokens') return;
        // The record is written beside onTokens; kill once it is there.
        for (let n = 0; n < 100 && !(await client.sendCommand(['EXISTS', `${config.prefix}tokens:${config.key}`])); n++) {
          await new Promise((r) => setTimeout(r, 10));
        }
        worker.kill('SIGKILL');
      },
    });
    assert.equal(victim.exits[0].signal, 'SIGKILL');
    const run = await runFleet([0, 1, 2].map(() => ({ ...config, calls: 50 })));
    assert.deepEqual(run.errors, []);
    assert.equal(portal.oauth.stats().refreshes, 1);
    assert.deepEqual(run.reports.map((r) => r.tally), [{ ok: 50 }, { ok: 50 }, { ok: 50 }]);
  } finally {
    await client.destroy?.();
  }
});

test('Redis down: refresh() fails within storeRetryMs with STORE_UNAVAILABLE and sends nothing to the OAuth server', async () => {
  fresh();
  const own = await startRedis();
  const client = createClient({ url: own.url, socket: { reconnectStrategy: () => 100 } });
  await client.connect();
  const keeper = secretsKeeper();
  const store = createRedisStore(client, { logger: keeper.logger, commandTimeoutMs: 200 });
  const r = refresher({ store, key: 'p', logger: keeper.logger, storeRetryMs: 500 });
  try {
    own.pause();
    const t0 = performance.now();
    const error = await rejection(r.refresh(FIRST_ACCESS));
    assert.ok(performance.now() - t0 < 500 + 200 + 200, 'storeRetryMs, then one command timeout at most');
    assert.equal(error.code, 'STORE_UNAVAILABLE');
    assert.ok(['timeout', 'down'].includes(error.reason), error.reason);
    assert.equal(portal.oauth.stats().requests, 0);
    keeper.assertClean(error, 'store down');
  } finally {
    await own.stop();
    await client.destroy?.();
  }
});
