//! What std's prelude gives, taken from `alloc`: the crate is `no_std` on wasm32, so each
//! module that needs these says `use crate::prelude::*;`.

#![allow(unused_imports)]

pub use alloc::borrow::ToOwned;
pub use alloc::boxed::Box;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;
pub use alloc::{format, vec};
