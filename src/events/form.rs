//! Reading a POST body into a JSON tree: PHP bracket forms (`data[PARAMS][MESSAGE]=...`, what
//! `http_build_query` writes) or JSON. Every walk is bounded by `MAX_BODY_BYTES` and
//! `MAX_DEPTH`; nothing here recurses.

use super::{BodyProblem, EventError, MAX_BODY_BYTES, MAX_DEPTH};
use crate::prelude::*;
use serde_json::{Map, Value};

/// How a body is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Form,
    Json,
}

/// The body as a tree: a form's values are all strings, JSON keeps its own types.
pub(crate) fn read_body(body: &str, content_type: Option<&str>) -> Result<Value, EventError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(EventError::Body(BodyProblem::TooLarge));
    }
    if body.trim().is_empty() {
        return Err(EventError::Body(BodyProblem::Empty));
    }
    match encoding(body, content_type)? {
        Encoding::Json => read_json(body),
        Encoding::Form => read_form(body),
    }
}

/// The declared content type decides; without one (or `text/plain`), a body that opens with
/// `{` or `[` is JSON.
fn encoding(body: &str, content_type: Option<&str>) -> Result<Encoding, EventError> {
    let declared = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if declared.ends_with("json") {
        return Ok(Encoding::Json);
    }
    if declared == "application/x-www-form-urlencoded" {
        return Ok(Encoding::Form);
    }
    if declared.is_empty() || declared == "text/plain" || declared == "application/octet-stream" {
        return Ok(if body.trim_start().starts_with(['{', '[']) {
            Encoding::Json
        } else {
            Encoding::Form
        });
    }
    Err(EventError::Body(BodyProblem::UnsupportedType))
}

/// A JSON object, within `MAX_BODY_BYTES` and `MAX_DEPTH`.
pub(crate) fn read_json_limited(body: &str) -> Result<Value, EventError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(EventError::Body(BodyProblem::TooLarge));
    }
    read_json(body)
}

fn read_json(body: &str) -> Result<Value, EventError> {
    // Checked before serde_json builds anything, so the limit is ours (its own stops at 128).
    if json_depth(body) > MAX_DEPTH {
        return Err(EventError::Body(BodyProblem::TooDeep));
    }
    match serde_json::from_str::<Value>(body) {
        Ok(value @ Value::Object(_)) => Ok(value),
        Ok(_) => Err(EventError::Body(BodyProblem::NotAnObject)),
        Err(e) if e.is_eof() => Err(EventError::Body(BodyProblem::Truncated)),
        Err(_) => Err(EventError::Body(BodyProblem::NotJson)),
    }
}

/// The deepest nesting of `{`/`[` outside strings.
fn json_depth(body: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in body.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Whether a tree nests at most `max` levels, found without recursion (a caller's own tree may
/// be deeper than any walk should go).
pub(crate) fn depth_within(value: &Value, max: usize) -> bool {
    let mut stack = vec![(value, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Object(map) => Box::new(map.values()),
            Value::Array(list) => Box::new(list.iter()),
            _ => continue,
        };
        if depth >= max {
            return false;
        }
        stack.extend(children.map(|c| (c, depth + 1)));
    }
    true
}

/// A key's path: the base name, then one step per bracket pair (`None` for `[]`, append).
type KeyPath = (String, Vec<Option<String>>);

fn read_form(body: &str) -> Result<Value, EventError> {
    let body = body.trim_end_matches(['\r', '\n']);
    // A body cut inside a percent escape ends with `%` or `%X`.
    let tail = body.as_bytes();
    if tail.last() == Some(&b'%') || (tail.len() >= 2 && tail[tail.len() - 2] == b'%') {
        return Err(EventError::Body(BodyProblem::Truncated));
    }
    let pieces: Vec<&str> = body.split('&').filter(|p| !p.is_empty()).collect();
    let mut root = Map::new();
    for (i, piece) in pieces.iter().enumerate() {
        // `http_build_query` writes `key=value` for every pair; only a cut body ends in a bare key.
        if !piece.contains('=') && i + 1 == pieces.len() && pieces.len() > 1 {
            return Err(EventError::Body(BodyProblem::Truncated));
        }
        let Some((key, value)) = form_urlencoded::parse(piece.as_bytes()).next() else {
            continue;
        };
        let (base, steps) = key_path(&key)?;
        insert(&mut root, base, steps, value.into_owned());
    }
    if root.is_empty() {
        return Err(EventError::Body(BodyProblem::NotForm));
    }
    Ok(Value::Object(root))
}

/// Splits `data[BOT][567][AUTH]` into `data` and its steps. PHP ignores text after the last
/// `]`; an unclosed `[` is not bracket syntax.
fn key_path(key: &str) -> Result<KeyPath, EventError> {
    let Some(open) = key.find('[') else {
        return Ok((key.to_string(), Vec::new()));
    };
    // Cut with split_at_checked, not by index: indexing a str links a panic path that formats
    // the char it cut (the positions come from find, so they are always char boundaries).
    let (base, mut rest) = key.split_at_checked(open).unwrap_or((key, ""));
    if base.is_empty() {
        return Err(EventError::Body(BodyProblem::NotForm));
    }
    let base = base.to_string();
    let mut steps = Vec::new();
    while let Some(after) = rest.strip_prefix('[') {
        let Some((step, tail)) = after
            .find(']')
            .and_then(|close| after.split_at_checked(close))
        else {
            return Err(EventError::Body(BodyProblem::NotForm));
        };
        steps.push((!step.is_empty()).then(|| step.to_string()));
        if steps.len() >= MAX_DEPTH {
            return Err(EventError::Body(BodyProblem::TooDeep));
        }
        // `tail` starts with the `]` just found.
        rest = tail.get(1..).unwrap_or_default();
    }
    Ok((base, steps))
}

/// Puts `value` at its path, making objects on the way; a later pair wins, as in PHP.
fn insert(root: &mut Map<String, Value>, base: String, steps: Vec<Option<String>>, value: String) {
    let mut node = root;
    let mut key = base;
    for step in steps {
        let slot = node.entry(key).or_insert_with(|| Value::Object(Map::new()));
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(child) = slot else {
            return;
        };
        key = step.unwrap_or_else(|| next_index(child).to_string());
        node = child;
    }
    node.insert(key, Value::String(value));
}

/// PHP's `[]`: one past the largest integer key so far.
fn next_index(node: &Map<String, Value>) -> u64 {
    node.keys()
        .filter_map(|k| k.parse::<u64>().ok())
        .max()
        .map_or(0, |n| n.saturating_add(1))
}
