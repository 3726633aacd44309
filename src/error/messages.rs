//! Every error's text, the one source of it: templates with `{name}` slots. An error leaves
//! the core as the positions of two templates (its description and its message) and the values of
//! their slots ([`Error::parts`]); the codegen writes the templates (`templates.rs`) into the
//! package's `messages.js`, where `B24Error` composes the text, so no text is formatted in the
//! .wasm. Natively, `Display` renders the same templates ([`render`]).

use super::templates::TEMPLATES;
use super::{BadReplyKind, Error, Problem, SkipCause};

/// The position of a template, by name, as a constant (checked when the crate is built).
macro_rules! t {
    ($name:literal) => {{
        const AT: u8 = super::templates::index($name);
        // Indexing in a constant: a name not in the table does not compile.
        const _: &(&str, &str) = &TEMPLATES[AT as usize];
        AT
    }};
}
use crate::prelude::*;
use crate::text::{decimal, unsigned};

/// An error as it crosses to JS: the names of its templates, and its slots' values.
pub struct Parts {
    pub description: u8,
    pub message: u8,
    pub args: Vec<(&'static str, String)>,
}

fn count(n: impl TryInto<u64>) -> String {
    unsigned(n.try_into().unwrap_or(u64::MAX))
}

/// Names with a separator between them, each between `quote`s.
fn listed(names: &[&str], separator: &str, quote: &str) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(quote);
        out.push_str(name);
        out.push_str(quote);
    }
    out
}

