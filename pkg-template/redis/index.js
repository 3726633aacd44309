// b24-wasm/redis: the limiter store shared across processes through Redis. A portal's bucket
// is one GCRA timestamp updated by one Lua script (one round trip per reservation; a process
// that dies holds nothing, the timestamp just ages), the operating time per (portal, method)
// expires with the portal's window, a lock with a TTL and a token record give one OAuth
// refresh per portal. See ../store.md for the contract and the Redis-down policy.
//
// The client is node-redis (npm `redis`, v5 or v6), created and connected by the app. Chosen
// over ioredis because Redis maintains it and recommends it for new projects, and because
// its `sendCommand(args, { timeout })` drops a command that timed out before it was written,
// so a timed-out reservation or lock is not sent later behind the app's back. Only
// `sendCommand` is used, so the package never imports `redis` itself: it stays an optional
// peer dependency and the browser entry does not change.

import { createHash, randomUUID } from 'node:crypto';
import { checkPlan, createMemoryStore, MAX_WINDOW_MS } from '../store/memory.js';

// The refresh token lives 180 days (auto-renewal.md); a record older than that is useless.
const TOKEN_TTL_MS = 180 * 24 * 3600 * 1000;

// KEYS[1]: the bucket's TAT in ms. ARGV: size, drain per second, now in ms ('' = the Redis
// clock, so hosts with skewed clocks agree), '1' when the portal refused (bucket full now).
// Returns the wait in ms as a string (a Lua number would be truncated to an integer); both
// numbers travel as %.17g, which gives back the same double, so no rounding builds up. The key
// lives 1 s past the TAT: a TAT in the past means an empty bucket, so a late expiry is
// harmless, while an early one (ms clocks rounding apart) would forget booked slots.
const RESERVE = `
local size = tonumber(ARGV[1])
local interval = 1000 / tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
end
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local wait = 0
if ARGV[4] == '1' then
  local full = now + size * interval
  if tat < full then tat = full end
else
  tat = tat + interval
  wait = tat - size * interval - now
  if wait < 0 then wait = 0 end
end
redis.call('SET', KEYS[1], string.format('%.17g', tat), 'PX', string.format('%d', math.ceil(tat - now) + 1000))
return string.format('%.17g', wait)
`;

// KEYS[1]: "seconds resetAtMs". ARGV: operating seconds, reset at (epoch ms), the TTL cap.
// A later reset is a newer window; for the same reset the larger sum is the newer report.
const OBSERVE_OPERATING = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local op = tonumber(ARGV[1])
local reset = tonumber(ARGV[2])
local ttl = math.min(reset - now, tonumber(ARGV[3]))
if ttl < 1 then return 0 end
local cur = redis.call('GET', KEYS[1])
if cur then
  local sep = string.find(cur, ' ', 1, true)
  local cop = tonumber(string.sub(cur, 1, sep - 1))
  local creset = tonumber(string.sub(cur, sep + 1))
  if creset > reset or (creset == reset and cop >= op) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. ARGV[2], 'PX', string.format('%d', math.ceil(ttl)))
