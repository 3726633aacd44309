#!/usr/bin/env node
// Fleet figures, through the real client (the package built in pkg/, or B24_BENCH_PKG): 4 worker
// processes, each a `Client.webhook(url, { store, plan: 50/2 })`, on one stand-in portal (50/2
// bucket, real clock), with the limiter bucket shared through a real redis-server, without a
// store (a bucket per process), with one worker SIGKILLed halfway, and with Redis stopped
// halfway; a refresh storm of `Client.oauth({ clientId, clientSecret, refreshToken, onTokens,
// store })` across the workers; and what the store costs: one reservation (Redis on loopback
// beside the memory store) and one client call with each store beside none. Prints figures;
// reports wrong outcomes (refusals with the shared bucket, lost or doubled writes, a hang, more
// than one refresh) as problems.
//
//   node bench/fleet.mjs [--only shared,nostore,kill,down,storm,cost] [--clock N]
//   (--clock N: the stand-in's clock runs N times as fast, so the bucket drains 2·N a second and
//   the client is told so; the cold start is then a larger share of the run)
//   import { runFleetBench, printFleetSummary } from './fleet.mjs'   // from bench/bench.mjs
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { spawnStandin } from './lib/standin.mjs';
import { PKG_DIR } from './lib/libs.mjs';
import { median, percentile, num, table } from './lib/report.mjs';
import { startRedis } from '../tests/fleet/lib/redis-server.mjs';
import { runFleet, makeBatches, countWrites, writesOf, CLIENT_WORKER } from '../tests/fleet/lib/fleet.mjs';
import { builtEntries } from '../tests/fleet/lib/package.mjs';

const WORKERS = 4;
const PORTAL_BUCKET = { size: 50, drain: 2 };
// The client is told the portal's bucket; the core gives the store that less its spare slots.
const PLAN = { size: 50, drain: 2 };
const SHAPE = { workers: WORKERS, batchesPerWorker: 25, commandsPerBatch: 50 };
const LIMIT_S = (WORKERS * SHAPE.batchesPerWorker - PORTAL_BUCKET.size) / PORTAL_BUCKET.drain;
// Each worker keeps this many batches in flight (so a kill or a Redis stop lands mid-run).
const LANES = 2;
const ALL = ['shared', 'nostore', 'kill', 'down', 'storm', 'cost'];

