// One worker process of a fleet (child_process.fork), driven over IPC by the fleet tests and
// bench/fleet.mjs. Until the client takes a store, it drives the stand-in with plain fetch
// and the store directly, as the client's loop will: reserve, wait, send; on a refusal tell
// the store and go again (a refused request did not run); never repeat anything else.
//
// Modes (the first IPC message): `bucket` sends batches of writes through the bucket;
// `reserve` books reservations and reports them; `storm` makes concurrent OAuth calls with
// an expired token that all refresh through one refresher.
import http from 'node:http';
import { createClient } from 'redis';
import { createRedisStore } from '../../../pkg-template/redis/index.js';
import { createMemoryStore } from '../../../pkg-template/store/memory.js';
// From the built package: the refresher imports codes.js, which the build generates.
import { createRefresher } from '../../../pkg/oauth/refresher.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const send = (message) => process.send?.(message);
const warnings = [];
const logger = { warn: (m) => warnings.push(String(m)), info: () => {} };

async function openStore(config) {
  if (!config.redisUrl) return { store: createMemoryStore(), close: async () => {} };
  // No reconnect storm in tests: a fixed short delay between attempts.
  const client = createClient({ url: config.redisUrl, socket: { reconnectStrategy: () => 100, connectTimeout: 1000 } });
  client.on('error', () => {});
  await client.connect();
  const store = createRedisStore(client, { prefix: config.prefix, logger, commandTimeoutMs: config.commandTimeoutMs ?? 2000, clock: config.clock ?? 'redis', lease: config.lease });
  return {
    store,
    close: async () => {
      await Promise.race([client.close?.() ?? client.quit(), sleep(500)]).catch(() => {});
    },
  };
}

// Calls to the portal over a few keep-alive sockets: 250 concurrent calls per worker on a
// loaded two-core machine would otherwise open 1,000 connections to the stand-in at once.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function postJson(url, body) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        let json = null;
        try {
          json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          // status alone
        }
        resolve({ status: res.statusCode, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

// Sends one batch through the bucket. Answers 'sent', or 'unknown' when the answer was lost
// (the batch may have run: it is not sent again).
async function sendBatch(store, config, batch, counters) {
  for (let attempt = 0; attempt < (config.maxAttempts ?? 500); attempt++) {
    const t0 = performance.now();
    const wait = await store.reserve(config.key, config.plan, Date.now());
    const t1 = performance.now();
    counters.reserveUs.push((t1 - t0) * 1000);
    if (wait > 0) await sleep(wait);
    // How late the send starts against its booked time (what the plan's headroom must cover).
    counters.lateMs = Math.max(counters.lateMs, performance.now() - t1 - wait);
    let reply;
    try {
      reply = await postJson(`${config.webhookUrl}batch`, { halt: 0, cmd: batch.cmd });
    } catch {
      return 'unknown';
    }
    if (reply.status === 503 && reply.json?.error === 'QUERY_LIMIT_EXCEEDED') {
      counters.refusals += 1;
      await store.refused(config.key, config.plan, Date.now());
      continue;
    }
    if (reply.status === 200 && reply.json?.result) return 'sent';
    return 'unknown';
  }
  return 'gave-up';
}

async function bucketMode(config) {
  const { store, close } = await openStore(config);
  const counters = { refusals: 0, reserveUs: [], lateMs: 0 };
  const outcomes = { sent: 0, unknown: 0, 'gave-up': 0 };
  send({ type: 'ready' });
  await new Promise((resolve) => process.once('message', resolve)); // go
  const queue = [...config.batches];
  const lane = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const outcome = await sendBatch(store, config, batch, counters);
      outcomes[outcome] += 1;
      send({ type: 'batch', id: batch.id, outcome });
    }
  };
  await Promise.all(Array.from({ length: config.concurrency ?? 2 }, lane));
  send({ type: 'done', refusals: counters.refusals, outcomes, warnings, lateMs: counters.lateMs, reserveUs: counters.reserveUs, fallback: store.usingFallback?.() ?? false });
  await close();
}

// Books `count` reservations, one after another or all at once (`concurrent`), and reports
// each one's wait and the time it was asked at (`goAt` = asked + wait, on the store's clock
// when that is the caller's).
async function reserveMode(config) {
  const { store, close } = await openStore(config);
  const one = async () => {
    const asked = Date.now();
    const wait = await store.reserve(config.key, config.plan, asked);
    return { wait, goAt: asked + wait };
  };
  send({ type: 'ready' });
  await new Promise((resolve) => process.once('message', resolve)); // go
  const booked = [];
  if (config.concurrent) booked.push(...(await Promise.all(Array.from({ length: config.count }, one))));
  else for (let i = 0; i < config.count; i++) booked.push(await one());
  send({ type: 'reserved', waits: booked.map((b) => b.wait), goAt: booked.map((b) => b.goAt) });
  if (config.hold) await new Promise(() => {}); // stays until killed
  await close();
}

async function stormMode(config) {
  const { store, close } = await openStore(config);
  let onTokensCalls = 0;
  let fetchFn = globalThis.fetch;
  // A worker whose refresh never leaves the process (it is killed while holding the lock).
  if (config.hangExchange) {
    fetchFn = () => {
      send({ type: 'exchange-started' });
      return new Promise(() => {});
    };
  }
  const refresher = createRefresher({
    oauthUrl: config.tokenUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    refreshToken: config.refreshToken,
    accessToken: config.accessToken,
    store,
    key: config.key,
    fetch: fetchFn,
    logger,
    ...(config.refresherOptions ?? {}),
    onTokens: async () => {
      onTokensCalls += 1;
      send({ type: 'onTokens' });
      if (config.hangOnTokens) await new Promise(() => {});
    },
  });
  const call = async (token) => {
    const { status, json } = await postJson(`${config.oauthEndpoint}im.notify.answer`, { auth: token, NOTIFY_ID: 1, ANSWER_TEXT: 'storm' });
    return { status, error: json?.error };
  };
  send({ type: 'ready' });
  await new Promise((resolve) => process.once('message', resolve)); // go
  const results = await Promise.all(
    Array.from({ length: config.calls }, async () => {
      try {
        let token = config.accessToken;
        let reply = await call(token);
        if (reply.status === 401 && reply.error === 'expired_token') {
          token = await refresher.refresh(token);
          reply = await call(token);
        }
        return reply.status === 200 ? 'ok' : `http ${reply.status} ${reply.error}`;
      } catch (error) {
        return `error ${error.code ?? error.name}${error.cause?.code ? ` ${error.cause.code}` : ''}`;
      }
    }),
  );
  const tally = {};
  for (const r of results) tally[r] = (tally[r] ?? 0) + 1;
  send({ type: 'done', tally, onTokensCalls, warnings });
  await close();
}

process.once('message', async (config) => {
  try {
    if (config.mode === 'bucket') await bucketMode(config);
    else if (config.mode === 'reserve') await reserveMode(config);
    else if (config.mode === 'storm') await stormMode(config);
    else throw new Error(`unknown mode ${config.mode}`);
    process.exit(0);
  } catch (error) {
    send({ type: 'error', error: `${error.code ?? ''} ${error.stack ?? error}` });
    process.exit(1);
  }
});
