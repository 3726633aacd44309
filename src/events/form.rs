//! Reading a POST body into a JSON tree: PHP bracket forms (`data[PARAMS][MESSAGE]=...`, what
//! `http_build_query` writes) or JSON. Every walk is bounded by `MAX_BODY_BYTES` and
//! `MAX_DEPTH`, and takes time linear in the body (a hostile body runs before any token check).
//!
//! Refused, whatever the encoding: a key given twice (a second `event=` appended to a genuine
//! body must not change what runs), text that is not UTF-8 (never patched to U+FFFD), and the
//! keys JavaScript reads as its prototype chain (`__proto__`, `constructor`, `prototype`): no
//! Bitrix24 event uses them, and as own keys of `event.data` they pollute `Object.prototype`
//! through any recursive merge. Refusing them keeps `event.data` a plain object for the app.

use super::{BodyProblem, EventError, MAX_BODY_BYTES, MAX_DEPTH, MAX_FIELDS};
use crate::json::{Bad, Stop};
use crate::prelude::*;
use alloc::collections::btree_map::Entry;
use alloc::collections::BTreeMap;
use serde_json::{Map, Number, Value};

/// How a body is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Form,
    Json,
}

/// The body as a tree: a form's values are all strings, JSON keeps its own types.
pub(crate) fn read_body(body: &str, content_type: Option<&str>) -> Result<Value, EventError> {
    read_body_keys(body, content_type, ENVELOPE_KEYS)
}

/// `read_body` for a form whose top-level keys of interest are `keys` (the rest is skipped
/// unread); a JSON body is read whole.
pub(crate) fn read_body_keys(
    body: &str,
    content_type: Option<&str>,
    keys: &[&str],
) -> Result<Value, EventError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(EventError::Body(BodyProblem::TooLarge));
    }
    if body.trim().is_empty() {
        return Err(EventError::Body(BodyProblem::Empty));
    }
    match encoding(body, content_type)? {
        Encoding::Json => read_json(body),
        Encoding::Form => read_form(body, keys),
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
    // The crate's reader: it stops at a repeated key or past MAX_FIELDS values, whichever
    // comes first in the text (serde_json's own reader is not in the .wasm).
    match crate::json::value_strict(body, MAX_FIELDS) {
        Err(Stop::TooMany) => Err(EventError::Body(BodyProblem::TooManyFields)),
        Err(Stop::Repeated) => Err(EventError::Body(BodyProblem::DuplicateKey)),
        Ok(value @ Value::Object(_)) => Ok(value),
        Ok(_) => Err(EventError::Body(BodyProblem::NotAnObject)),
        Err(Stop::Bad(Bad::Eof)) => Err(EventError::Body(BodyProblem::Truncated)),
        // Lone surrogates (`"\ud800"`) and control characters are refused as JSON is.
        Err(Stop::Bad(_)) => Err(EventError::Body(BodyProblem::NotJson)),
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
        match v {
            Value::Object(map) if !map.is_empty() => {
                if depth >= max {
                    return Some(BodyProblem::TooDeep);
                }
                for (k, child) in map {
                    if is_forbidden_key(k) {
                        return Some(BodyProblem::ForbiddenKey);
                    }
                    stack.push((child, depth + 1));
                }
            }
            Value::Array(list) if !list.is_empty() => {
                if depth >= max {
                    return Some(BodyProblem::TooDeep);
                }
                stack.extend(list.iter().map(|c| (c, depth + 1)));
            }
            Value::Number(n) if !is_safe_number(n) => return Some(BodyProblem::UnsafeInteger),
            _ => {}
        }
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

fn read_form(body: &str, keys: &[&str]) -> Result<Value, EventError> {
    let body = body.trim_end_matches(['\r', '\n']);
    // A body cut inside a percent escape ends with `%` or `%X`.
    let tail = body.as_bytes();
    if tail.last() == Some(&b'%') || (tail.len() >= 2 && tail[tail.len() - 2] == b'%') {
        return Err(EventError::Body(BodyProblem::Truncated));
    }
    let mut pieces = body.split('&').filter(|p| !p.is_empty()).peekable();
    let mut root = Branch::default();
    let mut key_bytes = Vec::new();
    let mut count = 0usize;
    let mut seen = false;
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
        // The key is decoded into one buffer reused for every pair: keys are only read.
        key_bytes.clear();
        let key = percent_decode_into(raw_key, &mut key_bytes)?;
        if key.is_empty() {
            continue;
        }
        seen = true;
        if count > MAX_FIELDS {
            return Err(EventError::Body(BodyProblem::TooManyFields));
        }
        // Only the envelope's keys are read into an event: the rest is not built at all.
        let base = key.split('[').next().unwrap_or_default();
        if !keys.contains(&base) {
            continue;
        }
        let value = if raw_value.bytes().any(|b| b == b'%' || b == b'+') {
            let mut bytes = Vec::with_capacity(raw_value.len());
            percent_decode_into(raw_value, &mut bytes)?;
            // Checked UTF-8 by percent_decode_into.
            String::from_utf8(bytes).map_err(|_| EventError::Body(BodyProblem::NotUtf8))?
        } else {
            raw_value.to_owned()
        };
        root.insert(key, value)?;
    }
    if !seen {
        return Err(EventError::Body(BodyProblem::NotForm));
    }
    Ok(root.into_value())
}

/// The top-level keys `parse_value` reads (`eventId` is the open-line pages' `event_handler_id`).
const ENVELOPE_KEYS: &[&str] = &["event", "event_handler_id", "eventId", "ts", "auth", "data"];

/// `application/x-www-form-urlencoded` decoding into `out` (`+` is a space, `%XX` a byte; an
/// escape that is not one stays as written, as PHP leaves it), then strict UTF-8: overlong
/// forms, surrogates and stray bytes are refused, never turned into U+FFFD.
fn percent_decode_into<'a>(text: &str, out: &'a mut Vec<u8>) -> Result<&'a str, EventError> {
    let bytes = text.as_bytes();
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
    core::str::from_utf8(out).map_err(|_| EventError::Body(BodyProblem::NotUtf8))
}

