#!/usr/bin/env node
// Fleet figures: 4 worker processes on one stand-in portal (50/2 bucket, real clock), with the
// limiter bucket shared through a real redis-server, without it (a bucket per process), with
// one worker SIGKILLed halfway, and with Redis stopped halfway; a refresh storm across the
// workers; and what one Redis reservation costs beside the in-memory store. Prints figures;
// reports wrong outcomes (refusals with the shared bucket, lost or doubled writes, a hang, more
// than one refresh) as problems. Until the client takes a store, the workers drive the
// stand-in with plain fetch and the store, as the client's loop will.
//
//   node bench/fleet.mjs [--only shared,nostore,kill,down,storm,cost]
//   import { runFleetBench } from './fleet.mjs'   // from bench/bench.mjs
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { spawnStandin } from './lib/standin.mjs';
import { median, percentile, num, table } from './lib/report.mjs';
import { startRedis } from '../tests/fleet/lib/redis-server.mjs';
import { runFleet, makeBatches, countWrites, writesOf } from '../tests/fleet/lib/fleet.mjs';
import { createRedisStore } from '../pkg-template/redis/index.js';
import { createMemoryStore } from '../pkg-template/store/memory.js';

const WORKERS = 4;
const PORTAL_BUCKET = { size: 50, drain: 2 };
// One slot of headroom (0.5 s at 2/s) for the jitter between a reservation and its arrival.
const PLAN = { size: 49, drain: 2 };
const SHAPE = { workers: WORKERS, batchesPerWorker: 25, commandsPerBatch: 50 };
const LIMIT_S = (WORKERS * SHAPE.batchesPerWorker - PORTAL_BUCKET.size) / PORTAL_BUCKET.drain;
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
 * records a wrong outcome (also collected in `problems`).
 */
