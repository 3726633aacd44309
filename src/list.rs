//! Reading every row of a list method with as few requests as the portal allows.
//!
//! List methods answer 50 rows a page (`list-methods-pecularities.md`). Two strategies:
//! - **By ID** (when the caller names the ID field): pages ordered by ID and filtered with
//!   `>ID` of the previous page's last row, with `start=-1` so the portal skips counting
//!   (`performance/huge-data.md`). 50 such pages are chained in one batch through
//!   `$result[previous][49][ID]`, so one request brings up to 2,500 rows. The first page uses
//!   `start=0` once, to learn `total` and so never ask for pages past the end.
//! - **By position** otherwise: `start=0, 50, 100...`, again 50 pages per batch.
//!
//! Rows come out once each, in order; a short page ends the list.

#![allow(dead_code)] // Until the sans-IO pager replaces this reader.
use crate::batch::{Command, MAX_COMMANDS};
use crate::error::{Error, Problem};
use crate::methods;
use crate::validate::validate;
use serde_json::{json, Map, Value};

/// Rows per page of every list method.
pub const PAGE: usize = 50;

/// How to walk a list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListOptions {
    /// The rows' ID field (`ID`, or `id` for `crm.item.list`): enables the fast strategy.
    pub id_field: Option<String>,
    /// Where the rows are inside `result` (`items` for `crm.item.list`); found by itself
    /// when `result` is a list or has an `items` list.
    pub rows_at: Option<String>,
    /// Stop after this many rows.
    pub limit: Option<u64>,
}

/// One fetch's rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub rows: Vec<Value>,
    /// How many rows the list has, once the portal said.
    pub total: Option<u64>,
}

#[derive(Clone, Debug, PartialEq)]
enum Position {
    /// Nothing fetched yet.
    Start,
    /// By ID: the last row's ID.
    After(Value),
    /// By position: the next `start`.
    At(u64),
    Done,
}

/// A list being read; `next` fetches the following rows.
pub struct Lister {
    method: String,
    params: Map<String, Value>,
    options: ListOptions,
    position: Position,
    total: Option<u64>,
    emitted: u64,
}

fn rows_of(result: &Value, rows_at: Option<&str>) -> Option<Vec<Value>> {
    let rows = match rows_at {
        Some(field) => result.get(field)?,
        None if result.is_array() => result,
        None => result.get("items").filter(|v| v.is_array())?,
    };
    match rows {
        Value::Array(items) => Some(items.clone()),
        // PHP writes an empty list as `{}` in some answers.
        Value::Object(fields) if fields.is_empty() => Some(Vec::new()),
        _ => None,
    }
}

impl Lister {
    /// Checks the params (like a call) and the options; nothing is sent yet.
    pub fn new(method: &str, params: Value, options: ListOptions) -> Result<Lister, Error> {
        let refuse = |field: &str, problem| Error::InvalidParam {
            method: method.to_string(),
            field: field.to_string(),
            problem,
        };
        let Value::Object(params) = params else {
            return Err(refuse("params", Problem::NotAnObject));
        };
        if let Some(entry) = methods::find(method) {
            validate(entry, &Value::Object(params.clone()))?;
        }
        if params.contains_key("start") {
            return Err(refuse("start", Problem::SetByList));
        }
        // Reading by ID orders by ID ascending; saying so is fine, any other order is not.
        if let (Some(id), Some(order)) = (&options.id_field, params.get("order")) {
            let ascending_by_id = order.as_object().is_some_and(|o| {
                o.len() == 1
                    && o.iter().all(|(k, v)| {
                        k.eq_ignore_ascii_case(id)
                            && v.as_str().is_some_and(|d| d.eq_ignore_ascii_case("ASC"))
                    })
            });
            if !ascending_by_id {
                return Err(refuse("order", Problem::SetByList));
            }
        }
        Ok(Lister {
            method: method.to_string(),
            params,
            options,
            position: Position::Start,
            total: None,
            emitted: 0,
        })
    }

    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// Rows handed out so far.
    pub fn rows(&self) -> u64 {
        self.emitted
    }

    /// How many pages the next request should ask for.
    fn pages_wanted(&self) -> usize {
        let mut left = self.total.map(|t| t.saturating_sub(self.emitted));
        if let Some(limit) = self.options.limit {
            let by_limit = limit.saturating_sub(self.emitted);
            left = Some(left.map_or(by_limit, |l| l.min(by_limit)));
        }
        match left {
            Some(rows) => (rows as usize).div_ceil(PAGE).clamp(1, MAX_COMMANDS),
            None => MAX_COMMANDS,
        }
    }

    fn page_params(&self, start: i64, after: Option<Value>) -> Value {
        let mut params = self.params.clone();
        if let Some(id) = &self.options.id_field {
            params.insert("order".into(), json!({ id: "ASC" }));
            if let Some(after) = after {
                let mut filter = match params.remove("filter") {
                    Some(Value::Object(filter)) => filter,
                    _ => Map::new(),
                };
                filter.insert(format!(">{id}"), after);
                params.insert("filter".into(), Value::Object(filter));
            }
        }
        params.insert("start".into(), json!(start));
        Value::Object(params)
    }

    /// The commands of the next request.
    fn commands(&self) -> Vec<Command> {
        let pages = self.pages_wanted();
        let command = |i: usize, params| Command {
            key: format!("p{i}"),
            method: self.method.clone(),
            params,
        };
        match (&self.position, &self.options.id_field) {
            (Position::Done, _) => Vec::new(),
            (position, Some(id)) => {
                // The last row of the previous page, as the portal will know it.
                let rows_path = self
                    .options
                    .rows_at
                    .as_deref()
                    .map(|f| format!("[{f}]"))
                    .unwrap_or_default();
                (0..pages)
                    .map(|i| {
                        let after = match (i, position) {
                            (0, Position::After(last)) => Some(last.clone()),
                            (0, _) => None,
                            _ => Some(Value::String(format!(
                                "$result[p{}]{rows_path}[{}][{id}]",
                                i - 1,
                                PAGE - 1
                            ))),
                        };
                        // `start=0` once, for `total`; then `-1`: no counting.
                        let start = if i == 0 && self.position == Position::Start {
                            0
                        } else {
                            -1
                        };
                        command(i, self.page_params(start, after))
                    })
                    .collect()
            }
            (position, None) => {
                let first = match position {
                    Position::At(start) => *start,
                    _ => 0,
                };
                (0..pages)
                    .map(|i| {
                        command(
                            i,
                            self.page_params((first + (i * PAGE) as u64) as i64, None),
                        )
                    })
                    .collect()
            }
        }
    }

    // The async reader is replaced by the sans-IO pager (`Pager`).
}
