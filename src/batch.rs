//! `batch`: up to 50 commands in one request (`settings/how-to-call-rest-api/batch.md`).
//!
//! Each command is validated like a single call, then written as the portal expects:
//! `"method?<query string>"` with nested params in PHP bracket form. More than 50 commands are
//! split into several requests; a command may refer to an earlier one's result with
//! `$result[key][field]...`, which the portal fills in within one request and the batch op
//! (`crate::core::ops`) fills in itself across requests.

use crate::error::{Error, Problem};
use crate::methods;
use crate::prelude::*;
use crate::schema::Method;
use crate::text;
use crate::validate::validate_batch;
use serde_json::{Map, Value};

/// The portal's limit of commands per batch request.
pub const MAX_COMMANDS: usize = 50;

/// One command of a batch.
#[derive(Clone, Debug, PartialEq)]
pub struct Command {
    /// Its key: the name `$result[key]` refers to, and where its result is reported.
    pub key: String,
    pub method: String,
    /// A JSON object.
    pub params: Value,
}

/// What one command gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub key: String,
    pub result: Result<Value, Error>,
    /// `total` and `next` of a list method's page.
    pub total: Option<u64>,
    pub next: Option<u64>,
}

/// A reference to an earlier command's result: `$result[key]` followed by `[field]` parts.
fn parse_reference(text: &str) -> Option<(&str, Vec<&str>)> {
    let mut rest = text.strip_prefix("$result[")?;
    let (key, after) = rest.split_once(']')?;
    rest = after;
    let mut path = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let (part, after) = inner.split_once(']')?;
        path.push(part);
        rest = after;
    }
    rest.is_empty().then_some((key, path))
}

/// The value a reference points to, when its command has run.
fn resolve<'a>(results: &'a Map<String, Value>, key: &str, path: &[&str]) -> Option<&'a Value> {
    path.iter()
        .try_fold(results.get(key)?, |value, part| match value {
            Value::Array(items) => items.get(part.parse::<usize>().ok()?),
            Value::Object(fields) => fields.get(*part),
            _ => None,
        })
}

/// `parent.tail` (or `parent` alone at a leaf): paths are built only on the way back from a
/// find, so checking costs no allocation per param.
fn join(parent: &str, tail: String) -> String {
    if tail.is_empty() {
        parent.to_string()
    } else {
        [parent, ".", &tail].concat()
    }
}

/// `$result[...]` references inside a longer text, as the portal finds them (its
/// `processBatchElement`): `$result` and the non-blank run after it, whose `[...]` groups are
/// the key and the path; the whole run is what the portal replaces.
fn embedded_references(text: &str) -> Vec<(core::ops::Range<usize>, &str, Vec<&str>)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text
        .get(from..)
        .and_then(|rest| text::find(rest, "$result["))
    {
        let start = from + at;
        let tail = text.get(start..).unwrap_or_default();
        let end = start + tail.find(char::is_whitespace).unwrap_or(tail.len());
        let mut groups = Vec::new();
        let mut rest = text.get(start + "$result".len()..end).unwrap_or_default();
        while let Some(open) = rest.find('[') {
            let inner = rest.get(open + 1..).unwrap_or_default();
            let Some(close) = inner.find(']') else { break };
            if close > 0 {
                groups.push(inner.get(..close).unwrap_or_default());
            }
            rest = inner.get(close + 1..).unwrap_or_default();
        }
        if let Some((key, path)) = groups.split_first() {
            found.push((start..end, *key, path.to_vec()));
        }
        from = end.max(start + 1);
    }
    found
}

/// Every key a text refers to: a whole reference (`$result[a][ID]`) or ones inside it
/// (`"order $result[a][ID] done"`).
fn referred_keys(text: &str) -> Vec<&str> {
    match parse_reference(text) {
        Some((key, _)) => vec![key],
        None if text::find(text, "$result[").is_some() => embedded_references(text)
            .into_iter()
            .map(|(_, key, _)| key)
            .collect(),
        None => Vec::new(),
    }
}

/// `text` with its references to earlier requests replaced by the values' text, as PHP's
/// `str_replace` writes them (true is "1", false and null ""); `None` when it has none.
fn substitute_inside(text: &str, earlier: &Map<String, Value>) -> Result<Option<String>, Problem> {
    let found = embedded_references(text);
    if !found.iter().any(|(_, key, _)| earlier.contains_key(*key)) {
        return Ok(None);
    }
    let mut out = String::new();
    let mut last = 0;
    for (range, key, path) in found {
        if !earlier.contains_key(key) {
            continue; // a command of the same request: the portal fills it in
        }
        let value = resolve(earlier, key, &path).ok_or(Problem::UnresolvedReference)?;
        let piece = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(true) => "1".to_string(),
            Value::Bool(false) | Value::Null => String::new(),
            _ => {
                return Err(Problem::WrongType(
                    "text, a number or true/false where a $result reference sits inside a text",
                ))
            }
        };
        out.push_str(text.get(last..range.start).unwrap_or_default());
        out.push_str(&piece);
        last = range.end;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    Ok(Some(out))
}

