//! The JS skin: conversions only. Every decision is the core's (`crate::core`); the package's
//! JS entry runs the I/O loop around the ops exported here.
//!
//! One codec crosses the boundary: JSON text. Params go in as the text JS's `JSON.stringify`
//! made; errors come out as the JSON of `core::error_fields`, thrown as a string, which the JS
//! entry turns into a `B24Error`; a call's reply body never comes back (JS already has it).

use crate::prelude::*;
#[cfg(feature = "events")]
mod events;
pub mod local;

use crate::core::{self, BatchOp, CallOp, Engine, Input, ListOp, Lost, Op, Step};
use crate::error::Error;
use ::core::arch::wasm32::memory_size;
use ::core::cell::RefCell;
use alloc::rc::Rc;
use wasm_bindgen::prelude::*;

/// A panic aborts the module: trap at once. (std's handler would format a message first, and
/// linked most of core::fmt for it; nothing reads it, since wasm32 has no stderr.) Test builds
/// link std, whose handler they use (see the `std` feature).
#[cfg(not(feature = "std"))]
#[panic_handler]
fn panic(_: &::core::panic::PanicInfo<'_>) -> ! {
    ::core::arch::wasm32::unreachable()
}

// The module runs on one thread (wasm32-unknown-unknown has no threads), which is what talc's
// lock-free wasm allocator asks of its caller. Test builds (`std`) keep std's: they link this
// crate twice (the lib under test and the dev-dependency), and two allocators cannot be global.
#[cfg(not(feature = "std"))]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn thrown(e: &Error) -> JsValue {
    JsValue::from_str(&core::error_fields(e).to_string())
}

/// A client: its route, settings, token and secrets.
#[wasm_bindgen]
pub struct WasmEngine {
    inner: Rc<RefCell<Engine>>,
}

fn engine(made: Result<Engine, Error>) -> Result<WasmEngine, JsValue> {
    made.map(|e| WasmEngine {
        inner: Rc::new(RefCell::new(e)),
    })
    .map_err(|e| thrown(&e))
}

#[wasm_bindgen]
impl WasmEngine {
    pub fn webhook(url: &str, options_json: &str) -> Result<WasmEngine, JsValue> {
        engine(Engine::webhook(url, options_json))
    }

    pub fn oauth(
        endpoint: &str,
        access_token: &str,
        options_json: &str,
    ) -> Result<WasmEngine, JsValue> {
        engine(Engine::oauth(endpoint, access_token, options_json))
    }

    pub fn bx24(portal: &str, options_json: &str) -> Result<WasmEngine, JsValue> {
        engine(Engine::bx24(portal, options_json))
    }

    #[wasm_bindgen(js_name = setToken)]
    pub fn set_token(&self, token: &str) -> Result<(), JsValue> {
        self.inner
            .borrow_mut()
            .set_token(token)
            .map_err(|e| thrown(&e))
    }

    /// `reason` is the refresher's code (`REAUTHORIZE`, ...), or "" when it gave none.
    #[wasm_bindgen(js_name = refreshFailed)]
    pub fn refresh_failed(&self, now_ms: f64, message: &str, reason: &str) {
        self.inner
            .borrow_mut()
            .refresh_failed(now_ms, message, reason);
    }

    /// What the app gave the client besides its options (one export for both): `store` hands
    /// the portal's bucket to the app's limiter store; `logger` keeps log lines for it from
    /// now on (`takeLog`).
    #[wasm_bindgen(js_name = useIo)]
    pub fn use_io(&self, store: bool, logger: bool) {
        let mut engine = self.inner.borrow_mut();
        if store {
            engine.use_shared_bucket();
        }
        if logger {
            engine.use_logger();
        }
    }

    /// The log lines since the last call, one per line as `<level> <text>`; "" when none.
    #[wasm_bindgen(js_name = takeLog)]
    pub fn take_log(&self) -> String {
        self.inner.borrow_mut().take_log()
    }

    /// The key of the portal's limits in a store (scheme and host).
    pub fn portal(&self) -> String {
        self.inner.borrow().portal().to_string()
    }

