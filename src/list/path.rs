//! Params addressed by dotted paths (`PARAMS.offset`), and their values as the docs compare
//! them.

use crate::prelude::*;
use serde_json::{Map, Value};

/// A param path: `["PARAMS", "offset"]` for `PARAMS.offset`.
pub(super) type Path = Vec<String>;

pub(super) fn path(dotted: &str) -> Path {
    let mut path = Vec::new();
    for part in dotted.split('.') {
        if !part.is_empty() {
            path.push(part.to_string());
        }
    }
    path
}

pub(super) fn get_path<'a>(params: &'a Map<String, Value>, path: &[String]) -> Option<&'a Value> {
    let (last, parents) = path.split_last()?;
    let mut at = params;
    for name in parents {
        at = at.get(name)?.as_object()?;
    }
    at.get(last)
}

pub(super) fn set_path(params: &mut Map<String, Value>, path: &[String], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = params;
    for name in parents {
        let slot = at
            .entry(name.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Value::Object(inner) = slot else { return };
        at = inner;
    }
    at.insert(last.clone(), value);
}

pub(super) fn is_absent(value: Option<&Value>) -> bool {
    matches!(value, None | Some(Value::Null))
}

/// A param that is ours from now on: removed from the caller's params, its value kept.
pub(super) fn take_path(params: &mut Map<String, Value>, path: &[String]) -> Option<Value> {
    let (last, parents) = path.split_last()?;
    let mut at = params;
    for name in parents {
        at = at.get_mut(name)?.as_object_mut()?;
    }
    at.remove(last).filter(|v| !v.is_null())
}

/// A row or param value as the text the docs compare (`1` and `"1"` alike).
pub(super) fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
