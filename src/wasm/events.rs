//! The JS skin of inbound events: strings in, JSON text out (JS parses it once); a refusal is
//! thrown as the JSON text of its fields, which the package's JS turns into a `B24Error`. All
//! logic is in `crate::events`.

use crate::events::{self, EventError, Queue, Verdict};
use crate::prelude::*;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

/// `{code, message, description, kind, status, field?}` of a refused event, as JSON text.
fn thrown(e: &EventError) -> JsValue {
    let mut fields = Map::new();
    let message = e.message();
    fields.insert("code".into(), e.code().into());
    fields.insert("message".into(), message.clone().into());
    fields.insert("description".into(), message.into());
    fields.insert("kind".into(), e.kind().into());
    fields.insert("status".into(), e.status().into());
    if let Some(field) = e.field() {
        fields.insert("field".into(), field.into());
    }
    JsValue::from_str(&Value::Object(fields).to_string())
}

/// A webhook POST body (form or JSON) as the typed event's JSON text.
#[wasm_bindgen(js_name = parseEvent)]
pub fn parse_event(body: &str, content_type: Option<String>) -> Result<String, JsValue> {
    events::parse(body, content_type.as_deref())
        .map(|p| p.to_json())
        .map_err(|e| thrown(&e))
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
        .map_err(|e| thrown(&e))
}

/// Checks an event's token against the stored one: `"verified"`, `"install"` (store the
/// token) or `"uninstall"` (forget it); a refusal throws `UNVERIFIED_EVENT`.
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
        Err(e) => Err(thrown(&e)),
    }
}

/// A copy of an event's JSON text with every token replaced by `"***"`, for logs.
#[wasm_bindgen(js_name = redactEvent)]
pub fn redact_event(event_json: &str) -> Result<String, JsValue> {
    let value: Value = crate::json::value(event_json)
        .map_err(|_| thrown(&EventError::Body(events::BodyProblem::NotJson)))?;
    Ok(events::redact(&value).to_string())
}

/// A placement POST (`body`, and the handler URL's `query` without `?`) as the typed
/// request's JSON text.
#[wasm_bindgen(js_name = parsePlacement)]
pub fn parse_placement(
    body: &str,
    content_type: Option<String>,
    query: Option<String>,
) -> Result<String, JsValue> {
    events::placement::parse_placement(body, content_type.as_deref(), query.as_deref())
        .map(|v| v.to_string())
        .map_err(|e| thrown(&e))
}

/// Checks a placement POST's `APPLICATION_TOKEN` against the stored one: `"verified"`, or
/// `"ask_portal"` when there is nothing to compare; a different token throws.
#[wasm_bindgen(js_name = verifyPlacement)]
pub fn verify_placement(
    member_id: Option<String>,
    token: Option<String>,
    stored: Option<String>,
) -> Result<String, JsValue> {
    match events::verify_placement(member_id.as_deref(), token.as_deref(), stored.as_deref()) {
        Ok(events::PlacementVerdict::Verified) => Ok("verified".into()),
        Ok(events::PlacementVerdict::AskPortal) => Ok("ask_portal".into()),
        Err(e) => Err(thrown(&e)),
    }
}
