// A test double of Bitrix24's BX24.js (the library a placement page loads from
// api.bitrix24.com/api/v1/), written from its published source, behaviour for behaviour:
//
// - Start-up: `window.name` is "DOMAIN|PROTOCOL|APP_SID" (set by the portal on the iframe); without
//   DOMAIN and APP_SID the library sets BX24 = null and throws. It then asks the parent frame for
//   `getInitData` (AUTH_ID, AUTH_EXPIRES in seconds, PATH, ...) and runs queued calls once it has it.
// - Parent-frame messages are strings "cmd:JSON:callbackId:APP_SID" posted to http(s)://DOMAIN; the
//   parent answers "callbackId:JSON". Only messages from that origin are read.
// - callMethod POSTs `auth=<AUTH_ID>&<params in PHP brackets>` over XHR, without a Content-Type
//   (so the browser sends text/plain) and with `timeout = 0`, to
//   http(s)://DOMAIN + PATH + '/' + encodeURIComponent(method) + '.json'.
// - Success (ajax.isSuccess) is status undefined, 2xx, 304, 4xx, 1223 or 0. A successful empty body
//   becomes {result: {}}. A 5xx, a body that is not JSON, or a network error throws the string
//   'Query error!' from the XHR handler: the callback is never called.
// - `expired_token` in a successful answer: refresh through the parent ('refreshAuth'), then the
//   same call again on a new XHR; the callback only hears about the repeat. The same happens
//   before sending when AUTH_EXPIRES has passed.
// - The callback gets an ajaxResult(answer, query, status); when answer.error is set, the library
//   adds answer.ex = ajaxError(status, answer), which points back at answer (a cycle).
//
// Two published versions differ, and `flavour` picks one:
// - 'current' (default): calls pass a rate gate first (90 calls, then 2 per second, re-checked every
//   second), so callMethod returns undefined; a truthy `params.start` is deleted from the caller's
//   object; send() runs 10 ms after open(); messages go to `parent`.
// - 'legacy': callMethod returns the XHR; send() runs at once when there are params (and never
//   without params: the deferred send loses its `this`); messages go to `top`.
//
// The UI messages the placement shell's tests use, as the library sends them: resizeWindow (both
// sizes parseInt'ed, sent only when both are > 0), fitWindow (width '100%', the page's scroll
// height), setTitle ({title: String}), scrollParentWindow (setScroll, sent only for a number), and
// in the current version placement.call (the command by its own name, unless BX24 has a function
// of that name), placement.bindEvent (placementBindEvent {event}) and placement.getInterface.
// Left out: callBatch, callBind, ajaxResult.next(), the install flow, the pickers and sliders.
// File inputs in params are not read.
//
// Plain ESM without imports: `win` is a window (the browser) or a stand-in for one (Node tests:
// tests/js/lib/bx24-node.mjs), providing name, parent, top, addEventListener, XMLHttpRequest,
// setTimeout.

/**
 * Defines `win.BX24` the way BX24.js does on load, and returns it.
 * @param {object} win
 * @param {{ flavour?: 'current' | 'legacy' }} [options]
 */
