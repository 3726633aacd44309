//! The operations a client runs: one call, or a batch of commands (`super::batch_op`). Each is
//! a state machine over `Exchange`s with one deadline; the I/O loop asks `step` what to do and
//! reports back.

pub use super::batch_op::{parse_commands, BatchOp};
use super::engine::Engine;
use super::exchange::{Exchange, Next};
use super::name;
use super::step::{Input, Request, Step};
use crate::batch::Outcome;
use crate::error::{Error, Problem, Success};
use crate::methods;
use crate::prelude::*;
use crate::schema::{Access, Method};
use crate::validate::validate_params;
use serde_json::{Map, Value};

/// Reads params given as JSON text (`""` for none) and checks them against the method's
/// entry; returns the text to send. Methods outside the table pass unchecked (as long as
/// params is an object), so users are never blocked by the table.
pub fn prepare(method: &str, params_json: &str) -> Result<String, Error> {
    name::check(method)?;
    prepare_for(method, methods::find(method), params_json)
}

/// `prepare` with the method's entry already looked up (once per op: it also gives the
/// access).
#[inline(never)]
fn prepare_for(
    method: &str,
    entry: Option<&'static Method>,
    params_json: &str,
) -> Result<String, Error> {
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
    if let Some(entry) = entry {
        validate_params(entry, &params)?;
    }
    // The text is sent as given: re-encoding it would only risk changing numbers.
    Ok(text.to_string())
}

/// Whether `entry` only reads; a method outside the table is taken to write.
pub(crate) fn access_in(entry: Option<&Method>) -> Access {
    entry.map_or(Access::Write, |m| m.access)
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
        name::check(method)?;
        let entry = methods::find(method);
        let params = prepare_for(method, entry, params_json)?;
        Ok(CallOp {
            exchange: Exchange::new(method.to_string(), access_in(entry), params),
            deadline_ms: now_ms + engine.config.timeout_ms,
        })
    }

    pub fn deadline_ms(&self) -> f64 {
        self.deadline_ms
    }

    pub fn method(&self) -> &str {
        &self.exchange.method
    }

    /// Takes `input` (and the caller's abort), then says what to do next (`Op::handle`).
    #[inline(never)]
    pub fn handle(
        &mut self,
        engine: &mut Engine,
        now_ms: f64,
        input: Input<'_>,
        abort: Option<&str>,
    ) -> Step {
        let ex = &mut self.exchange;
        match input {
            Input::Poll => {}
            Input::Reply { status, body } => ex.on_reply(engine, now_ms, status, body),
            Input::Lost { lost, message } => ex.on_lost(engine, now_ms, lost, message),
            Input::Reserved { wait_ms } => {
                ex.on_reserved(engine, now_ms, wait_ms, self.deadline_ms)
            }
        }
        if let Some(reason) = abort {
            ex.abort(engine, reason);
        }
        let next = ex.step(engine, now_ms, self.deadline_ms);
        let deadline_ms = self.deadline_ms;
        step_of(next, || Request {
            target: engine.target(&ex.method),
            body: ex.body(engine),
            deadline_ms,
        })
    }

    pub fn take_outcome(&mut self) -> Option<Result<Success, Error>> {
        self.exchange.take_outcome()
    }
}

/// An exchange's need as the loop's step; `request` makes the request a `Send` carries.
pub(crate) fn step_of(next: Next, request: impl FnOnce() -> Request) -> Step {
    match next {
        Next::Send => Step::Send(request()),
        Next::Wait(ms) => Step::Wait(ms),
        Next::Refresh => Step::Refresh,
        Next::Pending => Step::Pending,
        Next::Reserve => Step::Reserve,
        Next::ReportRefusal => Step::ReportRefusal,
        Next::Done => Step::Done,
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
    let mut rows = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
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
        rows.push(Value::Object(row));
    }
    Value::Array(rows).to_string()
}

// Property tests: proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
