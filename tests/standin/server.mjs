#!/usr/bin/env node
// Bitrix24 stand-in: a real HTTP server on 127.0.0.1 that answers REST calls the way a portal does
// (documented success/error bodies from portal.json, batch, paging, rate and operating limits),
// records every call, and lets tests inject faults. See README.md for the control API.

import http from 'node:http';
import https from 'node:https';
import { fstatSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPortal, systemError } from './portal.mjs';
import { parsePhpQuery, buildPhpQuery } from './phpquery.mjs';
import { createPaging } from './paging.mjs';
import { statsRefusal } from './stats.mjs';
import { createOAuthEmulator } from './oauth-server.mjs';
import { encodeReply } from './encoding.mjs';
import { createEvents } from './events.mjs';
import { createPlacements } from './placement.mjs';

const PAGE_SIZE = 50;
const BATCH_MAX = 50;
const FAULT_KINDS = new Set(['error', 'html', 'truncated', 'empty', 'delay', 'drop', 'expire-token']);
const BUCKET_DEFAULTS = { size: 50, drain: 2 };
const OPERATING_DEFAULTS = { limitSeconds: 480, windowSeconds: 600, basketSeconds: 60, costSeconds: 0 };

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'content-type',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};
const JSON_TYPE = 'application/json; charset=utf-8';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const realNow = () => Date.now() / 1000; // epoch seconds, fractional
const err = (status, error, error_description) => ({ status, body: { error, error_description } });

// Bitrix24 is PHP: an empty map encodes as [] and a map keyed 0..n-1 as a list (see batch.md examples).
function phpMap(map) {
  const keys = Object.keys(map);
  if (keys.length === 0) return [];
  if (keys.every((k, i) => k === String(i))) return keys.map((k) => map[k]);
  return map;
}

function isoSeconds(epochSeconds) {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 19) + '+00:00';
}

// Finds a param case-insensitively: im* methods upper-case their param keys, v2 methods use camelCase.
function paramValue(params, name) {
  if (name in params) return params[name];
  const upper = name.toUpperCase();
  for (const k of Object.keys(params)) if (k.toUpperCase() === upper) return params[k];
  return undefined;
}

function normalizeBucket(b) {
  return b ? { ...BUCKET_DEFAULTS, ...b } : null;
}
function normalizeOperating(o) {
  return o ? { ...OPERATING_DEFAULTS, ...o } : null;
}

class Standin {
  constructor(options) {
    this.portal = loadPortal();
    this.initialTokens = [...(options.tokens ?? ['standin-token-1'])];
    this.opts = {
      port: options.port ?? 0,
      webhookUser: String(options.webhookUser ?? '1'),
      webhookSecret: String(options.webhookSecret ?? 'standin-secret'),
      bucket: normalizeBucket(options.bucket ?? null),
      operating: normalizeOperating(options.operating ?? null),
      clockScale: options.clockScale ?? 1,
      listRows: options.listRows ?? 10000,
      latencyMs: options.latencyMs ?? 0,
      tls: options.tls ?? null, // {key, cert}: serve https (portals are https only)
      // A long-running portal (b24-wasm portal) keeps the last N requests and tokens; tests keep all.
      maxRecords: options.maxRecords ?? Infinity,
      maxTokens: options.maxTokens ?? Infinity,
    };
    // Extra routes served on the same port before REST (the local portal's chat page, the
    // placement shell): each `(req, res) => boolean | Promise<boolean>`, true when it answered.
    this.routes = [...(options.routes ?? [])];
    // Emulated clock: emu = emuAnchor + (real - realAnchor) * scale; re-anchored when the scale changes.
    this.realAnchor = realNow();
    this.emuAnchor = this.realAnchor;
    this.tokenCounter = 0;
    this.pending = 0;
    this.paging = createPaging(this.portal, options); // the list methods of our scopes (paging.mjs)
    this.oauth = createOAuthEmulator({ memberId: () => this.events.memberId, ...options.oauth, issueAccessToken: () => this.issueToken(), clientEndpoint: () => `${this.url}/rest/` });
    this.events = createEvents(this, options.identity);
    this.placements = createPlacements();
    this.reset();
  }

