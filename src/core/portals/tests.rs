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
