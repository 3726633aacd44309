//! Reading a list: the pager (`crate::list::Pager`) says which request comes next, this op
//! runs it (one call, or a batch of chained pages) and hands the rows to the caller a page
//! at a time. Each request has its own deadline: a list of many pages is not one call.

use super::engine::Engine;
use super::exchange::{Exchange, Lost, Step};
use super::ops::BatchOp;
use crate::error::{BadReplyKind, Error};
use crate::list::{ListOptions, PageRequest, Pager};
use crate::methods;
use crate::prelude::*;
use crate::schema::Access;
use serde_json::{Map, Value};

#[derive(Debug)]
enum Request {
    Single(Exchange),
    Batch(BatchOp),
}

#[derive(Debug)]
pub struct ListOp {
    method: String,
    pager: Pager,
    current: Option<(Request, f64)>,
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

    pub fn target(&self, engine: &Engine) -> String {
        match &self.current {
            Some((Request::Batch(_), _)) => engine.target("batch"),
            _ => engine.target(&self.method),
        }
    }

    pub fn body(&self, engine: &Engine) -> String {
        match &self.current {
            Some((Request::Single(ex), _)) => ex.body(engine),
            Some((Request::Batch(op), _)) => op.body(engine),
            None => String::new(),
        }
    }

    pub fn step(&mut self, engine: &mut Engine, now_ms: f64) -> Step {
        loop {
            if self.error.is_some() {
                return Step::Done;
            }
            if !self.rows.is_empty() {
                return Step::Yield;
            }
            match &mut self.current {
                Some((Request::Single(ex), deadline)) => match ex.step(engine, now_ms, *deadline) {
                    Step::Done => {
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
                    step => return step,
                },
                Some((Request::Batch(op), _)) => match op.step(engine, now_ms) {
                    Step::Done => {
                        let outcomes = op.outcomes(engine);
                        self.current = None;
                        let page = self.pager.on_batch(&outcomes);
                        self.take(page);
                    }
                    step => return step,
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
                            Some((Request::Single(ex), now_ms + engine.config.timeout_ms));
                    }
                    Some(PageRequest::Batch { commands }) => {
                        let op = BatchOp::from_commands(engine, commands, false, now_ms);
                        let deadline = op.deadline_ms();
                        self.current = Some((Request::Batch(op), deadline));
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

    pub fn on_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        match &mut self.current {
            Some((Request::Single(ex), _)) => ex.on_reply(engine, now_ms, status, body),
            Some((Request::Batch(op), _)) => op.on_reply(engine, now_ms, status, body),
            None => {}
        }
    }

    pub fn on_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        match &mut self.current {
            Some((Request::Single(ex), _)) => ex.on_lost(engine, now_ms, lost, message),
            Some((Request::Batch(op), _)) => op.on_lost(engine, now_ms, lost, message),
            None => {}
        }
    }

    pub fn on_reserved(&mut self, engine: &mut Engine, now_ms: f64, wait_ms: f64) {
        match &mut self.current {
            Some((Request::Single(ex), deadline)) => {
                ex.on_reserved(engine, now_ms, wait_ms, *deadline)
            }
            Some((Request::Batch(op), _)) => op.on_reserved(engine, now_ms, wait_ms),
            None => {}
        }
    }

    /// The caller gave up: the rows not yet taken are dropped, and the list ends with the
    /// request's own fate when one was in flight (`NETWORK`: it was sent), else `ABORTED`.
    pub fn abort(&mut self, engine: &mut Engine, reason: &str) {
        if self.error.is_some() {
            return;
        }
        let in_flight = match &mut self.current {
            Some((Request::Single(ex), _)) => {
                let sent = ex.is_in_flight();
                ex.abort(engine, reason);
                sent
            }
            Some((Request::Batch(op), _)) => {
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