  // ---- emulated time -------------------------------------------------------------------------

  emuNow() {
    return this.emuAnchor + (realNow() - this.realAnchor) * this.opts.clockScale;
  }
  emuToReal(emu) {
    return this.realAnchor + (emu - this.emuAnchor) / this.opts.clockScale;
  }

  // ---- state -----------------------------------------------------------------------------------

  reset() {
    this.records = [];
    this.seq = 0;
    this.faults = [];
    this.bucketLevel = 0;
    this.bucketAt = this.emuNow();
    this.baskets = new Map(); // lower-case method → [{start (emu s), sum (s)}]
    this.validTokens = new Set(this.initialTokens);
    this.expiredTokens = new Set();
    this.stats = { requests: 0, refused503: 0, refused429: 0, batches: 0, maxPending: 0 };
    this.paging.reset();
    this.oauth.reset();
    this.events?.reset();
    this.placements?.reset();
  }

  setOptions(partial = {}) {
    if ('clockScale' in partial) {
      const scale = Number(partial.clockScale);
      if (!(scale > 0)) throw new Error('clockScale must be > 0');
      // Keep emulated time continuous across the change.
      const emu = this.emuNow();
      this.realAnchor = realNow();
      this.emuAnchor = emu;
      this.opts.clockScale = scale;
    }
    if ('bucket' in partial) {
      this.opts.bucket = normalizeBucket(partial.bucket);
      this.bucketLevel = 0;
      this.bucketAt = this.emuNow();
    }
    if ('operating' in partial) this.opts.operating = normalizeOperating(partial.operating);
    if ('latencyMs' in partial) this.opts.latencyMs = Number(partial.latencyMs) || 0;
    if ('listRows' in partial) this.opts.listRows = Math.max(0, Number(partial.listRows) || 0);
    this.paging.setOptions(partial);
    if ('webhookUser' in partial) this.opts.webhookUser = String(partial.webhookUser);
    if ('webhookSecret' in partial) this.opts.webhookSecret = String(partial.webhookSecret);
    if ('tokens' in partial) {
      this.initialTokens = [...partial.tokens];
      for (const t of this.initialTokens) this.validTokens.add(t);
    }
    return this.publicOptions();
  }

  publicOptions() {
    const { port, tls, ...rest } = this.opts;
    return { ...rest, port: this.port, tokens: [...this.initialTokens] };
  }

  inject(fault) {
    const list = Array.isArray(fault) ? fault : [fault];
    for (const f of list) {
      if (!f || !FAULT_KINDS.has(f.kind)) throw new Error(`unknown fault kind: ${f && f.kind}`);
      this.faults.push({ ...f, times: f.times ?? 1 });
    }
    return this.faults.length;
  }

  // A fault without `method` applies to the next HTTP request; one with `method` to the next call of
  // that method, also when it runs inside a batch.
  takeFault(method, insideBatch) {
    const name = String(method ?? '').toLowerCase();
    const i = this.faults.findIndex((f) =>
      f.method === undefined || f.method === null ? !insideBatch : String(f.method).toLowerCase() === name,
    );
    if (i < 0) return null;
    const f = this.faults[i];
    f.times -= 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    return f;
  }

  issueToken() {
    this.tokenCounter += 1;
    const token = `standin-token-${Date.now().toString(36)}-${this.tokenCounter}`;
    this.validTokens.add(token);
    // A Set iterates in insertion order: the oldest issued token goes first; the initial ones stay.
    for (const old of this.validTokens) {
      if (this.validTokens.size <= this.opts.maxTokens) break;
      if (!this.initialTokens.includes(old)) this.validTokens.delete(old);
    }
    return token;
  }

  expireToken(token) {
    const targets = token === undefined || token === null ? [...this.validTokens] : [token];
    for (const t of targets) {
      this.validTokens.delete(t);
      this.expiredTokens.add(t);
    }
    return targets;
  }

  requests() {
    return structuredClone(this.records);
  }

