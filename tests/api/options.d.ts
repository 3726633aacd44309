// Generated from src/core/config/options.rs by b24-codegen: do not edit.
import type { LimiterStore, TokenRecord } from './store.js';

/** The portal's request bucket: `standard` is 50 requests draining 2/s, `enterprise` 250 and 5/s. */
export type B24Plan = 'standard' | 'enterprise' | { size: number; drain: number };
/** The `fetch` a client sends with: called as `fetch(url, { method: 'POST', headers, body, signal, redirect: 'manual' })`, resolving to `{ status, text() }`. */
export type B24Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal; redirect?: 'manual' }) => Promise<{ status: number; type?: string; text(): Promise<string> }>;
/** A limiter store as a client uses it: `reserve()` and `refused()` (the rest of `LimiterStore` is optional). */
export type B24Store = Pick<LimiterStore, 'reserve' | 'refused'> & Partial<LimiterStore>;
/** A limiter store the OAuth refresher built in shares too: also its lock and token record. */
export type B24RefresherStore = B24Store & Pick<LimiterStore, 'lock' | 'readTokens' | 'writeTokens'>;
/** One logging function: a line of text, then any details. */
export type B24LogFn = (message: string, ...details: unknown[]) => void;
/** Where a client logs: `console`, or an object with at least one of `debug`, `info`, `warn`, `error` (or `log`, used for a level the logger lacks). Each request gets one line (`info` when answered, `warn` when sent again or refreshed, `error` when it failed), each wait and refresh one more, as `key=value` words: `b24 request method=im.notify.answer transport=webhook status=200 ms=34 attempt=1 waited_ms=0 refusals=0 refreshes=0 outcome=ok`. No line ever holds a token or the webhook secret. */
export type B24Logger = ({ debug: B24LogFn } | { info: B24LogFn } | { warn: B24LogFn } | { error: B24LogFn } | { log: B24LogFn }) & { debug?: B24LogFn; info?: B24LogFn; warn?: B24LogFn; error?: B24LogFn; log?: B24LogFn };
/** Gives a new access token when the portal says `expired_token`. */
export type B24Refresh = () => string | { accessToken: string } | { access_token: string } | Promise<string | { accessToken: string } | { access_token: string }>;

/** The options of every client (`Client.webhook`, `Client.oauth`, `Client.bx24`). */
export interface ClientOptions {
  /** The portal's bucket, shared by every client of the same portal in this JS realm, so calls wait instead of being refused. Default `standard`; `false` turns the limiter off. */
  plan?: B24Plan | false | null;
  /** Seconds of operating time per method per ten minutes (1 to 600, default 480). */
  operatingLimit?: number;
  /** One deadline per call (1 to 2^31 - 1 ms, default 90,000), covering the limits' waits, `refresh()`, the request and reading its body. A read past it is `NETWORK`, a write in flight `OUTCOME_UNKNOWN`, a call not yet sent `TIMEOUT`. */
  timeoutMs?: number;
  /** How often a refused call (503/429) is sent again (0 to 100, default 8). */
  refusalRetries?: number;
  /** How often a read whose answer was lost is sent again (0 to 10, default 2). */
  readRetries?: number;
  /** The `fetch` to send requests with (e.g. one through a proxy). Default: the global `fetch` in browsers, a keep-alive `node:http` one in Node. Redirects are never followed: one to another origin would carry the token there. */
  fetch?: B24Fetch | null;
  /** Where the request bucket (and, for the OAuth refresher, the lock and token record) lives: `b24-wasm/store` for one process, `b24-wasm/redis` for many. See store.md. */
  store?: B24Store | null;
  /** Where the client logs what it sends, waits and retries: `console`, or an object with at least one of `debug`, `info`, `warn`, `error` (or `log`). Secrets are scrubbed. */
  logger?: B24Logger | null;
}

/** `Client.oauth` with your own `refresh()` (browsers and servers). */
export interface OAuthRefreshOptions extends ClientOptions {
  /** The portal's REST endpoint (`client_endpoint`), e.g. `https://example.bitrix24.com/rest/`, as text or a `URL`; an international domain name goes out as punycode. */
  endpoint: string | URL;
  /** The access token in use now. */
  accessToken: string;
  /** Called once when the portal says `expired_token`; concurrent calls share one refresh. Leave it out in Node to have the package refresh by itself (`clientId`, `clientSecret`, `refreshToken`, `onTokens`). */
  refresh: B24Refresh;
  clientId?: never;
  clientSecret?: never;
  refreshToken?: never;
  onTokens?: never;
  oauthUrl?: never;
}

/** `Client.oauth` refreshing by itself (Node only: the client secret must never reach a browser). */
export interface OAuthSelfRefreshOptions extends ClientOptions {
  /** The portal's REST endpoint (`client_endpoint`), e.g. `https://example.bitrix24.com/rest/`, as text or a `URL`; an international domain name goes out as punycode. */
  endpoint: string | URL;
  /** The access token in use now. */
  accessToken: string;
  refresh?: never;
  /** The app's `client_id`. */
  clientId: string;
  /** The app's `client_secret`: sent only to the OAuth server, never in an error or a log line. Node only: it must never be in browser code. */
  clientSecret: string;
  /** The refresh token in use now. */
  refreshToken: string;
  /** Saves the new pair (the old refresh token is dead once it exists); awaited before the new access token is used. */
  onTokens: (tokens: TokenRecord) => unknown;
  /** The OAuth server's token URL (default `https://oauth.bitrix.info/oauth/token/`); https only, except loopback. */
  oauthUrl?: string;
  /** Where the request bucket (and, for the OAuth refresher, the lock and token record) lives: `b24-wasm/store` for one process, `b24-wasm/redis` for many. See store.md. */
  store?: B24RefresherStore | null;
}

/** The options of `Client.oauth` in Node: your own `refresh()`, or the refresher built in. */
export type OAuthOptions = OAuthRefreshOptions | OAuthSelfRefreshOptions;
/** The options of `Client.oauth` outside Node: your own `refresh()`, which asks your server. */
export type OAuthBrowserOptions = OAuthRefreshOptions;

/** Every option any client takes. */
export declare const CLIENT_OPTIONS: readonly ["plan", "operatingLimit", "timeoutMs", "refusalRetries", "readRetries", "fetch", "store", "logger"];
/** Client options the JS entry checks itself (the core checks the rest): key -> the `typeof` its value must have. */
export declare const JS_OPTIONS: { readonly fetch: "function"; readonly store: "object"; readonly logger: "object" };
/** `Client.oauth`'s own keys -> the `typeof` each must have. */
export declare const OAUTH_KEYS: { readonly endpoint: "string"; readonly accessToken: "string"; readonly refresh: "function" };
/** `Client.oauth` keys of the refresher built in (Node only), instead of `refresh`. */
export declare const REFRESHER_KEYS: readonly ["clientId", "clientSecret", "refreshToken", "onTokens", "oauthUrl"];