export function installBx24(win = globalThis, { flavour = 'current' } = {}) {
  const legacy = flavour === 'legacy';
  const BX24 = {};
  win.BX24 = BX24;

  const P = {
    DOMAIN: '', PROTOCOL: 1, APP_SID: '', PATH: '', LANG: '', AUTH_ID: '', REFRESH_ID: null,
    MEMBER_ID: null, IS_ADMIN: false, AUTH_EXPIRES: 0, PLACEMENT: null, PLACEMENT_OPTIONS: null,
  };
  let initialised = false;
  const whenInitialised = [];
  const later = (fn, ms = 10) => (...args) => win.setTimeout(function () { fn.apply(this, args); }, ms);
  const origin = () => `http${P.PROTOCOL ? 's' : ''}://${P.DOMAIN}`;

  // ---- parent frame -------------------------------------------------------------------------------

  const replies = {};
  function tell(cmd, params, cb) {
    if (typeof params === 'function') [cb, params] = [params, null];
    let id = '';
    if (cb) {
      for (let i = 0; i < 32; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 36)];
      replies[id] = cb;
    }
    const text = `${cmd}:${params ? JSON.stringify(params) : ''}:${id}${P.APP_SID ? `:${P.APP_SID}` : ''}`;
    (legacy ? win.top : win.parent).postMessage(text, origin());
  }
  win.addEventListener('message', (event) => {
    if (event.origin !== origin() || !event.data) return;
    // Like the library: split at the first ':' (a non-string message from the portal throws here),
    // callbacks stay registered, an unknown id is ignored.
    const [id, ...rest] = event.data.split(':');
    const json = rest.join(':');
    if (replies[id]) replies[id].call(win, json ? JSON.parse(json) : []);
  });

  // ---- public API (the part apps use for REST) ------------------------------------------------------

  BX24.init = (fn) => { if (fn) whenInitialised.push(fn); };
  BX24.callMethod = (method, params, callback) => ajax({ method, data: params, callback });
  BX24.getDomain = () => P.DOMAIN;
  BX24.isAdmin = () => !!P.IS_ADMIN;
  BX24.getAuth = () => (initialised && P.AUTH_EXPIRES > Date.now()
    ? { access_token: P.AUTH_ID, refresh_token: P.REFRESH_ID, expires_in: P.AUTH_EXPIRES, domain: P.DOMAIN, member_id: P.MEMBER_ID }
    : false);
  BX24.refreshAuth = (cb) => {
    if (!initialised) return;
    tell('refreshAuth', {}, (p) => {
      P.AUTH_ID = p.AUTH_ID;
      P.REFRESH_ID = p.REFRESH_ID;
      P.AUTH_EXPIRES = Date.now() + p.AUTH_EXPIRES * 1000;
      if (cb) cb(BX24.getAuth());
    });
  };
  BX24.getLang = () => P.LANG;
  BX24.resizeWindow = (width, height, cb) => {
    width = parseInt(width, 10);
    height = parseInt(height, 10);
    if (width > 0 && height > 0) tell('resizeWindow', { width, height }, cb);
  };
  BX24.getScrollSize = () => {
    const root = win.document.documentElement;
    return { scrollWidth: Math.max(root.scrollWidth, root.offsetWidth), scrollHeight: Math.max(root.scrollHeight, root.offsetHeight) };
  };
  BX24.fitWindow = (cb) => tell('resizeWindow', { width: '100%', height: BX24.getScrollSize().scrollHeight }, cb);
  BX24.reloadWindow = (cb) => tell('reloadWindow', {}, cb);
  BX24.setTitle = (title, cb) => tell('setTitle', { title: title.toString() }, cb);
  BX24.scrollParentWindow = (scroll, cb) => {
    scroll = parseInt(scroll, 10);
    if (!isNaN(scroll)) tell('setScroll', { scroll }, cb);
  };
  BX24.placement = { info: () => ({ placement: P.PLACEMENT, options: P.PLACEMENT_OPTIONS }) };
  if (!legacy) {
    BX24.placement.getInterface = (cb) => tell('getInterface', cb);
    BX24.placement.call = (cmd, params, cb) => {
      if (BX24[cmd]) return;
      if (typeof params === 'function') [cb, params] = [params, {}];
      tell(cmd, params, cb);
    };
    BX24.placement.bindEvent = (event, cb) => tell('placementBindEvent', { event }, cb);
  }

  // ---- REST -----------------------------------------------------------------------------------------

  // The current version's client-side rate gate: 90 calls at once, then it drains 0.002 per ms.
  const gate = { amount: 0, last: 0 };
  function throughGate(run) {
    const now = Date.now();
    if (gate.last > 0) gate.amount = Math.max(0, gate.amount - (now - gate.last) * 0.002);
    gate.last = now;
    if (gate.amount >= 90) {
      later(() => throughGate(run), 1000)();
    } else {
      gate.amount += 1;
      run();
    }
  }

  function ajax(config) {
    if (legacy) return send(config);
    throughGate(() => send(config));
    return undefined;
  }

  function send(config) {
    if (!initialised) {
      BX24.init(() => (legacy ? ajax(config) : send(config)));
      return undefined;
    }
    if (P.AUTH_EXPIRES < Date.now()) {
      refreshThenRepeat(config);
      return undefined;
    }
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', `${origin()}${P.PATH}/${encodeURIComponent(config.method)}.json`);
    xhr.onprogress = () => {};
    xhr.ontimeout = () => {};
    xhr.timeout = 0;
    xhr.onload = () => {
      xhr.onload = () => {};
      let ok = isSuccess(xhr);
      let data;
      if (ok) {
        data = xhr.responseText;
        if (data.length > 0) {
          try {
            data = JSON.parse(data);
          } catch {
            ok = false;
          }
        } else {
          data = { result: {} };
        }
      }
      const status = xhr.status;
      if (!ok) throw 'Query error!'; // a string, as the library throws it
      // A JSON `null` body makes this line throw a TypeError, as in the library.
      if (data.error && data.error == 'expired_token') refreshThenRepeat(config); // loose ==, as in the library
      else if (typeof config.callback === 'function') config.callback.call(win, new AjaxResult(data, config, status));
    };
    xhr.onerror = () => {
      throw 'Query error!';
    };

    let body = `auth=${P.AUTH_ID}`;
    if (config.start !== undefined) body += `&start=${parseInt(config.start, 10)}`;
    if (config.data) {
      if (!legacy && config.data.start) delete config.data.start;
      formEncode(config.data, '', (encoded) => {
        body += `&${encoded}`;
        if (legacy) xhr.send(body);
        else later(xhr.send.bind(xhr))(body);
      });
    } else if (legacy) {
      later(xhr.send)(body); // unbound: throws in the timer, nothing is sent
    } else {
      later(xhr.send.bind(xhr))(body);
    }
    return xhr;
  }

  function refreshThenRepeat(config) {
    BX24.refreshAuth(() => ajax(config));
  }

  // ---- start-up -------------------------------------------------------------------------------------

  if (win.name) {
    const [domain = '', protocol, sid] = String(win.name).split('|');
    P.DOMAIN = domain.replace(/:(80|443)$/, '');
    P.PROTOCOL = parseInt(protocol, 10) || 0;
    P.APP_SID = sid;
  }
  if (!P.DOMAIN || !P.APP_SID) {
    win.BX24 = null;
    throw new Error('Unable to initialize Bitrix24 JS library!');
  }
  tell('getInitData', (data) => {
    P.PATH ||= data.PATH;
    P.LANG ||= data.LANG;
    P.PLACEMENT ||= data.PLACEMENT;
    P.PLACEMENT_OPTIONS ||= data.PLACEMENT_OPTIONS;
    P.PROTOCOL = data.PROTOCOL;
    if (data.AUTH_ID) {
      P.AUTH_ID = data.AUTH_ID;
      P.REFRESH_ID = data.REFRESH_ID;
      P.AUTH_EXPIRES = Date.now() + data.AUTH_EXPIRES * 1000;
      P.IS_ADMIN = !!data.IS_ADMIN;
      P.MEMBER_ID = data.MEMBER_ID || '';
    }
    initialised = true;
    BX24.init = (fn) => later(fn)();
    for (const fn of whenInitialised.splice(0)) BX24.init(fn);
  });
  return BX24;
}

