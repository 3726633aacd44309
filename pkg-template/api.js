// The public JS API and the I/O loop of the core. The wasm module decides everything (validate,
// address, decode, retry, wait, refresh, give up); this file only does what it is told: fetch
// or BX24.callMethod, setTimeout, the user's refresh(), and turning the core's JSON into
// values and B24Error instances.

import { sendBx24 } from './io/bx24.js';
import { B24Error } from './error.js';
// The one error class lives in error.js; re-exported for modules that take it from here.
export { B24Error, isB24Error } from './error.js';
// Generated from Rust (src/error/codes.rs, src/core/config/options.rs) by the build.
import { NEVER_SENT as NEVER_SENT_CODES } from './codes.js';
import { JS_OPTIONS, OAUTH_KEYS, REFRESHER_KEYS } from './options.js';

// How fetchSend and BX24 say an answer was lost (the loop hands each in as its InputKind).
const NOT_SENT = 'NotSent';
const MAYBE_SENT = 'MaybeSent';
const DEADLINE = 'Deadline';

// Node's codes for a request that provably never left the machine.
const NEVER_SENT = new Set(NEVER_SENT_CODES);
// The logger methods a line may go to (`console` has them all).
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'];
// Deeper params are refused (the core's JSON reader stops at 128 levels).
const MAX_DEPTH = 64;
// Portals whose first round trip is remembered as measured, and how long a call waits for the
// first request of a cold portal (the round trip the core assumes before it has measured one).
const MAX_MEASURED = 10000;
const COLD_WAIT_MS = 1000;
// A call's answer above this many characters is parsed here and only its envelope goes to the
// core: large bodies stay out of the wasm module's memory, which never shrinks.
const LARGE_BODY = 65536;

/**
 * connectFrame() of an entry: the placement iframe's side of the parent-frame protocol, without
 * BX24.js (io/frame.js). A function of its own, outside the Client class, imported on first use:
 * an app that does not call it drops it and its import, where a static method would keep the
 * import and the bundler's preload helper in every app (+642 B gzip in the one-call Vite app).
 */
export function connectFrameWith(Client, options) {
  return import('./io/frame.js').then(({ openFrame }) => openFrame((config) => Client.oauth(config), options, B24Error));
}

let table;
/**
 * The method table: name, scopes, deprecated, reads, params (wire name, type, required,
 * limits), rules, paging. The rows are methods.json (generated with the .wasm's own table),
 * imported on first use: apps that never ask pay nothing for them, bundlers split them into a
 * chunk of their own, and an app that does not import methods() drops them (this function
 * needs no wasm and no client, so it sits outside createApi, where bundlers can shake it).
 * A failed import is tried again on the next call.
 */
export function methods() {
  table ??= import('./methods.data.js').then(
    (data) => deepFreeze(data.default),
    (cause) => {
      table = undefined;
      const description = `the method table could not be loaded: ${cause?.message ?? cause}`;
      throw new B24Error({ code: 'UNKNOWN_ERROR', description, message: `b24: ${description}` });
    },
  );
  return table;
}

let placementRows;
/**
 * The placements table (src/placements/): per placement code its scopes, how it is bound
 * (`placement.bind` with its `OPTIONS` keys, or another method), the `PLACEMENT_OPTIONS` its
 * handler receives, the docs' commands and events, and common mistakes. Loaded on first use
 * from placements.json, as `methods()` loads its rows.
 */
export function placements() {
  placementRows ??= import('./placements.data.js').then(
    (data) => deepFreeze(data.default),
    (cause) => {
      placementRows = undefined;
      const description = `the placements table could not be loaded: ${cause?.message ?? cause}`;
      throw new B24Error({ code: 'UNKNOWN_ERROR', description, message: `b24: ${description}` });
    },
  );
  return placementRows;
}

/**
 * Builds the package's exports. `load()` gives the initialised wasm-bindgen module (or a
 * Promise of it) and is called once, on first use. `defaultFetch` is the environment's
 * fastest `fetch` (the Node entry passes one over node:http); a client's `fetch` option wins.
 */
