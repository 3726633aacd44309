//! The wasm skin in headless Chromium.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// A browser's fetch cannot tell a refused connection from one that may have reached the portal.
const IN_BROWSER: bool = true;

#[path = "wasm/shared.rs"]
mod shared;
