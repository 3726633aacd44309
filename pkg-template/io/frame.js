// connectFrame(): a placement app's side of the parent-frame protocol, without BX24.js. Loaded on
// first use (a dynamic import), so an app that only calls methods never carries it.
//
// The protocol, as BX24.js speaks it and the portal's page (BX.rest.AppLayout) answers it:
// - The portal names the app's iframe "DOMAIN|PROTOCOL|APP_SID"; the iframe's window.name is that.
//   The parent's origin is http(s)://DOMAIN (PROTOCOL 1 is https), ":80"/":443" left out.
// - A command is the string "cmd:JSON:callbackId:APP_SID" posted to the parent with that origin as
//   targetOrigin (JSON empty when there are no params, callbackId empty when no answer is wanted).
// - The parent reads only messages from the app's origin whose last field is its APP_SID, runs the
//   command if its interface has it (placements other than DEFAULT deny setTitle, setScroll and
//   reloadWindow; a popup denies resizeWindow) and answers "callbackId:JSON" to the app's origin.
//   A denied or unknown command is ignored: no answer ever comes. So every exchange here has a
//   deadline and rejects with TIMEOUT when it passes; answers from any other origin are ignored.
// - getInitData answers LANG, DOMAIN, PROTOCOL, PATH (the REST path, "/rest"), AUTH_ID,
//   AUTH_EXPIRES (seconds), REFRESH_ID, MEMBER_ID, FIRST_RUN, IS_ADMIN, INSTALL, USER_OPTIONS,
//   APP_OPTIONS, PLACEMENT, PLACEMENT_OPTIONS; refreshAuth answers AUTH_ID, AUTH_EXPIRES, REFRESH_ID.
// - resizeWindow {width, height} answers the frame's new size; setTitle {title}, setScroll
//   {scroll}, setUserOption/setAppOption {name, value} answer their params; selectUser {title,
//   mult}, selectAccess {value}, openApplication, openPath {path} and closeApplication answer when
//   the user is done (a dialog closed); reloadWindow reloads the parent and answers nothing.
// - placement.call sends the command by its own name; placement.bindEvent sends
//   placementBindEvent {event}, whose callback the parent runs on every occurrence of the event.
// REST goes to http(s)://DOMAIN + PATH + "/<method>" with the frame's token, through the same
// client (Client.oauth) as every other transport; expired_token refreshes through the parent.

// No imports: the caller hands over B24Error (a module shared with a dynamic import makes
// esbuild wrap it for lazy start-up in every bundle, even one that never calls connectFrame).
let B24Error = Error;

// A protocol exchange the parent answers at once (getInitData, refreshAuth, resizeWindow, ...).
const EXCHANGE_MS = 10000;
// A user's dialog (select a user, an opened application or path): answered when the user is done.
const INTERACTION_MS = 600000;
// Exchanges waiting for an answer at once; past it the oldest is given up (TIMEOUT).
const MAX_PENDING = 256;
// Placement events bound at once (each keeps a callback the parent may call any time).
const MAX_BOUND = 64;
const ID_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';

const fail = (code, description, extra = {}) => new B24Error({ code, description, message: `b24 frame: ${description}`, ...extra });

/**
 * Opens the parent-frame protocol from inside a placement iframe: reads window.name, asks the
 * parent for its init data, and builds the REST client with `makeClient(oauthConfig)`.
 * @param {(config: object) => object} makeClient  Client.oauth
 * @param {object} [options]  { placement, frameTimeoutMs, window, ...client options }
 * @param {typeof Error} [ErrorClass]  the package's B24Error
 */
export async function openFrame(makeClient, options = {}, ErrorClass = B24Error) {
  B24Error = ErrorClass;
  if (typeof options !== 'object' || options === null) throw fail('INVALID_CONFIG', 'connectFrame takes { placement, frameTimeoutMs, window, ...client options }');
  const { placement: expected, frameTimeoutMs = EXCHANGE_MS, window: win = globalThis.window, ...clientOptions } = options;
  if (!Number.isFinite(frameTimeoutMs) || frameTimeoutMs <= 0) throw fail('INVALID_CONFIG', 'frameTimeoutMs must be a positive number of milliseconds');
  const parent = parentFrame(win);
  const port = new Port(win, parent);
  let init;
  try {
    init = readInit(await port.ask('getInitData', null, frameTimeoutMs), parent);
  } catch (e) {
    port.close();
    throw e;
  }
  if (expected !== undefined && init.placement !== expected) {
    port.close();
    throw fail('INVALID_CONFIG', `the frame was opened for placement ${init.placement}, not ${expected}`);
  }
  const frame = new Frame(port, init, frameTimeoutMs);
  try {
    frame.client = makeClient({
      ...clientOptions,
      endpoint: `${parent.origin}${init.path}/`,
      accessToken: init.auth.accessToken,
      refresh: async () => (await frame.refreshAuth()).accessToken,
    });
  } catch (e) {
    port.close();
    throw e;
  }
  return frame;
}