export async function runFleetBench({ only = ALL, log = console.log, problem } = {}) {
  const problems = [];
  const report = (text) => {
    problems.push(text);
    if (problem) problem(text);
    else log(`  !! ${text}`);
  };
  const summaries = [];
  const want = new Set(only);
  const standin = await spawnStandin();
  const redis = await startRedis();
  log(`\n== Fleet: ${WORKERS} worker processes, ${num(WORKERS * SHAPE.batchesPerWorker * SHAPE.commandsPerBatch)} writes in ${WORKERS * SHAPE.batchesPerWorker} batches, portal bucket ${PORTAL_BUCKET.size}/${PORTAL_BUCKET.drain} at the real clock ==`);
  log(`stand-in ${standin.url} (pid ${standin.pid}); redis-server ${redis.url} (pid ${redis.pid}); store plan ${PLAN.size}/${PLAN.drain} (one slot of headroom)`);
  let runs = 0;

  async function bucketRun(label, { shared = true, kill = false, stopRedis = false } = {}) {
    await standin.prepare({ bucket: PORTAL_BUCKET, clockScale: 1 });
    const own = stopRedis ? await startRedis() : null;
    const batches = makeBatches(SHAPE);
    const prefix = `bench${++runs}-${Date.now()}:`;
    const configs = batches.map((list) => ({
      mode: 'bucket',
      webhookUrl: standin.webhookUrl,
      redisUrl: shared ? (own ?? redis).url : null,
      prefix,
      key: 'portal.example',
      plan: PLAN,
      batches: list,
      concurrency: 2,
    }));
    let lastAnswer = 0;
    let answered = 0;
    let stopping = null;
    const victimSent = new Set();
    let killed = false;
    const run = await runFleet(configs, {
      timeoutMs: 180_000,
      onMessage(i, m, worker) {
        if (m.type !== 'batch') return;
        answered += 1;
        if (i !== 0 || !kill || !killed) lastAnswer = performance.now();
        if (i === 0 && m.outcome === 'sent') victimSent.add(m.id);
        if (kill && i === 0 && !killed && victimSent.size === Math.floor(SHAPE.batchesPerWorker / 2)) {
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
    const survivors = kill ? batches.slice(1).flat() : batches.flat();
    const writes = countWrites(requests, writesOf(survivors));
    const all = countWrites(requests, writesOf(batches.flat()));
    const seconds = (lastAnswer - run.startedAt) / 1000;
    const hung = run.exits.some((e, i) => e.code !== 0 && !(kill && i === 0));
    for (const e of run.errors) report(`${label}: ${e}`);
    if (hung) report(`${label}: a worker did not finish (${JSON.stringify(run.exits)})`);
    if (writes.lost) report(`${label}: ${writes.lost} writes lost`);
    if (all.duplicated) report(`${label}: ${all.duplicated} writes ran twice`);
    const refusals = stats.refused503;
    const survivorRefusals = run.reports.filter((r, i) => r && !(kill && i === 0)).reduce((n, r) => n + r.refusals, 0);
    if (shared && !stopRedis && survivorRefusals) report(`${label}: the portal refused ${survivorRefusals} requests of workers sharing the bucket`);
    const reserveUs = run.reports.filter(Boolean).flatMap((r) => r.reserveUs);
    return {
      label,
      seconds,
      refusals,
      lost: writes.lost,
      duplicated: all.duplicated,
      requests: stats.requests,
      warnings: run.reports.filter(Boolean).map((r) => r.warnings.length),
      victim: kill ? { sent: victimSent.size, ran: writesOf(batches[0]).length - countWrites(requests, writesOf(batches[0])).lost } : null,
      reserveUs,
    };
  }

  try {
    const rows = [];
    if (want.has('shared')) rows.push(await bucketRun('Redis store (shared bucket)'));
    if (want.has('nostore')) rows.push(await bucketRun('no store (a bucket per process)', { shared: false }));
    if (want.has('kill')) rows.push(await bucketRun('Redis store, worker 0 SIGKILLed halfway', { kill: true }));
    if (want.has('down')) rows.push(await bucketRun('Redis store, redis-server stopped halfway', { stopRedis: true }));
    if (rows.length) {
      table([
        ['run', 'time s', 'refusals', 'HTTP requests', 'lost', 'duplicated', 'notes'],
        ...rows.map((r) => [
          r.label,
          num(r.seconds, 2),
          num(r.refusals),
          num(r.requests),
          num(r.lost),
          num(r.duplicated),
          r.victim
            ? `worker 0 killed after ${r.victim.sent} of ${SHAPE.batchesPerWorker} batches; its writes that ran: ${num(r.victim.ran)} (none twice)`
            : r.label.includes('stopped')
              ? `warnings per worker: ${r.warnings.join(', ')} (fell back to memory)`
              : '',
        ]),
      ]);
      log(`  limit: (${WORKERS * SHAPE.batchesPerWorker} − ${PORTAL_BUCKET.size}) / ${PORTAL_BUCKET.drain} = ${LIMIT_S} s; 1.05× = ${(LIMIT_S * 1.05).toFixed(2)} s`);
      for (const r of rows) {
        summaries.push(`fleet, ${r.label}: ${num(r.seconds, 2)} s, ${num(r.refusals)} refusals, ${num(r.lost)} lost, ${num(r.duplicated)} duplicated; limit ${LIMIT_S} s (1.05× = ${(LIMIT_S * 1.05).toFixed(2)} s)`);
      }
    }

    if (want.has('storm')) {
      await standin.prepare({ bucket: null, clockScale: 1 });
      await control(standin.url, 'POST', 'tokens/expire', { token: 'standin-token-1' });
      let onTokens = 0;
      const config = {
        mode: 'storm',
        redisUrl: redis.url,
        prefix: `storm-${Date.now()}:`,
        key: 'portal.example',
        oauthEndpoint: `${standin.url}/rest/`,
        tokenUrl: `${standin.url}/oauth/token/`,
        clientId: 'standin-client',
        clientSecret: 'standin-client-secret',
        refreshToken: 'standin-refresh-1',
        accessToken: 'standin-token-1',
        calls: 250,
      };
      const run = await runFleet([0, 1, 2, 3].map(() => ({ ...config })), { onMessage: (i, m) => m.type === 'onTokens' && onTokens++ });
      const oauth = await control(standin.url, 'GET', 'oauth');
      const ok = run.reports.reduce((n, r) => n + (r?.tally?.ok ?? 0), 0);
      for (const e of run.errors) report(`storm: ${e}`);
      if (oauth.refreshes !== 1) report(`storm: ${oauth.refreshes} refreshes reached the OAuth server`);
      if (onTokens !== 1) report(`storm: onTokens ran ${onTokens} times`);
      if (ok !== 1000) report(`storm: ${1000 - ok} calls did not complete (${JSON.stringify(run.reports.map((r) => r?.tally))})`);
      log(`\n== Refresh storm: 4 workers × 250 concurrent calls on an expired token, one Redis lock ==`);
      table([
        ['refresh requests at the OAuth server', 'refreshes', 'onTokens calls', 'calls completed', 'time ms'],
        [num(oauth.requests), num(oauth.refreshes), num(onTokens), `${num(ok)} of 1,000`, num(run.ms)],
      ]);
      summaries.push(`refresh storm (4 × 250 calls): ${num(oauth.refreshes)} refresh, ${num(onTokens)} onTokens, ${num(ok)}/1,000 calls completed; limit 1 refresh`);
    }

    if (want.has('cost')) {
      const client = createClient({ url: redis.url });
      client.on('error', () => {});
      await client.connect();
      const stores = { memory: createMemoryStore(), redis: createRedisStore(client, { prefix: `cost-${Date.now()}:` }) };
      const plan = { size: 1e9, drain: 1e9 }; // never waits: only the bookkeeping is timed
      const samples = { memory: [], redis: [] };
      for (const name of Object.keys(stores)) for (let i = 0; i < 500; i++) await stores[name].reserve('warm', plan, Date.now());
      for (let round = 0; round < 50; round++) {
        for (const name of round % 2 ? ['redis', 'memory'] : ['memory', 'redis']) {
          for (let i = 0; i < 100; i++) {
            const t0 = performance.now();
            await stores[name].reserve('portal', plan, Date.now());
            samples[name].push((performance.now() - t0) * 1000);
          }
        }
      }
      await client.destroy?.();
      log(`\n== Cost of a reservation (one process, 5,000 each, interleaved; Redis on loopback) ==`);
      table([
        ['store', 'median µs', 'p90 µs'],
        ...Object.entries(samples).map(([name, xs]) => [name, num(median(xs), 1), num(percentile(xs, 0.9), 1)]),
      ]);
      summaries.push(`reservation cost (median µs): memory ${num(median(samples.memory), 1)}, redis ${num(median(samples.redis), 1)} (p90 ${num(percentile(samples.memory, 0.9), 1)} / ${num(percentile(samples.redis, 0.9), 1)})`);
    }
  } finally {
    await standin.close();
    await redis.stop();
  }
  return { summaries, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--only');
  const only = i > 0 ? String(process.argv[i + 1] ?? '').split(',').filter(Boolean) : ALL;
  const unknown = only.filter((o) => !ALL.includes(o));
  if (unknown.length) {
    console.error(`fleet bench: unknown workload ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
    process.exit(2);
  }
  const { summaries, problems } = await runFleetBench({ only });
  console.log('\n== Fleet summary ==');
  for (const line of summaries) console.log(line);
  if (problems.length) {
    console.log(`\n${problems.length} problem(s):`);
    for (const p of problems) console.log(`  - ${p}`);
    process.exitCode = 1;
  }
}
