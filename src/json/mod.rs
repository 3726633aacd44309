//! A small strict JSON reader (RFC 8259) over text, without `serde_json::Value`: a pull
//! reader that can skip a value while checking it (`Reader::skip`), and `parse` into a
//! `Node` that borrows its strings and numbers from the text. Nesting is bounded as
//! serde_json bounds it, so the two accept and refuse the same texts (the property tests in
//! `tests.rs` hold them side by side). It never panics: every byte is read with `get`.

use crate::prelude::*;
use alloc::borrow::Cow;

mod node;
pub use node::{Fields, Node};

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

    fn byte(&self) -> Option<u8> {
        self.src.as_bytes().get(self.at).copied()
    }

    /// Where the reader is, as a byte offset into the text.
    pub fn position(&self) -> usize {
        self.at
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.byte() {
            self.at += 1;
        }
    }

    /// The first byte of the next value (after white space), not consumed.
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
        let digits = |at: &mut usize| {
            let from = *at;
            while b.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at - from
        };
        let mut at = self.at;
        if b.get(at) == Some(&b'-') {
            at += 1;
        }
        let whole_from = at;
        match b.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => {
                digits(&mut at);
            }
            Some(_) => return Err(Bad::Syntax),
            None => return Err(Bad::Eof),
        }
        let whole_to = at;
        let mut fraction = (at, at);
        if b.get(at) == Some(&b'.') {
            at += 1;
            let from = at;
            match digits(&mut at) {
                0 if at >= b.len() => return Err(Bad::Eof),
                0 => return Err(Bad::Syntax),
                _ => fraction = (from, at),
            }
        }
        let mut exponent: i64 = 0;
        if let Some(b'e' | b'E') = b.get(at) {
            at += 1;
            let negative = match b.get(at) {
                Some(b'-') => {
                    at += 1;
                    true
                }
                Some(b'+') => {
                    at += 1;
                    false
                }
                _ => false,
            };
            let from = at;
            match digits(&mut at) {
                0 if at >= b.len() => return Err(Bad::Eof),
                0 => return Err(Bad::Syntax),
                _ => {}
            }
            for d in b.get(from..at).unwrap_or_default() {
                exponent = (exponent * 10 + i64::from(d - b'0')).min(1 << 40);
            }
            if negative {
                exponent = -exponent;
            }
        }
        let whole = b.get(whole_from..whole_to).unwrap_or_default();
        let fraction = b.get(fraction.0..fraction.1).unwrap_or_default();
        if too_big(whole, fraction, exponent) {
            return Err(Bad::Syntax);
        }
        self.at = at;
        self.src.get(start..at).ok_or(Bad::Syntax)
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
                let mut fields: Vec<(Cow<'a, str>, Node<'a>)> = Vec::new();
                while let Some(key) = self.next_key()? {
                    let value = self.node()?;
                    node::insert(&mut fields, key, value);
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
}

/// The whole text as one value (white space around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Node<'_>, Bad> {
    let mut reader = Reader::new(text);
    let node = reader.node()?;
    reader.end()?;
    Ok(node)
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

/// f64's largest finite value, rounded up to where a decimal rounds to infinity: the digits
/// of 2^1024 - 2^970 (the halfway point past `f64::MAX`), times 10^308.
const F64_EDGE: &[u8] = b"17976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720709633";

/// Whether a number (its whole and fraction digits and its exponent) is past f64's range,
/// which serde_json refuses. Found from the digits: parsing the float would link float tables.
fn too_big(whole: &[u8], fraction: &[u8], exponent: i64) -> bool {
    // The significant digits, without leading zeros, and the power of ten of the first one.
    let digits = || whole.iter().chain(fraction.iter()).copied();
    let leading = digits().take_while(|d| *d == b'0').count();
    let significant = whole.len() + fraction.len() - leading;
    if significant == 0 {
        return false;
    }
    let power = whole.len() as i64 - leading as i64 - 1 + exponent;
    if power != 308 {
        return power > 308;
    }
    // Same power as the edge: compare digit by digit (past the edge's digits: any non-zero).
    let mut edge = F64_EDGE.iter();
    for d in digits().skip(leading) {
        match edge.next() {
            Some(e) if d > *e => return true,
            Some(e) if d < *e => return false,
            Some(_) => {}
            // As long as the edge's digits kept here, and more: taken as past it.
            None => return true,
        }
    }
    false
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

#[cfg(test)]
mod tests;
