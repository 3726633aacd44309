// Inbound events: parsing, verification, handlers and pollers. The event types themselves are
// generated from the event table (`../events.d.ts`).

import type { B24Event, B24EventName } from '../events.js';
import type { PlacementCode, PlacementOptionsMap } from '../placements.js';

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

/**
 * A verified placement request: the POST the portal sends when a user opens the app's page in
 * a placement. `options` is `PLACEMENT_OPTIONS` decoded and typed for the code; `auth` spreads
 * into `Client.oauth` (add `refresh`, or `refreshToken`, `clientId`, `clientSecret` and `onTokens`).
 */
export interface B24PlacementRequest<C extends PlacementCode = PlacementCode> {
  placement: C;
  options: PlacementOptionsMap[C];
  /** The portal's `member_id`. */
  memberId: string;
  /** The portal's host (`DOMAIN`), e.g. `example.bitrix24.com`. */
  domain: string;
  /**
   * The opening user's access token and the portal's REST endpoint (`https://<DOMAIN>/rest/`):
   * `Client.oauth({ ...auth, refresh })`, or with the app's keys
   * `Client.oauth({ ...auth, refreshToken, clientId, clientSecret, onTokens })`.
   */
  auth: { endpoint: string; accessToken: string };
  /** The opening user's refresh token (`REFRESH_ID`). */
  refreshToken?: string;
  /** Seconds the access token lives (`AUTH_EXPIRES`). */
  authExpires?: number;
  lang?: string;
  appSid?: string;
  /** The app's kind: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
  status?: 'L' | 'F' | 'D' | 'T' | 'P' | (string & {});
  serverEndpoint?: string;
  /** Newer portals only: the application token events carry too. */
  applicationToken?: string;
  /** `APPLICATION_SCOPE`, split. */
  scope?: string[];
}

/** A placement request of any code: narrow it with `request.placement === 'IM_TEXTAREA'`. */
export type B24Placement = { [C in PlacementCode]: B24PlacementRequest<C> }[PlacementCode];

export interface B24PlacementVerifyOptions {
  /**
   * How a request with no application token to compare (older portals send none; or the
   * portal's token is not stored yet) is checked. `true` (the default): `app.info` with its
   * access token at `https://<DOMAIN>/rest/`, which must be a Bitrix24 cloud portal or one of
   * `portals`. A function decides instead. `false` trusts such requests unchecked.
   */
  verifyAccess?: boolean | ((placement: B24Placement) => boolean | Promise<boolean>);
  /** The app's code (its client_id, app.info's `CODE`): the portal must answer for this app. */
  appCode?: string;
  /** Portals the app names itself (on-premise, the stand-in): they may be called over http or another port. */
  portals?: string[];
  /** The fetch the check calls the portal with (default `globalThis.fetch`). */
  fetch?: (input: URL, init: RequestInit) => Promise<Response>;
}

export interface B24PlacementHandlerOptions extends B24PlacementVerifyOptions {
  /** The token store events use (`member_id` → application token); only read here. */
  store: B24TokenStore;
  /** Errors of `onPlacement` (and of the store); the default logs them to `logger`. */
  onError?: (error: unknown, placement?: B24Placement) => void;
  /** Larger bodies get 413: an integer from 1 to 4 MiB (the default). */
  maxBodyBytes?: number;
  /** One line per refused request (no token in it). Default `console`; `false` for none. */
  logger?: B24EventLogger | false;
}

/** What a node handler's `onPlacement` answers: the page (text/html), a full answer, or nothing when it wrote `res`. */
export type B24PlacementPage = string | { status?: number; headers?: Record<string, string>; body: string } | void;

/** Reads a placement POST into a typed request; `query` is the handler URL's query string (or the URL). */
export declare function parsePlacement(body: string, options?: { contentType?: string | null; query?: string | null }): Promise<B24Placement>;

/**
 * How a placement request was verified: `verified`, its APPLICATION_TOKEN is the one stored for
 * its `memberId`; `checked`, its access token was accepted by the portal at `auth.endpoint`
 * (then `memberId` is only what the request claims: key your data by `domain`).
 */
export type B24PlacementVerdict = 'verified' | 'checked';

/** Checks a placement request came from the portal: its application token, else its access token with the portal. The store is only read. */
export declare function verifyPlacement(placement: B24Placement, store: B24TokenStore, options?: B24PlacementVerifyOptions): Promise<B24PlacementVerdict>;

/** A node:http / Express handler for a placement's page: parse, verify, then `onPlacement`. */
export declare function createPlacementNodeHandler(
  options: B24PlacementHandlerOptions & {
    onPlacement: (placement: B24Placement, context: { req: B24NodeRequest & { url?: string }; res: B24NodeResponse; verdict: B24PlacementVerdict }) => B24PlacementPage | Promise<B24PlacementPage>;
  },
): (req: B24NodeRequest & { url?: string }, res: B24NodeResponse) => void;

/** The same over web Request/Response: `onPlacement` answers with a Response or the page's HTML. */
export declare function createPlacementWebHandler(
  options: B24PlacementHandlerOptions & {
    onPlacement: (placement: B24Placement, context: { request: Request; verdict: B24PlacementVerdict }) => Response | string | void | Promise<Response | string | void>;
  },
): (request: Request) => Promise<Response>;

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
  parsePlacement: typeof parsePlacement;
  verifyPlacement: typeof verifyPlacement;
  createPlacementNodeHandler: typeof createPlacementNodeHandler;
  createPlacementWebHandler: typeof createPlacementWebHandler;
};

/** One event's type: `B24EventOf<'ONIMBOTV2MESSAGEADD'>`. */
export type B24EventOf<N extends B24EventName> = B24Event<N>;
