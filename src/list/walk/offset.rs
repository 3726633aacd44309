//! Lists paged by an offset (`OFFSET`/`LIMIT`, `offset`/`limit`, `PARAMS.offset`/
//! `PARAMS.limit`): the positions are known in advance, so up to 50 pages go in one batch
//! without references.

use super::super::path::{is_absent, path, set_path, Path};
use super::super::{Flow, PagePlan, State};
use crate::error::BadReplyKind;
use crate::prelude::*;
use crate::schema::{End, OffsetCap, PageSize};
use serde_json::{Map, Value};

/// Pages by an offset param.
#[derive(Clone, Debug)]
pub(in crate::list) struct Offset {
    offset: Path,
    size: Path,
    pub(super) max: u32,
    pub(in crate::list) end: End,
    repeats_by: Option<&'static str>,
    /// The largest offset the portal takes for these params (`OFFSET_TOO_LARGE` past it).
    pub(in crate::list) cap: Option<u64>,
}

impl Offset {
    pub(super) fn new(
        offset: &str,
        size: PageSize,
        end: End,
        repeats_by: Option<&'static str>,
        cap: Option<OffsetCap>,
        params: &Map<String, Value>,
    ) -> Offset {
        Offset {
            offset: path(offset),
            size: path(size.param),
            max: size.max,
            end,
            repeats_by,
            cap: cap
                .filter(|c| {
                    c.when_any_of.is_empty()
                        || c.when_any_of.iter().any(|n| !is_absent(params.get(*n)))
                })
                .map(|c| u64::from(c.max)),
        }
    }

    pub(super) fn set_page(&self, params: &mut Map<String, Value>, page: &PagePlan) {
        set_path(params, &self.offset, Value::from(page.position));
        set_path(params, &self.size, Value::from(page.size));
    }

    pub(super) fn after_page(
        &self,
        state: &mut State,
        page: &PagePlan,
        result: &Value,
        next: Option<u64>,
        rows: &mut Vec<Value>,
    ) -> Result<Flow, BadReplyKind> {
        let raw = rows.len() as u64;
        state.check_not_repeated(rows)?;
        if let Some(field) = self.repeats_by {
            let mut keys = Vec::with_capacity(rows.len());
            for row in rows.iter() {
                keys.push(row.get(field).cloned().unwrap_or(Value::Null));
            }
            rows.retain(|r| !state.seen.contains(r.get(field).unwrap_or(&Value::Null)));
            state.seen = keys;
        }
        // The docs step by the page size, not by the rows that came.
        state.next = page.position + page.size;
        let last = match self.end {
            End::Total => match state.total {
                Some(t) => state.next >= t,
                None => next.is_none(),
            },
            End::Flag(field) => result.get(field) != Some(&Value::Bool(true)),
            End::ShortPage => raw < page.size,
        };
        Ok(if last || raw == 0 {
            Flow::End
        } else {
            Flow::Next
        })
    }
}
