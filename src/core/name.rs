//! The grammar of a method name. A name becomes part of a URL path (`<base>/<name>`) and of a
//! batch command (`<name>?<query>`), so anything that is not a plain Bitrix24 method name is
//! refused before it can reach either: no `/`, `.` runs, `%`, `?`, `#`, `&`, white space or
//! control characters.
//!
//! Bitrix24 names are dotted segments of ASCII letters, digits and `_`, each starting with a
//! letter or `_` (`im.notify.answer`, `imbot.v2.Chat.Message.send`, `crm.item.list`).

use crate::error::{Error, Problem};
use crate::prelude::*;

/// The longest name accepted; the longest documented one is under 60 characters.
pub const MAX_LEN: usize = 128;

fn is_segment(segment: &str) -> bool {
    let mut bytes = segment.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether `name` is a well-formed method name.
pub fn is_method_name(name: &str) -> bool {
    name.len() <= MAX_LEN && name.split('.').all(is_segment)
}

/// Checks a method name for `call` (or a batch command when `in_batch`); `batch` itself is
/// refused everywhere: `Client.batch` builds it.
pub fn check(name: &str) -> Result<(), Error> {
    let refuse = |problem| Error::InvalidParam {
        method: printable(name),
        field: "method".into(),
        problem,
    };
    if !is_method_name(name) {
        return Err(refuse(Problem::BadMethodName));
    }
    if name.eq_ignore_ascii_case("batch") {
        return Err(refuse(Problem::NestedBatch));
    }
    Ok(())
}

/// A refused name as it may appear in an error: printable ASCII only, and short.
pub fn printable(name: &str) -> String {
    let mut shown = String::with_capacity(name.len().min(MAX_LEN));
    for c in name.chars().take(MAX_LEN) {
        shown.push(if c.is_ascii_graphic() { c } else { '?' });
    }
    shown
}

#[cfg(test)]
mod tests;
