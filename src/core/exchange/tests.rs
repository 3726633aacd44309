use super::*;
use crate::core::engine::Engine;
use proptest::prelude::*;

const OK: &str = r#"{"result":true,"time":{"operating":0.1}}"#;
const READ: &str = "imopenlines.config.get";
const WRITE: &str = "im.notify.answer";

fn webhook(options: &str) -> Engine {
    // Each engine its own portal, so that the tests' limits do not mix.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Engine::webhook(
        &format!("https://p{n}.example/rest/1/secret-path/"),
        options,
    )
    .unwrap()
}

fn exchange(method: &str) -> Exchange {
    let access = crate::methods::find(method).map_or(Access::Write, |m| m.access);
    Exchange::new(method.into(), access, "{}".into())
}

/// Runs an exchange against scripted answers; returns the outcome and how often it was sent.
fn run(
    engine: &mut Engine,
    ex: &mut Exchange,
    answers: &[Result<(u32, &str), Lost>],
) -> (Result<Success, Error>, usize) {
    let (mut now, deadline, mut sent) = (0.0, engine.config.timeout_ms, 0);
    let mut answers = answers.iter();
    for _ in 0..1000 {
        match ex.step(engine, now, deadline) {
            Next::Send => {
                sent += 1;
                match answers.next() {
                    Some(Ok((status, body))) => ex.on_reply(engine, now, *status, body.to_string()),
                    Some(Err(lost)) => ex.on_lost(engine, now, *lost, "connection reset"),
                    None => ex.on_lost(engine, now, Lost::Deadline, ""),
                }
            }
            Next::Wait(ms) => now += ms,
            Next::Refresh => engine.set_token("fresh-token-1").unwrap(),
            Next::Done => return (ex.take_outcome().unwrap(), sent),
            Next::Pending | Next::Reserve | Next::ReportRefusal => {
                panic!("not expected here")
            }
        }
    }
    panic!("no end");
}

#[test]
fn a_success_is_sent_once() {
    let mut engine = webhook("");
    let (outcome, sent) = run(&mut engine, &mut exchange(WRITE), &[Ok((200, OK))]);
    assert!(outcome.is_ok());
    assert_eq!(sent, 1);
}

#[test]
fn refusals_are_sent_again_and_lost_writes_never() {
    let mut engine = webhook("");
    let refused = r#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#;
    let (outcome, sent) = run(
        &mut engine,
        &mut exchange(WRITE),
        &[Ok((503, refused)), Ok((200, OK))],
    );
    assert!(outcome.is_ok());
    assert_eq!((sent, engine.stats().refusals), (2, 1));
    let (outcome, sent) = run(
        &mut engine,
        &mut exchange(WRITE),
        &[Err(Lost::MaybeSent), Ok((200, OK))],
    );
    assert_eq!((outcome.unwrap_err().code(), sent), ("OUTCOME_UNKNOWN", 1));
    let (outcome, sent) = run(&mut engine, &mut exchange(WRITE), &[Err(Lost::NotSent)]);
    assert_eq!((outcome.unwrap_err().code(), sent), ("NETWORK", 1));
}

#[test]
fn reads_are_asked_again_a_bounded_number_of_times() {
    let mut engine = webhook("");
    let (outcome, sent) = run(
        &mut engine,
        &mut exchange(READ),
        &[Err(Lost::MaybeSent), Ok((502, "<html>")), Ok((200, OK))],
    );
    assert!(outcome.is_ok());
    assert_eq!(sent, 3);
    let lost = [Err(Lost::MaybeSent); 5];
    let (outcome, sent) = run(&mut engine, &mut exchange(READ), &lost);
    assert_eq!((outcome.unwrap_err().code(), sent), ("NETWORK", 3));
}

