//! The wasm skin in Node.
#![cfg(target_arch = "wasm32")]

#[path = "wasm/shared.rs"]
mod shared;
