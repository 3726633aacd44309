//! The wasm skin in Node.
#![cfg(target_arch = "wasm32")]

/// Node tells a refused connection (nothing sent) from one that may have reached the portal.
const IN_BROWSER: bool = false;

#[path = "wasm/shared.rs"]
mod shared;
