//! The portal's rate limits, kept on the client side so that calls are never refused.
//!
//! - The request-intensity limit is a leaky bucket per portal (`limits.md`): at most `size`
//!   pending requests, draining `drain` per second; above it the portal answers 503
//!   `QUERY_LIMIT_EXCEEDED`. `Bucket` schedules each request at the earliest moment the
//!   portal's bucket has room (the GCRA form of the same bucket, so concurrent calls each get
//!   their own slot), with spare slots: requests arrive later than they are sent, by a delay
//!   that varies, so arrivals bunch up. The spare follows the measured jitter: what drains during
//!   the slowest recent round trip, plus one (`ceil(drain × p99 round trip) + 1`), and until a
//!   round trip has been measured, a cold-start allowance of one second (new TLS connections).
//! - The operating limit is per method: the portal sums `time.operating` over the last ten
//!   minutes and answers 429 `OPERATION_TIME_LIMIT` above `limit` seconds until
//!   `operating_reset_at`. `Operating` remembers each method's last reported sum and holds a
//!   call back until the reset when the next call could cross the limit.

use crate::prelude::*;
/// The round trip assumed before one is measured: a burst of new TLS connections.
const COLD_ROUND_TRIP_MS: f64 = 1000.0;

/// How fast an old slow round trip is forgotten: each new one weighs the remembered slowest
/// by this much, so the estimate follows about the last 50 round trips (a p99 over them) in
/// one number per portal: a server talking to 100,000 portals keeps no list per portal.
const ROUND_TRIP_DECAY: f64 = 0.98;

/// A wait shorter than this is no wait: timers cannot honour it, and the bucket's own spare
/// absorbs it.
pub const MIN_WAIT_MS: f64 = 1.0;

/// The docs' operating window: no reply may make a call wait longer than this.
pub const OPERATING_WINDOW_MS: f64 = 600_000.0;

/// Methods whose operating time is remembered per portal; the least recently reset go first.
const MAX_METHODS: usize = 512;

/// A method whose sum (with its last cost) is under this share of the limit cannot be held
/// back soon, so a portal is not kept for it: after forgetting, the next reply's sum counts as
/// that call's whole cost, which stays under half the limit unless one call costs a quarter of
/// it (120 s of the 480 s, twice the portal's execution limit). Without this, every portal
/// would be kept for ten minutes, since every reply reports a sum and a reset time.
const FORGETTABLE_SHARE: f64 = 0.25;

/// Bucket size and drain rate of a portal's plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plan {
    /// Requests the bucket holds.
    pub size: f64,
    /// Requests it drains per second.
    pub drain: f64,
}

impl Plan {
    /// Most plans: 50 requests, 2 per second.
    pub const STANDARD: Plan = Plan {
        size: 50.0,
        drain: 2.0,
    };
    /// Enterprise plans: 250 requests, 5 per second.
    pub const ENTERPRISE: Plan = Plan {
        size: 250.0,
        drain: 5.0,
    };
}

/// The client's copy of one portal's leaky bucket.
#[derive(Debug)]
pub struct Bucket {
    plan: Plan,
    /// When the bucket would be empty again with everything scheduled so far (ms).
    empty_at: f64,
    /// The slowest recent round trip (ms), decaying; `None` until one is measured.
    slow_round_trip: Option<f64>,
}

impl Bucket {
    pub fn new(plan: Plan) -> Self {
        Bucket {
            plan,
            empty_at: 0.0,
            slow_round_trip: None,
        }
    }

    pub fn plan(&self) -> Plan {
        self.plan
    }

    fn interval_ms(&self) -> f64 {
        1000.0 / self.plan.drain.max(f64::MIN_POSITIVE)
    }

    /// Records how long a request took from sending to its answer.
    pub fn observe_round_trip(&mut self, ms: f64) {
        if !ms.is_finite() || ms < 0.0 {
            return;
        }
        self.slow_round_trip = Some(match self.slow_round_trip {
            Some(slow) => ms.max(slow * ROUND_TRIP_DECAY),
            None => ms,
        });
    }

    /// The slowest recent round trip, or the cold-start allowance before one is measured.
    fn slow_round_trip_ms(&self) -> f64 {
        self.slow_round_trip.unwrap_or(COLD_ROUND_TRIP_MS)
    }

    /// Slots kept free for arrivals that bunch up: what drains during a slow round trip, plus
    /// one; never more than half the bucket (a bucket that drains faster than round trips
    /// finish has no bunching to fear).
    fn spare_slots(&self) -> f64 {
        (crate::float::ceil(self.plan.drain * self.slow_round_trip_ms() / 1000.0) + 1.0)
            .min(crate::float::floor(self.plan.size / 2.0))
    }

    /// The bucket a limiter store shared by several processes should keep for this portal:
    /// the portal's, less the spare slots this one keeps. Arrivals bunch up at least as much
    /// when the slots are booked elsewhere and several processes send.
    pub fn shared_plan(&self) -> Plan {
        Plan {
            size: (self.plan.size - self.spare_slots()).max(1.0),
            drain: self.plan.drain,
        }
    }

    /// How far ahead of the drain requests may go (ms): the bucket less its spare slots.
    fn tolerance_ms(&self) -> f64 {
        (self.plan.size - 1.0 - self.spare_slots()).max(0.0) * self.interval_ms()
    }

    /// Books a slot for a request; returns how long to wait (ms) before sending it.
    pub fn reserve(&mut self, now_ms: f64) -> f64 {
        let empty_at = self.empty_at.max(now_ms);
        let start = (empty_at - self.tolerance_ms()).max(now_ms);
        self.empty_at = empty_at + self.interval_ms();
        let wait = start - now_ms;
        if wait < MIN_WAIT_MS {
            0.0
        } else {
            wait
        }
    }

