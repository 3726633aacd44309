#!/usr/bin/env node
// b24-wasm vs @bitrix24/b24jssdk against the same local stand-in portal, in one run, over
// http and https loopback. Prints figures and asserts nothing about speed; exits non-zero when
// a library returned wrong data (or could not run a workload). See bench/README.md.
import os from 'node:os';
import { spawn, execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { spawnStandin } from './lib/standin.mjs';
import { LIBS, PKG_DIR, makeWasm, makeSdk, loadWasm } from './lib/libs.mjs';
import { shippedSizes, bundle, SHIPPED_LAZY } from './lib/bundle.mjs';
import { barePost, bareCall } from './lib/bare.mjs';
import { memoryTransport } from './lib/inmemory.mjs';
import { fullParams } from './lib/params.mjs';
import { makeLoopbackCert } from './lib/tls.mjs';
import { targetRows } from './lib/targets.mjs';
import { median, mean, percentile, spread, num, kb, table, summary } from './lib/report.mjs';

const USAGE = `usage: node bench/bench.mjs [--quick] [--only 1,2,...,E,F] [--protocols http,https] [--runs N]
                            [--bucket-runs N] [--clock-scale N] [--calls N]
  --quick          development mode: 1 run, smaller counts, the bucket-bound workloads over https only
  --only LIST      run only these workloads, e.g. --only 1,7 (the targets table shows what ran)
  --protocols L    http, https or both (default http,https)
  --runs N         timed repetitions of workloads 1, 2 and 9 (default 3; --quick: 1)
  --bucket-runs N  repetitions of the bucket-bound workloads 3, 5 and 6 (default 1)
  --clock-scale N  the stand-in's emulated clock runs N× faster in workloads 2 and 3 (default 50);
                   the limiters are told drain 2×N per real second
  --calls N        calls in workload 3 (default 1000; --quick: 500)`;

function parseArgs(argv) {
  const opts = { clockScale: 50, runs: null, bucketRuns: 1, calls: null, quick: false, only: null, protocols: ['http', 'https'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const positive = (v) => {
      const n = Number(v);
      if (!(n > 0) || !Number.isFinite(n)) throw new Error(`${arg} must be a positive number`);
      return n;
    };
    switch (arg) {
      case '--clock-scale': opts.clockScale = positive(value()); break;
      case '--runs': opts.runs = Math.round(positive(value())); break;
      case '--bucket-runs': opts.bucketRuns = Math.round(positive(value())); break;
      case '--calls': opts.calls = Math.round(positive(value())); break;
      case '--quick': opts.quick = true; break;
      case '--only': opts.only = new Set(value().split(',').map((s) => s.trim())); break;
      case '--protocols': {
        opts.protocols = value().split(',').map((s) => s.trim());
        if (!opts.protocols.length || opts.protocols.some((p) => p !== 'http' && p !== 'https')) throw new Error('--protocols takes http, https or http,https');
        break;
      }
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown argument ${arg}`);
    }
  }
  opts.runs ??= opts.quick ? 1 : 3;
  opts.calls ??= opts.quick ? 500 : 1000;
  if (opts.calls <= 50) throw new Error('--calls must be above the bucket size (50)');
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${e.message}\n${USAGE}`);
  process.exit(2);
}

// ---- https: a self-signed certificate this run trusts ---------------------------------------------

// Every client (node:https, axios, the children this run starts) must trust the stand-in's
// certificate as a real one, with verification on: NODE_EXTRA_CA_CERTS does that, and Node
// reads it only at start-up. So the first process makes the certificate and runs the bench
// again as its child with the variable set, then deletes the certificate.
if (!process.env.B24_BENCH_TLS_DIR) {
  let cert;
  try {
    cert = makeLoopbackCert();
  } catch (e) {
    console.error(`bench: ${e.message}`);
    process.exit(1);
  }
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: cert.certPath, B24_BENCH_TLS_DIR: cert.dir },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  cert.remove();
  process.exit(code);
}
const TLS = { keyPath: join(process.env.B24_BENCH_TLS_DIR, 'key.pem'), certPath: join(process.env.B24_BENCH_TLS_DIR, 'cert.pem') };

const problems = []; // wrong data or a workload a library could not run: exit 1
const problem = (text) => {
  problems.push(text);
  console.log(`  !! ${text}`);
};
const summaries = [];
const notes = new Set(); // API differences from the harness contract that did not stop a workload
const note = (text) => {
  if (!notes.has(text)) console.log(`  note: ${text}`);
  notes.add(text);
};
const NOTIFY = { NOTIFY_ID: 1, ANSWER_TEXT: 'x' };
const BUCKET = { size: 50, drain: 2 };
const ENTERPRISE = { size: 250, drain: 5 };
const NO_WAIT = { size: 1e6, drain: 1e6 };
const now = () => performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Figures the targets table reads: R[workload][protocol?][contender] = { ... }. */
const R = {};

// Runs alternate the order of the contenders, so neither always goes first (warm JIT, GC debt).
const orderFor = (run, list) => (run % 2 === 0 ? list : [...list].reverse());
const errText = (e) => `${e?.code ? `${e.code} ` : ''}${e?.message ?? e}${e?.cause ? ` (${e.cause.code ?? ''} ${e.cause.message ?? ''})` : ''}`;

// ---- machine ------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const sdkVersion = require('@bitrix24/b24jssdk/package.json').version;
let wasmVersion = '?';
try {
  wasmVersion = require(`${PKG_DIR}/package.json`).version;
} catch {}
const cpus = os.cpus();
console.log(`b24-wasm ${wasmVersion} (${PKG_DIR}) vs @bitrix24/b24jssdk ${sdkVersion}`);
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.release()}`);
console.log(`load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`runs: ${opts.runs} per workload (median, spread min–max), ${opts.bucketRuns} of the bucket-bound ones; clock scale ${opts.clockScale}; protocols ${opts.protocols.join(', ')}${opts.quick ? '; --quick' : ''}`);

