//! Deliberate differences from the docs in the `imbot` family.

use super::Difference;

pub static ROWS: &[Difference] = &[];
