//! The operations a client runs: one call, or a batch of commands. Each is a state machine
//! over `Exchange`s with one deadline; the I/O loop asks `step` what to do and reports back.

use super::engine::Engine;
use super::exchange::{Exchange, Lost, Step};
use super::name;
use crate::batch::{self, Command, Outcome, MAX_COMMANDS};
use crate::error::{api_error, BadReplyKind, Error, Problem, Success, UNKNOWN_ERROR};
use crate::methods;
use crate::prelude::*;
use crate::schema::Access;
use crate::validate::validate;
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
    let params: Value = serde_json::from_str(text).map_err(|_| not_object())?;
    if !params.is_object() {
        return Err(not_object());
    }
    if let Some(entry) = methods::find(method) {
        validate(entry, &params)?;
    }
    // The text is sent as given: re-encoding it would only risk changing numbers.
    Ok(text.to_string())
}

fn access_of(method: &str) -> Access {
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

/// `[[key, method, params], ...]` (JSON text) into commands; every method name is checked
/// before anything else.
pub fn parse_commands(json: &str) -> Result<Vec<Command>, Error> {
    let bad = |field: String| Error::InvalidParam {
        method: "batch".into(),
        field,
        problem: Problem::WrongType("[method, params] (method a string, params an object)"),
    };
    // Parsed as a plain Value: a typed Vec would pull serde's error formatting into the .wasm.
    let Ok(Value::Array(rows)) = serde_json::from_str::<Value>(json) else {
        return Err(bad("cmd".into()));
    };
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| {
            let Value::Array(parts) = row else {
                return Err(bad(format!("cmd.{i}")));
            };
            let mut parts = parts.into_iter();
            let (key, method, params) = (parts.next(), parts.next(), parts.next());
            let key = match key {
                Some(Value::String(key)) => key,
                _ => return Err(bad(format!("cmd.{i}"))),
            };
            let Some(Value::String(method)) = method else {
                return Err(bad(format!("cmd.{key}")));
            };
            name::check(&method).map_err(|e| match e {
                Error::InvalidParam {
                    method, problem, ..
                } => Error::InvalidParam {
                    method,
                    field: format!("cmd.{key}.method"),
                    problem,
                },
                other => other,
            })?;
            let params = match params {
                None | Some(Value::Null) => Value::Object(Map::new()),
                Some(p @ Value::Object(_)) => p,
                Some(_) => return Err(bad(format!("cmd.{key}"))),
            };
            Ok(Command {
                key,
                method,
                params,
            })
        })
        .collect()
}

/// A batch: commands split into requests of at most 50, each command with its own outcome.
#[derive(Debug)]
pub struct BatchOp {
    commands: Vec<Command>,
    halt: bool,
    /// The next command not yet planned into a request.
    next: usize,
    /// The request under way: the indexes of its commands, and its exchange.
    current: Option<(Vec<usize>, Exchange)>,
    outcomes: Vec<Option<Outcome>>,
    /// Results of earlier requests, for `$result[...]` references across requests.
    earlier: Map<String, Value>,
    /// Commands without a result: a command that refers to one cannot be sent.
    unresolved: Unresolved,
    halted: bool,
    deadline_ms: f64,
}

impl BatchOp {
    pub fn new(
        engine: &Engine,
        commands_json: &str,
        halt: bool,
        now_ms: f64,
    ) -> Result<BatchOp, Error> {
        let commands = parse_commands(commands_json)?;
        batch::check(&commands)?;
        Ok(BatchOp::from_commands(engine, commands, halt, now_ms))
    }

    /// A batch of commands already checked (the list pager's chained pages).
    pub fn from_commands(
        engine: &Engine,
        commands: Vec<Command>,
        halt: bool,
        now_ms: f64,
    ) -> BatchOp {
        BatchOp {
            outcomes: vec![None; commands.len()],
            commands,
            halt,
            next: 0,
            current: None,
            earlier: Map::new(),
            unresolved: Unresolved::default(),
            halted: false,
            deadline_ms: now_ms + engine.config.timeout_ms,
        }
    }

    pub fn deadline_ms(&self) -> f64 {
        self.deadline_ms
    }

    pub fn body(&self, engine: &Engine) -> String {
        self.current
            .as_ref()
            .map(|(_, ex)| ex.body(engine))
            .unwrap_or_default()
    }

    pub fn target(&self, engine: &Engine) -> String {
        engine.target("batch")
    }

    pub fn step(&mut self, engine: &mut Engine, now_ms: f64) -> Step {
        loop {
            if let Some((indexes, exchange)) = &mut self.current {
                match exchange.step(engine, now_ms, self.deadline_ms) {
                    Step::Done => {
                        let outcome = exchange.take_outcome();
                        let indexes = core::mem::take(indexes);
                        self.current = None;
                        self.absorb(&indexes, outcome);
                        continue;
                    }
                    step => return step,
                }
            }
            if self.next >= self.commands.len() {
                return Step::Done;
            }
            self.plan_request();
        }
    }

