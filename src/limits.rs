//! The portal's rate limits, kept on the client side so that calls are never refused.
//!
//! - The request-intensity limit is a leaky bucket per portal (`limits.md`): at most `size`
//!   pending requests, draining `drain` per second; above it the portal answers 503
//!   `QUERY_LIMIT_EXCEEDED`. `Bucket` schedules each request at the earliest moment the
//!   portal's bucket has room (the GCRA form of the same bucket, so concurrent calls each get
//!   their own slot), with spare slots: requests arrive later than they are sent, by a delay
//!   that varies (a burst still opening connections is overtaken by later requests), so
//!   arrivals bunch up. The spare covers a tenth of the bucket or one second of drain,
//!   whichever is more.
//! - The operating limit is per method: the portal sums `time.operating` over the last ten
//!   minutes and answers 429 `OPERATION_TIME_LIMIT` above `limit` seconds until
//!   `operating_reset_at`. `Operating` remembers each method's last reported sum and holds a
//!   call back until the reset when the next call could cross the limit.

use std::collections::HashMap;

/// How much the delay between sending a request and its arrival may vary, in seconds.
const LATENCY_ALLOWANCE_S: f64 = 1.0;

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
}

impl Bucket {
    pub fn new(plan: Plan) -> Self {
        Bucket {
            plan,
            empty_at: 0.0,
        }
    }

    pub fn plan(&self) -> Plan {
        self.plan
    }

    fn interval_ms(&self) -> f64 {
        1000.0 / self.plan.drain.max(f64::MIN_POSITIVE)
    }

    /// Slots kept free for arrivals that bunch up: a tenth of the bucket, or what drains in
    /// `LATENCY_ALLOWANCE_S` (the spread of request latencies it absorbs), whichever is more.
    fn spare_slots(&self) -> f64 {
        (self.plan.size / 10.0)
            .max(self.plan.drain * LATENCY_ALLOWANCE_S)
            .ceil()
            .max(1.0)
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
        start - now_ms
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
    methods: HashMap<String, MethodTime>,
}

impl Operating {
    /// The docs' example limit: 480 s of operating time per method per 10 minutes.
    pub const DEFAULT_LIMIT_SECONDS: f64 = 480.0;

    pub fn new(limit_seconds: f64) -> Self {
        Operating {
            limit_seconds,
            methods: HashMap::new(),
        }
    }

    /// Records a reply's `time.operating` and `time.operating_reset_at` (epoch seconds).
    pub fn observe(&mut self, method: &str, operating: Option<f64>, reset_at: Option<f64>) {
        let Some(operating) = operating else { return };
        let entry = self.methods.entry(method.to_ascii_lowercase()).or_default();
        entry.last_cost = (operating - entry.operating).max(0.0);
        entry.operating = operating;
        if let Some(reset_at) = reset_at {
            entry.reset_at_ms = reset_at * 1000.0;
        }
    }

    /// The portal blocked the method: wait for its reset (or a minute when none is known).
    pub fn blocked(&mut self, method: &str, now_ms: f64) {
        let entry = self.methods.entry(method.to_ascii_lowercase()).or_default();
        entry.operating = entry.operating.max(self.limit_seconds);
        if entry.reset_at_ms <= now_ms {
            entry.reset_at_ms = now_ms + 60_000.0;
        }
    }

    /// How long (ms) to hold a call of `method` so that it is not refused.
    pub fn wait_ms(&mut self, method: &str, now_ms: f64) -> f64 {
        let Some(entry) = self.methods.get_mut(&method.to_ascii_lowercase()) else {
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
            entry.reset_at_ms - now_ms
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

// Unit tests live in tests/unit/, as a child module of this one.
#[cfg(test)]
#[path = "../tests/unit/limits.rs"]
mod tests;