// window.name as the portal sets it: "DOMAIN|PROTOCOL|APP_SID". BX24.js needs DOMAIN and APP_SID.
function parentFrame(win) {
  if (!win || typeof win.addEventListener !== 'function' || !win.parent || win.parent === win) {
    throw fail('INVALID_CONFIG', 'connectFrame runs inside a Bitrix24 placement iframe (no parent frame here)');
  }
  const [host = '', protocol = '', appSid = ''] = String(win.name ?? '').split('|');
  const domain = host.replace(/:(80|443)$/, '');
  if (!domain || !appSid) throw fail('INVALID_CONFIG', 'window.name is not "DOMAIN|PROTOCOL|APP_SID": the page was not opened by a Bitrix24 portal as a placement');
  const secure = (Number.parseInt(protocol, 10) || 0) !== 0;
  let origin;
  try {
    origin = new URL(`http${secure ? 's' : ''}://${domain}`).origin;
  } catch {
    throw fail('INVALID_CONFIG', 'window.name names no usable portal domain');
  }
  return { domain, secure, appSid, origin };
}

// getInitData's answer as typed init data; PLACEMENT_OPTIONS and the options may come as a PHP
// empty array ([]), which is an empty map.
function readInit(data, parent) {
  if (!data || typeof data !== 'object' || typeof data.AUTH_ID !== 'string' || !data.AUTH_ID) {
    throw fail('BAD_REPLY', 'the parent frame\'s init data has no AUTH_ID', { kind: 'no_result' });
  }
  const map = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v } : {});
  return {
    domain: parent.domain,
    protocol: parent.secure ? 1 : 0,
    path: typeof data.PATH === 'string' && data.PATH.startsWith('/') ? data.PATH.replace(/\/+$/, '') : '/rest',
    lang: String(data.LANG ?? ''),
    memberId: String(data.MEMBER_ID ?? ''),
    isAdmin: Boolean(data.IS_ADMIN),
    firstRun: Boolean(data.FIRST_RUN),
    install: Boolean(data.INSTALL),
    placement: String(data.PLACEMENT || 'DEFAULT'),
    placementOptions: map(data.PLACEMENT_OPTIONS),
    userOptions: map(data.USER_OPTIONS),
    appOptions: map(data.APP_OPTIONS),
    auth: authOf(data),
  };
}

function authOf(data) {
  const seconds = Number(data.AUTH_EXPIRES);
  return {
    accessToken: String(data.AUTH_ID),
    refreshToken: data.REFRESH_ID == null ? null : String(data.REFRESH_ID),
    expiresAt: Date.now() + (Number.isFinite(seconds) ? seconds : 0) * 1000,
  };
}

// The message channel: commands out, answers in, each exchange with its deadline.
class Port {
  #win;
  #parent;
  #pending = new Map(); // callback id → { resolve, reject, timer, once }
  #onMessage;
  closed = false;

  constructor(win, parent) {
    this.#win = win;
    this.#parent = parent;
    this.#onMessage = (event) => this.#receive(event);
    win.addEventListener('message', this.#onMessage);
  }

  #receive(event) {
    // Only the portal's page answers (BX24.js checks the origin the same way); anything else,
    // another frame or a script of another site, is not read at all.
    if (event.origin !== this.#parent.origin || typeof event.data !== 'string') return;
    const colon = event.data.indexOf(':');
    const id = colon < 0 ? event.data : event.data.slice(0, colon);
    const entry = this.#pending.get(id);
    if (!entry) return;
    const json = colon < 0 ? '' : event.data.slice(colon + 1);
    let value;
    try {
      value = json ? JSON.parse(json) : undefined;
    } catch {
      if (entry.once) this.#settle(id, null, fail('BAD_REPLY', `the parent frame's answer to ${entry.cmd} is not JSON`, { kind: 'not_json' }));
      return;
    }
    if (entry.once) this.#settle(id, value);
    else entry.handler(value);
  }

  #settle(id, value, error) {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    clearTimeout(entry.timer);
    entry.signal?.removeEventListener?.('abort', entry.onAbort);
    if (error) entry.reject(error);
    else entry.resolve(value);
  }

