//! Inbound events: the table of every event the portal sends for the `imbot`, `im`,
//! `imopenlines` and `imconnector` scopes (plus the app lifecycle), and the one reader of it.
//!
//! Each event is declared once in [`table`], in the vocabulary of the method table
//! (`schema::Ty`/`schema::Param`): its wire name, scopes, the type of its `data`, and which
//! fields are tokens (`Param::secret`). From that entry come:
//! - the parser ([`parse`]): a POST body, form-encoded with PHP brackets or JSON, becomes one
//!   typed event (JSON with the declared types), or an [`EventError`] naming the field;
//! - the reader of polled queues ([`parse_polled`]: `imbot.v2.Event.get`, `im.v2.Event.get`,
//!   `event.offline.get`), which yields the same typed events;
//! - verification ([`verify`]) of `auth[application_token]` against the stored token;
//! - the TypeScript union and the docs (`dts`, native builds only).
//!
//! Webhook-mode scalars arrive as strings (`"1"`/`"0"`, `""` for null, `"Y"`/`"N"`); the parser
//! turns them into the declared types, so a form body and the same event as JSON read alike.

use crate::prelude::*;
#[cfg(not(target_arch = "wasm32"))]
pub mod dts;
mod form;
mod identity;
mod keep;
mod parse;
pub mod placement;
pub mod table;
mod verify;

pub use parse::{parse, parse_polled, parse_polled_json, parse_value, redact, Parsed, Queue};
pub use verify::{tokens_equal, verify, verify_parts, verify_placement, PlacementVerdict, Verdict};

use crate::schema::{Doc, Ty, ANY};
#[cfg(any(test, not(target_arch = "wasm32")))]
use core::fmt;

/// Bodies larger than this are refused before any parsing (events are a few KB; the largest,
/// a message with attachments, stays far below).
pub const MAX_BODY_BYTES: usize = 4 << 20;

/// Deepest nesting read, in brackets or JSON levels (events nest 7 deep at most; PHP itself
/// stops at 64). Keeps every walk over the input bounded.
pub const MAX_DEPTH: usize = 32;

/// Most values one body may hold: form pairs, or JSON values. Bitrix24 itself asks its servers
/// for PHP's `max_input_vars` of 10,000, so no portal posts more; the largest events (a message
/// with a keyboard and attachments) hold a few hundred. Past it the body is refused where the
/// count is reached: the work an unauthenticated sender can cause is bounded by it, not by the
/// 4 MiB of the body.
pub const MAX_FIELDS: usize = 10_000;

/// One inbound event: everything the library knows about it.
#[derive(Clone, Copy, Debug)]
pub struct Event {
    /// The wire name in upper case, as the portal sends it (`ONIMBOTV2MESSAGEADD`). Names are
    /// matched without regard to case: the docs also write `OnImConnectorMessageAdd`.
    pub name: &'static str,
    /// Other spellings the docs use for the same event.
    pub aliases: &'static [&'static str],
    /// Scopes the app needs to receive it.
    pub scopes: &'static [&'static str],
    pub deprecated: bool,
    /// The type of the envelope's `data`.
    pub data: Ty,
    pub doc: Doc,
    /// The docs page (under `spec/docs/`, `#anchor` for a section), for the
    /// conformance test; empty when the page is not in the docs snapshot.
    pub page: Doc,
}

/// An event entry with free `data` until told otherwise.
pub const fn event(name: &'static str, scopes: &'static [&'static str]) -> Event {
    Event {
        name,
        aliases: &[],
        scopes,
        deprecated: false,
        data: ANY,
        doc: Doc::new(""),
        page: Doc::new(""),
    }
}

impl Event {
    pub const fn data(mut self, ty: Ty) -> Event {
        self.data = ty;
        self
    }

    pub const fn aliases(mut self, names: &'static [&'static str]) -> Event {
        self.aliases = names;
        self
    }

    pub const fn deprecated(mut self) -> Event {
        self.deprecated = true;
        self
    }

    pub const fn doc(mut self, text: &'static str) -> Event {
        self.doc = Doc::new(text);
        self
    }

    pub const fn page(mut self, path: &'static str) -> Event {
        self.page = Doc::new(path);
        self
    }

    fn answers_to(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    }
}

/// Every event of the table.
pub fn all() -> impl Iterator<Item = &'static Event> + Clone {
    table::FAMILIES.iter().flat_map(|family| family.iter())
}

/// The entry for an event name, in any case, or one of its aliases.
pub fn find(name: &str) -> Option<&'static Event> {
    all().find(|e| e.answers_to(name))
}

/// What was wrong with a body as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyProblem {
    Empty,
    TooLarge,
    TooDeep,
    /// Cut off: JSON that ends early, or a form body that ends inside a key or an escape.
    Truncated,
    NotJson,
    /// A form key the PHP bracket syntax cannot read (`a[b` without its `]`).
    NotForm,
    /// JSON that is not an object at the top.
    NotAnObject,
    /// A content type that is neither a form nor JSON (e.g. multipart).
    UnsupportedType,
    /// A key given twice (or as a value and as a parent of others): the portal never does.
    DuplicateKey,
    /// `__proto__`, `constructor` or `prototype` as a key.
    ForbiddenKey,
    /// Bytes that are not UTF-8, raw or percent-encoded.
    NotUtf8,
    /// An integer beyond 2^53 - 1, which JavaScript would round.
    UnsafeInteger,
    /// More than `MAX_FIELDS` values.
    TooManyFields,
}

/// What was wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Missing,
    /// Present but not readable as this (`"an integer"`, `"a flag"`, ...).
    Type(&'static str),
}

