//! The one pipeline from the method table to everything made of it.
//!
//! `build.rs` runs [`generate`] once per build, over the table's `static` entries, and writes
//! its outputs into `OUT_DIR`:
//! - `table.json`, the compact table the `.wasm` embeds for validation and paging ([`compact`]);
//! - `methods.json`, the rows JS `methods()` loads lazily ([`rows`]);
//! - `methods.d.ts`, the method types and the rows' interfaces ([`dts`]).
//!
//! `b24-codegen` copies the last two into the package from that same build, and
//! `scripts/check-api.sh` compares them with the committed `tests/api/` copies.

pub mod compact;
pub mod dts;
pub mod error_data;
pub mod rows;

pub use dts::{key, quote};

/// What one run of the pipeline writes, by file name.
pub struct Generated {
    pub table_json: String,
    pub methods_json: String,
    pub methods_dts: String,
}

impl Generated {
    /// The files, by the names `build.rs` writes them under.
    pub fn files(&self) -> [(&'static str, &str); 3] {
        [
            ("table.json", &self.table_json),
            ("methods.json", &self.methods_json),
            ("methods.d.ts", &self.methods_dts),
        ]
    }
}

/// Runs the pipeline over the table.
pub fn generate() -> Generated {
    Generated {
        table_json: compact::encode(crate::methods::statics()),
        methods_json: rows::methods_json(),
        methods_dts: dts::methods_dts(),
    }
}

#[cfg(test)]
mod tests;
