//! The TypeScript shape of a `B24Error`'s fields. `core::error_fields` writes them but for
//! `message` and `description`, which `error.js` composes from its `text` (template names and
//! slot values; `src/error/templates.rs`).
//! Declaration only (native, in the generator): `b24-codegen` writes it to `wasm-types.d.ts`.
//! It used to come out of the .wasm's own bindings, which tied tsify (and std) to the .wasm.

use serde::Serialize;
use tsify::Tsify;

#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErrorData {
    /// `INVALID_PARAM`, `INVALID_CONFIG`, `BAD_REPLY`, `NETWORK`, `OUTCOME_UNKNOWN`, `TIMEOUT`,
    /// `ABORTED`, `REFRESH_FAILED`, `SKIPPED`, `UNKNOWN_ERROR`, or the portal's own code
    /// (`ACCESS_DENIED`, `expired_token`, ...).
    pub code: String,
    pub message: String,
    pub description: String,
    #[tsify(optional)]
    pub status: Option<u16>,
    #[tsify(optional)]
    pub method: Option<String>,
    /// The refused param's wire name, dotted for nested fields (`PARAMS.QUEUE.0.ENTITY_TYPE`).
    #[tsify(optional)]
    pub field: Option<String>,
    /// What was wrong with an unreadable reply: `html`, `empty`, `truncated`, `not_json`,
    /// `no_result`, `redirect`, `bad_status`.
    #[tsify(optional)]
    pub kind: Option<String>,
}

/// `wasm-types.d.ts`: the error data's interface.
pub fn wasm_types_dts() -> String {
    format!(
        "// The fields of a B24Error (written by b24-codegen; do not edit).\n{}\n",
        ErrorData::DECL
    )
}