const standins = {};
// https always: the in-memory and first-reply workloads use its webhook URL.
for (const protocol of ['http', 'https'].filter((p) => p === 'https' || opts.protocols.includes(p))) {
  standins[protocol] = await spawnStandin(protocol === 'https' ? { tls: TLS } : {});
  console.log(`stand-in: ${standins[protocol].url} (own process, pid ${standins[protocol].pid})`);
}
console.log('https: a self-signed P-256 certificate made for this run, trusted through NODE_EXTRA_CA_CERTS (verification on).');
console.log('Replies above 1 KB are compressed when the client asks (all three do: gzip first), as a portal\'s nginx does.');
const started = now();

// The reply every im.notify.answer gets, as the portal's JSON text.
const notifyReply = (await bareCall(standins.https.webhookUrl, 'im.notify.answer', NOTIFY));
const EXPECTED = JSON.stringify(notifyReply.result);
const checkResult = (name, got, i) => {
  const text = JSON.stringify(got);
  if (text !== EXPECTED) throw new Error(`${name}: call ${i} returned ${String(text).slice(0, 120)}, expected ${EXPECTED}`);
};
/**
 * Runs `fn(standin)` on a stand-in of its own (a new port, so a new portal origin). b24-wasm
 * keeps one limiter per portal for every client in the process (so a second client does not
 * overrun the first one's bucket); a run that starts on a fresh portal starts both libraries
 * with an empty bucket, as a fresh stand-in bucket does.
 */
async function onFreshPortal(protocol, fn) {
  const standin = await spawnStandin(protocol === 'https' ? { tls: TLS } : {});
  try {
    return await fn(standin);
  } finally {
    await standin.close();
  }
}

const bareContender = (protocol) => ({
  name: `bare node:${protocol}`,
  floor: true,
  make: async (webhookUrl) => ({ call: async (method, params) => (await bareCall(webhookUrl, method, params)).result }),
});

/**
 * The least a client can do to read the list: batches of 50 pages chained by `$result` refs.
 * The first page asks with `start=0` so its `total` says when to stop; later pages use
 * `start=-1` and `>ID` of the page before (the fast algorithm of huge-data.md).
 */
async function plainList(webhookUrl) {
  const ids = [];
  let requests = 0;
  let total = null;
  let after = 0;
  for (;;) {
    const cmd = {};
    for (let i = 0; i < 50; i++) {
      const from = i === 0 ? String(after) : `$result[p${i - 1}][49][ID]`;
      cmd[`p${i}`] = i === 0 && total === null
        ? 'crm.contact.list?order[ID]=ASC&start=0'
        : `crm.contact.list?order[ID]=ASC&start=-1&filter[>ID]=${from}`;
    }
    const reply = await bareCall(webhookUrl, 'batch', { halt: 0, cmd });
    requests += 1;
    const { result, result_error: errors, result_total: totals } = reply.result;
    if (errors && Object.keys(errors).length) throw new Error(`plain batch: ${JSON.stringify(errors).slice(0, 200)}`);
    if (total === null) total = Number(totals.p0);
    let short = false;
    for (let i = 0; i < 50 && ids.length < total; i++) {
      const page = result[`p${i}`] ?? [];
      for (const row of page) if (ids.length < total) ids.push(Number(row.ID));
      if (page.length < 50) {
        short = true;
        break;
      }
    }
    after = ids[ids.length - 1];
    if (short || ids.length >= total) return { ids, requests };
  }
}

// ---- 1. per call on loopback ----------------------------------------------------------------------

