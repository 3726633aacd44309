//! Secrets out of every text an error carries. A client knows its secrets (the webhook's secret
//! path segment, the access tokens it has held); any text that reaches an error, whatever its
//! source (a fetch error's message, the portal's `error_description`, a refresh error's name),
//! passes through `Secrets::scrub` first.

use crate::prelude::*;
use crate::text;
/// How many tokens a client remembers: the current one and a few before it, since a late
/// error may quote an old one. Bounded, so a long-lived client stays small.
const REMEMBERED: usize = 4;

/// Secrets shorter than this are not searched for: they would match ordinary text.
const MIN_LEN: usize = 6;

const MASK: &str = "***";

#[derive(Clone, Debug, Default)]
pub struct Secrets {
    known: Vec<String>,
}

impl Secrets {
    /// Remembers a secret, dropping the oldest beyond the bound.
    pub fn add(&mut self, secret: &str) {
        if secret.len() < MIN_LEN || self.known.iter().any(|k| k == secret) {
            return;
        }
        if self.known.len() >= REMEMBERED {
            self.known.remove(0);
        }
        self.known.push(secret.to_string());
    }

    /// `text` with every known secret, plain or percent-encoded, replaced by `***`.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for secret in &self.known {
            for form in [secret.clone(), percent_encoded(secret)] {
                if text::find(&out, &form).is_some() {
                    out = text::replace_all(&out, &form, MASK);
                }
            }
        }
        out
    }
}

/// The form a secret takes inside a URL or a form body.
fn percent_encoded(secret: &str) -> String {
    let mut encoded = String::with_capacity(secret.len());
    // Pushed piece by piece: collecting into a String links a from_iter of its own.
    for piece in form_urlencoded::byte_serialize(secret.as_bytes()) {
        encoded.push_str(piece);
    }
    encoded
}

#[cfg(test)]
mod tests;
