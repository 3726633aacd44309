//! The method table: one entry per documented method, nothing else.
//!
//! Each family file is a list of `schema::method(...)` entries. Everything the library does with
//! a method (validation, introspection, TS types, docs) is derived from its entry.

use crate::prelude::*;
pub mod compact;
#[cfg(not(target_arch = "wasm32"))]
pub mod differences;
mod im;
mod imbot;
mod imconnector;
mod imopenlines;
mod imopenlines_v2;
mod placement;
pub mod shapes;

use crate::schema::Method;

/// The families, in the order `methods()` lists them.
pub static FAMILIES: &[&[Method]] = &[
    imopenlines::METHODS,
    imopenlines_v2::METHODS,
    imconnector::METHODS,
    im::METHODS,
    imbot::METHODS,
    placement::METHODS,
];

/// The `static` entries. The `.wasm` does not link them: it decodes the compact copy that
/// `build.rs` makes of them (`crate::codegen::compact`).
pub fn statics() -> impl Iterator<Item = &'static Method> + Clone {
    FAMILIES.iter().flat_map(|family| family.iter())
}

/// Every method of the table.
#[cfg(not(target_arch = "wasm32"))]
pub fn all() -> impl Iterator<Item = &'static Method> {
    statics()
}

/// The table as compact JSON text, embedded for validation and paging.
#[cfg(target_arch = "wasm32")]
pub const COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/table.json"));

/// Every method of the table, decoded once from `COMPACT`.
#[cfg(target_arch = "wasm32")]
pub fn all() -> impl Iterator<Item = &'static Method> {
    // The text is made by build.rs from these very entries; an empty table is the only
    // possible outcome of a bug there, and it shows at once in every test.
    static TABLE: crate::wasm::local::Local<Vec<Method>> =
        crate::wasm::local::Local::new(|| compact::decode(COMPACT).unwrap_or_default());
    TABLE.get().iter()
}

// Made once: std's OnceLock natively, the module's own cell in the no_std .wasm.
#[cfg(not(target_arch = "wasm32"))]
type Once<T> = std::sync::OnceLock<T>;
#[cfg(target_arch = "wasm32")]
type Once<T> = crate::wasm::local::Once<T>;

/// The entry for a method name. The portal ignores the case of method names, so does this.
/// An index sorted by lower-case name, built on first use and searched by halves: a call looks
/// its method up a few times, and a scan of 187 names each time showed in the per-call CPU.
/// (Sorted, not hashed: a hash map is 2 KB of .wasm per key and value type.)
pub fn find(name: &str) -> Option<&'static Method> {
    static INDEX: Once<Vec<(String, &'static Method)>> = Once::new();
    let index = INDEX.get_or_init(|| {
        let mut index: Vec<(String, &'static Method)> = Vec::new();
        for m in all() {
            let key = m.name.to_ascii_lowercase();
            // Inserted in place: `sort` would link 2-3 KB of sorting code for 181 names.
            if let Err(at) = index.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
                index.insert(at, (key, m));
            }
        }
        index
    });
    let lower;
    let key = if name.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = name.to_ascii_lowercase();
        lower.as_str()
    } else {
        name
    };
    let at = index.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
    index.get(at).map(|(_, m)| *m)
}
