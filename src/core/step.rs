//! The one protocol between an op and the I/O loop that drives it (as quinn-proto's
//! `handle_event` and `Transmit`): the loop reports what happened as an `Input`, the op answers
//! with the next `Step`, and a `Send` carries the whole request. The JS entry and the native
//! test drivers run the same loop over `Op::handle`.

use super::batch_op::BatchOp;
use super::engine::Engine;
use super::exchange::Lost;
use super::list_op::ListOp;
use super::ops::CallOp;
use crate::error::Error;
use crate::prelude::*;

/// What happened since the op's last step.
#[derive(Debug)]
pub enum Input<'a> {
    /// Nothing new: the wait is over, the token was refreshed (or failed), the refusal was
    /// told, the rows were taken; or the op has just been made.
    Poll,
    /// The request's answer: `status` as the transport gave it, `body` its text.
    Reply { status: u32, body: String },
    /// No answer; `message` (scrubbed before it leaves) says why.
    Lost { lost: Lost, message: &'a str },
    /// The limiter store's wait for the op's slot (`NaN` when the store failed).
    Reserved { wait_ms: f64 },
}

/// One request to send: where, what, and until when its answer is awaited.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The URL to POST to, or for BX24 the method name.
    pub target: String,
    /// The JSON body (with `auth` for OAuth).
    pub body: String,
    pub deadline_ms: f64,
}

/// What the I/O loop must do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Send this request, then report `Input::Reply` or `Input::Lost`.
    Send(Request),
    /// Wait this many ms, then `Input::Poll`.
    Wait(f64),
    /// Get a new access token (one per client at a time: share it), install it with
    /// `Engine::set_token` or record the failure with `Engine::refresh_failed`, then poll.
    Refresh,
    /// Reserve a slot of the portal's bucket in the app's limiter store, then report the wait
    /// it gave (`Input::Reserved`).
    Reserve,
    /// Tell the limiter store that the portal refused a request (its bucket is full), then
    /// poll.
    ReportRefusal,
    /// The list has rows for the caller (`ListOp::take_rows`); poll for more.
    Rows,
    /// A request is in flight: report its answer first.
    Pending,
    /// Finished: the outcome is the op's (`Op::take_error`, `BatchOp::outcomes`).
    Done,
}

/// An operation under way: one call, a batch, or a list.
// Boxed: the ops differ a lot in size.
#[derive(Debug)]
pub enum Op {
    Call(Box<CallOp>),
    Batch(Box<BatchOp>),
    List(Box<ListOp>),
}

impl Op {
    /// Takes `input`, then the caller's abort when it gave up (`abort` is its reason: after
    /// the input, so an answer that came is still read), and says what to do next.
    pub fn handle(
        &mut self,
        engine: &mut Engine,
        now_ms: f64,
        input: Input<'_>,
        abort: Option<&str>,
    ) -> Step {
        match self {
            Op::Call(op) => op.handle(engine, now_ms, input, abort),
            Op::Batch(op) => op.handle(engine, now_ms, input, abort),
            Op::List(op) => op.handle(engine, now_ms, input, abort),
        }
    }

    /// The deadline of the request under way (a list's pages each have their own).
    pub fn deadline_ms(&self) -> f64 {
        match self {
            Op::Call(op) => op.deadline_ms(),
            Op::Batch(op) => op.deadline_ms(),
            Op::List(op) => op.deadline_ms(),
        }
    }

    /// Once `Done`: the error that ended the op (a call's, a list's, or a batch cut short by
    /// the caller), scrubbed. A call that succeeded has none (the caller has its body).
    pub fn take_error(&mut self, engine: &Engine) -> Option<Error> {
        match self {
            Op::Call(op) => op.take_outcome().and_then(Result::err),
            Op::Batch(op) => op.error().map(|e| engine.clean(e)),
            Op::List(op) => op.take_error(engine),
        }
    }
}
