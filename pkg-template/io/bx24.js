// One REST call through BX24.callMethod (Bitrix24's BX24.js, in a placement iframe), as a Promise
// that always settles with what the caller can act on:
//   { status, body }                       the portal answered: its HTTP status and body text
//   { lost: true, maybeSent, reason, ... }  no HTTP answer came (reason 'no_answer'); `message` when
//                                          callMethod itself threw
// It never rejects and sets no timer: the caller races it against the call's deadline.
//
// Why it watches the XHR as well as the callback: BX24.js calls back only for answers it accepts.
// On a 5xx, a body that is not JSON, or a network error it throws 'Query error!' inside its XHR
// handler and the callback is never called; on `expired_token` it refreshes through the parent
// frame and repeats the call, and only the repeat calls back. So each XHR BX24.js sends for this
// call is watched to its `loadend` (after BX24.js's own `load` handler) and read with BX24.js's
// rules; the portal's answer is handed on as it came, as the other transports hand it on.
//
// Finding the XHR: the current BX24.js returns nothing from callMethod, and may send later (after
// its init, its rate gate of ~2 calls/s, or a token refresh). So XMLHttpRequest.prototype.open and
// .send are wrapped while calls wait: a send() whose URL ends in /<method>.json and whose body is
// "auth=<token>&" + this call's form is this call's. The form is built here and passed to
// callMethod as a string, which BX24.js sends as it is; that also keeps the current BX24.js from
// deleting a truthy `start` (it does so to params objects), which would repeat the first page.
// Without an XHR (a BX24 object that is not BX24.js), the callback's answer is used.
// The wrappers are removed when nothing waits, unless something else has wrapped them since.

const waiting = []; // calls whose XHR has not been sent yet (or is being repeated), oldest first
const MAX_WAITING = 1024; // a caller that gave up on a call never settles it: drop the oldest
const urls = new WeakMap(); // XHR → the URL it was opened with
let hooked = null; // { proto, open, send, wrappers } while the XHR methods are wrapped

/**
 * @param {{ callMethod: Function }} bx24  the BX24 object
 * @param {string} method
 * @param {object} params  plain JSON-like data, sent in PHP brackets as BX24.js encodes it
 * @returns {Promise<{status: number, body: string} | {lost: true, maybeSent: boolean, reason: 'no_answer', message?: string}>}
 */
export function sendBx24(bx24, method, params) {
  return new Promise((resolve) => {
    const data = params && typeof params === 'object' ? params : {};
    let form;
    try {
      form = formBody(data, '');
    } catch {
      // encodeURIComponent refuses lone surrogates (a URIError); the client refuses them before.
      resolve({ lost: true, maybeSent: false, reason: 'no_answer', message: 'the params cannot be form-encoded (text that is not well-formed)' });
      return;
    }
    const call = {
      // BX24.js builds the URL as PATH + '/' + encodeURIComponent(method) + '.json'.
      urlEnd: `/${encodeURIComponent(method)}.json`,
      form,
      settled: false,
      xhr: null, // the XHR being watched
      ended: false, // its loadend has run
      watch,
      settle(outcome) {
        if (call.settled) return;
        call.settled = true;
        unwait(call);
        resolve(outcome);
      },
    };

    function watch(xhr) {
      call.xhr = xhr;
      call.ended = false;
      let ending = null;
      for (const type of ['load', 'error', 'abort', 'timeout']) xhr.addEventListener(type, () => { ending = type; });
      xhr.addEventListener('loadend', () => {
        call.ended = true;
        if (call.settled) return;
        // No HTTP answer (BX24.js's onerror throws). The request may still have reached the portal.
        if (ending !== 'load') return call.settle({ lost: true, maybeSent: true, reason: 'no_answer' });
        const { status, responseText } = xhr;
        const answer = answerBx24Accepts(status, responseText);
        // BX24.js refreshes the token through the parent frame, then repeats the call on a new XHR.
        if (answer && answer.error && answer.error == 'expired_token') return wait(call); // loose ==, as BX24.js tests it
        // Whether BX24.js called back or threw 'Query error!' (a 5xx such as QUERY_LIMIT_EXCEEDED,
        // a proxy's HTML page, cut-off JSON), the portal's answer goes on as it came, so it is
        // decoded as on every other transport (an empty body too, which BX24.js makes {result: {}}).
        call.settle({ status, body: responseText });
      });
    }

    const callback = (result) => {
      // Called from the load handler of the watched XHR: its loadend, next, settles with the text.
      if (call.xhr && call.xhr.readyState === 4 && !call.ended) return;
      call.settle({ status: Number(result && result.status) || 0, body: answerText(result && result.answer) });
    };

    let usable = false;
    try {
      usable = Boolean(bx24) && typeof bx24.callMethod === 'function';
    } catch {
      // A hostile proxy whose getter throws: not usable, and nothing was sent.
    }
    if (!usable) {
      call.settle({ lost: true, maybeSent: false, reason: 'no_answer', message: 'BX24.callMethod is not a function' });
      return;
    }
    wait(call);
    let returned;
    try {
      // An empty form goes as {}: the legacy BX24.js never sends a call whose params are falsy.
      returned = bx24.callMethod(method, form === '' ? {} : form, callback);
    } catch (e) {
      // callMethod threw (BX24.js not usable): nothing left the page unless it had sent an XHR.
      call.settle({ lost: true, maybeSent: call.xhr !== null, reason: 'no_answer', message: describeThrown(e) });
      return;
    }
    // The legacy BX24.js returns the XHR; if its send() was not seen (another XMLHttpRequest), watch it.
    if (!call.xhr && returned && typeof returned.addEventListener === 'function' && 'readyState' in returned) {
      unwait(call);
      watch(returned);
    }
  });
}