    /// `[size, drain]` for the store's bucket at `now_ms`, or `[]` without a plan.
    #[wasm_bindgen(js_name = storePlan)]
    pub fn store_plan(&self, now_ms: f64) -> Vec<f64> {
        self.inner
            .borrow()
            .store_plan(now_ms)
            .map(|p| vec![p.size, p.drain])
            .unwrap_or_default()
    }

    /// `text` without the client's secrets (for texts the JS side reports itself).
    pub fn scrub(&self, text: &str) -> String {
        self.inner.borrow().scrub(text)
    }

    /// `[requests, retries, refusals, waitedMs, wasmMemoryBytes]` (the last is the module's,
    /// shared by every client: for the memory benchmarks).
    pub fn stats(&self) -> Vec<f64> {
        let s = self.inner.borrow().stats();
        let memory = memory_size(0) as f64 * 65_536.0;
        vec![
            s.requests as f64,
            s.retries as f64,
            s.refusals as f64,
            s.waited_ms,
            memory,
        ]
    }

    /// Validates without sending; throws the error when refused.
    pub fn check(&self, method: &str, params_json: &str) -> Result<(), JsValue> {
        core::prepare(method, params_json)
            .map(|_| ())
            .map_err(|e| thrown(&e))
    }

    pub fn call(&self, method: &str, params_json: &str, now_ms: f64) -> Result<WasmOp, JsValue> {
        let op = CallOp::new(&self.inner.borrow(), method, params_json, now_ms)
            .map_err(|e| thrown(&e))?;
        Ok(self.op(Op::Call(Box::new(op))))
    }

    /// `commands_json` is `[[key, method, params], ...]`.
    pub fn batch(&self, commands_json: &str, halt: bool, now_ms: f64) -> Result<WasmOp, JsValue> {
        let op = BatchOp::new(&self.inner.borrow(), commands_json, halt, now_ms)
            .map_err(|e| thrown(&e))?;
        Ok(self.op(Op::Batch(Box::new(op))))
    }

    /// Reads a list; `options_json` is `{ idField, rowsAt, limit }`. `StepKind.Rows` means
    /// rows are ready (`rows()`).
    pub fn list(
        &self,
        method: &str,
        params_json: &str,
        options_json: &str,
    ) -> Result<WasmOp, JsValue> {
        let op = ListOp::new(method, params_json, options_json).map_err(|e| thrown(&e))?;
        Ok(self.op(Op::List(Box::new(op))))
    }
}

impl WasmEngine {
    fn op(&self, op: Op) -> WasmOp {
        WasmOp {
            engine: Rc::clone(&self.inner),
            op,
            ms: 0.0,
            request: None,
            error: None,
        }
    }
}

/// What the JS loop must do next (`WasmOp.handle`).
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// Send `request()` (`target\nbody`) before `deadline`, then hand in `Reply` or a loss.
    Send = 0,
    /// Wait `waitMs`, then `Poll`.
    Wait = 1,
    /// Refresh the client's token (`setToken` / `refreshFailed`), then `Poll`.
    Refresh = 2,
    /// Reserve a slot in the limiter store, then hand in `Reserved` with its wait.
    Reserve = 3,
    /// Tell the limiter store of a refusal, then `Poll`.
    ReportRefusal = 4,
    /// A list's rows are ready (`rows()`); `Poll` for more.
    Rows = 5,
    /// A request is in flight: hand in its answer first.
    Pending = 6,
    /// Finished well (a call's result is the body the loop has; a batch's is `outcome()`).
    Done = 7,
    /// Finished with an error: `error()`.
    Failed = 8,
}

/// What the JS loop hands in (`WasmOp.handle`), with `number` and `text` as each says.
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Nothing new (a wait ended, a refresh or a store report is done, the op is new).
    Poll = 0,
    /// The answer: `number` the HTTP status, `text` the body.
    Reply = 1,
    /// No answer, and the request surely never left; `text` says why.
    NotSent = 2,
    /// No answer, and the request may have reached the portal; `text` says why.
    MaybeSent = 3,
    /// No answer within the deadline.
    Deadline = 4,
    /// The limiter store's wait in `number` (`NaN` when it failed).
    Reserved = 5,
}