async function perCall(protocol) {
  const standin = standins[protocol];
  const N = 1000;
  const WARM = 100;
  const ROUNDS = 10; // each run interleaves the contenders in rounds of N / ROUNDS calls
  console.log(`\n== 1. Per call over ${protocol} loopback: ${num(N)} sequential im.notify.answer via the webhook, after ${WARM} warm-up calls ==`);
  console.log('   No bucket on the stand-in. b24-wasm twice: limiter off (plan:false) and a bucket too big to ever wait');
  console.log('   (1e6/1e6, bookkeeping runs, never sleeps); b24jssdk with the same 1e6/1e6 (its limiter cannot be off).');
  console.log(`   Physical limit: bare node:${protocol} (keep-alive POST + JSON.parse). The contenders take turns in`);
  console.log(`   ${ROUNDS} rounds of ${N / ROUNDS} calls (order rotating), so they share the same machine noise.`);
  const contenders = [
    { name: 'b24-wasm plan:false', key: 'wasmOff', make: (url) => makeWasm(url, false) },
    { name: 'b24-wasm 1e6/1e6', key: 'wasmPlan', make: (url) => makeWasm(url, NO_WAIT) },
    { name: 'b24jssdk 1e6/1e6', key: 'sdk', make: (url) => makeSdk(url, NO_WAIT) },
    { ...bareContender(protocol), key: 'bare' },
  ];
  const results = Object.fromEntries(contenders.map((c) => [c.key, { med: [], p90: [], mean: [], cps: [], requests: [] }]));
  for (let run = 0; run < opts.runs; run++) {
    try {
      await standin.prepare({ bucket: null, clockScale: 1 });
      const live = [];
      for (const c of contenders) live.push({ c, client: await c.make(standin.webhookUrl), times: [], requests: 0 });
      for (const l of live) {
        const before = (await standin.stats()).requests;
        for (let i = 0; i < WARM; i++) checkResult(l.c.name, await l.client.call('im.notify.answer', NOTIFY), `warm-up ${i}`);
        l.requests += (await standin.stats()).requests - before;
      }
      for (let round = 0; round < ROUNDS; round++) {
        const order = live.map((_, i) => live[(i + round + run) % live.length]);
        for (const l of order) {
          const before = (await standin.stats()).requests;
          for (let i = 0; i < N / ROUNDS; i++) {
            const t = now();
            const got = await l.client.call('im.notify.answer', NOTIFY);
            l.times.push(now() - t);
            checkResult(l.c.name, got, round * (N / ROUNDS) + i);
          }
          l.requests += (await standin.stats()).requests - before;
        }
      }
      for (const l of live) {
        const r = results[l.c.key];
        const sum = l.times.reduce((a, b) => a + b, 0);
        r.med.push(median(l.times) * 1000);
        r.p90.push(percentile(l.times, 0.9) * 1000);
        r.mean.push(mean(l.times) * 1000);
        r.cps.push(l.times.length / (sum / 1000));
        r.requests.push(l.requests);
        if (l.requests !== N + WARM) problem(`${l.c.name}: per call over ${protocol}: the stand-in saw ${l.requests} requests for ${N + WARM} calls`);
      }
    } catch (e) {
      problem(`per call over ${protocol}, run ${run + 1}: ${errText(e)}`);
    }
  }
  const cols = contenders.map((c) => results[c.key]);
  table([
    ['', ...contenders.map((c) => (c.floor ? `${c.name} (limit)` : c.name))],
    ['median µs per call', ...cols.map((r) => spread(r.med))],
    ['p90 µs per call', ...cols.map((r) => spread(r.p90))],
    ['mean µs per call', ...cols.map((r) => spread(r.mean))],
    ['calls per second', ...cols.map((r) => spread(r.cps))],
    ['requests seen (per run)', ...cols.map((r) => spread(r.requests))],
  ]);
  (R.perCall ??= {})[protocol] = Object.fromEntries(contenders.map((c) => [c.key, { med: median(results[c.key].med), p90: median(results[c.key].p90) }]));
  const { wasmOff, sdk, bare } = results;
  summaries.push(summary(`per call over ${protocol}, plan:false (median µs)`, median(wasmOff.med), median(sdk.med), `${num(median(bare.med))} µs (bare node:${protocol})`));
}

// ---- 2. list 10,000 rows --------------------------------------------------------------------------

async function listRows(protocol) {
  const ROWS = 10000;
  const S = opts.clockScale;
  const limitRequests = Math.ceil(ROWS / 2500);
  console.log(`\n== 2. List ${num(ROWS)} rows of crm.contact.list (50 per page) over ${protocol} ==`);
  console.log(`   Stand-in bucket 50/2 at clock scale ${S}; both limiters told 50/${2 * S} per real second.`);
  console.log('   b24-wasm: for await (row of client.list(method, {order: {ID: "ASC"}}, {idField: "ID"}))');
  console.log('   b24jssdk: for await (chunk of b24.actions.v2.fetchList.make({method, params, idKey: "ID"}))');
  console.log(`   Physical limit: ceil(${ROWS} / 2500) = ${limitRequests} requests (50 pages of 50 rows per batch, each reply`);
  console.log(`   ~90 KB of JSON sent gzipped), timed with bare node:${protocol} doing exactly those batches.`);
  console.log(`   "bucket wait at scale 1": the least time the 50/2 bucket of a real portal adds, (requests − 50) / 2 s.`);
  const floor = { name: `bare node:${protocol}`, floor: true, make: async () => ({ plainList: true }) };
  const contenders = [...LIBS, floor];
  const results = Object.fromEntries(contenders.map((c) => [c.name, { ms: [], rows: [], unique: [], requests: [], refused: [] }]));
  for (let run = 0; run < opts.runs; run++) {
    for (const c of orderFor(run, contenders)) {
      const r = results[c.name];
      try {
        await onFreshPortal(protocol, async (standin) => {
          await standin.prepare({ bucket: BUCKET, clockScale: S });
          const client = await c.make(standin.webhookUrl, { size: BUCKET.size, drain: BUCKET.drain * S });
          let ids;
          const t0 = now();
          if (client.plainList) {
            ({ ids } = await plainList(standin.webhookUrl));
          } else {
            ids = [];
            for await (const row of client.rows('crm.contact.list', { order: { ID: 'ASC' } }, 'ID', note)) ids.push(Number(row.ID));
          }
          const ms = now() - t0;
          const st = await standin.stats();
          const unique = new Set(ids);
          r.ms.push(ms);
          r.rows.push(ids.length);
          r.unique.push(unique.size);
          r.requests.push(st.requests);
          r.refused.push(st.refused503);
          const outside = ids.filter((id) => !(Number.isInteger(id) && id >= 1 && id <= ROWS)).length;
          if (ids.length !== ROWS || unique.size !== ROWS || outside) {
            problem(`${c.name}: list over ${protocol}, run ${run + 1}: ${ids.length} rows, ${unique.size} unique, ${outside} outside 1..${ROWS} (expected ${ROWS} rows ID 1..${ROWS})`);
          }
        });
      } catch (e) {
        problem(`${c.name}: list over ${protocol}, run ${run + 1}: ${errText(e)}`);
      }
    }
  }
  const cols = contenders.map((c) => results[c.name]);
  table([
    ['', ...contenders.map((c) => (c.floor ? `${c.name} (limit)` : c.name))],
    ['rows read', ...cols.map((r) => spread(r.rows))],
    ['unique rows', ...cols.map((r) => spread(r.unique))],
    ['requests made', ...cols.map((r) => spread(r.requests))],
    ['refused (503)', ...cols.map((r) => spread(r.refused))],
    ['time, ms', ...cols.map((r) => spread(r.ms))],
    ['bucket wait at scale 1, s', ...cols.map((r) => spread(r.requests.map((n) => Math.max(0, (n - 50) / 2)), 1))],
  ]);
  const [w, s, f] = cols;
  summaries.push(summary(`list ${num(ROWS)} rows over ${protocol} (requests)`, median(w.requests), median(s.requests), `${limitRequests} requests`));
  summaries.push(summary(`list ${num(ROWS)} rows over ${protocol} (ms at clock scale ${S})`, median(w.ms), median(s.ms), `${num(median(f.ms))} ms (bare, ${limitRequests} batches)`));
}

