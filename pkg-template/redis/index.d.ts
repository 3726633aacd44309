// b24-wasm/redis: the limiter store shared across processes through Redis (Node only).
import type { LimiterStore } from '../store.js';

/** The subset of a node-redis client (npm `redis` v5/v6, `createClient()`) the store uses. */
export interface RedisClientLike {
  sendCommand(args: ReadonlyArray<string>, options?: { timeout?: number }): Promise<unknown>;
  on?(event: 'error', listener: (error: unknown) => void): unknown;
  listenerCount?(event: 'error'): number;
}

export interface RedisStoreLogger {
  warn?(message: string): void;
  info?(message: string): void;
}

export interface RedisStoreOptions {
  /** Key prefix ('b24:'). Keys: <prefix>bucket:<key>, lock:<key>, tokens:<key>. */
  prefix?: string;
  /** Every Redis command settles within this (1000 ms). */
  commandTimeoutMs?: number;
  /** After a failure, Redis stays out of the path this long (1000 ms). */
  retryAfterMs?: number;
  /** 'redis' (default): the server's TIME, so hosts with skewed clocks agree; 'caller': `nowMs`. */
  clock?: 'redis' | 'caller';
  /**
   * true (default): each process books its slots in blocks and hands them out itself, so a
   * reservation seldom waits for Redis (see store.md, "Leases"); false: one round trip each.
   */
  lease?: boolean;
  /** Where the outage warning and the recovery note go (console by default; null: nowhere). */
  logger?: RedisStoreLogger | null;
}

export interface RedisStore extends LimiterStore {
  /** True while Redis is out of the path and buckets are per process. */
  usingFallback(): boolean;
}

/**
 * The Redis store. Redis down (or answering what the script never answers): buckets fall back to this process's memory
 * (one warning through `logger`); `lock`, `readTokens`, `writeTokens` reject with
 * StoreUnavailableError. Nothing waits longer than `commandTimeoutMs`.
 */
export function createRedisStore(client: RedisClientLike, options?: RedisStoreOptions): RedisStore;

export class StoreUnavailableError extends Error {
  readonly name: 'StoreUnavailableError';
  readonly code: 'STORE_UNAVAILABLE';
  /** The store operation that failed: lock, release, readTokens, writeTokens. */
  readonly op: string;
  /** Why: timeout, closed, down (still inside retryAfterMs), a reply word, or an error code. */
  readonly reason: string;
}
