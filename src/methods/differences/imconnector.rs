//! Deliberate differences from the docs in the `imconnector` family.

use super::Difference;

pub static ROWS: &[Difference] = &[];