    /// Takes the next commands (up to 50 that can be sent) into a request.
    fn plan_request(&mut self) {
        let mut indexes = Vec::new();
        let mut chunk = Vec::new();
        while self.next < self.commands.len() && chunk.len() < MAX_COMMANDS {
            let i = self.next;
            self.next += 1;
            let Some(command) = self.commands.get(i) else {
                break;
            };
            let mut refs = Vec::new();
            batch::references(&command.params, &mut refs);
            let blocked = refs.iter().any(|k| self.unresolved.contains(k));
            if self.halted || blocked {
                // Never sent: the portal did not run it.
                self.unresolved.insert(&command.key);
                self.set(
                    i,
                    Err(Error::Skipped {
                        method: command.method.clone(),
                    }),
                    None,
                    None,
                );
                continue;
            }
            let mut command = command.clone();
            batch::substitute(&mut command.params, &self.earlier);
            indexes.push(i);
            chunk.push(command);
        }
        if chunk.is_empty() {
            return;
        }
        // A batch only reads when all of its commands only read.
        let reads = chunk.iter().all(|c| access_of(&c.method) == Access::Read);
        let access = if reads { Access::Read } else { Access::Write };
        let exchange = Exchange::new("batch".into(), access, batch::encode(&chunk, self.halt));
        self.current = Some((indexes, exchange));
    }

    fn set(
        &mut self,
        i: usize,
        result: Result<Value, Error>,
        total: Option<u64>,
        next: Option<u64>,
    ) {
        let Some(command) = self.commands.get(i) else {
            return;
        };
        if result.is_err() {
            self.unresolved.insert(&command.key);
            self.halted |= self.halt;
        }
        if let Some(slot) = self.outcomes.get_mut(i) {
            *slot = Some(Outcome {
                key: command.key.clone(),
                result,
                total,
                next,
            });
        }
    }

    /// Gives each command of a finished request its own outcome.
    fn absorb(&mut self, indexes: &[usize], outcome: Option<Result<Success, Error>>) {
        let reply = match outcome {
            Some(Ok(success)) => serde_json::from_str::<Value>(&success.body).ok(),
            Some(Err(e)) => {
                for &i in indexes {
                    let error = self.per_command(i, &e);
                    self.set(i, Err(error), None, None);
                }
                return;
            }
            None => None,
        };
        let inner = reply
            .as_ref()
            .and_then(|r| r.get("result"))
            .filter(|r| r.is_object());
        let Some(inner) = inner else {
            // `result` is a string, null or missing: nothing says what ran.
            for &i in indexes {
                let error = self.unaccounted(i);
                self.set(i, Err(error), None, None);
            }
            return;
        };
        let results = by_key(inner.get("result"));
        let errors = by_key(inner.get("result_error"));
        let totals = by_key(inner.get("result_total"));
        let nexts = by_key(inner.get("result_next"));
        let mut failed_here = false;
        for &i in indexes {
            let Some(command) = self.commands.get(i) else {
                continue;
            };
            let key = command.key.clone();
            let method = command.method.clone();
            let result = match (errors.get(&key), results.get(&key)) {
                (Some(error), _) if !error.is_null() => Err(command_error(&method, error)),
                (_, Some(value)) => Ok(value.clone()),
                // With halt, the portal stops at the first failure: what follows did not run.
                _ if self.halt && failed_here => Err(Error::Skipped { method }),
                _ => Err(self.unaccounted(i)),
            };
            failed_here |= result.is_err();
            if let Ok(value) = &result {
                self.earlier.insert(key.clone(), value.clone());
            }
            self.set(i, result, as_u64(totals.get(&key)), as_u64(nexts.get(&key)));
        }
    }

    /// A command the reply does not account for: a write may have run.
    fn unaccounted(&self, i: usize) -> Error {
        let method = self
            .commands
            .get(i)
            .map(|c| c.method.clone())
            .unwrap_or_default();
        match access_of(&method) {
            Access::Write => Error::OutcomeUnknown {
                method,
                message: "the batch reply does not say what became of this command".into(),
                status: Some(200),
                kind: Some(BadReplyKind::NoResult),
            },
            Access::Read => Error::BadReply {
                method,
                status: 200,
                kind: BadReplyKind::NoResult,
            },
        }
    }

