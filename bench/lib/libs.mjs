// One adapter per library, so every workload drives both the same way:
//   call(method, params) → the reply's `result` (throws when the call failed)
//   rows(method, params) → async iterator of rows, using the library's own large-list helper
// Each factory takes a leaky-bucket plan {size, drain} (drain per real second) for the
// library's own client-side limiter.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const PKG_DIR = process.env.B24_BENCH_PKG
  ? resolve(process.env.B24_BENCH_PKG)
  : fileURLToPath(new URL('../../pkg/', import.meta.url));

let wasmModule;
async function loadWasm() {
  wasmModule ??= await import(pathToFileURL(resolve(PKG_DIR, 'node/index.js')).href);
  return wasmModule;
}

let sdkModule;
async function loadSdk() {
  sdkModule ??= await import('@bitrix24/b24jssdk');
  return sdkModule;
}

/** b24-wasm: `Client.webhook(url, { plan })`, `call`, `list(..., { idField })`, `stats()`. */
export async function makeWasm(webhookUrl, plan) {
  const { Client } = await loadWasm();
  const client = Client.webhook(webhookUrl, { plan: { size: plan.size, drain: plan.drain } });
  return {
    name: 'b24-wasm',
    call: (method, params) => client.call(method, params),
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
 * refuses http:, and AuthHookManager hard-codes https:// even for `new B24Hook({b24Url})`). The
 * stand-in speaks plain HTTP on 127.0.0.1, so the one documented way in is used: the SDK's
 * public axios instance (`getHttpClient(ApiVersion.v2).ajaxClient`, which its typings document
 * for changing axios defaults) gets a request interceptor that turns `https://127.0.0.1:PORT`
 * into `http://127.0.0.1:PORT`. Anything not aimed at the stand-in is refused, so the SDK can
 * reach nothing but 127.0.0.1. The SDK itself is not modified.
 */
export async function makeSdk(webhookUrl, plan) {
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
  const to = `http://${hook.host}/`;
  for (const version of [ApiVersion.v2, ApiVersion.v3]) {
    b24.getHttpClient(version).ajaxClient.interceptors.request.use((config) => {
      if (typeof config.url !== 'string' || !config.url.startsWith(from)) {
        throw new Error(`bench: b24jssdk tried to reach ${String(config.url).slice(0, 40)}…, not the stand-in`);
      }
      config.url = to + config.url.slice(from.length);
      return config;
    });
  }
  const http = b24.getHttpClient(ApiVersion.v2);
  return {
    name: 'b24jssdk',
    async call(method, params) {
      const reply = await b24.actions.v2.call.make({ method, params });
      if (!reply.isSuccess) {
        const e = new Error(`b24jssdk: ${method} failed: ${reply.getErrorMessages().join('; ')}`);
        e.reply = reply;
        throw e;
      }
      return reply.getData().result;
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
