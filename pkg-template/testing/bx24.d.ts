// b24-wasm/testing/bx24: a test double of Bitrix24's BX24.js (the library a placement page loads
// from api.bitrix24.com/api/v1/), written from its published source, for your own placement
// tests: start-up from window.name and the parent frame's getInitData, callMethod over XHR with
// BX24.js's form encoding, its success rules ('Query error!' on a 5xx or a body that is not
// JSON), the expired_token refresh through the parent, and its rate gate. The header of
// testing/bx24-double.js lists what it does and leaves out.

/** The part of the double a placement page and the package use. */
export interface BX24Double {
  init(callback: () => void): void;
  callMethod(method: string, params: string | object | null | undefined, callback: (result: BX24DoubleResult) => void): unknown;
  getDomain(): string;
  isAdmin(): boolean;
  getAuth(): false | { access_token: string; refresh_token: string | null; expires_in: number; domain: string; member_id: string | null };
  refreshAuth(callback: (auth: unknown) => void): void;
  getLang(): string;
  /** Sent only when both sizes parse as integers above 0; the callback gets the parent's answer. */
  resizeWindow(width: number | string, height: number | string, callback?: (size: { width: number; height: number }) => void): void;
  fitWindow(callback?: (size: { width: number; height: number }) => void): void;
  setTitle(title: unknown, callback?: (params: { title: string }) => void): void;
  scrollParentWindow(scroll: number | string, callback?: (params: { scroll: number }) => void): void;
  reloadWindow(callback?: () => void): void;
  /** getInterface, call and bindEvent: the current version only (the legacy one has info() alone). */
  placement: {
    info(): { placement: string | null; options: unknown };
    getInterface?(callback: (result: { command: string[]; event: string[] }) => void): void;
    call?(command: string, params?: object | ((result: unknown) => void), callback?: (result: unknown) => void): void;
    bindEvent?(event: string, callback: (data: unknown) => void): void;
  };
  [other: string]: unknown;
}

/** What BX24.js hands a callMethod callback (its ajaxResult). */
export interface BX24DoubleResult {
  answer: { result?: unknown; error?: unknown; error_description?: string; total?: number; next?: number; [field: string]: unknown };
  status: number;
  data(): unknown;
  error(): unknown;
}

/**
 * Defines `win.BX24` the way BX24.js does on load, and returns it. `win` is the placement
 * iframe's window (or, in Node, an object with name, parent, top, addEventListener,
 * XMLHttpRequest and setTimeout). 'current' is today's BX24.js; 'legacy' an older published one.
 */
export function installBx24(win?: object, options?: { flavour?: 'current' | 'legacy' }): BX24Double;

/**
 * The portal's side of the placement frame protocol (the page that embeds an app), answering
 * getInitData and refreshAuth. Feed it the app frame's messages with `receive`.
 */
export function placementHost(options: {
  appOrigin: string;
  appSid: string;
  /** getInitData's answer: DOMAIN, PROTOCOL, PATH, LANG, AUTH_ID, AUTH_EXPIRES (seconds), ... */
  initData: () => object;
  refresh: () => Promise<{ AUTH_ID: string; AUTH_EXPIRES: number; REFRESH_ID: string }>;
  /** Posts a text to the app's window. */
  answer: (text: string, targetOrigin: string) => void;
}): { receive(event: { origin: string; data: unknown }): void; log: string[] };
