//! The plain-Rust client against the stand-in over real HTTP on 127.0.0.1.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use b24_wasm::core::Engine;
use b24_wasm::error::{BadReplyKind, Error};
use b24_wasm::methods::{self, differences, differences::Kind};
use common::spec;
use common::standin::{Driver, Standin, UNLIMITED};
use serde_json::{json, Value};
use std::cell::Cell;
use std::rc::Rc;

/// No limiter and no retries of refusals: these tests look at what the portal answers.
fn webhook_client(standin: &Standin) -> Driver {
    common::standin::webhook_client(standin, r#"{"plan":false,"refusalRetries":0}"#)
}

/// The five methods that define the project, with the params of their docs' examples.
fn seeds() -> Vec<(&'static str, Value)> {
    vec![
        (
            "imopenlines.message.quick.save",
            json!({"CHAT_ID": 1331, "MESSAGE_ID": 83507}),
        ),
        (
            "imopenlines.crm.message.add",
            json!({"CRM_ENTITY_TYPE": "lead", "CRM_ENTITY": 1195, "USER_ID": 27, "CHAT_ID": 1341, "MESSAGE": "Message text"}),
        ),
        (
            "imopenlines.bot.session.message.send",
            json!({"CHAT_ID": 112, "NAME": "DEFAULT", "MESSAGE": "Hello!"}),
        ),
        (
            "im.notify.answer",
            json!({"NOTIFY_ID": 270, "ANSWER_TEXT": "I will participate"}),
        ),
        (
            "imopenlines.config.add",
            json!({"PARAMS": {
                "LINE_NAME": "Support", "QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": "1"}, {"ENTITY_TYPE": "department", "ENTITY_ID": 10}],
                "QUEUE_TYPE": "strictly", "QUEUE_TIME": 45, "WORKTIME_ENABLE": "Y", "WORKTIME_DAYOFF": ["SA", "SU"], "CRM": "Y", "CRM_CREATE": "deal"
            }}),
        ),
    ]
}

#[test]
fn the_five_seed_methods_reach_the_portal_as_sent_and_decode() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin);
    for (method, params) in seeds() {
        let success = client
            .call_json(method, &params.to_string())
            .unwrap_or_else(|e| panic!("{method}: {e}"));
        let reply: Value = serde_json::from_str(&success.body).unwrap();
        assert!(reply.get("result").is_some(), "{method}: {reply}");
        assert!(
            reply["time"]["start"].is_number(),
            "{method}: fresh time block"
        );
        let recorded = standin.requests().pop().unwrap();
        assert_eq!(recorded["method"], method);
        assert_eq!(recorded["transport"], "webhook");
        assert_eq!(
            recorded["params"], params,
            "{method}: params arrive JSON-equal"
        );
    }
    assert_eq!(standin.requests().len(), 5);
}

#[test]
fn every_documented_example_request_reaches_the_portal_json_equal() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin);
    let mut sent = 0;
    for documented in spec::load() {
        let Some(entry) = methods::find(&documented.name) else {
            continue;
        };
        let refused =
            differences::all().any(|d| d.method == entry.name && d.kind == Kind::ExampleRefused);
        // Pages without a curl example document no request, unless the method takes no params.
        let no_required = entry.params.iter().all(|p| !p.required);
        let Some(mut body) = documented
            .example
            .clone()
            .or_else(|| no_required.then(Default::default))
        else {
            continue;
        };
        body.remove("auth");
        let outcome = client.call_json(entry.name, &Value::Object(body.clone()).to_string());
        if refused {
            assert!(
                matches!(outcome, Err(Error::InvalidParam { .. })),
                "{}: listed as refused but {outcome:?}",
                entry.name
            );
            continue;
        }
        if let Err(e @ Error::InvalidParam { .. }) = &outcome {
            panic!(
                "{}: the docs' example is refused ({e}) and not listed in methods::differences",
                entry.name
            );
        }
        let recorded = standin.requests().pop().unwrap();
        assert_eq!(recorded["method"].as_str(), Some(entry.name));
        assert_eq!(recorded["params"], Value::Object(body), "{}", entry.name);
        sent += 1;
        // The stand-in answers the documented success shape, or a documented error.
        match outcome {
            Ok(success) => assert!(success.body.contains("\"result\"")),
            Err(Error::Api { status, .. }) => assert!(status >= 200, "{}", entry.name),
            Err(other) => panic!("{}: {other:?}", entry.name),
        }
    }
    assert!(sent >= 5, "only {sent} examples were sent");
    assert_eq!(standin.requests().len(), sent);
}

