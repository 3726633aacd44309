use super::*;
use crate::core::exchange::Lost;
use crate::core::step::{Input, Step};
use crate::error::{BadReplyKind, SkipCause};
use proptest::prelude::*;
use serde_json::json;

fn engine() -> Engine {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Engine::webhook(
        &format!("https://b{n}.example/rest/1/secret-path/"),
        r#"{"plan":false}"#,
    )
    .unwrap()
}

fn writes(n: usize) -> String {
    let rows: Vec<Value> = (0..n)
        .map(|i| json!([format!("c{i}"), "im.notify.answer", {"NOTIFY_ID": i + 1, "ANSWER_TEXT": "x"}]))
        .collect();
    Value::Array(rows).to_string()
}

/// The portal's answer to a batch body: every command succeeds with its key.
fn all_ok(body: &str) -> String {
    let sent: Value = serde_json::from_str(body).unwrap();
    let keys: Vec<String> = sent["cmd"].as_object().unwrap().keys().cloned().collect();
    let result: Map<String, Value> = keys.iter().map(|k| (k.clone(), json!(k))).collect();
    json!({"result": {"result": result, "result_error": []}}).to_string()
}

/// A 200 answer with this body.
fn reply_of(body: String) -> Input<'static> {
    Input::Reply { status: 200, body }
}

/// The body of the request a `Send` step carries.
fn sent_body(step: Step) -> String {
    match step {
        Step::Send(request) => request.body,
        other => panic!("expected a send, got {other:?}"),
    }
}

/// Runs a batch; `answer(request number, body)` gives each request's fate.
fn run(
    op: &mut BatchOp,
    engine: &mut Engine,
    answer: impl Fn(usize, &str) -> Result<String, Lost>,
) -> Vec<Outcome> {
    let mut requests = 0;
    let mut step = op.handle(engine, 0.0, Input::Poll, None);
    for _ in 0..1000 {
        match step {
            Step::Send(request) => {
                let input = match answer(requests, &request.body) {
                    Ok(reply) => Input::Reply {
                        status: 200,
                        body: reply,
                    },
                    Err(lost) => Input::Lost {
                        lost,
                        message: "socket hang up",
                    },
                };
                requests += 1;
                step = op.handle(engine, 0.0, input, None);
            }
            Step::Done => return op.outcomes(engine),
            other => panic!("{other:?}"),
        }
    }
    panic!("no end")
}

#[test]
fn a_lost_second_request_keeps_the_first_requests_results() {
    let mut engine = engine();
    let mut op = BatchOp::new(&engine, &writes(60), false, 0.0).unwrap();
    let outcomes = run(&mut op, &mut engine, |n, body| {
        if n == 0 {
            Ok(all_ok(body))
        } else {
            Err(Lost::MaybeSent)
        }
    });
    assert_eq!(outcomes.len(), 60);
    assert!(outcomes[..50].iter().all(|o| o.result.is_ok()));
    assert!(outcomes[50..]
        .iter()
        .all(|o| o.result.as_ref().unwrap_err().code() == "OUTCOME_UNKNOWN"));
}

#[test]
fn commands_the_reply_leaves_out_are_unknown_not_skipped() {
    let replies = [
        json!({"result": {"result": {"c0": true}, "result_error": []}}),
        json!({"result": {"result": {"c0": true}, "result_error": ["oops"]}}),
        json!({"result": "nothing"}),
        json!({"result": null}),
        json!({"result": {"result": {"c0": true}, "result_error": {"c1": "BAD_THING"}}}),
    ];
    for reply in replies {
        let mut engine = engine();
        let mut op = BatchOp::new(&engine, &writes(3), false, 0.0).unwrap();
        let outcomes = run(&mut op, &mut engine, |_, _| Ok(reply.to_string()));
        for outcome in &outcomes {
            if let Err(e) = &outcome.result {
                assert_ne!(e.code(), "SKIPPED", "{reply}: {e:?}");
                assert!(!e.code().is_empty());
            }
        }
        assert_eq!(
            outcomes[2].result.as_ref().unwrap_err().code(),
            "OUTCOME_UNKNOWN",
            "{reply}"
        );
    }
}

#[test]
fn with_halt_what_follows_a_failure_is_skipped() {
    let mut engine = engine();
    let mut op = BatchOp::new(&engine, &writes(3), true, 0.0).unwrap();
    let reply = json!({"result": {"result": {"c0": true}, "result_error": {"c1": {"error": "ERROR_X", "error_description": "no"}}}});
    let outcomes = run(&mut op, &mut engine, |_, _| Ok(reply.to_string()));
    let codes: Vec<&str> = outcomes
        .iter()
        .map(|o| o.result.as_ref().map_or_else(|e| e.code(), |_| "ok"))
        .collect();
    assert_eq!(codes, ["ok", "ERROR_X", "SKIPPED"]);
}