  record(entry) {
    this.seq += 1;
    const rec = { seq: this.seq, at: Date.now(), ...entry, status: null };
    this.records.push(rec);
    if (this.records.length > this.opts.maxRecords) this.records.shift();
    return rec;
  }

  // ---- limits ----------------------------------------------------------------------------------

  // Leaky bucket: +1 per admitted HTTP request, drains continuously. The counter is compared in whole
  // requests (a partly drained slot is not free yet), so a burst right at the limit is refused reliably.
  admitBucket() {
    const b = this.opts.bucket;
    if (!b) return true;
    const now = this.emuNow();
    this.bucketLevel = Math.max(0, this.bucketLevel - (now - this.bucketAt) * b.drain);
    this.bucketAt = now;
    if (this.bucketLevel > b.size - 1 + 1e-9) return false;
    this.bucketLevel += 1;
    return true;
  }

  // Drops expired baskets of a method and returns them (emulated seconds).
  basketsOf(method) {
    const op = this.opts.operating;
    const key = method.toLowerCase();
    const now = this.emuNow();
    const list = (this.baskets.get(key) || []).filter((b) => b.start + op.windowSeconds > now);
    this.baskets.set(key, list);
    return list;
  }

  operatingBlocked(method) {
    if (!this.opts.operating) return false;
    const sum = this.basketsOf(method).reduce((s, b) => s + b.sum, 0);
    return sum > this.opts.operating.limitSeconds;
  }

  // Adds this call's cost; returns the `operating` and `operating_reset_at` values for its `time`.
  chargeOperating(method) {
    const op = this.opts.operating;
    if (!op) return { operating: 0, resetAt: Math.floor(realNow()) + 600 };
    const list = this.basketsOf(method);
    const now = this.emuNow();
    const last = list[list.length - 1];
    if (last && now < last.start + op.basketSeconds) last.sum += op.costSeconds;
    else list.push({ start: now, sum: op.costSeconds });
    const sum = list.reduce((s, b) => s + b.sum, 0);
    return { operating: sum, resetAt: Math.ceil(this.emuToReal(list[0].start + op.windowSeconds)) };
  }

  timeObject(startReal, charge) {
    const finish = realNow();
    const c = charge || { operating: 0, resetAt: Math.floor(finish) + 600 };
    return {
      start: startReal,
      finish,
      duration: finish - startReal,
      processing: finish - startReal,
      date_start: isoSeconds(startReal),
      date_finish: isoSeconds(finish),
      operating_reset_at: c.resetAt,
      operating: c.operating,
    };
  }

  // ---- method execution --------------------------------------------------------------------------

