//! A bounded fuzz target for the decoders (issue 9), run natively in CI: `cargo test --test
//! fuzz_decoders`. Property tests with a fixed number of cases (a few seconds in a debug build)
//! feed the one reply decoder (`error::decode`) and the op state machines (`CallOp`, `BatchOp`)
//! arbitrary statuses and bodies: random text, random JSON, truncated JSON, and batch replies
//! shaped around the commands actually sent (results and errors for any subset of them, as
//! lists, strings, null or numbers). Whatever comes, nothing panics, every op ends, every error
//! has a code, a status outside 100-599 is never success, SKIPPED only comes with `halt`, and a
//! write is only sent again after a refusal.

#![cfg(not(target_arch = "wasm32"))]

use b24_wasm::core::{error_fields, BatchOp, CallOp, Engine, Input, Lost, Step};
use b24_wasm::error::decode;
use b24_wasm::schema::Access;
use b24_wasm::{BadReplyKind, Error};
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

const NOW: f64 = 1_700_000_000_000.0;
/// Steps after which an op that has not ended counts as hung.
const MAX_STEPS: usize = 10_000;

// ---- strategies ------------------------------------------------------------------------------

/// Keys a portal's reply uses, so random JSON often lands on the fields the decoders read.
const KEYS: &[&str] = &[
    "result",
    "error",
    "error_description",
    "time",
    "operating",
    "operating_reset_at",
    "total",
    "next",
    "result_error",
    "result_total",
    "result_next",
    "result_time",
    "c0",
    "c1",
    "0",
    "1",
    "x",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        prop_oneof![
            Just(String::new()),
            Just(" ".to_string()),
            Just("QUERY_LIMIT_EXCEEDED".to_string()),
            Just("OPERATION_TIME_LIMIT".to_string()),
            Just("expired_token".to_string()),
            "\\PC{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|fields| {
                Value::Object(
                    fields
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                )
            }),
        ]
    })
}

/// A reply body: random text, random JSON, a portal-like envelope, or any of them cut short.
fn body() -> impl Strategy<Value = String> {
    let whole = prop_oneof![
        "\\PC{0,40}",
        Just(String::new()),
        Just("<html><body>502 Bad Gateway</body></html>".to_string()),
        json_value().prop_map(|v| v.to_string()),
        (json_value(), json_value())
            .prop_map(|(result, time)| json!({"result": result, "time": time}).to_string()),
        (json_value(), json_value()).prop_map(|(error, description)| {
            json!({"error": error, "error_description": description}).to_string()
        }),
    ];
    (whole, any::<prop::sample::Index>(), any::<bool>()).prop_map(|(text, cut, truncate)| {
        if !truncate || text.is_empty() {
            return text;
        }
        let mut at = cut.index(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text[..at].to_string()
    })
}

/// Statuses: mostly the ones portals send, and any u32 at all (a custom fetch may say anything).
fn status() -> impl Strategy<Value = u32> {
    prop_oneof![
        4 => Just(200u32),
        1 => prop::sample::select(vec![0u32, 99, 100, 204, 299, 300, 301, 307, 400, 401, 429, 500, 503, 599, 600, 65_535, 65_736]),
        1 => any::<u32>(),
    ]
}

/// How a batch reply treats the commands it was sent: `Some` shapes an envelope around them.
#[derive(Clone, Debug)]
enum BatchReply {
    /// Any body, as `body()` makes it.
    Raw(String),
    Shaped {
        /// Per command: 0 no mention, 1 a result, 2 an error object, 3 a bare string error,
        /// 4 an error without a usable code, 5 both a result and an error, 6 a null error.
        fates: Vec<u8>,
        /// 0 maps, 1 lists by position, 2 `result` a string, 3 `result` null, 4 inner a number.
        layout: u8,
        truncate: bool,
    },
}

fn batch_reply() -> impl Strategy<Value = BatchReply> {
    prop_oneof![
        body().prop_map(BatchReply::Raw),
        (
            prop::collection::vec(0u8..7, 0..60),
            0u8..5,
            prop::bool::weighted(0.1)
        )
            .prop_map(|(fates, layout, truncate)| BatchReply::Shaped {
                fates,
                layout,
                truncate
            }),
    ]
}

/// What becomes of one request: an answer (status, reply) or none.
#[derive(Clone, Debug)]
enum Fate<R> {
    Answer(u32, R),
    Lost(Lost),
}

impl Fate<String> {
    /// What the loop hands the op for this fate.
    fn input(&self) -> Input<'static> {
        match self {
            Fate::Answer(status, body) => Input::Reply {
                status: *status,
                body: body.clone(),
            },
            Fate::Lost(lost) => Input::Lost {
                lost: *lost,
                message: "socket hang up",
            },
        }
    }
}

