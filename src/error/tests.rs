//! Unit tests of `src/error.rs` (a child module, so private items are in reach).

use super::*;

fn code_of(status: u16, body: &str) -> (String, Option<u16>) {
    let e = decode("im.notify.answer", status, body.to_string()).unwrap_err();
    assert_eq!(e.method(), Some("im.notify.answer"));
    (e.code().to_string(), e.status())
}

#[test]
fn success_keeps_the_body_and_reads_paging_and_operating() {
    let body = r#"{"result":[1,2],"total":"120","next":50,"time":{"start":1.5,"operating":2.25,"operating_reset_at":1762349466}}"#;
    let s = decode("im.recent.list", 200, body.into()).unwrap();
    assert_eq!(s.body, body);
    assert_eq!((s.total, s.next), (Some(120), Some(50)));
    assert_eq!(
        (s.operating, s.operating_reset_at),
        (Some(2.25), Some(1762349466.0))
    );
    let s = decode("x", 200, r#"{"result":false}"#.into()).unwrap();
    assert_eq!((s.total, s.next, s.operating), (None, None, None));
}

#[test]
fn portal_errors_keep_code_status_and_description() {
    let e = decode(
        "im.notify.answer",
        400,
        r#"{"error":"ANSWER_TEXT_ERROR","error_description":"ANSWER_TEXT can't be empty"}"#.into(),
    )
    .unwrap_err();
    assert_eq!(
        e,
        Error::Api {
            method: "im.notify.answer".into(),
            status: 400,
            code: "ANSWER_TEXT_ERROR".into(),
            description: "ANSWER_TEXT can't be empty".into()
        }
    );
    assert_eq!(
        e.to_string(),
        "im.notify.answer: ANSWER_TEXT_ERROR (HTTP 400): ANSWER_TEXT can't be empty"
    );
    assert_eq!(
        code_of(200, r#"{"error":"ACCESS_DENIED","error_description":""}"#),
        ("ACCESS_DENIED".into(), Some(200))
    );
    assert_eq!(
        code_of(401, r#"{"error":"expired_token"}"#),
        ("expired_token".into(), Some(401))
    );
}

#[test]
fn every_system_error_decodes_to_its_code_and_status() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/methods/system-errors.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let table: serde_json::Value = serde_json::from_str(&text).unwrap();
    let errors = table["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 15);
    for row in errors {
        let status = row["http_status"].as_u64().unwrap() as u16;
        let code = row["code"].as_str().unwrap();
        let body =
            serde_json::json!({"error": code, "error_description": row["message"]}).to_string();
        assert_eq!(code_of(status, &body), (code.to_string(), Some(status)));
    }
}

#[test]
fn bad_replies_are_classified() {
    let kind = |status, body: &str| match decode("m", status, body.into()) {
        Err(Error::BadReply {
            kind, status: s, ..
        }) => {
            assert_eq!(s, status);
            kind
        }
        other => panic!("{body}: {other:?}"),
    };
    assert_eq!(
        kind(502, "<html><body>502 Bad Gateway</body></html>"),
        BadReplyKind::Html
    );
    assert_eq!(kind(200, ""), BadReplyKind::Empty);
    assert_eq!(kind(200, "  \n"), BadReplyKind::Empty);
    assert_eq!(
        kind(200, r#"{"result":{"ID":1,"NA"#),
        BadReplyKind::Truncated
    );
    assert_eq!(kind(200, "Service unavailable"), BadReplyKind::NotJson);
    assert_eq!(kind(200, "[1,2]"), BadReplyKind::NotJson);
    assert_eq!(kind(200, r#"{"time":{}}"#), BadReplyKind::NoResult);
    assert_eq!(kind(500, r#"{"result":true}"#), BadReplyKind::NoResult);
    let e = decode("m", 502, "<html>".into()).unwrap_err();
    assert_eq!((e.code(), e.status()), ("BAD_REPLY", Some(502)));
}

#[test]
fn refusals_and_expiry_are_recognised() {
    let api = |code: &str| Error::Api {
        method: "m".into(),
        status: 503,
        code: code.into(),
        description: String::new(),
    };
    assert!(api("QUERY_LIMIT_EXCEEDED").is_refusal());
    assert!(api("OPERATION_TIME_LIMIT").is_refusal());
    assert!(!api("ACCESS_DENIED").is_refusal());
    assert!(api("expired_token").is_expired_token());
}

#[test]
fn counts_read_as_u64_parse_reads_them() {
    for text in [
        "0",
        "7",
        "007",
        "+5",
        "-0",
        "-1",
        "",
        "+",
        "18446744073709551615",
        "18446744073709551616",
        " 1",
        "1.0",
        "+-1",
    ] {
        assert_eq!(digits_u64(text), text.parse::<u64>().ok(), "{text:?}");
    }
}

/// Every error's templates are in the one table, and each slot of them is filled: a template
/// renamed on one side only, or a slot without a value, fails here (JS composes from the same
/// table, `messages.js`).
#[test]
fn every_error_renders_from_the_template_table() {
    use super::messages::render;
    use super::templates::{index, TEMPLATES};
    const NAMES: &[&str] = &["A", "B"];
    const GROUPS: &[&[&str]] = &[&["A", "B"], &["C"]];
    let problems = [
        Problem::Missing,
        Problem::OneOfMissing(NAMES),
        Problem::OneOfMissing(&["A", "B", "C"]),
        Problem::ExactlyOne(NAMES),
        Problem::Together(NAMES),
        Problem::Empty,
        Problem::MissingUnless { when: "W", is: "I" },
        Problem::OutOfRange {
            min: i64::MIN,
            max: 5,
        },
        Problem::TooMany { max: 3, got: 4 },
        Problem::TooShort { min: 2, got: 1 },
        Problem::TooShort { min: 3, got: 2 },
        Problem::NotLength { want: 32, got: 31 },
        Problem::Unknown,
        Problem::WrongType("an integer"),
        Problem::NotAllowed(NAMES),
        Problem::TooLong { max: 3, got: 4 },
        Problem::NotAnObject,
        Problem::BadKey,
        Problem::DuplicateKey,
        Problem::NestedBatch,
        Problem::BadReference,
        Problem::SetByList,
        Problem::BadMethodName,
        Problem::InexactNumber,
        Problem::TooDeep,
        Problem::ListOption("is why"),
        Problem::NotWith(NAMES),
        Problem::EndsBeforeStart { from: "FROM" },
        Problem::PeriodTooLong { max_days: 31 },
        Problem::NeedsOneOf(GROUPS),
        Problem::UnresolvedReference,
        Problem::PhpName,
    ];
    let mut errors: Vec<Error> = problems
        .into_iter()
        .map(|problem| Error::InvalidParam {
            method: "m".into(),
            field: "F".into(),
            problem,
        })
        .collect();
    errors.push(Error::Api {
        method: "m".into(),
        status: 400,
        code: "C".into(),
        description: "d {x}".into(),
    });
    errors.push(Error::Skipped {
        method: "m".into(),
        cause: SkipCause::Reference("k".into()),
    });
    errors.push(Error::InvalidConfig {
        message: "bad".into(),
    });
    for e in &errors {
        let parts = e.parts();
        for at in [parts.description, parts.message] {
            assert!(
                usize::from(at) < TEMPLATES.len(),
                "{at} is not in TEMPLATES"
            );
        }
        let (description, message) = e.parts().render();
        assert!(message.ends_with(&description), "{message}");
        // The only brace left is the one the portal's own text carried.
        assert!(
            !description.contains('{') || description == "d {x}",
            "{description}"
        );
    }
    let text = |i: usize| errors[i].description();
    assert_eq!(text(1), "F is required unless B is given");
    assert_eq!(text(2), "F is required unless one of B, C is given");
    assert_eq!(
        text(7),
        "F must be a whole number from -9223372036854775808 to 5"
    );
    assert_eq!(text(9), "F is 1 character long; must be at least 2");
    assert_eq!(text(14), "F must be one of \"A\", \"B\"");
    assert_eq!(text(29), "F needs A and B, or C to be given");
    assert_eq!(errors[32].to_string(), "m: C (HTTP 400): d {x}");
    assert_eq!(errors[34].to_string(), "b24: bad");
    assert_eq!(render(index("message"), &[]), ": ");
    assert_eq!(TEMPLATES[usize::from(index("php_name"))].0, "php_name");
}

#[test]
fn numbers_are_written_in_decimal_without_core_fmt() {
    use crate::text::{decimal, unsigned};
    assert_eq!(unsigned(0), "0");
    assert_eq!(unsigned(u64::MAX), "18446744073709551615");
    assert_eq!(decimal(i64::MIN), "-9223372036854775808");
    assert_eq!(decimal(-7), "-7");
    assert_eq!(decimal(120), "120");
}
