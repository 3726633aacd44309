//! A batch op: commands split into requests of at most 50, each command with its own outcome,
//! references to earlier requests' results filled in (and checked again) before sending.

use super::engine::Engine;
use super::exchange::{Exchange, Lost, Next};
use super::name;
use super::ops::{access_in, step_of};
use super::step::{Input, Request, Step};
use crate::batch::{self, Command, Outcome, MAX_COMMANDS};
use crate::error::{api_error, BadReplyKind, Error, Problem, SkipCause, Success, UNKNOWN_ERROR};
use crate::prelude::*;
use crate::schema::{Access, Method};
use crate::text::unsigned;
use crate::validate::validate_batch;
use serde_json::{Map, Value};

/// `[[key, method, params], ...]` (JSON text) into commands; every method name is checked
/// before anything else.
pub fn parse_commands(json: &str) -> Result<Vec<Command>, Error> {
    let bad = |field: String| Error::InvalidParam {
        method: "batch".into(),
        field,
        problem: Problem::WrongType("[method, params] (method a string, params an object)"),
    };
    // Read by crate::json (serde_json's own reader is not in the .wasm).
    let Ok(Value::Array(rows)) = crate::json::value(json) else {
        return Err(bad("cmd".into()));
    };
    // A plain loop: collecting into a Result links an iterator adapter of its own (3 KB).
    let mut commands = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let Value::Array(parts) = row else {
            return Err(bad(["cmd.", &unsigned(i as u64)].concat()));
        };
        let mut parts = parts.into_iter();
        let (key, method, params) = (parts.next(), parts.next(), parts.next());
        let key = match key {
            Some(Value::String(key)) => key,
            _ => return Err(bad(["cmd.", &unsigned(i as u64)].concat())),
        };
        let Some(Value::String(method)) = method else {
            return Err(bad(["cmd.", &key].concat()));
        };
        name::check(&method).map_err(|e| match e {
            Error::InvalidParam {
                method, problem, ..
            } => Error::InvalidParam {
                method,
                field: ["cmd.", &key, ".method"].concat(),
                problem,
            },
            other => other,
        })?;
        let params = match params {
            None | Some(Value::Null) => Value::Object(Map::new()),
            Some(p @ Value::Object(_)) => p,
            Some(_) => return Err(bad(["cmd.", &key].concat())),
        };
        commands.push(Command {
            key,
            method,
            params,
        });
    }
    Ok(commands)
}