  #post(cmd, params, id) {
    const json = params ? JSON.stringify(params) : '';
    this.#win.parent.postMessage(`${cmd}:${json}:${id}:${this.#parent.appSid}`, this.#parent.origin);
  }

  /** Sends `cmd` and resolves with the parent's answer; rejects with TIMEOUT after `ms`. */
  ask(cmd, params, ms, signal) {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(fail('ABORTED', `the frame was closed before ${cmd}`));
      if (signal?.aborted) return reject(fail('ABORTED', `${cmd} was aborted before it was sent`));
      const id = newId();
      const entry = { cmd, resolve, reject, once: true, signal };
      entry.timer = setTimeout(() => this.#settle(id, null, fail('TIMEOUT', `the parent frame did not answer ${cmd} within ${ms} ms (the placement may not offer it)`)), ms);
      entry.onAbort = () => this.#settle(id, null, fail('ABORTED', `${cmd} was aborted`));
      signal?.addEventListener?.('abort', entry.onAbort, { once: true });
      this.#pending.set(id, entry);
      this.#bound();
      try {
        this.#post(cmd, params, id);
      } catch (e) {
        this.#settle(id, null, fail('INVALID_PARAM', `${cmd} cannot be sent: ${e?.name ?? 'error'}`, { field: 'params' }));
      }
    });
  }

  /** Sends `cmd` with no answer wanted (the parent answers none, e.g. reloadWindow). */
  tell(cmd, params) {
    if (this.closed) throw fail('ABORTED', `the frame was closed before ${cmd}`);
    this.#post(cmd, params, '');
  }

  /** Sends `cmd` with a callback the parent may run any number of times; returns its remover. */
  listen(cmd, params, handler) {
    if (this.closed) throw fail('ABORTED', `the frame was closed before ${cmd}`);
    const listening = [...this.#pending.values()].filter((e) => !e.once).length;
    if (listening >= MAX_BOUND) throw fail('INVALID_PARAM', `at most ${MAX_BOUND} placement events can be bound at once`, { field: 'event' });
    const id = newId();
    // The app's handler runs in the message event: what it throws is reported as any listener's.
    this.#pending.set(id, { cmd, once: false, handler });
    this.#post(cmd, params, id);
    return () => this.#pending.delete(id);
  }

  // Bounded state: past MAX_PENDING waiting exchanges the oldest one is given up.
  #bound() {
    if (this.#pending.size <= MAX_PENDING) return;
    for (const [id, entry] of this.#pending) {
      if (!entry.once) continue;
      this.#settle(id, null, fail('TIMEOUT', `${entry.cmd} was given up: more than ${MAX_PENDING} exchanges with the parent frame were waiting`));
      return;
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.#win.removeEventListener('message', this.#onMessage);
    for (const [id, entry] of [...this.#pending]) {
      if (entry.once) this.#settle(id, null, fail('ABORTED', `the frame was closed before the parent answered ${entry.cmd}`));
      else this.#pending.delete(id);
    }
  }
}

function newId() {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += ID_CHARS[b % ID_CHARS.length];
  return id;
}

const positiveInt = (value, field) => {
  const n = Math.trunc(Number(value));
  if (!(n > 0)) throw fail('INVALID_PARAM', `${field} must be a positive number of pixels`, { field });
  return n;
};

class Frame {
  #port;
  #timeoutMs;
  #auth;
  #refreshing = null;

  constructor(port, init, timeoutMs) {
    this.#port = port;
    this.#timeoutMs = timeoutMs;
    this.#auth = init.auth;
    const { auth, ...rest } = init;
    this.init = rest;
    this.placement = {
      info: () => ({ placement: rest.placement, options: rest.placementOptions }),
      getInterface: () => this.#ask('getInterface', null),
      call: (command, params, options = {}) => {
        if (typeof command !== 'string' || !/^[A-Za-z][\w.]*$/.test(command)) {
          return Promise.reject(fail('INVALID_PARAM', 'the placement command must be a name (letters, digits, _ and .)', { field: 'command' }));
        }
        return this.#ask(command, params ?? {}, options);
      },
      bindEvent: (event, handler) => {
        if (typeof event !== 'string' || event === '') throw fail('INVALID_PARAM', 'the placement event must be a name', { field: 'event' });
        if (typeof handler !== 'function') throw fail('INVALID_PARAM', 'the event handler must be a function', { field: 'handler' });
        return this.#port.listen('placementBindEvent', { event }, handler);
      },
    };
  }

  #ask(cmd, params, { timeoutMs, signal } = {}, interactive = false) {
    return this.#port.ask(cmd, params, timeoutMs ?? (interactive ? INTERACTION_MS : this.#timeoutMs), signal);
  }

  /** The frame's current token (as BX24.getAuth gives it), or null once it has expired. */
  get auth() {
    return this.#auth.expiresAt > Date.now() ? this.#authView() : null;
  }

  #authView() {
    return { ...this.#auth, domain: this.init.domain, memberId: this.init.memberId };
  }

  /** A new token from the parent frame; concurrent callers share one exchange. */
  refreshAuth() {
    this.#refreshing ??= this.#ask('refreshAuth', {}).then(
      (data) => {
        this.#refreshing = null;
        if (!data || typeof data.AUTH_ID !== 'string' || !data.AUTH_ID) throw fail('BAD_REPLY', 'the parent frame\'s refreshAuth answer has no AUTH_ID', { kind: 'no_result' });
        this.#auth = authOf(data);
        return this.#authView();
      },
      (e) => {
        this.#refreshing = null;
        throw e;
      },
    );
    return this.#refreshing;
  }

  /** Resizes the iframe (pixels); resolves with the size the parent gave it. */
  resizeWindow(width, height, options) {
    return this.#ask('resizeWindow', { width: positiveInt(width, 'width'), height: positiveInt(height, 'height') }, options);
  }

  /**
   * Makes the iframe as high as this page's content, full width. BX24.fitWindow measures the
   * document's scroll height, which is never less than the iframe's own height, so it can only
   * grow the frame; this measures the content, so it shrinks it too.
   */
  fitWindow(options) {
    const doc = globalThis.document;
    const height = doc?.documentElement ? Math.max(doc.documentElement.offsetHeight, doc.body?.scrollHeight ?? 0) : 0;
    return this.#ask('resizeWindow', { width: '100%', height: positiveInt(height, 'height') }, options);
  }

  /** The page title around the app (only the DEFAULT placement offers it). */
  async setTitle(title, options) {
    await this.#ask('setTitle', { title: String(title) }, options);
  }

  /** Scrolls the portal's page to `top` pixels (only the DEFAULT placement offers it). */
  async scrollParentWindow(top, options) {
    const scroll = Math.trunc(Number(top));
    if (!(scroll >= 0)) throw fail('INVALID_PARAM', 'scroll must be a number of pixels, 0 or more', { field: 'scroll' });
    await this.#ask('setScroll', { scroll }, options);
  }

  /** Reloads the portal's page (which ends this frame); the parent answers nothing. */
  reloadWindow() {
    this.#port.tell('reloadWindow', {});
  }

  userOption(name) {
    return this.init.userOptions[name];
  }

  appOption(name) {
    return this.init.appOptions[name];
  }

  /** Saves an option for this user (the parent keeps it, and so does init.userOptions). */
  async setUserOption(name, value, options) {
    await this.#ask('setUserOption', { name: String(name), value }, options);
    this.init.userOptions[name] = value;
  }

  /** Saves an option of the app; the portal takes it from administrators only. */
  async setAppOption(name, value, options) {
    if (!this.init.isAdmin) throw fail('ACCESS_DENIED', 'only an administrator may set an app option (the portal ignores it from others)');
    await this.#ask('setAppOption', { name: String(name), value }, options);
    this.init.appOptions[name] = value;
  }

  /** Opens this app in a slider with `params` as its placement options; resolves when it closes. */
  async openApplication(params = {}, options) {
    await this.#ask('openApplication', params, options, true);
  }

  /** Opens a portal page (`/crm/deal/details/5/`, ...) in a slider; resolves when it closes. */
  async openPath(path, options) {
    if (typeof path !== 'string' || !path.startsWith('/')) throw fail('INVALID_PARAM', 'the path must start with /', { field: 'path' });
    const answer = await this.#ask('openPath', { path }, options, true);
    if (answer && answer.result === 'error') throw fail(String(answer.errorCode || 'PATH_NOT_AVAILABLE'), `the portal did not open ${path}`);
  }

  /** Closes the slider this app was opened in with openApplication. */
  async closeApplication(options) {
    await this.#ask('closeApplication', null, options, true);
  }

  /** The portal's user picker; resolves with the chosen user. */
  selectUser(title = '', options) {
    return this.#ask('selectUser', { title: String(title), mult: false }, options, true);
  }

  /** The portal's user picker, several users. */
  selectUsers(title = '', options) {
    return this.#ask('selectUser', { title: String(title), mult: true }, options, true);
  }

  /** The portal's access picker, starting from `value` (access codes such as "U1", "G2"). */
  selectAccess(value = [], options) {
    return this.#ask('selectAccess', { value: [...value].map(String) }, options, true);
  }

  /** Stops listening to the parent; exchanges still waiting reject with ABORTED. */
  close() {
    this.#port.close();
  }
}
