// Shared by the attack families (tests/js/attack/<family>.test.mjs, issue 20): the installed
// package, loopback servers of the test's own, canary secrets and the checks that none of them
// leaks, and helpers that turn a hang into a failure. A new family is one new file that imports
// this; each file installs its own copy of the packed package (files run in parallel).
// Run: npm run build && node --test tests/js/attack/

import assert from 'node:assert/strict';
import http from 'node:http';
import { inspect } from 'node:util';
import { installConsumer, importFrom } from '../lib/consumer.mjs';

export const HANG = Symbol('still pending');

/** The packed package installed for `family`: its root entry and `more` subpaths ('oauth', ...). */
export async function installed(family, more = []) {
  const dir = installConsumer(`attack-${family}`);
  const main = await importFrom(dir);
  await main.ready();
  const subpaths = {};
  for (const name of more) subpaths[name] = await importFrom(dir, `b24-wasm/${name}`);
  return { dir, ...main, ...subpaths };
}

/** The promise's outcome ({ value } or { error }), or HANG when it has not settled within `ms`. */
export async function within(ms, promise) {
  let timer;
  const outcome = Promise.resolve(promise).then((value) => ({ value }), (error) => ({ error }));
  const late = new Promise((resolve) => { timer = setTimeout(() => resolve(HANG), ms); });
  try {
    return await Promise.race([outcome, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The error `promise` rejects with within `ms`; fails on a hang or a resolution. */
export async function rejectsWithin(ms, promise) {
  const outcome = await within(ms, promise);
  assert.notEqual(outcome, HANG, `still pending after ${ms} ms`);
  assert.ok('error' in outcome, `expected a rejection, got ${inspect(outcome.value)}`);
  return outcome.error;
}

/** A B24Error (checked by the package's own isB24Error) that `promise` rejects with within `ms`. */
export async function b24Rejection(pkg, promise, ms = 10_000) {
  const e = await rejectsWithin(ms, promise);
  assert.ok(pkg.isB24Error(e) && e instanceof pkg.B24Error, `not a B24Error: ${e?.stack ?? inspect(e)}`);
  return e;
}

/** The B24Error `fn` throws synchronously. */
export function b24Thrown(pkg, fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(pkg.isB24Error(e), `not a B24Error: ${e?.stack ?? inspect(e)}`);
    return e;
  }
  return assert.fail('expected a B24Error to be thrown');
}

/**
 * A server of the test's own on 127.0.0.1. `handler(req, res, body)` answers; every request is
 * kept in `hits` as { method, url, headers, body }.
 */
export async function serve(handler) {
  const hits = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      hits.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    hits,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Every form a secret may take in text: as is, percent-encoded, form-encoded. */
export function forms(secrets) {
  return secrets.flatMap((s) => [s, encodeURIComponent(s), encodeURIComponent(s).replace(/%20/g, '+'), new URLSearchParams({ s }).toString().slice(2)]);
}

/** Everything an error shows: message, stack, every own field, JSON, String, inspect. */
export function everythingOf(e) {
  let json = '';
  try {
    json = JSON.stringify(e);
  } catch {
    json = '<not JSON>';
  }
  const fields = e && typeof e === 'object' ? Object.getOwnPropertyNames(e).map((k) => `${k}=${String(e[k])}`) : [];
  return [String(e?.message), String(e?.stack), String(e?.name), json, String(e), inspect(e, { depth: 8, showHidden: true }), ...fields].join('\n');
}

/** Fails when any form of any secret is in `text` (an error's or a log's). */
export function assertNoSecret(text, secrets, where) {
  for (const form of forms(secrets)) assert.ok(!text.includes(form), `${form} in ${where}:\n${text}`);
}

/** A logger that keeps every line it gets, for the no-secret check. */
export function recordingLogger() {
  const lines = [];
  const keep = (level) => (...args) => lines.push(`${level}: ${args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' ')}`);
  return { lines, logger: { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error'), log: keep('log') } };
}
