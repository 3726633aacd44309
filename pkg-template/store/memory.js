// The in-process limiter store: one portal bucket per key as a GCRA (one number, the
// theoretical arrival time), a lock and the token record. Its semantics are the Redis store's, so the tests use it as their oracle. See
// ../store.md.

/** The longest wait, TTL or lock kept: the portal's 10-minute operating window (limits.md). */
export const MAX_WINDOW_MS = 600_000;

// Expired entries are swept every this many writes, so state stays bounded by live keys.
const SWEEP_EVERY = 1024;

/**
 * One GCRA step, shared by both stores' semantics (the Redis script is the same arithmetic).
 * `tat` is the stored theoretical arrival time in ms, or undefined. Returns the new TAT and
 * the wait before the booked request conforms.
 */
export function gcraStep(tat, plan, nowMs, refused) {
  const interval = 1000 / plan.drain;
  let next = tat === undefined || tat < nowMs ? nowMs : tat;
  if (refused) {
    // The portal says the bucket is full: nothing may go before one slot drains.
    return { tat: Math.max(next, nowMs + plan.size * interval), wait: 0 };
  }
  next += interval;
  return { tat: next, wait: Math.max(0, next - plan.size * interval - nowMs) };
}

/** Checks a plan once, so a bad one fails loudly instead of booking NaN. */
export function checkPlan(plan) {
  const size = Number(plan?.size);
  const drain = Number(plan?.drain);
  if (!(size >= 1) || !Number.isFinite(size) || !(drain > 0) || !Number.isFinite(drain)) {
    throw new TypeError('b24 store: plan needs size >= 1 and drain > 0');
  }
  return { size, drain };
}

export function createMemoryStore({ now = Date.now } = {}) {
  const buckets = new Map(); // key -> tat (ms)
  const locks = new Map(); // key -> { id, expiresAt }
  const tokens = new Map(); // key -> record (a copy)
  let writes = 0;
  let lockIds = 0;

  function sweep() {
    if (++writes % SWEEP_EVERY !== 0) return;
    const t = now();
    // A bucket whose TAT has passed is empty: forgetting it changes nothing.
    for (const [k, tat] of buckets) if (tat <= t) buckets.delete(k);
    for (const [k, v] of locks) if (v.expiresAt <= t) locks.delete(k);
  }

  function reserveNow(key, plan, nowMs) {
    const step = gcraStep(buckets.get(key), checkPlan(plan), nowMs, false);
    buckets.set(key, step.tat);
    sweep();
    return step.wait;
  }

  return {
    reserveNow,

    async reserve(key, plan, nowMs) {
      return reserveNow(key, plan, nowMs);
    },

    async refused(key, plan, nowMs) {
      buckets.set(key, gcraStep(buckets.get(key), checkPlan(plan), nowMs, true).tat);
      sweep();
    },

    async lock(key, ttlMs) {
      const t = now();
      const held = locks.get(key);
      if (held && held.expiresAt > t) return null;
      const id = ++lockIds;
      locks.set(key, { id, expiresAt: t + Math.min(Math.max(1, ttlMs), MAX_WINDOW_MS) });
      sweep();
      return {
        async release() {
          if (locks.get(key)?.id === id) locks.delete(key);
        },
      };
    },

    async readTokens(key) {
      const record = tokens.get(key);
      return record ? structuredClone(record) : null;
    },

    async writeTokens(key, record) {
      tokens.set(key, structuredClone(record));
    },
  };
}
