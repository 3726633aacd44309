//! The JS skin of inbound events: strings in, JSON text out (JS parses it once), errors as
//! plain objects that the package's JS turns into `B24Error`s. All logic is in `crate::events`.

use crate::events::{self, EventError, Queue, Verdict};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

/// `{code, message, description, kind, status, field?}` for a refused event.
fn event_error(e: &EventError) -> JsValue {
    let out = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&out, &JsValue::from_str(key), &value);
    };
    let message = e.to_string();
    set("code", JsValue::from_str(e.code()));
    set("message", JsValue::from_str(&message));
    set("description", JsValue::from_str(&message));
    set("kind", JsValue::from_str(e.kind()));
    set("status", JsValue::from(e.status()));
    if let Some(field) = e.field() {
        set("field", JsValue::from_str(field));
    }
    out.into()
}

/// A webhook POST body (form or JSON) as the typed event's JSON text.
#[wasm_bindgen(js_name = parseEvent)]
pub fn parse_event(body: &str, content_type: Option<String>) -> Result<String, JsValue> {
    events::parse(body, content_type.as_deref())
        .map(|p| p.to_json())
        .map_err(|e| event_error(&e))
}

/// One item of a queue's answer (`queue`: `bot`, `user` or `offline`; `bot_id` for `bot`) as
/// the typed event's JSON text.
#[wasm_bindgen(js_name = parsePolledEvent)]
pub fn parse_polled_event(
    queue: &str,
    bot_id: Option<f64>,
    item_json: &str,
) -> Result<String, JsValue> {
    let queue = match queue {
        "bot" => Queue::Bot {
            bot_id: bot_id.unwrap_or(0.0) as i64,
        },
        "user" => Queue::User,
        _ => Queue::Offline,
    };
    events::parse_polled_json(queue, item_json)
        .map(|p| p.to_json())
        .map_err(|e| event_error(&e))
}

/// Checks an event's token against the stored one: `"verified"`, `"install"` (store the
/// token) or `"uninstall"` (forget it); a refusal rejects with `UNVERIFIED_EVENT`.
#[wasm_bindgen(js_name = verifyEvent)]
pub fn verify_event(
    event: &str,
    member_id: Option<String>,
    token: Option<String>,
    stored: Option<String>,
) -> Result<String, JsValue> {
    match events::verify_parts(
        event,
        member_id.as_deref(),
        token.as_deref(),
        stored.as_deref(),
    ) {
        Ok(Verdict::Verified) => Ok("verified".into()),
        Ok(Verdict::Install) => Ok("install".into()),
        Ok(Verdict::Uninstall) => Ok("uninstall".into()),
        Err(e) => Err(event_error(&e)),
    }
}

/// A copy of an event's JSON text with every token replaced by `"***"`, for logs.
#[wasm_bindgen(js_name = redactEvent)]
pub fn redact_event(event_json: &str) -> Result<String, JsValue> {
    let value: serde_json::Value = serde_json::from_str(event_json)
        .map_err(|_| event_error(&EventError::Body(events::BodyProblem::NotJson)))?;
    Ok(events::redact(&value).to_string())
}
