//! `codes.js` and `codes.d.ts` from the error vocabulary (`src/error/codes.rs`): the code lists
//! the JS entry acts on, and the `B24ErrorCode` union with its parts.

use super::quote;
use crate::error::codes::{
    Code, LIBRARY_CODES, NEVER_SENT, REFRESH_REASONS, REFUSAL_CODES, REPLY_KINDS, SYSTEM_CODES,
};

const HEADER: &str = "// Generated from src/error/codes.rs by b24-codegen: do not edit.\n";

fn names(codes: &[Code]) -> Vec<&'static str> {
    codes.iter().map(|c| c.name).collect()
}

fn array(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| quote(v)).collect();
    format!("[{}]", quoted.join(", "))
}

fn union(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| quote(v)).collect();
    quoted.join(" | ")
}

/// (name, JSDoc, values) of each list, in the order both files show them.
fn lists() -> [(&'static str, &'static str, Vec<&'static str>); 6] {
    [
        ("LIBRARY_CODES", "Codes this library gives; any other `code` is the portal's own.", names(LIBRARY_CODES)),
        ("SYSTEM_CODES", "System error codes any method can return (the docs' system error table).", SYSTEM_CODES.to_vec()),
        ("REFUSAL_CODES", "The portal's refusals: the call was not carried out and is sent again (retryable).", REFUSAL_CODES.to_vec()),
        ("REFRESH_REASONS", "Why a built-in OAuth refresh failed (`kind` of `REFRESH_FAILED`).", REFRESH_REASONS.to_vec()),
        ("REPLY_KINDS", "What was wrong with an unreadable answer (`kind` of `BAD_REPLY`, `OUTCOME_UNKNOWN`).", REPLY_KINDS.to_vec()),
        ("NEVER_SENT", "Node's error codes for a request that provably never left the machine: `NETWORK`, safe to send again.", NEVER_SENT.to_vec()),
    ]
}

/// `codes.js`: each list as a frozen array.
pub fn codes_js() -> String {
    let mut out = String::from(HEADER);
    for (name, doc, values) in lists() {
        out.push_str(&format!(
            "/** {doc} */\nexport const {name} = Object.freeze({});\n",
            array(&values)
        ));
    }
    out
}

/// `codes.d.ts`: the lists' declarations and the code unions.
pub fn codes_dts() -> String {
    let mut out = String::from(HEADER);
    out.push_str("\n/** Codes the library itself gives; any other `code` is the portal's own. */\nexport type B24LibraryCode =\n");
    for code in LIBRARY_CODES {
        out.push_str(&format!(
            "  /** {} */\n  | {}\n",
            code.doc.replace("*/", "*\\/"),
            quote(code.name)
        ));
    }
    out.truncate(out.len() - 1);
    out.push_str(";\n\n");
    let types = [
        (
            "B24SystemCode",
            "System error codes any method can return (the docs' system error table).",
            SYSTEM_CODES,
        ),
        (
            "B24RefreshReason",
            "Why a built-in OAuth refresh failed (`REFRESH_FAILED`).",
            REFRESH_REASONS,
        ),
        (
            "B24ReplyKind",
            "What was wrong with an unreadable answer (`BAD_REPLY`, `OUTCOME_UNKNOWN`).",
            REPLY_KINDS,
        ),
    ];
    for (name, doc, values) in types {
        out.push_str(&format!(
            "/** {doc} */\nexport type {name} = {};\n",
            union(values)
        ));
    }
    out.push_str("/** Every code a `B24Error` can carry; method-specific portal codes are plain strings. */\nexport type B24ErrorCode = B24LibraryCode | B24SystemCode | (string & {});\n\n");
    for (name, doc, values) in lists() {
        out.push_str(&format!(
            "/** {doc} */\nexport declare const {name}: readonly [{}];\n",
            values
                .iter()
                .map(|v| quote(v))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}
