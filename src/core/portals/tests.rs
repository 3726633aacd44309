use super::*;

#[test]
fn idle_portals_are_forgotten_and_the_map_stays_bounded() {
    let plan = Plan::STANDARD;
    // 100,000 portals, one call each, 10 ms apart: each bucket drains in half a second.
    for i in 0..100_000u32 {
        let now = f64::from(i) * 10.0;
        with_limits(&format!("https://p{i}.example"), plan, 480.0, now, |l| {
            l.bucket.reserve(now)
        });
    }
    assert!(remembered() < 1_000, "{} portals remembered", remembered());
}

#[test]
fn a_busy_portal_is_kept_and_shared() {
    let plan = Plan::STANDARD;
    let first = with_limits("https://busy.example", plan, 480.0, 0.0, |l| {
        (0..60).map(|_| l.bucket.reserve(0.0)).fold(0.0, f64::max)
    });
    // Another client of the same portal sees the same bucket: its slot comes after the 60.
    let next = with_limits("https://busy.example", plan, 480.0, 0.0, |l| {
        l.bucket.reserve(0.0)
    });
    assert!(next.unwrap() > first.unwrap());
}

#[test]
fn portals_whose_replies_report_little_operating_time_are_forgotten_too() {
    // Found by the memory load test: every portal answers with `time.operating` (0 for a quick
    // method) and an `operating_reset_at` ten minutes ahead, and that entry alone kept each
    // portal remembered for ten minutes: +0.4 KiB of wasm memory per portal.
    let plan = Plan::STANDARD;
    for i in 0..100_000u32 {
        let now = 1_700_000_000_000.0 + f64::from(i) * 10.0;
        with_limits(&format!("https://q{i}.example"), plan, 480.0, now, |l| {
            l.bucket.reserve(now);
            l.operating
                .observe("im.notify.answer", Some(0.02), Some(now / 1000.0 + 600.0));
        });
    }
    assert!(remembered() < 1_000, "{} portals remembered", remembered());
}