// ---- bucket-bound runs (workloads 3, 5, 6) -------------------------------------------------------

/**
 * Runs `work(client, standin, t0)` once per contender and bucket run, each on a portal of its
 * own, and prints time, requests, refusals, failures and retries next to the limit. `work`
 * resolves to { failed, wrong, firstFailure, wrongExample, extra } (counts of rejected and of
 * wrong results; `extra` feeds `extraRows`).
 */
async function underBucketTable({ protocol, bucket, clockScale, plan, limitS, requestsLimit, work, label, key, extraRows = [] }) {
  const results = Object.fromEntries(LIBS.map((c) => [c.name, { s: [], requests: [], refused: [], failed: [], retries: [], extra: [] }]));
  for (let run = 0; run < opts.bucketRuns; run++) {
    for (const c of orderFor(run, LIBS)) {
      const r = results[c.name];
      try {
        await onFreshPortal(protocol, async (standin) => {
          await standin.prepare({ bucket, clockScale });
          const client = await c.make(standin.webhookUrl, plan);
          const t0 = now();
          // A library whose own throttling stalls (b24jssdk's adaptive delays can, on a loaded
          // machine) must not hold the whole bench: after the deadline its run counts as not run.
          const deadlineS = Math.max(60, 3 * limitS + 30);
          let timer;
          const outcome = await Promise.race([
            work(client, standin, t0),
            new Promise((resolve) => (timer = setTimeout(resolve, deadlineS * 1000, null))),
          ]).finally(() => clearTimeout(timer));
          if (outcome === null) {
            note(`${c.name}: ${label} over ${protocol}: not done after ${deadlineS.toFixed(0)} s (3 × the limit + 30 s), left out of the table`);
            return;
          }
          const sec = (now() - t0) / 1000;
          const st = await standin.stats();
          r.s.push(sec);
          r.requests.push(st.requests);
          r.refused.push(st.refused503);
          r.failed.push(outcome.failed);
          r.extra.push(outcome.extra ?? {});
          const cs = client.stats?.();
          if (cs && typeof cs.retries === 'number') r.retries.push(cs.retries);
          if (outcome.failed) console.log(`  ${c.name} run ${run + 1}: ${outcome.failed} calls failed, first: ${String(errText(outcome.firstFailure)).slice(0, 160)}`);
          if (outcome.wrong) problem(`${c.name}: ${label} over ${protocol}: ${outcome.wrong} results were wrong, e.g. ${outcome.wrongExample}`);
        });
      } catch (e) {
        problem(`${c.name}: ${label} over ${protocol}, run ${run + 1}: ${errText(e)}`);
      }
    }
  }
  const cols = LIBS.map((c) => results[c.name]);
  table([
    ['', ...LIBS.map((c) => c.name), 'limit'],
    ['time, s', ...cols.map((r) => spread(r.s, 2)), limitS.toFixed(2)],
    ['requests sent', ...cols.map((r) => spread(r.requests)), num(requestsLimit)],
    ['refused (503 QUERY_LIMIT_EXCEEDED)', ...cols.map((r) => spread(r.refused)), '0'],
    ['calls failed', ...cols.map((r) => spread(r.failed)), '0'],
    ['retries (library\'s own count)', ...cols.map((r) => spread(r.retries)), '0'],
    ...extraRows.map(([title, field, limit, digits = 0]) => [title, ...cols.map((r) => spread(r.extra.map((x) => x[field]), digits)), limit]),
  ]);
  (R[key] ??= {})[protocol] = { wasm: median(cols[0].s), sdk: median(cols[1].s), limit: limitS, wasmFailed: median(cols[0].failed), sdkFailed: median(cols[1].failed) };
  summaries.push(summary(`${label} over ${protocol} (s)`, median(cols[0].s), median(cols[1].s), `${limitS.toFixed(2)} s`, 2));
}

/** `n` calls at once; `extra.burstS`: seconds until the first `burst` of them had settled. */
async function manyCalls(client, n, burst, t0) {
  const settledAt = [];
  const stamp = () => settledAt.push((now() - t0) / 1000);
  const settled = await Promise.allSettled(Array.from({ length: n }, () => client.call('im.notify.answer', NOTIFY).finally(stamp)));
  const failures = settled.filter((x) => x.status === 'rejected');
  const wrong = settled.filter((x) => x.status === 'fulfilled' && JSON.stringify(x.value) !== EXPECTED);
  settledAt.sort((a, b) => a - b);
  return {
    failed: failures.length, firstFailure: failures[0]?.reason, wrong: wrong.length, wrongExample: wrong.length ? JSON.stringify(wrong[0].value).slice(0, 120) : '',
    extra: { burstS: settledAt[burst - 1] },
  };
}

// ---- 3. many calls under a bucket, scaled clock ----------------------------------------------------