#[test]
fn an_abort_says_whether_the_request_was_sent() {
    let mut engine = webhook("");
    let aborted = |engine: &mut Engine, ex: &mut Exchange| {
        ex.abort(engine, "signal");
        let error = ex.take_outcome().unwrap().unwrap_err();
        (error.code().to_string(), error.description())
    };
    // Before it was sent: ABORTED, "not sent".
    let mut ex = exchange(READ);
    let (code, text) = aborted(&mut engine, &mut ex);
    assert_eq!(
        (code.as_str(), text.starts_with("not sent")),
        ("ABORTED", true)
    );
    // In flight: a read is NETWORK, a write OUTCOME_UNKNOWN; neither says "not sent".
    for (method, want) in [(READ, "NETWORK"), (WRITE, "OUTCOME_UNKNOWN")] {
        let mut ex = exchange(method);
        assert_eq!(ex.step(&mut engine, 0.0, 1e9), Next::Send);
        let (code, text) = aborted(&mut engine, &mut ex);
        assert_eq!(code, want);
        assert!(!text.starts_with("not sent"), "{text}");
    }
    // A read whose first attempt got no answer, aborted while it waits to ask again: it was sent.
    let mut ex = exchange(READ);
    assert_eq!(ex.step(&mut engine, 0.0, 1e9), Next::Send);
    ex.on_lost(&mut engine, 0.0, Lost::MaybeSent, "socket hang up");
    assert!(matches!(ex.step(&mut engine, 0.0, 1e9), Next::Wait(_)));
    let (code, text) = aborted(&mut engine, &mut ex);
    assert_eq!(code, "NETWORK");
    assert!(!text.contains("not sent"), "{text}");
    // A write the portal refused (it did not run), aborted before the repeat: not sent again.
    let mut ex = exchange(WRITE);
    assert_eq!(ex.step(&mut engine, 0.0, 1e9), Next::Send);
    let refused = r#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#;
    ex.on_reply(&mut engine, 0.0, 503, refused.into());
    let (code, _) = aborted(&mut engine, &mut ex);
    assert_eq!(code, "ABORTED");
}

