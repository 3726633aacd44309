//! The method table: one entry per documented method, nothing else.
//!
//! Each family file is a list of `schema::method(...)` entries. Everything the library does with
//! a method (validation, introspection, TS types, docs) is derived from its entry.

mod im;
mod imbot;
mod imconnector;
mod imopenlines;
pub mod shapes;
#[cfg(not(target_arch = "wasm32"))]
pub mod differences;

use crate::schema::Method;

/// The families, in the order `methods()` lists them.
pub static FAMILIES: &[&[Method]] = &[
    imopenlines::METHODS,
    imconnector::METHODS,
    im::METHODS,
    imbot::METHODS,
];

/// Every method of the table.
pub fn all() -> impl Iterator<Item = &'static Method> {
    FAMILIES.iter().flat_map(|family| family.iter())
}

/// The entry for a method name. The portal ignores the case of method names, so does this.
pub fn find(name: &str) -> Option<&'static Method> {
    all().find(|m| m.name.eq_ignore_ascii_case(name))
}
