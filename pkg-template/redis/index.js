// b24-wasm/redis: the limiter store shared across processes through Redis. A portal's bucket
// is one GCRA timestamp updated by one Lua script (a process that dies holds nothing, the
// timestamp just ages); each process leases its slots in blocks (one round trip books several,
// handed out here), so a call does not wait for Redis; a lock with a TTL and a token record give
// one OAuth refresh per portal. See ../store.md for the contract, the leases and the Redis-down
// policy.
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
// clock, so hosts with skewed clocks agree), '1' when the portal refused (bucket full now),
// and how many slots to book (1 unless leasing a block). Books them one after another, as that
// many single reservations would, and returns {'b24', first}: `first` is the first slot's
// `TAT - size·interval - now` in ms, unclamped (slot k conforms `first + (k-1)·interval` from
// now; a negative figure means at once). The tag tells a reply of this script from anything
// else a hostile or broken server might answer. Numbers travel as %.17g, which gives back the
// same double, so no rounding builds up (a Lua number reply would be truncated to an integer).
// The key lives 1 s past the TAT: a TAT in the past means an empty bucket, so a late expiry is
// harmless, while an early one (ms clocks rounding apart) would forget booked slots.
const RESERVE = `
local size = tonumber(ARGV[1])
local interval = 1000 / tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
end
local count = tonumber(ARGV[5]) or 1
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local first = 0
if ARGV[4] == '1' then
  local full = now + size * interval
  if tat < full then tat = full end
else
  first = tat + interval - size * interval - now
  tat = tat + count * interval
end
redis.call('SET', KEYS[1], string.format('%.17g', tat), 'PX', string.format('%d', math.ceil(tat - now) + 1000))
return {'b24', string.format('%.17g', first)}
`;

// Deletes the lock only if it still holds this holder's random token.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const script = (source) => ({ source, sha: createHash('sha1').update(source).digest('hex') });
const SCRIPTS = { reserve: script(RESERVE), release: script(RELEASE) };

// Leases: a slot booked ahead of need may be used up to `lateMs` after the moment it conforms
// (timers and a busy event loop send a little after it). Sending up to D late lets at most
// drain·D more requests into any window than the schedule did, so the bucket booked in Redis is
// that many slots smaller: one drain interval, at least 50 ms (3 slots at 50/s). A plan whose
// blocks stay at one slot books nothing ahead: its slots go to reservations already waiting,
// which send at once, so they keep a 5 ms grace and the whole bucket.
const LATE_MIN_MS = 50;
const LATE_UNLEASED_MS = 5;
// Blocks grow (doubling) while their slots are used and halve when some go unused, up to what
// drains in LEASE_HORIZON_MS (at most MAX_BLOCK): a process that stops sending wastes at most
// about that much of the fleet's capacity. Below 50/s that is one slot (no booking ahead: only
// reservations made while a lease is on its way share it), so Bitrix24's plans (2/s, 5/s) keep
// their whole bucket; at 1,600/s and more, 64. While the bucket is full (a slot conforms later
// than now) blocks stay at one slot: calls wait for the bucket anyway. (Booking ahead at 20/s
// with 4 workers of 2 calls each in flight lost enough slots to slow the fleet by half.)
const LEASE_HORIZON_MS = 40;
const MAX_BLOCK = 64;
// The longest wait a reply can honestly give (a long queue of bookings); past it, garbage.
const MAX_FIRST_MS = 24 * 3600 * 1000;

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

