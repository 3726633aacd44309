//! Searching text for text, byte by byte. str's own search (`replace`, `contains` or
//! `split_once` with a str pattern) links about 4 KB of .wasm: its slicing can panic, and the
//! panic message formats the char it cut. A match of UTF-8 text inside UTF-8 text always
//! starts and ends on char boundaries, so bytes find the same places; the slices are taken with
//! `get`, which cannot panic.

use crate::prelude::*;

/// `n` in decimal, without core::fmt (whose number formatting and `format!` machinery would
/// otherwise be linked into the .wasm for it).
pub fn decimal(n: i64) -> String {
    let mut out = String::with_capacity(20);
    if n < 0 {
        out.push('-');
    }
    out.push_str(&unsigned(n.unsigned_abs()));
    out
}

/// `n` in decimal (`decimal` for unsigned numbers).
pub fn unsigned(n: u64) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    while let Some(slot) = at.checked_sub(1).and_then(|i| digits.get_mut(i)) {
        *slot = b'0' + (rest % 10) as u8;
        at -= 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits
        .get(at..)
        .unwrap_or_default()
        .iter()
        .map(|&d| char::from(d))
        .collect()
}

/// Where `needle` first starts in `text`. An empty needle is never found.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return None;
    }
    text.as_bytes()
        .windows(needle.len())
        .position(|w| w == needle)
}

/// `text` cut around the first `separator`.
pub fn split_once<'a>(text: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, separator)?;
    Some((text.get(..at)?, text.get(at + separator.len()..)?))
}

/// `text` with every `needle` replaced by `with` (left to right, matches do not overlap).
pub fn replace_all(text: &str, needle: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = split_once(rest, needle) {
        out.push_str(before);
        out.push_str(with);
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
