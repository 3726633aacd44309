//! The one code-generation step of the method table (`src/codegen/`): writes the compact table
//! the `.wasm` embeds, `methods.json` and `methods.d.ts` into OUT_DIR. The table's own source
//! files are compiled into this script, so nothing generated can drift from the entries.

#![allow(dead_code, unused_imports)]

extern crate alloc;

// The crate's own stand-in for std's prelude (the crate is no_std on wasm32).
#[path = "src/prelude.rs"]
mod prelude;

#[path = "src/schema.rs"]
mod schema;

#[path = "src/methods/mod.rs"]
mod methods;

#[path = "src/codegen/mod.rs"]
mod codegen;

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=src/schema.rs");
    println!("cargo:rerun-if-changed=src/methods");
    println!("cargo:rerun-if-changed=src/codegen");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (name, text) in codegen::generate().files() {
        std::fs::write(out.join(name), text)?;
    }
    Ok(())
}
