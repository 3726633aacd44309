//! A small strict JSON reader (RFC 8259) over text, without `serde_json::Value`: a pull
//! reader that can skip a value while checking it (`Reader::skip`), and `parse` into a
//! `Node` that borrows its strings and numbers from the text. Nesting is bounded as
//! serde_json bounds it, so the two accept and refuse the same texts (the property tests in
//! `tests.rs` hold them side by side). It never panics: every byte is read with `get`.

use crate::prelude::*;
use alloc::borrow::Cow;

pub mod node;
mod number;
pub use node::{Field, Fields, Node};
pub use number::to_f64;

/// The deepest nesting read: serde_json refuses the 128th open bracket, so does this.
pub const MAX_DEPTH: u32 = 127;

/// Why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bad {
    /// The text stops in the middle of a value.
    Eof,
    /// Anything else: a wrong byte, a number past f64, trailing text.
    Syntax,
    /// Nested deeper than `MAX_DEPTH`.
    TooDeep,
}

/// A cursor over JSON text. Containers are read with `begin_object`/`next_key` and
/// `begin_array`/`next_item`; scalars with `string`, `number`, `literal`; anything with `skip`.
pub struct Reader<'a> {
    src: &'a str,
    at: usize,
    depth: u32,
    /// Just inside a container: no comma before its first member.
    fresh: bool,
}

impl<'a> Reader<'a> {
    pub fn new(src: &'a str) -> Reader<'a> {
        Reader {
            src,
            at: 0,
            depth: 0,
            fresh: false,
        }
    }

    // Inlined: the .wasm is built for size, which calls even one-liners otherwise.
    #[inline(always)]
    fn byte(&self) -> Option<u8> {
        self.src.as_bytes().get(self.at).copied()
    }

    /// Where the reader is, as a byte offset into the text.
    pub fn position(&self) -> usize {
        self.at
    }

    // Inlined: the .wasm is built for size, which calls even one-liners otherwise.
    #[inline(always)]
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.byte() {
            self.at += 1;
        }
    }

    /// The first byte of the next value (after white space), not consumed.
    // Inlined: the .wasm is built for size, which calls even one-liners otherwise.
    #[inline(always)]
    pub fn peek(&mut self) -> Result<u8, Bad> {
        self.space();
        self.byte().ok_or(Bad::Eof)
    }

    /// Only white space is left.
    pub fn end(&mut self) -> Result<(), Bad> {
        self.space();
        match self.byte() {
            None => Ok(()),
            Some(_) => Err(Bad::Syntax),
        }
    }

    fn open(&mut self, bracket: u8) -> Result<(), Bad> {
        if self.peek()? != bracket {
            return Err(Bad::Syntax);
        }
        if self.depth >= MAX_DEPTH {
            return Err(Bad::TooDeep);
        }
        self.depth += 1;
        self.at += 1;
        self.fresh = true;
        Ok(())
    }

    /// Past the separator before the next member: `false` at the closing bracket (consumed).
    fn more(&mut self, close: u8) -> Result<bool, Bad> {
        let next = self.peek()?;
        if next == close && self.fresh {
            self.at += 1;
            self.depth = self.depth.saturating_sub(1);
            self.fresh = false;
            return Ok(false);
        }
        if !self.fresh {
            match next {
                b',' => {
                    self.at += 1;
                    self.peek()?;
                }
                b if b == close => {
                    self.at += 1;
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(false);
                }
                _ => return Err(Bad::Syntax),
            }
        }
        self.fresh = false;
        Ok(true)
    }

    pub fn begin_object(&mut self) -> Result<(), Bad> {
        self.open(b'{')
    }

    /// The next key of the object (the reader then stands at its value), or `None` at its end.
    pub fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, Bad> {
        if !self.more(b'}')? {
            return Ok(None);
        }
        if self.byte() != Some(b'"') {
            return Err(Bad::Syntax);
        }
        let key = self.string()?;
        if self.peek()? != b':' {
            return Err(Bad::Syntax);
        }
        self.at += 1;
        Ok(Some(key))
    }

