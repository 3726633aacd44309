//! Every place where the method table deliberately differs from the docs, in one list.
//!
//! The spec conformance test compares the table with `spec/methods/*.json` and fails on
//! any difference that is not listed here, and on any listed difference that is not there any
//! more, so this list is always exactly what differs. Each family keeps its rows in its own
//! file; `ALL` is the one list.

mod im;
mod imbot;
mod imconnector;
mod imopenlines;
mod placement;

/// What kind of difference a row records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The JSON extraction of a page lost something the Markdown page says (allowed values,
    /// nested fields, a type); the table follows the page.
    FollowsPage,
    /// The page itself is wrong or self-contradictory; the table decides (see `why`).
    DocsError,
    /// The page's example request is refused by validation (e.g. it lacks a required param).
    ExampleRefused,
    /// The declared result type differs from the page's success example.
    ResultDiffers,
    /// The page shows errors inside an HTTP 200 `result`; the library raises them as errors.
    ErrorInResult,
    /// A documented HTTP status contradicts the system error table; the library reports the
    /// status the portal actually sends and does not rewrite it.
    StatusDiffers,
}

/// One deliberate difference.
#[derive(Clone, Copy, Debug)]
pub struct Difference {
    pub method: &'static str,
    /// The dotted param path (`PARAMS.QUEUE`), `result`, or an error code; `""` for the method.
    pub field: &'static str,
    pub kind: Kind,
    pub why: &'static str,
}

pub const fn differs(
    method: &'static str,
    field: &'static str,
    kind: Kind,
    why: &'static str,
) -> Difference {
    Difference {
        method,
        field,
        kind,
        why,
    }
}

/// Every deliberate difference from the docs.
pub fn all() -> impl Iterator<Item = &'static Difference> {
    [
        imopenlines::ROWS,
        imconnector::ROWS,
        im::ROWS,
        imbot::ROWS,
        placement::ROWS,
    ]
    .into_iter()
    .flat_map(|rows| rows.iter())
}
