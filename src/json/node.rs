//! A JSON value read by `super::Reader`: strings and numbers borrow the text they came from.
//! An object keeps its fields in the text's order, each key once: a repeated key keeps its
//! first place and its last value (serde_json's map keeps the last value too). Each key
//! carries a hash, so a lookup compares numbers before texts; comparing sorted keys (binary
//! search) was most of the time of reading and checking a large object.

use crate::prelude::*;
use alloc::borrow::Cow;

/// One field of an object.
#[derive(Clone, Debug)]
pub struct Field<'a> {
    pub key: Cow<'a, str>,
    hash: u32,
    pub value: Node<'a>,
}

/// An object's fields, in the text's order, each key once.
pub type Fields<'a> = [Field<'a>];

#[derive(Clone, Debug)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    /// The number's text, as JSON's grammar allows it.
    Num(&'a str),
    Str(Cow<'a, str>),
    Arr(Vec<Node<'a>>),
    Obj(Vec<Field<'a>>),
}

/// A cheap fingerprint of a key (its length and its first and last two bytes): enough to
/// skip most unequal keys without reading them, in constant time. (A full hash over every
/// byte was an eighth of reading a large object.)
pub fn hash(key: &str) -> u32 {
    let b = key.as_bytes();
    let at = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    let n = b.len();
    (n as u32)
        ^ (at(0) << 8)
        ^ (at(1) << 13)
        ^ (at(n.wrapping_sub(1)) << 18)
        ^ (at(n.wrapping_sub(2)) << 23)
        ^ (at(n / 2) << 3)
}

/// The keys of an object being read, to find a repeated one. Small objects look at a bit per
/// fingerprint (mod 1024) and scan the earlier fields only when it is set; past `SMALL` fields
/// the keys go into an ordered map (the `serde_json::Map` type the .wasm links anyway, its
/// values the field positions), so a large object costs log time per key, not a scan.
#[derive(Default)]
pub(super) struct Keys {
    seen: [u64; 16],
    large: Option<serde_json::Map<String, serde_json::Value>>,
}

const SMALL: usize = 256;

impl Keys {
    /// Adds a field; a repeated key keeps its place and takes the new value.
    pub(super) fn insert<'a>(
        &mut self,
        fields: &mut Vec<Field<'a>>,
        key: Cow<'a, str>,
        value: Node<'a>,
    ) {
        let hash = hash(&key);
        if fields.len() >= SMALL && self.large.is_none() {
            let mut map = serde_json::Map::new();
            for (at, f) in fields.iter().enumerate() {
                map.insert(f.key.to_string(), serde_json::Value::from(at));
            }
            self.large = Some(map);
        }
        let earlier = match &mut self.large {
            Some(map) => match map.get(key.as_ref()).and_then(serde_json::Value::as_u64) {
                Some(at) => fields.get_mut(at as usize),
                None => {
                    map.insert(key.to_string(), serde_json::Value::from(fields.len()));
                    None
                }
            },
            None => {
                let bit = (hash.wrapping_mul(0x9E37_79B1) >> 22) as usize;
                let mask = 1u64 << (bit % 64);
                match self.seen.get_mut(bit / 64) {
                    Some(word) if *word & mask != 0 => {
                        fields.iter_mut().find(|f| f.hash == hash && f.key == key)
                    }
                    Some(word) => {
                        *word |= mask;
                        None
                    }
                    None => None,
                }
            }
        };
        match earlier {
            Some(earlier) => earlier.value = value,
            None => fields.push(Field { key, hash, value }),
        }
    }
}

/// The value of field `name`.
pub fn get<'n, 'a>(fields: &'n Fields<'a>, name: &str) -> Option<&'n Node<'a>> {
    get_next(fields, name, &mut 0)
}

/// The value of field `name`, trying the field at `*next` first: fields mostly come in the
/// order they are asked for (the method table's), so most lookups compare one key. `*next`
/// moves past the field found.
pub fn get_next<'n, 'a>(
    fields: &'n Fields<'a>,
    name: &str,
    next: &mut usize,
) -> Option<&'n Node<'a>> {
    if let Some(f) = fields.get(*next).filter(|f| f.key == name) {
        *next += 1;
        return Some(&f.value);
    }
    let hash = hash(name);
    let at = fields
        .iter()
        .position(|f| f.hash == hash && f.key == name)?;
    *next = at + 1;
    fields.get(at).map(|f| &f.value)
}

/// `node["key"]` and `node[0]` as serde_json's `Value` has them: `Null` where there is none.
static NULL: Node<'static> = Node::Null;

impl<'a> core::ops::Index<&str> for Node<'a> {
    type Output = Node<'a>;
    fn index(&self, key: &str) -> &Node<'a> {
        self.get(key).unwrap_or(&NULL)
    }
}

impl<'a> core::ops::Index<usize> for Node<'a> {
    type Output = Node<'a>;
    fn index(&self, at: usize) -> &Node<'a> {
        self.as_array()
            .and_then(|items| items.get(at))
            .unwrap_or(&NULL)
    }
}

impl PartialEq for Node<'_> {
    /// JSON equality: objects whatever the order of their fields.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Node::Null, Node::Null) => true,
            (Node::Bool(a), Node::Bool(b)) => a == b,
            (Node::Num(a), Node::Num(b)) => a == b,
            (Node::Str(a), Node::Str(b)) => a == b,
            (Node::Arr(a), Node::Arr(b)) => a == b,
            (Node::Obj(a), Node::Obj(b)) => {
                a.len() == b.len() && a.iter().all(|f| get(b, &f.key) == Some(&f.value))
            }
            _ => false,
        }
    }
}

impl<'a> Node<'a> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Fields<'a>> {
        match self {
            Node::Obj(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node<'a>]> {
        match self {
            Node::Arr(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }

    /// Field `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Node<'a>> {
        get(self.as_object()?, name)
    }

    /// The number as a whole number that fits i64 or u64 (as serde_json reads it: no
    /// fraction, no exponent, and `-0` is a float there), with its sign.
    pub fn integer(&self) -> Option<Integer> {
        match self {
            Node::Num(text) => integer(text),
            _ => None,
        }
    }

    /// The number as i64, when it is an integer that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self.integer()? {
            Integer::Negative(n) => Some(n),
            Integer::Positive(n) => i64::try_from(n).ok(),
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self.integer()? {
            Integer::Positive(n) => Some(n),
            Integer::Negative(_) => None,
        }
    }
}

/// A whole number as serde_json keeps it: u64 when not negative, i64 when negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Integer {
    Positive(u64),
    Negative(i64),
}

/// The integer a number's text is, when serde_json reads it as one.
pub fn integer(text: &str) -> Option<Integer> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut n: u64 = 0;
    for d in digits.bytes() {
        n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    if !negative {
        return Some(Integer::Positive(n));
    }
    // serde_json: a negative zero is the float -0.0, and past i64::MIN a float too.
    if n == 0 {
        return None;
    }
    if n == 1 << 63 {
        return Some(Integer::Negative(i64::MIN));
    }
    i64::try_from(n).ok().map(|n| Integer::Negative(-n))
}