async function underBucket(protocol) {
  const N = opts.calls;
  const S = opts.clockScale;
  const limitS = (N - BUCKET.size) / (BUCKET.drain * S);
  console.log(`\n== 3. ${num(N)} independent im.notify.answer calls at once (Promise.allSettled) under a 50/2 bucket, over ${protocol} ==`);
  console.log(`   Stand-in bucket 50/2 at clock scale ${S} (drains ${2 * S}/s of real time); each limiter told size 50,`);
  console.log(`   drain ${2 * S}/s: b24-wasm Client.webhook(url, {plan: {size: 50, drain: ${2 * S}}}); b24jssdk`);
  console.log(`   restrictionParams.rateLimit {burstLimit: 50, drainRate: ${2 * S}, adaptiveEnabled: true}, other`);
  console.log('   restriction params at its defaults (maxRetries 3, retryDelay 1000 ms).');
  console.log(`   Physical limit: (${num(N)} − 50) / (2 × ${S}) = ${limitS.toFixed(2)} s; refusals 0; requests ${num(N)}.`);
  await underBucketTable({
    protocol, bucket: BUCKET, clockScale: S, plan: { size: BUCKET.size, drain: BUCKET.drain * S }, limitS, requestsLimit: N,
    label: `${num(N)} calls under 50/2 at clock scale ${S}`, key: 'scaledCalls',
    extraRows: [['first 50 settled after, s', 'burstS', '~0 (one round trip)', 2]],
    work: (client, _standin, t0) => manyCalls(client, N, BUCKET.size, t0),
  });
}

// ---- 5. W3: writes as one batch, real clock ------------------------------------------------------

async function batchWrites(protocol) {
  const N = opts.quick ? 3000 : 5000;
  const batches = Math.ceil(N / 50);
  const limitS = Math.max(0, batches - BUCKET.size) / BUCKET.drain;
  console.log(`\n== 5. W3: ${num(N)} writes (im.notify.answer) as one batch under a 50/2 bucket, real clock, over ${protocol} ==`);
  console.log('   b24-wasm: client.batch([[method, params] × N]) (it splits into batches of 50);');
  console.log('   b24jssdk: b24.actions.v2.batchByChunk.make({calls, options: {isHaltOnError: false}}).');
  console.log('   Stand-in bucket 50/2 on the real clock; both limiters told 50/2.');
  console.log(`   Physical limit: ${batches} batch requests, the first 50 at once, then 2 per second: (${batches} − 50) / 2 = ${limitS.toFixed(1)} s.`);
  const commands = Array.from({ length: N }, () => ['im.notify.answer', NOTIFY]);
  await underBucketTable({
    protocol, bucket: BUCKET, clockScale: 1, plan: BUCKET, limitS, requestsLimit: batches,
    label: `W3 ${num(N)} writes as a batch under 50/2, real clock`, key: 'batchWrites',
    extraRows: [['commands run by the stand-in', 'executed', num(N)]],
    async work(client, standin) {
      let results;
      try {
        results = await client.batch(commands);
      } catch (e) {
        return { failed: N, firstFailure: e, wrong: 0 };
      }
      const executed = (await standin.requests()).filter((r) => r.viaBatch && r.method === 'im.notify.answer').length;
      const wrong = results.filter((x) => JSON.stringify(x) !== EXPECTED).length + Math.max(0, N - results.length);
      return { failed: 0, wrong, wrongExample: `${results.length} results for ${N} commands`, extra: { executed } };
    },
  });
}

// ---- 6. independent calls under 250/5, real clock ----------------------------------------------------

async function enterpriseCalls(protocol) {
  const N = opts.quick ? 275 : 300;
  const limitS = (N - ENTERPRISE.size) / ENTERPRISE.drain;
  console.log(`\n== 6. ${num(N)} independent im.notify.answer calls at once under a 250/5 bucket (Enterprise), real clock, over ${protocol} ==`);
  console.log('   Stand-in bucket 250/5 on the real clock; both limiters told 250/5.');
  console.log(`   Physical limit: 250 at once, then 5 per second: (${N} − 250) / 5 = ${limitS.toFixed(1)} s.`);
  await underBucketTable({
    protocol, bucket: ENTERPRISE, clockScale: 1, plan: ENTERPRISE, limitS, requestsLimit: N,
    label: `${num(N)} calls under 250/5, real clock`, key: 'enterpriseCalls',
    extraRows: [['first 250 settled after, s', 'burstS', '~0 (one round trip)', 2]],
    work: (client, _standin, t0) => manyCalls(client, N, ENTERPRISE.size, t0),
  });
}

// ---- 4. bundle size -------------------------------------------------------------------------------

