// One REST call through BX24.callMethod (Bitrix24's BX24.js, in a placement iframe), as a Promise
// that always settles with what the caller can act on:
//   { status, body }                       the portal answered: its HTTP status and body text
//   { lost: true, maybeSent, reason, ... }  no HTTP answer came (reason 'no_answer'); `message` when
//                                          callMethod itself threw
// It never rejects and sets no timer: the caller races it against the call's deadline. A call
// whose XHR was never seen (see below) settles only through BX24.js's callback, with the answer
// BX24.js parsed, as JSON text.
//
// Why it watches the XHR as well as the callback: BX24.js calls back only for answers it accepts.
// On a 5xx, a body that is not JSON, or a network error it throws 'Query error!' inside its XHR
// handler and the callback is never called; on `expired_token` it refreshes through the parent
// frame and repeats the call, and only the repeat calls back. So each XHR BX24.js opens for this
// call is watched to its `loadend` (which comes after BX24.js's own `load` handler), and read with
// BX24.js's rules to know whether a callback is still coming.
//
// Finding the XHR: the legacy BX24.js returns it from callMethod; the current one returns undefined
// (the call passes its rate gate first). When the call is sent right away, BX24.js opens the XHR
// before callMethod returns, so XMLHttpRequest.prototype.open is wrapped while calls wait for an
// XHR: an open() during this call's callMethod is this call's; a later one (after BX24.js's init,
// its rate gate, or a token refresh) goes to the oldest waiting call of the same method.
// The wrapper is removed when nothing waits, unless something else has wrapped open() since.

const waiting = []; // calls whose XHR BX24.js has not opened yet, oldest first
const MAX_WAITING = 256; // a caller that gave up on a call never settles it: drop the oldest
let inCallMethod = null; // the call whose callMethod is running right now
let hooked = null; // { proto, original, wrapper } while open() is wrapped

/**
 * @param {{ callMethod: Function }} bx24  the BX24 object
 * @param {string} method
 * @param {object} params  plain JSON-like data
 * @returns {Promise<{status: number, body: string} | {lost: true, maybeSent: boolean, reason: 'no_answer', message?: string}>}
 */
export function sendBx24(bx24, method, params) {
  return new Promise((resolve) => {
    const call = {
      // BX24.js builds the URL as PATH + '/' + encodeURIComponent(method) + '.json'.
      urlEnd: `/${encodeURIComponent(method)}.json`,
      settled: false,
      opened: false, // an XHR of this call was seen
      answering: false, // that XHR is between its load and loadend events
      watch,
      settle(outcome) {
        if (call.settled) return;
        call.settled = true;
        unwait(call);
        resolve(outcome);
      },
    };

    function watch(xhr) {
      call.opened = true;
      let ending = null;
      for (const type of ['load', 'error', 'abort', 'timeout']) {
        xhr.addEventListener(type, () => {
          ending = type;
          // Watched from open(), this runs before BX24.js's own load handler calls back.
          if (type === 'load') call.answering = true;
        });
      }
      xhr.addEventListener('loadend', () => {
        call.answering = false;
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

    // Used only when this call's XHR was not seen: while it is, its loadend settles the call.
    const callback = (result) => {
      if (call.answering) return;
      call.settle({ status: Number(result && result.status) || 0, body: answerText(result && result.answer) });
    };

    if (!bx24 || typeof bx24.callMethod !== 'function') {
      call.settle({ lost: true, maybeSent: false, reason: 'no_answer', message: 'BX24.callMethod is not a function' });
      return;
    }
    hook();
    inCallMethod = call;
    let returned;
    let threw = null;
    try {
      returned = bx24.callMethod(method, forBx24(params), callback);
    } catch (e) {
      threw = { e };
    } finally {
      inCallMethod = null;
    }
    if (threw) {
      // callMethod threw (BX24.js not usable): nothing left the page unless it had opened an XHR.
      const { e } = threw;
      call.settle({ lost: true, maybeSent: call.opened, reason: 'no_answer', message: String((e && e.message) || e) });
    } else if (!call.opened) {
      // The legacy BX24.js returns the XHR: watch it if its open() was not seen (another XMLHttpRequest).
      if (returned && typeof returned.addEventListener === 'function' && 'readyState' in returned) watch(returned);
      // Not sent yet (BX24.js's init, rate gate or token refresh comes first): claim its XHR later.
      else wait(call);
    }
    if (!waiting.length) unhook();
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

// The current BX24.js deletes a truthy `start` from the params object before sending (paging is
// meant to go through its ajaxResult.next()), which would silently repeat the first page. A
// string is sent as it is, so params with a start go as the form body BX24.js would have built.
function forBx24(params) {
  const data = params && typeof params === 'object' ? params : {};
  return data.start ? formBody(data, '') : data;
}

// BX24.js's encoding of plain data: scalars first as name=value, then each object or array under
// name[key]; null and {} add nothing, [] adds "name=", values go through encodeURIComponent.
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
  if (!waiting.length && !inCallMethod) unhook();
}

// Gives an XHR that BX24.js opened to the call it belongs to.
function claim(xhr, url) {
  if (typeof url !== 'string') url = String(url);
  const path = url.split(/[?#]/)[0];
  let call = inCallMethod && !inCallMethod.opened && path.endsWith(inCallMethod.urlEnd) ? inCallMethod : null;
  if (!call) {
    const i = waiting.findIndex((c) => path.endsWith(c.urlEnd));
    if (i < 0) return;
    [call] = waiting.splice(i, 1);
  }
  call.watch(xhr);
}

function hook() {
  const XHR = globalThis.XMLHttpRequest;
  if (hooked || typeof XHR !== 'function' || !XHR.prototype || typeof XHR.prototype.open !== 'function') return;
  const proto = XHR.prototype;
  const original = proto.open;
  const wrapper = function open(...args) {
    const result = original.apply(this, args);
    try {
      claim(this, args[1]);
    } catch {
      // Watching must never break the page's own request.
    }
    return result;
  };
  proto.open = wrapper;
  hooked = { proto, original, wrapper };
}

function unhook() {
  if (!hooked || waiting.length || inCallMethod) return;
  // Someone wrapped open() after us: leave ours in their chain (it does nothing while no call waits).
  if (hooked.proto.open === hooked.wrapper) {
    hooked.proto.open = hooked.original;
    hooked = null;
  }
}
