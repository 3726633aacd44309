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

use crate::core::{self, BatchOp, CallOp, Engine, ListOp, Lost, Step};
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

    /// Hands the portal's bucket to the app's limiter store.
    #[wasm_bindgen(js_name = useStore)]
    pub fn use_store(&self) {
        self.inner.borrow_mut().use_shared_bucket();
    }

    /// Keeps log lines for the app's logger from now on (`takeLog`).
    #[wasm_bindgen(js_name = useLogger)]
    pub fn use_logger(&self) {
        self.inner.borrow_mut().use_logger();
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

    /// The call's deadline in ms, as the client's settings give it.
    #[wasm_bindgen(js_name = timeoutMs)]
    pub fn timeout_ms(&self) -> f64 {
        self.inner.borrow().config().timeout_ms
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

    /// Reads a list; `options_json` is `{ idField, rowsAt, limit }`. Step 4 means rows are
    /// ready (`rows()`).
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
            wait_ms: 0.0,
        }
    }
}

// Boxed: the ops differ a lot in size, and a WasmOp holds one.
enum Op {
    Call(Box<CallOp>),
    Batch(Box<BatchOp>),
    List(Box<ListOp>),
}

/// One operation under way. `step` says what to do: 0 send (`target`, `body`), 1 wait
/// (`waitMs`), 2 refresh, 3 pending, 4 rows ready, 5 done.
#[wasm_bindgen]
pub struct WasmOp {
    engine: Rc<RefCell<Engine>>,
    op: Op,
    wait_ms: f64,
}

#[wasm_bindgen]
impl WasmOp {
    pub fn step(&mut self, now_ms: f64) -> u8 {
        let engine = &mut self.engine.borrow_mut();
        let step = match &mut self.op {
            Op::Call(op) => op.step(engine, now_ms),
            Op::Batch(op) => op.step(engine, now_ms),
            Op::List(op) => op.step(engine, now_ms),
        };
        match step {
            Step::Send => 0,
            Step::Wait(ms) => {
                self.wait_ms = ms;
                1
            }
            Step::Refresh => 2,
            Step::Pending => 3,
            Step::Reserve => 6,
            Step::ReportRefusal => 7,
            Step::Yield => 4,
            Step::Done => 5,
        }
    }

    #[wasm_bindgen(getter, js_name = waitMs)]
    pub fn wait_ms(&self) -> f64 {
        self.wait_ms
    }

    #[wasm_bindgen(getter)]
    pub fn deadline(&self) -> f64 {
        match &self.op {
            Op::Call(op) => op.deadline_ms(),
            Op::Batch(op) => op.deadline_ms(),
            Op::List(op) => op.deadline_ms(),
        }
    }

    /// The URL to POST to, or for BX24 the method name.
    pub fn target(&self) -> String {
        let engine = &self.engine.borrow();
        match &self.op {
            Op::Call(op) => op.target(engine),
            Op::Batch(op) => op.target(engine),
            Op::List(op) => op.target(engine),
        }
    }

    pub fn body(&self) -> String {
        let engine = &self.engine.borrow();
        match &self.op {
            Op::Call(op) => op.body(engine),
            Op::Batch(op) => op.body(engine),
            Op::List(op) => op.body(engine),
        }
    }

    pub fn reply(&mut self, now_ms: f64, status: f64, body: String) {
        let engine = &mut self.engine.borrow_mut();
        // A status that is not a whole number in range is passed on as out of range.
        let status = if crate::float::trunc(status) == status
            && (0.0..=f64::from(u32::MAX)).contains(&status)
        {
            status as u32
        } else {
            u32::MAX
        };
        match &mut self.op {
            Op::Call(op) => op.on_reply(engine, now_ms, status, body),
            Op::Batch(op) => op.on_reply(engine, now_ms, status, body),
            Op::List(op) => op.on_reply(engine, now_ms, status, body),
        }
    }

    /// The limiter store's wait for this op's slot (`NaN` when the store failed).
    pub fn reserved(&mut self, now_ms: f64, wait_ms: f64) {
        let engine = &mut self.engine.borrow_mut();
        match &mut self.op {
            Op::Call(op) => op.on_reserved(engine, now_ms, wait_ms),
            Op::Batch(op) => op.on_reserved(engine, now_ms, wait_ms),
            Op::List(op) => op.on_reserved(engine, now_ms, wait_ms),
        }
    }

    /// No answer: `kind` 0 never sent, 1 may have been sent, 2 deadline passed in flight.
    pub fn lost(&mut self, now_ms: f64, kind: u8, message: &str) {
        let lost = match kind {
            0 => Lost::NotSent,
            2 => Lost::Deadline,
            _ => Lost::MaybeSent,
        };
        let engine = &mut self.engine.borrow_mut();
        match &mut self.op {
            Op::Call(op) => op.on_lost(engine, now_ms, lost, message),
            Op::Batch(op) => op.on_lost(engine, now_ms, lost, message),
            Op::List(op) => op.on_lost(engine, now_ms, lost, message),
        }
    }

    pub fn abort(&mut self, reason: &str) {
        let engine = &mut self.engine.borrow_mut();
        match &mut self.op {
            Op::Call(op) => op.abort(engine, reason),
            Op::Batch(op) => op.abort(engine, reason),
            Op::List(op) => op.abort(engine, reason),
        }
    }

    /// After `done`: for a call, the error's JSON, or "" when it succeeded (the caller has
    /// the body it reported); for a batch, every command's outcome as JSON.
    pub fn outcome(&mut self) -> String {
        let engine = &self.engine.borrow();
        match &mut self.op {
            Op::Call(op) => match op.take_outcome() {
                Some(Ok(_)) => String::new(),
                Some(Err(e)) => core::error_fields(&e).to_string(),
                None => core::error_fields(&Error::InvalidConfig {
                    message: "the call has not finished".into(),
                })
                .to_string(),
            },
            Op::Batch(op) => core::outcomes_json(&op.outcomes(engine)),
            Op::List(op) => op
                .take_error(engine)
                .map(|e| core::error_fields(&e).to_string())
                .unwrap_or_default(),
        }
    }

    /// After `done`, for a batch: the batch's own error as JSON (`ABORTED` when the caller's
    /// abort cut it short), or "".
    #[wasm_bindgen(js_name = batchError)]
    pub fn batch_error(&self) -> String {
        let engine = &self.engine.borrow();
        match &self.op {
            Op::Batch(op) => op
                .error()
                .map(|e| core::error_fields(&engine.clean(e)).to_string())
                .unwrap_or_default(),
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

    /// After step 4: `{"rows": [...], "total"?: n}`.
    pub fn rows(&mut self) -> String {
        match &mut self.op {
            Op::List(op) => op.take_rows(),
            _ => String::new(),
        }
    }
}
