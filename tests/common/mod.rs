//! Helpers shared by the native test files.
#![allow(dead_code)]

pub mod spec;
pub mod standin;
