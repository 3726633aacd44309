// Inbound events over the wasm module's exports: the parser, the token check and the
// redaction run in wasm (src/events/); this file only moves bytes in and out, talks to the
// app's token store, answers HTTP, and runs the pollers' loops over `client.call`.

const DEFAULT_MAX_BODY_BYTES = 4 << 20;
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/**
 * Builds the events API. `load()` resolves to the initialised wasm module's exports (called
 * once, on first use); `B24Error` is the package's error class (a local one with the same
 * fields when left out).
 */
export function createEventsApi({ load, B24Error } = {}) {
  if (typeof load !== 'function') throw new TypeError('createEventsApi needs { load }');
  let loading;
  // Loaded once; a failed load is tried again on the next use.
  const wasm = () =>
    (loading ??= Promise.resolve()
      .then(load)
      .catch((e) => {
        loading = undefined;
        throw e;
      }));
  const ErrorClass = B24Error ?? LocalB24Error;

  // The wasm side throws the JSON text of the error's fields.
  function toError(thrown) {
    if (typeof thrown === 'string' && thrown.startsWith('{')) return new ErrorClass(JSON.parse(thrown));
    return thrown;
  }

  function invalid(field, description) {
    return new ErrorClass({ code: 'INVALID_PARAM', field, description, message: `${field}: ${description}` });
  }

  /** Reads a webhook POST body (PHP bracket form or JSON) into one typed event. */
  async function parseEvent(body, { contentType } = {}) {
    const w = await wasm();
    try {
      return JSON.parse(w.parseEvent(String(body ?? ''), contentType ?? undefined));
    } catch (e) {
      throw toError(e);
    }
  }

  /** A copy of an event with every token replaced by "***", for logs. */
  async function redactEvent(event) {
    const w = await wasm();
    return JSON.parse(w.redactEvent(JSON.stringify(event)));
  }

  /**
   * Checks `event.auth.application_token` against the token `store` holds for its portal
   * (`auth.member_id`), in constant time. ONAPPINSTALL stores the token (only when none is
   * stored, or after `verifyInstall(event)` says yes; so does an ONAPPUPDATE bringing a new
   * token, after `verifyInstall`); ONAPPUNINSTALL, once verified, removes
   * it. Resolves to "verified", "install" or "uninstall"; rejects with UNVERIFIED_EVENT.
   */
  async function verifyEvent(event, store, { verifyInstall } = {}) {
    if (!store || typeof store.get !== 'function' || typeof store.set !== 'function') {
      throw invalid('store', 'needs get(memberId) and set(memberId, token)');
    }
    const w = await wasm();
    const memberId = textOf(event?.auth?.member_id);
    const token = textOf(event?.auth?.application_token);
    const stored = memberId === undefined ? undefined : textOf(await store.get(memberId));
    const check = (kept) => {
      try {
        return w.verifyEvent(String(event?.event ?? ''), memberId, token, kept);
      } catch (e) {
        throw toError(e);
      }
    };
    let verdict;
    try {
      verdict = check(stored);
    } catch (e) {
      // A reinstall, or an update (the safe-event-handler page: a new version brings a new
      // token, which the app retains), with a new token: only the app's own check (e.g. a call
      // with the event's access_token) may replace the stored one.
      const renews = event?.event === 'ONAPPINSTALL' || event?.event === 'ONAPPUPDATE';
      if (!renews || e?.kind !== 'mismatch' || !verifyInstall) throw e;
      verdict = 'install';
    }
    if (verdict === 'install') {
      if (verifyInstall && !(await verifyInstall(event))) {
        throw new ErrorClass({
          code: 'UNVERIFIED_EVENT',
          kind: 'install_refused',
          status: 401,
          field: 'auth.application_token',
          description: 'verifyInstall refused the installation',
          message: 'verifyInstall refused the installation',
        });
      }
      await store.set(memberId, token);
    } else if (verdict === 'uninstall') {
      await store.set(memberId, null);
    }
    return verdict;
  }

  /**
   * The accepting part of every handler: parse, verify, update the store. Resolves to the
   * answer ({ status, body }) and, for a verified event, the event itself.
   */
  async function accept(text, contentType, options) {
    let event;
    try {
      event = await parseEvent(text, { contentType });
      await verifyEvent(event, options.store, options);
    } catch (e) {
      if (e instanceof Error && typeof e.code === 'string' && typeof e.status === 'number') {
        logRefused(options, e.status, e, event);
        return { status: e.status, body: { error: e.code, error_description: e.description ?? e.message } };
      }
      report(options, e, event);
      return { status: 500, body: { error: 'INTERNAL_ERROR', error_description: 'the event could not be checked' } };
    }
    return { status: 200, body: { result: 'ok' }, event };
  }

  function report(options, error, event) {
    if (options.onError) {
      try {
        options.onError(error, event);
      } catch {
        // A failing error hook must not take the server down.
      }
    } else {
      console.error(`b24-wasm: event ${event?.event ?? '(unread)'} failed:`, error);
    }
  }

  function checkHandlerOptions(options) {
    if (!options || typeof options.onEvent !== 'function') throw invalid('onEvent', 'must be a function');
    if (!options.store) throw invalid('store', 'is required (memoryTokenStore() or your own)');
    const { logger } = options;
    if (logger !== undefined && !['warn', 'log'].some((level) => typeof logger?.[level] === 'function')) {
      throw invalid('logger', 'must be console-like: { warn } (or log)');
    }
  }

  // One line per refused event to the handler's `logger` (its warn, else log): the status and
  // why, as words of the library's own vocabulary; never a value of the body, so no token.
  function logRefused(options, status, error, event) {
    const { logger } = options;
    if (!logger) return;
    const word = (value) => (typeof value === 'string' && value !== '' ? value.slice(0, 64).replace(/[^A-Za-z0-9_.:-]/g, '?') : '-');
    const line = `b24 event refused status=${status} code=${word(error?.code)} kind=${word(error?.kind)} field=${word(error?.field)} event=${word(event?.event)}`;
    const write = typeof logger.warn === 'function' ? logger.warn : logger.log;
    try {
      write.call(logger, line);
    } catch {
      // A failing logger must not change the answer.
    }
  }

  /** Runs the user's handler after the answer; `idle()` waits for all that still run. */
  function runner(options) {
    const running = new Set();
    const run = (event) => {
      // A macrotask later: the answer is handed over before any user code runs.
      const task = new Promise((resolve) => setTimeout(resolve, 0))
        .then(() => options.onEvent(event))
        .catch((e) => report(options, e, event))
        .finally(() => running.delete(task));
      running.add(task);
      return task;
    };
    const idle = async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    };
    return { run, idle };
  }

  /**
   * A handler over web-standard Request/Response (Node 18+, Bun, Deno, Workers, Next.js route
   * handlers). It answers 200 as soon as the event is verified, then runs `onEvent(event)`;
   * a refused event gets 400/401/413 and `onEvent` never runs. In Workers pass the context
   * (`handler(request, env, ctx)`): its `waitUntil` keeps the handler alive.
   */
  function createWebHandler(options) {
    checkHandlerOptions(options);
    const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const { run, idle } = runner(options);
    const handler = async (request, ...rest) => {
      if (request.method !== 'POST') return answer(405, { error: 'METHOD_NOT_ALLOWED', error_description: 'events come as POST' });
      let text;
      try {
        text = await readWebBody(request, limit);
      } catch {
        logRefused(options, 400, { code: 'INVALID_EVENT', kind: 'unreadable' });
        return answer(400, { error: 'INVALID_EVENT', error_description: 'the event body could not be read' });
      }
      if (text === null) {
        logRefused(options, 413, { code: 'INVALID_EVENT', kind: 'too_large' });
        return answer(413, { error: 'INVALID_EVENT', error_description: 'the event body is too large' });
      }
      const result = await accept(text, request.headers.get('content-type'), options);
      if (result.event) {
        const task = run(result.event);
        const ctx = rest.find((r) => r && typeof r.waitUntil === 'function');
        if (ctx) ctx.waitUntil(task);
      }
      return answer(result.status, result.body);
    };
    handler.idle = idle;
    return handler;
  }

  /**
   * A `node:http` / Express middleware: `(req, res) => void`. Reads the body itself, or uses
   * `req.body` when a body parser ran first (string, Buffer, or the parsed object).
   */
  function createNodeHandler(options) {
    checkHandlerOptions(options);
    const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const { run, idle } = runner(options);
    const send = (res, status, body) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const handler = (req, res) => {
      (async () => {
        if (req.method !== 'POST') return send(res, 405, { error: 'METHOD_NOT_ALLOWED', error_description: 'events come as POST' });
        const read = await readNodeBody(req, limit);
        if (read === null) {
          logRefused(options, 413, { code: 'INVALID_EVENT', kind: 'too_large' });
          return send(res, 413, { error: 'INVALID_EVENT', error_description: 'the event body is too large' });
        }
        const result = await accept(read.text, read.contentType, options);
        send(res, result.status, result.body);
        if (result.event) run(result.event);
      })().catch((e) => {
        report(options, e);
        if (!res.headersSent) send(res, 500, { error: 'INTERNAL_ERROR', error_description: 'the event could not be read' });
      });
    };
    handler.idle = idle;
    return handler;
  }

  /**
   * Pollers: async iterators of typed events over `client.call` (so the client's limiter and
   * timeouts apply). An event counts as handled when the loop asks for the next one; the next
   * request acknowledges what was handled, and stopping (break, or `signal`) sends one last
   * acknowledgement. Errors of `client.call` end the iteration; `poller.offset` tells where to
   * resume.
   */
  function pollBotEvents(client, options = {}) {
    const { botId, botToken, withUserEvents } = options;
    if (botId === undefined || botId === null || botId === '') throw invalid('botId', 'is required');
    const fixed = { botId };
    if (botToken !== undefined) fixed.botToken = botToken;
    if (withUserEvents) fixed.withUserEvents = true;
    return offsetPoller(client, 'imbot.v2.Event.get', fixed, 'bot', Number(botId), options);
  }

  function pollUserEvents(client, options = {}) {
    return offsetPoller(client, 'im.v2.Event.get', {}, 'user', undefined, options);
  }

  function offsetPoller(client, method, fixed, queue, botId, options) {
    checkClient(client);
    const limit = checkLimit(options.limit ?? 100, 1000);
    const timing = pollTiming(options);
    const state = { offset: options.offset, sent: options.offset, stopped: false };
    async function* loop() {
      try {
        while (!timing.signal?.aborted) {
          const params = { ...fixed, limit };
          if (state.offset !== undefined) params.offset = state.offset;
          const result = await stopOnFailure(state, client.call(method, params));
          state.sent = state.offset;
          const events = Array.isArray(result?.events) ? result.events : [];
          for (const item of events) {
            // Stopped while the request was out: what it brought stays unacknowledged, for later.
            if (timing.signal?.aborted) break;
            const event = await typed(queue, botId, item, options);
            if (event) yield event;
            // Asked for the next one: this one is handled.
            const id = Number(item?.eventId);
            if (Number.isFinite(id)) state.offset = Math.max(state.offset ?? 0, id + 1);
          }
          if (Number.isFinite(Number(result?.nextOffset)) && events.length > 0) {
            state.offset = Math.max(state.offset ?? 0, Number(result.nextOffset));
          }
          await sleep(result?.hasMore ? timing.pageIntervalMs : timing.intervalMs, timing.signal);
        }
      } catch (e) {
        throw toError(e);
      } finally {
        // Acknowledge what was handled since the last request (best effort: it only saves
        // repeats on the next start).
        if (!state.stopped && state.offset !== undefined && state.offset !== state.sent) {
          await client.call(method, { ...fixed, limit: 1, offset: state.offset }).catch(() => {});
        }
      }
    }
    const iterator = loop();
    Object.defineProperty(iterator, 'offset', { get: () => state.offset, enumerable: true });
    return iterator;
  }

  /**
   * `event.offline.get`. With `clear: true` (the method's default) records are deleted as
   * they are read: a crash loses the batch. With `clear: false` a batch is reserved
   * (`process_id`) and cleared with `event.offline.clear` once handled; stopping early clears
   * only the handled records, the rest stay reserved (`poller.processId`).
   */
  function pollOfflineEvents(client, options = {}) {
    checkClient(client);
    const limit = checkLimit(options.limit ?? 50, 1000);
    const timing = pollTiming(options);
    const reserve = options.clear === false;
    const state = { processId: undefined, handled: [], stopped: false };
    const base = { limit, clear: reserve ? 0 : 1 };
    if (options.filter) base.filter = options.filter;
    if (options.order) base.order = options.order;
    if (options.authConnector) base.auth_connector = options.authConnector;
    async function* loop() {
      try {
        while (!timing.signal?.aborted) {
          const result = await stopOnFailure(state, client.call('event.offline.get', base));
          const events = Array.isArray(result?.events) ? result.events : [];
          state.processId = reserve ? result?.process_id ?? undefined : undefined;
          state.handled = [];
          for (const item of events) {
            if (timing.signal?.aborted) break;
            const event = await typed('offline', undefined, item, options);
            if (event) yield event;
            state.handled.push(item?.ID);
          }
          if (reserve && state.processId && events.length > 0) {
            await stopOnFailure(state, client.call('event.offline.clear', { process_id: state.processId }));
            state.processId = undefined;
            state.handled = [];
          }
          await sleep(events.length >= limit ? timing.pageIntervalMs : timing.intervalMs, timing.signal);
        }
      } catch (e) {
        throw toError(e);
      } finally {
        if (!state.stopped && reserve && state.processId && state.handled.length > 0) {
          await client.call('event.offline.clear', { process_id: state.processId, id: state.handled }).catch(() => {});
        }
      }
    }
    const iterator = loop();
    Object.defineProperty(iterator, 'processId', { get: () => state.processId, enumerable: true });
    return iterator;
  }

  /** A failed call ends the loop without the last acknowledgement (it would fail alike). */
  async function stopOnFailure(state, call) {
    try {
      return await call;
    } catch (e) {
      state.stopped = true;
      throw e;
    }
  }

  /** One queue item as a typed event; a bad one goes to `onInvalid`, or ends the loop. */
  async function typed(queue, botId, item, options) {
    const w = await wasm();
    try {
      return JSON.parse(w.parsePolledEvent(queue, botId, JSON.stringify(item)));
    } catch (e) {
      const error = toError(e);
      if (!options.onInvalid) throw error;
      await options.onInvalid(error, item);
      return null;
    }
  }

  function checkClient(client) {
    if (!client || typeof client.call !== 'function') throw invalid('client', 'needs call(method, params)');
  }

  function checkLimit(limit, max) {
    if (!Number.isInteger(limit) || limit < 1 || limit > max) throw invalid('limit', `must be an integer from 1 to ${max}`);
    return limit;
  }

  function pollTiming(options) {
    return {
      signal: options.signal,
      // The docs advise 5-30 s when the queue is empty, and at least 2 s between full pages.
      intervalMs: options.intervalMs ?? 10_000,
      pageIntervalMs: options.pageIntervalMs ?? 2_000,
    };
  }

  return {
    parseEvent,
    verifyEvent,
    redactEvent,
    createWebHandler,
    createNodeHandler,
    memoryTokenStore,
    pollBotEvents,
    pollUserEvents,
    pollOfflineEvents,
  };
}