return 1
`;

// Deletes the lock only if it still holds this holder's random token.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const script = (source) => ({ source, sha: createHash('sha1').update(source).digest('hex') });
const SCRIPTS = { reserve: script(RESERVE), observe: script(OBSERVE_OPERATING), release: script(RELEASE) };

/** Redis did not answer (down, hung, timed out) for a lock or token-record operation. */
export class StoreUnavailableError extends Error {
  constructor(op, reason) {
    super(`b24 redis store: ${op} failed: Redis unavailable (${reason})`);
    this.name = 'StoreUnavailableError';
    this.code = 'STORE_UNAVAILABLE';
    this.op = op;
    this.reason = reason;
  }
}

class CommandTimeout extends Error {
  constructor() {
    super('timeout');
    this.name = 'CommandTimeout';
  }
}

// A short, value-free name for why a command failed: never the command's arguments.
function reasonOf(error) {
  if (error instanceof CommandTimeout || error?.name === 'TimeoutError') return 'timeout';
  if (error?.name === 'ClientClosedError' || error?.name === 'ClientOfflineError') return 'closed';
  if (error?.name === 'ErrorReply' || error?.name === 'SimpleError') {
    const word = /^[A-Z]+/.exec(String(error.message))?.[0];
    return word ? `reply ${word}` : 'error reply';
  }
  return error?.code && /^[A-Z_]+$/.test(error.code) ? error.code : String(error?.name ?? 'error');
}

/**
 * A limiter store over a connected node-redis client.
 * Options: `prefix` ('b24:'), `commandTimeoutMs` (1000: every command settles by then),
 * `retryAfterMs` (1000: how long a failure keeps Redis out of the path), `clock` ('redis':
 * the server's TIME; 'caller': the `nowMs` given), `logger` ({ warn, info }; console by
 * default, null for silence).
 */
export function createRedisStore(client, options = {}) {
  if (!client || typeof client.sendCommand !== 'function') {
    throw new TypeError('b24 redis store: pass a node-redis client (createClient() from the `redis` package)');
  }
  const {
    prefix = 'b24:',
    commandTimeoutMs = 1000,
    retryAfterMs = 1000,
    clock = 'redis',
    logger = globalThis.console,
  } = options;
  if (clock !== 'redis' && clock !== 'caller') throw new TypeError("b24 redis store: clock is 'redis' or 'caller'");
  if (!(commandTimeoutMs > 0) || !(retryAfterMs >= 0)) throw new TypeError('b24 redis store: bad timeouts');

  const fallback = createMemoryStore();
  let downUntil = 0;
  let down = false;

  const log = (level, message) => {
    try {
      logger?.[level]?.(message);
    } catch {
      // A broken logger must not break the limiter.
    }
  };
  const markDown = (op, error) => {
    downUntil = Date.now() + retryAfterMs;
    if (!down) {
      down = true;
      log('warn', `b24 redis store: Redis unavailable (${reasonOf(error)} in ${op}); buckets fall back to this process's memory, token refresh waits for Redis`);
    }
  };
  const markUp = () => {
    if (down) {
      down = false;
      log('info', 'b24 redis store: Redis is back; buckets are shared again');
    }
  };

  // node-redis emits 'error' while it reconnects; with no listener that would end the
  // process, which is the opposite of the fallback this store promises.
  if (typeof client.on === 'function' && typeof client.listenerCount === 'function' && client.listenerCount('error') === 0) {
    client.on('error', (error) => markDown('connection', error));
  }

  // Every command settles within commandTimeoutMs: node-redis's own timeout drops it while
  // still queued (offline), and the deadline here covers one written but never answered.
  function command(args) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new CommandTimeout()), commandTimeoutMs);
      let pending;
      try {
        pending = client.sendCommand(args, { timeout: commandTimeoutMs });
      } catch (error) {
        clearTimeout(timer);
        reject(error);
        return;
      }
      Promise.resolve(pending).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  async function evalScript({ sha, source }, key, args) {
    try {
      return await command(['EVALSHA', sha, '1', key, ...args]);
    } catch (error) {
      if (!/^NOSCRIPT/.test(String(error?.message))) throw error;
      return command(['EVAL', source, '1', key, ...args]);
    }
  }

  // Buckets and operating time fall back to memory: a per-process bucket may be refused by
  // the portal, and refusals are safe to repeat. Nothing hangs on a dead Redis.
  async function limiterOp(op, viaRedis, viaMemory) {
    if (Date.now() < downUntil) return viaMemory();
    try {
      const value = await viaRedis();
      markUp();
      return value;
    } catch (error) {
      markDown(op, error);
      return viaMemory();
    }
  }

  // The lock and the token record fail instead: two processes refreshing without the shared
  // lock would burn the single-use refresh token for one of them.
  async function strictOp(op, viaRedis) {
    if (Date.now() < downUntil) throw new StoreUnavailableError(op, 'down');
    try {
      const value = await viaRedis();
      markUp();
      return value;
    } catch (error) {
      markDown(op, error);
      throw new StoreUnavailableError(op, reasonOf(error));
    }
  }

  const bucketKey = (key) => `${prefix}bucket:${key}`;
  const operatingKey = (key, method) => `${prefix}op:${key}:${String(method).toLowerCase()}`;
  const nowArg = (nowMs) => (clock === 'caller' ? String(nowMs) : '');

  return {
    async reserve(key, plan, nowMs) {
      const { size, drain } = checkPlan(plan);
      return limiterOp(
        'reserve',
        async () => Number(await evalScript(SCRIPTS.reserve, bucketKey(key), [String(size), String(drain), nowArg(nowMs), '0'])),
        () => fallback.reserve(key, plan, nowMs),
      );
    },

    async refused(key, plan, nowMs) {
      const { size, drain } = checkPlan(plan);
      await limiterOp(
        'refused',
        async () => {
          await evalScript(SCRIPTS.reserve, bucketKey(key), [String(size), String(drain), nowArg(nowMs), '1']);
        },
        () => fallback.refused(key, plan, nowMs),
      );
    },

    async operating(key, method) {
      return limiterOp(
        'operating',
        async () => {
          const value = await command(['GET', operatingKey(key, method)]);
          if (typeof value !== 'string') return null;
          const [seconds, resetAt] = value.split(' ').map(Number);
          return Number.isFinite(seconds) && Number.isFinite(resetAt) ? { operatingSeconds: seconds, resetAtMs: resetAt } : null;
        },
        () => fallback.operating(key, method),
      );
    },

    async observeOperating(key, method, operatingSeconds, resetAtMs) {
      if (!Number.isFinite(operatingSeconds) || !Number.isFinite(resetAtMs)) return;
      await limiterOp(
        'observeOperating',
        async () => {
          await evalScript(SCRIPTS.observe, operatingKey(key, method), [String(operatingSeconds), String(resetAtMs), String(MAX_WINDOW_MS)]);
        },
        () => fallback.observeOperating(key, method, operatingSeconds, resetAtMs),
      );
    },

    async lock(key, ttlMs) {
      const lockKey = `${prefix}lock:${key}`;
      const token = randomUUID();
      const px = Math.min(Math.max(1, Math.ceil(ttlMs)), MAX_WINDOW_MS);
      const reply = await strictOp('lock', () => command(['SET', lockKey, token, 'NX', 'PX', String(px)]));
      if (reply !== 'OK') return null;
      return {
        release: () => strictOp('release', () => evalScript(SCRIPTS.release, lockKey, [token])).then(() => undefined),
      };
    },

    async readTokens(key) {
      const value = await strictOp('readTokens', () => command(['GET', `${prefix}tokens:${key}`]));
      if (typeof value !== 'string') return null;
      try {
        return JSON.parse(value);
      } catch {
        log('warn', 'b24 redis store: the token record is not JSON; treating it as absent');
        return null;
      }
    },

    async writeTokens(key, tokens) {
      await strictOp('writeTokens', () => command(['SET', `${prefix}tokens:${key}`, JSON.stringify(tokens), 'PX', String(TOKEN_TTL_MS)]));
    },

    /** True while Redis is out of the path (buckets are per process). */
    usingFallback() {
      return Date.now() < downUntil;
    },
  };
}
