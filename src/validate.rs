//! The one interpreter of the method table: checks params against a method's entry before
//! anything goes on the wire.

use crate::error::{Error, Problem};
use crate::json::{self, node::integer, Fields, Node};
use crate::prelude::*;
use crate::schema::{Limit, Method, Obj, Param, Rule, Ty};
use serde_json::Value;

/// Checks `params` (a JSON object) against `method`; the first problem found is the error.
pub fn validate(method: &Method, params: &Value) -> Result<(), Error> {
    let text = text_of(params);
    validate_in(method, &node_of(&text), Mode::Params)
}

/// Like `validate`, for a batch command: a `$result[key][field]` reference stands for a value
/// of any type (the portal fills it in before the command runs).
pub fn validate_batch(method: &Method, params: &Value) -> Result<(), Error> {
    let text = text_of(params);
    validate_in(method, &node_of(&text), Mode::Batch)
}

/// Checks params read by `crate::json` (the call path: the text is read once, no `Value`).
pub fn validate_params(method: &Method, params: &Node) -> Result<(), Error> {
    validate_in(method, params, Mode::Params)
}

/// Callers that still hold a `Value` (the batch and list paths, which then send a request
/// anyway) are checked through its text: one checker, over `Node`.
fn text_of(value: &Value) -> String {
    // Display, not serde_json::to_string: the .wasm links the Display writer already.
    value.to_string()
}

fn node_of(text: &str) -> Node<'_> {
    json::parse(text).unwrap_or(Node::Null)
}

fn validate_in(method: &Method, params: &Node, mode: Mode) -> Result<(), Error> {
    let fail = |field: String, problem| Error::InvalidParam {
        method: method.name.to_string(),
        field,
        problem,
    };
    let Some(object) = params.as_object() else {
        return Err(fail("params".to_string(), Problem::NotAnObject));
    };
    let top = Obj {
        fields: method.params,
        rules: method.rules,
    };
    check_fields(&top, object, At::Top(""), mode).map_err(|(field, problem)| fail(field, problem))
}

/// Checks a reply's `result` against a declared result type; `Err` names the first mismatch.
/// In results `""` is a value, `null` stands for any type, and `req` fields must be present.
pub fn check_result(ty: &Ty, result: &Value) -> Result<(), (String, Problem)> {
    let text = text_of(result);
    check_node(ty, &node_of(&text), At::Top("result"), Mode::Result)
}

/// Params are what a caller sends; results are what the portal answers.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    Params,
    /// Params of a batch command, where references to earlier results are allowed.
    Batch,
    Result,
}

type Failure = (String, Problem);

/// Where a value sits, as a chain back to the top. It is written out as a dotted path only
/// when a check fails: building that text for every field was a third of `check()`'s time.
#[derive(Clone, Copy)]
pub(crate) enum At<'a> {
    /// The top: `""` for params (their fields are named bare), `"result"` for a reply.
    Top(&'a str),
    Field(&'a At<'a>, &'a str),
    Item(&'a At<'a>, usize),
}

impl At<'_> {
    fn text(&self) -> String {
        let join = |parent: &At, name: &str| {
            let prefix = parent.text();
            if prefix.is_empty() {
                name.to_string()
            } else {
                [&prefix, ".", name].concat()
            }
        };
        match self {
            At::Top(name) => name.to_string(),
            At::Field(parent, name) => join(parent, name),
            At::Item(parent, index) => join(parent, &crate::text::unsigned(*index as u64)),
        }
    }

    /// The path of field `name` here; `""` (a rule over the whole object) names the object.
    fn named(&self, name: &str) -> String {
        if !name.is_empty() {
            return At::Field(self, name).text();
        }
        match self.text() {
            top if top.is_empty() => "params".to_string(),
            object => object,
        }
    }
}

/// A missing field, `null` and `""` all count as absent: the portal treats them alike.
fn is_absent(value: Option<&Node>) -> bool {
    matches!(value, None | Some(Node::Null)) || value.and_then(Node::as_str) == Some("")
}

/// Field `name` of an object.
fn get<'n, 'a>(object: &'n Fields<'a>, name: &str) -> Option<&'n Node<'a>> {
    json::node::get(object, name)
}

