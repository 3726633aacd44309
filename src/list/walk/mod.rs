//! How the pages of a list are walked: one kind per way of paging its docs describe, each in
//! its own file (`start`, `by_id`, `offset`, `cursor`), dispatched here. A walk says what the
//! params of each page are (`set_page`) and what a page it read means for the next one
//! (`after_page`); the pager (`super::Pager`) plans the requests and hands the rows out.

mod by_id;
mod cursor;
mod offset;
mod start;

use super::path::path;
use super::{Flow, ListOptions, PagePlan, State, PAGE};
use crate::error::{BadReplyKind, Error, Problem};
use crate::prelude::*;
use crate::schema::{Method, Paging};
use by_id::ById;
use cursor::Cursor;
use offset::Offset;
use serde_json::{Map, Value};
use start::Start;

/// How the pages of this list are walked.
#[derive(Clone, Debug)]
pub(super) enum Walk {
    /// `start` = 0, 50, ... (`start`-paged methods without `idField`).
    Start(Start),
    /// `start`-paged, ordered and filtered by an ID field.
    ById(ById),
    Offset(Offset),
    Cursor(Cursor),
}

impl Walk {
    /// The walk of `paging` for these params and options, with the state it starts from: a
    /// cursor or stage the caller gave becomes the list's own (taken out of `params`).
    pub(super) fn new(
        method: &str,
        entry: Option<&Method>,
        paging: Paging,
        params: &mut Map<String, Value>,
        options: &ListOptions,
        state: &mut State,
    ) -> Result<Walk, Error> {
        Ok(match paging {
            Paging::None | Paging::Start => {
                state.rows_at = options.rows_at.as_deref().map(path);
                match options.id_field.clone() {
                    Some(id) => {
                        let walk = ById { id };
                        if params.get("order").is_some_and(|o| !walk.takes_order(o)) {
                            return Err(Error::InvalidParam {
                                method: method.to_string(),
                                field: "order".to_string(),
                                problem: Problem::SetByList,
                            });
                        }
                        Walk::ById(walk)
                    }
                    None => Walk::Start(Start),
                }
            }
            Paging::Offset {
                offset,
                size,
                end,
                repeats_by,
                cap,
                ..
            } => Walk::Offset(Offset::new(offset, size, end, repeats_by, cap, params)),
            Paging::Cursor {
                cursor, size, end, ..
            } => Walk::Cursor(Cursor::new(
                method, entry, cursor, size, end, params, state,
            )?),
        })
    }

    /// Rows a page asks for.
    pub(super) fn page_size(&self) -> u64 {
        match self {
            Walk::Start(_) | Walk::ById(_) => PAGE as u64,
            Walk::Offset(Offset { max, .. }) | Walk::Cursor(Cursor { max, .. }) => {
                u64::from((*max).max(1))
            }
        }
    }

    /// Sets the params of page `i` of the next request: its position, its size, and for pages
    /// after the first, the reference to the page before (`rows_reference`: where its rows
    /// are, `[items]` or nothing).
    pub(super) fn set_page(
        &self,
        params: &mut Map<String, Value>,
        state: &State,
        i: usize,
        page: &PagePlan,
        rows_reference: &str,
    ) {
        let previous_row = |field: &str, index: u64| {
            Value::String(
                [
                    "$result[p",
                    &crate::text::unsigned(i as u64 - 1),
                    "]",
                    rows_reference,
                    "[",
                    &crate::text::unsigned(index),
                    "][",
                    field,
                    "]",
                ]
                .concat(),
            )
        };
        match self {
            Walk::Start(walk) => walk.set_page(params, page),
            Walk::ById(walk) => walk.set_page(params, state, i, previous_row),
            Walk::Offset(walk) => walk.set_page(params, page),
            Walk::Cursor(walk) => walk.set_page(params, state, i, page, previous_row),
        }
    }

    /// Takes one page's rows into the walk: checks that its position moved on, keeps the next
    /// position in `state`, drops rows a previous page already gave (`repeats_by`), and says
    /// whether the list goes on. An answer that cannot be read on is the error's kind.
    pub(super) fn after_page(
        &self,
        state: &mut State,
        page: &PagePlan,
        result: &Value,
        next: Option<u64>,
        rows: &mut Vec<Value>,
    ) -> Result<Flow, BadReplyKind> {
        match self {
            Walk::Start(walk) => walk.after_page(state, page, rows),
            Walk::ById(walk) => walk.after_page(state, rows),
            Walk::Offset(walk) => walk.after_page(state, page, result, next, rows),
            Walk::Cursor(walk) => walk.after_page(state, page, result, next, rows),
        }
    }
}

impl State {
    /// A page equal to the previous one (same first and last rows, same length) means the
    /// portal ignored the position: reading on would never end.
    fn check_not_repeated(&mut self, rows: &[Value]) -> Result<(), BadReplyKind> {
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            return Ok(());
        };
        if let Some((p_first, p_last, p_len)) = &self.previous {
            if p_first == first && p_last == last && *p_len == rows.len() {
                return Err(BadReplyKind::NoProgress);
            }
        }
        self.previous = Some((first.clone(), last.clone(), rows.len()));
        Ok(())
    }
}
