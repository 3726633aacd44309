//! A JSON value read by `super::Reader`: strings and numbers borrow the text they came from,
//! and an object's fields are kept sorted by key (a repeated key keeps its last value, as
//! serde_json's map does), so a field is found by halves and fields come out in key order.

use crate::prelude::*;
use alloc::borrow::Cow;

/// An object's fields, sorted by key, each key once.
pub type Fields<'a> = [(Cow<'a, str>, Node<'a>)];

#[derive(Clone, Debug, PartialEq)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    /// The number's text, as JSON's grammar allows it.
    Num(&'a str),
    Str(Cow<'a, str>),
    Arr(Vec<Node<'a>>),
    Obj(Vec<(Cow<'a, str>, Node<'a>)>),
}

/// Puts a field in its sorted place; a repeated key replaces the earlier value.
pub(super) fn insert<'a>(
    fields: &mut Vec<(Cow<'a, str>, Node<'a>)>,
    key: Cow<'a, str>,
    value: Node<'a>,
) {
    // Texts mostly come in order already: the last place is tried first.
    let last = fields.last().map(|(k, _)| k.as_ref() < key.as_ref());
    if last != Some(false) {
        fields.push((key, value));
        return;
    }
    match fields.binary_search_by(|(k, _)| k.as_ref().cmp(key.as_ref())) {
        Ok(at) => {
            if let Some(slot) = fields.get_mut(at) {
                slot.1 = value;
            }
        }
        Err(at) => fields.insert(at, (key, value)),
    }
}

/// The value of field `name`.
pub fn get<'n, 'a>(fields: &'n Fields<'a>, name: &str) -> Option<&'n Node<'a>> {
    let at = fields
        .binary_search_by(|(k, _)| k.as_ref().cmp(name))
        .ok()?;
    fields.get(at).map(|(_, v)| v)
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
