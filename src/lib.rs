//! b24-wasm: a typed, validated client for the Bitrix24 REST API (`imopenlines`, `im`, `imbot`,
//! `imconnector`), written as plain Rust with a thin WebAssembly skin for JS.
//!
//! - [`schema`] and [`methods`]: the method table, one declarative entry per method.
//! - [`validate`]: checks params against an entry before anything is sent.
//! - [`error`]: the one error type and the one reply decoder.
//! - [`events`]: the inbound event table, its parser and the token check.
//! - [`core`]: the sans-IO state machine of calls, batches and lists (limits, retries,
//!   refresh, deadlines); the JS entry runs its I/O loop.
//! - [`transport`]: where calls go (endpoints).
//! - `wasm` (wasm32 only): the JS API.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Tests may stop at the first surprise.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod batch;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod core;
pub mod error;
#[cfg(any(feature = "events", not(target_arch = "wasm32")))]
pub mod events;
pub mod limits;
pub mod list;
pub mod methods;
pub mod schema;
pub mod transport;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{BadReplyKind, Error, Problem, Success};
