// Run by bench.mjs in a fresh `node --expose-gc` process, one library per process, so RSS is
// that library's alone: N calls of im.notify.answer through a transport that answers from
// memory, sampling memory after a warm-up and at the end. Prints one JSON line.
//   node --expose-gc bench/child/memory.mjs <b24-wasm|b24jssdk|bare> <calls> <replyText>
import { makeWasm, makeSdk } from '../lib/libs.mjs';
import { memoryTransport } from '../lib/inmemory.mjs';
import { wasmMemoryBytes } from '../lib/wasm-memory.mjs';

const [lib, callsArg, replyText] = process.argv.slice(2);
const calls = Number(callsArg);
const WARM = 1000;
const NOTIFY = { NOTIFY_ID: 1, ANSWER_TEXT: 'x' };
const URL_ = 'https://127.0.0.1:9/rest/1/standin-secret/'; // never dialled: the transport is in memory
const memory = memoryTransport(replyText);
const expected = JSON.stringify(JSON.parse(replyText).result);

let client;
let call;
if (lib === 'b24-wasm' || lib === 'b24jssdk') {
  // b24-wasm without its limiter: with a plan it sleeps ~0.6 ms per call even when the bucket
  // never fills (see workload 7), which would make 100,000 calls take a minute. The SDK's
  // limiter cannot be turned off; 1e6/1e6 never waits.
  client = await (lib === 'b24-wasm' ? makeWasm(URL_, false, { memory }) : makeSdk(URL_, { size: 1e6, drain: 1e6 }, { memory }));
  call = () => client.call('im.notify.answer', NOTIFY);
} else {
  call = async () => JSON.parse(await (await memory.fetch(`${URL_}im.notify.answer`, { body: JSON.stringify(NOTIFY) })).text()).result;
}

async function sample(done) {
  globalThis.gc?.();
  await new Promise((r) => setImmediate(r));
  globalThis.gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  const wasm = lib === 'b24-wasm' ? await wasmMemoryBytes(client?.client) : null;
  return { calls: done, rss, heapUsed, external, wasm: wasm?.bytes ?? null, wasmSource: wasm?.source ?? null };
}

const samples = [];
let done = 0;
let wrong = 0;
for (; done < WARM; done++) if (JSON.stringify(await call()) !== expected) wrong++;
samples.push(await sample(done));
for (; done < calls; done++) if (JSON.stringify(await call()) !== expected) wrong++;
samples.push(await sample(done));
console.log(JSON.stringify({ lib, samples, wrong, sent: memory.counter.sent, gc: typeof globalThis.gc === 'function' }));
