//! The sans-IO core: every decision the library makes, with no I/O and no async. An op (a
//! call, a batch, a list) says what to do next (`Step`): send this request, wait, get a new
//! token, or finish; the I/O loop (the package's JS entry, or a native test driver) does it
//! and reports back. Webhook, OAuth and BX24 differ only in how a request is addressed.

pub mod batch_op;
pub mod config;
pub mod engine;
pub mod exchange;
pub mod list_op;
pub mod log;
pub mod name;
pub mod ops;
pub mod portals;
pub mod scrub;
pub mod step;

pub use config::Config;
pub use engine::{Engine, Stats};
pub use exchange::Lost;
pub use list_op::ListOp;
pub use ops::{error_fields, outcomes_json, prepare, BatchOp, CallOp};
pub use step::{Input, Op, Request, Step};