fn check_fields(shape: &Obj, object: &Fields, at: At, mode: Mode) -> Result<(), Failure> {
    let fields: &[Param] = shape.fields;
    // Fields are looked up in the table's order, which is mostly the text's (`get_next`).
    let mut next = 0;
    // Every key is a field unless fewer fields are present than keys (the field names of an
    // object are distinct); only then is the unknown one looked for.
    let known = fields
        .iter()
        .filter(|p| json::node::get_next(object, p.name, &mut next).is_some())
        .count();
    if known != object.len() {
        // The first unknown key in key order: the one serde_json's sorted map named.
        let unknown = object
            .iter()
            .map(|f| f.key.as_ref())
            .filter(|k| !fields.iter().any(|p| p.name == *k))
            .min();
        if let Some(unknown) = unknown {
            return Err((at.named(unknown), Problem::Unknown));
        }
    }
    let mut next = 0;
    for param in fields {
        let value = json::node::get_next(object, param.name, &mut next);
        let here = At::Field(&at, param.name);
        let absent = match mode {
            Mode::Params | Mode::Batch => is_absent(value),
            Mode::Result => value.is_none(),
        };
        if absent {
            if param.required {
                return Err((here.text(), Problem::Missing));
            }
            continue;
        }
        if let Some(value) = value {
            check_node(&param.ty, value, here, mode)?;
            check_node_limit(param.limit, value).map_err(|p| (here.text(), p))?;
        }
    }
    // Results are what the portal sends; the rules bind what a caller sends.
    if mode == Mode::Result {
        return Ok(());
    }
    shape.rules.iter().try_for_each(|rule| match *rule {
        Rule::PlacementOptions { by, options } => {
            check_placement_options(object, by, options, at, mode)
        }
        _ => check_rule(rule, object).map_err(|(f, p)| (at.named(f), p)),
    })
}

/// `placement.bind`: `OPTIONS` as the placements table declares it for the `PLACEMENT` code
/// (already checked against the codes), or the table's reason when the code is bound another
/// way. A `context` option is a `;`-separated list of the documented chat types.
fn check_placement_options(
    object: &Fields,
    code: &'static str,
    options: &'static str,
    at: At,
    mode: Mode,
) -> Result<(), Failure> {
    let Some(given) = get(object, code).and_then(Node::as_str) else {
        return Ok(());
    };
    let shape = match crate::placements::bind_options(given) {
        None => return Ok(()),
        Some(Err(why)) => return Err((at.named(code), Problem::Refused(why))),
        Some(Ok(shape)) => shape,
    };
    let value = get(object, options);
    let here = At::Field(&at, options);
    if is_absent(value) {
        // Required keys (iconName) make the whole object required.
        return match shape.fields.iter().find(|p| p.required) {
            Some(first) => Err((At::Field(&here, first.name).text(), Problem::Missing)),
            None => Ok(()),
        };
    }
    let Some(fields) = value.and_then(Node::as_object) else {
        return Err((here.text(), Problem::WrongType("an object")));
    };
    check_fields(&shape, fields, here, mode)?;
    if let Some(list) = get(fields, "context").and_then(Node::as_str) {
        if list
            .split(';')
            .any(|c| !crate::placements::CONTEXTS.contains(&c.trim()))
        {
            return Err((
                At::Field(&here, "context").text(),
                Problem::NotAllowed(crate::placements::CONTEXTS),
            ));
        }
    }
    Ok(())
}