fn fate<R: Clone + std::fmt::Debug>(
    reply: impl Strategy<Value = R>,
) -> impl Strategy<Value = Fate<R>> {
    prop_oneof![
        6 => (status(), reply).prop_map(|(s, r)| Fate::Answer(s, r)),
        1 => prop::sample::select(vec![Lost::NotSent, Lost::MaybeSent, Lost::Deadline]).prop_map(Fate::Lost),
    ]
}

/// The body for a shaped batch reply to the commands `keys` (in the order they were sent).
fn shaped_body(keys: &[String], fates: &[u8], layout: u8, truncate: bool) -> String {
    let (mut results, mut errors) = (Map::new(), Map::new());
    for (i, key) in keys.iter().enumerate() {
        let fate = fates.get(i).copied().unwrap_or(1);
        if matches!(fate, 1 | 5) {
            results.insert(key.clone(), json!({"ID": i}));
        }
        let error = match fate {
            2 | 5 => Some(json!({"error": "ACCESS_DENIED", "error_description": "no"})),
            3 => Some(json!("boom")),
            4 => Some(json!({"error": 1.5})),
            6 => Some(Value::Null),
            _ => None,
        };
        if let Some(error) = error {
            errors.insert(key.clone(), error);
        }
    }
    let as_list = |m: Map<String, Value>| Value::Array(m.into_iter().map(|(_, v)| v).collect());
    let inner = match layout {
        0 => json!({"result": results, "result_error": errors}),
        1 => json!({"result": as_list(results), "result_error": as_list(errors)}),
        2 => json!("done"),
        3 => Value::Null,
        _ => json!(42),
    };
    let text = json!({"result": inner, "time": {"operating": 0.01}}).to_string();
    if truncate {
        text[..text.len() / 2].to_string()
    } else {
        text
    }
}

// ---- the engine and the drivers ----------------------------------------------------------------