/// A batch: commands split into requests of at most 50, each command with its own outcome.
#[derive(Debug)]
pub struct BatchOp {
    commands: Vec<Command>,
    /// Each command's method entry, looked up once (`batch::entries_of`).
    entries: Vec<Option<&'static Method>>,
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
    /// Set when the caller's abort cut the batch short: a request in flight, or commands not
    /// yet sent.
    aborted: bool,
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
        let entries = batch::entries_of(&commands);
        batch::check_with(&commands, &entries)?;
        Ok(BatchOp::with_entries(
            engine, commands, entries, halt, now_ms,
        ))
    }

    /// A batch of commands already checked (the list pager's chained pages).
    pub fn from_commands(
        engine: &Engine,
        commands: Vec<Command>,
        halt: bool,
        now_ms: f64,
    ) -> BatchOp {
        let entries = batch::entries_of(&commands);
        BatchOp::with_entries(engine, commands, entries, halt, now_ms)
    }

    fn with_entries(
        engine: &Engine,
        commands: Vec<Command>,
        entries: Vec<Option<&'static Method>>,
        halt: bool,
        now_ms: f64,
    ) -> BatchOp {
        BatchOp {
            outcomes: vec![None; commands.len()],
            commands,
            entries,
            halt,
            next: 0,
            current: None,
            earlier: Map::new(),
            unresolved: Unresolved::default(),
            halted: false,
            aborted: false,
            deadline_ms: now_ms + engine.config.timeout_ms,
        }
    }

    pub fn deadline_ms(&self) -> f64 {
        self.deadline_ms
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
        match input {
            Input::Poll => {}
            Input::Reply { status, body } => self.on_reply(engine, now_ms, status, body),
            Input::Lost { lost, message } => self.on_lost(engine, now_ms, lost, message),
            Input::Reserved { wait_ms } => self.on_reserved(engine, now_ms, wait_ms),
        }
        if let Some(reason) = abort {
            self.abort(engine, reason);
        }
        let next = self.advance(engine, now_ms);
        step_of(next, || self.request(engine))
    }

    /// The request under way, once `advance` said `Send`.
    pub(crate) fn request(&self, engine: &Engine) -> Request {
        Request {
            target: engine.target("batch"),
            body: self
                .current
                .as_ref()
                .map(|(_, ex)| ex.body(engine))
                .unwrap_or_default(),
            deadline_ms: self.deadline_ms,
        }
    }

    pub(crate) fn advance(&mut self, engine: &mut Engine, now_ms: f64) -> Next {
        loop {
            if let Some((indexes, exchange)) = &mut self.current {
                match exchange.step(engine, now_ms, self.deadline_ms) {
                    Next::Done => {
                        let outcome = exchange.take_outcome();
                        let indexes = core::mem::take(indexes);
                        self.current = None;
                        self.absorb(&indexes, outcome);
                        continue;
                    }
                    next => return next,
                }
            }
            if self.next >= self.commands.len() {
                return Next::Done;
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
            let blocked = refs.iter().find(|k| self.unresolved.contains(k)).cloned();
            let skipped = match blocked {
                // Never sent: the portal did not run it.
                Some(key) => Some(SkipCause::Reference(key)),
                None if self.halted => Some(SkipCause::Halt),
                None => None,
            };
            if let Some(cause) = skipped {
                let method = command.method.clone();
                self.set(i, Err(Error::Skipped { method, cause }), None, None);
                continue;
            }
            let mut command = command.clone();
            // Checked again only when an earlier request's result goes in (most commands have
            // no reference: one validation each is enough).
            if refs.iter().any(|k| self.earlier.contains_key(k)) {
                if let Err(refused) = self.resolve_references(&mut command, self.entry(i)) {
                    self.set(i, Err(refused), None, None);
                    continue;
                }
            }
            indexes.push(i);
            chunk.push(command);
        }
        if chunk.is_empty() {
            return;
        }
        // A batch only reads when all of its commands only read.
        let reads = indexes
            .iter()
            .all(|&i| access_in(self.entry(i)) == Access::Read);
        let access = if reads { Access::Read } else { Access::Write };
        let exchange = Exchange::new("batch".into(), access, batch::encode(&chunk, self.halt))
            .with_commands(chunk.len());
        self.current = Some((indexes, exchange));
    }

    /// Fills in references to earlier requests' results and checks the command again as the
    /// portal will read it: a reference to a missing field, or a value of the wrong shape (an
    /// object for an ID, null for a required field), is refused before it is sent.
    fn resolve_references(
        &self,
        command: &mut Command,
        entry: Option<&Method>,
    ) -> Result<(), Error> {
        let at = ["cmd.", &command.key].concat();
        let refuse = |path: String, problem| Error::InvalidParam {
            method: command.method.clone(),
            field: [&at, ".", &path].concat(),
            problem,
        };
        batch::substitute(&mut command.params, &self.earlier)
            .map_err(|(path, problem)| refuse(path, problem))?;
        match entry {
            Some(entry) => {
                validate_batch(entry, &command.params).map_err(|e| batch::in_command(e, &at))
            }
            None => Ok(()),
        }
    }

    /// Command `i`'s method entry.
    fn entry(&self, i: usize) -> Option<&'static Method> {
        self.entries.get(i).copied().flatten()
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
        // Only `result` is read, and its parts are moved out, not cloned.
        let reply = match outcome {
            Some(Ok(success)) => crate::json::value(success.result_text()).ok(),
            Some(Err(e)) => {
                for &i in indexes {
                    let error = self.per_command(i, &e);
                    self.set(i, Err(error), None, None);
                }
                return;
            }
            None => None,
        };
        let Some(Value::Object(mut inner)) = reply else {
            // `result` is a string, null or missing: nothing says what ran.
            for &i in indexes {
                let error = self.unaccounted(i);
                self.set(i, Err(error), None, None);
            }
            return;
        };
        let mut results = by_key(inner.remove("result"));
        let errors = by_key(inner.remove("result_error"));
        let totals = by_key(inner.remove("result_total"));
        let nexts = by_key(inner.remove("result_next"));
        let mut failed_here = false;
        for &i in indexes {
            let Some(command) = self.commands.get(i) else {
                continue;
            };
            let key = command.key.clone();
            let method = command.method.clone();
            // Keys are distinct: each command's result is moved out of the map.
            let result = match (errors.get(&key), results.remove(&key)) {
                (Some(error), _) if !error.is_null() => Err(command_error(&method, error)),
                (_, Some(value)) => Ok(value),
                // With halt, the portal stops at the first failure: what follows did not run.
                _ if self.halt && failed_here => Err(Error::Skipped {
                    method,
                    cause: SkipCause::Halt,
                }),
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
        match access_in(self.entry(i)) {
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
            } => match access_in(self.entry(i)) {
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

    pub(crate) fn on_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        if let Some((_, exchange)) = &mut self.current {
            exchange.on_reply(engine, now_ms, status, body);
        }
    }

    pub(crate) fn on_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        if let Some((_, exchange)) = &mut self.current {
            exchange.on_lost(engine, now_ms, lost, message);
        }
    }

    pub(crate) fn on_reserved(&mut self, engine: &mut Engine, now_ms: f64, wait_ms: f64) {
        if let Some((_, exchange)) = &mut self.current {
            exchange.on_reserved(engine, now_ms, wait_ms, self.deadline_ms);
        }
    }

    /// The caller gave up: the request under way ends as an exchange does (in flight, a write's
    /// outcome is unknown, a read's lost); the commands not yet sent are `ABORTED`, never
    /// `SKIPPED`, which says the portal had a reason not to run them.
    pub(crate) fn abort(&mut self, engine: &mut Engine, reason: &str) {
        if let Some((indexes, exchange)) = &mut self.current {
            self.aborted |= !exchange.is_finished();
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
            self.aborted = true;
            let method = self
                .commands
                .get(i)
                .map(|c| c.method.clone())
                .unwrap_or_default();
            let message = ["aborted (", reason, ")"].concat();
            let error = Error::NotSent {
                method,
                code: "ABORTED",
                message,
            };
            self.set(i, Err(error), None, None);
        }
    }

    /// The batch's own error once `Done`: `ABORTED` when the caller's abort cut it short (each
    /// command's outcome still says what became of it).
    pub fn error(&self) -> Option<Error> {
        if !self.aborted {
            return None;
        }
        let unsent = self
            .outcomes
            .iter()
            .flatten()
            .filter(|o| matches!(&o.result, Err(e) if e.code() == "ABORTED"))
            .count();
        // "not sent: ..." is only said of the commands that were not.
        Some(Error::NotSent {
            method: "batch".into(),
            code: "ABORTED",
            message: [
                &unsigned(unsent as u64),
                " of ",
                &unsigned(self.commands.len() as u64),
                " commands, aborted by the caller; `outcomes` says what became of each",
            ]
            .concat(),
        })
    }

    /// How many commands have an outcome so far.
    pub fn settled(&self) -> usize {
        self.outcomes.iter().flatten().count()
    }

    /// Whether a request of the batch is on the wire now.
    pub fn in_flight(&self) -> bool {
        self.current
            .as_ref()
            .is_some_and(|(_, exchange)| exchange.is_in_flight())
    }

    /// Every command's outcome, in order, once `step` said `Done`.
    pub fn outcomes(&self, engine: &Engine) -> Vec<Outcome> {
        let mut outcomes = Vec::with_capacity(self.commands.len());
        for (outcome, command) in self.outcomes.iter().zip(&self.commands) {
            outcomes.push(match outcome {
                Some(o) => Outcome {
                    result: o.result.clone().map_err(|e| engine.clean(e)),
                    ..o.clone()
                },
                // Only before `Done`: nothing has been decided for it yet.
                None => Outcome {
                    key: command.key.clone(),
                    result: Err(Error::NotSent {
                        method: command.method.clone(),
                        code: "ABORTED",
                        message: "the batch ended before this command was sent".into(),
                    }),
                    total: None,
                    next: None,
                },
            });
        }
        outcomes
    }
}

/// A command's entry of `result_error`: the portal's `{error, error_description}`, or a bare
/// string or other value that still says the command failed.
fn command_error(method: &str, error: &Value) -> Error {
    // Read again from its text by the reply's own error reader (a rare path: a failed command).
    let from_object = match error {
        Value::Object(_) => api_error(method, 200, &error.to_string()),
        _ => None,
    };
    match from_object {
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
fn by_key(value: Option<Value>) -> Map<String, Value> {
    match value {
        Some(Value::Object(fields)) => fields,
        // Inserted one by one: collecting into the map would sort the pairs first, and that
        // sort is 3 KB of .wasm for keys that arrive in order anyway.
        Some(Value::Array(items)) => {
            let mut map = Map::new();
            for (i, v) in items.into_iter().enumerate() {
                map.insert(unsigned(i as u64), v);
            }
            map
        }
        _ => Map::new(),
    }
}

fn as_u64(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => crate::error::digits_u64(s),
        _ => None,
    }
}