/// Checks one rule over an object's fields; the failure names the first member of the group
/// (the problem names every member).
fn check_rule(rule: &Rule, object: &Fields) -> Result<(), (&'static str, Problem)> {
    let given = |name: &str| !is_absent(get(object, name));
    let first = |names: &'static [&'static str]| names.first().copied().unwrap_or("params");
    match *rule {
        Rule::AnyOf(names) if !names.iter().any(|n| given(n)) => {
            Err((first(names), Problem::OneOfMissing(names)))
        }
        Rule::ExactlyOne(names) => match names.iter().filter(|n| given(n)).count() {
            1 => Ok(()),
            0 => Err((first(names), Problem::ExactlyOne(names))),
            _ => Err((
                names
                    .iter()
                    .copied()
                    .find(|n| given(n))
                    .unwrap_or(first(names)),
                Problem::ExactlyOne(names),
            )),
        },
        Rule::Together(names) => match names.iter().find(|n| !given(n)) {
            Some(missing) if names.iter().any(|n| given(n)) => {
                Err((missing, Problem::Together(names)))
            }
            _ => Ok(()),
        },
        Rule::NotEmpty if !object.iter().any(|f| !is_absent(Some(&f.value))) => {
            Err(("", Problem::Empty))
        }
        Rule::NeededUnless { field, when, is } => {
            let exempt = get(object, when).and_then(enum_text) == Some(is);
            if exempt || given(field) {
                Ok(())
            } else {
                Err((field, Problem::MissingUnless { when, is }))
            }
        }
        Rule::AtMostOne(names) => match names.iter().filter(|n| given(n)).nth(1) {
            Some(second) => Err((second, Problem::NotWith(names))),
            None => Ok(()),
        },
        Rule::Period { from, to, max_days } => check_period(object, from, to, max_days),
        Rule::NeedsOneOf { field, groups } => {
            let full = groups.iter().any(|group| group.iter().all(|n| given(n)));
            if given(field) && !full {
                Err((field, Problem::NeedsOneOf(groups)))
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// What an ISO 8601-only date param expects.
const ISO_DATE: &str = "an ISO 8601 date such as \"2026-06-15\" or \"2026-06-15T14:32:10+02:00\"";

/// A period's ends: each given one is ISO 8601, the end is not before the start and not more
/// than `max_days` after it. Ends without a zone are compared as written (same zone).
fn check_period(
    object: &Fields,
    from: &'static str,
    to: &'static str,
    max_days: u32,
) -> Result<(), (&'static str, Problem)> {
    let instant = |name: &'static str| -> Result<Option<i64>, (&'static str, Problem)> {
        match get(object, name) {
            value if is_absent(value) => Ok(None),
            Some(Node::Str(s)) => iso_seconds(s)
                .map(Some)
                .ok_or((name, Problem::WrongType(ISO_DATE))),
            _ => Err((name, Problem::WrongType(ISO_DATE))),
        }
    };
    let (start, end) = (instant(from)?, instant(to)?);
    match (start, end) {
        (Some(start), Some(end)) if end < start => Err((to, Problem::EndsBeforeStart { from })),
        (Some(start), Some(end)) if end - start > i64::from(max_days) * 86_400 => {
            Err((to, Problem::PeriodTooLong { max_days }))
        }
        _ => Ok(()),
    }
}

/// Seconds since 1970 of an ISO 8601 date (`YYYY-MM-DD`) or date-time (`T` or a space, then
/// `HH:MM[:SS[.fff]]` and an optional `Z` or `±HH:MM` zone); `None` for anything else.
fn iso_seconds(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (true, Some((rest, true))) = (is_date(s), calendar_date(b)) else {
        return None;
    };
    let num = |at: usize, len: usize| -> Option<i64> {
        let part = b.get(at..at + len)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    // Days from 1970-01-01 (the civil-from-days inverse, proleptic Gregorian).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let mut seconds = days * 86_400;
    if rest.len() > 1 {
        // `is_date` has checked the time and zone; read them.
        let t = 11;
        seconds += num(t, 2)? * 3600 + num(t + 3, 2)? * 60;
        if b.get(t + 5) == Some(&b':') {
            seconds += num(t + 6, 2)?;
        }
        let time = b.get(t..)?;
        if let Some(zone_at) = time.iter().position(|c| *c == b'+' || *c == b'-') {
            let at = t + zone_at;
            let sign = if time.get(zone_at) == Some(&b'-') {
                -1
            } else {
                1
            };
            let hours = num(at + 1, 2)?;
            let minutes = match b.get(at + 3) {
                Some(b':') => num(at + 4, 2)?,
                _ => num(at + 3, 2).unwrap_or(0),
            };
            seconds -= sign * (hours * 3600 + minutes * 60);
        }
    }
    Some(seconds)
}

fn check_node_limit(limit: Limit, value: &Node) -> Result<(), Problem> {
    let (max, got) = match limit {
        Limit::None => return Ok(()),
        Limit::ExactChars(n) => {
            let got = value.as_str().map_or(0, |s| s.chars().count());
            if got != n as usize {
                return Err(Problem::NotLength { want: n, got });
            }
            return Ok(());
        }
        Limit::MinChars(min) => {
            // Numbers are sent as their digits; only strings are counted.
            let got = value.as_str().map_or(usize::MAX, |s| s.chars().count());
            if got < min as usize {
                return Err(Problem::TooShort { min, got });
            }
            return Ok(());
        }
        Limit::Range { min, max } => {
            // Only whole numbers carry ranges in the docs; another type was refused already.
            return match int_of(value) {
                Some(n) if n < min || n > max => Err(Problem::OutOfRange { min, max }),
                Some(_) => Ok(()),
                None => Err(Problem::OutOfRange { min, max }),
            };
        }
        Limit::MaxItems(max) => {
            let got = match value {
                Node::Arr(items) => items.len(),
                Node::Obj(fields) => fields.len(),
                _ => 0,
            };
            if got > max as usize {
                return Err(Problem::TooMany { max, got });
            }
            return Ok(());
        }
        Limit::MaxUniqueItems(max) => {
            let items = value.as_array().unwrap_or_default();
            // Lists of ids are short (the docs cap them at 100); a quadratic count stays small
            // and needs no hashing of JSON values.
            let got = items
                .iter()
                .enumerate()
                .filter(|(i, item)| !items.iter().take(*i).any(|before| same_item(before, item)))
                .count();
            if got > max as usize {
                return Err(Problem::TooMany { max, got });
            }
            return Ok(());
        }
        Limit::MaxChars(max) => (max, value.as_str().map_or(0, |s| s.chars().count())),
        Limit::MaxJson(max) => (max, node_len(value)),
    };
    if got > max as usize {
        return Err(Problem::TooLong { max, got });
    }
    Ok(())
}

/// Whether two list items are the same to the portal: `7` and `"7"` are one ID.
fn same_item(a: &Node, b: &Node) -> bool {
    match (enum_text(a), enum_text(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
}

/// How many characters `value` takes as compact JSON, counted without writing it out (writing
/// floats would pull float formatting into the .wasm). A float counts as its longest form.
fn node_len(value: &Node) -> usize {
    fn string_len(s: &str) -> usize {
        2 + s
            .chars()
            .map(|c| match c {
                '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
                c if (c as u32) < 0x20 => 6,
                _ => 1,
            })
            .sum::<usize>()
    }
    match value {
        Node::Null => 4,
        Node::Bool(b) => 4 + usize::from(!*b),
        // An integer is written as read (JSON has no leading zeros or plus).
        Node::Num(text) if integer(text).is_some() => text.len(),
        Node::Num(_) => 24,
        Node::Str(s) => string_len(s),
        Node::Arr(items) => {
            2 + items.len().saturating_sub(1) + items.iter().map(node_len).sum::<usize>()
        }
        Node::Obj(fields) => {
            2 + fields.len().saturating_sub(1)
                + fields
                    .iter()
                    .map(|f| string_len(&f.key) + 1 + node_len(&f.value))
                    .sum::<usize>()
        }
    }
}

/// An integer value, sent as a number or as its digits.
fn int_of(value: &Node) -> Option<i64> {
    match value {
        Node::Num(_) => value.as_i64(),
        Node::Str(s) if is_int_text(s) => s.parse().ok(),
        _ => None,
    }
}

fn is_int_text(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `-12`, `3.5`, `1e-3`: JSON's number syntax, checked by hand because parsing an f64 would
/// pull float tables into the .wasm for a yes/no answer.
fn is_number_text(s: &str) -> bool {
    let s = s.trim();
    let s = s.strip_prefix('-').unwrap_or(s);
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let whole = digits(s);
    let mut rest = s.as_bytes().get(whole..).unwrap_or_default();
    if whole == 0 {
        return false;
    }
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = fraction.get(n..).unwrap_or_default();
    }
    if let Some(exponent) = rest.strip_prefix(b"e").or_else(|| rest.strip_prefix(b"E")) {
        let exponent = exponent
            .strip_prefix(b"-")
            .or_else(|| exponent.strip_prefix(b"+"))
            .unwrap_or(exponent);
        let n = exponent.iter().take_while(|b| b.is_ascii_digit()).count();
        return n > 0 && n == exponent.len();
    }
    rest.is_empty()
}

/// `n` digits at the start of `s` as a number, and what follows them.
fn digits(s: &[u8], n: usize) -> Option<(u32, &[u8])> {
    let head = s.get(..n)?;
    let mut value = 0;
    for &b in head {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    Some((value, s.get(n..)?))
}

/// `HH:MM` (00:00 to 23:59) at the start of `s`, and what follows.
fn clock(s: &[u8]) -> Option<&[u8]> {
    let (hours, s) = digits(s, 2)?;
    let (minutes, s) = digits(s.strip_prefix(b":")?, 2)?;
    (hours < 24 && minutes < 60).then_some(s)
}

/// `HH:MM`, 00:00 to 23:59.
fn is_hh_mm(s: &str) -> bool {
    clock(s.as_bytes()).is_some_and(<[u8]>::is_empty)
}

/// A time of day: `HH:MM`, optionally `:SS` and a fraction, then (where `zone` allows it)
/// `Z` or an offset `±HH`, `±HHMM`, `±HH:MM`.
fn is_time_of_day(s: &[u8], zone: bool) -> bool {
    let Some(mut rest) = clock(s) else {
        return false;
    };
    if let Some(seconds) = rest.strip_prefix(b":") {
        match digits(seconds, 2) {
            Some((n, after)) if n < 60 => rest = after,
            _ => return false,
        }
        if let Some(fraction) = rest.strip_prefix(b".") {
            let n = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
            rest = fraction.get(n..).unwrap_or_default();
            if n == 0 {
                return false;
            }
        }
    }
    let offset = match rest {
        [] => return true,
        [b'Z'] => return zone,
        [b'+' | b'-', offset @ ..] if zone => offset,
        _ => return false,
    };
    let Some((hours, after)) = digits(offset, 2) else {
        return false;
    };
    let after = after.strip_prefix(b":").unwrap_or(after);
    hours <= 14
        && (after.is_empty() || digits(after, 2).is_some_and(|(m, end)| m < 60 && end.is_empty()))
}

fn is_calendar_day(year: u32, month: u32, day: u32) -> bool {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&day)
}

/// `YYYY-MM-DD` (ISO 8601) or `DD.MM.YYYY` (the portal's) at the start of `s`: the day is
/// checked against the calendar. Returns what follows, and whether it was ISO.
fn calendar_date(s: &[u8]) -> Option<(&[u8], bool)> {
    let (year, month, day, rest, iso) = match digits(s, 4) {
        Some((year, rest)) if rest.first() == Some(&b'-') => {
            let (month, rest) = digits(rest.get(1..)?, 2)?;
            let (day, rest) = digits(rest.strip_prefix(b"-")?, 2)?;
            (year, month, day, rest, true)
        }
        _ => {
            let (day, rest) = digits(s, 2)?;
            let (month, rest) = digits(rest.strip_prefix(b".")?, 2)?;
            let (year, rest) = digits(rest.strip_prefix(b".")?, 4)?;
            (year, month, day, rest, false)
        }
    };
    is_calendar_day(year, month, day).then_some((rest, iso))
}

/// A date as ISO 8601 (`YYYY-MM-DD`, optionally `T` or a space and a time with its zone) or
/// as the portal writes it (`DD.MM.YYYY`, optionally a space and a time). Checked by hand:
/// a date library would cost the .wasm more than the whole table.
fn is_date(s: &str) -> bool {
    match calendar_date(s.as_bytes()) {
        Some(([], _)) => true,
        Some(([b'T', time @ ..], true)) => is_time_of_day(time, true),
        Some(([b' ', time @ ..], iso)) => is_time_of_day(time, iso),
        _ => false,
    }
}

/// The value as enum text: strings as they are, integers in decimal (their JSON text, which
/// has no leading zeros or plus).
fn enum_text<'n>(value: &'n Node) -> Option<&'n str> {
    match value {
        Node::Str(s) => Some(s),
        Node::Num(text) if integer(text).is_some() => Some(text),
        _ => None,
    }
}

/// Whether the value, as enum text, is one of `values`.
fn is_one_of(values: &[&str], value: &Node) -> bool {
    enum_text(value).is_some_and(|text| values.contains(&text))
}

// The unit tests hold `Value`s: these read them through their text into the `Node` checks.
#[cfg(test)]
use serde_json::Map;

#[cfg(test)]
fn check_limit(limit: Limit, value: &Value) -> Result<(), Problem> {
    let text = text_of(value);
    check_node_limit(limit, &node_of(&text))
}

#[cfg(test)]
fn json_len(value: &Value) -> usize {
    let text = text_of(value);
    node_len(&node_of(&text))
}

#[cfg(test)]
pub(crate) fn check_value(ty: &Ty, value: &Value, at: At, mode: Mode) -> Result<(), Failure> {
    let text = text_of(value);
    check_node(ty, &node_of(&text), at, mode)
}

/// Checks every value of a map; the failure is that of the first key in key order (as
/// serde_json's sorted map gave it), looked for only once something failed.
fn check_map(item: &Ty, object: &Fields, at: At, mode: Mode) -> Result<(), Failure> {
    let check = |f: &json::Field| check_node(item, &f.value, At::Field(&at, &f.key), mode);
    if object.iter().try_for_each(check).is_ok() {
        return Ok(());
    }
    let first = object
        .iter()
        .filter(|f| check(f).is_err())
        .min_by(|a, b| a.key.cmp(&b.key));
    first.map_or(Ok(()), check)
}

/// Checks one value against one type; `at` is where it sits, for the error.
pub(crate) fn check_node(ty: &Ty, value: &Node, at: At, mode: Mode) -> Result<(), Failure> {
    if mode == Mode::Result && value.is_null() {
        return Ok(());
    }
    if mode == Mode::Batch && value.as_str().is_some_and(|s| s.starts_with("$result[")) {
        return Ok(());
    }
    let wrong = |expected: &'static str| Err((at.text(), Problem::WrongType(expected)));
    match ty {
        Ty::Any => Ok(()),
        Ty::Str => match value {
            Node::Str(_) => Ok(()),
            // The portal reads numbers sent for text as their decimal text.
            Node::Num(_) => Ok(()),
            _ => wrong("a string"),
        },
        Ty::Int => match value {
            Node::Num(text) if integer(text).is_some() => Ok(()),
            Node::Str(s) if is_int_text(s) => Ok(()),
            _ => wrong("an integer (or a string of digits)"),
        },
        Ty::Num => match value {
            Node::Num(_) => Ok(()),
            Node::Str(s) if is_number_text(s) => Ok(()),
            _ => wrong("a number"),
        },
        Ty::Bool => match value {
            Node::Bool(_) => Ok(()),
            Node::Str(s) if s == "Y" || s == "N" => Ok(()),
            _ => wrong("true, false, \"Y\" or \"N\""),
        },
        Ty::Date => match value {
            Node::Str(s) if is_date(s) => Ok(()),
            _ => wrong("a date such as \"2024-10-11\", \"2024-10-11T10:00:00+03:00\" or \"11.10.2024 10:00\""),
        },
        Ty::Time => match value {
            Node::Str(s) if is_hh_mm(s) => Ok(()),
            _ => wrong("a time of day as \"HH:MM\" (00:00 to 23:59)"),
        },
        Ty::File => match value {
            Node::Str(_) => Ok(()),
            Node::Arr(parts) if !parts.is_empty() && parts.iter().all(|p| p.as_str().is_some()) => {
                Ok(())
            }
            _ => wrong("a file: [\"name.ext\", \"<base64>\"]"),
        },
        Ty::Enum(values) if is_one_of(values, value) => Ok(()),
        Ty::Enum(values) => Err((at.text(), Problem::NotAllowed(values))),
        Ty::Array(item) => match value {
            Node::Arr(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| check_node(item, v, At::Item(&at, i), mode)),
            _ => wrong("an array"),
        },
        Ty::Object(shape) => match value {
            Node::Obj(object) => check_fields(shape, object, at, mode),
            _ => wrong("an object"),
        },
        Ty::Map(item) => match value {
            Node::Obj(object) => check_map(item, object, at, mode),
            _ => wrong("an object"),
        },
        Ty::Either(choices) => {
            let mut first = None;
            for choice in choices.iter() {
                match check_node(choice, value, at, mode) {
                    Ok(()) => return Ok(()),
                    Err(failure) => {
                        first.get_or_insert(failure);
                    }
                }
            }
            Err(first.unwrap_or_else(|| (at.text(), Problem::WrongType("a valid value"))))
        }
    }
}

#[cfg(test)]
mod tests;

// The checker before this reader, and random params held against both (native: proptest).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod before;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod differential;
