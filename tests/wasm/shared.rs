//! Test bodies shared by `wasm_node.rs` (Node) and `wasm_web.rs` (headless Chromium): the wasm
//! skin (`WasmEngine`, `WasmOp`) against the stand-in, whose URL is baked in at compile time by
//! `scripts/test.sh`. The skin does no I/O, so `drive` below runs an op's loop with the global
//! `fetch` and `setTimeout`, as the package's JS entry (`pkg-template/api.js`) does.

use super::IN_BROWSER;
use b24_wasm::wasm::{InputKind, StepKind, WasmEngine, WasmOp};
use js_sys::{Array, Function, Promise, Reflect, JSON};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

const STANDIN: &str = match option_env!("B24_STANDIN_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:9",
};
const SECRET: &str = "standin-secret";
const TOKEN: &str = "standin-token-1";

// How an answer was lost, as the loop hands it in.
const NOT_SENT: InputKind = InputKind::NotSent;
const MAYBE_SENT: InputKind = InputKind::MaybeSent;
const DEADLINE: InputKind = InputKind::Deadline;

/// No limiter: the limits are shared by every client of a portal in this realm, so with one
/// the tests would wait for each other's bookings.
const UNLIMITED: &str = r#"{"plan":false}"#;

/// How many copies of a request a `drop` fault drops. Chromium sends a request again by
/// itself, below fetch, when a kept-alive connection closes before any answer (it cannot tell
/// that from an idle connection the server had closed), so there one send of an op can reach
/// the portal more than once; the op sees only the last copy's fate. Node's fetch does not.
const DROP_EVERY_COPY: u32 = 10;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str, init: &JsValue) -> Promise;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: &JsValue);
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn js(value: &Value) -> JsValue {
    JSON::parse(&value.to_string()).unwrap()
}

