// Inbound events: parsing, verification, handlers and pollers. The event types themselves are
// generated from the event table (`../events.d.ts`).

import type { B24Event, B24EventName } from '../events.js';

export type {
  B24Event,
  B24EventAuth,
  B24EventBot,
  B24EventChat,
  B24EventEnvelope,
  B24EventMap,
  B24EventMessage,
  B24EventName,
  B24EventUser,
} from '../events.js';

/**
 * Where the app keeps each portal's application token (`auth.member_id` → token). Any
 * database fits: `get` answers the stored token (or undefined), `set(memberId, null)` forgets.
 * `verified` says the token was checked with the portal; a store that answers `false` from
 * `set` did not keep it (the event is then refused).
 */
export interface B24TokenStore {
  get(memberId: string): string | null | undefined | Promise<string | null | undefined>;
  set(memberId: string, token: string | null, info?: { verified: boolean }): void | boolean | Promise<void | boolean>;
}

/** What a verified event leads to: run it; store its token (install); forget it (uninstall). */
export type B24Verdict = 'verified' | 'install' | 'uninstall';

export interface B24VerifyOptions {
  /**
   * How a portal's first token (ONAPPINSTALL, or the first event from a portal of `portals`)
   * is checked before it is stored. `true` (the default): `app.info` with the event's
   * `access_token` at its `auth.client_endpoint`, which must be a Bitrix24 cloud portal
   * (`https://<name>.bitrix24.<tld>/rest/`) or a portal of `portals`; nothing else is called.
   * A function decides instead (resolve `true` to store). `false` trusts a first install
   * unchecked, as apps did before (a forged first install can then lock a portal out).
   * A reinstall with another token is stored only when it passes the check.
   */
  verifyInstall?: boolean | ((event: B24Event) => boolean | Promise<boolean>);
  /**
   * Portals the app names itself (any URL of each: the webhook URL fits): the check may call
   * them even over http or on another port (an on-premise portal, the stand-in in tests), and
   * the first event from one of them is checked and its token stored (a bot registered through
   * an incoming webhook never gets an install).
   */
  portals?: string[];
  /** The fetch the check calls the portal with (default `globalThis.fetch`). */
  fetch?: (input: URL, init: RequestInit) => Promise<Response>;
}

/** Console-compatible: `console`, or any object with these methods (missing ones are skipped). */
export interface B24EventLogger {
  debug?(line: string): void;
  info?(line: string): void;
  warn?(line: string): void;
  error?(line: string): void;
}

export interface B24HandlerOptions extends B24VerifyOptions {
  /** The token store, e.g. `memoryTokenStore()`. */
  store: B24TokenStore;
  /** Runs after the 200 answer, for verified events only. */
  onEvent: (event: B24Event) => unknown | Promise<unknown>;
  /** Errors of `onEvent` (and of the store); the default logs them to `logger`. */
  onError?: (error: unknown, event?: B24Event) => void;
  /** Larger bodies get 413: an integer from 1 to 4 MiB (the default), else INVALID_CONFIG. */
  maxBodyBytes?: number;
  /**
   * Gets one line per refused event (`warn`: status, code, kind, field and reason, never a
   * token) and per failed `onEvent` (`error`). Default `console`; `false` for none.
   */
  logger?: B24EventLogger | false;
}

/** A handler function; `idle()` resolves when every `onEvent` still running has settled. */
export interface B24IdleHandler {
  idle(): Promise<void>;
}

export type B24WebHandler = ((request: Request, ...context: unknown[]) => Promise<Response>) & B24IdleHandler;

/** What the node handler reads of a request (node:http's `IncomingMessage` fits). */
export interface B24NodeRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Set by a body parser that ran first (Express): a string, bytes, or the parsed fields. */
  body?: unknown;
  on(event: string, listener: (...args: any[]) => void): unknown;
  resume(): unknown;
}

/** What the node handler writes of a response (node:http's `ServerResponse` fits). */
export interface B24NodeResponse {
  writeHead(status: number, headers?: Record<string, string | number>): unknown;
  end(body?: string): unknown;
  readonly headersSent?: boolean;
}

/** `(req, res)` of node:http (Express: also as middleware). */
export type B24NodeHandler = ((req: B24NodeRequest, res: B24NodeResponse) => void) & B24IdleHandler;

