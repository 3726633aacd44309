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

// No std in the .wasm: its panic machinery formatted messages nobody reads (a panic aborts),
// and pulled in most of core::fmt. `alloc` gives the collections; native builds keep std.
#![cfg_attr(target_arch = "wasm32", no_std)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Tests may stop at the first surprise.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

extern crate alloc;
// The unit tests run with std on wasm32 too (the harness needs it).
#[cfg(all(test, target_arch = "wasm32"))]
extern crate std;

pub mod batch;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod core;
pub mod error;
#[cfg(any(feature = "events", not(target_arch = "wasm32")))]
pub mod events;
mod float;
pub mod json;
pub mod limits;
pub mod list;
pub mod methods;
pub mod placements;
mod prelude;
pub mod schema;
mod text;
pub mod transport;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{BadReplyKind, Error, Problem, Success};