  // Runs one REST method (top level or inside a batch). Returns {status, body, transportFault?}.
  async execute(method, params, ctx) {
    const lower = method.toLowerCase();
    if (lower === 'batch') {
      if (ctx.insideBatch) return systemError('ERROR_BATCH_METHOD_NOT_ALLOWED');
      return this.runBatch(params, ctx);
    }
    // Bots, handlers and queues: tests/standin/events.mjs.
    const own = this.events.execute(method, params, ctx);
    if (own) return { ...own, body: { ...own.body, time: this.timeObject(ctx.startReal, null) } };
    const placed = this.placements.execute(method, params, ctx); // placement.*: placement.mjs
    if (placed) return { ...placed, body: { ...placed.body, time: this.timeObject(ctx.startReal, null) } };
    const list = lower === 'crm.contact.list' || lower === 'crm.item.list';
    const info = list ? { name: lower, required: lower === 'crm.item.list' ? ['entityTypeId'] : [] } : this.portal.lookup(method);
    if (!info) return err(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');

    // The portal checks the accumulated operating time before running the method.
    if (this.operatingBlocked(method)) {
      this.stats.refused429 += 1;
      return err(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.');
    }
    const charge = this.chargeOperating(method);

    for (const name of info.required) {
      const v = paramValue(params, name);
      if (v === undefined || v === null || v === '') {
        if (list) return err(400, 'ERROR_ARGUMENT', `Argument \`${name}\` is null or empty`);
        const m = info.missing[name];
        return { status: m.status, body: m.body ?? { error: m.error, error_description: m.error_description } };
      }
    }

    const refused = statsRefusal(lower, params);
    if (refused) return err(refused.status, refused.error, refused.error_description);
    if (list) return { status: 200, body: { ...this.listPage(lower, params), time: this.timeObject(ctx.startReal, charge) } };
    const paged = this.paging.answer(lower, params);
    if (paged?.error) return err(paged.status, paged.error, paged.error_description);
    if (paged) return { status: 200, body: { ...paged, time: this.timeObject(ctx.startReal, charge) } };
    const body = structuredClone(info.success);
    body.time = this.timeObject(ctx.startReal, charge);
    return this.events.observe(method, params, body, ctx) ?? { status: 200, body };
  }

  // Standard REST paging over rows ID 1..listRows, computed on the fly (no table in memory).
  listPage(method, params) {
    const item = method === 'crm.item.list';
    let lo = 1;
    let hi = this.opts.listRows;
    const filter = params.filter && typeof params.filter === 'object' ? params.filter : {};
    for (const [key, raw] of Object.entries(filter)) {
      const m = /^(>=|<=|>|<|=)?id$/i.exec(key);
      if (!m) continue; // other filter fields are not emulated
      const n = Number(raw);
      if (raw === '' || raw === null || !Number.isFinite(n)) {
        hi = lo - 1;
        continue;
      }
      switch (m[1]) {
        case '>': lo = Math.max(lo, Math.floor(n) + 1); break;
        case '>=': lo = Math.max(lo, Math.ceil(n)); break;
        case '<': hi = Math.min(hi, Math.ceil(n) - 1); break;
        case '<=': hi = Math.min(hi, Math.floor(n)); break;
        default:
          if (Number.isInteger(n)) { lo = Math.max(lo, n); hi = Math.min(hi, n); } else hi = lo - 1;
      }
    }
    const count = Math.max(0, hi - lo + 1);

    const order = params.order && typeof params.order === 'object' ? params.order : {};
    const orderKey = Object.keys(order).find((k) => k.toLowerCase() === 'id');
    const desc = orderKey !== undefined && String(order[orderKey]).toUpperCase() === 'DESC';

    const startNum = Number.parseInt(params.start ?? '0', 10);
    const start = Number.isNaN(startNum) ? 0 : startNum;
    const offset = Math.max(0, start);

    const select = Array.isArray(params.select) ? params.select.map((s) => String(s).toLowerCase()) : [];
    const wants = (field) => select.length === 0 || select.includes('*') || select.includes(field) || field === 'id';

    const rows = [];
    for (let i = offset; i < Math.min(count, offset + PAGE_SIZE); i++) {
      const id = desc ? hi - i : lo + i;
      const row = {};
      if (item) {
        row.id = id;
        if (wants('title')) row.title = `Row ${id}`;
      } else {
        row.ID = String(id);
        if (wants('title')) row.TITLE = `Row ${id}`;
      }
      rows.push(row);
    }

    const page = { result: item ? { items: rows } : rows };
    // start=-1 is the "no count" mode recommended for huge data: no total, no next.
    if (start >= 0) {
      if (offset + PAGE_SIZE < count) page.next = offset + PAGE_SIZE;
      page.total = count;
    }
    return page;
  }

  async runBatch(params, ctx) {
    this.stats.batches += 1;
    const cmd = params.cmd && typeof params.cmd === 'object' ? params.cmd : {};
    const halt = ['1', 'true', 'y'].includes(String(params.halt ?? '0').toLowerCase());
    const entries = Array.isArray(cmd) ? cmd.map((c, i) => [String(i), c]) : Object.entries(cmd);
    if (entries.length > BATCH_MAX) return systemError('ERROR_BATCH_LENGTH_EXCEEDED');

    // Maps without a prototype: a command key `__proto__` is an entry, as in a PHP array.
    const map = () => Object.create(null);
    const out = { result: map(), result_error: map(), result_total: map(), result_next: map(), result_time: map() };
    let transportFault = null;

    for (const [key, command] of entries) {
      const { method, query } = splitCommand(command);
      const cmdParams = substitute(parsePhpQuery(query), out.result);
      const rec = this.record({
        transport: ctx.transport,
        httpMethod: ctx.httpMethod,
        path: ctx.path,
        method,
        params: cmdParams,
        rawBody: typeof command === 'string' ? command : JSON.stringify(command),
        contentType: null,
        viaBatch: true,
        batchSeq: ctx.seq,
      });

      const fault = this.takeFault(method, true);
      let res;
      if (fault && fault.kind === 'error') res = faultError(fault);
      else if (fault && fault.kind === 'expire-token') res = expiredToken();
      else if (fault && fault.kind === 'html') {
        // The whole batch answer becomes the HTML page; this command and later ones do not run.
        transportFault = fault;
        break;
      } else {
        if (fault && fault.kind === 'delay') await sleep(Number(fault.ms) || 0);
        res = await this.execute(method, cmdParams, { ...ctx, insideBatch: true, startReal: realNow() });
        // truncated/empty/drop: the command ran, then the batch's own answer is broken.
        if (fault && fault.kind !== 'delay') transportFault = fault;
      }
      rec.status = fault && fault.kind === 'drop' ? null : res.status;

      if (res.status === 200 && res.body.error === undefined) {
        out.result[key] = res.body.result;
        if (res.body.total !== undefined) out.result_total[key] = res.body.total;
        if (res.body.next !== undefined) out.result_next[key] = res.body.next;
        if (res.body.time) out.result_time[key] = res.body.time;
      } else {
        out.result_error[key] = { error: res.body.error, error_description: res.body.error_description ?? '' };
      }
      if (transportFault) break;
      if (halt && out.result_error[key]) break;
    }

    const body = {
      result: {
        result: phpMap(out.result),
        result_error: phpMap(out.result_error),
        result_total: phpMap(out.result_total),
        result_next: phpMap(out.result_next),
        result_time: phpMap(out.result_time),
      },
      // An outer batch call is not accounted in `operating` (limits.md).
      time: this.timeObject(ctx.startReal, null),
    };
    return { status: 200, body, transportFault };
  }

  // ---- HTTP ----------------------------------------------------------------------------------------

  async onRequest(req, res) {
    for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    for (const route of this.routes) if (await route(req, res)) return;
    const url = new URL(req.url, 'http://127.0.0.1');
    const rawBody = await readBody(req);
    if (url.pathname.startsWith('/_standin/')) return this.onControl(req, res, url, rawBody);
    if (url.pathname.startsWith('/oauth/')) return this.oauth.handle(req, res, url, rawBody);

    this.pending += 1;
    this.stats.maxPending = Math.max(this.stats.maxPending, this.pending);
    try {
      await this.onRest(req, res, url, rawBody);
    } finally {
      this.pending -= 1;
    }
  }

  async onRest(req, res, url, rawBody) {
    const startReal = realNow();
    const contentType = req.headers['content-type'] || null;
    const route = parseRoute(url.pathname);
    const parsed = parseParams(url, rawBody, contentType);
    const auth = parsed.params.auth;
    delete parsed.params.auth;

    this.stats.requests += 1;
    const rec = this.record({
      transport: route.transport,
      httpMethod: req.method,
      path: url.pathname,
      method: route.method,
      params: parsed.params,
      rawBody,
      contentType,
    });

    const answer = async (result) => {
      if (this.opts.latencyMs > 0) await sleep(this.opts.latencyMs);
      rec.status = result.status;
      sendJson(res, result.status, result.body);
    };

    if (!route.method) return answer(err(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!'));
    if (parsed.error) return answer(err(400, 'INVALID_REQUEST', parsed.error));

    // Authorization: webhook path credentials, or the OAuth `auth` param.
    if (route.transport === 'webhook') {
      if (route.user !== this.opts.webhookUser || route.secret !== this.opts.webhookSecret) {
        return answer(systemError('NO_AUTH_FOUND'));
      }
    } else {
      if (typeof auth !== 'string' || auth === '') return answer(systemError('NO_AUTH_FOUND'));
      if (this.expiredTokens.has(auth)) return answer(expiredToken());
      if (!this.validTokens.has(auth)) return answer(systemError('NO_AUTH_FOUND'));
    }

    if (!this.admitBucket()) {
      this.stats.refused503 += 1;
      return answer(systemError('QUERY_LIMIT_EXCEEDED'));
    }

    const fault = this.takeFault(route.method, false);
    if (fault) {
      if (fault.kind === 'error') return answer(faultError(fault));
      if (fault.kind === 'expire-token') return answer(expiredToken());
      if (fault.kind === 'html') return this.sendFaultAnswer(res, rec, fault, null);
      if (fault.kind === 'delay') await sleep(Number(fault.ms) || 0);
    }

    const result = await this.execute(route.method, parsed.params, {
      transport: route.transport,
      httpMethod: req.method,
      path: url.pathname,
      seq: rec.seq,
      startReal,
      insideBatch: false,
    });

    const transportFault = fault && fault.kind !== 'delay' ? fault : result.transportFault;
    if (transportFault) return this.sendFaultAnswer(res, rec, transportFault, result);
    return answer(result);
  }

  // Answers that break the transport: HTML error page, truncated JSON, empty body, dropped socket.
  async sendFaultAnswer(res, rec, fault, result) {
    if (this.opts.latencyMs > 0) await sleep(this.opts.latencyMs);
    if (fault.kind === 'drop') {
      rec.status = null;
      res.socket.destroy();
      return;
    }
    if (fault.kind === 'html') {
      const status = fault.status ?? 502;
      rec.status = status;
      const page = nginxPage(status);
      res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(page) });
      res.end(page);
      return;
    }
    if (fault.kind === 'empty') {
      const status = fault.status ?? 200;
      rec.status = status;
      res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': 0 });
      res.end();
      return;
    }
    // truncated: the first half of the JSON the method would have answered.
    const full = Buffer.from(JSON.stringify(result.body));
    const half = full.subarray(0, Math.floor(full.length / 2));
    rec.status = 200;
    res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': half.length });
    res.end(half);
  }

  async onControl(req, res, url, rawBody) {
    let body = {};
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return sendJson(res, 400, { error: 'INVALID_JSON', error_description: 'Control API expects a JSON body' });
      }
    }
    const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
    if (url.pathname.startsWith('/_standin/events')) {
      const answer = await this.events.control(req.method, url.pathname, body, url.searchParams);
      return sendJson(res, answer.status, answer.body);
    }
    try {
      switch (route) {
        case 'GET /_standin/requests':
          return sendJson(res, 200, this.requests());
        case 'POST /_standin/reset':
          this.reset();
          return sendJson(res, 200, { ok: true });
        case 'POST /_standin/faults':
          return sendJson(res, 200, { ok: true, queued: this.inject(body) });
        case 'GET /_standin/faults':
          return sendJson(res, 200, structuredClone(this.faults));
        case 'POST /_standin/options':
          return sendJson(res, 200, { ok: true, options: this.setOptions(body) });
        case 'GET /_standin/options':
          return sendJson(res, 200, this.publicOptions());
        case 'POST /_standin/tokens':
          return sendJson(res, 200, { accessToken: this.issueToken() });
        case 'POST /_standin/tokens/expire':
          return sendJson(res, 200, { ok: true, expired: this.expireToken(body.token) });
        case 'GET /_standin/oauth':
          return sendJson(res, 200, { ...this.oauth.stats(), live: this.oauth.liveRefreshTokens() });
        case 'POST /_standin/oauth':
          if (body.fault) this.oauth.inject(body.fault);
          return sendJson(res, 200, { ok: true, options: this.oauth.setOptions(body.options) });
        case 'GET /_standin/stats':
          return sendJson(res, 200, { ...this.stats });
        default:
          return sendJson(res, 404, { error: 'UNKNOWN_CONTROL_ROUTE', error_description: route });
      }
    } catch (e) {
      return sendJson(res, 400, { error: 'INVALID_CONTROL_REQUEST', error_description: e.message });
    }
  }