/**
 * The default token store: application tokens by `member_id`, in this process's memory (lost
 * on restart; one process only). Any database fits the same two functions:
 * `{ get: (memberId) => token | undefined, set: (memberId, token | null) => void }`, sync or
 * async; `set(memberId, null)` forgets. At most `max` portals are kept (oldest dropped).
 */
export function memoryTokenStore(initial = {}, { max = 10_000 } = {}) {
  const tokens = new Map(Object.entries(initial));
  return {
    get(memberId) {
      return tokens.get(String(memberId));
    },
    set(memberId, token) {
      const key = String(memberId);
      tokens.delete(key);
      if (token === null || token === undefined) return;
      tokens.set(key, String(token));
      while (tokens.size > max) tokens.delete(tokens.keys().next().value);
    },
  };
}

class LocalB24Error extends Error {
  constructor(data) {
    super(data.message);
    this.name = 'B24Error';
    this.code = data.code;
    this.description = data.description;
    for (const key of ['status', 'method', 'field', 'kind']) if (data[key] !== undefined) this[key] = data[key];
  }
}

function textOf(value) {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function answer(status, body) {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** The body as text, or null past `limit` bytes (reading stops there). */
async function readWebBody(request, limit) {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** `{ text, contentType }` of a node:http request, or null past `limit` bytes. */
async function readNodeBody(req, limit) {
  const contentType = req.headers?.['content-type'];
  const parsed = req.body;
  if (typeof parsed === 'string') return parsed.length > limit ? null : { text: parsed, contentType };
  if (parsed instanceof Uint8Array) return parsed.byteLength > limit ? null : { text: new TextDecoder().decode(parsed), contentType };
  if (parsed && typeof parsed === 'object') {
    // A body parser ran first. Flat `data[PARAMS][MESSAGE]` keys go back into a form; a nested
    // object (extended parsing) reads as JSON, its strings as webhook mode sends them.
    const keys = Object.keys(parsed);
    if (keys.some((k) => k.includes('['))) {
      const form = new URLSearchParams();
      for (const k of keys) form.append(k, String(parsed[k]));
      return { text: form.toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    return { text: JSON.stringify(parsed), contentType: 'application/json' };
  }
  const declared = Number(req.headers?.['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return null;
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({ text: Buffer.concat(chunks).toString('utf8'), contentType });
    });
    const fail = (e) => {
      if (!done) {
        done = true;
        reject(e);
      }
    };
    req.on('error', fail);
    // A client that goes away mid-body (or a server timeout) closes the request without 'end'.
    req.on('close', () => fail(new Error('the request closed before its body ended')));
  });
}

/** Waits `ms`, or less when `signal` aborts (never rejects). */
function sleep(ms, signal) {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
