//! Lists paged by a cursor (`LAST_ID`, `offset` = `nextOffset`...): the next page starts from
//! a value of this one. When that value can be named by a reference (the last row of a full
//! page, or a field of `result`), pages are chained in one batch; otherwise (the smallest ID
//! of a page, a stage param derived from a row) one page per request. A method that writes as
//! it pages (`im.v2.Event.get` acknowledges the events before `offset`) is also read one page
//! per request: each request then acknowledges only rows already handed out, and an answer
//! lost on the way costs nothing.

use super::super::path::{get_path, is_absent, path, set_path, take_path, text_of, Path};
use super::super::progress::{compare, Progress};
use super::super::{Flow, PagePlan, State};
use crate::error::{BadReplyKind, Error, Problem};
use crate::prelude::*;
use crate::schema::{self, Access, CursorFrom, End, Method, PageSize, Stage};
use core::cmp::Ordering;
use serde_json::{Map, Value};

/// Pages by a cursor param.
#[derive(Clone, Debug)]
pub(in crate::list) struct Cursor {
    param: Path,
    from: CursorFrom,
    size: Path,
    pub(super) max: u32,
    end: End,
    stage: Option<Stage>,
    /// Pages can be chained in one batch by references.
    pub(in crate::list) chained: bool,
}

impl Cursor {
    /// The cursor walk for these params: a cursor or stage the caller gave is where reading
    /// starts (taken out of `params` into `state`: from then on it is the list's own).
    pub(super) fn new(
        method: &str,
        entry: Option<&Method>,
        cursor: schema::Cursor,
        size: PageSize,
        end: End,
        params: &mut Map<String, Value>,
        state: &mut State,
    ) -> Result<Cursor, Error> {
        let main = path(cursor.param);
        let reverse = cursor.reverse.map(|(param, from)| (path(param), from));
        let given = |p: &Path| !is_absent(get_path(params, p));
        let (param, from) = match reverse {
            Some((reverse, from)) if given(&reverse) => {
                if given(&main) {
                    return Err(Error::InvalidParam {
                        method: method.to_string(),
                        field: cursor.param.to_string(),
                        problem: Problem::ListOption(
                            "cannot be given with the cursor that reads the other way",
                        ),
                    });
                }
                (reverse, from)
            }
            _ => (main, cursor.from),
        };
        state.after = take_path(params, &param);
        if let Some(stage) = cursor.stage {
            state.stage = take_path(params, &path(stage.param)).map(|v| text_of(&v));
            state.progress.stage = state
                .stage
                .as_deref()
                .map_or(0, |value| stage_rank(&stage, value));
        }
        state.progress = Progress {
            last: state.after.clone(),
            stage: state.progress.stage,
            ..match from {
                CursorFrom::Min(_) => Progress::fixed(Ordering::Less),
                CursorFrom::Max(_) | CursorFrom::Result(_) => Progress::fixed(Ordering::Greater),
                CursorFrom::Last(_) => Progress::learned(),
            }
        };
        let reads = entry.is_some_and(|e| e.access == Access::Read);
        let referable = matches!(from, CursorFrom::Last(_) | CursorFrom::Result(_));
        Ok(Cursor {
            param,
            from,
            size: path(size.param),
            max: size.max,
            end,
            stage: cursor.stage,
            chained: reads && referable && cursor.stage.is_none(),
        })
    }

    /// `previous_row(field, index)`: the reference to a row of the page before.
    pub(super) fn set_page(
        &self,
        params: &mut Map<String, Value>,
        state: &State,
        i: usize,
        page: &PagePlan,
        previous_row: impl Fn(&str, u64) -> Value,
    ) {
        set_path(params, &self.size, Value::from(page.size));
        let at = match (i, self.from) {
            (0, _) => state.after.clone(),
            (_, CursorFrom::Last(field)) => {
                Some(previous_row(field, u64::from(self.max.max(1)) - 1))
            }
            (_, CursorFrom::Result(field)) => Some(Value::String(
                [
                    "$result[p",
                    &crate::text::unsigned(i as u64 - 1),
                    "][",
                    field,
                    "]",
                ]
                .concat(),
            )),
            // Not chained: only one page per request.
            (_, CursorFrom::Min(_) | CursorFrom::Max(_)) => None,
        };
        if let Some(at) = at {
            set_path(params, &self.param, at);
        }
        if let (Some(stage), Some(value)) = (&self.stage, &state.stage) {
            set_path(params, &path(stage.param), Value::String(value.clone()));
        }
    }

    pub(super) fn after_page(
        &self,
        state: &mut State,
        page: &PagePlan,
        result: &Value,
        next: Option<u64>,
        rows: &[Value],
    ) -> Result<Flow, BadReplyKind> {
        let raw = rows.len() as u64;
        let value = match self.from {
            CursorFrom::Result(field) => result.get(field).cloned(),
            CursorFrom::Last(field) => rows.last().and_then(|r| r.get(field)).cloned(),
            CursorFrom::Min(field) | CursorFrom::Max(field) => {
                let want = if matches!(self.from, CursorFrom::Min(_)) {
                    Ordering::Less
                } else {
                    Ordering::Greater
                };
                let mut best: Option<&Value> = None;
                for v in rows.iter().filter_map(|r| r.get(field)) {
                    if !matches!(best, Some(b) if compare(v, b) != Some(want)) {
                        best = Some(v);
                    }
                }
                best.cloned()
            }
        };
        let last = match self.end {
            End::Total => next.is_none(),
            End::Flag(field) => result.get(field) != Some(&Value::Bool(true)),
            End::ShortPage => raw < page.size,
        };
        if last || raw == 0 {
            // A cursor read from `result` is kept even at the end: it is what acknowledges the
            // last rows or resumes the list later.
            if let (CursorFrom::Result(_), Some(value)) = (self.from, value) {
                state.after = Some(value);
            }
            return Ok(Flow::End);
        }
        // The stage moves with the last row.
        let stage_value = match &self.stage {
            Some(stage) => Some(
                rows.last()
                    .and_then(|r| r.get(stage.field))
                    .map(|v| stage_param(stage, &text_of(v)))
                    .ok_or(BadReplyKind::NoRows)?,
            ),
            None => None,
        };
        let rank = match (&self.stage, stage_value) {
            (Some(stage), Some(value)) => stage_rank(stage, value),
            _ => 0,
        };
        // Without a position the list cannot go on.
        let value = value.ok_or(BadReplyKind::NoRows)?;
        if !state.progress.advance(&value, rank) {
            return Err(BadReplyKind::NoProgress);
        }
        state.after = Some(value);
        state.stage = stage_value.map(str::to_string);
        // More rows than asked for: the next page's reference (the asked-for last row) pointed
        // inside this one, so plan again from the real last row.
        if self.chained && raw > page.size {
            return Ok(Flow::Replan);
        }
        Ok(Flow::Next)
    }
}

/// The stage param for a row's stage field.
fn stage_param(stage: &Stage, row_value: &str) -> &'static str {
    stage
        .values
        .iter()
        .find(|(row, _)| *row == row_value)
        .map_or(stage.otherwise, |(_, param)| param)
}

/// The order of a stage param value: stages come in the order of `values`, `otherwise` last.
fn stage_rank(stage: &Stage, param_value: &str) -> usize {
    stage
        .values
        .iter()
        .position(|(_, param)| *param == param_value)
        .unwrap_or(stage.values.len())
}