  async listen() {
    const handler = (req, res) => {
      this.onRequest(req, res).catch((e) => {
        // A bug in the stand-in must be visible to the test, not hang it.
        if (!res.headersSent) sendJson(res, 500, { error: 'STANDIN_BUG', error_description: String(e && e.stack) });
        else res.destroy();
      });
    };
    this.server = this.opts.tls ? https.createServer(this.opts.tls, handler) : http.createServer(handler);
    await new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, '127.0.0.1', resolve);
    });
    this.port = this.server.address().port;
    this.url = `${this.opts.tls ? 'https' : 'http'}://127.0.0.1:${this.port}`;
  }

  close() {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

// ---- helpers -------------------------------------------------------------------------------------

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, body) {
  const encoded = encodeReply(res.req, Buffer.from(JSON.stringify(body)));
  res.writeHead(status, { 'Content-Type': JSON_TYPE, ...encoded.headers });
  res.end(encoded.body);
}

// /rest/<user>/<secret>/<method>[.json] is a webhook, /rest/<method>[.json] is OAuth.
function parseRoute(pathname) {
  if (!pathname.startsWith('/rest/')) return { transport: null, method: null };
  const segs = pathname.slice('/rest/'.length).replace(/\/+$/, '').split('/').map(safeDecode);
  const strip = (m) => (m ? m.replace(/\.json$/i, '') : null);
  if (segs.length === 3) return { transport: 'webhook', user: segs[0], secret: segs[1], method: strip(segs[2]) };
  if (segs.length === 1 && segs[0] !== '') return { transport: 'oauth', method: strip(segs[0]) };
  return { transport: segs.length === 2 ? 'webhook' : null, method: null };
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// Query string, then body on top (body wins). Form bodies and query strings use PHP bracket syntax.
// A JSON body is read as JSON; every other body as a form.
function parseParams(url, rawBody, contentType) {
  const params = parsePhpQuery(url.search.slice(1));
  const type = (contentType || '').toLowerCase();
  if (rawBody.trim() === '') return { params };
  if (type.includes('json')) {
    let body;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { params, error: 'Request body is not valid JSON' };
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return { params, error: 'Request body must be a JSON object' };
    }
    return { params: { ...params, ...body } };
  }
  // Any other type is read as a form, as the portal's CRestUtil::getRequestData does (parse_str of
  // the raw input): BX24.js posts its form body without a Content-Type, so XHR sends text/plain.
  return { params: { ...params, ...parsePhpQuery(rawBody) } };
}

