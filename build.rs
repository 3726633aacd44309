//! Encodes the method table (`src/methods/`) as compact JSON for the `.wasm` to embed
//! (see `src/table_codec.rs`). The table's own source files are compiled into this script,
//! so the encoded text can never drift from the entries.

#![allow(dead_code, unused_imports)]

#[path = "src/schema.rs"]
mod schema;

#[path = "src/methods/mod.rs"]
mod methods;

#[path = "src/table_codec.rs"]
mod table_codec;

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=src/schema.rs");
    println!("cargo:rerun-if-changed=src/methods");
    println!("cargo:rerun-if-changed=src/table_codec.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    std::fs::write(
        out.join("table.json"),
        table_codec::encode(methods::statics()),
    )
}