/** ajax.isSuccess of BX24.js: anything but 1xx, 3xx other than 304, and 5xx. */
export function isSuccess(xhr) {
  const s = xhr.status;
  return s === undefined || (s >= 200 && s < 300) || s === 304 || (s >= 400 && s < 500) || s === 1223 || s === 0;
}

// The library's prepareData for plain data (its file-input and DOM-node branches are left out):
// scalars first as name=value (encodeURIComponent, so `undefined` becomes "undefined" and true
// "true"), then each object or array under name[key]; null and {} add nothing, [] adds "name=".
function formEncode(data, prefix, done) {
  if (typeof data === 'string' || data === null || data === undefined) {
    done(data || '');
    return;
  }
  let out = '';
  const nested = [];
  for (const key of Object.keys(data)) {
    const name = prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key);
    const value = data[key];
    if (typeof value === 'object') nested.push([name, value]);
    else out += `${out ? '&' : ''}${name}=${encodeURIComponent(value)}`;
  }
  let left = nested.length;
  if (left === 0) {
    done(out);
    return;
  }
  const add = (part) => {
    out += (part ? '&' : '') + part;
    if (--left <= 0) done(out);
  };
  for (const [name, value] of nested) {
    if (value instanceof Date) add(`${name}=${encodeURIComponent(value.toJSON())}`);
    else if (Array.isArray(value) && value.length === 0) add(`${name}=`);
    else formEncode(value, name, add);
  }
}

// Deep copy of the query, functions kept (the library's util.clone).
function copy(value) {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value);
  const out = Array.isArray(value) ? [] : {};
  for (const key of Object.keys(value)) out[key] = copy(value[key]);
  return out;
}

class AjaxResult {
  constructor(answer, query, status) {
    this.answer = answer;
    this.query = copy(query);
    this.status = status;
    if (this.answer.next !== undefined) this.answer.next = parseInt(this.answer.next, 10);
    if (this.answer.error !== undefined) {
      this.answer.ex = new AjaxError(this.status, typeof this.answer.error === 'string' ? this.answer : this.answer.error);
    }
  }
  data() { return this.answer.result; }
  error() { return this.answer.ex; }
  error_description() { return this.answer.error_description; }
  more() { return !isNaN(this.answer.next); } // global isNaN: undefined counts as NaN
  total() { return parseInt(this.answer.total, 10); }
}

class AjaxError {
  constructor(status, ex) {
    this.status = status;
    this.ex = ex;
  }
  getError() { return this.ex; }
  getStatus() { return this.status; }
  toString() {
    return `${this.ex.error}${this.ex.error_description ? `: ${this.ex.error_description}` : ''} (${this.status})`;
  }
}
