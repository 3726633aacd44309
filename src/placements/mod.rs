//! The placements of our scopes: where the portal opens an app's page in its interface
//! (`IM_TEXTAREA`, `CONTACT_CENTER`, ...), declared once, like the methods and the events.
//!
//! Each entry says how the placement is bound (`placement.bind` with its `OPTIONS`, or
//! `imconnector.register`'s `PLACEMENT_HANDLER`), the scopes its page names, the type of the
//! `PLACEMENT_OPTIONS` its handler receives, the `BX24.placement.call` commands and
//! `BX24.placement.bindEvent` events the docs list for it, and the docs' common mistakes. From
//! it come:
//! - the check of `placement.bind` before the wire (`OPTIONS` per code, a code that is bound
//!   another way refused with the docs' reason): the method table's
//!   `Rule::PlacementOptions` asks [`bind_options`];
//! - the handler side's reading of a placement POST (`crate::events::placement`, full build);
//! - `placements.d.ts`, `PLACEMENTS.md` and `placements.json` (`dts`, native builds only).

mod codes;
#[cfg(not(target_arch = "wasm32"))]
pub mod dts;
mod table;

pub use codes::CODES;

use crate::schema::{Doc, Obj, Ty};

/// How the portal learns the handler's address.
#[derive(Clone, Copy, Debug)]
pub enum Bound {
    /// `placement.bind` with `OPTIONS` of this shape (no fields: the placement keeps none).
    PlacementBind(Obj),
    /// Another method creates the binding (`imconnector.register`'s `PLACEMENT_HANDLER`);
    /// `placement.bind` accepts the code but the binding never shows. The text says so.
    Elsewhere {
        method: &'static str,
        param: &'static str,
        why: &'static str,
    },
}

/// The type of `PLACEMENT_OPTIONS`, kept where it is read: natively and in the full build
/// (the handler side); the browser `.wasm` validates `placement.bind` without it.
#[derive(Clone, Copy, Debug)]
pub struct OptionsTy {
    #[cfg(any(feature = "events", not(target_arch = "wasm32")))]
    pub ty: Ty,
}

impl OptionsTy {
    pub const fn new(_ty: Ty) -> OptionsTy {
        OptionsTy {
            #[cfg(any(feature = "events", not(target_arch = "wasm32")))]
            ty: _ty,
        }
    }
}

/// One of the docs' common mistakes and its fix (text, native builds only).
#[derive(Clone, Copy, Debug)]
pub struct Mistake {
    pub what: Doc,
    pub fix: Doc,
}

pub const fn mistake(what: &'static str, fix: &'static str) -> Mistake {
    Mistake {
        what: Doc::new(what),
        fix: Doc::new(fix),
    }
}

/// One placement: everything the library knows about it.
#[derive(Clone, Copy, Debug)]
pub struct Placement {
    /// The code, as `PLACEMENT` carries it.
    pub code: &'static str,
    /// The scopes the page's header names (`placement` and the tool's scope).
    pub scopes: &'static [&'static str],
    pub bound: Bound,
    /// What the handler receives in `PLACEMENT_OPTIONS` (a JSON string on the wire).
    pub options: OptionsTy,
    /// The handler is no longer called (the docs keep the page as an archive).
    pub deprecated: bool,
    /// `BX24.placement.call` commands the docs list for this placement.
    pub commands: &'static [&'static str],
    /// `BX24.placement.bindEvent` events the docs list for this placement.
    pub events: &'static [&'static str],
    pub doc: Doc,
    /// The docs page, under `spec/docs/` (or the upstream path when not vendored).
    pub page: Doc,
    pub mistakes: &'static [Mistake],
}

/// A placement bound by `placement.bind` with these `OPTIONS` fields.
pub const fn placement(
    code: &'static str,
    scopes: &'static [&'static str],
    bind_options: &'static [crate::schema::Param],
    options: Ty,
) -> Placement {
    Placement {
        code,
        scopes,
        bound: Bound::PlacementBind(Obj {
            fields: bind_options,
            rules: &[],
        }),
        options: OptionsTy::new(options),
        deprecated: false,
        commands: &[],
        events: &[],
        doc: Doc::new(""),
        page: Doc::new(""),
        mistakes: &[],
    }
}

impl Placement {
    pub const fn bound_by(
        mut self,
        method: &'static str,
        param: &'static str,
        why: &'static str,
    ) -> Placement {
        self.bound = Bound::Elsewhere { method, param, why };
        self
    }

    pub const fn deprecated(mut self) -> Placement {
        self.deprecated = true;
        self
    }

    pub const fn doc(mut self, text: &'static str) -> Placement {
        self.doc = Doc::new(text);
        self
    }

    pub const fn page(mut self, path: &'static str) -> Placement {
        self.page = Doc::new(path);
        self
    }

    pub const fn mistakes(mut self, list: &'static [Mistake]) -> Placement {
        self.mistakes = list;
        self
    }

    /// The `OPTIONS` type of `placement.bind`, when it binds this placement.
    pub fn bind_shape(&self) -> Option<Obj> {
        match self.bound {
            Bound::PlacementBind(shape) => Some(shape),
            Bound::Elsewhere { .. } => None,
        }
    }
}

/// Every placement of the table, in the order the docs list them.
pub fn all() -> impl Iterator<Item = &'static Placement> + Clone {
    table::PLACEMENTS.iter()
}

/// Every code, in table order.
pub fn codes() -> impl Iterator<Item = &'static str> {
    all().map(|p| p.code)
}

/// The entry for a code (codes are upper case on the wire; compared exactly).
pub fn find(code: &str) -> Option<&'static Placement> {
    all().find(|p| p.code == code)
}

/// What `placement.bind` may carry in `OPTIONS` for `code`: its shape, or the reason the code
/// is not bound this way. `None` for a code outside the table (the `PLACEMENT` enum refuses
/// it first).
pub fn bind_options(code: &str) -> Option<Result<Obj, &'static str>> {
    find(code).map(|p| match p.bound {
        Bound::PlacementBind(shape) => Ok(shape),
        Bound::Elsewhere { why, .. } => Err(why),
    })
}

/// The values the `context` option lists, separated by `;` (the docs: any other value fails
/// the registration).
pub const CONTEXTS: &[&str] = &["ALL", "USER", "CHAT", "LINES", "CRM"];

#[cfg(test)]
mod tests;
