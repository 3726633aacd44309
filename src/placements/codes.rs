//! The placement codes of the table, in its order: the `PLACEMENT` values `placement.*` take.
//! Stands alone (no `crate::` paths) so `build.rs` compiles it with the method table; the
//! placements table (`table.rs`) has one entry per code, in this order (a unit test checks).

pub const CODES: &[&str] = &[
    "IM_TEXTAREA",
    "IM_SIDEBAR",
    "IM_CONTEXT_MENU",
    "IMMOBILE_CONTEXT_MENU",
    "IM_NAVIGATION",
    "IM_SMILES_SELECTOR",
    "CONTACT_CENTER",
    "SETTING_CONNECTOR",
];
