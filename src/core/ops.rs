//! The operations a client runs: one call, or a batch of commands (`super::batch_op`). Each is
//! a state machine over `Exchange`s with one deadline; the I/O loop asks `step` what to do and
//! reports back.

pub use super::batch_op::{parse_commands, BatchOp};
use super::engine::Engine;
use super::exchange::{Exchange, Lost, Step};
use super::name;
use crate::batch::Outcome;
use crate::error::{Error, Problem, Success};
use crate::methods;
use crate::prelude::*;
use crate::schema::Access;
use crate::validate::validate_params;
use serde_json::{Map, Value};

/// Reads params given as JSON text (`""` for none) and checks them against the method's
/// entry; returns the text to send. Methods outside the table pass unchecked (as long as
/// params is an object), so users are never blocked by the table.
pub fn prepare(method: &str, params_json: &str) -> Result<String, Error> {
    name::check(method)?;
    let not_object = || Error::InvalidParam {
        method: method.to_string(),
        field: "params".to_string(),
        problem: Problem::NotAnObject,
    };
    let text = params_json.trim();
    let text = if text.is_empty() { "{}" } else { text };
    // Read once into a `Node` that borrows the text (no `Value`, no copies of its strings).
    let params = crate::json::parse(text).map_err(|_| not_object())?;
    if params.as_object().is_none() {
        return Err(not_object());
    }
    if let Some(entry) = methods::find(method) {
        validate_params(entry, &params)?;
    }
    // The text is sent as given: re-encoding it would only risk changing numbers.
    Ok(text.to_string())
}

pub(crate) fn access_of(method: &str) -> Access {
    methods::find(method).map_or(Access::Write, |m| m.access)
}

/// One call of one method.
#[derive(Debug)]
pub struct CallOp {
    exchange: Exchange,
    deadline_ms: f64,
}

impl CallOp {
    pub fn new(
        engine: &Engine,
        method: &str,
        params_json: &str,
        now_ms: f64,
    ) -> Result<CallOp, Error> {
        let params = prepare(method, params_json)?;
        Ok(CallOp {
            exchange: Exchange::new(method.to_string(), access_of(method), params),
            deadline_ms: now_ms + engine.config.timeout_ms,
        })
    }

    pub fn deadline_ms(&self) -> f64 {
        self.deadline_ms
    }

    pub fn step(&mut self, engine: &mut Engine, now_ms: f64) -> Step {
        self.exchange.step(engine, now_ms, self.deadline_ms)
    }

    pub fn method(&self) -> &str {
        &self.exchange.method
    }

    pub fn target(&self, engine: &Engine) -> String {
        engine.target(&self.exchange.method)
    }

    pub fn body(&self, engine: &Engine) -> String {
        self.exchange.body(engine)
    }

    pub fn on_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        self.exchange.on_reply(engine, now_ms, status, body);
    }

    pub fn on_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        self.exchange.on_lost(engine, now_ms, lost, message);
    }

    pub fn on_reserved(&mut self, engine: &mut Engine, now_ms: f64, wait_ms: f64) {
        self.exchange
            .on_reserved(engine, now_ms, wait_ms, self.deadline_ms);
    }

    pub fn abort(&mut self, engine: &mut Engine, reason: &str) {
        self.exchange.abort(engine, reason);
    }

    pub fn take_outcome(&mut self) -> Option<Result<Success, Error>> {
        self.exchange.take_outcome()
    }
}

/// The fields of a `B24Error`, as one JSON object: the only projection of an error.
pub fn error_fields(e: &Error) -> Value {
    let mut fields = Map::new();
    fields.insert("code".into(), e.code().into());
    // No text: the names of its templates, then its slots' names and values in turn, which
    // `error.js` composes into `description` and `message` (`src/error/templates.rs`; no
    // core::fmt in the .wasm). A flat array: no map (and no sort) for it in the .wasm. Every text
    // that did not come from this library was scrubbed of secrets before (`map_text`).
    let parts = e.parts();
    let mut text = Vec::with_capacity(2 + 2 * parts.args.len());
    text.push(parts.description.into());
    text.push(parts.message.into());
    for (name, value) in parts.args {
        text.push(name.into());
        text.push(value.into());
    }
    fields.insert("text".into(), Value::Array(text));
    if let Some(status) = e.status() {
        fields.insert("status".into(), status.into());
    }
    if let Some(method) = e.method() {
        fields.insert("method".into(), method.into());
    }
    if let Some(field) = e.field() {
        fields.insert("field".into(), field.into());
    }
    if let Some(kind) = e.kind() {
        fields.insert("kind".into(), kind.as_str().into());
    }
    if let Error::Refresh {
        reason: Some(reason),
        ..
    } = e
    {
        fields.insert("kind".into(), (*reason).into());
    }
    Value::Object(fields)
}

/// A batch's outcomes as the JSON the JS side reads: `[{key, result | error, total?, next?}]`.
pub fn outcomes_json(outcomes: &[Outcome]) -> String {
    let rows: Vec<Value> = outcomes
        .iter()
        .map(|outcome| {
            let mut row = Map::new();
            row.insert("key".into(), outcome.key.clone().into());
            match &outcome.result {
                Ok(value) => row.insert("result".into(), value.clone()),
                Err(e) => row.insert("error".into(), error_fields(e)),
            };
            if let Some(total) = outcome.total {
                row.insert("total".into(), total.into());
            }
            if let Some(next) = outcome.next {
                row.insert("next".into(), next.into());
            }
            Value::Object(row)
        })
        .collect();
    Value::Array(rows).to_string()
}

// Property tests: proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