/// One operation under way, driven by `handle`.
#[wasm_bindgen]
pub struct WasmOp {
    engine: Rc<RefCell<Engine>>,
    op: Op,
    /// The last `Wait` step's ms.
    ms: f64,
    /// The last `Send` step's request, until `request()` takes it.
    request: Option<core::Request>,
    /// The error JSON of a `Failed` op, until `error()` takes it.
    error: Option<String>,
}

/// A status that is not a whole number in range is passed on as out of range.
fn status_of(number: f64) -> u32 {
    if crate::float::trunc(number) == number && (0.0..=f64::from(u32::MAX)).contains(&number) {
        number as u32
    } else {
        u32::MAX
    }
}

#[wasm_bindgen]
impl WasmOp {
    /// Hands in what happened (`input`, with `number` and `text` as `InputKind` says) and
    /// `abort` (the reason) when the caller gave up; answers what to do next.
    pub fn handle(
        &mut self,
        now_ms: f64,
        input: InputKind,
        number: f64,
        text: Option<String>,
        abort: Option<String>,
    ) -> StepKind {
        let engine = &mut self.engine.borrow_mut();
        let mut text = text.unwrap_or_default();
        let input = match input {
            InputKind::Poll => Input::Poll,
            InputKind::Reply => Input::Reply {
                status: status_of(number),
                body: ::core::mem::take(&mut text),
            },
            InputKind::NotSent => Input::Lost {
                lost: Lost::NotSent,
                message: &text,
            },
            InputKind::MaybeSent => Input::Lost {
                lost: Lost::MaybeSent,
                message: &text,
            },
            InputKind::Deadline => Input::Lost {
                lost: Lost::Deadline,
                message: &text,
            },
            InputKind::Reserved => Input::Reserved { wait_ms: number },
        };
        match self.op.handle(engine, now_ms, input, abort.as_deref()) {
            Step::Send(request) => {
                self.request = Some(request);
                StepKind::Send
            }
            Step::Wait(ms) => {
                self.ms = ms;
                StepKind::Wait
            }
            Step::Refresh => StepKind::Refresh,
            Step::Reserve => StepKind::Reserve,
            Step::ReportRefusal => StepKind::ReportRefusal,
            Step::Rows => StepKind::Rows,
            Step::Pending => StepKind::Pending,
            Step::Done => match self.op.take_error(engine) {
                Some(e) => {
                    self.error = Some(core::error_fields(&e).to_string());
                    StepKind::Failed
                }
                None => StepKind::Done,
            },
        }
    }

    #[wasm_bindgen(getter, js_name = waitMs)]
    pub fn wait_ms(&self) -> f64 {
        self.ms
    }

    /// The deadline of the request under way (and of the call's waits), in ms.
    #[wasm_bindgen(getter)]
    pub fn deadline(&self) -> f64 {
        self.op.deadline_ms()
    }

    /// After `Send`: `<target>\n<body>` (the target, a URL or for BX24 the method name, has no
    /// line break), taken once.
    pub fn request(&mut self) -> String {
        match self.request.take() {
            Some(request) => {
                let mut text = request.target;
                text.push('\n');
                text.push_str(&request.body);
                text
            }
            None => String::new(),
        }
    }

    /// After `Failed`: the error's JSON.
    pub fn error(&mut self) -> String {
        self.error.take().unwrap_or_default()
    }

    /// After `Done` or `Failed`, for a batch: every command's outcome as JSON.
    pub fn outcome(&self) -> String {
        match &self.op {
            Op::Batch(op) => core::outcomes_json(&op.outcomes(&self.engine.borrow())),
            _ => String::new(),
        }
    }

    /// For a batch: how many commands have an outcome so far.
    pub fn settled(&self) -> u32 {
        match &self.op {
            Op::Batch(op) => op.settled() as u32,
            _ => 0,
        }
    }

    /// After `Rows`: `{"rows": [...], "total"?: n}`.
    pub fn rows(&mut self) -> String {
        match &mut self.op {
            Op::List(op) => op.take_rows(),
            _ => String::new(),
        }
    }
}
