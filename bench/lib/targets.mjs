// The targets table (issue 10): one row per target, read from the figures the workloads put
// in R. Each row prints b24-wasm, b24jssdk (where it has the feature), the physical limit or
// baseline measured on this machine, the target, and whether b24-wasm met it. Nothing fails
// on a missed target: the bench reports, it does not assert speed.
//
// TARGETS holds the goals. Where a goal depends on the machine it is written against the
// physical limit measured in the same run (e.g. "bare + 25 µs"), so it means the same on a
// slower machine.
import { num } from './report.mjs';

export const TARGETS = {
  // The figures of issue 10's targets table.
  bundleKb: { text: '≤ 45 KB', ok: (w) => w <= 45 },
  perCallMedian: { text: 'bare + 25 µs', ok: (w, bare) => w <= bare + 25 },
  perCallP90: { text: '≤ 1.2 × bare p90', ok: (w, bare) => w <= bare * 1.2 },
  cpuPerCall: { text: '≤ 8 µs', ok: (w) => w <= 8 },
  checkConfig: { text: '≤ 10 µs', ok: (w) => w <= 10 },
  checkNotify: { text: '≤ 1 µs', ok: (w) => w <= 1 },
  batchWrites: { text: '≤ 26.0 s, 0 refusals', ok: (w) => w <= 26.0 },
  enterpriseCalls: { text: '≤ 10.6 s, 0 refusals', ok: (w) => w <= 10.6 },
  wasmMemory: { text: '≤ 2 MB, flat', ok: (w, warm) => w <= 2 * 1048576 && w === warm },
  rss: { text: 'baseline + 20 MB', ok: (w, base) => w <= base + 20 * 1048576 },
  firstCall: { text: '≤ 35 ms', ok: (w) => w <= 35 },
};

const MB = (b) => (b === null || b === undefined ? '—' : `${(b / 1048576).toFixed(1)} MB`);
const fmt = (x, unit, digits = 0) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${num(x, digits)} ${unit}`);
const verdict = (target, ...args) => (args.some((a) => a === null || a === undefined || Number.isNaN(a)) ? 'not run' : target.ok(...args) ? 'met' : 'MISSED');

/** Rows for report.table(): a header, then one row per target whose workload ran. */
export function targetRows(R, { protocols }) {
  const rows = [['row', 'b24-wasm', 'b24jssdk', 'limit / baseline', 'target', 'b24-wasm']];
  const T = TARGETS;
  if (R.bundle) {
    rows.push(['one-call browser app, Vite 8, JS + wasm gzip -9', fmt(R.bundle.wasm, 'KB', 1), fmt(R.bundle.sdk, 'KB', 1), 'n/a', T.bundleKb.text, verdict(T.bundleKb, R.bundle.wasm)]);
  }
  for (const p of protocols) {
    const c = R.perCall?.[p];
    if (!c) continue;
    rows.push([`per call over ${p}, median, plan:false`, fmt(c.wasmOff.med, 'µs'), fmt(c.sdk.med, 'µs'), `${fmt(c.bare.med, 'µs')} bare`, T.perCallMedian.text, verdict(T.perCallMedian, c.wasmOff.med, c.bare.med)]);
    const worst = Math.max(c.wasmOff.p90, c.wasmPlan.p90);
    rows.push([`per call over ${p}, p90, worse of plan:false / 1e6`, fmt(worst, 'µs'), fmt(c.sdk.p90, 'µs'), `${fmt(c.bare.p90, 'µs')} bare`, T.perCallP90.text, verdict(T.perCallP90, worst, c.bare.p90)]);
  }
  if (R.cpu) {
    const w = R.cpu.wasmOff?.us;
    rows.push(['library CPU per call, in-memory fetch, plan:false', fmt(w, 'µs', 1), fmt(R.cpu.sdk?.us, 'µs', 1), `${fmt(R.cpu.bare?.us, 'µs', 1)} JSON+fetch`, T.cpuPerCall.text, verdict(T.cpuPerCall, w)]);
  }
  if (R.check) {
    const { config, notify } = R.check;
    rows.push([`check('imopenlines.config.add', ${config.fields} PARAMS)`, fmt(config.wasm, 'µs', 2), 'no check', `${fmt(config.baseline, 'µs', 2)} stringify`, T.checkConfig.text, verdict(T.checkConfig, config.wasm)]);
    rows.push(["check('im.notify.answer', 2 params)", fmt(notify.wasm, 'µs', 2), 'no check', `${fmt(notify.baseline, 'µs', 2)} stringify`, T.checkNotify.text, verdict(T.checkNotify, notify.wasm)]);
  }
  for (const [key, label, target] of [['batchWrites', 'W3: writes as a batch under 50/2, real clock', T.batchWrites], ['enterpriseCalls', 'independent calls under 250/5, real clock', T.enterpriseCalls]]) {
    for (const p of protocols) {
      const r = R[key]?.[p];
      if (!r) continue;
      const fails = (n) => (n ? ` (${num(n)} failed)` : '');
      rows.push([`${label}, ${p}`, `${fmt(r.wasm, 's', 2)}${fails(r.wasmFailed)}`, `${fmt(r.sdk, 's', 2)}${fails(r.sdkFailed)}`, fmt(r.limit, 's', 1), target.text, r.wasmFailed ? 'MISSED' : verdict(target, r.wasm, r.limit)]);
    }
  }
  if (R.memory) {
    const { calls, wasm, wasmWarm, sdk, bare } = R.memory;
    rows.push([`wasm linear memory after ${num(calls)} calls`, MB(wasm?.wasm), 'n/a', `${MB(wasmWarm?.wasm)} after 1,000`, T.wasmMemory.text, verdict(T.wasmMemory, wasm?.wasm, wasmWarm?.wasm)]);
    rows.push([`RSS after ${num(calls)} calls`, MB(wasm?.rss), MB(sdk?.rss), `${MB(bare?.rss)} JSON+fetch`, T.rss.text, verdict(T.rss, wasm?.rss, bare?.rss)]);
  }
  for (const p of protocols) {
    const r = R.firstCall?.[p];
    if (!r) continue;
    rows.push([`Node import + client + first call, ${p}`, fmt(r.wasm, 'ms', 1), fmt(r.sdk, 'ms', 1), `${fmt(r.bare, 'ms', 1)} bare`, T.firstCall.text, verdict(T.firstCall, r.wasm, r.bare)]);
  }
  return rows;
}