async function bundleSize() {
  console.log('\n== 4. Bundle size (gzip -9 by node:zlib) ==');
  console.log("   b24-wasm's shipped browser files:");
  const shipped = shippedSizes();
  const present = shipped.filter((f) => !f.missing);
  table([
    ['file', 'raw', 'gzip -9'],
    ...shipped.map((f) => (f.missing ? [f.file, 'missing', ''] : [f.file, kb(f.raw), kb(f.gz)])),
    ['total', kb(present.reduce((a, f) => a + f.raw, 0)), kb(present.reduce((a, f) => a + f.gz, 0))],
  ]);
  for (const f of shipped) if (f.missing) problem(`b24-wasm: shipped file pkg/${f.file} is missing`);
  for (const f of shippedSizes(SHIPPED_LAZY)) {
    console.log(`   loaded only by methods(): ${f.file} ${f.missing ? 'missing' : `${kb(f.raw)} raw, ${kb(f.gz)} gzip -9`}`);
  }
  console.log('   A one-call webhook app bundled by vite (library mode, ES, minified, dependencies bundled):');
  console.log('   bench/bundle/b24wasm-app.js and bench/bundle/b24jssdk-app.js. Vite inlines the .wasm into the');
  console.log('   JS as base64 in library mode; it is counted apart here, at its own size.');
  const apps = {};
  for (const [name, entry] of [['b24-wasm', 'b24wasm-app.js'], ['b24jssdk', 'b24jssdk-app.js']]) {
    try {
      apps[name] = await bundle(entry);
    } catch (e) {
      problem(`${name}: vite build of ${entry} failed: ${e.message}`);
    }
  }
  const w = apps['b24-wasm'];
  const s = apps['b24jssdk'];
  const cell = (a, f) => (a ? f(a) : '—');
  table([
    ['', 'b24-wasm', 'b24jssdk'],
    ['JS raw', cell(w, (a) => kb(a.js.raw)), cell(s, (a) => kb(a.js.raw))],
    ['JS gzip -9', cell(w, (a) => kb(a.js.gz)), cell(s, (a) => kb(a.js.gz))],
    ['.wasm raw', cell(w, (a) => kb(a.wasm.raw)), cell(s, (a) => kb(a.wasm.raw))],
    ['.wasm gzip -9', cell(w, (a) => kb(a.wasm.gz)), cell(s, (a) => kb(a.wasm.gz))],
    ['JS + wasm gzip -9', cell(w, (a) => kb(a.js.gz + a.wasm.gz)), cell(s, (a) => kb(a.js.gz + a.wasm.gz))],
    ['lazy chunks (methods() rows) gzip -9', cell(w, (a) => kb(a.lazy.gz)), cell(s, (a) => kb(a.lazy.gz))],
    ['as emitted (all files) gzip -9', cell(w, (a) => kb(a.emitted.gz)), cell(s, (a) => kb(a.emitted.gz))],
  ]);
  R.bundle = { wasm: w ? (w.js.gz + w.wasm.gz) / 1024 : null, sdk: s ? (s.js.gz + s.wasm.gz) / 1024 : null };
  if (w && s) {
    summaries.push(summary('bundle, one-call app, JS + wasm gzip -9 (KB)', R.bundle.wasm, R.bundle.sdk, 'n/a (no floor)', 1));
  }
}

// ---- 7. library CPU per call, in-memory transport; check() ------------------------------------------

async function libraryCpu() {
  const BLOCK = 1000;
  const BLOCKS = opts.quick ? 3 : 10;
  const WARM = 2000;
  const replyText = JSON.stringify(notifyReply);
  console.log(`\n== 7. Library CPU per call: ${num(BLOCK * BLOCKS)} sequential im.notify.answer through a transport that answers from memory ==`);
  console.log('   b24-wasm: Client.webhook(url, {fetch}) with a fetch that returns the portal\'s reply text from memory;');
  console.log('   b24jssdk: its axios instance with an axios adapter (axios\'s transport hook) that does the same.');
  console.log('   Baseline: JSON.stringify(params) + the same in-memory fetch + JSON.parse(text).result. No socket anywhere,');
  console.log(`   so the figure is what the library itself costs. µs per call = median over ${BLOCKS} blocks of ${num(BLOCK)} (after`);
  console.log(`   ${num(WARM)} warm-up calls); CPU µs = process user+system time over all blocks ÷ calls.`);
  const url = standins.https.webhookUrl;
  const contenders = [
    { name: 'b24-wasm plan:false', key: 'wasmOff', make: (memory) => makeWasm(url, false, { memory }) },
    { name: 'b24-wasm 1e6/1e6', key: 'wasmPlan', make: (memory) => makeWasm(url, NO_WAIT, { memory }) },
    { name: 'b24jssdk 1e6/1e6', key: 'sdk', make: (memory) => makeSdk(url, NO_WAIT, { memory }) },
    {
      name: 'JSON + fetch (baseline)', key: 'bare', floor: true,
      make: async (memory) => ({ call: async (method, params) => JSON.parse(await (await memory.fetch(`${url}${method}`, { method: 'POST', body: JSON.stringify(params) })).text()).result }),
    },
  ];
  const live = [];
  for (const c of contenders) {
    const memory = memoryTransport(replyText);
    try {
      live.push({ c, memory, client: await c.make(memory), blocks: [], cpu: 0, calls: 0 });
    } catch (e) {
      problem(`${c.name}: in-memory client: ${errText(e)}`);
    }
  }
  for (const l of live) {
    try {
      for (let i = 0; i < WARM; i++) checkResult(l.c.name, await l.client.call('im.notify.answer', NOTIFY), `warm-up ${i}`);
    } catch (e) {
      problem(`${l.c.name}: in-memory calls: ${errText(e)}`);
      l.broken = true;
    }
  }
  for (let b = 0; b < BLOCKS; b++) {
    for (let i = 0; i < live.length; i++) {
      const l = live[(i + b) % live.length];
      if (l.broken) continue;
      const cpu0 = process.cpuUsage();
      const t0 = now();
      for (let k = 0; k < BLOCK; k++) {
        const got = await l.client.call('im.notify.answer', NOTIFY);
        if (k === 0) checkResult(l.c.name, got, b * BLOCK);
      }
      l.blocks.push(((now() - t0) * 1000) / BLOCK);
      const cpu = process.cpuUsage(cpu0);
      l.cpu += cpu.user + cpu.system;
      l.calls += BLOCK;
    }
  }
  for (const l of live) {
    if (!l.broken && l.memory.counter.sent !== WARM + BLOCK * BLOCKS) problem(`${l.c.name}: in-memory: the transport answered ${l.memory.counter.sent} requests for ${WARM + BLOCK * BLOCKS} calls`);
  }
  const byKey = Object.fromEntries(live.map((l) => [l.c.key, l]));
  const cell = (l, f) => (l && !l.broken ? f(l) : '—');
  table([
    ['', ...contenders.map((c) => c.name)],
    ['µs per call (median of blocks)', ...contenders.map((c) => cell(byKey[c.key], (l) => num(median(l.blocks), 1)))],
    ['µs per call (min–max of blocks)', ...contenders.map((c) => cell(byKey[c.key], (l) => `${num(Math.min(...l.blocks), 1)}–${num(Math.max(...l.blocks), 1)}`))],
    ['CPU µs per call', ...contenders.map((c) => cell(byKey[c.key], (l) => num(l.cpu / l.calls, 1)))],
  ]);
  R.cpu = Object.fromEntries(live.filter((l) => !l.broken).map((l) => [l.c.key, { us: median(l.blocks), cpu: l.cpu / l.calls }]));
  if (R.cpu.wasmOff && R.cpu.sdk) summaries.push(summary('library CPU per call, in-memory fetch (µs)', R.cpu.wasmOff.us, R.cpu.sdk.us, `${num(R.cpu.bare?.us, 1)} µs (JSON + fetch)`, 1));

  // check(): validation alone, nothing sent.
  const { methods } = await loadWasm();
  const config = fullParams(await methods(), 'imopenlines.config.add');
  const checks = [
    ['imopenlines.config.add', config.params, `PARAMS with all ${config.fields} fields`, 'config'],
    ['im.notify.answer', NOTIFY, 'NOTIFY_ID, ANSWER_TEXT', 'notify'],
  ];
  console.log(`\n   check(method, params): validation only, ${num(BLOCK * BLOCKS)} calls each, µs = median over ${BLOCKS} blocks of ${num(BLOCK)}.`);
  console.log('   b24jssdk has no validation before the wire. Baseline: JSON.stringify(params), the least any call does with them.');
  const wasm = byKey.wasmOff?.client;
  const rows = [];
  R.check = {};
  for (const [method, params, what, key] of checks) {
    let us = null;
    try {
      wasm.check(method, params);
      for (let i = 0; i < WARM; i++) wasm.check(method, params);
      const blocks = [];
      for (let b = 0; b < BLOCKS; b++) {
        const t0 = now();
        for (let k = 0; k < BLOCK; k++) wasm.check(method, params);
        blocks.push(((now() - t0) * 1000) / BLOCK);
      }
      us = median(blocks);
    } catch (e) {
      problem(`b24-wasm: check(${method}, ${what}) refused valid params: ${errText(e)}${e?.field ? ` field ${e.field}` : ''}`);
    }
    const base = [];
    let sink = 0;
    for (let b = 0; b < BLOCKS; b++) {
      const t0 = now();
      for (let k = 0; k < BLOCK; k++) sink += JSON.stringify(params).length;
      base.push(((now() - t0) * 1000) / BLOCK);
    }
    if (sink === 0) problem('check baseline: JSON.stringify produced nothing');
    R.check[key] = { wasm: us, baseline: median(base), fields: key === 'config' ? config.fields : 2 };
    rows.push([`check('${method}', ${what}), µs`, us === null ? '—' : num(us, 2), '— (no check)', num(median(base), 2)]);
  }
  table([['', 'b24-wasm', 'b24jssdk', 'JSON.stringify (baseline)'], ...rows]);
}

