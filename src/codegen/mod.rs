//! The one pipeline from the method table to everything made of it.
//!
//! `build.rs` runs [`generate`] once per build, over the table's `static` entries, and writes
//! its outputs into `OUT_DIR`:
//! - `table.json`, the compact table the `.wasm` embeds for validation and paging ([`compact`]);
//! - `methods.json`, the rows JS `methods()` loads lazily ([`rows`]);
//! - `methods.d.ts`, the method types and the rows' interfaces ([`dts`]);
//! - `codes.js` and `codes.d.ts`, the error codes and the code lists JS acts on, from
//!   `src/error/codes.rs` ([`codes`]);
//! - `messages.js`, the error text's templates, from `src/error/templates.rs` ([`messages`]);
//! - `options.js`, `options.d.ts` and `options.examples.json`, the client options, from the
//!   declaration `Config` checks against, `src/core/config/options.rs` ([`options`]).
//!
//! `b24-codegen` copies all but the first into the package from that same build, and
//! `scripts/check-api.sh` compares them with the committed `tests/api/` copies.

pub mod codes;
pub mod compact;
pub mod dts;
pub mod error_data;
pub mod messages;
pub mod options;
pub mod rows;

pub use dts::{key, quote};

/// What one run of the pipeline writes, by file name.
pub struct Generated {
    pub table_json: String,
    pub methods_json: String,
    pub methods_dts: String,
    pub codes_js: String,
    pub codes_dts: String,
    pub messages_js: String,
    pub options_js: String,
    pub options_dts: String,
    pub options_examples_json: String,
}

impl Generated {
    /// The files, by the names `build.rs` writes them under.
    pub fn files(&self) -> [(&'static str, &str); 9] {
        [
            ("table.json", &self.table_json),
            ("methods.json", &self.methods_json),
            ("methods.d.ts", &self.methods_dts),
            ("codes.js", &self.codes_js),
            ("codes.d.ts", &self.codes_dts),
            ("messages.js", &self.messages_js),
            ("options.js", &self.options_js),
            ("options.d.ts", &self.options_dts),
            ("options.examples.json", &self.options_examples_json),
        ]
    }
}

/// Runs the pipeline over the table.
pub fn generate() -> Generated {
    Generated {
        table_json: compact::encode(crate::methods::statics()),
        methods_json: rows::methods_json(),
        methods_dts: dts::methods_dts(),
        codes_js: codes::codes_js(),
        codes_dts: codes::codes_dts(),
        messages_js: messages::messages_js(),
        options_js: options::options_js(),
        options_dts: options::options_dts(),
        options_examples_json: options::options_examples_json(),
    }
}

#[cfg(test)]
mod tests;
