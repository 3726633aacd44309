//! Reading a POST body into a JSON tree: PHP bracket forms (`data[PARAMS][MESSAGE]=...`, what
//! `http_build_query` writes) or JSON. Every walk is bounded by `MAX_BODY_BYTES` and
//! `MAX_DEPTH`, and takes time linear in the body (a hostile body runs before any token check).
//!
//! Refused, whatever the encoding: a key given twice (a second `event=` appended to a genuine
//! body must not change what runs), text that is not UTF-8 (never patched to U+FFFD), and the
//! keys JavaScript reads as its prototype chain (`__proto__`, `constructor`, `prototype`): no
//! Bitrix24 event uses them, and as own keys of `event.data` they pollute `Object.prototype`
//! through any recursive merge. Refusing them keeps `event.data` a plain object for the app.

use super::{BodyProblem, EventError, MAX_BODY_BYTES, MAX_DEPTH};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::fmt;

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
    let mut reader = serde_json::Deserializer::from_str(body);
    let read = Strict.deserialize(&mut reader).and_then(|v| {
        reader.end()?;
        Ok(v)
    });
    match read {
        Ok(value @ Value::Object(_)) => Ok(value),
        Ok(_) => Err(EventError::Body(BodyProblem::NotAnObject)),
        Err(e) if e.to_string().starts_with(DUPLICATE) => {
            Err(EventError::Body(BodyProblem::DuplicateKey))
        }
        Err(e) if e.is_eof() => Err(EventError::Body(BodyProblem::Truncated)),
        // serde_json refuses lone surrogates (`"\ud800"`) and control characters itself.
        Err(_) => Err(EventError::Body(BodyProblem::NotJson)),
    }
}

/// The text of the error a repeated JSON key raises (serde_json appends its position).
const DUPLICATE: &str = "duplicate key";

/// A JSON value like serde_json's own, except that an object may not repeat a key (serde_json
/// keeps the last one). Its recursion is bounded by `json_depth` checked first.
struct Strict;

impl<'de> DeserializeSeed<'de> for Strict {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Value, D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element_seed(Strict)? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(DUPLICATE));
            }
            let value = map.next_value_seed(Strict)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
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

/// What is wrong with a tree as a whole: deeper than `max` levels, a key of the prototype
/// chain, or an integer JavaScript cannot hold exactly. Found without recursion (a caller's
/// own tree may be deeper than any walk should go).
pub(crate) fn tree_problem(value: &Value, max: usize) -> Option<BodyProblem> {
    let mut stack = vec![(value, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Object(map) => {
                if map.keys().any(|k| is_forbidden_key(k)) {
                    return Some(BodyProblem::ForbiddenKey);
                }
                Box::new(map.values())
            }
            Value::Array(list) => Box::new(list.iter()),
            Value::Number(n) if !is_safe_number(n) => return Some(BodyProblem::UnsafeInteger),
            _ => continue,
        };
        if depth >= max {
            return Some(BodyProblem::TooDeep);
        }
        stack.extend(children.map(|c| (c, depth + 1)));
    }
    None
}

/// The keys JavaScript resolves through the prototype chain.
pub(crate) fn is_forbidden_key(key: &str) -> bool {
    matches!(key, "__proto__" | "constructor" | "prototype")
}

/// The largest integer a JavaScript number holds exactly (2^53 - 1).
pub(crate) const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Integers JSON.parse would round are refused; fractions are what they are.
fn is_safe_number(n: &Number) -> bool {
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) => u <= MAX_SAFE_INTEGER,
        (None, Some(i)) => i.unsigned_abs() <= MAX_SAFE_INTEGER,
        _ => true,
    }
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
    let mut pieces = body.split('&').filter(|p| !p.is_empty()).peekable();
    let mut root = Branch::default();
    let mut count = 0usize;
    while let Some(piece) = pieces.next() {
        count += 1;
        let (raw_key, raw_value) = match piece.split_once('=') {
            Some(pair) => pair,
            // `http_build_query` writes `key=value` for every pair; only a cut body ends in a
            // bare key.
            None if pieces.peek().is_none() && count > 1 => {
                return Err(EventError::Body(BodyProblem::Truncated));
            }
            None => (piece, ""),
        };
        let key = percent_decode(raw_key)?;
        if key.is_empty() {
            continue;
        }
        let (base, steps) = key_path(&key)?;
        root.insert(base, steps, percent_decode(raw_value)?)?;
    }
    if root.children.is_empty() {
        return Err(EventError::Body(BodyProblem::NotForm));
    }
    Ok(root.into_value())
}