#[test]
fn a_logger_sees_each_request_its_retries_and_waits() {
    let mut engine = webhook(r#"{"plan":false}"#);
    engine.use_logger();
    let refused = r#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#;
    let (outcome, sent) = run(
        &mut engine,
        &mut exchange(WRITE),
        &[Ok((503, refused)), Ok((200, OK))],
    );
    assert!(outcome.is_ok());
    assert_eq!(sent, 2);
    let log = engine.take_log();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(
        lines,
        [
            "warn b24 request method=im.notify.answer transport=webhook status=503 ms=0 attempt=1 waited_ms=0 refusals=1 refreshes=0 outcome=retry:QUERY_LIMIT_EXCEEDED",
            "debug b24 wait method=im.notify.answer ms=500 for=retry",
            "info b24 request method=im.notify.answer transport=webhook status=200 ms=0 attempt=2 waited_ms=500 refusals=1 refreshes=0 outcome=ok",
        ]
    );
    // Without a logger nothing is kept.
    let mut quiet = webhook("");
    assert!(run(&mut quiet, &mut exchange(WRITE), &[Ok((200, OK))])
        .0
        .is_ok());
    assert_eq!(quiet.take_log(), "");
}

#[test]
fn unreadable_answers_to_writes_are_outcome_unknown_with_what_came() {
    let mut engine = webhook("");
    for (status, body, kind) in [
        (200, r#"{"result":"#, "truncated"),
        (502, "<html>", "html"),
        (200, "", "empty"),
        (200, r#"{"time":{}}"#, "no_result"),
    ] {
        let (outcome, sent) = run(
            &mut engine,
            &mut exchange(WRITE),
            &[Ok((status, body)), Ok((200, OK))],
        );
        let e = outcome.unwrap_err();
        assert_eq!(
            (
                e.code(),
                e.status(),
                e.kind().map(BadReplyKind::as_str),
                sent
            ),
            ("OUTCOME_UNKNOWN", Some(status as u16), Some(kind), 1)
        );
    }
}

#[test]
fn statuses_outside_100_to_599_and_redirects_are_never_success() {
    let mut engine = webhook("");
    for status in [65_736, 0, 99, 600, 307] {
        let (outcome, sent) = run(
            &mut engine,
            &mut exchange(READ),
            &[Ok((status, OK)), Ok((200, OK))],
        );
        let e = outcome.unwrap_err();
        assert_eq!((e.code(), sent), ("BAD_REPLY", 1), "{status}");
        let (outcome, _) = run(&mut engine, &mut exchange(WRITE), &[Ok((status, OK))]);
        assert_eq!(outcome.unwrap_err().code(), "OUTCOME_UNKNOWN", "{status}");
    }
}

#[test]
fn an_expired_token_is_refreshed_once_and_the_call_sent_again_with_the_new_one() {
    let mut engine = Engine::oauth("https://oauth.example/rest/", "old-token-1", "").unwrap();
    let expired =
        r#"{"error":"expired_token","error_description":"The access token provided has expired."}"#;
    let mut ex = exchange(WRITE);
    let (outcome, sent) = run(&mut engine, &mut ex, &[Ok((401, expired)), Ok((200, OK))]);
    assert!(outcome.is_ok());
    assert_eq!(sent, 2);
    assert!(ex.body(&engine).contains("fresh-token-1"));
    // Refused again with the new token: no second refresh.
    let (outcome, sent) = run(
        &mut engine,
        &mut exchange(WRITE),
        &[Ok((401, expired)), Ok((401, expired)), Ok((200, OK))],
    );
    assert_eq!((outcome.unwrap_err().code(), sent), ("expired_token", 2));
}

#[test]
fn calls_waiting_for_a_refresh_share_its_failure() {
    let mut engine = Engine::oauth("https://oauth2.example/rest/", "old-token-1", "").unwrap();
    let expired = r#"{"error":"expired_token","error_description":"expired"}"#;
    let (mut a, mut b) = (exchange(WRITE), exchange(WRITE));
    for ex in [&mut a, &mut b] {
        assert_eq!(ex.step(&mut engine, 0.0, 1e6), Next::Send);
    }
    a.on_reply(&mut engine, 1.0, 401, expired.into());
    assert_eq!(a.step(&mut engine, 1.0, 1e6), Next::Refresh);
    engine.refresh_failed(2.0, "refresh() threw TypeError", "REAUTHORIZE");
    assert_eq!(a.step(&mut engine, 2.0, 1e6), Next::Done);
    b.on_reply(&mut engine, 3.0, 401, expired.into());
    // b was sent before the failure: it shares it instead of refreshing again.
    assert_eq!(b.step(&mut engine, 3.0, 1e6), Next::Done);
    assert_eq!(
        b.take_outcome().unwrap().unwrap_err().code(),
        "REFRESH_FAILED"
    );
    // A call sent after the failure tries again.
    let mut c = exchange(WRITE);
    assert_eq!(c.step(&mut engine, 4.0, 1e6), Next::Send);
    c.on_reply(&mut engine, 5.0, 401, expired.into());
    assert_eq!(c.step(&mut engine, 5.0, 1e6), Next::Refresh);
}

#[test]
fn the_deadline_bounds_waits_refreshes_and_requests() {
    let mut engine = webhook(r#"{"timeoutMs":300}"#);
    // In flight past the deadline: a write's outcome is unknown, a read is a network error.
    let (outcome, _) = run(&mut engine, &mut exchange(WRITE), &[]);
    assert_eq!(outcome.unwrap_err().code(), "OUTCOME_UNKNOWN");
    let mut engine = Engine::oauth(
        "https://oauth3.example/rest/",
        "old-token-1",
        r#"{"timeoutMs":300}"#,
    )
    .unwrap();
    let mut ex = exchange(WRITE);
    assert_eq!(ex.step(&mut engine, 0.0, 300.0), Next::Send);
    ex.on_reply(
        &mut engine,
        10.0,
        401,
        r#"{"error":"expired_token"}"#.into(),
    );
    assert_eq!(ex.step(&mut engine, 10.0, 300.0), Next::Refresh);
    // refresh() never settles: at the deadline the call ends, nothing sent again.
    assert_eq!(ex.step(&mut engine, 300.0, 300.0), Next::Done);
    let e = ex.take_outcome().unwrap().unwrap_err();
    assert_eq!(e.code(), "TIMEOUT");
    assert!(e.description().contains("refresh"), "{e}");
}

#[test]
fn a_reply_cannot_poison_the_limits_for_longer_than_the_operating_window() {
    let mut engine = webhook("");
    let poison = r#"{"result":true,"time":{"operating":1e9,"operating_reset_at":1e12}}"#;
    let (outcome, _) = run(&mut engine, &mut exchange(WRITE), &[Ok((200, poison))]);
    assert!(outcome.is_ok());
    let mut ex = exchange(WRITE);
    // The next call would wait at most the 10-minute window, past its 90 s deadline: it says so.
    assert_eq!(ex.step(&mut engine, 0.0, 90_000.0), Next::Done);
    let e = ex.take_outcome().unwrap().unwrap_err();
    assert_eq!(e.code(), "TIMEOUT");
    assert!(e.description().contains("limits"), "{e}");
    // With a deadline past the window, the wait is the window at most.
    let mut ex = exchange(WRITE);
    match ex.step(&mut engine, 0.0, 1e9) {
        Next::Wait(ms) => assert!(ms <= crate::limits::OPERATING_WINDOW_MS, "{ms}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_call_held_past_its_deadline_keeps_no_slot_of_the_shared_bucket() {
    // Found by the adversarial suite: each call refused for a poisoned method booked a bucket
    // slot ten minutes ahead, so every other method of the portal then waited ten minutes.
    let mut engine = webhook("");
    let poison = r#"{"result":true,"time":{"operating":1e9,"operating_reset_at":1e12}}"#;
    let (outcome, _) = run(&mut engine, &mut exchange(WRITE), &[Ok((200, poison))]);
    assert!(outcome.is_ok());
    for _ in 0..100 {
        let mut held = exchange(WRITE);
        assert_eq!(held.step(&mut engine, 0.0, 90_000.0), Next::Done);
        assert_eq!(held.take_outcome().unwrap().unwrap_err().code(), "TIMEOUT");
    }
    // Another method goes at once.
    assert_eq!(exchange(READ).step(&mut engine, 0.0, 90_000.0), Next::Send);
    // The same for calls the bucket itself would hold past their deadline: the slots they
    // gave back are free for calls that can wait.
    let mut engine = webhook(r#"{"plan":{"size":2,"drain":1}}"#);
    assert_eq!(exchange(READ).step(&mut engine, 0.0, 10.0), Next::Send);
    for _ in 0..100 {
        let mut late = exchange(READ);
        assert_eq!(late.step(&mut engine, 0.0, 10.0), Next::Done);
        assert_eq!(late.take_outcome().unwrap().unwrap_err().code(), "TIMEOUT");
    }
    match exchange(READ).step(&mut engine, 0.0, 1e6) {
        Next::Wait(ms) => assert!(ms <= 1000.0, "{ms}"),
        Next::Send => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn texts_from_outside_are_scrubbed_of_the_secret() {
    let mut engine = webhook("");
    let mut ex = exchange(WRITE);
    assert_eq!(ex.step(&mut engine, 0.0, 1e6), Next::Send);
    ex.on_lost(
        &mut engine,
        1.0,
        Lost::MaybeSent,
        "Failed to parse URL from https://p/rest/1/secret-path/im.notify.answer",
    );
    let e = ex.take_outcome().unwrap().unwrap_err();
    assert!(!format!("{e} {e:?}").contains("secret-path"), "{e:?}");
}

#[test]
fn with_a_limiter_store_each_send_reserves_its_slot_there_and_refusals_are_reported() {
    let mut engine = webhook("");
    engine.use_shared_bucket();
    let mut ex = exchange(WRITE);
    assert_eq!(ex.step(&mut engine, 0.0, 1e6), Next::Reserve);
    // Asked again before the store answers: still waiting for it, nothing sent.
    assert_eq!(ex.step(&mut engine, 0.0, 1e6), Next::Reserve);
    ex.on_reserved(&mut engine, 0.0, 500.0, 1e6);
    assert_eq!(ex.step(&mut engine, 0.0, 1e6), Next::Wait(500.0));
    assert_eq!(ex.step(&mut engine, 500.0, 1e6), Next::Send);
    ex.on_reply(
        &mut engine,
        501.0,
        503,
        r#"{"error":"QUERY_LIMIT_EXCEEDED"}"#.into(),
    );
    assert_eq!(ex.step(&mut engine, 501.0, 1e6), Next::ReportRefusal);
    assert_eq!(ex.step(&mut engine, 501.0, 1e6), Next::Reserve);
    // A store that fails, or answers nonsense, ends the call unsent.
    ex.on_reserved(&mut engine, 502.0, f64::NAN, 1e6);
    assert_eq!(ex.step(&mut engine, 502.0, 1e6), Next::Done);
    assert_eq!(
        ex.take_outcome().unwrap().unwrap_err().code(),
        "STORE_UNAVAILABLE"
    );
    // A store's wait past the deadline ends the call unsent too.
    let mut ex = exchange(WRITE);
    assert_eq!(ex.step(&mut engine, 0.0, 1000.0), Next::Reserve);
    ex.on_reserved(&mut engine, 0.0, 5000.0, 1000.0);
    assert_eq!(ex.step(&mut engine, 0.0, 1000.0), Next::Done);
    assert_eq!(ex.take_outcome().unwrap().unwrap_err().code(), "TIMEOUT");
}

fn answer() -> impl Strategy<Value = Result<(u32, String), Lost>> {
    prop_oneof![
        Just(Ok((200, OK.to_string()))),
        Just(Ok((503, r#"{"error":"QUERY_LIMIT_EXCEEDED"}"#.to_string()))),
        Just(Ok((429, r#"{"error":"OPERATION_TIME_LIMIT"}"#.to_string()))),
        Just(Ok((401, r#"{"error":"expired_token"}"#.to_string()))),
        Just(Ok((400, r#"{"error":1.5}"#.to_string()))),
        (0u32..70_000, ".{0,20}").prop_map(|(s, b)| Ok((s, b))),
        Just(Err(Lost::MaybeSent)),
        Just(Err(Lost::NotSent)),
        Just(Err(Lost::Deadline)),
    ]
}

proptest! {
    /// Whatever the portal answers: no panic, an end within bounded steps, and a write is
    /// sent again only after an answer that proves it was not carried out.
    #[test]
    fn any_sequence_of_answers_ends_and_never_repeats_a_write_that_may_have_run(
        answers in proptest::collection::vec(answer(), 0..20),
        oauth in any::<bool>(),
        method in prop_oneof![Just(WRITE), Just(READ)],
    ) {
        let mut engine = if oauth {
            Engine::oauth("https://prop.example/rest/", "prop-token-1", r#"{"timeoutMs":100000000}"#).unwrap()
        } else {
            webhook(r#"{"timeoutMs":100000000}"#)
        };
        let mut ex = exchange(method);
        let mut answers = answers.into_iter();
        let (mut now, mut sends, mut may_have_run) = (0.0, 0, false);
        let mut finished = false;
        for _ in 0..500 {
            match ex.step(&mut engine, now, 1e8) {
                Next::Send => {
                    prop_assert!(!(may_have_run && method == WRITE), "a write sent again after it may have run");
                    sends += 1;
                    match answers.next() {
                        Some(Ok((status, body))) => {
                            let refused = body.contains("QUERY_LIMIT") || body.contains("OPERATION_TIME") || body.contains("expired_token");
                            may_have_run |= !(refused && (400..600).contains(&status));
                            ex.on_reply(&mut engine, now, status, body);
                        }
                        Some(Err(lost)) => {
                            may_have_run |= lost != Lost::NotSent;
                            ex.on_lost(&mut engine, now, lost, "x");
                        }
                        None => ex.on_lost(&mut engine, now, Lost::Deadline, ""),
                    }
                }
                Next::Wait(ms) => { prop_assert!(ms >= 1.0 && ms.is_finite()); now += ms; }
                Next::Refresh => engine.set_token("prop-token-2").unwrap(),
                Next::Done => { finished = true; break; }
                Next::Pending | Next::Reserve | Next::ReportRefusal => {
                    prop_assert!(false, "unexpected step")
                }
            }
        }
        prop_assert!(finished);
        prop_assert!(ex.take_outcome().is_some());
        prop_assert!(sends <= 12);
    }
}
