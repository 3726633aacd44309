//! One error type for every way a call can fail, and the one decoder every transport's reply
//! goes through. No message here ever contains a URL, a token or a webhook secret.

use crate::json::{self, Node};
use crate::prelude::*;
use serde_json::Value;

pub mod codes;
pub mod messages;
pub mod templates;

/// Why a parameter was refused before anything was sent.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Missing,
    /// None of these params was given; at least one is required.
    OneOfMissing(&'static [&'static str]),
    /// Not exactly one of these params was given.
    ExactlyOne(&'static [&'static str]),
    /// Some of these params were given, this one not; they go together.
    Together(&'static [&'static str]),
    /// The object has no field; at least one is needed.
    Empty,
    /// Required unless the field `when` is `is`.
    MissingUnless {
        when: &'static str,
        is: &'static str,
    },
    /// A number outside its documented range (both ends included).
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// More items than the docs allow.
    TooMany {
        max: u32,
        got: usize,
    },
    /// Shorter than the documented minimum length.
    TooShort {
        min: u32,
        got: usize,
    },
    /// Not the documented exact length.
    NotLength {
        want: u32,
        got: usize,
    },
    Unknown,
    /// The value has the wrong JSON type; the text says what was expected.
    WrongType(&'static str),
    /// The value is not in the documented list.
    NotAllowed(&'static [&'static str]),
    /// The value is refused for the reason given (the docs' own words).
    Refused(&'static str),
    TooLong {
        max: u32,
        got: usize,
    },
    /// `params` itself is not a JSON object (or not JSON at all).
    NotAnObject,
    /// A batch command key that is empty or has characters other than letters, digits, `_`, `-`.
    BadKey,
    DuplicateKey,
    /// A batch cannot contain `batch`.
    NestedBatch,
    /// `$result[key]` names no earlier command of the batch.
    BadReference,
    /// Set by the list reader itself (`start`, and `order` when reading by ID).
    SetByList,
    /// Not a Bitrix24 method name (dotted segments of letters, digits and `_`).
    BadMethodName,
    /// A number that JSON cannot carry exactly (NaN, infinite, or an integer past 2^53).
    InexactNumber,
    /// Nested deeper than the portal or this library reads.
    TooDeep,
    /// A `list()` option or param that does not fit the method's paging; the text says why.
    ListOption(&'static str),
    /// Given with another of these params, which cannot go together.
    NotWith(&'static [&'static str]),
    /// A period's end before its start (`from` names the start).
    EndsBeforeStart {
        from: &'static str,
    },
    /// A period longer than the docs allow.
    PeriodTooLong {
        max_days: u32,
    },
    /// Given without a full group of these params (one group is enough).
    NeedsOneOf(&'static [&'static [&'static str]]),
    /// A `$result[...]` reference to an earlier request's result that lacks the field.
    UnresolvedReference,
    /// A param name that PHP's query parser would change inside a batch command.
    PhpName,
}

// A problem's text is in `messages::TEMPLATES` (composed in JS); natively, for tests and logs.
#[cfg(any(test, not(target_arch = "wasm32")))]
impl core::fmt::Display for Problem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let parts = Error::InvalidParam {
            method: String::new(),
            field: String::new(),
            problem: self.clone(),
        }
        .parts();
        let text = messages::render(parts.description, &parts.args);
        f.write_str(text.strip_prefix(' ').unwrap_or(&text))
    }
}

/// What was wrong with a reply that could not be read as the portal's JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadReplyKind {
    /// An HTML page, typically a proxy's error page.
    Html,
    Empty,
    /// JSON that stops in the middle.
    Truncated,
    NotJson,
    /// JSON without `result` or `error`.
    NoResult,
    /// A redirect: not followed, since it could carry the token to another origin.
    Redirect,
    /// An HTTP status outside 100–599.
    BadStatus,
    /// A list page without rows where the method's paging says they are.
    NoRows,
    /// A list page that does not move on: its cursor or IDs stand still or go back (a portal
    /// repeating a page), so reading on would never end.
    NoProgress,
}

impl BadReplyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BadReplyKind::Html => "html",
            BadReplyKind::Empty => "empty",
            BadReplyKind::Truncated => "truncated",
            BadReplyKind::NotJson => "not_json",
            BadReplyKind::NoResult => "no_result",
            BadReplyKind::Redirect => "redirect",
            BadReplyKind::BadStatus => "bad_status",
            BadReplyKind::NoRows => "no_rows",
            BadReplyKind::NoProgress => "no_progress",
        }
    }
}

