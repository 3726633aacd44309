use super::*;

/// The portal's bucket as `limits.md` describes it, to check the client's schedule against.
struct PortalBucket {
    plan: Plan,
    level: f64,
    at_ms: f64,
}

impl PortalBucket {
    /// Admits a request arriving at `now_ms`, or refuses it when no whole slot is free.
    fn arrive(&mut self, now_ms: f64) -> bool {
        self.level = (self.level - (now_ms - self.at_ms) / 1000.0 * self.plan.drain).max(0.0);
        self.at_ms = now_ms;
        if self.level > self.plan.size - 1.0 {
            return false;
        }
        self.level += 1.0;
        true
    }
}

fn schedule(plan: Plan, requests: usize) -> Vec<f64> {
    let mut bucket = Bucket::new(plan);
    (0..requests).map(|_| bucket.reserve(0.0)).collect()
}

#[test]
fn a_burst_of_300_on_a_50_2_portal_is_never_refused() {
    let plan = Plan::STANDARD;
    let mut portal = PortalBucket {
        plan,
        level: 0.0,
        at_ms: 0.0,
    };
    let times = schedule(plan, 300);
    assert!(times.iter().all(|&t| portal.arrive(t)));
    // Cold (no round trip measured yet, a second assumed): 3 spare slots, so 47 at once, then
    // one per 500 ms, three slots (1.5 s) behind the physical limit.
    assert_eq!(times.iter().filter(|&&t| t == 0.0).count(), 47);
    let last = times.last().copied().unwrap();
    let limit = (300.0 - 50.0) / 2.0 * 1000.0;
    assert!(last >= limit && last <= limit + 1500.0, "{last}");
}

#[test]
fn enterprise_plans_allow_more() {
    let times = schedule(Plan::ENTERPRISE, 300);
    // Cold: ceil(5 × 1 s) + 1 = 6 spare slots.
    assert_eq!(times.iter().filter(|&&t| t == 0.0).count(), 244);
    assert!((times[299] - 56.0 * 200.0).abs() < 1e-6, "{}", times[299]);
}

#[test]
fn the_spare_follows_the_measured_round_trip() {
    for plan in [Plan::STANDARD, Plan::ENTERPRISE] {
        let mut bucket = Bucket::new(plan);
        for _ in 0..10 {
            bucket.observe_round_trip(3.0);
        }
        // ceil(drain × 3 ms) + 1 = 2 at both plans.
        assert_eq!(bucket.spare_slots(), 2.0);
        let mut portal = PortalBucket {
            plan,
            level: 0.0,
            at_ms: 0.0,
        };
        let at_once = (0..plan.size as usize + 10)
            .map(|_| bucket.reserve(0.0))
            .filter(|&t| t == 0.0)
            .count();
        assert_eq!(at_once, plan.size as usize - 2);
        assert!((0..at_once).all(|_| portal.arrive(0.0)));
        // A slow round trip widens it again.
        bucket.observe_round_trip(2000.0);
        assert_eq!(bucket.spare_slots(), (plan.drain * 2.0).ceil() + 1.0);
    }
}

#[test]
fn a_wait_under_a_millisecond_is_no_wait() {
    let mut bucket = Bucket::new(Plan {
        size: 1e6,
        drain: 1e6,
    });
    assert!((0..10_000).all(|_| bucket.reserve(0.0) == 0.0));
}

#[test]
fn fast_drains_keep_half_the_bucket_spare_at_most() {
    // A test portal draining 100/s, cold: a second of drain (100) would exceed the bucket, so
    // half of it (25) is kept spare: 25 at once, then one per 10 ms.
    let times = schedule(
        Plan {
            size: 50.0,
            drain: 100.0,
        },
        100,
    );
    assert_eq!(times.iter().filter(|&&t| t == 0.0).count(), 25);
    assert!((times[99] - 750.0).abs() < 1e-6, "{}", times[99]);
}

#[test]
fn a_refusal_makes_the_bucket_full() {
    let mut bucket = Bucket::new(Plan::STANDARD);
    assert_eq!(bucket.reserve(1000.0), 0.0);
    bucket.refused(1000.0);
    let wait = bucket.reserve(1000.0);
    assert!(wait >= 500.0, "{wait}");
}

#[test]
fn time_passing_empties_the_bucket() {
    let mut bucket = Bucket::new(Plan::STANDARD);
    for _ in 0..47 {
        assert_eq!(bucket.reserve(0.0), 0.0);
    }
    assert!(bucket.reserve(0.0) > 0.0);
    assert_eq!(
        bucket.reserve(60_000.0),
        0.0,
        "a minute later the bucket is empty"
    );
}

#[test]
fn operating_time_holds_a_method_back_until_its_reset() {
    let mut operating = Operating::new(480.0);
    let now = 1_700_000_000_000.0;
    assert_eq!(operating.wait_ms("im.notify.get", now), 0.0);
    operating.observe("im.notify.get", Some(400.0), Some(1_700_000_300.0));
    operating.observe("im.notify.get", Some(460.0), Some(1_700_000_300.0));
    // 460 + the last call's 60 would cross 480: wait for the reset.
    assert_eq!(operating.wait_ms("im.notify.get", now), 300_000.0);
    assert_eq!(
        operating.wait_ms("IM.NOTIFY.GET", now),
        300_000.0,
        "method names ignore case"
    );
    assert_eq!(
        operating.wait_ms("im.notify.answer", now),
        0.0,
        "other methods are free"
    );
    assert_eq!(operating.wait_ms("im.notify.get", 1_700_000_300_000.0), 0.0);
    operating.observe("im.dialog.get", Some(10.0), None);
    operating.blocked("im.dialog.get", now);
    assert_eq!(operating.wait_ms("im.dialog.get", now), 60_000.0);
}

#[test]
fn only_a_method_near_its_limit_keeps_a_portal() {
    let now = 1_700_000_000_000.0;
    let mut operating = Operating::new(480.0);
    assert!(operating.is_idle(now));
    // A quick method: a small sum with a reset ten minutes ahead, as every reply reports it.
    operating.observe("im.notify.answer", Some(0.02), Some(now / 1000.0 + 600.0));
    assert!(operating.is_idle(now));
    operating.observe("im.notify.get", Some(100.0), Some(now / 1000.0 + 600.0));
    operating.observe("im.notify.get", Some(130.0), Some(now / 1000.0 + 600.0));
    assert!(
        !operating.is_idle(now),
        "130 s and a last cost of 30 s are near enough"
    );
    assert!(operating.is_idle(now + 600_000.0), "its window has ended");
    operating.blocked("im.dialog.get", now);
    assert!(!operating.is_idle(now));
}