export function createApi({ load, defaultFetch, createRefresher } = {}) {
  let wasm;
  let loading;
  // Cold start with a limiter store: until a portal's first request has come back, its round trip
  // is not measured and the core would book the burst with a spare for an assumed 1 s one (21 of
  // 50 slots at 20/s). So the first call of a portal goes alone, the others book once it has
  // answered, with a measured spare: `probing` maps a portal to that first request's answer,
  // `measured` holds the portals already measured (the oldest forgotten past MAX_MEASURED: such
  // a portal is only measured again).
  const probing = new Map();
  const measured = new Set();

  // Starts loading on first use. A `load` that answers synchronously (Node reads the file)
  // makes the module usable at once; one that gives a Promise (browsers fetch it) is awaited
  // by every async call.
  function start() {
    if (wasm || loading) return;
    let got;
    try {
      got = load();
    } catch (thrown) {
      loading = Promise.reject(loadFailed(thrown));
      loading.catch(() => { loading = undefined; });
      return;
    }
    if (typeof got?.then === 'function') {
      loading = Promise.resolve(got).then((m) => { wasm = m; }, (thrown) => { throw loadFailed(thrown); });
      loading.catch(() => { loading = undefined; });
    } else {
      wasm = got;
    }
  }

  // A module that cannot be loaded (a .wasm file the bundler did not copy, a runtime without
  // WebAssembly) is a setup problem: INVALID_CONFIG, with the entry's explanation.
  function loadFailed(thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    const error = new B24Error({ code: 'INVALID_CONFIG', description: reason, message: `b24: ${reason}` });
    error.cause = thrown;
    return error;
  }

  /** Resolves once the wasm module is ready; sync `check()` needs it where loading is async. */
  async function ready() {
    start();
    if (!wasm) await loading;
  }

  function loaded() {
    start();
    if (wasm) return wasm;
    throw new B24Error({ code: 'INVALID_CONFIG', description: 'the wasm module is not loaded yet: await ready() first', message: 'b24: the wasm module is not loaded yet: await ready() first' });
  }

  function isB24Error(value) {
    return B24Error.is(value);
  }

  // The core throws (and reports) errors as the JSON text of their fields.
  function toError(thrown) {
    if (typeof thrown === 'string' && thrown.startsWith('{')) return new B24Error(JSON.parse(thrown));
    return thrown;
  }

  function refuse(code, method, field, description) {
    const where = method === undefined ? 'b24' : method;
    return new B24Error({ code, method, field, description, message: `${where}: ${field ? `${field} ` : ''}${description}` });
  }

  function checkMethod(method) {
    if (typeof method !== 'string') throw refuse('INVALID_PARAM', String(typeof method), 'method', 'must be a string: a Bitrix24 method name');
  }

  // JSON text of params, refusing what JSON cannot carry exactly instead of changing it
  // (NaN becomes null, 2^53 + 1 becomes 2^53, functions vanish), and naming the field.
  function encodeParams(method, params, root = 'params') {
    if (params === undefined || params === null) return '{}';
    if (typeof params !== 'object' || Array.isArray(params)) throw refuse('INVALID_PARAM', method, root, 'must be a JSON object');
    const paths = new WeakMap();
    function replacer(key, value) {
      const parent = paths.get(this);
      const path = parent === undefined ? '' : parent === '' ? key : `${parent}.${key}`;
      const field = path || root;
      // A name no transport can encode (BX24.js's form encoding throws a URIError on it).
      if (!isWellFormed(key)) throw refuse('INVALID_PARAM', method, parent || root, 'has a key that is not well-formed text (a lone surrogate)');
      switch (typeof value) {
        case 'number':
          if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
            throw refuse('INVALID_PARAM', method, field, 'must be a finite number that JSON carries exactly (integers up to 2^53)');
          }
          break;
        case 'string':
          if (!isWellFormed(value)) throw refuse('INVALID_PARAM', method, field, 'must be well-formed text (it has a lone surrogate)');
          break;
        case 'bigint':
        case 'function':
        case 'symbol':
          throw refuse('INVALID_PARAM', method, field, `cannot be sent as JSON (it is a ${typeof value})`);
        case 'object':
          if (value !== null) {
            if (path.split('.').length > MAX_DEPTH) throw refuse('INVALID_PARAM', method, field, 'is nested too deeply');
            paths.set(value, path);
          }
          break;
        default:
      }
      return value;
    }
    try {
      return JSON.stringify(params, replacer);
    } catch (thrown) {
      if (isB24Error(thrown)) throw thrown;
      // A getter (or toJSON) threw, or the params are circular: name the field where it
      // happened. Only the error's name is repeated: its text is the app's and may hold anything.
      const at = unreadableField(params);
      const field = at?.path || root;
      throw refuse('INVALID_PARAM', method, field, at?.cycle ? 'refers to itself (the params are circular)' : `cannot be read as JSON (${errorName(at?.thrown ?? thrown)})`);
    }
  }

  // Splits a client's options into the JSON the core checks and what the JS side keeps.
  function splitOptions(options) {
    if (options === undefined || options === null) return ['', {}];
    if (typeof options !== 'object' || Array.isArray(options)) {
      throw refuse('INVALID_CONFIG', undefined, undefined, 'options must be an object');
    }
    const json = {};
    const io = {};
    for (const [key, value] of Object.entries(options)) {
      if (Object.hasOwn(JS_OPTIONS, key)) {
        if (value === undefined || value === null) continue;
        if (typeof value !== JS_OPTIONS[key]) throw refuse('INVALID_CONFIG', undefined, undefined, `options.${key} must be ${/^[aeiou]/.test(JS_OPTIONS[key]) ? 'an' : 'a'} ${JS_OPTIONS[key]}`);
        if (key === 'store' && (typeof value.reserve !== 'function' || typeof value.refused !== 'function')) {
          throw refuse('INVALID_CONFIG', undefined, undefined, 'options.store must have reserve() and refused() (see store.d.ts)');
        }
        if (key === 'logger' && ![...LOG_LEVELS, 'log'].some((level) => typeof value[level] === 'function')) {
          throw refuse('INVALID_CONFIG', undefined, undefined, 'options.logger must be console-like: { debug, info, warn, error } (or log)');
        }
        io[key] = value;
      } else if (['function', 'symbol', 'bigint'].includes(typeof value) || (typeof value === 'number' && !Number.isFinite(value))) {
        // JSON.stringify would drop or change these; the core must see the key to refuse it.
        json[key] = `<${typeof value}>`;
      } else if (value !== undefined) {
        json[key] = value;
      }
    }
    return [JSON.stringify(json), io];
  }

  // Factories hand the settings to the constructor through this token, so `new Client()` from
  // user code fails with a clear message instead of building a broken client.
  const internal = Symbol('b24-wasm internal');

  class Client {
    #make;
    #engine;
    #engineError;
    #fetch;
    #bx24;
    #refresh;
    #refreshing = null;
    #namespaces = new Map();

    #store;
    #logger;

    constructor(token, make, io) {
      if (token !== internal) {
        throw new TypeError('Use Client.webhook(url), Client.oauth({...}) or Client.bx24() to create a client');
      }
      this.#store = io.store;
      this.#logger = io.logger;
      this.#make = (m) => {
        const engine = make(m);
        if (io.store || io.logger) engine.useIo(Boolean(io.store), Boolean(io.logger));
        return engine;
      };
      this.#fetch = io.fetch;
      this.#bx24 = io.bx24;
      this.#refresh = io.refresh;
      // With the module loaded, a wrong setting throws here and now; otherwise at first use.
      // The engine that is kept is made at first use: a client made and dropped unused then
      // leaves nothing in the wasm module's memory, which never shrinks (wasm-bindgen frees an
      // engine only when the GC gets to its wrapper, long after 20,000 of them were made).
      start();
      if (wasm) this.#checkNow();
    }

    #checkNow() {
      try {
        this.#make(wasm).free();
      } catch (thrown) {
        this.#engineError = toError(thrown);
        throw this.#engineError;
      }
    }

    /** A client for an incoming webhook: `https://<portal>/rest/<user>/<secret>/`. */
    static webhook(url, options) {
      const [json, io] = splitOptions(options);
      url = urlText(url);
      if (typeof url !== 'string') throw refuse('INVALID_CONFIG', undefined, undefined, 'the webhook URL must be a string');
      return new Client(internal, (m) => m.WasmEngine.webhook(url, json), io);
    }

    /**
     * A client for an OAuth app. On `expired_token` it gets a new access token from
     * `refresh()`, or (in Node) refreshes by itself with `clientId`, `clientSecret` and
     * `refreshToken`, awaiting `onTokens(tokens)` before the new token is used.
     */
    static oauth(config) {
      if (typeof config !== 'object' || config === null) throw refuse('INVALID_CONFIG', undefined, undefined, 'Client.oauth takes { endpoint, accessToken, refresh, ...options }');
      // Client.oauth's own keys and the refresher's go apart from the client options.
      const own = {};
      const options = {};
      for (const [key, value] of Object.entries(config)) {
        if (Object.hasOwn(OAUTH_KEYS, key) || REFRESHER_KEYS.includes(key)) own[key] = value;
        else options[key] = value;
      }
      const { accessToken, refresh, clientId, clientSecret, refreshToken, onTokens, oauthUrl } = own;
      const endpoint = urlText(own.endpoint);
      if (typeof endpoint !== 'string') throw refuse('INVALID_CONFIG', undefined, undefined, 'endpoint must be a string');
      if (typeof accessToken !== 'string') throw refuse('INVALID_CONFIG', undefined, undefined, 'accessToken must be a string');
      const [json, io] = splitOptions(options);
      const given = REFRESHER_KEYS.filter((k) => own[k] !== undefined);
      let renew = refresh;
      if (typeof refresh === 'function') {
        if (given.length) throw refuse('INVALID_CONFIG', undefined, undefined, `give refresh() or ${given.join(', ')}, not both`);
      } else if (refresh !== undefined) {
        throw refuse('INVALID_CONFIG', undefined, undefined, 'refresh must be a function');
      } else if (!createRefresher) {
        // The client secret must never reach a browser: only the Node entry refreshes by itself.
        throw refuse('INVALID_CONFIG', undefined, undefined, given.includes('clientSecret') ? 'clientSecret must never be in browser code: pass refresh(), which asks your server' : 'refresh must be a function');
      } else {
        let refresher;
        try {
          refresher = createRefresher({ clientId, clientSecret, refreshToken, onTokens, oauthUrl, accessToken, store: io.store, key: originOf(endpoint), fetch: io.fetch ?? defaultFetch });
        } catch (thrown) {
          throw refuse('INVALID_CONFIG', undefined, undefined, `the OAuth refresher cannot be made (${errorName(thrown)}: ${thrown?.code ?? 'bad options'})`);
        }
        // The token the client holds is the stale one: a refresher shared with another client
        // (same tokens) then hands back the pair it already got instead of refreshing again.
        let held = accessToken;
        renew = async () => {
          held = await refresher.refresh(held);
          return held;
        };
      }
      return new Client(internal, (m) => m.WasmEngine.oauth(endpoint, accessToken, json), { ...io, refresh: renew });
    }

    /** A client over `BX24.callMethod` inside a Bitrix24 placement iframe. */
    static bx24(bx24 = globalThis.BX24, options) {
      let usable = false;
      try { usable = typeof bx24?.callMethod === 'function'; } catch { /* a hostile proxy: not usable */ }
      if (!usable) throw refuse('INVALID_CONFIG', undefined, undefined, 'BX24 is not available: load the Bitrix24 JS library (//api.bitrix24.com/api/v1/) in the placement page');
      const [json, io] = splitOptions(options);
      let portal = '';
      try { portal = String(bx24.getDomain?.() ?? ''); } catch { /* the limits then go by this realm only */ }
      return new Client(internal, (m) => m.WasmEngine.bx24(portal, json), { ...io, bx24 });
    }

    #engineNow() {
      if (this.#engine) return this.#engine;
      if (this.#engineError) throw this.#engineError;
      try {
        this.#engine = this.#make(wasm);
      } catch (thrown) {
        this.#engineError = toError(thrown);
        throw this.#engineError;
      }
      return this.#engine;
    }

    async #engineReady() {
      if (!wasm) await ready();
      return this.#engineNow();
    }

    /** Calls a method; resolves to the reply's `result`. */
    async call(method, params, options) {
      return (await this.callReply(method, params, options)).result;
    }

    /** Calls any method by name (the types do not check it); resolves to the `result`. */
    async callUnchecked(method, params, options) {
      return (await this.callReply(method, params, options)).result;
    }

    /** Like `callUnchecked`, resolving to the whole reply (the types do not check the name). */
    callReplyUnchecked(method, params, options) {
      return this.callReply(method, params, options);
    }

    /** Calls a method; resolves to the whole reply: `result`, `time`, and `total`/`next`. */
    async callReply(method, params, { signal } = {}) {
      checkMethod(method);
      const json = encodeParams(method, params);
      const engine = await this.#engineReady();
      let op;
      try {
        op = engine.call(method, json, Date.now());
      } catch (thrown) {
        throw toError(thrown);
      }
      let run;
      try {
        run = await this.#run(op, signal, false, true);
        if (run.failed) run.error = op.error();
      } finally {
        op.free(); // also when the loop threw: the op's memory in the wasm module is never given back otherwise
      }
      if (run.error) throw new B24Error(JSON.parse(run.error));
      return run.parsed ?? JSON.parse(run.body);
    }

    /** Validates params as `call` would, without sending; throws B24Error when refused. */
    check(method, params) {
      checkMethod(method);
      const json = encodeParams(method, params);
      loaded();
      const engine = this.#engineNow();
      try {
        engine.check(method, json);
      } catch (thrown) {
        throw toError(thrown);
      }
    }

    /**
     * Runs commands in batches of up to 50. `commands` is an array of `[method, params]` or an
     * object of `key: [method, params]`; the answer is keyed the same way, and every command
     * has its own outcome: a result, or an error (`OUTCOME_UNKNOWN` for a write whose answer
     * was lost, `SKIPPED` only for one the portal did not run).
     */
    async batch(commands, { halt = false, signal, onProgress } = {}) {
      if (typeof commands !== 'object' || commands === null) throw refuse('INVALID_PARAM', 'batch', 'cmd', 'must be an array or an object of [method, params]');
      const keyed = Array.isArray(commands);
      const entries = keyed ? commands.map((c, i) => [String(i), c]) : Object.entries(commands);
      const rows = entries.map(([key, command]) => {
        // Not [method, params]: the core refuses the row by its key. A bare string must not
        // pass as the method (it would be sent without its params).
        if (!Array.isArray(command)) return [key, null];
        const [method, params] = command;
        return [key, method ?? null, params === undefined ? null : JSON.parse(encodeParams(typeof method === 'string' ? method : 'batch', params, `cmd.${key}`))];
      });
      const engine = await this.#engineReady();
      let op;
      try {
        op = engine.batch(JSON.stringify(rows), Boolean(halt), Date.now());
      } catch (thrown) {
        throw toError(thrown);
      }
      let outcomes;
      let failure;
      try {
        // Told as each request goes out (the commands settled before it), and at the end.
        const run = await this.#run(op, signal, false, false, (requests) => {
          report(onProgress, { commands: op.settled(), total: rows.length, requests });
        });
        outcomes = JSON.parse(op.outcome());
        failure = run.failed ? op.error() : '';
      } finally {
        op.free();
      }
      const result = keyed ? [] : {};
      const errors = keyed ? [] : {};
      const total = {};
      const next = {};
      for (const row of outcomes) {
        const key = keyed ? Number(row.key) : row.key;
        // Own entries, whatever the key: `__proto__` must not become the prototype.
        if ('error' in row) setOwn(errors, key, new B24Error(row.error));
        else setOwn(result, key, row.result);
        if (row.total !== undefined) setOwn(total, key, row.total);
        if (row.next !== undefined) setOwn(next, key, row.next);
      }
      if (failure) {
        // Aborted: reject, with what every command got (results included) in `outcomes`.
        const error = new B24Error(JSON.parse(failure));
        error.outcomes = { result, errors, total, next };
        throw error;
      }
      return { result, errors, total, next };
    }

    /** `batch` for commands of any method, e.g. outside the table (the types do not check them). */
    batchUnchecked(commands, options) {
      return this.batch(commands, options);
    }

    /**
     * Every row of a list method, with the fewest requests its paging allows (pages chained in
     * batches). Options: `idField` (reads start-paged methods by ID, the fastest way),
     * `rowsAt`, `limit`, `signal` (AbortSignal), `onProgress`.
     */
    async *list(method, params, { idField, rowsAt, limit, signal, onProgress } = {}) {
      checkMethod(method);
      const json = encodeParams(method, params);
      const options = encodeParams(method, { idField, rowsAt, limit }, 'options');
      const engine = await this.#engineReady();
      let op;
      try {
        op = engine.list(method, json, options);
      } catch (thrown) {
        throw toError(thrown);
      }
      let read = 0;
      let requests = 0;
      let earlier = 0; // requests of the runs before this one (each run counts its own)
      const onRequest = (sent) => { requests = earlier + sent; };
      try {
        let run;
        for (;;) {
          run = await this.#run(op, signal, true, false, onRequest);
          earlier = requests;
          if (!run.rows) break;
          const page = JSON.parse(op.rows());
          read += page.rows.length;
          report(onProgress, { rows: read, total: page.total, requests });
          for (const row of page.rows) {
            // An abort between rows ends the list at once: the rows of the page not yet
            // yielded are dropped, and the list throws ABORTED (the next run hands it in).
            if (signal?.aborted) break;
            yield row;
          }
        }
        if (run.failed) throw new B24Error(JSON.parse(op.error()));
      } finally {
        op.free();
      }
    }

    /** Requests sent, retries, refusals received and milliseconds waited for the limits. */
    stats() {
      const [requests, retries, refusals, waitedMs, wasmMemoryBytes] = this.#engine ? this.#engine.stats() : [0, 0, 0, 0, 0];
      return { requests, retries, refusals, waitedMs, wasmMemoryBytes };
    }

    // The loop: hands the op what happened and does the step it answers, until it is done;
    // answers { body, parsed } (the last reply's), with `failed` when the op ended in an error
    // (`op.error()`) and `rows` when a list's rows are ready (`rows`: the caller then takes them
    // and runs the loop again).
    // `call` marks a single call: a large answer is then read here, and the core gets only its
    // envelope (a 50 MB result never enters the wasm module's memory).
    // `onRequest(requests)` hears how many requests this run has sent, once each has gone out
    // (an abort it causes finds the request in flight, which it is), and once at the end.
    async #run(op, signal, rows = false, call = false, onRequest = undefined) {
      const { StepKind, InputKind } = wasm;
      let body = '';
      let parsed;
      let requests = 0;
      let probe = null; // set while this op's request is its portal's first (see `probing`)
      // What to hand in next: an input kind with its number and text.
      let input = InputKind.Poll;
      let number = 0;
      let text;
      let abort;
      for (;;) {
        // The op decides what an abort means: ABORTED for what was not sent, OUTCOME_UNKNOWN
        // for a write in flight (NETWORK for a read), ABORTED again for the rest of a batch.
        // Throwing the signal's reason here instead would hide whether a write was carried out.
        if (signal?.aborted) abort ??= 'signal';
        const step = op.handle(Date.now(), input, number, text, abort);
        input = InputKind.Poll;
        number = 0;
        text = undefined;
        this.#log();
        switch (step) {
          case StepKind.Send: {
            const request = op.request();
            const cut = request.indexOf('\n');
            const sending = this.#send(request.slice(0, cut), request.slice(cut + 1), op.deadline, signal);
            requests += 1;
            onRequest?.(requests);
            const answer = await sending;
            probe?.answered();
            probe = null;
            if (answer.aborted) {
              // Cut off in flight: the op says what that means (it was sent).
              abort ??= 'signal';
            } else if (answer.lost === undefined) {
              body = answer.body;
              const forCore = call && body.length > LARGE_BODY ? envelopeOf(body) : { text: body };
              parsed = forCore.parsed;
              input = InputKind.Reply;
              number = answer.status;
              text = forCore.text;
            } else {
              input = InputKind[answer.lost];
              text = answer.message ?? '';
            }
            break;
          }
          case StepKind.Wait:
            // Cut short by the signal: the next round hands in the abort.
            await sleep(op.waitMs, signal);
            break;
          case StepKind.Refresh:
            await this.#refreshToken(op.deadline, signal);
            break;
          case StepKind.Reserve: {
            const engine = this.#engine;
            const portal = engine.portal();
            if (!measured.has(portal)) probe ??= await this.#measureFirst(portal, op, signal);
            const [size, drain] = engine.storePlan(Date.now());
            // A slot the store already holds for this process (a lease) is taken at once: no
            // promise, no timer; only a round trip to the store is raced against the deadline.
            const wait = reserveNow(this.#store, portal, { size, drain })
              ?? await withDeadline(this.#store.reserve(portal, { size, drain }, Date.now()), op.deadline, signal);
            // The caller gave up while the store answered: the call ends unsent (ABORTED), with
            // no slot handed in.
            if (!signal?.aborted) {
              input = InputKind.Reserved;
              number = typeof wait === 'number' ? wait : NaN;
            }
            break;
          }
          case StepKind.ReportRefusal: {
            const engine = this.#engine;
            const [size, drain] = engine.storePlan(Date.now());
            await withDeadline(this.#store.refused(engine.portal(), { size, drain }, Date.now()), op.deadline, signal);
            break;
          }
          case StepKind.Done:
          case StepKind.Failed:
            onRequest?.(requests);
            probe?.answered(false);
            return { body, parsed, failed: step === StepKind.Failed };
          case StepKind.Rows:
            if (rows) return { body, rows: true };
            abort ??= 'internal';
            break;
          default:
            // Pending: a request is always answered before the next step; finish rather than spin.
            abort ??= 'internal';
        }
      }
    }

    // Hands the core's log lines ("<level> <line>", scrubbed there) to the app's logger. A
    // logger that throws or lacks a level never changes the outcome of a call.
    #log() {
      if (!this.#logger || !this.#engine) return;
      const lines = this.#engine.takeLog();
      if (!lines) return;
      for (const entry of lines.split('\n')) {
        const at = entry.indexOf(' ');
        const level = entry.slice(0, at);
        const logger = this.#logger;
        const write = typeof logger[level] === 'function' ? logger[level] : logger.log ?? logger.info;
        try {
          write?.call(logger, entry.slice(at + 1));
        } catch {
          // The app's logger failed; the call goes on.
        }
      }
    }

    // Before a portal's first booking: this op's request becomes the one that measures the round
    // trip (answers { answered }), or it waits for that one's answer, at most the 1 s the core
    // would otherwise assume, and then books (answers null).
    async #measureFirst(portal, op, signal) {
      const first = probing.get(portal);
      if (!first) {
        let answered;
        const done = new Promise((resolve) => { answered = resolve; });
        probing.set(portal, done);
        return {
          answered(sent = true) {
            if (probing.get(portal) === done) probing.delete(portal);
            if (sent) {
              measured.add(portal);
              if (measured.size > MAX_MEASURED) measured.delete(measured.values().next().value);
            }
            answered();
          },
        };
      }
      const came = await withDeadline(first.then(() => true), Math.min(op.deadline, Date.now() + COLD_WAIT_MS), signal);
      // The first request never answered in time (its call may have died): nobody waits for it again.
      if (came === undefined && probing.get(portal) === first) probing.delete(portal);
      return null;
    }

    // One request, bounded by the op's deadline and the caller's signal.
    async #send(target, body, deadline, signal) {
      const controller = new AbortController();
      let timer;
      let onAbort;
      // The deadline or the caller's abort, whichever comes first, cuts the request off (one
      // promise and one listener: this runs for every request).
      const cut = new Promise((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve({ lost: DEADLINE });
        }, clampTimer(deadline - Date.now()));
        if (!signal) return;
        onAbort = () => {
          controller.abort();
          resolve({ aborted: true });
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener?.('abort', onAbort, { once: true });
      });
      // BX24 gets the body the core validated and encoded, as fetch does: never the caller's
      // params object, which may have changed since (or read differently the second time).
      const request = this.#bx24
        ? sendBx24(this.#bx24, target, JSON.parse(body)).then((a) => (a.lost ? { lost: a.maybeSent === false ? NOT_SENT : MAYBE_SENT, message: a.message ?? a.reason } : a))
        : fetchSend(this.#fetch ?? defaultFetch ?? globalThis.fetch, target, body, controller.signal);
      try {
        return await Promise.race([request, cut]);
      } finally {
        clearTimeout(timer);
        if (onAbort) signal.removeEventListener?.('abort', onAbort);
      }
    }

    // One refresh at a time per client: concurrent callers share it, and its failure. A caller
    // stops waiting at its deadline or when its signal aborts; the refresh itself goes on.
    async #refreshToken(deadline, signal) {
      const engine = this.#engine;
      if (!this.#refreshing) {
        const attempt = {};
        attempt.done = (async () => {
          await undefined; // `finally` then runs after #refreshing is set, even if refresh() throws at once
          try {
            const token = tokenOf(await this.#refresh());
            try {
              engine.setToken(token);
            } catch {
              engine.refreshFailed(Date.now(), 'refresh() gave no usable access token', '');
            }
          } catch (thrown) {
            // A late failure of an attempt given up on must not fail the calls of a newer one.
            if (this.#refreshing !== attempt && this.#refreshing !== null) return;
            const reason = reasonOf(thrown);
            engine.refreshFailed(Date.now(), `refresh() threw ${errorName(thrown)}${reason ? ` (${reason})` : ''}`, reason);
          } finally {
            if (this.#refreshing === attempt) this.#refreshing = null;
          }
        })();
        this.#refreshing = attempt;
      }
      const attempt = this.#refreshing;
      // A caller that gives up stops waiting; the refresh goes on for the others. One that
      // outlives this call's deadline is not waited for again: the next call asks refresh() anew.
      const settled = await withDeadline(attempt.done.then(() => true), deadline, signal);
      if (settled === undefined && !signal?.aborted && this.#refreshing === attempt) this.#refreshing = null;
    }

    namespace(root) {
      let node = this.#namespaces.get(root);
      if (!node) {
        node = namespaceNode(this, root);
        this.#namespaces.set(root, node);
      }
      return node;
    }

    get imopenlines() { return this.namespace('imopenlines'); }
    get imconnector() { return this.namespace('imconnector'); }
    get im() { return this.namespace('im'); }
    get imbot() { return this.namespace('imbot'); }
    get placement() { return this.namespace('placement'); }
  }

  return { Client, B24Error, isB24Error, resultRef, ready };
}

// `client.im.notify.answer(params)`: each step of the path is a callable node, made when first
// read, so no table is needed in JS; the core refuses a name that is not a method.
function namespaceNode(client, path) {
  const children = new Map();
  const call = (params, options) => client.call(path, params, options);
  return new Proxy(call, {
    get(target, key) {
      if (typeof key !== 'string' || key === 'then') return undefined;
      let child = children.get(key);
      if (!child) {
        child = namespaceNode(client, `${path}.${key}`);
        children.set(key, child);
      }
      return child;
    },
  });
}

// An own property, even for `__proto__` (plain assignment would set the prototype instead).
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// Calls an app's progress callback; what it throws cannot stop a run halfway (a batch whose
// writes are in flight must still report what became of them).
function report(onProgress, progress) {
  if (typeof onProgress !== 'function') return;
  try {
    onProgress(progress);
  } catch {
    // ignored: see above
  }
}

// POSTs one request; never throws: an answer is { status, body }, no answer { lost, message }.
async function fetchSend(fetchFn, url, body, signal) {
  let pending;
  try {
    // Redirects are not followed: one to another origin would carry the token there.
    pending = fetchFn(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body, signal, redirect: 'manual' });
  } catch (thrown) {
    // fetch threw before it returned a promise: nothing was sent (fetch itself only rejects).
    return { lost: NOT_SENT, message: describe(thrown) };
  }
  let response;
  try {
    response = await pending;
  } catch (thrown) {
    return { lost: NEVER_SENT.has(errorCode(thrown)) ? NOT_SENT : MAYBE_SENT, message: describe(thrown) };
  }
  try {
    if (typeof response !== 'object' || response === null) return { lost: MAYBE_SENT, message: 'fetch resolved to no response' };
    const status = response.type === 'opaqueredirect' ? 302 : Number(response.status);
    const text = await response.text();
    return { status, body: typeof text === 'string' ? text : String(text) };
  } catch (thrown) {
    return { lost: MAYBE_SENT, message: describe(thrown) };
  }
}

// The envelope of a large answer for the core: every field but `result`, which is replaced by
// what the core reads of it (the error a method reports inside its result, or a stand-in).
// An answer that is not a JSON object goes as its start: enough to tell HTML, truncated JSON
// and other text apart.
function envelopeOf(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { text: text.slice(0, LARGE_BODY) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { text: text.slice(0, LARGE_BODY) };
  const { result, ...envelope } = parsed;
  if (result !== undefined) {
    envelope.result = result && typeof result === 'object' && result.result === false
      ? { result: false, error: result.error, error_description: result.error_description }
      : true;
  }
  return { text: JSON.stringify(envelope), parsed };
}

// The store's wait for a slot it can give without a round trip (`reserveNow`, optional), or
// undefined: then `reserve()` is asked. A store that throws here is asked the slow way.
function reserveNow(store, portal, plan) {
  try {
    const wait = typeof store.reserveNow === 'function' ? store.reserveNow(portal, plan, Date.now()) : undefined;
    return typeof wait === 'number' && wait >= 0 ? wait : undefined;
  } catch {
    return undefined;
  }
}

// A settled value within the deadline, or undefined (a store that throws or hangs gives none;
// nor does anything once `signal` aborts).
async function withDeadline(promise, deadline, signal) {
  let timer;
  let onAbort;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, clampTimer(deadline - Date.now()));
    onAbort = () => resolve(undefined);
    if (signal?.aborted) resolve(undefined);
    signal?.addEventListener?.('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([Promise.resolve(promise).catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener?.('abort', onAbort);
  }
}

// The refresher's code (REAUTHORIZE, ...): a fixed set of words, which the core checks again.
function reasonOf(thrown) {
  try {
    const code = thrown?.code;
    return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : '';
  } catch {
    return '';
  }
}

// A URL object as its text, and a host outside ASCII (an IDN, as on-premise portals have) as the
// URL standard writes it, in punycode. Only the host is rewritten: the path, with the webhook
// secret, goes on as given, and the core checks the whole URL as before.
function urlText(url) {
  try {
    if (Object.prototype.toString.call(url) === '[object URL]') url = String(url.href);
  } catch {
    return url;
  }
  if (typeof url !== 'string' || !/[^\x00-\x7f]/.test(url)) return url;
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#@]*)([/?#].*)?$/s.exec(url.trim());
  if (!parts || !/[^\x00-\x7f]/.test(parts[2])) return url;
  try {
    return `${parts[1]}${new URL(`${parts[1]}${parts[2]}/`).host}${parts[3] ?? ''}`;
  } catch {
    return url;
  }
}

function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return 'default';
  }
}