fn prop(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// What the skin threw: the JSON text of an error's fields, its text composed.
fn thrown(e: JsValue) -> Value {
    let text = e
        .as_string()
        .unwrap_or_else(|| panic!("the skin throws JSON text, got {e:?}"));
    composed(serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")))
}

/// The error's fields with `description` and `message` composed as `error.js` does: `text` is
/// the two templates' positions, then each slot's name and value (the message's
/// `{description}` slot takes the description).
fn composed(mut e: Value) -> Value {
    use b24_wasm::error::messages::render;
    let text = e["text"]
        .as_array()
        .cloned()
        .expect("an error carries its text");
    let position = |i: usize| text[i].as_u64().expect("a template position") as u8;
    let mut args: Vec<(&str, String)> = text[2..]
        .chunks(2)
        .map(|slot| {
            (
                slot[0].as_str().unwrap(),
                slot[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let description = render(position(0), &args);
    args.push(("description", description.clone()));
    let message = render(position(1), &args);
    e["description"] = description.into();
    e["message"] = message.into();
    e
}

/// A promise that resolves (to `undefined`) after `ms`, and its timer.
fn timer(ms: f64) -> (Promise, JsValue) {
    let mut handle = JsValue::UNDEFINED;
    let promise = Promise::new(&mut |resolve, _| handle = set_timeout(&resolve, ms.max(0.0)));
    (promise, handle)
}

async fn sleep(ms: f64) {
    JsFuture::from(timer(ms).0).await.unwrap();
}

/// `response.text()`.
async fn text_of(response: &JsValue) -> Result<String, JsValue> {
    let read: Function = prop(response, "text").dyn_into()?;
    let text = JsFuture::from(read.call0(response)?.dyn_into::<Promise>()?).await?;
    Ok(text.as_string().unwrap_or_default())
}

/// Calls the stand-in's control API and returns its JSON answer.
async fn control(verb: &str, path: &str, body: Option<Value>) -> Value {
    let mut init = json!({ "method": verb });
    if let Some(body) = body {
        init["body"] = body.to_string().into();
    }
    let url = format!("{STANDIN}/_standin/{path}");
    let response = JsFuture::from(global_fetch(&url, &js(&init)))
        .await
        .unwrap_or_else(|e| panic!("the stand-in's control API at {url}: {e:?}"));
    let text = text_of(&response).await.unwrap();
    serde_json::from_str(&text).unwrap_or_else(|_| panic!("{path}: {text}"))
}

async fn requests() -> Vec<Value> {
    match control("GET", "requests", None).await {
        Value::Array(list) => list,
        other => panic!("requests: {other}"),
    }
}

async fn reset() {
    control("POST", "reset", None).await;
}

async fn fault(fault: Value) {
    control("POST", "faults", Some(fault)).await;
}

async fn new_token() -> String {
    control("POST", "tokens", None).await["accessToken"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Node names a request that provably never left the machine (as `pkg-template/api.js` does).
fn lost_kind(e: &JsValue) -> InputKind {
    let cause = prop(e, "cause");
    let code = if cause.is_object() {
        prop(&cause, "code")
    } else {
        prop(e, "code")
    };
    match code.as_string().as_deref() {
        Some("ECONNREFUSED" | "ENOTFOUND" | "EAI_AGAIN" | "ENETUNREACH" | "EHOSTUNREACH") => {
            NOT_SENT
        }
        _ => MAYBE_SENT,
    }
}

fn describe(e: &JsValue) -> String {
    let message = prop(e, "message").as_string().unwrap_or_default();
    let cause = prop(e, "cause");
    match cause
        .is_object()
        .then(|| prop(&cause, "message").as_string())
    {
        Some(Some(inner)) => format!("{message}: {inner}"),
        _ => message,
    }
}

enum Answer {
    Reply(f64, String),
    Lost(InputKind, String),
}

/// POSTs one request, racing the op's deadline; never fails: an answer, or why none came.
async fn post(url: &str, body: &str, deadline: f64) -> Answer {
    let init = json!({
        "method": "POST",
        "headers": { "Content-Type": "application/json", "Accept": "application/json" },
        "body": body,
        // A redirect is reported, not followed (it could carry the token elsewhere).
        "redirect": "manual",
    });
    let (expired, handle) = timer(deadline - now());
    let first = |p: Promise| JsFuture::from(Promise::race(&Array::of2(&p, &expired)));
    let answer = async {
        let response = match first(global_fetch(url, &js(&init))).await {
            Ok(r) if r.is_undefined() => return Answer::Lost(DEADLINE, String::new()),
            Ok(r) => r,
            Err(e) => return Answer::Lost(lost_kind(&e), describe(&e)),
        };
        let status = if prop(&response, "type").as_string().as_deref() == Some("opaqueredirect") {
            302.0
        } else {
            prop(&response, "status").as_f64().unwrap_or(0.0)
        };
        let text = match prop(&response, "text").dyn_into::<Function>() {
            Ok(read) => read.call0(&response).and_then(|p| p.dyn_into::<Promise>()),
            Err(e) => Err(e),
        };
        match text {
            Ok(text) => match first(text).await {
                Ok(t) if t.is_undefined() => Answer::Lost(DEADLINE, String::new()),
                Ok(t) => Answer::Reply(status, t.as_string().unwrap_or_default()),
                Err(e) => Answer::Lost(MAYBE_SENT, describe(&e)),
            },
            Err(e) => Answer::Lost(MAYBE_SENT, describe(&e)),
        }
    }
    .await;
    clear_timeout(&handle);
    answer
}

/// What a run of an op did.
struct Run {
    /// The step it stopped at: `Done` or `Failed`, or `Refresh` when it needs a token.
    stopped: StepKind,
    /// How often it said to send.
    sends: u32,
    /// The body of the last answer.
    body: String,
}

/// Runs `op` until it is done or asks for a token. `deliver` sends one request (`target`,
/// `body`, deadline) and gives its answer.
async fn drive_with<F, Fut>(op: &mut WasmOp, deliver: F) -> Run
where
    F: Fn(String, String, f64) -> Fut,
    Fut: std::future::Future<Output = Answer>,
{
    let mut run = Run {
        stopped: StepKind::Done,
        sends: 0,
        body: String::new(),
    };
    let (mut input, mut number, mut text) = (InputKind::Poll, 0.0, None);
    // A bound, so an op that never finishes fails the test instead of hanging it.
    for _ in 0..200 {
        let step = op.handle(now(), input, number, text.take(), None);
        input = InputKind::Poll;
        match step {
            StepKind::Send => {
                run.sends += 1;
                let request = op.request();
                let (target, body) = request.split_once('\n').unwrap();
                match deliver(target.to_string(), body.to_string(), op.deadline()).await {
                    Answer::Reply(status, body) => {
                        run.body = body.clone();
                        (input, number, text) = (InputKind::Reply, status, Some(body));
                    }
                    Answer::Lost(kind, message) => (input, text) = (kind, Some(message)),
                }
            }
            StepKind::Wait => {
                let ms = op.wait_ms();
                assert!(ms > 0.0 && ms <= op.deadline() - now() + 1.0, "wait {ms}");
                sleep(ms).await;
            }
            step @ (StepKind::Refresh | StepKind::Done | StepKind::Failed) => {
                run.stopped = step;
                return run;
            }
            other => panic!("a call or batch asked for step {other:?}"),
        }
    }
    panic!("the op did not finish in 200 steps");
}

async fn drive(op: &mut WasmOp) -> Run {
    drive_with(op, |url, body, deadline| async move {
        post(&url, &body, deadline).await
    })
    .await
}

/// A client's call deadline, as a call made with `options` gets it.
fn timeout_of(options: &str) -> f64 {
    let at = now();
    let op = webhook(options)
        .call("im.notify.answer", &notify(1).to_string(), at)
        .unwrap();
    op.deadline() - at
}

/// The op's next step, with nothing new to hand in.
fn poll(op: &mut WasmOp) -> StepKind {
    op.handle(now(), InputKind::Poll, 0.0, None, None)
}

/// The op's next step once the caller gave up.
fn abort(op: &mut WasmOp) -> StepKind {
    op.handle(now(), InputKind::Poll, 0.0, None, Some("test".into()))
}

/// A finished call's result: the portal's reply, or the error's fields.
fn result_of(op: &mut WasmOp, run: &Run) -> Result<Value, Value> {
    match run.stopped {
        StepKind::Done => Ok(serde_json::from_str(&run.body).unwrap()),
        StepKind::Failed => Err(composed(serde_json::from_str(&op.error()).unwrap())),
        other => panic!("the call stopped at {other:?}"),
    }
}

/// One call, sent and decoded: its result and how often it was sent. Refused by validation,
/// it is never sent.
async fn call(engine: &WasmEngine, method: &str, params: &Value) -> (Result<Value, Value>, u32) {
    let mut op = match engine.call(method, &params.to_string(), now()) {
        Ok(op) => op,
        Err(e) => return (Err(thrown(e)), 0),
    };
    let run = drive(&mut op).await;
    (result_of(&mut op, &run), run.sends)
}

fn webhook(options: &str) -> WasmEngine {
    WasmEngine::webhook(&format!("{STANDIN}/rest/1/{SECRET}/"), options)
        .map_err(thrown)
        .unwrap()
}

fn oauth(token: &str) -> WasmEngine {
    WasmEngine::oauth(&format!("{STANDIN}/rest/"), token, UNLIMITED)
        .map_err(thrown)
        .unwrap()
}

/// `[requests, retries, refusals]` of `stats()` (waitedMs depends on the clock).
fn counts(engine: &WasmEngine) -> Vec<f64> {
    engine.stats().into_iter().take(3).collect()
}

/// No secret in any text of an error.
fn assert_clean(error: &Value) {
    let text = error.to_string();
    for secret in [SECRET, TOKEN] {
        assert!(!text.contains(secret), "{text}");
    }
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

fn notify(id: u32) -> Value {
    json!({"NOTIFY_ID": id, "ANSWER_TEXT": "yes"})
}

#[wasm_bindgen_test]
async fn the_five_seed_methods_reach_the_portal_as_sent_and_decode() {
    reset().await;
    let engine = webhook(UNLIMITED);
    for (method, params) in seeds() {
        let (result, sends) = call(&engine, method, &params).await;
        let reply = result.unwrap_or_else(|e| panic!("{method}: {e}"));
        assert!(reply.get("result").is_some(), "{method}: {reply}");
        assert!(reply["time"]["start"].is_number(), "{method}: {reply}");
        assert_eq!(sends, 1, "{method}");
        let recorded = requests().await.pop().unwrap();
        assert_eq!(recorded["method"], method);
        assert_eq!(recorded["transport"], "webhook");
        assert_eq!(
            recorded["params"], params,
            "{method}: params arrive JSON-equal"
        );
    }
    assert_eq!(requests().await.len(), 5);
    assert_eq!(counts(&engine), vec![5.0, 0.0, 0.0]);
}

#[wasm_bindgen_test]
async fn validation_errors_name_the_method_and_field_and_send_nothing() {
    reset().await;
    let engine = webhook(UNLIMITED);
    let cases = [
        (
            "imopenlines.config.add",
            json!({"PARAMS": {"QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": 1}, {"ENTITY_TYPE": "group", "ENTITY_ID": 2}]}}),
            "PARAMS.QUEUE.1.ENTITY_TYPE",
        ),
        ("im.notify.answer", json!({"NOTIFY_ID": 1}), "ANSWER_TEXT"),
        (
            "im.notify.answer",
            json!({"NOTIFY_ID": 1, "ANSWER_TEXT": "a", "ANSWER": "b"}),
            "ANSWER",
        ),
        (
            "imopenlines.crm.message.add",
            json!({"CRM_ENTITY_TYPE": "task", "CRM_ENTITY": 1, "USER_ID": 1, "CHAT_ID": 1, "MESSAGE": "m"}),
            "CRM_ENTITY_TYPE",
        ),
        (
            "imopenlines.message.quick.save",
            json!({"CHAT_ID": true, "MESSAGE_ID": 2}),
            "CHAT_ID",
        ),
        ("im.notify/answer", json!({}), "method"),
    ];
    for (method, params, field) in cases {
        let (result, sends) = call(&engine, method, &params).await;
        let e = result.expect_err(method);
        assert_eq!(e["code"], "INVALID_PARAM", "{e}");
        assert_eq!(e["method"], method, "{e}");
        assert_eq!(e["field"], field, "{e}");
        assert_eq!(sends, 0);
        // check() refuses the same params with the same error, and sends nothing either.
        let checked = engine.check(method, &params.to_string()).map_err(thrown);
        assert_eq!(checked, Err(e));
    }
    // Params that are not an object.
    let e = thrown(engine.call("im.notify.answer", "[1]", now()).err().unwrap());
    assert_eq!(
        (&e["code"], &e["field"]),
        (&json!("INVALID_PARAM"), &json!("params"))
    );
    // A batch is checked command by command before anything is sent.
    let commands =
        json!([["a", "im.notify.answer", notify(1)], ["b", "im.notify.answer", {"NOTIFY_ID": 2}]]);
    let e = thrown(
        engine
            .batch(&commands.to_string(), false, now())
            .err()
            .unwrap(),
    );
    assert_eq!(e["code"], "INVALID_PARAM", "{e}");
    assert_eq!(e["method"], "im.notify.answer", "{e}");
    assert!(e["field"].as_str().unwrap().contains("ANSWER_TEXT"), "{e}");
    let twice = json!([
        ["a", "im.notify.answer", notify(1)],
        ["a", "im.notify.answer", notify(2)]
    ]);
    let e = thrown(
        engine
            .batch(&twice.to_string(), false, now())
            .err()
            .unwrap(),
    );
    assert_eq!(
        (&e["code"], &e["field"]),
        (&json!("INVALID_PARAM"), &json!("cmd.a"))
    );
    // Valid params pass check() without a request.
    engine
        .check("im.notify.answer", &notify(1).to_string())
        .unwrap();
    assert!(requests().await.is_empty(), "nothing may reach the portal");
    assert_eq!(counts(&engine), vec![0.0, 0.0, 0.0]);
}

#[wasm_bindgen_test]
async fn every_reply_shape_becomes_one_typed_error() {
    reset().await;
    // No repeats: each fault is seen as the portal gave it.
    let engine = webhook(r#"{"plan":false,"refusalRetries":0,"readRetries":0}"#);
    // (fault, code, status, kind) for a write: an unreadable or lost answer may mean it was done.
    let write_cases = [
        (
            json!({"kind": "error", "status": 400, "error": "ANSWER_TEXT_ERROR", "error_description": "ANSWER_TEXT can't be empty"}),
            "ANSWER_TEXT_ERROR",
            Some(400),
            None,
        ),
        (
            json!({"kind": "error", "status": 503, "error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}),
            "QUERY_LIMIT_EXCEEDED",
            Some(503),
            None,
        ),
        (
            json!({"kind": "error", "status": 200, "error": "ACCESS_DENIED", "error_description": "inside 200"}),
            "ACCESS_DENIED",
            Some(200),
            None,
        ),
        (
            json!({"kind": "html", "status": 502}),
            "OUTCOME_UNKNOWN",
            Some(502),
            Some("html"),
        ),
        (
            json!({"kind": "truncated"}),
            "OUTCOME_UNKNOWN",
            Some(200),
            Some("truncated"),
        ),
        (
            json!({"kind": "empty", "status": 200}),
            "OUTCOME_UNKNOWN",
            Some(200),
            Some("empty"),
        ),
    ];
    // (A dropped answer has tests of its own, below.)
    for (f, code, status, kind) in write_cases {
        fault(f.clone()).await;
        let (result, sends) = call(&engine, "im.notify.answer", &notify(1)).await;
        let e = result.expect_err("a fault must fail the call");
        assert_eq!(e["code"], code, "{f} gave {e}");
        assert_eq!(e["status"].as_u64(), status, "{f} gave {e}");
        assert_eq!(e["kind"].as_str(), kind, "{f} gave {e}");
        assert_eq!(e["method"], "im.notify.answer", "{e}");
        assert_eq!(sends, 1, "{f}");
        assert_clean(&e);
    }
    // A read's unreadable answer is a bad reply: nothing can have been done twice.
    for (f, status, kind) in [
        (json!({"kind": "html", "status": 502}), 502, "html"),
        (json!({"kind": "truncated"}), 200, "truncated"),
        (json!({"kind": "empty", "status": 200}), 200, "empty"),
    ] {
        fault(f.clone()).await;
        let (result, _) = call(&engine, "imopenlines.config.get", &json!({"CONFIG_ID": 1})).await;
        let e = result.expect_err("a fault must fail the call");
        assert_eq!(e["code"], "BAD_REPLY", "{f} gave {e}");
        assert_eq!(e["status"], status, "{f} gave {e}");
        assert_eq!(e["kind"], kind, "{f} gave {e}");
        assert_eq!(e["method"], "imopenlines.config.get", "{e}");
    }
    // A wrong webhook secret: the portal's system error, with its status.
    let wrong = WasmEngine::webhook(&format!("{STANDIN}/rest/1/wrong/"), UNLIMITED).unwrap();
    let (result, _) = call(&wrong, "im.notify.answer", &notify(1)).await;
    let e = result.unwrap_err();
    assert_eq!(
        (&e["code"], &e["status"]),
        (&json!("NO_AUTH_FOUND"), &json!(401))
    );
    // An unknown method is the portal's 404.
    let (result, _) = call(&engine, "im.no.such.method", &json!({})).await;
    let e = result.unwrap_err();
    assert_eq!(
        (&e["code"], &e["status"]),
        (&json!("ERROR_METHOD_NOT_FOUND"), &json!(404))
    );
}

#[wasm_bindgen_test]
async fn a_write_whose_answer_is_dropped_is_outcome_unknown_and_sent_once() {
    reset().await;
    let engine = webhook(UNLIMITED);
    fault(json!({"kind": "drop", "method": "im.notify.answer", "times": DROP_EVERY_COPY})).await;
    let (result, sends) = call(&engine, "im.notify.answer", &notify(7)).await;
    let e = result.unwrap_err();
    assert_eq!(e["code"], "OUTCOME_UNKNOWN", "{e}");
    assert_eq!(e["method"], "im.notify.answer");
    assert_clean(&e);
    assert_eq!(sends, 1, "the op never sends a write again");
    assert_eq!(counts(&engine), vec![1.0, 0.0, 0.0]);
    let recorded = requests().await;
    // The portal carried it out; only its answer was lost.
    assert!(recorded
        .iter()
        .all(|r| r["params"] == notify(7) && r["status"].is_null()));
    if IN_BROWSER {
        // Chromium's own repeats (see DROP_EVERY_COPY): one send, maybe several copies.
        assert!(
            !recorded.is_empty() && recorded.len() < DROP_EVERY_COPY as usize,
            "{recorded:?}"
        );
    } else {
        assert_eq!(recorded.len(), 1, "the portal got it once: {recorded:?}");
    }
}

#[wasm_bindgen_test]
async fn a_read_whose_answer_is_dropped_is_sent_again() {
    reset().await;
    let engine = webhook(UNLIMITED);
    fault(json!({"kind": "drop", "method": "imopenlines.config.get"})).await;
    let (result, sends) = call(&engine, "imopenlines.config.get", &json!({"CONFIG_ID": 1})).await;
    assert!(result.unwrap().get("result").is_some());
    let statuses: Vec<Value> = requests()
        .await
        .iter()
        .map(|r| r["status"].clone())
        .collect();
    assert_eq!(statuses, vec![Value::Null, json!(200)]);
    if !IN_BROWSER {
        // In Chromium the repeat may be the browser's own (see DROP_EVERY_COPY).
        assert_eq!(sends, 2);
        assert_eq!(counts(&engine), vec![2.0, 1.0, 0.0]);
    }

    // Every copy lost: asked again readRetries (2) times, then a network error.
    reset().await;
    fault(
        json!({"kind": "drop", "method": "imopenlines.config.get", "times": DROP_EVERY_COPY * 3}),
    )
    .await;
    let (result, sends) = call(&engine, "imopenlines.config.get", &json!({"CONFIG_ID": 1})).await;
    let e = result.unwrap_err();
    assert_eq!(e["code"], "NETWORK", "{e}");
    assert_eq!(sends, 3);
}

#[wasm_bindgen_test]
async fn a_refused_call_is_sent_again() {
    reset().await;
    let engine = webhook(UNLIMITED);
    for (status, code) in [(503, "QUERY_LIMIT_EXCEEDED"), (429, "OPERATION_TIME_LIMIT")] {
        fault(json!({"kind": "error", "method": "im.notify.answer", "status": status, "error": code, "error_description": "refused"})).await;
    }
    let (result, sends) = call(&engine, "im.notify.answer", &notify(3)).await;
    assert!(result.unwrap().get("result").is_some());
    assert_eq!(sends, 3);
    let recorded = requests().await;
    let statuses: Vec<&Value> = recorded.iter().map(|r| &r["status"]).collect();
    assert_eq!(statuses, vec![&json!(503), &json!(429), &json!(200)]);
    assert!(recorded.iter().all(|r| r["params"] == notify(3)));
    assert_eq!(counts(&engine), vec![3.0, 2.0, 2.0]);

    // As often as refusalRetries allows, then the refusal is the error.
    reset().await;
    let engine = webhook(r#"{"plan":false,"refusalRetries":1}"#);
    fault(json!({"kind": "error", "status": 503, "error": "QUERY_LIMIT_EXCEEDED", "error_description": "refused", "times": 2})).await;
    let (result, sends) = call(&engine, "im.notify.answer", &notify(4)).await;
    let e = result.unwrap_err();
    assert_eq!(
        (&e["code"], &e["status"]),
        (&json!("QUERY_LIMIT_EXCEEDED"), &json!(503))
    );
    assert_eq!(sends, 2);
    assert_eq!(requests().await.len(), 2);
}

#[wasm_bindgen_test]
async fn an_expired_token_asks_for_a_refresh_and_the_call_is_sent_again_with_the_new_token() {
    reset().await;
    control("POST", "tokens/expire", None).await;
    let engine = oauth(TOKEN);
    let mut op = engine
        .call("im.notify.answer", &notify(1).to_string(), now())
        .unwrap();
    let run = drive(&mut op).await;
    assert_eq!((run.stopped, run.sends), (StepKind::Refresh, 1));
    // Until a token comes, it keeps asking for one.
    assert_eq!(poll(&mut op), StepKind::Refresh);
    let token = new_token().await;
    engine.set_token(&token).map_err(thrown).unwrap();
    let run = drive(&mut op).await;
    assert_eq!(run.sends, 1);
    assert!(result_of(&mut op, &run).unwrap().get("result").is_some());
    let recorded = requests().await;
    assert_eq!(recorded.len(), 2, "the refused call and its one repeat");
    assert_eq!(recorded[0]["status"], 401);
    assert_eq!(recorded[1]["status"], 200);
    assert_eq!(recorded[0]["params"], recorded[1]["params"]);
    let sent: Value = serde_json::from_str(recorded[1]["rawBody"].as_str().unwrap()).unwrap();
    assert_eq!(sent["auth"], token.as_str());
    assert_eq!(counts(&engine), vec![2.0, 1.0, 0.0]);
    // Later calls use the new token without a refresh.
    let (result, sends) = call(&engine, "im.notify.answer", &notify(2)).await;
    assert!(result.is_ok());
    assert_eq!(sends, 1);
}

#[wasm_bindgen_test]
async fn a_refresh_that_fails_or_gives_a_dead_token_ends_the_call() {
    reset().await;
    control("POST", "tokens/expire", None).await;
    let engine = oauth(TOKEN);
    let mut op = engine
        .call("im.notify.answer", &notify(1).to_string(), now())
        .unwrap();
    assert_eq!(drive(&mut op).await.stopped, StepKind::Refresh);
    engine.refresh_failed(now(), &format!("refresh() threw for {TOKEN}"), "");
    let run = drive(&mut op).await;
    assert_eq!(run.sends, 0);
    let e = result_of(&mut op, &run).unwrap_err();
    assert_eq!(e["code"], "REFRESH_FAILED", "{e}");
    assert_clean(&e);

    // One refresh per call: a token that is refused again ends it with the portal's error.
    let engine = oauth(TOKEN);
    let mut op = engine
        .call("im.notify.answer", &notify(2).to_string(), now())
        .unwrap();
    assert_eq!(drive(&mut op).await.stopped, StepKind::Refresh);
    engine.set_token(TOKEN).unwrap();
    let run = drive(&mut op).await;
    assert_eq!(run.sends, 1);
    let e = result_of(&mut op, &run).unwrap_err();
    assert_eq!(
        (&e["code"], &e["status"]),
        (&json!("expired_token"), &json!(401))
    );
    assert_eq!(requests().await.len(), 3);
    // A refresh that gives no usable token is refused.
    let e = thrown(engine.set_token("").unwrap_err());
    assert_eq!(e["code"], "REFRESH_FAILED");
}

#[wasm_bindgen_test]
async fn a_batch_gives_every_command_its_own_outcome() {
    reset().await;
    let engine = webhook(UNLIMITED);
    fault(json!({"kind": "error", "method": "imopenlines.config.get", "status": 400, "error": "CONFIG_NOT_FOUND", "error_description": "Config not found"})).await;
    let commands = json!([
        ["notify", "im.notify.answer", notify(1)],
        ["contacts", "crm.contact.list", {"order": {"ID": "ASC"}}],
        ["line", "imopenlines.config.get", {"CONFIG_ID": 5}],
    ]);
    let mut op = engine.batch(&commands.to_string(), false, now()).unwrap();
    let run = drive(&mut op).await;
    assert_eq!((run.stopped, run.sends), (StepKind::Done, 1));
    let outcomes: Value = serde_json::from_str(&op.outcome()).unwrap();
    let keys: Vec<&str> = outcomes
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["notify", "contacts", "line"]);
    assert!(outcomes[0].get("result").is_some(), "{outcomes}");
    assert_eq!(outcomes[1]["result"].as_array().unwrap().len(), 50);
    assert_eq!(
        (&outcomes[1]["total"], &outcomes[1]["next"]),
        (&json!(10000), &json!(50))
    );
    let e = &outcomes[2]["error"];
    assert_eq!(e["code"], "CONFIG_NOT_FOUND", "{outcomes}");
    assert_eq!(e["method"], "imopenlines.config.get");
    assert!(outcomes[2].get("result").is_none());
    let recorded = requests().await;
    assert_eq!(recorded.len(), 4, "the batch and its three commands");
    assert_eq!(recorded[0]["method"], "batch");
    assert!(recorded[1..].iter().all(|r| r["viaBatch"] == true));

    // With halt, the portal stops at the first failure: what follows did not run.
    reset().await;
    fault(json!({"kind": "error", "method": "im.notify.answer", "status": 400, "error": "ID_ERROR", "error_description": "no such notification"})).await;
    let mut op = engine.batch(&commands.to_string(), true, now()).unwrap();
    drive(&mut op).await;
    let outcomes: Value = serde_json::from_str(&op.outcome()).unwrap();
    let codes: Vec<&Value> = outcomes
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["error"]["code"])
        .collect();
    assert_eq!(
        codes,
        [&json!("ID_ERROR"), &json!("SKIPPED"), &json!("SKIPPED")]
    );
    assert_eq!(requests().await.len(), 2, "the batch and its first command");
}

#[wasm_bindgen_test]
async fn a_batch_whose_answer_is_dropped_is_sent_once_and_says_what_is_unknown() {
    reset().await;
    let engine = webhook(UNLIMITED);
    fault(json!({"kind": "drop", "method": "batch", "times": DROP_EVERY_COPY})).await;
    let commands = json!([
        ["write", "im.notify.answer", notify(1)],
        ["read", "imopenlines.config.get", {"CONFIG_ID": 5}],
    ]);
    let mut op = engine.batch(&commands.to_string(), false, now()).unwrap();
    let run = drive(&mut op).await;
    assert_eq!(run.sends, 1, "a batch with a write is not sent again");
    let outcomes: Value = serde_json::from_str(&op.outcome()).unwrap();
    assert_eq!(
        outcomes[0]["error"]["code"], "OUTCOME_UNKNOWN",
        "{outcomes}"
    );
    assert_eq!(outcomes[0]["error"]["method"], "im.notify.answer");
    // A read whose answer was lost is a network error, not an unknown outcome.
    assert_eq!(outcomes[1]["error"]["code"], "NETWORK", "{outcomes}");
    assert_eq!(outcomes[1]["error"]["method"], "imopenlines.config.get");
    assert_clean(&outcomes);
    let recorded = requests().await;
    let batches: Vec<&Value> = recorded.iter().filter(|r| r["method"] == "batch").collect();
    assert!(batches.iter().all(|b| b["status"].is_null()));
    // Each copy of the batch ran both commands.
    assert_eq!(recorded.len(), 3 * batches.len(), "{recorded:?}");
    if !IN_BROWSER {
        assert_eq!(batches.len(), 1, "one batch on the wire");
    }
}

#[wasm_bindgen_test]
async fn a_batch_of_more_than_fifty_commands_goes_in_requests_of_fifty() {
    reset().await;
    let engine = webhook(UNLIMITED);
    let commands: Vec<Value> = (1..=60)
        .map(|i| json!([format!("c{i}"), "imopenlines.config.get", {"CONFIG_ID": i}]))
        .collect();
    let mut op = engine
        .batch(&Value::from(commands).to_string(), false, now())
        .unwrap();
    let run = drive(&mut op).await;
    assert_eq!(run.sends, 2);
    let outcomes: Value = serde_json::from_str(&op.outcome()).unwrap();
    let outcomes = outcomes.as_array().unwrap();
    assert_eq!(outcomes.len(), 60);
    assert!(
        outcomes.iter().all(|o| o.get("result").is_some()),
        "{outcomes:?}"
    );
    let batches = requests()
        .await
        .into_iter()
        .filter(|r| r["method"] == "batch")
        .count();
    assert_eq!(batches, 2);
}

#[wasm_bindgen_test]
async fn nothing_listening_is_a_network_error_without_the_secret() {
    // A closed port (fetch refuses some well-known ports outright, e.g. 9).
    let engine =
        WasmEngine::webhook("http://127.0.0.1:38999/rest/1/top-secret/", UNLIMITED).unwrap();
    let (result, sends) = call(&engine, "imopenlines.config.get", &json!({"CONFIG_ID": 1})).await;
    let e = result.unwrap_err();
    assert_eq!(e["code"], "NETWORK", "{e}");
    assert!(!e.to_string().contains("top-secret"), "{e}");
    // Node knows a refused connection sent nothing; a browser cannot tell, so there a read is
    // asked again (readRetries, 2) and a write may have happened.
    assert_eq!(sends, if IN_BROWSER { 3 } else { 1 });
    let (result, sends) = call(&engine, "im.notify.answer", &notify(1)).await;
    let e = result.unwrap_err();
    let expected = if IN_BROWSER {
        "OUTCOME_UNKNOWN"
    } else {
        "NETWORK"
    };
    assert_eq!(e["code"], expected, "{e}");
    assert!(!e.to_string().contains("top-secret"), "{e}");
    assert_eq!(sends, 1);
}

#[wasm_bindgen_test]
async fn a_write_with_no_answer_by_the_deadline_is_outcome_unknown() {
    reset().await;
    let engine = webhook(r#"{"plan":false,"timeoutMs":300}"#);
    assert_eq!(timeout_of(r#"{"plan":false,"timeoutMs":300}"#), 300.0);
    fault(json!({"kind": "delay", "method": "im.notify.answer", "ms": 1000})).await;
    let before = now();
    let mut op = engine
        .call("im.notify.answer", &notify(1).to_string(), now())
        .unwrap();
    assert!(op.deadline() >= before + 300.0 && op.deadline() <= now() + 300.0);
    let run = drive(&mut op).await;
    assert_eq!(run.sends, 1);
    let e = result_of(&mut op, &run).unwrap_err();
    assert_eq!(e["code"], "OUTCOME_UNKNOWN", "{e}");
    assert!(
        e["description"].as_str().unwrap().contains("deadline"),
        "{e}"
    );
    // It was carried out after all, which is why it could not be sent again.
    for _ in 0..40 {
        if requests().await[0]["status"] == 200 {
            return;
        }
        sleep(100.0).await;
    }
    panic!("the delayed call was never answered");
}

#[wasm_bindgen_test]
async fn an_aborted_call_is_not_sent_or_is_outcome_unknown_in_flight() {
    reset().await;
    let engine = webhook(UNLIMITED);
    let mut op = engine
        .call("im.notify.answer", &notify(1).to_string(), now())
        .unwrap();
    assert_eq!(abort(&mut op), StepKind::Failed);
    let e: Value = serde_json::from_str(&op.error()).unwrap();
    assert_eq!(e["code"], "ABORTED", "{e}");
    // Told to send, then aborted: the write may have reached the portal.
    let mut op = engine
        .call("im.notify.answer", &notify(2).to_string(), now())
        .unwrap();
    assert_eq!(poll(&mut op), StepKind::Send);
    assert_eq!(abort(&mut op), StepKind::Failed);
    let e: Value = serde_json::from_str(&op.error()).unwrap();
    assert_eq!(e["code"], "OUTCOME_UNKNOWN", "{e}");
    assert!(requests().await.is_empty());
}

#[wasm_bindgen_test]
async fn bx24_calls_name_the_method_and_go_through_the_same_decoder() {
    reset().await;
    let engine = WasmEngine::bx24("portal.example", UNLIMITED).unwrap();
    let params = json!({"CHAT_ID": 1331, "MESSAGE_ID": 83507});
    // The host page's BX24.callMethod: the method and params, sent with the page's token.
    let host = |method: String, body: String, deadline: f64| async move {
        assert_eq!(method, "imopenlines.message.quick.save");
        let mut sent: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(sent, json!({"CHAT_ID": 1331, "MESSAGE_ID": 83507}));
        sent["auth"] = TOKEN.into();
        post(
            &format!("{STANDIN}/rest/{method}"),
            &sent.to_string(),
            deadline,
        )
        .await
    };
    let mut op = engine
        .call("imopenlines.message.quick.save", &params.to_string(), now())
        .unwrap();
    let run = drive_with(&mut op, host).await;
    assert_eq!(result_of(&mut op, &run).unwrap()["result"], true);
    fault(json!({"kind": "error", "status": 400, "error": "CANT_SAVE_QUICK_ANSWER", "error_description": "Error saving quick answer"})).await;
    let mut op = engine
        .call("imopenlines.message.quick.save", &params.to_string(), now())
        .unwrap();
    let run = drive_with(&mut op, host).await;
    let e = result_of(&mut op, &run).unwrap_err();
    assert_eq!(
        (&e["code"], &e["status"]),
        (&json!("CANT_SAVE_QUICK_ANSWER"), &json!(400))
    );
    assert_eq!(requests().await.len(), 2);
}

#[wasm_bindgen_test]
fn the_table_the_wasm_decodes_holds_every_method() {
    // In wasm the table is decoded from the compact copy build.rs embeds.
    use b24_wasm::schema::Access;
    assert_eq!(b24_wasm::methods::all().count(), 191);
    let access = |name: &str| {
        b24_wasm::methods::find(name)
            .unwrap_or_else(|| panic!("{name}"))
            .access
    };
    for (seed, _) in seeds() {
        assert_eq!(access(seed), Access::Write, "{seed} writes");
    }
    assert_eq!(access("imopenlines.config.get"), Access::Read);
}

#[wasm_bindgen_test]
fn wrong_settings_are_config_errors_that_show_no_secret() {
    let refused = |made: Result<WasmEngine, JsValue>| thrown(made.err().expect("refused"));
    let cases = [
        refused(WasmEngine::webhook(
            "http://example.com/rest/1/top-secret/",
            "",
        )),
        refused(WasmEngine::webhook("https://example.com/top-secret/", "")),
        refused(WasmEngine::webhook(
            &format!("{STANDIN}/rest/1/top-secret/"),
            r#"{"retries":3}"#,
        )),
        refused(WasmEngine::webhook(
            &format!("{STANDIN}/rest/1/top-secret/"),
            r#"{"timeoutMs":0}"#,
        )),
        refused(WasmEngine::webhook(
            &format!("{STANDIN}/rest/1/top-secret/"),
            "[1]",
        )),
        refused(WasmEngine::oauth(&format!("{STANDIN}/rest/"), "", "")),
        refused(WasmEngine::oauth(
            &format!("{STANDIN}/rest/"),
            "top secret",
            "",
        )),
        refused(WasmEngine::oauth(
            "ftp://example.com/rest/",
            "top-secret",
            "",
        )),
        refused(WasmEngine::bx24("portal.example", r#"{"plan":"gold"}"#)),
    ];
    for e in &cases {
        assert_eq!(e["code"], "INVALID_CONFIG", "{e}");
        assert!(!e.to_string().contains("top-secret"), "{e}");
    }
    assert!(
        cases[2]["message"]
            .as_str()
            .unwrap()
            .contains("options.retries"),
        "{}",
        cases[2]
    );
    // The settings given are the ones used.
    assert_eq!(timeout_of(""), 90_000.0);
    assert_eq!(timeout_of(r#"{"timeoutMs":1234}"#), 1234.0);
    // Texts the JS side reports itself lose the client's secrets too.
    let engine = oauth(TOKEN);
    engine.set_token("standin-token-2").unwrap();
    let scrubbed = engine.scrub(&format!("{STANDIN}/rest/?auth={TOKEN} and standin-token-2"));
    assert!(
        !scrubbed.contains(TOKEN) && !scrubbed.contains("standin-token-2"),
        "{scrubbed}"
    );
    let scrubbed = webhook("").scrub(&format!("POST {STANDIN}/rest/1/{SECRET}/im.notify.answer"));
    assert!(!scrubbed.contains(SECRET), "{scrubbed}");
}