    pub fn begin_array(&mut self) -> Result<(), Bad> {
        self.open(b'[')
    }

    /// Whether the array has another item (the reader then stands at it).
    pub fn next_item(&mut self) -> Result<bool, Bad> {
        self.more(b']')
    }

    /// `true`, `false` or `null`, whichever `word` is.
    fn literal(&mut self, word: &[u8]) -> Result<(), Bad> {
        let rest = self.src.as_bytes().get(self.at..).unwrap_or_default();
        if rest.starts_with(word) {
            self.at += word.len();
            return Ok(());
        }
        // A prefix of the word at the end of the text is a text cut short.
        if word.starts_with(rest) {
            Err(Bad::Eof)
        } else {
            Err(Bad::Syntax)
        }
    }

    /// A number's text, checked against JSON's grammar and f64's range.
    pub fn number(&mut self) -> Result<&'a str, Bad> {
        self.space();
        let start = self.at;
        let b = self.src.as_bytes();
        let mut at = start;
        // Digits from `at`: how many. A part that needs at least one and has none is a wrong
        // number, or a cut-short one at the end of the text.
        let digits = |at: &mut usize, needed: bool| -> Result<usize, Bad> {
            let from = *at;
            while b.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            match *at - from {
                0 if needed && *at >= b.len() => Err(Bad::Eof),
                0 if needed => Err(Bad::Syntax),
                n => Ok(n),
            }
        };
        if b.get(at) == Some(&b'-') {
            at += 1;
        }
        let whole = match b.get(at) {
            Some(b'0') => {
                at += 1;
                1
            }
            _ => digits(&mut at, true)?,
        };
        if b.get(at) == Some(&b'.') {
            at += 1;
            digits(&mut at, true)?;
        }
        let mut exponent = false;
        if let Some(b'e' | b'E') = b.get(at) {
            at += 1;
            if let Some(b'-' | b'+') = b.get(at) {
                at += 1;
            }
            digits(&mut at, true)?;
            exponent = true;
        }
        let text = self.src.get(start..at).ok_or(Bad::Syntax)?;
        // Only a number that may be past f64's range is read as a float, to refuse it there
        // as serde_json does.
        if (exponent || whole > 300) && to_f64(text).is_none() {
            return Err(Bad::Syntax);
        }
        self.at = at;
        Ok(text)
    }

    /// A string's text: borrowed when it has no escapes, unescaped otherwise.
    pub fn string(&mut self) -> Result<Cow<'a, str>, Bad> {
        let (raw, escaped) = self.raw_string()?;
        if !escaped {
            return Ok(Cow::Borrowed(raw));
        }
        unescape(raw).map(Cow::Owned).ok_or(Bad::Syntax)
    }

    /// The text between a string's quotes (checked, escapes left in), and whether it has any.
    fn raw_string(&mut self) -> Result<(&'a str, bool), Bad> {
        if self.peek()? != b'"' {
            return Err(Bad::Syntax);
        }
        self.at += 1;
        let start = self.at;
        let b = self.src.as_bytes();
        let mut escaped = false;
        loop {
            // Plain bytes in one tight scan: most strings have no escapes.
            let rest = b.get(self.at..).unwrap_or_default();
            self.at += rest
                .iter()
                .position(|c| matches!(c, b'"' | b'\\') || *c < 0x20)
                .unwrap_or(rest.len());
            match b.get(self.at) {
                None => return Err(Bad::Eof),
                Some(b'"') => break,
                Some(b'\\') => {
                    escaped = true;
                    self.at += 1;
                    match b.get(self.at) {
                        None => return Err(Bad::Eof),
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1
                        }
                        Some(b'u') => {
                            self.at += 1;
                            let unit = self.hex4()?;
                            if (0xDC00..0xE000).contains(&unit) {
                                return Err(Bad::Syntax);
                            }
                            if (0xD800..0xDC00).contains(&unit) {
                                // A leading surrogate needs its trailing half at once.
                                match (b.get(self.at), b.get(self.at + 1)) {
                                    (Some(b'\\'), Some(b'u')) => self.at += 2,
                                    (None, _) | (Some(b'\\'), None) => return Err(Bad::Eof),
                                    _ => return Err(Bad::Syntax),
                                }
                                if !(0xDC00..0xE000).contains(&self.hex4()?) {
                                    return Err(Bad::Syntax);
                                }
                            }
                        }
                        Some(_) => return Err(Bad::Syntax),
                    }
                }
                Some(c) if *c < 0x20 => return Err(Bad::Syntax),
                Some(_) => self.at += 1,
            }
        }
        let raw = self.src.get(start..self.at).ok_or(Bad::Syntax)?;
        self.at += 1;
        Ok((raw, escaped))
    }

    fn hex4(&mut self) -> Result<u32, Bad> {
        // As serde_json: fewer than four bytes left is a text cut short, whatever they are.
        let unit = match self.src.as_bytes().get(self.at..self.at + 4) {
            None => return Err(Bad::Eof),
            Some(_) => hex_at(self.src.as_bytes(), self.at).ok_or(Bad::Syntax)?,
        };
        self.at += 4;
        Ok(unit)
    }

    /// Reads past one value, checking it; returns its byte range in the text.
    pub fn skip(&mut self) -> Result<(usize, usize), Bad> {
        let first = self.peek()?;
        let start = self.at;
        match first {
            b'{' => {
                self.begin_object()?;
                while self.next_key()?.is_some() {
                    self.skip()?;
                }
            }
            b'[' => {
                self.begin_array()?;
                while self.next_item()? {
                    self.skip()?;
                }
            }
            b'"' => {
                self.raw_string()?;
            }
            b't' => self.literal(b"true")?,
            b'f' => self.literal(b"false")?,
            b'n' => self.literal(b"null")?,
            _ => {
                self.number()?;
            }
        }
        Ok((start, self.at))
    }

    /// Reads one value into a `Node`.
    pub fn node(&mut self) -> Result<Node<'a>, Bad> {
        Ok(match self.peek()? {
            b'{' => {
                self.begin_object()?;
                let mut fields = Vec::new();
                let mut keys = node::Keys::default();
                while let Some(key) = self.next_key()? {
                    let value = self.node()?;
                    keys.insert(&mut fields, key, value);
                }
                Node::Obj(fields)
            }
            b'[' => {
                self.begin_array()?;
                let mut items = Vec::new();
                while self.next_item()? {
                    items.push(self.node()?);
                }
                Node::Arr(items)
            }
            b'"' => Node::Str(self.string()?),
            _ => self.scalar()?,
        })
    }

    /// `true`, `false`, `null` or a number.
    fn scalar(&mut self) -> Result<Node<'a>, Bad> {
        Ok(match self.peek()? {
            b't' => {
                self.literal(b"true")?;
                Node::Bool(true)
            }
            b'f' => {
                self.literal(b"false")?;
                Node::Bool(false)
            }
            b'n' => {
                self.literal(b"null")?;
                Node::Null
            }
            _ => Node::Num(self.number()?),
        })
    }

    /// Reads one value as the `serde_json::Value` serde_json would read, watching `limits`.
    fn value_in(&mut self, limits: &mut Limits) -> Result<serde_json::Value, Stop> {
        use serde_json::Value;
        // Counted before the value is looked at, so the count stops reading first.
        limits.values += 1;
        if limits.values > limits.max_values {
            return Err(Stop::TooMany);
        }
        Ok(match self.peek()? {
            b'{' => {
                self.begin_object()?;
                // Inserted one by one (collecting would sort the pairs first, a stable sort's
                // code in the .wasm); a lookup in the map finds a repeated key in log time.
                let mut map = serde_json::Map::new();
                while let Some(key) = self.next_key()? {
                    // A repeated key is found before its value is read.
                    if limits.strict && map.contains_key(key.as_ref()) {
                        return Err(Stop::Repeated);
                    }
                    let value = self.value_in(limits)?;
                    map.insert(key.into_owned(), value);
                }
                Value::Object(map)
            }
            b'[' => {
                self.begin_array()?;
                let mut items = Vec::new();
                while self.next_item()? {
                    items.push(self.value_in(limits)?);
                }
                Value::Array(items)
            }
            b'"' => Value::String(self.string()?.into_owned()),
            _ => to_value(&self.scalar()?),
        })
    }
}

