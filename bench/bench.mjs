#!/usr/bin/env node
// b24-wasm vs @bitrix24/b24jssdk against the same local stand-in portal, in one run.
// Prints figures and asserts nothing about speed; exits non-zero when a library returned
// wrong data (or could not run a workload). See bench/README.md.
import os from 'node:os';
import { createRequire } from 'node:module';
import { spawnStandin } from './lib/standin.mjs';
import { LIBS, PKG_DIR } from './lib/libs.mjs';
import { shippedSizes, bundle } from './lib/bundle.mjs';
import { median, mean, percentile, spread, num, kb, table, summary } from './lib/report.mjs';

const USAGE = `usage: node bench/bench.mjs [--clock-scale N] [--runs N] [--calls N] [--quick] [--only 1,2,3,4]
  --clock-scale N  the stand-in's emulated clock runs N× faster in workloads 2 and 3 (default 50);
                   the limiters are told drain 2×N per real second
  --runs N         timed repetitions of each workload (default 3; --quick: 1)
  --calls N        calls in workload 3 (default 5000; --quick: 1000)
  --quick          development mode: 1 run, 1,000 calls in workload 3
  --only LIST      run only these workloads, e.g. --only 1,4`;

function parseArgs(argv) {
  const opts = { clockScale: 50, runs: null, calls: null, quick: false, only: null };
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
      case '--calls': opts.calls = Math.round(positive(value())); break;
      case '--quick': opts.quick = true; break;
      case '--only': opts.only = new Set(value().split(',').map((s) => s.trim())); break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown argument ${arg}`);
    }
  }
  opts.runs ??= opts.quick ? 1 : 3;
  opts.calls ??= opts.quick ? 1000 : 5000;
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
const now = () => performance.now();

// Runs alternate the order of the contenders, so neither always goes first (warm JIT, GC debt).
const orderFor = (run, list) => (run % 2 === 0 ? list : [...list].reverse());

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
console.log(`runs: ${opts.runs} per workload (median, spread min–max); clock scale ${opts.clockScale}${opts.quick ? '; --quick' : ''}`);

const standin = await spawnStandin();
console.log(`stand-in: ${standin.url} (own process, pid ${standin.pid})`);
const started = now();

// ---- plain fetch: the floor of any client --------------------------------------------------------

async function plainPost(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok || json.error) throw new Error(`plain fetch: HTTP ${res.status} ${json.error ?? ''}`);
  return json;
}

const plainContender = {
  name: 'plain fetch',
  floor: true,
  async make(webhookUrl) {
    const url = `${webhookUrl}im.notify.answer`;
    return { call: async () => (await plainPost(url, NOTIFY)).result };
  },
};

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
    const reply = await plainPost(`${webhookUrl}batch`, { halt: 0, cmd });
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

async function perCall() {
  const N = 1000;
  const WARM = 100;
  const ROUNDS = 10; // each run interleaves the contenders in rounds of N / ROUNDS calls
  console.log(`\n== 1. Per call on loopback: ${num(N)} sequential im.notify.answer via the webhook, after ${WARM} warm-up calls ==`);
  console.log('   No bucket on the stand-in; both limiters are told a bucket too big to ever wait (1e6/1e6),');
  console.log('   so their bookkeeping runs but never sleeps. Physical limit: a plain fetch loop (same POSTs).');
  console.log(`   Within a run the three take turns in ${ROUNDS} rounds of ${N / ROUNDS} calls (order rotating), so they share the`);
  console.log('   same machine noise; calls per second = calls ÷ the summed time of that contender\'s calls.');
  await standin.prepare({ bucket: null, clockScale: 1 });
  const expected = JSON.stringify((await plainPost(`${standin.webhookUrl}im.notify.answer`, NOTIFY)).result);
  const contenders = [...LIBS, plainContender];
  const results = Object.fromEntries(contenders.map((c) => [c.name, { med: [], p90: [], mean: [], cps: [], requests: [] }]));
  const check = (name, got, i) => {
    const text = JSON.stringify(got);
    if (text !== expected) throw new Error(`${name}: call ${i} returned ${String(text).slice(0, 120)}, expected ${expected}`);
  };
  for (let run = 0; run < opts.runs; run++) {
    try {
      await standin.prepare({ bucket: null, clockScale: 1 });
      const live = [];
      for (const c of contenders) {
        const client = await c.make(standin.webhookUrl, { size: 1e6, drain: 1e6 });
        live.push({ c, client, times: [], requests: 0 });
      }
      for (const l of live) {
        const before = (await standin.stats()).requests;
        for (let i = 0; i < WARM; i++) check(l.c.name, await l.client.call('im.notify.answer', NOTIFY), `warm-up ${i}`);
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
            check(l.c.name, got, round * (N / ROUNDS) + i);
          }
          l.requests += (await standin.stats()).requests - before;
        }
      }
      for (const l of live) {
        const r = results[l.c.name];
        const sum = l.times.reduce((a, b) => a + b, 0);
        r.med.push(median(l.times) * 1000);
        r.p90.push(percentile(l.times, 0.9) * 1000);
        r.mean.push(mean(l.times) * 1000);
        r.cps.push(l.times.length / (sum / 1000));
        r.requests.push(l.requests);
        if (l.requests !== N + WARM) problem(`${l.c.name}: per call: the stand-in saw ${l.requests} requests for ${N + WARM} calls`);
      }
    } catch (e) {
      problem(`per call, run ${run + 1}: ${e.message}`);
    }
  }
  const cols = contenders.map((c) => results[c.name]);
  table([
    ['', ...contenders.map((c) => (c.floor ? `${c.name} (limit)` : c.name))],
    ['median µs per call', ...cols.map((r) => spread(r.med))],
    ['p90 µs per call', ...cols.map((r) => spread(r.p90))],
    ['mean µs per call', ...cols.map((r) => spread(r.mean))],
    ['calls per second', ...cols.map((r) => spread(r.cps))],
    ['requests seen (per run)', ...cols.map((r) => spread(r.requests))],
  ]);
  const [w, s, f] = cols;
  summaries.push(summary('per call (median µs)', median(w.med), median(s.med), `${num(median(f.med))} µs (plain fetch)`));
}

// ---- 2. list 10,000 rows --------------------------------------------------------------------------

async function listRows() {
  const ROWS = 10000;
  const S = opts.clockScale;
  const limitRequests = Math.ceil(ROWS / 2500);
  console.log(`\n== 2. List ${num(ROWS)} rows of crm.contact.list (50 per page) ==`);
  console.log(`   Stand-in bucket 50/2 at clock scale ${S}; both limiters told 50/${2 * S} per real second.`);
  console.log('   b24-wasm: for await (row of client.list(method, {order: {ID: "ASC"}}, {idField: "ID"}))');
  console.log('   b24jssdk: for await (chunk of b24.actions.v2.fetchList.make({method, params, idKey: "ID"}))');
  console.log(`   Physical limit: ceil(${ROWS} / 2500) = ${limitRequests} requests (50 pages of 50 rows per batch),`);
  console.log('   timed with plain fetch doing exactly those batches.');
  console.log(`   "bucket wait at scale 1": the least time the 50/2 bucket of a real portal adds, (requests − 50) / 2 s.`);
  const floor = {
    name: 'plain fetch',
    floor: true,
    async make() {
      return { plainList: true };
    },
  };
  const contenders = [...LIBS, floor];
  const results = Object.fromEntries(contenders.map((c) => [c.name, { ms: [], rows: [], unique: [], requests: [], refused: [] }]));
  for (let run = 0; run < opts.runs; run++) {
    for (const c of orderFor(run, contenders)) {
      const r = results[c.name];
      try {
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
          problem(`${c.name}: list run ${run + 1}: ${ids.length} rows, ${unique.size} unique, ${outside} outside 1..${ROWS} (expected ${ROWS} rows ID 1..${ROWS})`);
        }
      } catch (e) {
        problem(`${c.name}: list, run ${run + 1}: ${e.message}`);
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
  summaries.push(summary(`list ${num(ROWS)} rows (requests)`, median(w.requests), median(s.requests), `${limitRequests} requests`));
  summaries.push(summary(`list ${num(ROWS)} rows (ms at clock scale ${S})`, median(w.ms), median(s.ms), `${num(median(f.ms))} ms (plain fetch, ${limitRequests} batches)`));
}

// ---- 3. many calls under a bucket ---------------------------------------------------------------

async function underBucket() {
  const N = opts.calls;
  const S = opts.clockScale;
  const limitS = (N - BUCKET.size) / (BUCKET.drain * S);
  console.log(`\n== 3. ${num(N)} independent im.notify.answer calls at once (Promise.allSettled) under a 50/2 bucket ==`);
  console.log(`   Stand-in bucket 50/2 at clock scale ${S} (drains ${2 * S}/s of real time); each limiter told size 50,`);
  console.log(`   drain ${2 * S}/s: b24-wasm Client.webhook(url, {plan: {size: 50, drain: ${2 * S}}}); b24jssdk`);
  console.log(`   restrictionParams.rateLimit {burstLimit: 50, drainRate: ${2 * S}, adaptiveEnabled: true}, other`);
  console.log('   restriction params at its defaults (maxRetries 3, retryDelay 1000 ms).');
  console.log(`   Physical limit: (${num(N)} − 50) / (2 × ${S}) = ${limitS.toFixed(2)} s; refusals 0; requests ${num(N)}.`);
  await standin.prepare({ bucket: null, clockScale: 1 });
  const expected = JSON.stringify((await plainPost(`${standin.webhookUrl}im.notify.answer`, NOTIFY)).result);
  const contenders = LIBS;
  const results = Object.fromEntries(contenders.map((c) => [c.name, { s: [], requests: [], refused: [], failed: [], retries: [] }]));
  for (let run = 0; run < opts.runs; run++) {
    for (const c of orderFor(run, contenders)) {
      const r = results[c.name];
      try {
        await standin.prepare({ bucket: BUCKET, clockScale: S });
        const client = await c.make(standin.webhookUrl, { size: BUCKET.size, drain: BUCKET.drain * S });
        const t0 = now();
        const settled = await Promise.allSettled(Array.from({ length: N }, () => client.call('im.notify.answer', NOTIFY)));
        const sec = (now() - t0) / 1000;
        const st = await standin.stats();
        const failures = settled.filter((x) => x.status === 'rejected');
        const wrong = settled.filter((x) => x.status === 'fulfilled' && JSON.stringify(x.value) !== expected);
        r.s.push(sec);
        r.requests.push(st.requests);
        r.refused.push(st.refused503);
        r.failed.push(failures.length);
        const cs = client.stats?.();
        if (cs && typeof cs.retries === 'number') r.retries.push(cs.retries);
        if (failures.length) {
          const first = failures[0].reason;
          console.log(`  ${c.name} run ${run + 1}: ${failures.length} calls failed, first: ${first?.code ?? ''} ${String(first?.message ?? first).slice(0, 160)}`);
        }
        if (wrong.length) problem(`${c.name}: ${wrong.length} calls under the bucket resolved to the wrong result, e.g. ${JSON.stringify(wrong[0].value).slice(0, 120)}`);
      } catch (e) {
        problem(`${c.name}: under bucket, run ${run + 1}: ${e.message}${e.cause ? ` (${e.cause.code ?? ""} ${e.cause.message})` : ""}`);
      }
    }
  }
  const cols = contenders.map((c) => results[c.name]);
  table([
    ['', ...contenders.map((c) => c.name), 'limit'],
    ['time, s', ...cols.map((r) => spread(r.s, 2)), limitS.toFixed(2)],
    ['requests sent', ...cols.map((r) => spread(r.requests)), num(N)],
    ['refused (503 QUERY_LIMIT_EXCEEDED)', ...cols.map((r) => spread(r.refused)), '0'],
    ['calls failed', ...cols.map((r) => spread(r.failed)), '0'],
    ['retries (library\'s own count)', ...cols.map((r) => spread(r.retries)), '0'],
  ]);
  const [w, s] = cols;
  summaries.push(summary(`${num(N)} calls under 50/2 (s at clock scale ${S})`, median(w.s), median(s.s), `${limitS.toFixed(2)} s`, 2));
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
  console.log('   A one-line webhook app bundled by vite (library mode, ES, minified, dependencies bundled):');
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
    ['as emitted (one file) gzip -9', cell(w, (a) => kb(a.emitted.gz)), cell(s, (a) => kb(a.emitted.gz))],
  ]);
  if (w && s) {
    summaries.push(summary('bundle, one-line app, JS + wasm gzip -9 (KB)', (w.js.gz + w.wasm.gz) / 1024, (s.js.gz + s.wasm.gz) / 1024, 'n/a (no floor)', 1));
  }
}

// ---- run ------------------------------------------------------------------------------------------

const workloads = [['1', perCall], ['2', listRows], ['3', underBucket], ['4', bundleSize]];
try {
  for (const [id, fn] of workloads) {
    if (opts.only && !opts.only.has(id)) continue;
    try {
      await fn();
    } catch (e) {
      problem(`workload ${id}: ${e.stack ?? e}`);
    }
  }
} finally {
  await standin.close();
}

console.log('\n== Summary (medians; ratio = b24-wasm / b24jssdk, lower is better for every line) ==');
for (const line of summaries) console.log(line);
console.log(`\nload average at end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; total ${((now() - started) / 1000).toFixed(0)} s`);
if (notes.size) {
  console.log(`\n${notes.size} note(s): b24-wasm differs from the API the harness was written against:`);
  for (const n of notes) console.log(`  - ${n}`);
}
if (problems.length) {
  console.log(`\n${problems.length} problem(s): wrong data or a workload that could not run:`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exitCode = 1;
}
