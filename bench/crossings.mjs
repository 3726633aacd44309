// Wasm crossings and library CPU per `client.call`, with an in-memory fetch (no stand-in, no
// socket): the quick check for the step protocol between the core and the JS loop (issue 17).
// Counts every call into the module (exports: the ops and wasm-bindgen's malloc/free) and every
// call out of it (imports), then times plain calls on an uncounted instance.
//   node bench/crossings.mjs [--calls N] [--pkg path/to/pkg] [--wasm named.wasm (for --cpu-prof)]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const PKG = resolve(opt('--pkg', new URL('../pkg', import.meta.url).pathname));
const CALLS = Number(opt('--calls', 20000));
const URL_ = 'https://example.bitrix24.com/rest/1/abcdefgh12345678/';
const REPLY = JSON.stringify({ result: { result_message: ['Your response has been successfully sent.'] }, time: { start: 1, finish: 1.01, duration: 0.01, processing: 0, date_start: '2026-01-01T00:00:00+00:00', date_finish: '2026-01-01T00:00:00+00:00', operating: 0 } });
const PARAMS = { NOTIFY_ID: 1, ANSWER_TEXT: 'x' };
const fetch = async () => ({ status: 200, ok: true, headers: { get: () => 'application/json' }, text: async () => REPLY });

// Counting: every export and import of the instance goes through a wrapper that tallies it.
const counts = { in: new Map(), out: new Map() };
let counting = false;
const tally = (map, name) => { if (counting) map.set(name, (map.get(name) ?? 0) + 1); };
const RealInstance = WebAssembly.Instance;
function countedInstance(module, imports) {
  const wrapped = {};
  for (const [ns, fns] of Object.entries(imports)) {
    wrapped[ns] = {};
    for (const [name, fn] of Object.entries(fns)) {
      wrapped[ns][name] = typeof fn === 'function' ? function (...a) { tally(counts.out, name); return fn.apply(this, a); } : fn;
    }
  }
  const instance = new RealInstance(module, wrapped);
  const exports = {};
  for (const [name, value] of Object.entries(instance.exports)) {
    exports[name] = typeof value === 'function' ? (...a) => { tally(counts.in, name); return value(...a); } : value;
  }
  return { exports };
}

async function client(counted) {
  // A fresh copy of the glue per instance: wasm-bindgen's glue keeps one module per import.
  const glue = await import(`${PKG}/web/b24_wasm.js?${counted ? 'counted' : 'plain'}`);
  const { createApi } = await import(`${PKG}/api.js`);
  const bytes = readFileSync(opt('--wasm', `${PKG}/web/b24_wasm_bg.wasm`));
  const load = () => {
    if (counted) WebAssembly.Instance = countedInstance;
    try {
      glue.initSync({ module: bytes });
    } finally {
      WebAssembly.Instance = RealInstance;
    }
    return glue;
  };
  const { Client } = createApi({ load });
  return Client.webhook(URL_, { plan: { size: 1e6, drain: 1e6 }, fetch });
}

const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
const counted = await client(true);
for (let i = 0; i < 10; i++) await counted.call('im.notify.answer', PARAMS);
counting = true;
const N = 100;
for (let i = 0; i < N; i++) await counted.call('im.notify.answer', PARAMS);
counting = false;
const line = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v / N}`).join(', ');
console.log(`crossings per client.call: ${sum(counts.in) / N} into wasm (${line(counts.in)})`);
console.log(`                           ${sum(counts.out) / N} out of wasm (${line(counts.out) || 'none'})`);

const plain = await client(false);
for (let i = 0; i < 2000; i++) await plain.call('im.notify.answer', PARAMS);
const blocks = [];
const cpu0 = process.cpuUsage();
for (let b = 0; b < 10; b++) {
  const t0 = performance.now();
  for (let i = 0; i < CALLS / 10; i++) await plain.call('im.notify.answer', PARAMS);
  blocks.push(((performance.now() - t0) * 1000) / (CALLS / 10));
}
const cpu = process.cpuUsage(cpu0);
blocks.sort((a, b) => a - b);
console.log(`µs per call: median ${blocks[5].toFixed(1)} (min ${blocks[0].toFixed(1)}), CPU ${((cpu.user + cpu.system) / CALLS).toFixed(1)} µs per call over ${CALLS} calls`);
