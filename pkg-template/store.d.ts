// The limiter store: where a portal's request bucket, the refresh lock and the token record
// live. The in-memory store (b24-wasm/store) serves one
// process; the Redis store (b24-wasm/redis) shares them across processes. See store.md.

/** A leaky bucket: `size` slots, draining `drain` slots per second. */
export interface BucketPlan {
  size: number;
  drain: number;
}

/** A held lock. `release()` frees it only if it is still this holder's (compare and delete). */
export interface StoreLock {
  release(): Promise<void>;
}

/** What the refresher keeps per portal. Fields other than the two tokens may be absent. */
export interface TokenRecord {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms at which the access token expires (`expires`, or now + `expires_in`). */
  expiresAtMs?: number;
  /** Epoch ms at which this pair was issued (the refresher's clock). */
  issuedAtMs?: number;
  clientEndpoint?: string;
  serverEndpoint?: string;
  memberId?: string;
  domain?: string;
  scope?: string;
  status?: string;
  userId?: number;
}

export interface LimiterStore {
  /**
   * Books one slot of the bucket at `nowMs` and answers the wait in ms before the request may
   * go (0: go now). GCRA, as redis-cell's CL.THROTTLE but always booking: a slot is taken at
   * reservation, so concurrent reservers get increasing waits. A shared store may use its own
   * clock instead of `nowMs` (the Redis store does by default); the wait is a duration either way.
   */
  reserve(key: string, plan: BucketPlan, nowMs: number): Promise<number>;
  /**
   * Optional: `reserve` answered at once when the store can without a round trip (the memory
   * store always; the Redis store from the slots this process has leased), else undefined. The
   * client asks this first, so a call that finds a slot at hand pays no promise or timer.
   */
  reserveNow?(key: string, plan: BucketPlan, nowMs: number): number | undefined;
  /** The portal answered 503 QUERY_LIMIT_EXCEEDED: the bucket is full as of `nowMs`. */
  refused(key: string, plan: BucketPlan, nowMs: number): Promise<void>;
  /** Takes the lock for `ttlMs` (at most 10 minutes), or answers null when another holder has it. */
  lock(key: string, ttlMs: number): Promise<StoreLock | null>;
  /** The token record of a portal, or null. */
  readTokens(key: string): Promise<TokenRecord | null>;
  /** Replaces the token record of a portal. */
  writeTokens(key: string, tokens: TokenRecord): Promise<void>;
}

export interface MemoryStoreOptions {
  /** The clock for lock expiry and sweeping (epoch ms); Date.now by default. */
  now?: () => number;
}

/** The in-process store: the same semantics as the Redis store, for one process. */
export function createMemoryStore(options?: MemoryStoreOptions): LimiterStore;

/** The longest wait, TTL or lock the stores keep: the portal's 10-minute operating window. */
export const MAX_WINDOW_MS: 600000;