/// Replaces references to commands of earlier requests (those in `earlier`) with their
/// values, whole (`$result[a][ID]` becomes the value) or inside a text; references to commands
/// of the same request are left for the portal. `Err` gives the dotted path of the first
/// reference the portal would misread: to a field the earlier result lacks (sent as it is, the
/// portal would read the reference's own text), or to an object inside a text.
pub(crate) fn substitute(
    value: &mut Value,
    earlier: &Map<String, Value>,
) -> Result<(), (String, Problem)> {
    let under = |at: String| move |(tail, problem): (String, Problem)| (join(&at, tail), problem);
    match value {
        Value::String(text) => {
            if let Some((key, path)) = parse_reference(text) {
                if earlier.contains_key(key) {
                    match resolve(earlier, key, &path) {
                        Some(found) => *value = found.clone(),
                        None => return Err((String::new(), Problem::UnresolvedReference)),
                    }
                }
            } else if let Some(filled) =
                substitute_inside(text, earlier).map_err(|problem| (String::new(), problem))?
            {
                *text = filled;
            }
            Ok(())
        }
        Value::Array(items) => items
            .iter_mut()
            .enumerate()
            .try_for_each(|(i, v)| substitute(v, earlier).map_err(under(text::unsigned(i as u64)))),
        Value::Object(fields) => fields
            .iter_mut()
            .try_for_each(|(k, v)| substitute(v, earlier).map_err(under(k.clone()))),
        _ => Ok(()),
    }
}

/// Every key a command's params refer to.
pub(crate) fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.extend(referred_keys(text).into_iter().map(str::to_string)),
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| references(v, out)),
        _ => {}
    }
}

/// The dotted path of the first reference whose key is `bad`.
fn bad_reference(value: &Value, bad: &impl Fn(&str) -> bool) -> Option<String> {
    match value {
        Value::String(text) => referred_keys(text).into_iter().any(bad).then(String::new),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| {
            bad_reference(v, bad).map(|tail| join(&text::unsigned(i as u64), tail))
        }),
        Value::Object(fields) => fields
            .iter()
            .find_map(|(k, v)| bad_reference(v, bad).map(|tail| join(k, tail))),
        _ => None,
    }
}

/// The first param name, as a dotted path, that PHP's `parse_str` (which the portal runs on
/// each command's query string) would not read back as itself. Percent-encoding cannot help:
/// names are decoded before PHP rewrites them. At the top: spaces and dots become `_`, `[`
/// starts nesting, an empty name is dropped. Inside brackets: the first `]` ends the name, and
/// an empty (or one-whitespace) name means "append".
pub(crate) fn php_unreadable_name(params: &Value) -> Option<String> {
    fn nested(value: &Value) -> Option<String> {
        match value {
            Value::Object(fields) => fields.iter().find_map(|(k, v)| {
                let appends = k.is_empty()
                    || (k.len() == 1 && k.bytes().all(|b| b.is_ascii_whitespace() || b == 0x0b));
                if appends || k.bytes().any(|b| b == b']' || b == 0) {
                    Some(k.clone())
                } else {
                    nested(v).map(|tail| [k, ".", &tail].concat())
                }
            }),
            Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| {
                nested(v).map(|tail| [&text::unsigned(i as u64), ".", &tail].concat())
            }),
            _ => None,
        }
    }
    let fields = params.as_object()?;
    fields.iter().find_map(|(k, v)| {
        if k.is_empty() || k.bytes().any(|b| matches!(b, b' ' | b'.' | b'[' | 0)) {
            Some(k.clone())
        } else {
            nested(v).map(|tail| [k, ".", &tail].concat())
        }
    })
}

fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Checks every command before anything is sent: known methods against the table, keys, param
/// names the portal can read, and that references point to earlier commands. A refusal names
/// the command: `cmd.<key>.<field>`.
pub fn check(commands: &[Command]) -> Result<(), Error> {
    check_with(commands, &entries_of(commands))
}

/// Each command's method entry (`None` outside the table), looked up once per batch and
/// passed down to validation, the access check and the answer's reading.
pub fn entries_of(commands: &[Command]) -> Vec<Option<&'static Method>> {
    // Pushed one by one: collecting would link a from_iter of its own for this one Vec.
    let mut entries = Vec::with_capacity(commands.len());
    for command in commands {
        entries.push(methods::find(&command.method));
    }
    entries
}

