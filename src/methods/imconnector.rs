//! `imconnector.*`: external messenger connectors for open lines.

use crate::schema::*;

pub static METHODS: &[Method] = &[];
