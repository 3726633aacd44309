#!/usr/bin/env node
// Event parsing figures (issue 20): the built package's parseEvent (the full .wasm, as a Node
// server runs it) on bodies of 1 and 4 MiB (the handlers' default limit) in the shapes that cost
// most: the most values a body may hold (10,000) with values as long as fit, PHP appends
// (`data[PARAMS][L][]=1`, quadratic before), numbered keys, one long value, percent escapes, a
// JSON list. Bodies of more than 10,000 values are answered too_many_fields where the count is
// reached. The parser runs before the token check, on any sender's body,
// so the target is on the worst shape: 4 MiB in under 200 ms (wall clock, median; the CPU time
// beside it is what the parse itself cost on a machine shared with other work). Prints figures;
// a shape over the target is reported as a problem by bench.mjs (workload E) and here by the
// exit code.
//
//   node bench/events.mjs [--runs N]
//   import { runEventsBench, printEventsSummary } from './events.mjs'   // from bench/bench.mjs
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { PKG_DIR } from './lib/libs.mjs';
import { median, num, table } from './lib/report.mjs';

const TARGET_MS = 200;
const SIZES = [1 << 20, 4 << 20];

/** Bodies of just under `n` bytes (the limit is inclusive), one per shape. */
export function eventBodies(n) {
  const head = 'event=ONIMBOTDELETE&data%5BBOT_ID%5D=1';
  const fill = (unit) => head + unit.repeat(Math.floor((n - head.length) / unit.length));
  let numbered = head;
  const parts = [];
  for (let i = 0, size = head.length; ; i++) {
    const part = `&data[M][${i}]=1`;
    if (size + part.length > n) break;
    parts.push(part);
    size += part.length;
  }
  numbered += parts.join('');
  const json = (count) => `{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"L":[${'1,'.repeat(count)}1]}}`;
  // The most a body may hold (MAX_FIELDS: 10,000 values), each value as long as fits.
  const append = '&data%5BPARAMS%5D%5BL%5D%5B%5D=';
  const wide = Math.floor((n - head.length) / 9_990) - append.length;
  return [
    ['10,000 appends, long values', head + `${append}${'v'.repeat(wide)}`.repeat(9_990)],
    ['JSON list, 9,990 long strings', `{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"L":[${`"${'v'.repeat(wide)}",`.repeat(9_990)}1]}}`],
    ['appends data[PARAMS][L][]=1', fill('&data%5BPARAMS%5D%5BL%5D%5B%5D=1')],
    ['appends at the top L[]=1', fill('&L%5B%5D=1')],
    ['numbered keys data[M][i]=1', numbered],
    ['one long value', `${head}&data[X]=${'a'.repeat(n - head.length - 10)}`],
    ['percent escapes %41', `${head}&data[X]=${'%41'.repeat(Math.floor((n - head.length - 10) / 3))}`],
    ['JSON list of numbers', json(Math.floor((n - 60) / 2))],
  ];
}

/** Parses every body `runs` times; resolves to rows { shape, bytes, ms (median), refused }. */
export async function runEventsBench({ runs = 5, problem = (text) => console.error(`problem: ${text}`) } = {}) {
  const { parseEvent } = await import(pathToFileURL(join(PKG_DIR, 'node', 'index.js')).href);
  await parseEvent('event=ONIMBOTDELETE&data[BOT_ID]=1');
  const rows = [];
  for (const n of SIZES) {
    for (const [shape, body] of eventBodies(n)) {
      const times = [];
      const cpu = [];
      let outcome = 'read';
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        try {
          await parseEvent(body);
        } catch (e) {
          outcome = e.kind ?? e.code;
        }
        const used = process.cpuUsage(cpuStart);
        times.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
      }
      const ms = median(times);
      rows.push({ shape, bytes: body.length, ms, cpuMs: median(cpu), outcome });
      if (n === 4 << 20 && ms >= TARGET_MS) problem(`parsing 4 MiB (${shape}) took ${ms.toFixed(0)} ms, target < ${TARGET_MS} ms`);
    }
  }
  return rows;
}

export function printEventsSummary(rows) {
  console.log(`\n== E: parseEvent on hostile bodies (median; target: 4 MiB of any shape < ${TARGET_MS} ms) ==`);
  table([
    ['shape', 'bytes', 'ms', 'CPU ms', 'outcome', '4 MiB target'],
    ...rows.map((r) => [r.shape, num(r.bytes), r.ms.toFixed(1), r.cpuMs.toFixed(1), r.outcome, r.bytes > 2 << 20 ? (r.ms < TARGET_MS ? 'met' : 'MISSED') : '']),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
  let failed = false;
  const rows = await runEventsBench({ runs, problem: (text) => ((failed = true), console.error(`problem: ${text}`)) });
  printEventsSummary(rows);
  if (failed) process.exitCode = 1;
}