/** What pollers need of a client: its public `call`. */
export interface B24Caller {
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

export interface B24PollOptions {
  /** Stops the loop (at once while waiting; after the request in flight otherwise). */
  signal?: AbortSignal;
  /** Pause when the queue is empty (default 10000 ms; the docs advise 5-30 s); at least 1. */
  intervalMs?: number;
  /** Pause between full pages (default 2000 ms, as the docs ask); at least 0. */
  pageIntervalMs?: number;
  /** Gets queue items that are not a known, well-formed event; without it they end the loop. */
  onInvalid?: (error: Error, item: unknown) => void | Promise<void>;
}

export interface B24OffsetPollOptions extends B24PollOptions {
  /** Events per request, 1 to 1000 (default 100). */
  limit?: number;
  /** Resume from here (an earlier poller's `offset`). */
  offset?: number;
}

/** An async iterator of typed events; `offset` is where a new poller would resume. */
export interface B24OffsetPoller extends AsyncGenerator<B24Event, void, undefined> {
  readonly offset: number | undefined;
}

/** The offline queue's iterator; `processId` names a reserved batch not yet cleared. */
export interface B24OfflinePoller extends AsyncGenerator<B24Event, void, undefined> {
  readonly processId: string | undefined;
}

/** Reads a webhook POST body (PHP bracket form or JSON) into one typed event. */
export declare function parseEvent(body: string, options?: { contentType?: string | null }): Promise<B24Event>;

/** Checks the event's application token against the store (and updates it for install/uninstall). */
export declare function verifyEvent(event: B24Event, store: B24TokenStore, options?: B24VerifyOptions): Promise<B24Verdict>;

/** A copy with every token replaced by "***", for logs. */
export declare function redactEvent<E extends B24Event>(event: E): Promise<E>;

/** A handler over web-standard Request/Response: 200 once verified, then `onEvent`. */
export declare function createWebHandler(options: B24HandlerOptions): B24WebHandler;

/** A node:http / Express handler: 200 once verified, then `onEvent`. */
export declare function createNodeHandler(options: B24HandlerOptions): B24NodeHandler;

/**
 * The in-memory token store (one process; at most `max` portals, default 10000). A verified
 * portal (checked with the portal, or given in `initial`) is never dropped for an unverified one.
 */
export declare function memoryTokenStore(initial?: Record<string, string>, options?: { max?: number }): B24TokenStore;

/** A chat-bot 2.0 bot's events (`imbot.v2.Event.get`, bots with `eventMode: "fetch"`). */
export declare function pollBotEvents(
  client: B24Caller,
  options: B24OffsetPollOptions & { botId: number | string; botToken?: string; withUserEvents?: boolean },
): B24OffsetPoller;

/** The current user's events (`im.v2.Event.get`, after `im.v2.Event.subscribe`). */
export declare function pollUserEvents(client: B24Caller, options?: B24OffsetPollOptions): B24OffsetPoller;

/** The offline queue (`event.offline.get`); `clear: false` reserves and clears once handled. */
export declare function pollOfflineEvents(
  client: B24Caller,
  options?: B24PollOptions & {
    /** Records per request (default 50). */
    limit?: number;
    /** `true` (default): records are deleted as read. `false`: reserved, cleared once handled. */
    clear?: boolean;
    filter?: Record<string, unknown>;
    order?: Record<string, unknown>;
    authConnector?: string;
  },
): B24OfflinePoller;

/** The events API over a wasm module (what the package entries are built from). */
export declare function createEventsApi(options: { load: () => unknown }): {
  parseEvent: typeof parseEvent;
  verifyEvent: typeof verifyEvent;
  redactEvent: typeof redactEvent;
  createWebHandler: typeof createWebHandler;
  createNodeHandler: typeof createNodeHandler;
  memoryTokenStore: typeof memoryTokenStore;
  pollBotEvents: typeof pollBotEvents;
  pollUserEvents: typeof pollUserEvents;
  pollOfflineEvents: typeof pollOfflineEvents;
};

/** One event's type: `B24EventOf<'ONIMBOTV2MESSAGEADD'>`. */
export type B24EventOf<N extends B24EventName> = B24Event<N>;
