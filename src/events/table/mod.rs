//! The event table: one entry per documented event, per family, nothing else.
//!
//! Field names are the wire names of the docs. `req` marks what every delivery carries; a
//! required object or list left out of a form body (PHP's `http_build_query` drops empty
//! ones) reads as empty. Unknown fields are kept as they came: the portal adds fields over
//! time, and an event is not refused for that.

mod app;
mod im;
mod imbot;
mod imconnector;
mod imopenlines;
pub mod shapes;

use super::Event;

/// The families, in the order `events::all()` lists them.
pub static FAMILIES: &[&[Event]] = &[
    imbot::CLASSIC,
    imbot::V2,
    im::EVENTS,
    imopenlines::EVENTS,
    imconnector::EVENTS,
    app::EVENTS,
];