#[test]
fn references_across_requests_are_filled_in_and_a_failed_one_is_not_sent() {
    let mut engine = engine();
    let mut rows: Vec<Value> = (0..50)
        .map(|i| json!([format!("c{i}"), "im.notify.answer", {"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}]))
        .collect();
    rows.push(
        json!(["late", "im.notify.answer", {"NOTIFY_ID": "$result[c3]", "ANSWER_TEXT": "x"}]),
    );
    rows.push(
        json!(["blocked", "im.notify.answer", {"NOTIFY_ID": "$result[c4]", "ANSWER_TEXT": "x"}]),
    );
    let mut op = BatchOp::new(&engine, &Value::Array(rows).to_string(), false, 0.0).unwrap();
    let bodies = std::cell::RefCell::new(Vec::new());
    let outcomes = run(&mut op, &mut engine, |n, body| {
        bodies.borrow_mut().push(body.to_string());
        if n == 0 {
            let mut reply: Value = serde_json::from_str(&all_ok(body)).unwrap();
            reply["result"]["result"]["c3"] = json!(77);
            reply["result"]["result"]
                .as_object_mut()
                .unwrap()
                .remove("c4");
            reply["result"]["result_error"] =
                json!({"c4": {"error": "NOPE", "error_description": ""}});
            Ok(reply.to_string())
        } else {
            Ok(all_ok(body))
        }
    });
    let second = &bodies.borrow()[1];
    assert!(second.contains("NOTIFY_ID=77"), "{second}");
    assert!(!second.contains("blocked"), "{second}");
    assert_eq!(outcomes[51].result.as_ref().unwrap_err().code(), "SKIPPED");
}

fn codes(outcomes: &[Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .map(|o| {
            o.result
                .as_ref()
                .map_or_else(|e| e.code().to_string(), |_| "ok".into())
        })
        .collect()
}

#[test]
fn skipped_says_halt_only_with_halt_and_names_the_failed_reference_without() {
    let rows = json!([
        ["a", "im.notify.answer", {"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}],
        ["b", "im.notify.answer", {"NOTIFY_ID": "$result[a]", "ANSWER_TEXT": "x"}],
    ]);
    let failing = json!({"result": {"result": [], "result_error": {"a": {"error": "NOPE", "error_description": ""}}}});
    let mut engine = engine();
    let mut op = BatchOp::new(&engine, &rows.to_string(), false, 0.0).unwrap();
    let mut outcomes = Vec::new();
    let mut sent = 0;
    let mut step = op.handle(&mut engine, 0.0, Input::Poll, None);
    for _ in 0..10 {
        match step {
            Step::Send(request) => {
                sent += 1;
                // One command per request here: the second waits for the first's result.
                let reply = if sent == 1 {
                    failing.to_string()
                } else {
                    all_ok(&request.body)
                };
                step = op.handle(&mut engine, 0.0, reply_of(reply), None);
            }
            Step::Done => {
                outcomes = op.outcomes(&engine);
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    // Both go in the same request (the portal fills in $result[a] itself): b has no entry.
    assert_eq!(sent, 1);
    let skipped = Error::Skipped {
        method: "m".into(),
        cause: SkipCause::Reference("a".into()),
    };
    assert!(
        !skipped.description().contains("halt"),
        "{}",
        skipped.description()
    );
    assert!(skipped.description().contains("$result[a]"));
    let halted = Error::Skipped {
        method: "m".into(),
        cause: SkipCause::Halt,
    };
    assert!(halted.description().contains("halt was set"));
    assert_eq!(codes(&outcomes)[0], "NOPE");

    // Across requests: the 51st refers to a failed command of the first request, halt off.
    let mut rows: Vec<Value> = (0..50)
        .map(|i| json!([format!("c{i}"), "im.notify.answer", {"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}]))
        .collect();
    rows.push(
        json!(["late", "im.notify.answer", {"NOTIFY_ID": "$result[c4]", "ANSWER_TEXT": "x"}]),
    );
    let mut op = BatchOp::new(&engine, &Value::Array(rows).to_string(), false, 0.0).unwrap();
    let outcomes = run(&mut op, &mut engine, |_, body| {
        let mut reply: Value = serde_json::from_str(&all_ok(body)).unwrap();
        reply["result"]["result"]
            .as_object_mut()
            .unwrap()
            .remove("c4");
        reply["result"]["result_error"] = json!({"c4": {"error": "NOPE", "error_description": ""}});
        Ok(reply.to_string())
    });
    let late = outcomes[50].result.as_ref().unwrap_err();
    assert_eq!(late.code(), "SKIPPED");
    assert!(
        !late.description().contains("halt"),
        "{}",
        late.description()
    );
    assert!(
        late.description().contains("$result[c4]"),
        "{}",
        late.description()
    );
}

/// 50 commands whose results are `{"ID": 5, "OBJ": {"x": 1}, "NONE": null}`, then `tail`.
fn after_a_full_request(tail: Value) -> Vec<Outcome> {
    let mut engine = engine();
    let mut rows: Vec<Value> = (0..50)
        .map(|i| json!([format!("c{i}"), "im.notify.answer", {"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}]))
        .collect();
    rows.extend(tail.as_array().unwrap().iter().cloned());
    let mut op = BatchOp::new(&engine, &Value::Array(rows).to_string(), false, 0.0).unwrap();
    let bodies = std::cell::RefCell::new(Vec::new());
    let outcomes = run(&mut op, &mut engine, |n, body| {
        bodies.borrow_mut().push(body.to_string());
        let mut reply: Value = serde_json::from_str(&all_ok(body)).unwrap();
        if n == 0 {
            for value in reply["result"]["result"]
                .as_object_mut()
                .unwrap()
                .values_mut()
            {
                *value = json!({"ID": 5, "OBJ": {"x": 1}, "NONE": null});
            }
        }
        Ok(reply.to_string())
    });
    // Nothing refused was sent.
    for body in bodies.borrow().iter().skip(1) {
        for (i, outcome) in outcomes.iter().enumerate().skip(50) {
            if outcome.result.is_err() {
                assert!(
                    !body.contains(&format!("\"{}\"", outcome.key)),
                    "command {i} was sent: {body}"
                );
            }
        }
    }
    outcomes
}

#[test]
fn references_across_requests_are_checked_as_the_portal_reads_them() {
    let outcomes = after_a_full_request(json!([
        ["good", "im.notify.answer", {"NOTIFY_ID": "$result[c0][ID]", "ANSWER_TEXT": "x"}],
        ["missing", "im.notify.answer", {"NOTIFY_ID": "$result[c0][NOPE]", "ANSWER_TEXT": "x"}],
        ["object", "im.notify.answer", {"NOTIFY_ID": "$result[c1][OBJ]", "ANSWER_TEXT": "x"}],
        ["null", "im.notify.answer", {"NOTIFY_ID": "$result[c2][NONE]", "ANSWER_TEXT": "x"}],
        ["other", "crm.lead.add", {"fields": {"TITLE": "$result[c3][NOPE]"}}],
    ]));
    assert!(outcomes[50].result.is_ok(), "{:?}", outcomes[50]);
    let field = |i: usize| match outcomes[i].result.as_ref().unwrap_err() {
        Error::InvalidParam { field, problem, .. } => (field.clone(), problem.clone()),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        field(51),
        ("cmd.missing.NOTIFY_ID".into(), Problem::UnresolvedReference)
    );
    assert_eq!(field(52).0, "cmd.object.NOTIFY_ID");
    assert!(matches!(field(52).1, Problem::WrongType(_)));
    assert_eq!(field(53), ("cmd.null.NOTIFY_ID".into(), Problem::Missing));
    // A method outside the table is not validated, but a dangling reference is still refused.
    assert_eq!(
        field(54),
        (
            "cmd.other.fields.TITLE".into(),
            Problem::UnresolvedReference
        )
    );
}

#[test]
fn an_abort_keeps_what_ran_says_what_was_in_flight_and_skips_nothing() {
    let mut engine = engine();
    let mut op = BatchOp::new(&engine, &writes(120), false, 0.0).unwrap();
    let body = sent_body(op.handle(&mut engine, 0.0, Input::Poll, None));
    let step = op.handle(&mut engine, 0.0, reply_of(all_ok(&body)), None);
    assert!(matches!(step, Step::Send(_)), "{step:?}");
    assert!(op.in_flight());
    let step = op.handle(&mut engine, 0.0, Input::Poll, Some("signal"));
    assert_eq!(step, Step::Done);
    let got = codes(&op.outcomes(&engine));
    let codes_of = got.clone();
    assert!(codes_of[..50].iter().all(|c| c == "ok"));
    assert!(
        got[50..100].iter().all(|c| c == "OUTCOME_UNKNOWN"),
        "{got:?}"
    );
    assert!(got[100..].iter().all(|c| c == "ABORTED"), "{got:?}");
    let error = op.error().expect("the batch itself is ABORTED");
    assert_eq!(error.code(), "ABORTED");
    assert!(
        error.description().contains("20 of 120"),
        "{}",
        error.description()
    );
    assert_eq!(op.settled(), 120);

    // An abort after the last answer cuts nothing: no batch error.
    let mut op = BatchOp::new(&engine, &writes(3), false, 0.0).unwrap();
    let body = sent_body(op.handle(&mut engine, 0.0, Input::Poll, None));
    let step = op.handle(&mut engine, 0.0, reply_of(all_ok(&body)), Some("signal"));
    assert_eq!(step, Step::Done);
    assert_eq!(codes(&op.outcomes(&engine)), ["ok", "ok", "ok"]);
    assert!(op.error().is_none());
}

#[test]
fn a_request_is_logged_in_one_scrubbed_line() {
    let mut engine = engine();
    engine.use_logger();
    let mut op = BatchOp::new(&engine, &writes(2), false, 0.0).unwrap();
    let body = sent_body(op.handle(&mut engine, 10.0, Input::Poll, None));
    op.handle(&mut engine, 44.0, reply_of(all_ok(&body)), None);
    assert_eq!(
        engine.take_log(),
        "info b24 request method=batch commands=2 transport=webhook status=200 ms=34 attempt=1 \
         waited_ms=0 refusals=0 refreshes=0 outcome=ok"
    );
    // A portal error quoting the secret: the code is one word, the secret is masked.
    let mut call = CallOp::new(
        &engine,
        "im.notify.answer",
        r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"x"}"#,
        0.0,
    )
    .unwrap();
    sent_body(call.handle(&mut engine, 0.0, Input::Poll, None));
    let reply = json!({"error": "secret-path leaked", "error_description": "x"}).to_string();
    let input = Input::Reply {
        status: 400,
        body: reply,
    };
    call.handle(&mut engine, 5.0, input, None);
    let line = engine.take_log();
    assert!(
        line.starts_with("error b24 request method=im.notify.answer "),
        "{line}"
    );
    assert!(!line.contains("secret-path"), "{line}");
    assert!(line.ends_with("outcome=error:***?leaked"), "{line}");
}

#[test]
fn batch_commands_must_be_method_names_and_objects() {
    let engine = engine();
    for (rows, field) in [
        (
            json!([["a", "im.notify.answer?auth=x", {}]]),
            "cmd.a.method",
        ),
        (json!([["a", "../../x", {}]]), "cmd.a.method"),
        (json!([["a", "a&b", {}]]), "cmd.a.method"),
        (json!([["a", null, {}]]), "cmd.a"),
        (json!([["a", "batch", {}]]), "cmd.a.method"),
        (json!([["a", "im.notify.answer", 5]]), "cmd.a"),
        (json!([[1, "im.notify.answer", {}]]), "cmd.0"),
    ] {
        let e = BatchOp::new(&engine, &rows.to_string(), false, 0.0).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INVALID_PARAM", Some(field)),
            "{rows}"
        );
    }
}

#[test]
fn call_names_are_checked_before_anything() {
    let engine = engine();
    for name in [
        "../../oauth/token",
        "",
        "batch",
        "im.notify.answe%72",
        "a#b",
    ] {
        let e = CallOp::new(&engine, name, "{}", 0.0).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INVALID_PARAM", Some("method")),
            "{name:?}"
        );
    }
}

#[test]
fn error_fields_hold_what_js_needs() {
    let e = Error::OutcomeUnknown {
        method: "m".into(),
        message: "x".into(),
        status: Some(502),
        kind: Some(BadReplyKind::Html),
    };
    let fields = error_fields(&e);
    assert_eq!(fields["code"], "OUTCOME_UNKNOWN");
    assert_eq!(fields["status"], 502);
    assert_eq!(fields["kind"], "html");
    assert_eq!(fields["method"], "m");
}

proptest! {
    /// Any batch reply, however odd: every command gets exactly one outcome, no panic, and no
    /// command is called SKIPPED without halt.
    #[test]
    fn any_batch_reply_gives_every_command_one_honest_outcome(
        reply in prop_oneof![
            ".{0,40}",
            Just(r#"{"result":{"result":[true],"result_error":{"c2":{}}}}"#.to_string()),
            Just(r#"{"result":{"result":{"c1":null},"result_error":{"c0":""}}}"#.to_string()),
            Just(r#"{"result":{"result_total":{"c0":"x"}}}"#.to_string()),
        ],
        status in prop_oneof![Just(200u32), Just(500u32), 0u32..1000],
    ) {
        let mut engine = engine();
        let mut op = BatchOp::new(&engine, &writes(3), false, 0.0).unwrap();
        let mut steps = 0;
        let mut input = Input::Poll;
        loop {
            steps += 1;
            prop_assert!(steps < 100);
            match op.handle(&mut engine, 0.0, core::mem::replace(&mut input, Input::Poll), None) {
                Step::Send(_) => input = Input::Reply { status, body: reply.clone() },
                Step::Done => break,
                Step::Wait(_) => {}
                other => prop_assert!(false, "{:?}", other),
            }
        }
        let outcomes = op.outcomes(&engine);
        prop_assert_eq!(outcomes.len(), 3);
        for o in outcomes {
            if let Err(e) = o.result {
                prop_assert_ne!(e.code(), "SKIPPED");
                prop_assert!(!e.code().is_empty());
            }
        }
    }
}
