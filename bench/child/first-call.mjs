// Run by bench.mjs in a fresh process per measurement: import the library, make a client,
// make one call to the stand-in, and print the milliseconds of each step as one JSON line.
//   node bench/child/first-call.mjs <b24-wasm|b24jssdk|bare> <webhookUrl>
// `sinceStart` adds Node's own start-up (performance.now() counts from the process's start).
const [lib, webhookUrl] = process.argv.slice(2);
const NOTIFY = { NOTIFY_ID: 1, ANSWER_TEXT: 'x' };
const PLAN = { size: 50, drain: 2 }; // a standard portal's bucket, both libraries' default

const t0 = performance.now();
let make;
if (lib === 'bare') {
  const { bareCall } = await import('../lib/bare.mjs');
  make = async () => ({ call: async (m, p) => (await bareCall(webhookUrl, m, p)).result });
} else {
  const libs = await import('../lib/libs.mjs');
  if (lib === 'b24-wasm') await libs.loadWasm();
  else await libs.loadSdk();
  make = () => (lib === 'b24-wasm' ? libs.makeWasm : libs.makeSdk)(webhookUrl, PLAN);
}
const t1 = performance.now();
const client = await make();
const t2 = performance.now();
const result = await client.call('im.notify.answer', NOTIFY);
const t3 = performance.now();
console.log(JSON.stringify({ lib, importMs: t1 - t0, clientMs: t2 - t1, callMs: t3 - t2, totalMs: t3 - t0, sinceStart: t3, result }));
// The keep-alive socket would hold the process open for its idle timeout.
process.exit(0);
