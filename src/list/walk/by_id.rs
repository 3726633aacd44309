//! `start`-paged lists read by ID (`idField`): pages ordered by ID and filtered with `>ID` of
//! the previous page's last row, chained through `$result[previous][49][ID]` with `start=-1`
//! (no counting, `performance/huge-data.md`); the first page uses `start=0` once, to learn
//! `total`.

use super::super::{Flow, State, PAGE};
use crate::error::BadReplyKind;
use crate::prelude::*;
use serde_json::{Map, Value};

/// Pages by `start`, ordered and filtered by this ID field.
#[derive(Clone, Debug)]
pub(in crate::list) struct ById {
    pub(super) id: String,
}

impl ById {
    /// Reading by ID orders by ID ascending: an `order` that says so is fine, any other is
    /// not (`false`).
    pub(super) fn takes_order(&self, order: &Value) -> bool {
        order.as_object().is_some_and(|o| {
            o.len() == 1
                && o.iter().all(|(k, v)| {
                    k.eq_ignore_ascii_case(&self.id)
                        && v.as_str().is_some_and(|d| d.eq_ignore_ascii_case("ASC"))
                })
        })
    }

    /// `previous_row(field, index)`: the reference to a row of the page before.
    pub(super) fn set_page(
        &self,
        params: &mut Map<String, Value>,
        state: &State,
        i: usize,
        previous_row: impl Fn(&str, u64) -> Value,
    ) {
        let id = &self.id;
        let mut order = Map::new();
        order.insert(id.to_string(), Value::from("ASC"));
        params.insert("order".into(), Value::Object(order));
        let after = match i {
            0 => state.after.clone(),
            _ => Some(previous_row(id, PAGE as u64 - 1)),
        };
        if let Some(after) = after {
            let mut filter = match params.remove("filter") {
                Some(Value::Object(filter)) => filter,
                _ => Map::new(),
            };
            filter.insert([">", id].concat(), after);
            params.insert("filter".into(), Value::Object(filter));
        }
        // `start=0` once, for `total`; then `-1`: no counting.
        let counting = i == 0 && state.total.is_none() && state.after.is_none();
        params.insert("start".into(), Value::from(if counting { 0 } else { -1 }));
    }

    pub(super) fn after_page(
        &self,
        state: &mut State,
        rows: &[Value],
    ) -> Result<Flow, BadReplyKind> {
        let mut flow = Flow::Next;
        match rows.last() {
            Some(last) => {
                let last_id = last.get(self.id.as_str()).cloned().unwrap_or(Value::Null);
                if !state.progress.advance(&last_id, 0) {
                    return Err(BadReplyKind::NoProgress);
                }
                state.after = Some(last_id);
            }
            None => flow = Flow::End,
        }
        if (rows.len() as u64) < PAGE as u64 {
            flow = Flow::End;
        }
        Ok(flow)
    }
}
