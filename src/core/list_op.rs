//! Reading a list: the pager (`crate::list::Pager`) says which request comes next, this op
//! runs it (one call, or a batch of chained pages) and hands the rows to the caller a page
//! at a time. Each request has its own deadline: a list of many pages is not one call.

use super::engine::Engine;
use super::exchange::{Exchange, Lost, Next};
use super::ops::{step_of, BatchOp};
use super::step::{Input, Request, Step};
use crate::error::{BadReplyKind, Error};
use crate::list::{ListOptions, PageRequest, Pager};
use crate::methods;
use crate::prelude::*;
use crate::schema::Access;
use serde_json::{Map, Value};

/// The request that reads the next page: one call, or a batch of chained pages.
#[derive(Debug)]
enum PageOp {
    Single(Exchange),
    Batch(BatchOp),
}

#[derive(Debug)]
pub struct ListOp {
    method: String,
    pager: Pager,
    current: Option<(PageOp, f64)>,
    /// Rows read and not yet taken by the caller.
    rows: Vec<Value>,
    error: Option<Error>,
}

impl ListOp {
    /// `options_json` is `{ idField, rowsAt, limit }`.
    pub fn new(method: &str, params_json: &str, options_json: &str) -> Result<ListOp, Error> {
        super::name::check(method)?;
        let refuse = |field: &str| Error::InvalidParam {
            method: method.to_string(),
            field: field.to_string(),
            problem: crate::error::Problem::NotAnObject,
        };
        let text = params_json.trim();
        let params: Value = if text.is_empty() {
            Value::Object(Map::new())
        } else {
            crate::json::value(text).map_err(|_| refuse("params"))?
        };
        let options: Value = match options_json.trim() {
            "" => Value::Null,
            text => crate::json::value(text).map_err(|_| refuse("options"))?,
        };
        let options = ListOptions::from_json(method, &options)?;
        let pager = Pager::new(method, methods::find(method), params, options)?;
        Ok(ListOp {
            method: method.to_string(),
            pager,
            current: None,
            rows: Vec::new(),
            error: None,
        })
    }

    pub fn deadline_ms(&self) -> f64 {
        self.current.as_ref().map_or(f64::INFINITY, |(_, d)| *d)
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
        self.advance(engine, now_ms)
    }

    fn request(&self, engine: &Engine) -> Request {
        match &self.current {
            Some((PageOp::Batch(op), _)) => op.request(engine),
            Some((PageOp::Single(ex), deadline_ms)) => Request {
                target: engine.target(&self.method),
                body: ex.body(engine),
                deadline_ms: *deadline_ms,
            },
            None => Request {
                target: String::new(),
                body: String::new(),
                deadline_ms: 0.0,
            },
        }
    }

    fn advance(&mut self, engine: &mut Engine, now_ms: f64) -> Step {
        loop {
            if self.error.is_some() {
                return Step::Done;
            }
            if !self.rows.is_empty() {
                return Step::Rows;
            }
            match &mut self.current {
                Some((PageOp::Single(ex), deadline)) => match ex.step(engine, now_ms, *deadline) {
                    Next::Done => {
                        let outcome = ex.take_outcome();
                        self.current = None;
                        let page = match outcome {
                            Some(Ok(success)) => {
                                // Only `result` is read (no clone of it out of the whole).
                                let result =
                                    crate::json::value(success.result_text()).unwrap_or_default();
                                self.pager.on_single(&result, success.total, success.next)
                            }
                            Some(Err(e)) => Err(e),
                            None => Err(self.no_answer()),
                        };
                        self.take(page);
                    }
                    next => return step_of(next, || self.request(engine)),
                },
                Some((PageOp::Batch(op), _)) => match op.advance(engine, now_ms) {
                    Next::Done => {
                        let outcomes = op.outcomes(engine);
                        self.current = None;
                        let page = self.pager.on_batch(&outcomes);
                        self.take(page);
                    }
                    next => return step_of(next, || self.request(engine)),
                },
                None => match self.pager.next_request() {
                    None => {
                        // A list the portal caps ends with a typed error, not in silence.
                        self.error = self.pager.capped();
                        return Step::Done;
                    }
                    Some(PageRequest::Single { params }) => {
                        // A list only reads, whatever the table says of unknown methods.
                        let ex =
                            Exchange::new(self.method.clone(), Access::Read, params.to_string());
                        self.current =
                            Some((PageOp::Single(ex), now_ms + engine.config.timeout_ms));
                    }
                    Some(PageRequest::Batch { commands }) => {
                        let op = BatchOp::from_commands(engine, commands, false, now_ms);
                        let deadline = op.deadline_ms();
                        self.current = Some((PageOp::Batch(op), deadline));
                    }
                },
            }
        }
    }

    fn no_answer(&self) -> Error {
        Error::BadReply {
            method: self.method.clone(),
            status: 0,
            kind: BadReplyKind::NoResult,
        }
    }

    fn take(&mut self, page: Result<Vec<Value>, Error>) {
        match page {
            Ok(rows) => self.rows = rows,
            Err(e) => self.error = Some(e),
        }
    }

    fn on_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        match &mut self.current {
            Some((PageOp::Single(ex), _)) => ex.on_reply(engine, now_ms, status, body),
            Some((PageOp::Batch(op), _)) => op.on_reply(engine, now_ms, status, body),
            None => {}
        }
    }

    fn on_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        match &mut self.current {
            Some((PageOp::Single(ex), _)) => ex.on_lost(engine, now_ms, lost, message),
            Some((PageOp::Batch(op), _)) => op.on_lost(engine, now_ms, lost, message),
            None => {}
        }
    }

    fn on_reserved(&mut self, engine: &mut Engine, now_ms: f64, wait_ms: f64) {
        match &mut self.current {
            Some((PageOp::Single(ex), deadline)) => {
                ex.on_reserved(engine, now_ms, wait_ms, *deadline)
            }
            Some((PageOp::Batch(op), _)) => op.on_reserved(engine, now_ms, wait_ms),
            None => {}
        }
    }

    /// The caller gave up: the rows not yet taken are dropped, and the list ends with the
    /// request's own fate when one was in flight (`NETWORK`: it was sent), else `ABORTED`.
    fn abort(&mut self, engine: &mut Engine, reason: &str) {
        if self.error.is_some() {
            return;
        }
        let in_flight = match &mut self.current {
            Some((PageOp::Single(ex), _)) => {
                let sent = ex.is_in_flight();
                ex.abort(engine, reason);
                sent
            }
            Some((PageOp::Batch(op), _)) => {
                let sent = op.in_flight();
                op.abort(engine, reason);
                sent
            }
            None => false,
        };
        self.current = None;
        self.rows.clear();
        let method = self.method.clone();
        self.error = Some(if in_flight {
            Error::Network {
                method,
                message: ["aborted (", reason, ") while a page request was in flight"].concat(),
            }
        } else {
            Error::NotSent {
                method,
                code: "ABORTED",
                message: ["aborted (", reason, ")"].concat(),
            }
        });
    }

    /// The rows read since the last call, with the list's total when the portal gave one:
    /// `{"rows": [...], "total": n}`.
    pub fn take_rows(&mut self) -> String {
        let mut page = Map::new();
        page.insert("rows".into(), Value::Array(core::mem::take(&mut self.rows)));
        if let Some(total) = self.pager.total() {
            page.insert("total".into(), total.into());
        }
        Value::Object(page).to_string()
    }

    /// After `Done`: the error that ended the list, if one did.
    pub fn take_error(&mut self, engine: &Engine) -> Option<Error> {
        self.error.take().map(|e| engine.clean(e))
    }
}