// ---- 8. memory after 100,000 calls ---------------------------------------------------------------

const execFileP = promisify(execFile);
const CHILD = (name) => fileURLToPath(new URL(`./child/${name}`, import.meta.url));
const MB = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1048576).toFixed(1)} MB`);

async function memoryAfterCalls() {
  const CALLS = opts.quick ? 10000 : 100000;
  const replyText = JSON.stringify(notifyReply);
  console.log(`\n== 8. Memory after ${num(CALLS)} calls (im.notify.answer, in-memory transport, one fresh node --expose-gc per library) ==`);
  console.log('   b24-wasm with plan:false, b24jssdk with rateLimit 1e6/1e6 (its limiter cannot be off).');
  console.log('   Sampled after 1,000 calls and at the end, each after two gc() passes. Linear memory: b24-wasm\'s');
  console.log('   WebAssembly.Memory buffer.byteLength (it only grows). Baseline: the JSON + fetch loop in its own process.');
  const libs = [['b24-wasm', 'wasm'], ['b24jssdk', 'sdk'], ['bare', 'bare']];
  const out = {};
  for (const [lib, key] of libs) {
    try {
      const { stdout } = await execFileP(process.execPath, ['--expose-gc', CHILD('memory.mjs'), lib, String(CALLS), replyText], { maxBuffer: 1 << 20, timeout: 600_000 });
      const r = JSON.parse(stdout.trim().split('\n').pop());
      if (r.wrong) problem(`${lib}: memory run: ${r.wrong} of ${CALLS} calls returned a wrong result`);
      if (r.sent !== CALLS) problem(`${lib}: memory run: the transport answered ${r.sent} requests for ${CALLS} calls`);
      out[key] = r;
    } catch (e) {
      problem(`${lib}: memory run failed: ${String(e.stderr || e.message).trim().slice(0, 300)}`);
    }
  }
  const at = (r, i, f) => (r ? f(r.samples[i]) : '—');
  table([
    ['', 'b24-wasm', 'b24jssdk', 'JSON + fetch (baseline)'],
    ['wasm linear memory after 1,000', at(out.wasm, 0, (s) => MB(s.wasm)), '—', '—'],
    [`wasm linear memory after ${num(CALLS)}`, at(out.wasm, 1, (s) => MB(s.wasm)), '—', '—'],
    ['RSS after 1,000', ...['wasm', 'sdk', 'bare'].map((k) => at(out[k], 0, (s) => MB(s.rss)))],
    [`RSS after ${num(CALLS)}`, ...['wasm', 'sdk', 'bare'].map((k) => at(out[k], 1, (s) => MB(s.rss)))],
    [`JS heap used after ${num(CALLS)}`, ...['wasm', 'sdk', 'bare'].map((k) => at(out[k], 1, (s) => MB(s.heapUsed)))],
    [`external (incl. wasm memory) after ${num(CALLS)}`, ...['wasm', 'sdk', 'bare'].map((k) => at(out[k], 1, (s) => MB(s.external)))],
  ]);
  const source = out.wasm?.samples[1]?.wasmSource;
  if (out.wasm && !source) note('b24-wasm: no way to read the wasm linear memory (no stats() field, glue initSync() gave no memory)');
  else if (source && !source.startsWith('client.stats()')) note(`b24-wasm: wasm linear memory read through ${source}; the package needs a public accessor`);
  R.memory = { calls: CALLS, wasm: out.wasm?.samples[1] ?? null, wasmWarm: out.wasm?.samples[0] ?? null, sdk: out.sdk?.samples[1] ?? null, bare: out.bare?.samples[1] ?? null };
}

// ---- 9. import + client + first call --------------------------------------------------------------

async function firstCall(protocol) {
  const standin = standins[protocol];
  const RUNS = opts.quick ? 2 : Math.max(5, opts.runs);
  console.log(`\n== 9. Node: import + client + first call over ${protocol} (fresh process each, ${RUNS} runs, median) ==`);
  console.log('   Timed inside the child from before import() to the first call\'s result (includes the TLS handshake);');
  console.log('   "since process start" adds Node\'s own start-up. Baseline: import node:https + one bare POST.');
  await standin.prepare({ bucket: null, clockScale: 1 });
  const libs = [['b24-wasm', 'wasm'], ['b24jssdk', 'sdk'], ['bare', 'bare']];
  const res = Object.fromEntries(libs.map(([, k]) => [k, { importMs: [], clientMs: [], callMs: [], totalMs: [], sinceStart: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const [lib, key] of orderFor(run, libs)) {
      try {
        const { stdout } = await execFileP(process.execPath, [CHILD('first-call.mjs'), lib, standin.webhookUrl], { timeout: 60_000 });
        const r = JSON.parse(stdout.trim().split('\n').pop());
        if (JSON.stringify(r.result) !== EXPECTED) problem(`${lib}: first call over ${protocol} returned ${JSON.stringify(r.result)}`);
        for (const f of Object.keys(res[key])) res[key][f].push(r[f]);
      } catch (e) {
        problem(`${lib}: first call over ${protocol}: ${String(e.stderr || e.message).trim().slice(0, 300)}`);
      }
    }
  }
  const cols = libs.map(([, k]) => res[k]);
  table([
    ['', 'b24-wasm', 'b24jssdk', `bare node:${protocol} (baseline)`],
    ['import, ms', ...cols.map((r) => spread(r.importMs, 1))],
    ['client, ms', ...cols.map((r) => spread(r.clientMs, 2))],
    ['first call, ms', ...cols.map((r) => spread(r.callMs, 1))],
    ['import + client + first call, ms', ...cols.map((r) => spread(r.totalMs, 1))],
    ['since process start, ms', ...cols.map((r) => spread(r.sinceStart, 1))],
  ]);
  (R.firstCall ??= {})[protocol] = Object.fromEntries(libs.map(([, k]) => [k, median(res[k].totalMs)]));
  summaries.push(summary(`Node import + client + first call over ${protocol} (ms)`, median(res.wasm.totalMs), median(res.sdk.totalMs), `${num(median(res.bare.totalMs), 1)} ms (bare)`, 1));
}

// ---- run ------------------------------------------------------------------------------------------

// Cheap and noisy first (so they run on a quiet machine), the long real-clock ones last.
const perProtocol = (fn, protocols = opts.protocols) => async () => {
  for (const p of protocols) await fn(p);
};
// --quick runs the bucket-bound workloads (seconds of waiting each) over one protocol.
const bucketProtocols = opts.quick ? [opts.protocols.includes('https') ? 'https' : opts.protocols[0]] : opts.protocols;
const workloads = [
  ['1', perProtocol(perCall)],
  ['7', libraryCpu],
  ['9', perProtocol(firstCall)],
  ['8', memoryAfterCalls],
  ['2', perProtocol(listRows)],
  ['4', bundleSize],
  ['3', perProtocol(underBucket, bucketProtocols)],
  ['5', perProtocol(batchWrites, bucketProtocols)],
  ['6', perProtocol(enterpriseCalls, bucketProtocols)],
  // Issue 20: parseEvent on 1 and 4 MiB hostile bodies (bench/events.mjs).
  ['E', async () => {
    const { runEventsBench, printEventsSummary } = await import('./events.mjs');
    printEventsSummary(await runEventsBench({ runs: opts.quick ? 1 : 5, problem }));
  }],
];
try {
  for (const [id, fn] of workloads) {
    if (opts.only && !opts.only.has(id)) continue;
    try {
      await fn();
    } catch (e) {
      problem(`workload ${id}: ${e.stack ?? e}`);
    }
    await sleep(100);
  }
} finally {
  for (const s of Object.values(standins)) await s.close();
}

// Issue 13's fleet runs (4 worker processes, a real redis-server, the real clock): workload F.
if (!opts.quick && (!opts.only || opts.only.has('F'))) {
  const { runFleetBench, printFleetSummary } = await import('./fleet.mjs');
  try {
    printFleetSummary(await runFleetBench({ problem }));
  } catch (e) {
    problem(`fleet: ${e.stack ?? e}`);
  }
}

console.log('\n== Summary (medians; ratio = b24-wasm / b24jssdk, lower is better for every line) ==');
for (const line of summaries) console.log(line);

console.log('\n== Targets (issue 10): b24-wasm, b24jssdk, the physical limit or baseline, and the target (bench/lib/targets.mjs) ==');
table(targetRows(R, { protocols: opts.protocols }));

console.log(`\nload average at end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; total ${((now() - started) / 1000).toFixed(0)} s`);
if (notes.size) {
  console.log(`\n${notes.size} note(s):`);
  for (const n of notes) console.log(`  - ${n}`);
}
if (problems.length) {
  console.log(`\n${problems.length} problem(s): wrong data or a workload that could not run:`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exitCode = 1;
}