function splitCommand(command) {
  // The SDK form {method, params} is accepted too; the documented form is "method?query".
  if (command && typeof command === 'object') {
    return { method: String(command.method ?? ''), query: buildPhpQuery(command.params ?? {}) };
  }
  const text = String(command ?? '');
  const q = text.indexOf('?');
  return q < 0 ? { method: text.trim(), query: '' } : { method: text.slice(0, q).trim(), query: text.slice(q + 1) };
}

// Replaces $result[key][field]... references in string values with earlier commands' results.
// A value that is exactly one reference takes the referenced value as is (may be a list or object);
// an unresolved reference becomes "" (what the PHP side substitutes for a missing key).
const REF = /\$result\[([^\]]*)\]((?:\[[^\]]*\])*)/g;
function substitute(value, results) {
  if (Array.isArray(value)) return value.map((v) => substitute(v, results));
  if (value && typeof value === 'object') {
    const out = {};
    // An own entry even for `__proto__` (assignment would set the prototype).
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: substitute(v, results), enumerable: true, writable: true, configurable: true });
    return out;
  }
  if (typeof value !== 'string' || !value.includes('$result[')) return value;
  const resolve = (key, tail) => {
    let node = Object.prototype.hasOwnProperty.call(results, key) ? results[key] : undefined;
    for (const m of tail.matchAll(/\[([^\]]*)\]/g)) {
      if (node === null || typeof node !== 'object') return undefined;
      node = node[m[1]];
    }
    return node;
  };
  const whole = new RegExp(`^${REF.source}$`).exec(value);
  if (whole) {
    const v = resolve(whole[1], whole[2]);
    return v === undefined || v === null ? '' : typeof v === 'object' ? v : String(v);
  }
  return value.replace(REF, (_, key, tail) => {
    const v = resolve(key, tail);
    if (v === undefined || v === null) return '';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

function faultError(fault) {
  return err(fault.status ?? 500, fault.error ?? 'INTERNAL_SERVER_ERROR', fault.error_description ?? 'Internal server error');
}

function expiredToken() {
  return err(401, 'expired_token', 'The access token provided has expired.');
}

function nginxPage(status) {
  const text = http.STATUS_CODES[status] || 'Error';
  return (
    `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  );
}

// ---- public API ----------------------------------------------------------------------------------

/** Starts a stand-in portal on 127.0.0.1. See README.md for options and the control API. */
export async function startStandin(options = {}) {
  const s = new Standin(options);
  await s.listen();
  return {
    url: s.url,
    port: s.port,
    webhookUrl: `${s.url}/rest/${s.opts.webhookUser}/${s.opts.webhookSecret}/`,
    oauthEndpoint: `${s.url}/rest/`,
    oauthTokenUrl: `${s.url}/oauth/token/`,
    oauth: s.oauth,
    requests: () => s.requests(),
    reset: () => s.reset(),
    inject: (fault) => s.inject(fault),
    setOptions: (partial) => s.setOptions(partial),
    issueToken: () => s.issueToken(),
    expireToken: (token) => s.expireToken(token),
    stats: () => ({ ...s.stats }),
    events: { memberId: s.events.memberId, applicationToken: s.events.applicationToken, control: (method, path, body = {}, query = '') => s.events.control(method, `/_standin/events${path}`, body, new URLSearchParams(query)), settle: () => s.events.settle(), snapshot: () => s.events.snapshot(), restore: (saved) => s.events.restore(saved) },
    placements: { bindings: () => s.placements.bindings() },
    /** Serves `route(req, res)` (true when it answered) on this port before REST. */
    use: (route) => void s.routes.push(route),
    close: () => s.close(),
  };
}

// ---- CLI -----------------------------------------------------------------------------------------

function parseCli(argv) {
  const opts = {};
  let watchStdin = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--port': opts.port = Number(next()); break;
      case '--bucket': {
        const [size, drain] = next().split('/').map(Number);
        opts.bucket = { size, drain };
        break;
      }
      case '--clock-scale': opts.clockScale = Number(next()); break;
      case '--latency-ms': opts.latencyMs = Number(next()); break;
      case '--list-rows': opts.listRows = Number(next()); break;
      case '--paging-rows': opts.pagingRows = Number(next()); break;
      case '--tls-key': opts.tls = { ...opts.tls, key: readFileSync(next()) }; break;
      case '--tls-cert': opts.tls = { ...opts.tls, cert: readFileSync(next()) }; break;
      case '--ignore-stdin': watchStdin = false; break;
      default: throw new Error(`unknown argument: ${arg}`);
    }
  }
  return { opts, watchStdin };
}

function stdinIsPipe() {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}

async function cli() {
  let parsed;
  try {
    parsed = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(`standin: ${e.message}`);
    console.error('usage: node tests/standin/server.mjs [--port N] [--bucket 50/2] [--clock-scale 10] [--latency-ms 0] [--list-rows 10000] [--paging-rows 300] [--tls-key FILE --tls-cert FILE] [--ignore-stdin]');
    process.exit(2);
  }
  const standin = await startStandin(parsed.opts);
  process.stdout.write(`B24_STANDIN_URL=${standin.url}\n`);
  const stop = () => {
    standin.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (parsed.watchStdin && stdinIsPipe()) {
    // The parent test process holds our stdin; when it exits, stdin closes and we go too.
    // (Only for a pipe/socket: /dev/null or a terminal would end or never matter.)
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) cli();
