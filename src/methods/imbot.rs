//! `imbot.*` and `imbot.v2.*`: chat bots.

use crate::schema::*;

pub static METHODS: &[Method] = &[];