/// A problem's template and its slots (but `field`).
fn problem_parts(problem: &Problem, args: &mut Vec<(&'static str, String)>) -> u8 {
    let mut arg = |name: &'static str, value: String| args.push((name, value));
    match problem {
        Problem::Missing => t!("missing"),
        Problem::OneOfMissing(names) => {
            let others = names.get(1..).unwrap_or_default();
            arg("names", listed(others, ", ", ""));
            if others.len() == 1 {
                t!("one_of_missing_1")
            } else {
                t!("one_of_missing")
            }
        }
        Problem::ExactlyOne(names) => {
            arg("names", listed(names, ", ", ""));
            t!("exactly_one")
        }
        Problem::Together(names) => {
            arg("names", listed(names, ", ", ""));
            t!("together")
        }
        Problem::Empty => t!("empty"),
        Problem::MissingUnless { when, is } => {
            arg("when", when.to_string());
            arg("is", is.to_string());
            t!("missing_unless")
        }
        Problem::OutOfRange { min, max } => {
            arg("min", decimal(*min));
            arg("max", decimal(*max));
            t!("out_of_range")
        }
        Problem::TooMany { max, got } => {
            arg("max", count(*max));
            arg("got", count(*got));
            t!("too_many")
        }
        Problem::TooShort { min, got } => {
            arg("min", count(*min));
            arg("got", count(*got));
            if *got == 1 {
                t!("too_short_1")
            } else {
                t!("too_short")
            }
        }
        Problem::NotLength { want, got } => {
            arg("want", count(*want));
            arg("got", count(*got));
            t!("not_length")
        }
        Problem::Unknown => t!("unknown"),
        Problem::WrongType(expected) => {
            arg("expected", expected.to_string());
            t!("wrong_type")
        }
        Problem::NotAllowed(values) => {
            arg("values", listed(values, ", ", "\""));
            t!("not_allowed")
        }
        Problem::TooLong { max, got } => {
            arg("max", count(*max));
            arg("got", count(*got));
            t!("too_long")
        }
        Problem::NotAnObject => t!("not_an_object"),
        Problem::BadKey => t!("bad_key"),
        Problem::DuplicateKey => t!("duplicate_key"),
        Problem::NestedBatch => t!("nested_batch"),
        Problem::BadReference => t!("bad_reference"),
        Problem::SetByList => t!("set_by_list"),
        Problem::BadMethodName => t!("bad_method_name"),
        Problem::InexactNumber => t!("inexact_number"),
        Problem::TooDeep => t!("too_deep"),
        Problem::ListOption(why) => {
            arg("why", why.to_string());
            t!("list_option")
        }
        Problem::Refused(why) => {
            arg("why", why.to_string());
            t!("refused")
        }
        Problem::NotWith(names) => {
            arg("names", listed(names, ", ", ""));
            t!("not_with")
        }
        Problem::EndsBeforeStart { from } => {
            arg("from", from.to_string());
            t!("ends_before_start")
        }
        Problem::PeriodTooLong { max_days } => {
            arg("max_days", count(*max_days));
            t!("period_too_long")
        }
        Problem::NeedsOneOf(groups) => {
            let mut text = String::new();
            for (i, group) in groups.iter().enumerate() {
                if i > 0 {
                    text.push_str(", or ");
                }
                text.push_str(&listed(group, " and ", ""));
            }
            arg("groups", text);
            t!("needs_one_of")
        }
        Problem::UnresolvedReference => t!("unresolved_reference"),
        Problem::PhpName => t!("php_name"),
    }
}

fn reply_template(kind: BadReplyKind) -> u8 {
    match kind {
        BadReplyKind::Html => t!("reply_html"),
        BadReplyKind::Empty => t!("reply_empty"),
        BadReplyKind::Truncated => t!("reply_truncated"),
        BadReplyKind::NotJson => t!("reply_not_json"),
        BadReplyKind::NoResult => t!("reply_no_result"),
        BadReplyKind::Redirect => t!("reply_redirect"),
        BadReplyKind::BadStatus => t!("reply_bad_status"),
        BadReplyKind::NoRows => t!("reply_no_rows"),
        BadReplyKind::NoProgress => t!("reply_no_progress"),
    }
}

impl Error {
    /// The error's templates and slot values: what JS composes `description` and `message` of.
    pub fn parts(&self) -> Parts {
        let mut args = Vec::new();
        if let Some(method) = self.method() {
            args.push(("method", method.to_string()));
        }
        let text = |args: &mut Vec<_>, text: &str| args.push(("text", text.to_string()));
        let description = match self {
            Error::InvalidParam { field, problem, .. } => {
                args.push(("field", field.clone()));
                problem_parts(problem, &mut args)
            }
            Error::Api {
                code,
                status,
                description,
                ..
            } => {
                args.push(("code", code.clone()));
                args.push(("status", count(*status)));
                text(&mut args, description);
                t!("text")
            }
            Error::BadReply { status, kind, .. } => {
                args.push(("status", count(*status)));
                reply_template(*kind)
            }
            Error::Network { message, .. } | Error::InvalidConfig { message } => {
                text(&mut args, message);
                t!("text")
            }
            Error::OutcomeUnknown { message, .. } => {
                text(&mut args, message);
                t!("outcome_unknown")
            }
            Error::NotSent { message, .. } => {
                text(&mut args, message);
                t!("not_sent")
            }
            Error::Skipped { cause, .. } => match cause {
                SkipCause::Halt => t!("skipped_halt"),
                SkipCause::Reference(key) => {
                    args.push(("key", key.clone()));
                    t!("skipped_reference")
                }
            },
            Error::Refresh { message, .. } => {
                text(&mut args, message);
                t!("refresh_failed")
            }
        };
        let message = match self {
            Error::Api { .. } => t!("message_api"),
            Error::BadReply { .. } => t!("message_bad_reply"),
            _ if self.method().is_none() => t!("message_b24"),
            _ => t!("message"),
        };
        Parts {
            description,
            message,
            args,
        }
    }
}

/// The template at `template` with its slots filled from `args` (in one pass: a value's own braces
/// stay as they are). The JS side (`error.js`) does the same.
pub fn render(template: u8, args: &[(&str, String)]) -> String {
    let template = TEMPLATES.get(usize::from(template)).map_or("", |(_, t)| t);
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if after[..close]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                let slot = &after[..close];
                let value = args.iter().find(|(n, _)| *n == slot).map_or("", |(_, v)| v);
                out.push_str(value);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Parts {
    /// The description, then the message (whose `{description}` slot takes it).
    pub fn render(mut self) -> (String, String) {
        let description = render(self.description, &self.args);
        self.args.push(("description", description.clone()));
        let message = render(self.message, &self.args);
        (description, message)
    }
}