/// What a read into a `Value` watches for: repeated keys (when `strict`) and how many values.
struct Limits {
    strict: bool,
    values: usize,
    max_values: usize,
}

/// Why a read into a `Value` stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    Bad(Bad),
    /// An object repeats a key.
    Repeated,
    /// More values than allowed.
    TooMany,
}

impl From<Bad> for Stop {
    fn from(bad: Bad) -> Stop {
        Stop::Bad(bad)
    }
}

fn read_value(text: &str, mut limits: Limits) -> Result<serde_json::Value, Stop> {
    let mut reader = Reader::new(text);
    let value = reader.value_in(&mut limits)?;
    reader.end()?;
    Ok(value)
}

/// `serde_json::from_str::<Value>` by this reader (for the code that still works on `Value`s:
/// serde_json's own reader is then not in the .wasm).
pub fn value(text: &str) -> Result<serde_json::Value, Bad> {
    let limits = Limits {
        strict: false,
        values: 0,
        max_values: usize::MAX,
    };
    read_value(text, limits).map_err(|stop| match stop {
        Stop::Bad(bad) => bad,
        Stop::Repeated | Stop::TooMany => Bad::Syntax,
    })
}

/// Like `value`, refusing a repeated key and more than `max_values` values (containers and
/// scalars alike; keys are not values): whichever comes first in the text stops the reading.
/// The inbound event reader: a hostile body costs time linear in what was read.
pub fn value_strict(text: &str, max_values: usize) -> Result<serde_json::Value, Stop> {
    let limits = Limits {
        strict: true,
        values: 0,
        max_values,
    };
    read_value(text, limits)
}