#[test]
fn validation_errors_send_nothing() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin);
    let cases = [
        ("im.notify.answer", json!({"ANSWER_TEXT": "x"}), "NOTIFY_ID"),
        (
            "im.notify.answer",
            json!({"NOTIFY_ID": "12a", "ANSWER_TEXT": "x"}),
            "NOTIFY_ID",
        ),
        (
            "imopenlines.crm.message.add",
            json!({"CRM_ENTITY_TYPE": "deals", "CRM_ENTITY": 1, "USER_ID": 1, "CHAT_ID": 1, "MESSAGE": "m"}),
            "CRM_ENTITY_TYPE",
        ),
        (
            "imopenlines.message.quick.save",
            json!({"CHAT_ID": 1, "MESSAGE_ID": 2, "EXTRA": 1}),
            "EXTRA",
        ),
        (
            "imopenlines.config.add",
            json!({"PARAMS": {"QUEUE": [{"ENTITY_TYPE": "group", "ENTITY_ID": 1}]}}),
            "PARAMS.QUEUE.0.ENTITY_TYPE",
        ),
    ];
    for (method, params, field) in cases {
        match client.call_json(method, &params.to_string()) {
            Err(Error::InvalidParam {
                method: m,
                field: f,
                ..
            }) => {
                assert_eq!(m, method);
                assert_eq!(f, field);
            }
            other => panic!("{method}: {other:?}"),
        }
    }
    assert!(
        standin.requests().is_empty(),
        "nothing may reach the portal"
    );
}

#[test]
fn every_reply_shape_becomes_one_typed_error() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin);
    let mut call = || client.call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#);
    type Expect = Box<dyn Fn(&Error) -> bool>;
    let cases: Vec<(Value, Expect)> = vec![
        (
            json!({"kind": "error", "status": 400, "error": "ANSWER_TEXT_ERROR", "error_description": "ANSWER_TEXT can't be empty"}),
            Box::new(
                |e| matches!(e, Error::Api { status: 400, code, .. } if code == "ANSWER_TEXT_ERROR"),
            ),
        ),
        (
            json!({"kind": "error", "status": 503, "error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}),
            Box::new(|e| e.is_refusal() && e.status() == Some(503)),
        ),
        (
            json!({"kind": "error", "status": 200, "error": "ACCESS_DENIED", "error_description": "inside 200"}),
            Box::new(
                |e| matches!(e, Error::Api { status: 200, code, .. } if code == "ACCESS_DENIED"),
            ),
        ),
        (
            json!({"kind": "html", "status": 502}),
            Box::new(|e| {
                matches!(
                    e,
                    Error::OutcomeUnknown {
                        status: Some(502),
                        kind: Some(BadReplyKind::Html),
                        ..
                    }
                )
            }),
        ),
        (
            json!({"kind": "truncated"}),
            Box::new(|e| {
                matches!(
                    e,
                    Error::OutcomeUnknown {
                        status: Some(200),
                        kind: Some(BadReplyKind::Truncated),
                        ..
                    }
                )
            }),
        ),
        (
            json!({"kind": "empty", "status": 200}),
            Box::new(|e| {
                matches!(
                    e,
                    Error::OutcomeUnknown {
                        kind: Some(BadReplyKind::Empty),
                        ..
                    }
                )
            }),
        ),
        // im.notify.answer writes: an unreadable or lost answer may mean it was done.
        (
            json!({"kind": "drop"}),
            Box::new(|e| matches!(e, Error::OutcomeUnknown { .. })),
        ),
    ];
    for (fault, expected) in cases {
        standin.fault(fault.clone());
        let e = call().expect_err("a fault must fail the call");
        assert!(expected(&e), "{fault} gave {e:?}");
        assert_eq!(e.method(), Some("im.notify.answer"));
        assert!(!e.to_string().contains("standin-secret"), "{e}");
    }
    // A wrong webhook secret: the portal's system error, with its status.
    let mut wrong = Driver {
        engine: Engine::webhook(&format!("{}/rest/1/wrong/", standin.url), UNLIMITED).unwrap(),
        refresh: None,
    };
    let e = wrong
        .call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#)
        .unwrap_err();
    assert_eq!((e.code(), e.status()), ("NO_AUTH_FOUND", Some(401)));
    // Nothing listening: a network error that names no URL.
    drop(standin);
    let e = call().unwrap_err();
    assert_eq!(e.code(), "NETWORK");
    assert!(!e.to_string().contains("standin-secret"), "{e}");
}

#[test]
fn oauth_refreshes_once_on_expired_token_and_repeats_the_call() {
    let standin = Rc::new(Standin::start(&[]));
    let refreshes = Rc::new(Cell::new(0));
    let (s, r) = (Rc::clone(&standin), Rc::clone(&refreshes));
    let mut client = Driver {
        engine: Engine::oauth(&standin.oauth_endpoint(), "standin-token-1", UNLIMITED).unwrap(),
        refresh: Some(Box::new(move || {
            r.set(r.get() + 1);
            Ok(s.new_token())
        })),
    };
    client
        .call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#)
        .unwrap();
    standin.expire_all_tokens();
    client
        .call_json("im.notify.answer", r#"{"NOTIFY_ID":2,"ANSWER_TEXT":"b"}"#)
        .unwrap();
    assert_eq!(refreshes.get(), 1);
    let requests = standin.requests();
    assert_eq!(
        requests.len(),
        3,
        "one call, then the refused one and its single repeat"
    );
    assert_eq!(requests[1]["status"], 401);
    assert_eq!(requests[2]["status"], 200);
    assert_eq!(requests[1]["params"], requests[2]["params"]);
    assert!(requests
        .iter()
        .all(|r| r["transport"] == "oauth" && r["params"].get("auth").is_none()));
}