/// Why a batch command was not sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipCause {
    /// An earlier command failed and the batch has `halt` set.
    Halt,
    /// It refers to the result of this command, which failed or did not run.
    Reference(String),
}

/// Every failure of a call. JS sees it as a `B24Error` with the same fields.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// Refused by validation; nothing was sent.
    InvalidParam {
        method: String,
        field: String,
        problem: Problem,
    },
    /// The portal answered with `{"error", "error_description"}`.
    Api {
        method: String,
        status: u16,
        code: String,
        description: String,
    },
    /// The answer was not the portal's JSON.
    BadReply {
        method: String,
        status: u16,
        kind: BadReplyKind,
    },
    /// No answer, and nothing was carried out (or the method only reads).
    Network { method: String, message: String },
    /// No readable answer to a write that may have reached the portal: it may have been
    /// carried out. It was not sent again, because that could do it twice. `status` and `kind`
    /// say what came back, when something unreadable did.
    OutcomeUnknown {
        method: String,
        message: String,
        status: Option<u16>,
        kind: Option<BadReplyKind>,
    },
    /// Nothing was sent: the call's deadline would pass first (its limits' wait, the wait for
    /// a refresh, or the deadline itself), or the caller aborted it.
    NotSent {
        method: String,
        code: &'static str,
        message: String,
    },
    /// A batch command that did not run, and why.
    Skipped { method: String, cause: SkipCause },
    /// The access token expired and the app's `refresh()` gave no new one.
    Refresh {
        method: String,
        message: String,
        /// Why, when the refresher said: `REAUTHORIZE` (the app must be authorised again),
        /// `PORTAL_NOT_FOUND`, `PAYMENT_REQUIRED`, ... (see `REFRESH_REASONS`).
        reason: Option<&'static str>,
    },
    /// The client was set up wrongly (e.g. a webhook URL over plain http).
    InvalidConfig { message: String },
}

impl Error {
    /// The code a caller switches on: the portal's own code, or one of ours in capitals.
    pub fn code(&self) -> &str {
        match self {
            Error::InvalidParam { .. } => "INVALID_PARAM",
            Error::Api { code, .. } => code,
            Error::BadReply { .. } => "BAD_REPLY",
            Error::Network { .. } => "NETWORK",
            Error::OutcomeUnknown { .. } => "OUTCOME_UNKNOWN",
            Error::NotSent { code, .. } => code,
            Error::Refresh { .. } => "REFRESH_FAILED",
            Error::Skipped { .. } => "SKIPPED",
            Error::InvalidConfig { .. } => "INVALID_CONFIG",
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } | Error::BadReply { status, .. } => Some(*status),
            Error::OutcomeUnknown { status, .. } => *status,
            _ => None,
        }
    }

    pub fn method(&self) -> Option<&str> {
        match self {
            Error::InvalidParam { method, .. }
            | Error::Api { method, .. }
            | Error::BadReply { method, .. }
            | Error::Network { method, .. }
            | Error::OutcomeUnknown { method, .. }
            | Error::NotSent { method, .. }
            | Error::Skipped { method, .. }
            | Error::Refresh { method, .. } => Some(method),
            Error::InvalidConfig { .. } => None,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Error::InvalidParam { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The portal's `error_description`, or our own explanation (native: JS composes it from
    /// [`Error::parts`]).
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn description(&self) -> String {
        let parts = self.parts();
        messages::render(parts.description, &parts.args)
    }

    /// The portal refused the call without carrying it out, so it may be sent again.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            Error::Api { code, .. } if code == "QUERY_LIMIT_EXCEEDED" || code == "OPERATION_TIME_LIMIT"
        )
    }

    /// What was wrong with an unreadable reply, if that is what this is.
    pub fn kind(&self) -> Option<BadReplyKind> {
        match self {
            Error::BadReply { kind, .. } => Some(*kind),
            Error::OutcomeUnknown { kind, .. } => *kind,
            _ => None,
        }
    }

    /// The same error with `scrub` applied to every text that did not come from this library.
    pub fn map_text(self, scrub: impl Fn(&str) -> String) -> Error {
        match self {
            Error::Api {
                method,
                status,
                code,
                description,
            } => Error::Api {
                method,
                status,
                code: scrub(&code),
                description: scrub(&description),
            },
            Error::Network { method, message } => Error::Network {
                method,
                message: scrub(&message),
            },
            Error::OutcomeUnknown {
                method,
                message,
                status,
                kind,
            } => Error::OutcomeUnknown {
                method,
                message: scrub(&message),
                status,
                kind,
            },
            Error::NotSent {
                method,
                code,
                message,
            } => Error::NotSent {
                method,
                code,
                message: scrub(&message),
            },
            Error::Refresh {
                method,
                message,
                reason,
            } => Error::Refresh {
                method,
                message: scrub(&message),
                reason,
            },
            Error::InvalidConfig { message } => Error::InvalidConfig {
                message: scrub(&message),
            },
            other => other,
        }
    }

    pub fn is_expired_token(&self) -> bool {
        matches!(self, Error::Api { code, .. } if code == "expired_token")
    }
}

