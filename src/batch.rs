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

/// Replaces references to commands of earlier requests with their values.
pub(crate) fn substitute(value: &mut Value, earlier: &Map<String, Value>) {
    match value {
        Value::String(text) => {
            if let Some((key, path)) = parse_reference(text) {
                if let Some(found) = resolve(earlier, key, &path) {
                    *value = found.clone();
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| substitute(v, earlier)),
        Value::Object(fields) => fields.values_mut().for_each(|v| substitute(v, earlier)),
        _ => {}
    }
}

/// Every key a command's params refer to.
pub(crate) fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => {
            if let Some((key, _)) = parse_reference(text) {
                out.push(key.to_string());
            }
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| references(v, out)),
        _ => {}
    }
}

fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Checks every command before anything is sent: known methods against the table, keys, and
/// that references point to earlier commands.
pub fn check(commands: &[Command]) -> Result<(), Error> {
    let refuse = |c: &Command, field: String, problem| Error::InvalidParam {
        method: c.method.clone(),
        field,
        problem,
    };
    for (i, command) in commands.iter().enumerate() {
        if !is_valid_key(&command.key) {
            return Err(refuse(
                command,
                format!("cmd.{}", command.key),
                Problem::BadKey,
            ));
        }
        if commands.iter().take(i).any(|c| c.key == command.key) {
            return Err(refuse(
                command,
                format!("cmd.{}", command.key),
                Problem::DuplicateKey,
            ));
        }
        if command.method.eq_ignore_ascii_case("batch") {
            return Err(refuse(
                command,
                format!("cmd.{}", command.key),
                Problem::NestedBatch,
            ));
        }
        if !command.params.is_object() {
            return Err(refuse(command, "params".into(), Problem::NotAnObject));
        }
        if let Some(entry) = methods::find(&command.method) {
            validate_batch(entry, &command.params)?;
        }
        let mut keys = Vec::new();
        references(&command.params, &mut keys);
        if let Some(bad) = keys
            .iter()
            .find(|k| !commands.iter().take(i).any(|c| &c.key == *k))
        {
            return Err(refuse(
                command,
                format!("$result[{bad}]"),
                Problem::BadReference,
            ));
        }
    }
    Ok(())
}

pub(crate) fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
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
            format!("{name}[{key}]")
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
                .for_each(|(i, v)| query_pairs(&nested(&i.to_string()), v, out));
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
    let encode = |text: &str| form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>();
    pairs
        .iter()
        .map(|(name, value)| {
            format!(
                "{}={}",
                text::replace_all(&text::replace_all(&encode(name), "%5B", "["), "%5D", "]"),
                encode(value)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
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
            &format!("{}?{}", command.method, query_string(&command.params)),
        );
    }
    body.push_str("}}");
    body
}

#[cfg(test)]
mod tests;