/// A webhook client of a portal of its own (the limits registry is shared per thread).
fn engine(plan: bool) -> Engine {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let options = if plan { "" } else { r#"{"plan":false}"# };
    Engine::webhook(
        &format!("https://fuzz{n}.example/rest/1/fuzz-secret/"),
        options,
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn access(method: &str) -> Access {
    b24_wasm::methods::find(method).map_or(Access::Write, |m| m.access)
}

/// Whether the portal refused the request before running it (the only reason to resend a write).
fn is_refusal(status: u32, body: &str) -> bool {
    u16::try_from(status)
        .ok()
        .and_then(|s| decode("batch", s, body.to_string()).err())
        .is_some_and(|e| e.is_refusal())
}

fn assert_has_code(e: &Error) -> Result<(), TestCaseError> {
    prop_assert!(!e.code().is_empty(), "no code: {e:?}");
    let fields = error_fields(e);
    prop_assert!(
        fields["code"].as_str().is_some_and(|c| !c.is_empty()),
        "{fields}"
    );
    // The text crosses as template positions (JS composes it); natively Display renders the same.
    prop_assert!(
        fields["text"][0]
            .as_u64()
            .is_some_and(|t| t < b24_wasm::error::templates::TEMPLATES.len() as u64),
        "{fields}"
    );
    prop_assert!(!e.to_string().is_empty(), "{fields}");
    Ok(())
}

const METHODS: &[(&str, &str)] = &[
    ("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"x"}"#),
    (
        "imopenlines.message.quick.save",
        r#"{"CHAT_ID":1,"MESSAGE_ID":2}"#,
    ),
    ("imopenlines.config.get", r#"{"CONFIG_ID":1}"#),
    (
        "crm.item.add",
        r#"{"entityTypeId":2,"fields":{"title":"x"}}"#,
    ),
];

// ---- properties --------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The reply decoder: never panics; success only with a 2xx status; an error always has a
    /// code and a message; a status outside 100-599 is `bad_status`.
    #[test]
    fn decode_never_panics_and_every_error_has_a_code(status in prop_oneof![prop::sample::select(vec![0u16, 1, 99, 100, 199, 200, 204, 299, 300, 399, 400, 599, 600, 999, 65_535]), any::<u16>()], body in body(), method in prop::sample::select(vec!["im.notify.answer", "imopenlines.config.get", "imbot.bot.list", "batch", "crm.item.list"])) {
        match decode(method, status, body.clone()) {
            Ok(success) => {
                prop_assert!((200..300).contains(&status), "success with status {status}");
                prop_assert_eq!(success.body, body);
            }
            Err(e) => {
                assert_has_code(&e)?;
                if !(100..=599).contains(&status) {
                    prop_assert_eq!(e.kind(), Some(BadReplyKind::BadStatus));
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    /// One call against any sequence of fates: it ends, success only on a 2xx answer, every
    /// error has a code, and a write is sent again only after a refusal.
    #[test]
    fn a_call_ends_and_is_honest(which in 0..METHODS.len(), plan in any::<bool>(), fates in prop::collection::vec(fate(body()), 1..12)) {
        let (method, params) = METHODS[which];
        let mut engine = engine(plan);
        let mut op = CallOp::new(&engine, method, params, NOW).unwrap_or_else(|e| panic!("{e}"));
        let mut now = NOW;
        let mut sent = 0usize;
        let mut last: Option<Fate<String>> = None;
        let mut ended = false;
        let mut input = Input::Poll;
        for _ in 0..MAX_STEPS {
            now += 1.0;
            match op.handle(&mut engine, now, std::mem::replace(&mut input, Input::Poll), None) {
                Step::Send(_) => {
                    if access(method) == Access::Write {
                        if let Some(Fate::Answer(status, body)) = &last {
                            prop_assert!(is_refusal(*status, body), "write sent again after {status} {body:?}");
                        } else {
                            prop_assert!(last.is_none(), "write sent again after {last:?}");
                        }
                    }
                    let fate = fates.get(sent).cloned().unwrap_or(Fate::Lost(Lost::Deadline));
                    sent += 1;
                    input = fate.input();
                    last = Some(fate);
                }
                Step::Wait(ms) => {
                    prop_assert!(ms.is_finite() && ms > 0.0, "wait {ms}");
                    now += ms;
                }
                Step::Done => { ended = true; break; }
                other => prop_assert!(false, "unexpected step {other:?} for a webhook call"),
            }
        }
        prop_assert!(ended, "the call did not end in {MAX_STEPS} steps");
        match op.take_outcome() {
            Some(Ok(_)) => match &last {
                Some(Fate::Answer(status, _)) => prop_assert!((200..300).contains(status), "success on {status}"),
                other => prop_assert!(false, "success without an answer: {other:?}"),
            },
            Some(Err(e)) => assert_has_code(&e)?,
            None => prop_assert!(false, "no outcome"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    /// A batch against any sequence of replies: it ends; every command has exactly one outcome,
    /// in order; a result only from a 2xx answer to the request that carried it; every error
    /// has a code; SKIPPED only with halt; a write command whose answer was lost or unreadable
    /// is OUTCOME_UNKNOWN; a request of writes is sent again only after a refusal.
    #[test]
    fn a_batch_gives_every_command_one_honest_outcome(
        picks in prop::collection::vec(0..METHODS.len(), 1..120),
        listed in any::<bool>(),
        halt in any::<bool>(),
        plan in any::<bool>(),
        fates in prop::collection::vec(fate(batch_reply()), 1..10),
    ) {
        let keys: Vec<String> = (0..picks.len()).map(|i| if listed { i.to_string() } else { format!("c{i}") }).collect();
        let rows: Vec<Value> = picks.iter().zip(&keys).map(|(&p, key)| {
            let (method, params) = METHODS[p];
            json!([key, method, serde_json::from_str::<Value>(params).unwrap_or(Value::Null)])
        }).collect();
        let mut engine = engine(plan);
        let mut op = BatchOp::new(&engine, &Value::Array(rows).to_string(), halt, NOW).unwrap_or_else(|e| panic!("{e}"));
        let method_of: HashMap<&str, &str> = keys.iter().map(String::as_str).zip(picks.iter().map(|&p| METHODS[p].0)).collect();

        let mut now = NOW;
        let mut requests = 0usize;
        // Per command: the last fate of the request that carried it.
        let mut last_fate: HashMap<String, Fate<String>> = HashMap::new();
        // The previous request's commands and fate, to tell a resend from the next request.
        let mut previous: Option<(Vec<String>, Fate<String>)> = None;
        let mut ended = false;
        let mut input = Input::Poll;
        for _ in 0..MAX_STEPS {
            now += 1.0;
            match op.handle(&mut engine, now, std::mem::replace(&mut input, Input::Poll), None) {
                Step::Send(request) => {
                    let sent: Value = serde_json::from_str(&request.body).unwrap_or(Value::Null);
                    let Some(cmd) = sent.get("cmd").and_then(Value::as_object) else {
                        return Err(TestCaseError::fail(format!("a batch body without cmd: {sent}")));
                    };
                    prop_assert!(cmd.len() <= 50, "{} commands in one request", cmd.len());
                    let mut carried: Vec<String> = cmd.keys().cloned().collect();
                    carried.sort_by_key(|k| keys.iter().position(|x| x == k));
                    let writes = carried.iter().any(|k| access(method_of[k.as_str()]) == Access::Write);
                    if let Some((before, fate)) = &previous {
                        if *before == carried && writes {
                            let refused = matches!(fate, Fate::Answer(s, b) if is_refusal(*s, b));
                            prop_assert!(refused, "writes sent again after {fate:?}");
                        }
                    }
                    let fate = match fates.get(requests).cloned().unwrap_or(Fate::Lost(Lost::Deadline)) {
                        Fate::Answer(status, BatchReply::Raw(body)) => Fate::Answer(status, body),
                        Fate::Answer(status, BatchReply::Shaped { fates, layout, truncate }) => {
                            Fate::Answer(status, shaped_body(&carried, &fates, layout, truncate))
                        }
                        Fate::Lost(lost) => Fate::Lost(lost),
                    };
                    requests += 1;
                    input = fate.input();
                    for key in &carried {
                        last_fate.insert(key.clone(), fate.clone());
                    }
                    previous = Some((carried, fate));
                }
                Step::Wait(ms) => {
                    prop_assert!(ms.is_finite() && ms > 0.0, "wait {ms}");
                    now += ms;
                }
                Step::Done => { ended = true; break; }
                other => prop_assert!(false, "unexpected step {other:?} for a webhook batch"),
            }
        }
        prop_assert!(ended, "the batch did not end in {MAX_STEPS} steps");

        let outcomes = op.outcomes(&engine);
        prop_assert_eq!(outcomes.iter().map(|o| o.key.clone()).collect::<Vec<_>>(), keys.clone());
        for outcome in &outcomes {
            let method = method_of[outcome.key.as_str()];
            let fate = last_fate.get(&outcome.key);
            match &outcome.result {
                Ok(_) => match fate {
                    Some(Fate::Answer(status, _)) => prop_assert!((200..300).contains(status), "{} ok on {status}", outcome.key),
                    other => prop_assert!(false, "{} ok without an answer: {other:?}", outcome.key),
                },
                Err(e) => {
                    assert_has_code(e)?;
                    if !halt {
                        prop_assert_ne!(e.code(), "SKIPPED", "{} SKIPPED without halt after {:?}", outcome.key, fate);
                    }
                    let unreadable = match fate {
                        Some(Fate::Lost(Lost::MaybeSent | Lost::Deadline)) => true,
                        Some(Fate::Answer(status, body)) => u16::try_from(*status)
                            .ok()
                            .and_then(|s| decode("batch", s, body.clone()).err())
                            .is_some_and(|e| matches!(e, Error::BadReply { .. })),
                        _ => false,
                    };
                    if unreadable && access(method) == Access::Write {
                        prop_assert_eq!(e.code(), "OUTCOME_UNKNOWN", "{} ({}) after {:?}", &outcome.key, method, fate);
                    }
                }
            }
        }
    }
}
