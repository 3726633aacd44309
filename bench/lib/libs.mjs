// One adapter per library, so every workload drives both the same way:
//   call(method, params)   → the reply's `result` (throws when the call failed)
//   batch([[method, params], ...]) → the results in order (throws when any command failed)
//   rows(method, params)   → async iterator of rows, using the library's own large-list helper
// Each factory takes a leaky-bucket plan {size, drain} (drain per real second) for the
// library's own client-side limiter, or `false` (b24-wasm only: the limiter off), and
// optionally a transport that answers from memory (`memory`, see inmemory.mjs).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const PKG_DIR = process.env.B24_BENCH_PKG
  ? resolve(process.env.B24_BENCH_PKG)
  : fileURLToPath(new URL('../../pkg/', import.meta.url));

let wasmModule;
export async function loadWasm() {
  wasmModule ??= await import(pathToFileURL(resolve(PKG_DIR, 'node/index.js')).href);
  return wasmModule;
}

let sdkModule;
export async function loadSdk() {
  sdkModule ??= await import('@bitrix24/b24jssdk');
  return sdkModule;
}

const planLabel = (plan) => (plan === false ? 'plan:false' : `plan ${plan.size}/${plan.drain}`);

/**
 * b24-wasm: `Client.webhook(url, { plan, fetch })`, `call`, `batch`, `list(..., { idField })`,
 * `check`, `stats()`. `memory.fetch` replaces the transport by one that answers from memory.
 */
export async function makeWasm(webhookUrl, plan, { memory } = {}) {
  const { Client } = await loadWasm();
  const options = { plan: plan === false ? false : { size: plan.size, drain: plan.drain } };
  if (memory) options.fetch = memory.fetch;
  const client = Client.webhook(webhookUrl, options);
  return {
    name: 'b24-wasm',
    plan: planLabel(plan),
    client,
    call: (method, params) => client.call(method, params),
    check: (method, params) => client.check(method, params),
    async batch(commands) {
      const { result, errors } = await client.batch(commands);
      const failed = Object.keys(errors);
      if (failed.length) throw new Error(`b24-wasm: ${failed.length} batch commands failed, first: ${errors[failed[0]]?.code} ${errors[failed[0]]?.message}`);
      return result;
    },
    // As the harness contract writes it: client.list(method, {order: {ID: 'ASC'}}, {idField}).
    // If b24-wasm refuses an `order` next to `idField` before yielding a row, the refusal is
    // reported through `onNote` and the list is read again without `order` (same rows: the
    // ID-keyed reader orders by ID ASC itself).
    async *rows(method, params, idField, onNote) {
      if (typeof client.list !== 'function') throw new Error('b24-wasm: client.list is missing');
      const iterator = client.list(method, params, { idField })[Symbol.asyncIterator]();
      let first;
      try {
        first = await iterator.next();
      } catch (e) {
        if (!(params && 'order' in params && /order/i.test(String(e?.message)))) throw e;
        onNote?.(`b24-wasm refused client.list(${JSON.stringify(method)}, ${JSON.stringify(params)}, ${JSON.stringify({ idField })}): ${e.code ?? ''} ${e.message}; measured without "order"`);
        const { order: _order, ...rest } = params;
        yield* client.list(method, rest, { idField });
        return;
      }
      if (first.done) return;
      yield first.value;
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
    },
    stats: () => (typeof client.stats === 'function' ? client.stats() : null),
  };
}

/**
 * @bitrix24/b24jssdk: a B24Hook with its RestrictionManager told the plan.
 *
 * The SDK builds every URL as `https://<domain>/rest/<user>/<secret>/…` (B24Hook.fromWebhookUrl
 * refuses http:, and AuthHookManager hard-codes https:// even for `new B24Hook({b24Url})`). Over
 * https the SDK reaches the stand-in as it is. For the plain-HTTP stand-in the one documented
 * way in is used: the SDK's public axios instance (`getHttpClient(ApiVersion.v2).ajaxClient`,
 * which its typings document for changing axios defaults) gets a request interceptor that turns
 * `https://127.0.0.1:PORT` into `http://127.0.0.1:PORT`. In both cases anything not aimed at
 * the stand-in is refused, so the SDK can reach nothing but 127.0.0.1. The SDK itself is not
 * modified. `memory.adapter` is an axios adapter (axios's documented transport hook) that
 * answers from memory.
 */
export async function makeSdk(webhookUrl, plan, { memory } = {}) {
  if (plan === false) plan = { size: 1e6, drain: 1e6 }; // the SDK's limiter cannot be turned off
  const { B24Hook, ApiVersion, ParamsFactory } = await loadSdk();
  const hook = new URL(webhookUrl);
  const [, userId, secret] = hook.pathname.split('/').filter(Boolean);
  const defaults = ParamsFactory.getDefault();
  const b24 = new B24Hook(
    { b24Url: `https://${hook.host}`, userId: Number(userId), secret },
    {
      restrictionParams: {
        // Same bucket as the stand-in; the SDK's adaptive throttling stays at its default (on).
        rateLimit: { ...defaults.rateLimit, burstLimit: plan.size, drainRate: plan.drain },
      },
    },
  );
  const from = `https://${hook.host}/`;
  const to = `${hook.protocol}//${hook.host}/`;
  for (const version of [ApiVersion.v2, ApiVersion.v3]) {
    const axios = b24.getHttpClient(version).ajaxClient;
    axios.interceptors.request.use((config) => {
      if (typeof config.url !== 'string' || !config.url.startsWith(from)) {
        throw new Error(`bench: b24jssdk tried to reach ${String(config.url).slice(0, 40)}…, not the stand-in`);
      }
      if (to !== from) config.url = to + config.url.slice(from.length);
      return config;
    });
    if (memory) axios.defaults.adapter = memory.adapter;
  }
  const http = b24.getHttpClient(ApiVersion.v2);
  return {
    name: 'b24jssdk',
    plan: `rateLimit ${plan.size}/${plan.drain}`,
    async call(method, params) {
      const reply = await b24.actions.v2.call.make({ method, params });
      if (!reply.isSuccess) {
        const e = new Error(`b24jssdk: ${method} failed: ${reply.getErrorMessages().join('; ')}`);
        e.reply = reply;
        throw e;
      }
      return reply.getData().result;
    },
    // The SDK's batch helper for more than 50 commands: chunks of 50, one batch call each,
    // sent one after another; it returns the successful results as one flat array.
    async batch(commands) {
      const reply = await b24.actions.v2.batchByChunk.make({ calls: commands, options: { isHaltOnError: false } });
      if (!reply.isSuccess) throw new Error(`b24jssdk: batch failed: ${reply.getErrorMessages().slice(0, 3).join('; ')}`);
      return reply.getData();
    },
    // The SDK's README: `callList` loads everything into memory ("use only for small selections
    // (< 1000 items)"); `fetchList` streams chunks "for large datasets". Both page with one
    // request per 50 rows (`start=-1`, `>ID` filter, order by ID forced).
    async *rows(method, params, idField) {
      // fetchList forces order {ID: ASC} and logs a warning when given one; leave it out.
      const { order: _order, ...rest } = params ?? {};
      for await (const chunk of b24.actions.v2.fetchList.make({ method, params: rest, idKey: idField })) {
        yield* chunk;
      }
    },
    stats: () => {
      const s = http.getStats();
      return { requests: s.totalRequests, retries: s.retries, limitHits: s.limitHits };
    },
  };
}

export const LIBS = [
  { name: 'b24-wasm', make: makeWasm },
  { name: 'b24jssdk', make: makeSdk },
];
