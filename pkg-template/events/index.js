// Inbound events over the wasm module's exports: the parser, the token check and the
// redaction run in wasm (src/events/); this file only moves bytes in and out, talks to the
// app's token store, answers HTTP, and runs the pollers' loops over `client.call`.

import { B24Error } from '../error.js';
import { checkInstall, installCheckFailed } from './install.js';
import { createPlacementApi } from './placement.js';

// The parser's own limit (src/events MAX_BODY_BYTES): a larger maxBodyBytes could never pass.
const MAX_BODY_BYTES = 4 << 20;
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
// Every refused check gets this one answer, so that it tells no one whether a portal
// (member_id) is installed; the reason goes to the logger.
const UNVERIFIED_ANSWER = { error: 'UNVERIFIED_EVENT', error_description: 'the event could not be verified' };

/**
 * Builds the events API. `load()` resolves to the initialised wasm module's exports (called
 * once, on first use). Errors are the package's one `B24Error` class.
 */
export function createEventsApi({ load } = {}) {
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
  const ErrorClass = B24Error;

  // The wasm side throws the JSON text of the error's fields.
  function toError(thrown) {
    if (typeof thrown === 'string' && thrown.startsWith('{')) return new ErrorClass(JSON.parse(thrown));
    return thrown;
  }

  function invalid(field, description, code = 'INVALID_PARAM') {
    return new ErrorClass({ code, field, description, message: `${field}: ${description}` });
  }

  function unverified(kind, description) {
    return new ErrorClass({ code: 'UNVERIFIED_EVENT', kind, status: 401, field: 'auth.application_token', description, message: description });
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
   * (`auth.member_id`), in constant time. ONAPPINSTALL stores the token once the install is
   * checked (`verifyInstall`, on by default: a call back to the portal with the event's
   * `access_token`, see install.js); ONAPPUNINSTALL, once verified, removes it. Resolves to
   * "verified", "install" or "uninstall"; rejects with UNVERIFIED_EVENT.
   */
  async function verifyEvent(event, store, options = {}) {
    if (!store || typeof store.get !== 'function' || typeof store.set !== 'function') {
      throw invalid('store', 'needs get(memberId) and set(memberId, token)');
    }
    const { verifyInstall = true } = options;
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
      // A reinstall with a new token, or the first event from a portal the app named itself in
      // `portals` (a bot registered through an incoming webhook never gets an install): only
      // a passed check against the portal may store the token.
      // An update brings a new token too (the safe-event-handler page: retain it), under the
      // same check as a reinstall.
      const reinstall = renews(event) && e?.kind === 'mismatch';
      const fromOwnPortal = e?.kind === 'unknown_portal' && Array.isArray(options.portals) && options.portals.length > 0;
      if (!(reinstall || fromOwnPortal) || verifyInstall === false) throw e;
      verdict = 'install';
    }
    if (verdict === 'install') {
      const passed = verifyInstall === false || (await installPasses(event, verifyInstall, options, verdict));
      if (passed !== true) throw unverified('install_refused', `the installation was not verified: ${passed}`);
      const kept = await store.set(memberId, token, { verified: verifyInstall !== false });
      if (kept === false) throw unverified('store_full', 'the token store keeps no more unverified portals');
      // Both kinds of install (and update) stored a token; a first event of a named portal is
      // an ordinary event that was verified on the way.
      return renews(event) ? 'install' : 'verified';
    }
    if (verdict === 'uninstall') await store.set(memberId, null);
    return verdict;
  }

  /** An event that brings the portal's (new) application token to keep. */
  function renews(event) {
    return event?.event === 'ONAPPINSTALL' || event?.event === 'ONAPPUPDATE';
  }

  /** true, or the reason the install did not pass. */
  async function installPasses(event, verifyInstall, options) {
    if (typeof verifyInstall === 'function') return (await verifyInstall(event)) === true || 'verifyInstall refused it';
    try {
      return await checkInstall(event, { portals: options.portals, fetch: options.fetch, firstEvent: event?.event !== 'ONAPPINSTALL' });
    } catch (e) {
      return installCheckFailed(e);
    }
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
      if (B24Error.is(e) && typeof e.status === 'number') {
        refused(options, e, event);
        const body = e.code === 'UNVERIFIED_EVENT' ? UNVERIFIED_ANSWER : { error: e.code, error_description: e.description ?? e.message };
        return { status: e.status, body };
      }
      report(options, e, event);
      return { status: 500, body: { error: 'INTERNAL_ERROR', error_description: 'the event could not be checked' } };
    }
    return { status: 200, body: { result: 'ok' }, event };
  }

  /** One line per refused event: status, code, kind and the reason (never a value of the body). */
  // One line per refused event, `key=value` words like the client's request lines: the status
  // and why, in the library's own vocabulary; never a value of the body, so never a token.
  function refused(options, error, event) {
    const word = (value) => (typeof value === 'string' && value !== '' ? value.slice(0, 64).replace(/[^A-Za-z0-9_.:-]/g, '?') : '-');
    log(options, 'warn', `b24 event refused status=${error.status} code=${word(error.code)} kind=${word(error.kind ?? 'invalid')} field=${word(error.field)} event=${word(event?.event)}`);
  }

  function report(options, error, event) {
    if (options.onError) {
      try {
        options.onError(error, event);
      } catch {
        // A failing error hook must not take the server down.
      }
    } else {
      log(options, 'error', `b24-wasm: event ${event?.event ?? '(unread)'} failed: ${error?.code ?? error?.name ?? 'Error'}: ${error?.message ?? error}`);
    }
  }

  /** Checks a handler's options; resolves its body limit. */
  function checkHandlerOptions(options) {
    if (!options || typeof options.onEvent !== 'function') throw invalid('onEvent', 'must be a function');
    return checkCommon(options);
  }

  /** The options every handler (events, placements) shares; resolves the body limit. */
  function checkCommon(options) {
    if (!options.store) throw invalid('store', 'is required (memoryTokenStore() or your own)');
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_BODY_BYTES) {
      throw invalid('maxBodyBytes', `must be an integer from 1 to ${MAX_BODY_BYTES}`, 'INVALID_CONFIG');
    }
    const { logger } = options;
    const logs = ['debug', 'info', 'warn', 'error', 'log'].some((level) => typeof logger?.[level] === 'function');
    if (logger !== undefined && logger !== false && (typeof logger !== 'object' || logger === null || !logs)) {
      throw invalid('logger', 'must be console-like ({ warn, error, ... }) or false', 'INVALID_CONFIG');
    }
    if (options.portals !== undefined && !Array.isArray(options.portals)) {
      throw invalid('portals', 'must be a list of portal URLs', 'INVALID_CONFIG');
    }
    return limit;
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
    const limit = checkHandlerOptions(options);
    const { run, idle } = runner(options);
    const handler = async (request, ...rest) => {
      if (request.method !== 'POST') return answer(405, { error: 'METHOD_NOT_ALLOWED', error_description: 'events come as POST' });
      let text;
      try {
        text = await readWebBody(request, limit);
      } catch (e) {
        return answer(400, unreadable(options, e));
      }
      if (text === null) return answer(413, tooLarge(options));
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
    const limit = checkHandlerOptions(options);
    const { run, idle } = runner(options);
    const send = (res, status, body) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const handler = (req, res) => {
      (async () => {
        if (req.method !== 'POST') return send(res, 405, { error: 'METHOD_NOT_ALLOWED', error_description: 'events come as POST' });
        let read;
        try {
          read = await readNodeBody(req, limit);
        } catch (e) {
          return send(res, 400, unreadable(options, e));
        }
        if (read === null) return send(res, 413, tooLarge(options));
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

  function unreadable(options, error) {
    const description = error instanceof TypeError ? 'the event body is not valid UTF-8' : 'the event body could not be read';
    refused(options, { status: 400, code: 'INVALID_EVENT', kind: error instanceof TypeError ? 'not_utf8' : 'unreadable' });
    return { error: 'INVALID_EVENT', error_description: description };
  }

  function tooLarge(options) {
    refused(options, { status: 413, code: 'INVALID_EVENT', kind: 'too_large' });
    return { error: 'INVALID_EVENT', error_description: 'the event body is too large' };
  }

  function checkClient(client) {
    if (!client || typeof client.call !== 'function') throw invalid('client', 'needs call(method, params)');
  }

  function checkLimit(limit, max) {
    if (!Number.isInteger(limit) || limit < 1 || limit > max) throw invalid('limit', `must be an integer from 1 to ${max}`);
    return limit;
  }

  function pollTiming(options) {
    // The docs advise 5-30 s when the queue is empty, and at least 2 s between full pages. A
    // pause that is not a number would make the loop ask without pause.
    const pause = (name, fallback, least) => {
      const ms = options[name] ?? fallback;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < least) {
        throw invalid(name, `must be a number of milliseconds, at least ${least}`, 'INVALID_CONFIG');
      }
      return ms;
    };
    return { signal: options.signal, intervalMs: pause('intervalMs', 10_000, 1), pageIntervalMs: pause('pageIntervalMs', 2_000, 0) };
  }

  const placements = createPlacementApi({
    wasm,
    toError,
    unverified,
    invalid,
    checkCommon,
    readNodeBody,
    readWebBody,
    log,
    textOf,
    jsonAnswer: answer,
  });

  return {
    ...placements,
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
 * `{ get: (memberId) => token | undefined, set: (memberId, token | null, { verified }) => void }`,
 * sync or async; `set(memberId, null)` forgets. At most `max` portals are kept: past it the
 * oldest unverified portal goes first, and a verified one (checked with the portal, or given
 * in `initial`) is never dropped to make room for an unverified one (`set` answers false then).
 */
export function memoryTokenStore(initial = {}, { max = 10_000 } = {}) {
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new B24Error({ code: 'INVALID_CONFIG', field: 'max', description: 'must be a positive integer', message: 'max: must be a positive integer' });
  }
  // Insertion order is age: the first entry of each map is its oldest.
  const verified = new Map(Object.entries(initial).map(([k, v]) => [String(k), String(v)]));
  const unverified = new Map();
  return {
    get(memberId) {
      const key = String(memberId);
      return verified.get(key) ?? unverified.get(key);
    },
    set(memberId, token, { verified: checked = false } = {}) {
      const key = String(memberId);
      verified.delete(key);
      unverified.delete(key);
      if (token === null || token === undefined) return true;
      if (!checked && verified.size >= max) return false;
      (checked ? verified : unverified).set(key, String(token));
      while (verified.size + unverified.size > max) {
        const from = unverified.size > 0 ? unverified : verified;
        from.delete(from.keys().next().value);
      }
      return true;
    },
  };
}

/** Writes one line to the handler's logger (console unless `logger: false`). */
function log(options, level, line) {
  const logger = options.logger === undefined ? console : options.logger;
  if (!logger) return;
  const write = logger[level] ?? logger.warn ?? logger.info ?? logger.log;
  try {
    write?.call(logger, line);
  } catch {
    // A broken logger must not turn an answer into a crash.
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
  return strictText(bytes);
}

/** UTF-8 text, or a TypeError for bytes that are not UTF-8 (never U+FFFD in their place). */
function strictText(bytes) {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `{ text, contentType }` of a node:http request, or null past `limit` bytes. */
async function readNodeBody(req, limit) {
  const contentType = req.headers?.['content-type'];
  const parsed = req.body;
  if (typeof parsed === 'string') return parsed.length > limit ? null : { text: parsed, contentType };
  if (parsed instanceof Uint8Array) return parsed.byteLength > limit ? null : { text: strictText(parsed), contentType };
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
      try {
        resolve({ text: strictText(Buffer.concat(chunks)), contentType });
      } catch (e) {
        reject(e);
      }
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
