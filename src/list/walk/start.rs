//! `start`-paged lists (the REST standard, and every method outside the table): `start` = 0,
//! 50, 100..., 50 pages per batch.

use super::super::{Flow, PagePlan, State, PAGE};
use crate::error::BadReplyKind;
use crate::prelude::*;
use serde_json::{Map, Value};

/// Pages by `start`.
#[derive(Clone, Debug)]
pub(in crate::list) struct Start;

impl Start {
    pub(super) fn set_page(&self, params: &mut Map<String, Value>, page: &PagePlan) {
        params.insert("start".into(), Value::from(page.position));
    }

    pub(super) fn after_page(
        &self,
        state: &mut State,
        page: &PagePlan,
        rows: &[Value],
    ) -> Result<Flow, BadReplyKind> {
        state.check_not_repeated(rows)?;
        state.next = page.position + PAGE as u64;
        let raw = rows.len() as u64;
        if raw < PAGE as u64 || state.total.is_some_and(|t| state.next >= t) {
            return Ok(Flow::End);
        }
        Ok(Flow::Next)
    }
}