class GarbageReply extends Error {
  constructor() {
    super('not a reply of the reservation script');
    this.name = 'GarbageReply';
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
  if (error instanceof GarbageReply) return 'garbage reply';
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
 * the server's TIME; 'caller': the `nowMs` given), `lease` (true: book slots in blocks per
 * process; false: one round trip per reservation), `logger` ({ warn, info }; console by
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
    lease = true,
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

  // Buckets fall back to memory: a per-process bucket may be refused by the portal, and
  // refusals are safe to repeat. Nothing hangs on a dead Redis.
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
  const nowArg = (nowMs) => (clock === 'caller' ? String(nowMs) : '');

  // Books `count` slots; answers the first one's unclamped offset from now (ms). A reply that is
  // not this script's (a hostile or broken server: an array, "nan", "-5", "1e308") throws, so
  // the caller falls back to memory instead of waiting on nonsense.
  async function book(key, size, drain, nowMs, count) {
    const reply = await evalScript(SCRIPTS.reserve, bucketKey(key), [String(size), String(drain), nowArg(nowMs), '0', String(count)]);
    const first = Array.isArray(reply) && reply.length === 2 && String(reply[0]) === 'b24' && typeof reply[1] === 'string' ? Number(reply[1]) : NaN;
    // What the script can answer: from "at once, a full bucket ago" to the longest wait kept.
    if (!(first >= -size * (1000 / drain) - 1) || !(first <= MAX_FIRST_MS)) throw new GarbageReply();
    return first;
  }

  // Per portal key, this process's lease: slots booked in Redis and not handed out yet, each
  // the local time (ms) it conforms at. `block` is the size of the next lease.
  const leases = new Map();
  function leaseOf(key, size, drain) {
    let lease = leases.get(key);
    if (!lease) {
      lease = { size, drain, slots: [], block: 1, booking: null, used: 0, lost: 0, waiting: 0 };
      leases.set(key, lease);
      if (leases.size > 4096) leases.delete(leases.keys().next().value); // bounded: oldest key first
    }
    // The client's plan moves with its measured round trips (its spare slots): slots already
    // booked keep their places in the shared timeline; the next block is booked with this plan.
    lease.size = size;
    lease.drain = drain;
    return lease;
  }
  const blockCap = (drain) => Math.max(1, Math.min(MAX_BLOCK, Math.floor((drain * LEASE_HORIZON_MS) / 1000)));
  const lateMs = (drain) => (blockCap(drain) > 1 ? Math.max(LATE_MIN_MS, 1000 / drain) : LATE_UNLEASED_MS);
  const lateSlots = (drain) => (blockCap(drain) > 1 ? Math.ceil((drain * lateMs(drain)) / 1000) : 0);

  // Hands out the earliest slot still usable at `now`; drops those too late to use.
  function takeSlot(lease, now) {
    const late = lateMs(lease.drain);
    while (lease.slots.length && lease.slots[0] + late < now) {
      lease.slots.shift();
      lease.lost += 1;
    }
    if (!lease.slots.length) return undefined;
    lease.used += 1;
    return Math.max(0, lease.slots.shift() - now);
  }

  // One round trip books a block for this process; every reservation waiting meanwhile is
  // served from it. A block grows while all its slots are used, shrinks when some were lost.
  function refill(key, lease, want) {
    if (lease.booking) return lease.booking;
    const cap = blockCap(lease.drain);
    if (lease.lost) lease.block = Math.max(1, lease.block >> 1);
    else if (lease.used * 2 >= lease.block) lease.block = Math.min(cap, lease.block * 2);
    lease.used = 0;
    lease.lost = 0;
    const count = Math.min(MAX_BLOCK, Math.max(lease.block, want));
    // The lateness a lease allows, taken out of the bucket (see LATE_MIN_MS).
    const size = Math.max(1, lease.size - lateSlots(lease.drain));
    const interval = 1000 / lease.drain;
    lease.booking = book(key, size, lease.drain, Date.now(), count).then(
      (first) => {
        const at = Date.now(); // the reply's arrival: every slot conforms no sooner than this says
        for (let k = 0; k < count; k++) lease.slots.push(at + Math.max(0, first + k * interval));
        // A full bucket: calls wait for their slots far longer than a round trip, and slots
        // booked ahead would only go unused by a process that has no call ready at their
        // moment. So no booking ahead until the bucket has room again.
        if (first + (count - 1) * interval > 0) lease.block = 1;
      },
    ).finally(() => {
      lease.booking = null;
    });
    return lease.booking;
  }

  async function leased(key, size, drain) {
    const lease = leaseOf(key, size, drain);
    lease.waiting += 1;
    try {
      for (let tries = 0; tries < 3; tries++) {
        const wait = takeSlot(lease, Date.now());
        if (wait !== undefined) {
          // Half the block left and none on the way: book the next one before it is needed.
          if (lease.slots.length * 2 <= lease.block && !lease.booking && lease.block > 1) refill(key, lease, 0).catch(() => {});
          return wait;
        }
        await refill(key, lease, lease.waiting);
      }
      // Slots were booked, but others took them first every time: book one for this call alone.
      const first = await book(key, size, drain, Date.now(), 1);
      return Math.max(0, first);
    } finally {
      lease.waiting -= 1;
    }
  }

  return {
    /** A slot this process holds (leased), at once; undefined when only a round trip can tell. */
    reserveNow(key, plan, nowMs) {
      const { size, drain } = checkPlan(plan);
      if (Date.now() < downUntil) return fallback.reserveNow(key, plan, nowMs);
      const held = lease ? leases.get(key) : undefined;
      if (!held) return undefined;
      held.size = size;
      held.drain = drain;
      const wait = takeSlot(held, Date.now());
      if (wait !== undefined && held.slots.length * 2 <= held.block && held.block > 1 && !held.booking) refill(key, held, 0).catch(() => {});
      return wait;
    },

    async reserve(key, plan, nowMs) {
      const { size, drain } = checkPlan(plan);
      return limiterOp(
        'reserve',
        async () => (lease ? leased(key, size, drain) : Math.max(0, await book(key, size, drain, nowMs, 1))),
        () => fallback.reserve(key, plan, nowMs),
      );
    },

    async refused(key, plan, nowMs) {
      const { size, drain } = checkPlan(plan);
      // The portal's bucket is fuller than the schedule says: slots leased here are void.
      const held = leases.get(key);
      if (held) {
        held.slots.length = 0;
        held.block = 1;
      }
      await limiterOp(
        'refused',
        async () => {
          await evalScript(SCRIPTS.reserve, bucketKey(key), [String(size), String(drain), nowArg(nowMs), '1', '1']);
        },
        () => fallback.refused(key, plan, nowMs),
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
