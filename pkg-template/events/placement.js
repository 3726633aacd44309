// The handler side of a placement: the POST the portal sends when a user opens the app's page
// in a placement (IM_TEXTAREA, SETTING_CONNECTOR, ...). The reader runs in wasm
// (src/events/placement.rs: the bounded form/JSON readers of events, PLACEMENT_OPTIONS typed per
// code from the placements table); this file checks the request came from the portal and
// answers HTTP, with the events handlers' machinery (token store, portal check, body readers).
//
// What can be checked: newer portals send APPLICATION_TOKEN, the token events carry, which is
// compared with the one stored for member_id (a different one is refused). Older portals send
// none (the rest module's app.layout form), and a portal not yet in the store has nothing to
// compare with: then the request's own access token (AUTH_ID) is checked with the portal it names
// (app.info, the install check of events: only a Bitrix24 cloud portal or one of `portals` is
// called), and with `appCode` app.info must answer for this app. Such a request's `member_id` is
// only claimed (app.info does not name it): `onPlacement` learns which check passed (`verdict`).

import { B24Error } from '../error.js';
import { checkInstall, installCheckFailed } from './install.js';

const UNVERIFIED_ANSWER = { error: 'UNVERIFIED_EVENT', error_description: 'the placement request could not be verified' };
const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8' };

/**
 * The placement API over the events API's parts: `wasm()` gives the module, `toError` turns
 * its throws into B24Error, the rest are the events handlers' own helpers.
 */
