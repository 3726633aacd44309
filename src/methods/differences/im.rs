//! Deliberate differences from the docs in the `im` family.

use super::Difference;

pub static ROWS: &[Difference] = &[];
