//! What the caller says of how to walk a list (`client.list(method, params, options)`).

use crate::error::{Error, Problem};
use crate::prelude::*;
use serde_json::Value;

/// How to walk a list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListOptions {
    /// The rows' ID field (`ID`, or `id` for `crm.item.list`): reads start-paged methods by ID.
    pub id_field: Option<String>,
    /// Where the rows are inside `result` (`items` for `crm.item.list`), for start-paged
    /// methods; found by itself when `result` is a list or has an `items` list.
    pub rows_at: Option<String>,
    /// Stop after this many rows.
    pub limit: Option<u64>,
}

impl ListOptions {
    /// Reads `{ idField, rowsAt, limit }` as JS sends it. `limit` must be a positive integer:
    /// `-1`, `1.5`, `"10"` and `null` (what `JSON.stringify` makes of `NaN`) are refused.
    /// Other keys belong to the JS side and are ignored.
    pub fn from_json(method: &str, options: &Value) -> Result<ListOptions, Error> {
        let refuse = |field: &str, problem| Error::InvalidParam {
            method: method.to_string(),
            field: field.to_string(),
            problem,
        };
        let options = match options {
            Value::Null => return Ok(ListOptions::default()),
            Value::Object(options) => options,
            _ => return Err(refuse("options", Problem::NotAnObject)),
        };
        let text = |key: &str| match options.get(key) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => Err(refuse(key, Problem::WrongType("a field name"))),
        };
        let limit = match options.get("limit") {
            None => None,
            Some(value) => Some(
                value
                    .as_u64()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| refuse("limit", Problem::WrongType("a positive integer")))?,
            ),
        };
        Ok(ListOptions {
            id_field: text("idField")?,
            rows_at: text("rowsAt")?,
            limit,
        })
    }
}
