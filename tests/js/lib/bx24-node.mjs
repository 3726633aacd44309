// BX24.js in Node, for the Node tests of Client.bx24(): the double (bx24-double.js) in a stand-in
// for the placement iframe's window, the portal's side of the frame protocol (placement-host.js)
// in-process, and an XMLHttpRequest over node:http that the real stand-in answers.
// What a browser does and this reproduces: postMessage is delivered later, only to the target
// origin, with the sender's origin; an exception in an XHR or timer handler is reported (here:
// to `uncaught`) and does not stop anything; XHR events go load|error, then loadend; a network
// error is status 0 with an empty responseText; a string body goes as text/plain;charset=UTF-8;
// an on<event> handler keeps the place of its first assignment among the listeners.

import http from 'node:http';
import { installBx24 } from './bx24-double.js';
import { placementHost } from './placement-host.js';

const APP_ORIGIN = 'http://app.placement.test';
const APP_SID = 'app-sid-node';
const EVENTS = ['loadstart', 'progress', 'load', 'error', 'abort', 'timeout', 'loadend', 'readystatechange'];

/** The part of XMLHttpRequest that BX24.js and sendBx24 use. */
export class NodeXhr {
  constructor() {
    this.readyState = 0;
    this.status = 0;
    this.responseText = '';
    this.timeout = 0;
    this._listeners = []; // {type, fn} or {type, handler: true}, in registration order
    this._handlers = {};
  }

  addEventListener(type, fn) {
    if (!this._listeners.some((l) => l.type === type && l.fn === fn)) this._listeners.push({ type, fn });
  }

  removeEventListener(type, fn) {
    this._listeners = this._listeners.filter((l) => !(l.type === type && l.fn === fn));
  }

  open(method, url) {
    this._method = method;
    this._url = String(url);
    this.readyState = 1;
  }

  send(body) {
    if (!(this instanceof NodeXhr)) throw new TypeError('Illegal invocation');
    const text = body === undefined || body === null ? '' : String(body);
    const req = http.request(this._url, {
      method: this._method,
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(text), origin: APP_ORIGIN },
    });
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        this.status = res.statusCode;
        this.responseText = Buffer.concat(chunks).toString('utf8');
        this.readyState = 4;
        this._fire('readystatechange');
        this._fire('load');
        this._fire('loadend');
      });
      res.on('error', () => this._fail());
    });
    req.on('error', () => this._fail());
    req.end(text);
  }

  _fail() {
    if (this.readyState === 4) return;
    this.status = 0;
    this.responseText = '';
    this.readyState = 4;
    this._fire('readystatechange');
    this._fire('error');
    this._fire('loadend');
  }

  // A browser reports a handler's exception and goes on; each placement collects its own.
  _report(e) {
    queueMicrotask(() => { throw e; });
  }

  _fire(type) {
    const event = { type, target: this, currentTarget: this };
    for (const l of [...this._listeners]) {
      if (l.type !== type) continue;
      const fn = l.handler ? this._handlers[type] : l.fn;
      if (typeof fn !== 'function') continue;
      try {
        fn.call(this, event);
      } catch (e) {
        this._report(e);
      }
    }
  }
}
// on<event> handlers hold the place in the listener list of their first assignment, as in browsers.
for (const type of EVENTS) {
  Object.defineProperty(NodeXhr.prototype, `on${type}`, {
    get() { return this._handlers[type] ?? null; },
    set(fn) {
      if (!(type in this._handlers)) this._listeners.push({ type, handler: true });
      this._handlers[type] = typeof fn === 'function' ? fn : null;
    },
  });
}

/**
 * Starts a placement: BX24 (the double) talking to the stand-in at `standinUrl` with `token`.
 * `expiresIn` is getInitData's AUTH_EXPIRES (seconds); refreshes ask the stand-in for a new token.
 * Calls made before BX24.js has its init data wait inside it, as in a browser.
 * Returns BX24, `calls` (what reached callMethod, copied at the call), `uncaught` (exceptions
 * nobody caught, e.g. BX24.js's 'Query error!'), `host.log` (commands the portal side heard),
 * `refreshes()` and `ready()`.
 * Sets globalThis.XMLHttpRequest to NodeXhr when there is none (BX24.js and sendBx24 use the global).
 */
export function startNodePlacement({ standinUrl, token, flavour = 'current', expiresIn = 3600 }) {
  globalThis.XMLHttpRequest ??= NodeXhr;
  const portalOrigin = new URL(standinUrl).origin;
  const uncaught = [];
  const report = (fn) => function () {
    try {
      fn.apply(this, arguments);
    } catch (e) {
      uncaught.push(e);
    }
  };
  class PlacementXhr extends NodeXhr {
    _report(e) {
      uncaught.push(e);
    }
  }

  const appListeners = [];
  const toApp = (data) => setTimeout(report(() => {
    for (const fn of appListeners) fn({ origin: portalOrigin, data });
  }), 0);
  let refreshes = 0;
  const host = placementHost({
    appOrigin: APP_ORIGIN,
    appSid: APP_SID,
    initData: () => ({
      DOMAIN: new URL(standinUrl).host, PROTOCOL: 0, PATH: '/rest', LANG: 'en', AUTH_ID: token,
      AUTH_EXPIRES: expiresIn, REFRESH_ID: 'refresh-0', MEMBER_ID: 'member-1', IS_ADMIN: true,
      FIRST_RUN: false, INSTALL: false, USER_OPTIONS: {}, APP_OPTIONS: {}, PLACEMENT: 'DEFAULT', PLACEMENT_OPTIONS: {},
    }),
    refresh: async () => {
      refreshes += 1;
      const { accessToken } = await (await fetch(`${standinUrl}/_standin/tokens`, { method: 'POST' })).json();
      return { AUTH_ID: accessToken, AUTH_EXPIRES: expiresIn, REFRESH_ID: `refresh-${refreshes}` };
    },
    answer: (text, targetOrigin) => { if (targetOrigin === APP_ORIGIN) toApp(text); },
  });
  const portalWindow = {
    postMessage(data, targetOrigin) {
      // A browser drops a message whose target origin is not the receiver's.
      if (targetOrigin === portalOrigin) setTimeout(report(() => host.receive({ origin: APP_ORIGIN, data })), 0);
    },
  };
  const win = {
    name: `${new URL(standinUrl).host}|0|${APP_SID}`,
    parent: portalWindow,
    top: portalWindow,
    XMLHttpRequest: PlacementXhr,
    setTimeout: (fn, ms) => setTimeout(report(fn), ms),
    addEventListener: (type, fn) => { if (type === 'message') appListeners.push(fn); },
  };
  const BX24 = installBx24(win, { flavour });
  const calls = [];
  const callMethod = BX24.callMethod;
  BX24.callMethod = function (method, params, callback) {
    calls.push({ method, params: typeof params === 'string' ? params : structuredClone(params) });
    return callMethod.call(this, method, params, callback);
  };
  return {
    BX24,
    calls,
    host,
    uncaught,
    refreshes: () => refreshes,
    ready: () => new Promise((resolve) => BX24.init(resolve)),
  };
}