export function createPlacementApi({ wasm, toError, unverified, invalid, checkCommon, readNodeBody, readWebBody, log, textOf, jsonAnswer }) {
  /** Reads a placement POST (`query`: the handler URL's query string) into a typed request. */
  async function parsePlacement(body, { contentType, query } = {}) {
    const w = await wasm();
    try {
      return JSON.parse(w.parsePlacement(String(body ?? ''), contentType ?? undefined, queryOf(query)));
    } catch (e) {
      throw toError(e);
    }
  }

  /**
   * Resolves to "verified" (APPLICATION_TOKEN matches the token stored for member_id) or
   * "checked" (the access token was checked with the portal at `auth.endpoint`); rejects with
   * UNVERIFIED_EVENT. The store is only read: app.info does not say which member_id a token
   * belongs to, so a checked request could claim another portal's member_id, and its
   * APPLICATION_TOKEN must not become that portal's (installs fill the store).
   */
  async function verifyPlacement(placement, store, options = {}) {
    if (!store || typeof store.get !== 'function' || typeof store.set !== 'function') {
      throw invalid('store', 'needs get(memberId) and set(memberId, token)');
    }
    const { verifyAccess = true } = options;
    const w = await wasm();
    const memberId = textOf(placement?.memberId);
    const token = textOf(placement?.applicationToken);
    const stored = memberId === undefined ? undefined : textOf(await store.get(memberId));
    let verdict;
    try {
      verdict = w.verifyPlacement(memberId, token, stored);
    } catch (e) {
      throw toError(e);
    }
    if (verdict === 'verified') return 'verified';
    const passed = verifyAccess === false || (await accessPasses(placement, verifyAccess, options));
    if (passed !== true) throw unverified('access_refused', `the placement's access token was not verified: ${passed}`);
    return 'checked';
  }

  /** true, or the reason the access token did not pass. */
  async function accessPasses(placement, verifyAccess, options) {
    if (typeof verifyAccess === 'function') return (await verifyAccess(placement)) === true || 'verifyAccess refused it';
    const asEvent = { auth: { client_endpoint: placement?.auth?.endpoint, access_token: placement?.auth?.accessToken, member_id: placement?.memberId } };
    try {
      return await checkInstall(asEvent, { portals: options.portals, fetch: options.fetch, appCode: options.appCode });
    } catch (e) {
      return installCheckFailed(e);
    }
  }

  /** Parse and verify: `{ placement, verdict }`, or the answer `{ status, body }` of a refusal. */
  async function accept(text, contentType, query, options) {
    let placement;
    let verdict;
    try {
      placement = await parsePlacement(text, { contentType, query });
      verdict = await verifyPlacement(placement, options.store, options);
    } catch (e) {
      if (B24Error.is(e) && typeof e.status === 'number') {
        refused(options, e, placement);
        const body = e.code === 'UNVERIFIED_EVENT' ? UNVERIFIED_ANSWER : { error: e.code, error_description: e.description ?? e.message };
        return { status: e.status, body };
      }
      failed(options, e, placement);
      return { status: 500, body: { error: 'INTERNAL_ERROR', error_description: 'the placement request could not be checked' } };
    }
    return { placement, verdict };
  }

  function refused(options, error, placement) {
    const word = (value) => (typeof value === 'string' && value !== '' ? value.slice(0, 64).replace(/[^A-Za-z0-9_.:-]/g, '?') : '-');
    log(options, 'warn', `b24 placement refused status=${error.status} code=${word(error.code)} kind=${word(error.kind ?? 'invalid')} field=${word(error.field)} placement=${word(placement?.placement)}`);
  }

  function failed(options, error, placement) {
    if (options.onError) {
      try {
        options.onError(error, placement);
      } catch {
        // A failing error hook must not take the server down.
      }
    } else {
      log(options, 'error', `b24-wasm: placement ${placement?.placement ?? '(unread)'} failed: ${error?.code ?? error?.name ?? 'Error'}: ${error?.message ?? error}`);
    }
  }

  function checkOptions(options) {
    if (!options || typeof options.onPlacement !== 'function') throw invalid('onPlacement', 'must be a function');
    return checkCommon(options);
  }

  /**
   * A node:http / Express handler. A verified request goes to `onPlacement(placement, { req,
   * res })`, which answers with the page: a string (sent as text/html), `{ status, headers,
   * body }`, or nothing when it wrote `res` itself. A refused one gets 400/401/413 as JSON.
   */
  function createPlacementNodeHandler(options) {
    const limit = checkOptions(options);
    const send = (res, status, body, headers) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const json = (res, status, body) => send(res, status, body, { 'content-type': 'application/json; charset=utf-8' });
    return (req, res) => {
      (async () => {
        if (req.method !== 'POST') return json(res, 405, { error: 'METHOD_NOT_ALLOWED', error_description: 'placements open with a POST' });
        let read;
        try {
          read = await readNodeBody(req, limit);
        } catch {
          return json(res, 400, unreadable(options));
        }
        if (read === null) return json(res, 413, tooLarge(options));
        const result = await accept(read.text, read.contentType, req.url, options);
        if (!result.placement) return json(res, result.status, result.body);
        let page;
        try {
          page = await options.onPlacement(result.placement, { req, res, verdict: result.verdict });
        } catch (e) {
          failed(options, e, result.placement);
          if (!res.headersSent) json(res, 500, { error: 'INTERNAL_ERROR', error_description: 'the placement page failed' });
          return;
        }
        if (res.headersSent || res.writableEnded) return;
        if (typeof page === 'string') return send(res, 200, page, HTML_HEADERS);
        if (page && typeof page === 'object') return send(res, page.status ?? 200, String(page.body ?? ''), page.headers ?? HTML_HEADERS);
        send(res, 204, '');
      })().catch((e) => {
        failed(options, e);
        if (!res.headersSent) json(res, 500, { error: 'INTERNAL_ERROR', error_description: 'the placement request could not be read' });
      });
    };
  }

  /**
   * The same over web Request/Response (Bun, Deno, Workers, Next.js route handlers):
   * `onPlacement(placement, { request })` answers with a Response or a string (text/html).
   */
  function createPlacementWebHandler(options) {
    const limit = checkOptions(options);
    return async (request) => {
      if (request.method !== 'POST') return jsonAnswer(405, { error: 'METHOD_NOT_ALLOWED', error_description: 'placements open with a POST' });
      let text;
      try {
        text = await readWebBody(request, limit);
      } catch {
        return jsonAnswer(400, unreadable(options));
      }
      if (text === null) return jsonAnswer(413, tooLarge(options));
      const result = await accept(text, request.headers.get('content-type'), request.url, options);
      if (!result.placement) return jsonAnswer(result.status, result.body);
      try {
        const page = await options.onPlacement(result.placement, { request, verdict: result.verdict });
        if (page instanceof Response) return page;
        if (typeof page === 'string') return new Response(page, { status: 200, headers: HTML_HEADERS });
        return new Response(null, { status: 204 });
      } catch (e) {
        failed(options, e, result.placement);
        return jsonAnswer(500, { error: 'INTERNAL_ERROR', error_description: 'the placement page failed' });
      }
    };
  }

  function unreadable(options) {
    refused(options, { status: 400, code: 'INVALID_EVENT', kind: 'unreadable' });
    return { error: 'INVALID_EVENT', error_description: 'the placement request body could not be read' };
  }

  function tooLarge(options) {
    refused(options, { status: 413, code: 'INVALID_EVENT', kind: 'too_large' });
    return { error: 'INVALID_EVENT', error_description: 'the placement request body is too large' };
  }

  return { parsePlacement, verifyPlacement, createPlacementNodeHandler, createPlacementWebHandler };
}

/** The query string of a URL, a path with a query, or a query string (with or without `?`). */
function queryOf(query) {
  if (query === undefined || query === null) return undefined;
  const text = String(query);
  const at = text.indexOf('?');
  if (at >= 0) return text.slice(at + 1).split('#')[0];
  return /^[a-z]+:\/\//i.test(text) || text.startsWith('/') ? undefined : text;
}
