//! A bounded fuzz target for the event parser (issue 20), run natively like the decoders'
//! (`cargo test --test fuzz_events`). The parser runs on unauthenticated bodies before any token
//! check, so besides "never panics, every refusal is a clear error" each input has a time
//! bound linear in its size: a fixed start-up allowance plus a cost per byte. Inputs are PHP
//! bracket forms and JSON built from the syntax's own pieces (brackets, appends, escapes, keys
//! of the prototype chain, repeated keys, bytes that are not UTF-8), and large bodies made of
//! one such unit repeated, the shape that made the old reader quadratic.

#![cfg(not(target_arch = "wasm32"))]

use b24_wasm::events::{parse, parse_polled_json, Queue};
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// The time an input of `len` bytes may take in a debug build on a busy machine: generous
/// per byte (about 20 times what a parse costs), but linear. The old reader took 1.5 s for
/// a 160 KB body of appends; this allows 0.9 s.
fn bound(len: usize) -> Duration {
    Duration::from_millis(100) + Duration::from_micros(5 * len as u64)
}

/// Pieces of the form syntax and of the events' own names.
const PIECES: &[&str] = &[
    "event=",
    "ONIMBOTV2MESSAGEADD",
    "ONIMBOTDELETE",
    "ONAPPINSTALL",
    "&",
    "=",
    "[",
    "]",
    "[]",
    "%5B%5D",
    "data",
    "[bot]",
    "[id]",
    "[PARAMS]",
    "[L]",
    "[0]",
    "[10]",
    "[07]",
    "%",
    "%5B",
    "%5D",
    "%ZZ",
    "%FF%FE",
    "%C0%AF",
    "%ED%A0%80",
    "%E2%82%AC",
    "+",
    "1",
    "9007199254740993",
    "auth",
    "[member_id]",
    "[application_token]",
    "[__proto__]",
    "[constructor]",
    "[prototype]",
    "{",
    "}",
    "\"",
    ":",
    ",",
];

fn form_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| parts.concat())
}

/// Bracket steps a repeated key is made of.
const STEPS: &[&str] = &[
    "[PARAMS]",
    "[L]",
    "%5BL%5D",
    "[bot]",
    "[0]",
    "[__proto__]",
    "[M]",
];

/// A body of one key shape repeated to up to 256 KiB after a valid head, each repeat a new
/// entry (ending in `[]`, an append, or in a running number), so the reader must take them all.
fn repeated() -> impl Strategy<Value = String> {
    let steps = prop::collection::vec(prop::sample::select(STEPS), 0..4);
    (
        steps,
        any::<bool>(),
        prop::sample::select(PIECES),
        1usize..256,
    )
        .prop_map(|(steps, append, value, kib)| {
            let value: String = value.chars().filter(|c| !matches!(c, '&' | '=')).collect();
            let mut body = String::from("event=ONIMBOTDELETE&data[BOT_ID]=1");
            let mut i = 0u64;
            while body.len() < kib << 10 {
                let last = if append {
                    "[]".to_string()
                } else {
                    format!("[{i}]")
                };
                body.push_str(&format!("&data{}{last}={value}", steps.concat()));
                i += 1;
            }
            body
        })
}

fn content_type() -> impl Strategy<Value = Option<&'static str>> {
    prop::sample::select(vec![
        None,
        Some("application/json"),
        Some("application/x-www-form-urlencoded"),
    ])
}

/// The CPU time this thread has run (Linux's schedstat), or else the wall clock since `wall`:
/// a busy machine's other processes then do not count against the parser.
fn thread_time(wall: Instant) -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| wall.elapsed(), Duration::from_nanos)
}

/// Parses one input and checks what every answer must be.
fn check(body: &str, content_type: Option<&str>) {
    let wall = Instant::now();
    let start = thread_time(wall);
    let read = parse(body, content_type);
    let _ = parse_polled_json(Queue::Offline, body);
    let took = thread_time(wall).saturating_sub(start);
    assert!(
        took <= bound(body.len()),
        "{} bytes took {took:?}",
        body.len()
    );
    match read {
        Ok(event) => {
            let json = event.to_json();
            assert!(!json.contains("\"__proto__\":") && !json.contains("\"constructor\":"));
            assert!(!event.dedupe_key().is_empty());
        }
        Err(e) => {
            assert!(!e.to_string().is_empty() && !e.kind().is_empty());
            assert!([400, 401, 413, 415].contains(&e.status()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn small_bodies_never_panic_and_end_in_time(body in form_text(), ct in content_type()) {
        check(&body, ct);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn large_repeated_bodies_end_in_linear_time(body in repeated(), ct in content_type()) {
        check(&body, ct);
    }
}