// Where JSON.stringify(params) fails, walked as it walks (toJSON, then own enumerable keys):
// { path, thrown } for a read that throws, { path, cycle } for a value inside itself; null if
// the walk finds neither. Only called after stringify failed, so getters run a second time
// only on a call that is refused anyway.
function unreadableField(params) {
  const inside = new Set();
  function walk(value, path) {
    if (typeof value !== 'object' || value === null) return null;
    if (inside.has(value)) return { path, cycle: true };
    if (inside.size >= 128) return null;
    inside.add(value);
    try {
      for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
        const name = String(key);
        const at = path ? `${path}.${name}` : name;
        let child;
        try {
          child = value[key];
          if (typeof child?.toJSON === 'function') child = child.toJSON(name);
        } catch (thrown) {
          return { path: at, thrown };
        }
        const found = walk(child, at);
        if (found) return found;
      }
    } catch (thrown) {
      return { path, thrown }; // a hostile proxy: its keys cannot even be listed
    } finally {
      inside.delete(value);
    }
    return null;
  }
  return walk(params, '');
}

function errorCode(thrown) {
  try {
    return thrown?.cause?.code ?? thrown?.code;
  } catch {
    return undefined;
  }
}

function errorName(thrown) {
  try {
    const name = thrown?.name;
    return typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name) ? name : 'an error';
  } catch {
    return 'an error';
  }
}

// A fetch error's text for the core, which scrubs every secret out of it before it is shown.
function describe(thrown) {
  try {
    const code = errorCode(thrown);
    const message = typeof thrown?.message === 'string' ? thrown.message : String(thrown);
    return code ? `${message} (${code})` : message;
  } catch {
    return 'request failed';
  }
}

function tokenOf(value) {
  if (typeof value === 'string') return value;
  const token = value?.accessToken ?? value?.access_token;
  return typeof token === 'string' ? token : '';
}

// setTimeout holds at most 2^31 - 1 ms; the core never asks for more, this only guards.
function clampTimer(ms) {
  return Math.min(Math.max(0, ms), 2147483647);
}

// Resolves true after `ms`, or false as soon as `signal` aborts.
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener?.('abort', onAbort);
      resolve(true);
    }, clampTimer(ms));
    signal?.addEventListener?.('abort', onAbort, { once: true });
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function isWellFormed(text) {
  return typeof text.isWellFormed === 'function' ? text.isWellFormed() : !LONE_SURROGATE.test(text);
}

/** `$result[key][field]...`: a batch command's param that takes an earlier command's result. */
export function resultRef(key, ...path) {
  return `$result[${key}]${path.map((p) => `[${p}]`).join('')}`;
}

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
