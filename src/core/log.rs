//! What a client's `logger` is told: one line per request (its method, transport, status, time,
//! attempt, the wait before it, refusals and refreshes so far, and what came of it), one per
//! wait, one per refresh. Lines are `key=value` words on one line, and pass the client's scrub
//! like every error text: no secret the client knows ever reaches a logger.
//!
//! The engine keeps the lines until the I/O loop takes them (after each step and report), so
//! the queue holds a few lines at most; it is bounded anyway.

use crate::prelude::*;

/// The logger method a line goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Debug => "debug",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }
}

/// Lines beyond this many, not taken, drop the oldest: a loop that never takes them stays small.
const MAX_LINES: usize = 64;

/// A portal's own text (an error code) as one word of a line: at most 64 characters of
/// letters, digits and `_.:-*` (`***` masks a secret), anything else shown as `?` (no line break, no `=`, no space).
pub(crate) fn word(text: &str) -> String {
    let mut word = String::with_capacity(text.len().min(64));
    for c in text.chars().take(64) {
        let kept = c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-' | '*');
        word.push(if kept { c } else { '?' });
    }
    word
}

/// The lines not yet taken, when a logger is set.
#[derive(Debug, Default)]
pub struct Log {
    enabled: bool,
    lines: Vec<(Level, String)>,
}

impl Log {
    pub fn enable(&mut self) {
        self.enabled = true;
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Keeps a line (already scrubbed) when a logger is set.
    pub fn push(&mut self, level: Level, line: String) {
        if !self.enabled {
            return;
        }
        if self.lines.len() >= MAX_LINES {
            self.lines.remove(0);
        }
        self.lines.push((level, line));
    }

    /// Every line kept, oldest first, as `"<level> <line>"` joined by `\n`; `""` when none.
    pub fn take(&mut self) -> String {
        let mut out = String::new();
        for (level, line) in self.lines.drain(..) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(level.as_str());
            out.push(' ');
            out.push_str(&line);
        }
        out
    }
}

#[cfg(test)]
mod tests;