/// Why an event was not accepted as coming from the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unverified {
    /// No `auth[application_token]` in the event.
    NoToken,
    /// No `auth[member_id]`: the portal the event claims to come from is unknown.
    NoMemberId,
    /// No token is stored for this portal (and the event is not `ONAPPINSTALL`).
    UnknownPortal,
    /// The token differs from the one stored for this portal.
    Mismatch,
}

/// Why an inbound event was refused. Messages name fields, never values: a body may carry
/// tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventError {
    Body(BodyProblem),
    /// The `event` name is not in the table (the name, cut to 64 safe characters).
    UnknownEvent {
        name: String,
    },
    /// A field is missing or of the wrong type; `field` is dotted (`data.PARAMS.MESSAGE_ID`).
    Field {
        field: String,
        problem: FieldProblem,
    },
    Unverified(Unverified),
}

impl EventError {
    /// `INVALID_EVENT` for anything unreadable, `UNVERIFIED_EVENT` for a failed check.
    pub fn code(&self) -> &'static str {
        match self {
            EventError::Unverified(_) => "UNVERIFIED_EVENT",
            _ => "INVALID_EVENT",
        }
    }

    /// A stable word for the problem, for programs: `too_large`, `missing`, `mismatch`, ...
    pub fn kind(&self) -> &'static str {
        match self {
            EventError::Body(p) => match p {
                BodyProblem::Empty => "empty",
                BodyProblem::TooLarge => "too_large",
                BodyProblem::TooDeep => "too_deep",
                BodyProblem::Truncated => "truncated",
                BodyProblem::NotJson => "not_json",
                BodyProblem::NotForm => "not_form",
                BodyProblem::NotAnObject => "not_an_object",
                BodyProblem::UnsupportedType => "unsupported_type",
                BodyProblem::DuplicateKey => "duplicate_key",
                BodyProblem::ForbiddenKey => "forbidden_key",
                BodyProblem::NotUtf8 => "not_utf8",
                BodyProblem::UnsafeInteger => "unsafe_integer",
                BodyProblem::TooManyFields => "too_many_fields",
            },
            EventError::UnknownEvent { .. } => "unknown_event",
            EventError::Field {
                problem: FieldProblem::Missing,
                ..
            } => "missing",
            EventError::Field {
                problem: FieldProblem::Type(_),
                ..
            } => "type",
            EventError::Unverified(u) => match u {
                Unverified::NoToken => "no_token",
                Unverified::NoMemberId => "no_member_id",
                Unverified::UnknownPortal => "unknown_portal",
                Unverified::Mismatch => "mismatch",
            },
        }
    }

    /// The field concerned, dotted, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            EventError::Body(_) => None,
            EventError::UnknownEvent { .. } => Some("event"),
            EventError::Field { field, .. } => Some(field),
            EventError::Unverified(Unverified::NoMemberId | Unverified::UnknownPortal) => {
                Some("auth.member_id")
            }
            EventError::Unverified(_) => Some("auth.application_token"),
        }
    }

    /// The HTTP status a handler answers with.
    pub fn status(&self) -> u16 {
        match self {
            EventError::Body(BodyProblem::TooLarge | BodyProblem::TooManyFields) => 413,
            EventError::Body(BodyProblem::UnsupportedType) => 415,
            EventError::Unverified(_) => 401,
            _ => 400,
        }
    }

    pub(crate) fn unknown_event(name: &str) -> EventError {
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            .take(64)
            .collect();
        EventError::UnknownEvent { name }
    }
}

impl EventError {
    /// The refusal's text, concatenated (no core::fmt in the .wasm).
    pub fn message(&self) -> String {
        match self {
            EventError::Body(p) => match p {
                BodyProblem::Empty => "the event body is empty",
                BodyProblem::TooLarge => "the event body is larger than 4 MiB",
                BodyProblem::TooDeep => "the event body nests deeper than 32 levels",
                BodyProblem::Truncated => "the event body is cut off",
                BodyProblem::NotJson => "the event body is not valid JSON",
                BodyProblem::NotForm => {
                    "the event body has a form key that is not PHP bracket syntax"
                }
                BodyProblem::NotAnObject => "the event body is not a JSON object",
                BodyProblem::UnsupportedType => {
                    "the event body is neither application/x-www-form-urlencoded nor JSON"
                }
                BodyProblem::DuplicateKey => "the event body gives a key twice",
                BodyProblem::ForbiddenKey => {
                    "the event body has a key __proto__, constructor or prototype"
                }
                BodyProblem::NotUtf8 => "the event body is not valid UTF-8",
                BodyProblem::UnsafeInteger => {
                    "the event body has an integer beyond 2^53 - 1, which JavaScript would round"
                }
                BodyProblem::TooManyFields => "the event body has more than 10000 values",
            }
            .to_string(),
            EventError::UnknownEvent { name } if name.is_empty() => {
                "the event name is not known".to_string()
            }
            EventError::UnknownEvent { name } => ["unknown event ", name].concat(),
            EventError::Field {
                field,
                problem: FieldProblem::Missing,
            } => [field.as_ref(), " is missing"].concat(),
            EventError::Field {
                field,
                problem: FieldProblem::Type(what),
            } => [field.as_ref(), " is not ", what].concat(),
            EventError::Unverified(u) => match u {
                Unverified::NoToken => "the event carries no auth.application_token",
                Unverified::NoMemberId => "the event carries no auth.member_id",
                Unverified::UnknownPortal => {
                    "no application token is stored for this portal (member_id)"
                }
                Unverified::Mismatch => {
                    "auth.application_token differs from the token stored for this portal"
                }
            }
            .to_string(),
        }
    }
}

#[cfg(any(test, not(target_arch = "wasm32")))]
impl fmt::Display for EventError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(any(test, not(target_arch = "wasm32")))]
impl core::error::Error for EventError {}

#[cfg(test)]
mod tests;