/// `application/x-www-form-urlencoded` decoding (`+` is a space, `%XX` a byte; an escape that is
/// not one stays as written, as PHP leaves it), then strict UTF-8: overlong forms, surrogates
/// and stray bytes are refused, never turned into U+FFFD.
fn percent_decode(text: &str) -> Result<String, EventError> {
    if !text.contains(['%', '+']) {
        return Ok(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| EventError::Body(BodyProblem::NotUtf8))
}

fn hex(b: &u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Splits `data[BOT][567][AUTH]` into `data` and its steps. PHP ignores text after the last
/// `]`; an unclosed `[` is not bracket syntax.
fn key_path(key: &str) -> Result<KeyPath, EventError> {
    let Some(open) = key.find('[') else {
        return Ok((key.to_string(), Vec::new()));
    };
    let base = key[..open].to_string();
    if base.is_empty() {
        return Err(EventError::Body(BodyProblem::NotForm));
    }
    let mut steps = Vec::new();
    let mut rest = &key[open..];
    while let Some(after) = rest.strip_prefix('[') {
        let Some(close) = after.find(']') else {
            return Err(EventError::Body(BodyProblem::NotForm));
        };
        let step = &after[..close];
        steps.push((!step.is_empty()).then(|| step.to_string()));
        if steps.len() >= MAX_DEPTH {
            return Err(EventError::Body(BodyProblem::TooDeep));
        }
        rest = &after[close + 1..];
    }
    Ok((base, steps))
}

/// One level of a form's tree while it is read. `next` is PHP's index for `[]`: one past the
/// largest integer key so far, kept as keys arrive, so an append costs no scan of its siblings.
#[derive(Default)]
struct Branch {
    children: BTreeMap<String, Node>,
    next: u64,
}

enum Node {
    Leaf(String),
    Branch(Branch),
}

impl Branch {
    /// Puts `value` at its path, making branches on the way. A path that meets a value
    /// already there (the same key twice, or `a=1` and `a[b]=2`) is a duplicate key.
    fn insert(
        &mut self,
        base: String,
        steps: Vec<Option<String>>,
        value: String,
    ) -> Result<(), EventError> {
        let duplicate = || EventError::Body(BodyProblem::DuplicateKey);
        let mut node = self;
        let mut key = base;
        for step in steps {
            node.note_index(&key);
            let child = node
                .children
                .entry(key)
                .or_insert_with(|| Node::Branch(Branch::default()));
            let Node::Branch(branch) = child else {
                return Err(duplicate());
            };
            key = match step {
                Some(step) => step,
                None => branch.next.to_string(),
            };
            node = branch;
        }
        node.note_index(&key);
        match node.children.entry(key) {
            Entry::Vacant(slot) => {
                slot.insert(Node::Leaf(value));
                Ok(())
            }
            Entry::Occupied(_) => Err(duplicate()),
        }
    }

    /// PHP reads a key as an integer only in its canonical decimal form (`"7"`, not `"07"`).
    fn note_index(&mut self, key: &str) {
        let canonical = !key.is_empty()
            && key.bytes().all(|b| b.is_ascii_digit())
            && (key == "0" || !key.starts_with('0'));
        if let Some(n) = canonical.then(|| key.parse::<u64>().ok()).flatten() {
            self.next = self.next.max(n.saturating_add(1));
        }
    }

    /// The tree as JSON. Recursive, but only over this tree, which `key_path` keeps at most
    /// `MAX_DEPTH` deep.
    fn into_value(self) -> Value {
        // A sorted map goes into serde_json's (also sorted) map in one linear pass.
        let map: Map<String, Value> = self
            .children
            .into_iter()
            .map(|(k, node)| {
                let value = match node {
                    Node::Leaf(text) => Value::String(text),
                    Node::Branch(branch) => branch.into_value(),
                };
                (k, value)
            })
            .collect();
        Value::Object(map)
    }
}