#[cfg(any(test, not(target_arch = "wasm32")))]
impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.parts().render().1)
    }
}

#[cfg(any(test, not(target_arch = "wasm32")))]
impl core::error::Error for Error {}

/// A successful reply: the portal's whole answer, with the parts the client needs read out.
#[derive(Clone, Debug)]
pub struct Success {
    /// The reply body exactly as received (JS parses it once, on its side).
    pub body: String,
    /// Where `result` is in `body` (byte offsets): readers of the result parse only it.
    pub result: (usize, usize),
    /// `total` of a list page.
    pub total: Option<u64>,
    /// `next` of a list page: the `start` of the following page.
    pub next: Option<u64>,
    /// `time.operating` and `time.operating_reset_at`, for the rate limiter.
    pub operating: Option<f64>,
    pub operating_reset_at: Option<f64>,
}

pub use codes::REFRESH_REASONS;

/// The code given to a portal error whose own code is empty or not text.
pub const UNKNOWN_ERROR: &str = "UNKNOWN_ERROR";

/// An `{"error": ...}` object as an API error; `None` when it has no error at all (or is no
/// object). A code that is empty or not a string or integer still gives a code to switch on
/// (`UNKNOWN_ERROR`), and the raw value is kept in the description. Read from the object's
/// text by the envelope's reader (one reader of error objects, for replies and batch entries).
pub(crate) fn api_error(method: &str, status: u16, object_text: &str) -> Option<Error> {
    let object = envelope(object_text).ok()?;
    let text =
        |range: Option<(usize, usize)>| range.and_then(|(from, to)| object_text.get(from..to));
    api_error_in(
        method,
        status,
        text(object.error),
        object.description.as_ref(),
    )
}

impl Success {
    /// The text of `result` (a JSON value, checked when the reply was read).
    pub fn result_text(&self) -> &str {
        self.body
            .get(self.result.0..self.result.1)
            .unwrap_or("null")
    }
}

fn api_error_of(
    method: &str,
    status: u16,
    code: String,
    raw: &Value,
    description: String,
) -> Error {
    let (code, description) = if code.is_empty() {
        // Concatenated: no format! (its machinery) for one rare message.
        (
            UNKNOWN_ERROR.into(),
            ["error ", &raw.to_string(), ": ", &description].concat(),
        )
    } else {
        (code, description)
    };
    Error::Api {
        method: method.to_string(),
        status,
        code,
        description,
    }
}

/// `api_error` over an object read by `crate::json`: `error` is the text of its value.
fn api_error_in(
    method: &str,
    status: u16,
    error: Option<&str>,
    description: Option<&Node>,
) -> Option<Error> {
    let raw_text = error?;
    let raw = json::parse(raw_text).ok().filter(|c| !c.is_null())?;
    let code = match &raw {
        Node::Str(s) if !s.trim().is_empty() => s.to_string(),
        Node::Num(text) if json::node::integer(text).is_some() => text.to_string(),
        _ => String::new(),
    };
    let description = match description {
        Some(Node::Str(s)) => s.to_string(),
        Some(n @ Node::Num(_)) => n.as_i64().map(crate::text::decimal).unwrap_or_default(),
        Some(Node::Bool(b)) => if *b { "true" } else { "false" }.to_string(),
        _ => String::new(),
    };
    // The raw value is written out only for an unusable code (a rare reply), read again
    // from its text as a `Value`.
    let raw = if code.is_empty() {
        json::value(raw_text).unwrap_or_default()
    } else {
        Value::Null
    };
    Some(api_error_of(method, status, code, &raw, description))
}

/// The parts of a reply's envelope that the client reads; `result` only as where it is.
#[derive(Default)]
struct Envelope<'a> {
    error: Option<(usize, usize)>,
    description: Option<Node<'a>>,
    result: Option<(usize, usize)>,
    time: Option<Node<'a>>,
    total: Option<Node<'a>>,
    next: Option<Node<'a>>,
}