// Control calls on fresh connections (agent: false), as bench/lib/standin.mjs does.
function control(base, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : '';
    const req = http.request(
      `${base}/_standin/${path}`,
      { method, agent: false, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`stand-in ${method} ${path}: HTTP ${res.statusCode}`));
          resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Runs the fleet workloads; answers `{ summaries, problems }`. `log` prints, `problem(text)`
 * records a wrong outcome (also collected in `problems`). `pkgDir`: the built package.
 */
export async function runFleetBench({ only = ALL, log = console.log, problem, pkgDir = PKG_DIR, clock = 1 } = {}) {
  const plan = { size: PLAN.size, drain: PLAN.drain * clock };
  const limitS = LIMIT_S / clock;
  const problems = [];
  const report = (text) => {
    problems.push(text);
    if (problem) problem(text);
    else log(`  !! ${text}`);
  };
  const summaries = [];
  const want = new Set(only);
  const pkg = builtEntries(pkgDir);
  const standin = await spawnStandin();
  const redis = await startRedis();
  log(`\n== Fleet: ${WORKERS} worker processes of the client (${pkgDir}), ${num(WORKERS * SHAPE.batchesPerWorker * SHAPE.commandsPerBatch)} writes in ${WORKERS * SHAPE.batchesPerWorker} batches, portal bucket ${PORTAL_BUCKET.size}/${PORTAL_BUCKET.drain} at ${clock === 1 ? 'the real clock' : `a ${clock}× clock`} ==`);
  log(`stand-in ${standin.url} (pid ${standin.pid}); redis-server ${redis.url} (pid ${redis.pid}); client plan ${plan.size}/${plan.drain}, ${LANES} batches in flight per worker`);
  let runs = 0;

  async function bucketRun(label, { store = 'redis', kill = false, stopRedis = false } = {}) {
    await standin.prepare({ bucket: PORTAL_BUCKET, clockScale: clock });
    const own = stopRedis ? await startRedis() : null;
    const batches = makeBatches(SHAPE);
    const prefix = `bench${++runs}-${Date.now()}:`;
    const configs = batches.map((list) => ({
      mode: 'batches',
      ...pkg,
      webhookUrl: standin.webhookUrl,
      store,
      redisUrl: (own ?? redis).url,
      prefix,
      options: { plan },
      batches: list,
      concurrency: LANES,
    }));
    let lastAnswer = 0;
    let answered = 0;
    let stopping = null;
    const outcomes = new Map();
    let killed = false;
    const run = await runFleet(configs, {
      worker: CLIENT_WORKER,
      timeoutMs: 240_000,
      onMessage(i, m, worker) {
        if (m.type !== 'batch') return;
        answered += 1;
        outcomes.set(m.id, m.outcome);
        if (!(kill && i === 0)) lastAnswer = performance.now();
        const victimSent = [...outcomes].filter(([id, o]) => id.startsWith('w0-') && o === 'sent').length;
        if (kill && i === 0 && !killed && victimSent === Math.floor(SHAPE.batchesPerWorker / 2)) {
          killed = true;
          worker.kill('SIGKILL');
        }
        if (stopRedis && !stopping && answered === (WORKERS * SHAPE.batchesPerWorker) / 2) stopping = own.stop();
      },
    });
    await stopping;
    await own?.stop();
    const stats = await standin.stats();
    const requests = await control(standin.url, 'GET', 'requests');
    const survivorBatches = kill ? batches.slice(1).flat() : batches.flat();
    const ran = countWrites(requests, writesOf(batches.flat()));
    // A write is lost when its batch was answered as run (or not answered: a dead worker's)
    // and it did not run; a batch given up as refused did not run and says so.
    let lost = 0;
    let gaveUp = 0;
    for (const batch of survivorBatches) {
      const outcome = outcomes.get(batch.id);
      const missing = writesOf([batch]).filter((text) => !ran.ran.has(text)).length;
      if (outcome === 'QUERY_LIMIT_EXCEEDED') {
        gaveUp += 1;
        if (missing !== writesOf([batch]).length) report(`${label}: batch ${batch.id} was given up as refused, yet ran`);
      } else {
        lost += missing;
      }
    }
    const notRun = writesOf(survivorBatches).filter((text) => !ran.ran.has(text)).length;
    const seconds = (lastAnswer - run.startedAt) / 1000;
    const reports = run.reports.map((r, i) => (kill && i === 0 ? null : r));
    const hung = run.exits.some((e, i) => e.code !== 0 && !(kill && i === 0));
    for (const e of run.errors) report(`${label}: ${e}`);
    if (hung) report(`${label}: a worker did not finish (${JSON.stringify(run.exits)})`);
    if (lost) report(`${label}: ${lost} writes lost`);
    if (ran.duplicated) report(`${label}: ${ran.duplicated} writes ran twice`);
    const survivorRefusals = reports.filter(Boolean).reduce((n, r) => n + r.stats.refusals, 0);
    if (store === 'redis' && !stopRedis && survivorRefusals) report(`${label}: the portal refused ${survivorRefusals} requests of workers sharing the bucket`);
    const victimTexts = writesOf(batches[0]);
    return {
      label,
      seconds,
      refusals: stats.refused503,
      requests: stats.requests,
      lost,
      gaveUp,
      notRun,
      duplicated: ran.duplicated,
      warnings: reports.filter(Boolean).map((r) => r.warnings.length),
      victim: kill ? { sent: [...outcomes].filter(([id, o]) => id.startsWith('w0-') && o === 'sent').length, ran: victimTexts.filter((t) => ran.ran.has(t)).length } : null,
    };
  }

  try {
    const rows = [];
    if (want.has('shared')) rows.push(await bucketRun('Redis store (shared bucket)'));
    if (want.has('nostore')) rows.push(await bucketRun('no store (a bucket per process)', { store: 'none' }));
    if (want.has('kill')) rows.push(await bucketRun('Redis store, worker 0 SIGKILLed halfway', { kill: true }));
    if (want.has('down')) rows.push(await bucketRun('Redis store, redis-server stopped halfway', { stopRedis: true }));
    if (rows.length) {
      table([
        ['run', 'time s', 'refusals', 'HTTP requests', 'lost', 'duplicated', 'given up', 'notes'],
        ...rows.map((r) => [
          r.label,
          num(r.seconds, 2),
          num(r.refusals),
          num(r.requests),
          num(r.lost),
          num(r.duplicated),
          r.gaveUp ? `${num(r.gaveUp)} batches (${num(r.notRun)} writes not run)` : '0',
          r.victim
            ? `worker 0 killed after ${r.victim.sent} of ${SHAPE.batchesPerWorker} batches; its writes that ran: ${num(r.victim.ran)} (none twice)`
            : r.label.includes('stopped')
              ? `warnings per worker: ${r.warnings.join(', ')} (fell back to memory)`
              : '',
        ]),
      ]);
      log(`  limit: (${WORKERS * SHAPE.batchesPerWorker} − ${PORTAL_BUCKET.size}) / ${plan.drain} = ${limitS} s; 1.05× = ${(limitS * 1.05).toFixed(2)} s. "given up": batches the client ended as QUERY_LIMIT_EXCEEDED after its refusal retries (known not run).`);
      for (const r of rows) {
        summaries.push(`fleet, ${r.label}: ${num(r.seconds, 2)} s, ${num(r.refusals)} refusals, ${num(r.lost)} lost, ${num(r.duplicated)} duplicated, ${num(r.gaveUp)} batches given up; limit ${limitS} s (1.05× = ${(limitS * 1.05).toFixed(2)} s)`);
      }
    }

    if (want.has('storm')) {
      await standin.prepare({ bucket: null, clockScale: 1 });
      await control(standin.url, 'POST', 'tokens/expire', { token: 'standin-token-1' });
      let onTokens = 0;
      const config = {
        mode: 'storm',
        ...pkg,
        store: 'redis',
        redisUrl: redis.url,
        prefix: `storm-${Date.now()}:`,
        oauthEndpoint: `${standin.url}/rest/`,
        oauthUrl: `${standin.url}/oauth/token/`,
        clientId: 'standin-client',
        clientSecret: 'standin-client-secret',
        refreshToken: 'standin-refresh-1',
        accessToken: 'standin-token-1',
        // The store books every request too; a bucket this large never makes one wait.
        options: { plan: { size: 1e6, drain: 1e6 } },
        calls: 250,
      };
      const run = await runFleet([0, 1, 2, 3].map((w) => ({ ...config, tag: `storm-w${w}` })), {
        worker: CLIENT_WORKER,
        onMessage: (i, m) => m.type === 'onTokens' && onTokens++,
      });
      const oauth = await control(standin.url, 'GET', 'oauth');
      const ok = run.reports.reduce((n, r) => n + (r?.tally?.ok ?? 0), 0);
      for (const e of run.errors) report(`storm: ${e}`);
      if (oauth.refreshes !== 1) report(`storm: ${oauth.refreshes} refreshes reached the OAuth server`);
      if (onTokens !== 1) report(`storm: onTokens ran ${onTokens} times`);
      if (ok !== 1000) report(`storm: ${1000 - ok} calls did not complete (${JSON.stringify(run.reports.map((r) => r?.tally))})`);
      log(`\n== Refresh storm: 4 workers × 250 concurrent Client.oauth calls on an expired token, one Redis store ==`);
      table([
        ['refresh requests at the OAuth server', 'refreshes', 'onTokens calls', 'calls completed', 'time ms'],
        [num(oauth.requests), num(oauth.refreshes), num(onTokens), `${num(ok)} of 1,000`, num(run.ms)],
      ]);
      summaries.push(`refresh storm (4 × 250 Client.oauth calls): ${num(oauth.refreshes)} refresh, ${num(onTokens)} onTokens, ${num(ok)}/1,000 calls completed; limit 1 refresh`);
    }

    if (want.has('cost')) {
      const [{ Client, ready }, { createRedisStore }, { createMemoryStore }] = await Promise.all([import(pkg.entry), import(pkg.redisEntry), import(pkg.storeEntry)]);
      await ready();
      const client = createClient({ url: redis.url });
      client.on('error', () => {});
      await client.connect();
      const stores = { memory: createMemoryStore(), redis: createRedisStore(client, { prefix: `cost-${Date.now()}:` }) };

      // One reservation, the store alone.
      const plan = { size: 1e9, drain: 1e9 }; // never waits: only the bookkeeping is timed
      const reserve = { memory: [], redis: [] };
      for (const name of Object.keys(stores)) for (let i = 0; i < 500; i++) await stores[name].reserve('warm', plan, Date.now());
      for (let round = 0; round < 50; round++) {
        for (const name of round % 2 ? ['redis', 'memory'] : ['memory', 'redis']) {
          for (let i = 0; i < 100; i++) {
            const t0 = performance.now();
            await stores[name].reserve('portal', plan, Date.now());
            reserve[name].push((performance.now() - t0) * 1000);
          }
        }
      }

      // One client call: the same call with no store, the memory store, the Redis store.
      await standin.prepare({ bucket: null, clockScale: 1 });
      const big = { size: 1e6, drain: 1e6 };
      const clients = {
        'no store': Client.webhook(standin.webhookUrl, { plan: big }),
        memory: Client.webhook(standin.webhookUrl, { plan: big, store: stores.memory }),
        redis: Client.webhook(standin.webhookUrl, { plan: big, store: stores.redis }),
      };
      const calls = { 'no store': [], memory: [], redis: [] };
      const names = Object.keys(clients);
      for (const name of names) for (let i = 0; i < 200; i++) await clients[name].call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'warm' });
      await standin.prepare({ bucket: null, clockScale: 1 }); // the stand-in's log stays small
      for (let round = 0; round < 20; round++) {
        for (const name of round % 2 ? [...names].reverse() : names) {
          for (let i = 0; i < 50; i++) {
            const t0 = performance.now();
            await clients[name].call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'cost' });
            calls[name].push((performance.now() - t0) * 1000);
          }
        }
      }
      await client.destroy?.();
      log(`\n== Cost of the store (one process; Redis on loopback) ==`);
      table([
        ['what', 'median µs', 'p90 µs', 'samples'],
        ...Object.entries(reserve).map(([name, xs]) => [`store.reserve(), ${name}`, num(median(xs), 1), num(percentile(xs, 0.9), 1), num(xs.length)]),
        ...Object.entries(calls).map(([name, xs]) => [`client.call() at the stand-in, ${name}`, num(median(xs), 1), num(percentile(xs, 0.9), 1), num(xs.length)]),
      ]);
      const over = (name) => median(calls[name]) - median(calls['no store']);
      log(`  per-call overhead of the store (median call − median call without a store): memory ${num(over('memory'), 1)} µs, redis ${num(over('redis'), 1)} µs`);
      summaries.push(`store reservation cost (median µs): memory ${num(median(reserve.memory), 1)}, redis ${num(median(reserve.redis), 1)} (p90 ${num(percentile(reserve.memory, 0.9), 1)} / ${num(percentile(reserve.redis, 0.9), 1)})`);
      summaries.push(`client.call with a store (median µs): none ${num(median(calls['no store']), 1)}, memory ${num(median(calls.memory), 1)}, redis ${num(median(calls.redis), 1)} (p90 ${num(percentile(calls['no store'], 0.9), 1)} / ${num(percentile(calls.memory, 0.9), 1)} / ${num(percentile(calls.redis, 0.9), 1)})`);
    }
  } finally {
    await standin.close();
    await redis.stop();
  }
  return { summaries, problems };
}

/** Prints what runFleetBench answered: one line per workload, then the problems. */
export function printFleetSummary({ summaries, problems }, log = console.log) {
  log('\n== Fleet summary ==');
  for (const line of summaries) log(line);
  if (problems.length) {
    log(`\n${problems.length} problem(s):`);
    for (const p of problems) log(`  - ${p}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--only');
  const only = i > 0 ? String(process.argv[i + 1] ?? '').split(',').filter(Boolean) : ALL;
  const unknown = only.filter((o) => !ALL.includes(o));
  if (unknown.length) {
    console.error(`fleet bench: unknown workload ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
    process.exit(2);
  }
  const c = process.argv.indexOf('--clock');
  const clock = c > 0 ? Number(process.argv[c + 1]) : 1;
  if (!(clock > 0)) {
    console.error('fleet bench: --clock takes a positive number');
    process.exit(2);
  }
  const result = await runFleetBench({ only, clock });
  printFleetSummary(result);
  if (result.problems.length) process.exitCode = 1;
}
