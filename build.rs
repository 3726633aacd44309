//! The one code-generation step (`src/codegen/`): writes the compact table the `.wasm` embeds,
//! `methods.json` and `methods.d.ts`, and the error codes' and options' files (`codes.js`,
//! `options.d.ts`, ...) into OUT_DIR. Their declarations' source files are compiled into this
//! script, so nothing generated can drift from them.

#![allow(dead_code, unused_imports)]

extern crate alloc;

// The crate's own stand-in for std's prelude (the crate is no_std on wasm32).
#[path = "src/prelude.rs"]
mod prelude;

#[path = "src/schema.rs"]
mod schema;

// The compact table decoder (in methods/) reads with the crate's JSON reader.
#[path = "src/json/mod.rs"]
#[allow(dead_code)]
mod json;

#[path = "src/methods/mod.rs"]
mod methods;

// The placements table: `placement.*` take its codes, `placement.bind`'s types follow it.
#[path = "src/placements/mod.rs"]
mod placements;

// The error vocabulary and the option declaration, at the paths the crate has them.
#[path = "src/core/config/options.rs"]
mod config_options;
#[path = "src/error/codes.rs"]
mod error_codes;
#[path = "src/error/templates.rs"]
mod error_templates;
mod error {
    pub(crate) use super::error_codes as codes;
    pub(crate) use super::error_templates as templates;
}
mod core {
    pub mod config {
        pub(crate) use crate::config_options as options;
    }
}

#[path = "src/codegen/mod.rs"]
mod codegen;

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=src/schema.rs");
    println!("cargo:rerun-if-changed=src/methods");
    println!("cargo:rerun-if-changed=src/placements");
    println!("cargo:rerun-if-changed=src/codegen");
    println!("cargo:rerun-if-changed=src/error/codes.rs");
    println!("cargo:rerun-if-changed=src/error/templates.rs");
    println!("cargo:rerun-if-changed=src/core/config/options.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (name, text) in codegen::generate().files() {
        std::fs::write(out.join(name), text)?;
    }
    Ok(())
}