/// `check`, with each command's entry already looked up (`entries_of`).
pub(crate) fn check_with(
    commands: &[Command],
    entries: &[Option<&'static Method>],
) -> Result<(), Error> {
    let refuse = |c: &Command, field: String, problem| Error::InvalidParam {
        method: c.method.clone(),
        field,
        problem,
    };
    for (i, command) in commands.iter().enumerate() {
        let at = ["cmd.", &command.key].concat();
        if !is_valid_key(&command.key) {
            return Err(refuse(command, at, Problem::BadKey));
        }
        if commands.iter().take(i).any(|c| c.key == command.key) {
            return Err(refuse(command, at, Problem::DuplicateKey));
        }
        if command.method.eq_ignore_ascii_case("batch") {
            return Err(refuse(command, at, Problem::NestedBatch));
        }
        if !command.params.is_object() {
            return Err(refuse(command, at, Problem::NotAnObject));
        }
        if let Some(name) = php_unreadable_name(&command.params) {
            return Err(refuse(
                command,
                [&at, ".", &name].concat(),
                Problem::PhpName,
            ));
        }
        if let Some(entry) = entries.get(i).copied().flatten() {
            validate_batch(entry, &command.params).map_err(|e| in_command(e, &at))?;
        }
        let unknown = |key: &str| !commands.iter().take(i).any(|c| c.key == key);
        if let Some(path) = bad_reference(&command.params, &unknown) {
            return Err(refuse(
                command,
                [&at, ".", &path].concat(),
                Problem::BadReference,
            ));
        }
    }
    Ok(())
}

/// A command's validation error, its field placed under the command: `cmd.<key>.<field>`.
pub(crate) fn in_command(error: Error, at: &str) -> Error {
    match error {
        Error::InvalidParam {
            method,
            field,
            problem,
        } => Error::InvalidParam {
            method,
            field: if field == "params" {
                at.to_string()
            } else {
                [at, ".", &field].concat()
            },
            problem,
        },
        other => other,
    }
}

pub(crate) fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                // \u00XX: two hex digits suffice below 0x20.
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize >> 4) & 0xf]));
                out.push(char::from(HEX[c as usize & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `name=value` pairs for `value`, nesting in PHP's bracket form: `a[b][0]=1`.
/// `null` and empty lists or objects are sent as an empty value, as PHP forms do.
fn query_pairs(name: &str, value: &Value, out: &mut Vec<(String, String)>) {
    let nested = |key: &str| {
        if name.is_empty() {
            key.to_string()
        } else {
            [name, "[", key, "]"].concat()
        }
    };
    match value {
        Value::Object(fields) if !fields.is_empty() => {
            fields
                .iter()
                .for_each(|(k, v)| query_pairs(&nested(k), v, out));
        }
        Value::Array(items) if !items.is_empty() => {
            items
                .iter()
                .enumerate()
                .for_each(|(i, v)| query_pairs(&nested(&text::unsigned(i as u64)), v, out));
        }
        Value::String(text) => out.push((name.to_string(), text.clone())),
        Value::Bool(flag) => out.push((name.to_string(), flag.to_string())),
        Value::Number(n) => out.push((name.to_string(), n.to_string())),
        _ => out.push((name.to_string(), String::new())),
    }
}

/// A command's params as a query string (brackets left readable, as the docs show them).
pub fn query_string(params: &Value) -> String {
    let mut pairs = Vec::new();
    query_pairs("", params, &mut pairs);
    let encode = |text: &str| {
        let mut encoded = String::with_capacity(text.len());
        for piece in form_urlencoded::byte_serialize(text.as_bytes()) {
            encoded.push_str(piece);
        }
        encoded
    };
    // Written into one String: collect and join each linked code of their own.
    let mut query = String::new();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            query.push('&');
        }
        query.push_str(&text::replace_all(
            &text::replace_all(&encode(name), "%5B", "["),
            "%5D",
            "]",
        ));
        query.push('=');
        query.push_str(&encode(value));
    }
    query
}

/// The body of one batch request: `{"halt": 0|1, "cmd": {key: "method?query"}}`.
pub fn encode(commands: &[Command], halt: bool) -> String {
    let mut body = String::from(if halt {
        "{\"halt\":1,\"cmd\":{"
    } else {
        "{\"halt\":0,\"cmd\":{"
    });
    for (i, command) in commands.iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        json_string(&mut body, &command.key);
        body.push(':');
        json_string(
            &mut body,
            &[&command.method, "?", &query_string(&command.params)].concat(),
        );
    }
    body.push_str("}}");
    body
}

#[cfg(test)]
mod tests;
