// One worker process of a fleet that drives the real client (child_process.fork), for
// client-fleet.test.mjs and bench/fleet.mjs. The package comes from the config: `entry` and
// `redisEntry` are file URLs of b24-wasm's Node entry and of b24-wasm/redis (the installed
// package in the tests, pkg/ in the bench). `redis` (node-redis) is the repo's devDependency.
//
// Modes (the first IPC message):
// - `batches`: `Client.webhook(url, { store, plan })` sends the worker's batches of
//   independent writes, all at once (`concurrency` lanes when given), and reports each batch.
// - `storm`: `Client.oauth({ ..., clientId, clientSecret, refreshToken, onTokens, store })`
//   makes `calls` concurrent calls on an expired token.
import { createClient } from 'redis';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const send = (message) => process.send?.(message);
const warnings = [];
const logger = { warn: (m) => warnings.push(String(m)), info: () => {} };

async function openStore(config, createRedisStore, createMemoryStore) {
  if (config.store === 'memory') return { store: createMemoryStore(), close: async () => {} };
  if (config.store !== 'redis') return { store: undefined, close: async () => {} };
  // A fixed short delay between reconnect attempts: no reconnect storm once Redis is gone.
  const client = createClient({ url: config.redisUrl, socket: { reconnectStrategy: () => 100, connectTimeout: 1000 } });
  client.on('error', () => {});
  await client.connect();
  // 5 s, not the default 1 s: on a loaded two-core machine a stalled process would otherwise
  // time a command out and fall back to memory, and the shared-bucket checks would see that.
  const store = createRedisStore(client, { prefix: config.prefix, logger, commandTimeoutMs: config.commandTimeoutMs ?? 5000 });
  return {
    store,
    close: async () => {
      await Promise.race([client.close?.() ?? client.quit(), sleep(500)]).catch(() => {});
    },
  };
}

// The worker's batch as the client takes it: key -> [method, params].
function commandsOf(batch) {
  const commands = {};
  for (const [key, text] of Object.entries(batch.cmd)) {
    const query = new URLSearchParams(text.slice(text.indexOf('?') + 1));
    commands[key] = [text.slice(0, text.indexOf('?')), { NOTIFY_ID: Number(query.get('NOTIFY_ID')), ANSWER_TEXT: query.get('ANSWER_TEXT') }];
  }
  return commands;
}

// 'sent' when every command has its result; otherwise the error codes, in order.
function outcomeOf(reply) {
  const codes = Object.values(reply.errors).map((e) => e.code);
  return codes.length === 0 ? 'sent' : [...new Set(codes)].sort().join(',');
}

async function batchesMode(config, pkg) {
  const { store, close } = await openStore(config, pkg.createRedisStore, pkg.createMemoryStore);
  const client = pkg.Client.webhook(config.webhookUrl, { ...config.options, ...(store ? { store } : {}) });
  await pkg.ready();
  const outcomes = {};
  send({ type: 'ready' });
  await new Promise((resolve) => process.once('message', resolve)); // go
  const queue = [...config.batches];
  const lane = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      let outcome;
      try {
        outcome = outcomeOf(await client.batch(commandsOf(batch)));
      } catch (error) {
        outcome = `threw ${error?.code ?? error?.name}`;
      }
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      send({ type: 'batch', id: batch.id, outcome });
    }
  };
  await Promise.all(Array.from({ length: config.concurrency ?? queue.length }, lane));
  send({ type: 'done', outcomes, stats: client.stats(), warnings, fallback: store?.usingFallback?.() ?? false });
  await close();
}

async function stormMode(config, pkg) {
  const { store, close } = await openStore(config, pkg.createRedisStore, pkg.createMemoryStore);
  let onTokensCalls = 0;
  const client = pkg.Client.oauth({
    endpoint: config.oauthEndpoint,
    accessToken: config.accessToken,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    refreshToken: config.refreshToken,
    oauthUrl: config.oauthUrl,
    onTokens: async (tokens) => {
      onTokensCalls += 1;
      send({ type: 'onTokens', fresh: typeof tokens?.accessToken === 'string' && tokens.accessToken !== config.accessToken });
    },
    ...config.options,
    ...(store ? { store } : {}),
  });
  await pkg.ready();
  send({ type: 'ready' });
  await new Promise((resolve) => process.once('message', resolve)); // go
  const results = await Promise.all(
    Array.from({ length: config.calls }, async (_, i) => {
      try {
        await client.call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: `${config.tag}-${i}` });
        return 'ok';
      } catch (error) {
        return `${error?.code ?? error?.name}${error?.kind ? ` ${error.kind}` : ''}`;
      }
    }),
  );
  const tally = {};
  for (const r of results) tally[r] = (tally[r] ?? 0) + 1;
  send({ type: 'done', tally, onTokensCalls, stats: client.stats(), warnings });
  await close();
}

process.once('message', async (config) => {
  try {
    const [main, redis, memory] = await Promise.all([import(config.entry), import(config.redisEntry), import(config.storeEntry)]);
    const pkg = { ...main, createRedisStore: redis.createRedisStore, createMemoryStore: memory.createMemoryStore };
    if (config.mode === 'batches') await batchesMode(config, pkg);
    else if (config.mode === 'storm') await stormMode(config, pkg);
    else throw new Error(`unknown mode ${config.mode}`);
    process.exit(0);
  } catch (error) {
    send({ type: 'error', error: `${error?.code ?? ''} ${error?.stack ?? error}` });
    process.exit(1);
  }
});