// The answer BX24.js makes of an XHR's status and text, or undefined where it throws instead:
// a status its ajax.isSuccess rejects (only undefined, 2xx, 304, 4xx, 1223 and 0 pass), a body
// that is not JSON, or JSON null (reading `.error` of it fails). An empty body is {result: {}}.
function answerBx24Accepts(status, text) {
  const success = status === undefined || (status >= 200 && status < 300) || status === 304
    || (status >= 400 && status < 500) || status === 1223 || status === 0;
  if (!success) return undefined;
  if (text.length === 0) return { result: {} };
  try {
    return JSON.parse(text) ?? undefined;
  } catch {
    return undefined;
  }
}

// The answer BX24.js handed to the callback, as the portal sent it: BX24.js adds `ex` (an
// ajaxError pointing back at the answer, so JSON.stringify would throw) whenever `error` is set.
function answerText(answer) {
  if (answer === null || typeof answer !== 'object' || answer.error === undefined) return JSON.stringify(answer) ?? '';
  const { ex, ...fields } = answer;
  return JSON.stringify(fields);
}

// callMethod's exception as text, never throwing itself (a getter on it may throw too).
function describeThrown(e) {
  try {
    return String((e && e.message) || e);
  } catch {
    return 'BX24.callMethod threw';
  }
}

// BX24.js's encoding of plain data (no Date or DOM values): scalars first as name=value, then each
// object or array under name[key]; null and {} add nothing, [] adds "name=", values go through
// encodeURIComponent (true is "true").
function formBody(data, prefix) {
  const scalars = [];
  const nested = [];
  for (const key of Object.keys(data)) {
    const name = prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key);
    const value = data[key];
    if (value === null) continue;
    if (typeof value !== 'object') scalars.push(`${name}=${encodeURIComponent(value)}`);
    else if (Array.isArray(value) && value.length === 0) nested.push(`${name}=`);
    else nested.push(formBody(value, name));
  }
  return [...scalars, ...nested.filter((part) => part !== '')].join('&');
}

function wait(call) {
  if (call.settled || waiting.includes(call)) return;
  waiting.push(call);
  if (waiting.length > MAX_WAITING) waiting.shift();
  hook();
}

function unwait(call) {
  const i = waiting.indexOf(call);
  if (i >= 0) waiting.splice(i, 1);
  if (!waiting.length) unhook();
}

// Gives an XHR that is being sent to the waiting call it belongs to: same method URL, and a body of
// "auth=<token>&<form>" (BX24.js puts the token first; it changes when BX24.js refreshes it).
function claim(xhr, body) {
  const url = urls.get(xhr);
  if (url === undefined || typeof body !== 'string' || !body.startsWith('auth=')) return;
  const amp = body.indexOf('&');
  if (amp < 0) return;
  const form = body.slice(amp + 1);
  const path = url.split(/[?#]/)[0];
  const i = waiting.findIndex((c) => c.form === form && path.endsWith(c.urlEnd));
  if (i < 0) return;
  const [call] = waiting.splice(i, 1);
  call.watch(xhr);
}

function hook() {
  const XHR = globalThis.XMLHttpRequest;
  const proto = XHR && XHR.prototype;
  if (hooked || !proto || typeof proto.open !== 'function' || typeof proto.send !== 'function') return;
  const { open, send } = proto;
  const wrappers = {
    open(...args) {
      urls.set(this, String(args[1]));
      return open.apply(this, args);
    },
    send(...args) {
      try {
        claim(this, args[0]);
      } catch {
        // Watching must never break the page's own request.
      }
      return send.apply(this, args);
    },
  };
  proto.open = wrappers.open;
  proto.send = wrappers.send;
  hooked = { proto, open, send, wrappers };
}

function unhook() {
  if (!hooked || waiting.length) return;
  const { proto, open, send, wrappers } = hooked;
  // Someone wrapped them after us: leave ours in their chain (they do nothing while no call waits).
  if (proto.open !== wrappers.open || proto.send !== wrappers.send) return;
  proto.open = open;
  proto.send = send;
  hooked = null;
}