    /// What a failed request means for one of its commands.
    fn per_command(&self, i: usize, error: &Error) -> Error {
        let method = self
            .commands
            .get(i)
            .map(|c| c.method.clone())
            .unwrap_or_default();
        match error {
            Error::OutcomeUnknown {
                message,
                status,
                kind,
                ..
            } => match access_of(&method) {
                Access::Write => Error::OutcomeUnknown {
                    method,
                    message: message.clone(),
                    status: *status,
                    kind: *kind,
                },
                Access::Read => Error::Network {
                    method,
                    message: message.clone(),
                },
            },
            Error::Network { message, .. } => Error::Network {
                method,
                message: message.clone(),
            },
            Error::Api {
                status,
                code,
                description,
                ..
            } => Error::Api {
                method,
                status: *status,
                code: code.clone(),
                description: description.clone(),
            },
            Error::BadReply { status, kind, .. } => Error::BadReply {
                method,
                status: *status,
                kind: *kind,
            },
            Error::NotSent { code, message, .. } => Error::NotSent {
                method,
                code,
                message: message.clone(),
            },
            Error::Refresh {
                message, reason, ..
            } => Error::Refresh {
                method,
                message: message.clone(),
                reason: *reason,
            },
            other => other.clone(),
        }
    }

    pub fn on_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        if let Some((_, exchange)) = &mut self.current {
            exchange.on_reply(engine, now_ms, status, body);
        }
    }

    pub fn on_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        if let Some((_, exchange)) = &mut self.current {
            exchange.on_lost(engine, now_ms, lost, message);
        }
    }

    pub fn on_reserved(&mut self, engine: &mut Engine, now_ms: f64, wait_ms: f64) {
        if let Some((_, exchange)) = &mut self.current {
            exchange.on_reserved(engine, now_ms, wait_ms, self.deadline_ms);
        }
    }

    /// The caller gave up: the request under way ends as an exchange does; the commands not
    /// yet sent are `SKIPPED` (they never ran).
    pub fn abort(&mut self, engine: &mut Engine, reason: &str) {
        if let Some((indexes, exchange)) = &mut self.current {
            exchange.abort(engine, reason);
            let outcome = exchange.take_outcome();
            let indexes = core::mem::take(indexes);
            self.current = None;
            self.absorb(&indexes, outcome);
        }
        self.halted = true;
        while self.next < self.commands.len() {
            let i = self.next;
            self.next += 1;
            let method = self
                .commands
                .get(i)
                .map(|c| c.method.clone())
                .unwrap_or_default();
            self.set(i, Err(Error::Skipped { method }), None, None);
        }
    }

    /// Every command's outcome, in order, once `step` said `Done`.
    pub fn outcomes(&self, engine: &Engine) -> Vec<Outcome> {
        self.outcomes
            .iter()
            .zip(&self.commands)
            .map(|(outcome, command)| match outcome {
                Some(o) => Outcome {
                    result: o.result.clone().map_err(|e| engine.clean(e)),
                    ..o.clone()
                },
                None => Outcome {
                    key: command.key.clone(),
                    result: Err(Error::Skipped {
                        method: command.method.clone(),
                    }),
                    total: None,
                    next: None,
                },
            })
            .collect()
    }
}

/// A command's entry of `result_error`: the portal's `{error, error_description}`, or a bare
/// string or other value that still says the command failed.
fn command_error(method: &str, error: &Value) -> Error {
    match error.as_object().and_then(|o| api_error(method, 200, o)) {
        Some(e) => e,
        None => Error::Api {
            method: method.to_string(),
            status: 200,
            code: match error {
                Value::String(s) if !s.trim().is_empty() && s.len() <= 64 && !s.contains(' ') => {
                    s.clone()
                }
                _ => UNKNOWN_ERROR.into(),
            },
            description: match error {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        },
    }
}

/// Batch command keys, sorted (a hash set would cost the .wasm more than it saves).
#[derive(Debug, Default)]
struct Unresolved(Vec<String>);

impl Unresolved {
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|k| k.as_str().cmp(key))
    }

    fn contains(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    fn insert(&mut self, key: &str) {
        if let Err(at) = self.position(key) {
            self.0.insert(at, key.to_string());
        }
    }
}

/// `{}` or `[]` (PHP's empty array) as a map by key; lists are keyed by index.
fn by_key(value: Option<&Value>) -> Map<String, Value> {
    match value {
        Some(Value::Object(fields)) => fields.clone(),
        // Inserted one by one: collecting into the map would sort the pairs first, and that
        // sort is 3 KB of .wasm for keys that arrive in order anyway.
        Some(Value::Array(items)) => {
            let mut map = Map::new();
            for (i, v) in items.iter().enumerate() {
                map.insert(i.to_string(), v.clone());
            }
            map
        }
        _ => Map::new(),
    }
}

fn as_u64(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The fields of a `B24Error`, as one JSON object: the only projection of an error.
pub fn error_fields(e: &Error) -> Value {
    let mut fields = Map::new();
    fields.insert("code".into(), e.code().into());
    fields.insert("message".into(), e.to_string().into());
    fields.insert("description".into(), e.description().into());
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