fn hex(b: &u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// One step of a key's path. PHP reads a key as an integer only in its canonical decimal form
/// (`"7"`, not `"07"`); `[]` is the next integer.
#[derive(Clone, Copy)]
enum Step<'a> {
    Name(&'a str),
    Index(u64),
}

impl<'a> Step<'a> {
    fn of(key: &'a str) -> Step<'a> {
        let canonical = !key.is_empty()
            && key.bytes().all(|b| b.is_ascii_digit())
            && (key == "0" || !key.starts_with('0'));
        match canonical.then(|| key.parse::<u64>().ok()).flatten() {
            Some(n) => Step::Index(n),
            None => Step::Name(key),
        }
    }
}

/// One level of a form's tree while it is read. Integer keys are kept apart, as numbers, with
/// `next`, PHP's index for `[]` (one past the largest so far): an append is then an insert into
/// a map of integers, never a scan of its siblings or a comparison of strings. That map is
/// keyed by `text_key`, so it iterates in the text order serde_json's map wants without a sort
/// (a sort links about 1 KB gzip of .wasm); each entry keeps its number.
#[derive(Default)]
struct Branch {
    named: BTreeMap<String, Node>,
    indexed: BTreeMap<(u128, u32), (u64, Node)>,
    next: u64,
}

enum Node {
    Leaf(String),
    Branch(Branch),
}

impl Branch {
    /// Puts `value` at the path `key` spells (`data[BOT][567][AUTH]`), making branches on the
    /// way. A path that meets a value already there (the same key twice, or `a=1` and
    /// `a[b]=2`) is a duplicate key. PHP ignores text after the last `]`; an unclosed `[` is
    /// not bracket syntax.
    fn insert(&mut self, key: &str, value: String) -> Result<(), EventError> {
        let (base, mut rest) = match key.find('[') {
            Some(0) => return Err(EventError::Body(BodyProblem::NotForm)),
            // Cut with split_at_checked, not `[..]`, whose panic path formats chars (about
            // 1.5 KB gzip of .wasm); `find` gives a char boundary, so it never fails.
            Some(open) => key
                .split_at_checked(open)
                .ok_or(EventError::Body(BodyProblem::NotForm))?,
            None => (key, ""),
        };
        let mut node = self;
        let mut step = Step::of(base);
        let mut depth = 0;
        while let Some(after) = rest.strip_prefix('[') {
            let Some(close) = after.find(']') else {
                return Err(EventError::Body(BodyProblem::NotForm));
            };
            depth += 1;
            if depth >= MAX_DEPTH {
                return Err(EventError::Body(BodyProblem::TooDeep));
            }
            node = node.branch(step)?;
            let Some((name, closed)) = after.split_at_checked(close) else {
                return Err(EventError::Body(BodyProblem::NotForm));
            };
            step = match name {
                "" => Step::Index(node.next),
                name => Step::of(name),
            };
            // `closed` starts with the `]` (one byte).
            rest = closed.get(1..).unwrap_or_default();
        }
        node.leaf(step, value)
    }

    /// The branch at `step`, made when missing; a value there is a duplicate key.
    fn branch(&mut self, step: Step<'_>) -> Result<&mut Branch, EventError> {
        let slot = match step {
            Step::Index(n) => {
                self.next = self.next.max(n.saturating_add(1));
                &mut self
                    .indexed
                    .entry(text_key(n))
                    .or_insert_with(|| (n, Node::empty()))
                    .1
            }
            Step::Name(name) => {
                if !self.named.contains_key(name) {
                    // By `entry`, as in `leaf`: `insert` would link its own copy of the search.
                    if let Entry::Vacant(slot) = self.named.entry(name.to_owned()) {
                        slot.insert(Node::empty());
                    }
                }
                self.named
                    .get_mut(name)
                    .ok_or(EventError::Body(BodyProblem::NotForm))?
            }
        };
        match slot {
            Node::Branch(branch) => Ok(branch),
            Node::Leaf(_) => Err(EventError::Body(BodyProblem::DuplicateKey)),
        }
    }

    fn leaf(&mut self, step: Step<'_>, value: String) -> Result<(), EventError> {
        let fresh = match step {
            Step::Index(n) => {
                self.next = self.next.max(n.saturating_add(1));
                match self.indexed.entry(text_key(n)) {
                    Entry::Vacant(slot) => {
                        slot.insert((n, Node::Leaf(value)));
                        true
                    }
                    Entry::Occupied(_) => false,
                }
            }
            Step::Name(name) if self.named.contains_key(name) => false,
            Step::Name(name) => match self.named.entry(name.to_owned()) {
                Entry::Vacant(slot) => {
                    slot.insert(Node::Leaf(value));
                    true
                }
                Entry::Occupied(_) => false,
            },
        };
        fresh
            .then_some(())
            .ok_or(EventError::Body(BodyProblem::DuplicateKey))
    }

    /// The tree as JSON. Recursive, but only over this tree, which `insert` keeps at most
    /// `MAX_DEPTH` deep. serde_json's map keeps its keys in text order; the entries are handed
    /// to it already in that order (integers ordered by their digits with integer arithmetic,
    /// then merged with the names), so it builds the map in one pass instead of sorting text.
    fn into_value(self) -> Value {
        let value = |node: Node| match node {
            Node::Leaf(text) => Value::String(text),
            Node::Branch(branch) => branch.into_value(),
        };
        let mut digits = [0u8; 20];
        let mut numbers = self.indexed.into_values().map(|(n, node)| {
            // Digits are ASCII: always UTF-8.
            let key = core::str::from_utf8(decimal(n, &mut digits))
                .unwrap_or_default()
                .to_owned();
            (key, node)
        });
        let mut names = self.named.into_iter();
        // Inserted one by one in order, not collected: a map's `collect` sorts its pairs first
        // (a stable sort, about 1.5 KB gzip of .wasm), and at most `MAX_FIELDS` come here.
        let mut entries = Map::new();
        let (mut number, mut name) = (numbers.next(), names.next());
        loop {
            let take_number = match (&number, &name) {
                (Some((a, _)), Some((b, _))) => a < b,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            let next = if take_number {
                core::mem::replace(&mut number, numbers.next())
            } else {
                core::mem::replace(&mut name, names.next())
            };
            if let Some((key, node)) = next {
                entries.insert(key, value(node));
            }
        }
        Value::Object(entries)
    }
}

/// A key that orders integers as their decimal texts: the digits padded with zeros to 20
/// places (`"12"` as 12000...), then the length (`"1" < "10"`, which pad alike).
pub(crate) fn text_key(n: u64) -> (u128, u32) {
    let digits = n.checked_ilog10().map_or(1, |d| d + 1);
    (u128::from(n) * 10u128.pow(20 - digits), digits)
}

impl Node {
    fn empty() -> Node {
        Node::Branch(Branch::default())
    }
}

/// `n` in decimal, written into `buf` (core's formatting machinery costs more than the rest
/// of reading an append; a 4 MiB body has 400,000 of them).
pub(crate) fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[at..];
        }
    }
}
