// b24-wasm/oauth: OAuth that refreshes itself, one refresh per portal across processes.
import type { LimiterStore, TokenRecord } from '../store.js';

export const OAUTH_URL: 'https://oauth.bitrix.info/oauth/token/';

export interface RefresherOptions {
  /** The OAuth server's token URL (https://oauth.bitrix.info/oauth/token/). https only, except loopback. */
  oauthUrl?: string;
  clientId: string;
  /** Sent only to the OAuth server; never in an error or a log line. */
  clientSecret: string;
  refreshToken: string;
  /** The access token in use now, if any. */
  accessToken?: string;
  // Refreshers of one oauthUrl, clientId and key made in one process with the same refreshToken
  // share one refresh and the pair it gives (each one's onTokens is told), with or without a store.
  /**
   * Saves the new pair (the old refresh token is dead once it exists). Awaited before the new
   * access token is handed out; called once per refresh, in the process that refreshed.
   */
  onTokens(tokens: TokenRecord): unknown | Promise<unknown>;
  /** Lock and token record shared by the fleet (a private memory store when absent). */
  store?: Pick<LimiterStore, 'lock' | 'readTokens' | 'writeTokens'>;
  /** The portal this pair belongs to: one refresh per key at a time ('default'). */
  key?: string;
  fetch?: (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal }) => Promise<{ status: number; text(): Promise<string> }>;
  /** 'GET' (as the docs show) or 'POST' with the same fields as a form body. */
  httpMethod?: 'GET' | 'POST';
  /** The OAuth request's deadline, headers and body (10,000 ms). */
  timeoutMs?: number;
  /** onTokens' deadline (10,000 ms). */
  onTokensTimeoutMs?: number;
  /** The refresh lock's TTL (30,000 ms); above timeoutMs + onTokensTimeoutMs, at most 10 minutes. */
  lockTtlMs?: number;
  /** How often a process waiting for another's refresh looks again (25 ms, plus jitter). */
  pollMs?: number;
  /** How long a failing store is retried before STORE_UNAVAILABLE (2,000 ms). */
  storeRetryMs?: number;
  logger?: { warn?(message: string): void } | null;
}

export interface Refresher {
  /**
   * A new access token. Pass the token the portal refused with `expired_token`: if it was
   * already replaced (here or by another process), the replacement comes back with no refresh.
   * Without it, a pair adopted in the last 5 s counts as the replacement.
   */
  refresh(staleAccessToken?: string): Promise<string>;
  /** The pair in use in this process (a copy). */
  tokens(): Partial<TokenRecord> & { accessToken: string | null; refreshToken: string };
  /** After the user authorised the app again: the new pair, for this process and the store. */
  setTokens(tokens: TokenRecord): Promise<void>;
}

export function createRefresher(options: RefresherOptions): Refresher;

export type RefreshErrorCode =
  /** invalid_grant, invalid_client, invalid_scope/insufficient_scope, invalid_request, an undocumented code below 500 (see oauthError). */
  | 'REAUTHORIZE'
  /** The app's trial or paid period has expired. */
  | 'PAYMENT_REQUIRED'
  /** HTTP 404 from the OAuth server: the portal is probably deleted. */
  | 'PORTAL_NOT_FOUND'
  /** The request may have reached the server (timeout, dropped, 5xx, 2xx without tokens): not repeated. */
  | 'OUTCOME_UNKNOWN'
  /** The OAuth server could not be reached: nothing was sent. */
  | 'NETWORK'
  /** A 4xx with an unreadable body. */
  | 'BAD_REPLY'
  /** onTokens failed or timed out; the new pair is in use in this process. */
  | 'PERSIST_FAILED'
  /** The store (lock or token record) failed for storeRetryMs: no refresh without the lock. */
  | 'STORE_UNAVAILABLE'
  /** Another process held the lock past lockTtlMs + timeoutMs. */
  | 'TIMEOUT'
  | 'INVALID_CONFIG';

export class RefreshError extends Error {
  readonly name: 'RefreshError';
  readonly code: RefreshErrorCode;
  /** The OAuth server's `error`, as sent (when it is a plain code). */
  readonly oauthError?: string;
  /** The OAuth server's `error_description`, with any secret or token replaced by ***. */
  readonly description?: string;
  readonly status?: number;
  /** For NETWORK / OUTCOME_UNKNOWN / STORE_UNAVAILABLE: a short code (ECONNREFUSED, timeout, ...). */
  readonly reason?: string;
  /** For BAD_REPLY / OUTCOME_UNKNOWN: empty, not_json, no_tokens, or redirect (a 3xx, never followed). */
  readonly kind?: string;
}