    /// Gives back the slot the last `reserve` booked, for a request that will not be sent.
    /// Slots booked since keep their times (they only waited longer than needed).
    pub fn cancel(&mut self) {
        self.empty_at -= self.interval_ms();
    }

    /// Whether the bucket has drained completely by `now_ms`: forgetting it then loses nothing.
    pub fn is_idle(&self, now_ms: f64) -> bool {
        self.empty_at <= now_ms
    }

    /// The portal refused a request: its bucket is fuller than ours says, so treat it as full.
    pub fn refused(&mut self, now_ms: f64) {
        self.empty_at = self
            .empty_at
            .max(now_ms + self.tolerance_ms() + self.interval_ms());
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct MethodTime {
    /// Seconds the portal counted for the method in its window.
    operating: f64,
    /// What the last call added, as the estimate of the next call's cost.
    last_cost: f64,
    /// When the oldest counted minute leaves the window (epoch ms).
    reset_at_ms: f64,
}

/// Per-method operating time, as the portal reports it.
#[derive(Debug)]
pub struct Operating {
    limit_seconds: f64,
    /// By lower-case method name, sorted (a portal sees few methods; a hash map would cost the
    /// .wasm more than the search by halves costs the CPU).
    methods: Vec<(String, MethodTime)>,
}

impl Operating {
    /// The docs' example limit: 480 s of operating time per method per 10 minutes.
    pub const DEFAULT_LIMIT_SECONDS: f64 = 480.0;

    pub fn new(limit_seconds: f64) -> Self {
        Operating {
            limit_seconds,
            methods: Vec::new(),
        }
    }

    /// Records a reply's `time.operating` and `time.operating_reset_at` (epoch seconds).
    pub fn observe(&mut self, method: &str, operating: Option<f64>, reset_at: Option<f64>) {
        let Some(operating) = operating.filter(|o| o.is_finite() && *o >= 0.0) else {
            return;
        };
        let key = method.to_ascii_lowercase();
        self.make_room(&key);
        let entry = self.entry(key);
        entry.last_cost = (operating - entry.operating).max(0.0);
        entry.operating = operating;
        if let Some(reset_at) = reset_at.filter(|r| r.is_finite()) {
            entry.reset_at_ms = reset_at * 1000.0;
        }
    }

    /// Keeps the map bounded: before a new method is added to a full map, the entry whose
    /// window ends first goes (it is the one that matters least).
    fn make_room(&mut self, key: &str) {
        if self.methods.len() < MAX_METHODS || self.position(key).is_ok() {
            return;
        }
        let oldest = (0..self.methods.len()).min_by(|&a, &b| {
            let reset_at = |i: usize| self.methods.get(i).map_or(0.0, |(_, m)| m.reset_at_ms);
            reset_at(a).total_cmp(&reset_at(b))
        });
        if let Some(oldest) = oldest {
            self.methods.remove(oldest);
        }
    }

    /// Where the lower-case `key` is in the sorted list, or where it would go.
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.methods.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The method's entry, added (zeroed) when it has none.
    fn entry(&mut self, key: String) -> &mut MethodTime {
        let at = match self.position(&key) {
            Ok(at) => at,
            Err(at) => {
                self.methods.insert(at, (key, MethodTime::default()));
                at
            }
        };
        // `at` is in range: found, or just inserted there.
        &mut self.methods[at].1
    }

    /// Whether no method can be held back: its window has ended, or its sum is far under the
    /// limit. Forgetting the portal then loses nothing that would cause or prevent a wait.
    pub fn is_idle(&self, now_ms: f64) -> bool {
        let forgettable = self.limit_seconds * FORGETTABLE_SHARE;
        self.methods
            .iter()
            .all(|(_, m)| m.reset_at_ms <= now_ms || m.operating + m.last_cost < forgettable)
    }

    /// The portal blocked the method: wait for its reset (or a minute when none is known).
    pub fn blocked(&mut self, method: &str, now_ms: f64) {
        let key = method.to_ascii_lowercase();
        self.make_room(&key);
        let limit_seconds = self.limit_seconds;
        let entry = self.entry(key);
        entry.operating = entry.operating.max(limit_seconds);
        if entry.reset_at_ms <= now_ms {
            entry.reset_at_ms = now_ms + 60_000.0;
        }
    }

    /// How long (ms) to hold a call of `method` so that it is not refused.
    pub fn wait_ms(&mut self, method: &str, now_ms: f64) -> f64 {
        let Some(entry) = self
            .position(&method.to_ascii_lowercase())
            .ok()
            .and_then(|at| self.methods.get_mut(at))
            .map(|(_, m)| m)
        else {
            return 0.0;
        };
        if entry.reset_at_ms <= now_ms {
            // The window moved on; the portal will report the new sum with the next reply.
            if entry.reset_at_ms > 0.0 {
                *entry = MethodTime::default();
            }
            return 0.0;
        }
        if entry.operating + entry.last_cost >= self.limit_seconds {
            // A reply may claim any reset time; the docs' window bounds what it can cost.
            (entry.reset_at_ms - now_ms).min(OPERATING_WINDOW_MS)
        } else {
            0.0
        }
    }
}

/// The limits of one portal, shared by every client of it.
#[derive(Debug)]
pub struct Limits {
    pub bucket: Bucket,
    pub operating: Operating,
}

impl Limits {
    pub fn new(plan: Plan, operating_limit_seconds: f64) -> Self {
        Limits {
            bucket: Bucket::new(plan),
            operating: Operating::new(operating_limit_seconds),
        }
    }
}

#[cfg(test)]
mod tests;
