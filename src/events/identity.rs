//! The identity of an event, for its dedupe key: a hash of its name and its `data` as a form
//! would carry it, without what changes from one delivery to the next (the handler's id, the
//! send time, the tokens and their times).
//!
//! One walk over the typed data, no copy of it: each container hashes its entries in any
//! order (their mixed hashes are added), so a list and the same entries keyed `0..n-1` (a
//! form's list) hash alike, and so do `true` and `"1"`, `12` and `"12"`. Null, `""` and empty
//! containers count as absent, as a form leaves them out.

use super::form::decimal;
use super::table::shapes::AUTH;
use super::{Event, MAX_DEPTH};
use crate::prelude::*;
use crate::schema::{Obj, Param, Ty};
use serde_json::Value;

/// Equal for two deliveries of the same event, different (up to 64-bit collisions) otherwise.
/// Stable across builds and versions, unlike `std`'s hasher.
pub(crate) fn event_hash(event: &'static Event, data: &Value) -> u64 {
    let name = fnv(FNV_START, event.name.as_bytes());
    mix(name ^ sent_hash(Some(&event.data), data, MAX_DEPTH + 8).unwrap_or(0))
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const LEAF: u64 = 0x9e37_79b9_7f4a_7c15;

fn fnv(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// splitmix64's finaliser: every input bit moves every output bit, so sums of mixed entries
/// do not cancel as sums of raw FNV values would.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of `value` as sent (`None`: absent). `ty` is its declared type, when declared: it
/// says which fields are tokens.
fn sent_hash(ty: Option<&'static Ty>, value: &Value, depth: usize) -> Option<u64> {
    let text = |s: &str| Some(mix(fnv(FNV_START, s.as_bytes()) ^ LEAF));
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => text(s),
        Value::Bool(b) => text(if *b { "1" } else { "0" }),
        Value::Number(n) => {
            let mut digits = [0u8; 20];
            let hash = match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => fnv(FNV_START, decimal(u, &mut digits)),
                (None, Some(i)) => {
                    fnv(fnv(FNV_START, b"-"), decimal(i.unsigned_abs(), &mut digits))
                }
                // A float as serde_json writes it (to_string, not write!: no core::fmt::write).
                _ => fnv(FNV_START, n.to_string().as_bytes()),
            };
            Some(mix(hash ^ LEAF))
        }
        _ if depth == 0 => None,
        Value::Object(map) => {
            let shape = Shape::of(ty);
            container(map.iter().filter_map(|(k, v)| {
                let child = shape.child(k)?;
                Some((fnv(FNV_START, k.as_bytes()), sent_hash(child, v, depth - 1)))
            }))
        }
        Value::Array(list) => {
            let item = match ty {
                Some(Ty::Array(item)) => Some(*item),
                _ => None,
            };
            let mut digits = [0u8; 20];
            container(list.iter().enumerate().map(|(i, v)| {
                let key = fnv(FNV_START, decimal(i as u64, &mut digits));
                (key, sent_hash(item, v, depth - 1))
            }))
        }
    }
}

/// The sum of the mixed (key, value) hashes of the present entries; `None` when none is.
fn container(entries: impl Iterator<Item = (u64, Option<u64>)>) -> Option<u64> {
    let mut sum = 0u64;
    let mut any = false;
    for (key, value) in entries {
        if let Some(value) = value {
            sum = sum.wrapping_add(mix(key.rotate_left(32) ^ value));
            any = true;
        }
    }
    any.then(|| mix(sum ^ LEAF.rotate_left(17)))
}

/// What a declared container says about its entries.
enum Shape {
    /// Declared fields (`carrier`: it holds tokens, so every field of an `auth` block goes).
    Fields {
        fields: &'static [Param],
        carrier: bool,
    },
    /// Every entry of one type (a map).
    Items(&'static Ty),
    Free,
}

impl Shape {
    fn of(ty: Option<&'static Ty>) -> Shape {
        let ty = match ty {
            // The first object or map among the choices decides.
            Some(Ty::Either(choices)) => choices
                .iter()
                .find(|c| matches!(c, Ty::Object(_) | Ty::Map(_))),
            other => other,
        };
        match ty {
            Some(Ty::Object(Obj { fields, .. })) => Shape::Fields {
                fields,
                carrier: fields.iter().any(|p| p.secret),
            },
            Some(Ty::Map(item)) => Shape::Items(item),
            _ => Shape::Free,
        }
    }

    /// The entry's declared type (`Some(None)`: undeclared), or `None` when it is left out.
    fn child(&self, key: &str) -> Option<Option<&'static Ty>> {
        match self {
            Shape::Fields { fields, carrier } => {
                let declared = fields.iter().find(|p| p.name == key);
                if declared.is_some_and(|p| p.secret) || (*carrier && is_auth_field(key)) {
                    return None;
                }
                Some(declared.map(|p| &p.ty))
            }
            Shape::Items(item) => Some(Some(item)),
            Shape::Free => Some(None),
        }
    }
}

/// A field of an `auth` block (`access_token`, `expires`, `member_id`, ...).
fn is_auth_field(key: &str) -> bool {
    match &AUTH {
        Ty::Object(Obj { fields, .. }) => fields.iter().any(|p| p.name == key),
        _ => false,
    }
}