/// The whole text as one value (white space around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Node<'_>, Bad> {
    let mut reader = Reader::new(text);
    let node = reader.node()?;
    reader.end()?;
    Ok(node)
}

/// A scalar node as the `serde_json::Value` that `serde_json::from_str` reads from the same
/// text (containers are read into `Value`s by `value` directly, and are `Null` here).
pub fn to_value(node: &Node) -> serde_json::Value {
    use serde_json::Value;
    match node {
        Node::Bool(b) => Value::Bool(*b),
        Node::Num(text) => match node::integer(text) {
            Some(node::Integer::Positive(n)) => Value::from(n),
            Some(node::Integer::Negative(n)) => Value::from(n),
            // Checked while read: the text is a number within f64's range.
            None => to_f64(text).map_or(Value::Null, Value::from),
        },
        Node::Str(s) => Value::String(s.to_string()),
        Node::Null | Node::Arr(_) | Node::Obj(_) => Value::Null,
    }
}

/// The whole text checked as one JSON value, building nothing.
pub fn check(text: &str) -> Result<(), Bad> {
    let mut reader = Reader::new(text);
    reader.skip()?;
    reader.end()
}

fn hex(c: u8) -> Option<u32> {
    char::from(c).to_digit(16)
}

/// The text of a checked string with its escapes resolved; `None` only for a bad escape.
fn unescape(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.bytes().position(|b| b == b'\\') {
        out.push_str(rest.get(..at)?);
        let b = rest.as_bytes();
        let (c, used) = match b.get(at + 1)? {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => ('/', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' => {
                let unit = hex_at(b, at + 2)?;
                if (0xD800..0xDC00).contains(&unit) {
                    let low = hex_at(b, at + 8)?;
                    let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    (char::from_u32(c)?, 12)
                } else {
                    (char::from_u32(unit)?, 6)
                }
            }
            _ => return None,
        };
        out.push(c);
        rest = rest.get(at + used..)?;
    }
    out.push_str(rest);
    Some(out)
}

fn hex_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4)?
        .iter()
        .try_fold(0, |n, c| Some(n * 16 + hex(*c)?))
}

// Against serde_json: native only (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
