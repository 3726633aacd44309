// Starting a fleet of worker processes (./worker.mjs) and collecting what they report; plus
// the batches of writes the fleet sends and the check that each write ran exactly once.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));
/** The worker that drives the real client (`runFleet(configs, { worker: CLIENT_WORKER })`). */
export const CLIENT_WORKER = fileURLToPath(new URL('./client-worker.mjs', import.meta.url));

/**
 * Forks one worker per config (`worker`: ./worker.mjs unless given). `onMessage(index, message, worker)` sees every report. The
 * workers start together: each gets 'go' once all are ready. Resolves when all have exited,
 * to `{ reports, exits, errors, ms, startedAt }` (`reports[i]` is worker i's 'done' message or
 * null; `startedAt` is the performance.now() of 'go').
 */
export async function runFleet(configs, { onMessage = () => {}, timeoutMs = 120_000, worker = WORKER } = {}) {
  const workers = configs.map(() => fork(worker, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const reports = configs.map(() => null);
  const errors = [];
  let ready = 0;
  let started;
  let goResolve;
  const go = new Promise((resolve) => (goResolve = resolve));
  const exits = Promise.all(
    workers.map(
      (w, i) =>
        new Promise((resolve) => {
          w.on('message', (m) => {
            if (m.type === 'ready' && ++ready === workers.length) goResolve();
            if (m.type === 'done' || m.type === 'reserved') reports[i] = m;
            if (m.type === 'error') errors.push(`worker ${i}: ${m.error}`);
            onMessage(i, m, w);
          });
          w.once('exit', (code, signal) => resolve({ code, signal }));
        }),
    ),
  );
  workers.forEach((w, i) => w.send(configs[i]));
  const timer = setTimeout(() => workers.forEach((w) => w.kill('SIGKILL')), timeoutMs);
  await Promise.race([go, exits]);
  started = performance.now();
  for (const w of workers) if (w.connected) w.send('go');
  const exitList = await exits;
  clearTimeout(timer);
  return { reports, exits: exitList, errors, ms: performance.now() - started, startedAt: started, workers };
}

/**
 * The batches: `workers × batchesPerWorker` batch requests of `commandsPerBatch` independent
 * writes (im.notify.answer with a unique ANSWER_TEXT), grouped per worker.
 */
export function makeBatches({ workers, batchesPerWorker, commandsPerBatch }) {
  return Array.from({ length: workers }, (_, w) =>
    Array.from({ length: batchesPerWorker }, (_, b) => {
      const cmd = {};
      for (let c = 0; c < commandsPerBatch; c++) cmd[`c${c}`] = `im.notify.answer?NOTIFY_ID=1&ANSWER_TEXT=w${w}-b${b}-c${c}`;
      return { id: `w${w}-b${b}`, cmd };
    }),
  );
}

/**
 * How many times each write ran at the stand-in (its recorded batch commands that succeeded).
 * `expected` lists the ANSWER_TEXTs that must have run; answers { lost, duplicated, ran }.
 */
export function countWrites(requests, expected) {
  const ran = new Map();
  for (const r of requests) {
    if (!r.viaBatch || r.method !== 'im.notify.answer' || r.status !== 200) continue;
    const text = String(r.params.ANSWER_TEXT);
    ran.set(text, (ran.get(text) ?? 0) + 1);
  }
  let lost = 0;
  for (const text of expected) if (!ran.has(text)) lost += 1;
  let duplicated = 0;
  for (const n of ran.values()) if (n > 1) duplicated += n - 1;
  return { lost, duplicated, ran };
}

/** The ANSWER_TEXTs of a list of batches. */
export function writesOf(batches) {
  return batches.flatMap((b) => Object.values(b.cmd).map((c) => /ANSWER_TEXT=([^&]+)/.exec(c)[1]));
}
