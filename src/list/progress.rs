//! The check that a list's position moves on, so a portal repeating a page ends the list
//! instead of looping.

use core::cmp::Ordering;
use serde_json::Value;

/// Orders two positions: numbers (or strings of digits) by value, other strings as text.
pub(super) fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        // Positions are IDs: integers. Parsing floats from text would pull core's float parser
        // and its tables (about 10 KB) into the .wasm.
        Value::String(s) => s.trim().parse::<i64>().ok().map(|n| n as f64),
        _ => None,
    };
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        _ => match (a, b) {
            (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
            _ => None,
        },
    }
}

/// Checks that a position moves on: never equal to the last one, and always the same way.
#[derive(Clone, Debug, Default)]
pub(super) struct Progress {
    pub(super) last: Option<Value>,
    /// The way positions must move (`Greater`: up); learned from the first move when `None`.
    pub(super) way: Option<Ordering>,
    /// The way is fixed by the paging (IDs ascending, the smallest ID...), not learned.
    pub(super) fixed: bool,
    /// Stage rank: may only grow; a new stage starts a new sequence of positions.
    pub(super) stage: usize,
}

impl Progress {
    pub(super) fn fixed(way: Ordering) -> Progress {
        Progress {
            way: Some(way),
            fixed: true,
            ..Progress::default()
        }
    }

    pub(super) fn learned() -> Progress {
        Progress::default()
    }

    /// Accepts `value` as the next position, or says it does not move on.
    pub(super) fn advance(&mut self, value: &Value, stage: usize) -> bool {
        if stage < self.stage {
            return false;
        }
        if stage > self.stage {
            self.stage = stage;
            self.last = Some(value.clone());
            if !self.fixed {
                self.way = None;
            }
            return true;
        }
        if let Some(last) = &self.last {
            match compare(value, last) {
                Some(Ordering::Equal) => return false,
                Some(way) => match self.way {
                    Some(expected) if expected != way => return false,
                    Some(_) => {}
                    None => self.way = Some(way),
                },
                // Not comparable: only standing still can be told.
                None if value == last => return false,
                None => {}
            }
        }
        self.last = Some(value.clone());
        true
    }
}