/// Reads a reply's top object once: the envelope's fields as nodes, every other value
/// (`result` above all) only checked and skipped. A repeated key counts with its last value.
fn envelope(body: &str) -> Result<Envelope<'_>, json::Bad> {
    let mut reader = json::Reader::new(body);
    let mut envelope = Envelope::default();
    if reader.peek()? != b'{' {
        // JSON but not an object is not the portal's; a broken text says how it broke.
        reader.skip()?;
        reader.end()?;
        return Err(json::Bad::Syntax);
    }
    reader.begin_object()?;
    while let Some(key) = reader.next_key()? {
        let slot = match key.as_ref() {
            "error" => {
                envelope.error = Some(reader.skip()?);
                continue;
            }
            "error_description" => &mut envelope.description,
            "time" => &mut envelope.time,
            "total" => &mut envelope.total,
            "next" => &mut envelope.next,
            "result" => {
                envelope.result = Some(reader.skip()?);
                continue;
            }
            _ => {
                reader.skip()?;
                continue;
            }
        };
        *slot = Some(reader.node()?);
    }
    reader.end()?;
    Ok(envelope)
}

/// A count or position: a whole number, or a string of digits.
fn count(node: Option<&Node>) -> Option<u64> {
    match node? {
        n @ Node::Num(_) => n.as_u64(),
        Node::Str(s) => digits_u64(s),
        _ => None,
    }
}

/// `s.parse::<u64>()` (an optional `+`, then digits), by the JSON reader's integer reading:
/// one digit loop in the .wasm instead of two.
pub(crate) fn digits_u64(s: &str) -> Option<u64> {
    let digits = s.strip_prefix('+').unwrap_or(s);
    match json::node::integer(digits).filter(|_| !digits.starts_with('-'))? {
        json::node::Integer::Positive(n) => Some(n),
        json::node::Integer::Negative(_) => None,
    }
}

pub fn decode(method: &str, status: u16, body: String) -> Result<Success, Error> {
    let bad = |kind| Error::BadReply {
        method: method.to_string(),
        status,
        kind,
    };
    if !(100..=599).contains(&status) {
        return Err(bad(BadReplyKind::BadStatus));
    }
    if (300..400).contains(&status) {
        return Err(bad(BadReplyKind::Redirect));
    }
    let trimmed = body.trim_start();
    if trimmed.is_empty() {
        return Err(bad(BadReplyKind::Empty));
    }
    // Read once, by the small reader: no `Value` of the body is built.
    let reply = match envelope(&body) {
        Ok(reply) => reply,
        Err(e) => {
            let kind = if trimmed.starts_with('<') {
                BadReplyKind::Html
            } else if e == json::Bad::Eof {
                BadReplyKind::Truncated
            } else {
                BadReplyKind::NotJson
            };
            return Err(bad(kind));
        }
    };
    let text = |range: Option<(usize, usize)>| range.and_then(|(from, to)| body.get(from..to));
    if let Some(e) = api_error_in(
        method,
        status,
        text(reply.error),
        reply.description.as_ref(),
    ) {
        return Err(e);
    }
    let Some((from, to)) = reply.result.filter(|_| (200..300).contains(&status)) else {
        return Err(bad(BadReplyKind::NoResult));
    };
    if let Some(e) = error_in_result(method, status, body.get(from..to).unwrap_or_default()) {
        return Err(e);
    }
    let seconds = |key: &str| match reply.time.as_ref().and_then(|t| t.get(key)) {
        Some(Node::Num(text)) => json::to_f64(text),
        _ => None,
    };
    Ok(Success {
        total: count(reply.total.as_ref()),
        next: count(reply.next.as_ref()),
        operating: seconds("operating"),
        operating_reset_at: seconds("operating_reset_at"),
        result: (from, to),
        body,
    })
}

/// For methods flagged `errors_in_result`: `{"result": {"result": false, "error": ...}}`.
fn error_in_result(method: &str, status: u16, result: &str) -> Option<Error> {
    if !crate::methods::find(method).is_some_and(|m| m.errors_in_result) {
        return None;
    }
    // The same reader as the envelope's: `result` and `error` come back as where they are.
    let inner = envelope(result).ok()?;
    let text = |range: Option<(usize, usize)>| range.and_then(|(from, to)| result.get(from..to));
    if text(inner.result) != Some("false") {
        return None;
    }
    api_error_in(
        method,
        status,
        text(inner.error),
        inner.description.as_ref(),
    )
}

#[cfg(test)]
mod tests;
