//! How the pages of a list are walked, one kind per way of paging its docs describe.

use super::path::{get_path, is_absent, path, set_path, take_path, text_of, Path};
use super::progress::compare;
use super::progress::Progress;
use super::{Flow, ListOptions, PagePlan, State, PAGE};
use crate::error::BadReplyKind;
use crate::error::{Error, Problem};
use crate::prelude::*;
use crate::schema::{Access, CursorFrom, End, Method, Paging, Stage};
use core::cmp::Ordering;
use serde_json::{Map, Value};

/// How the pages of this list are walked.
#[derive(Clone, Debug)]
pub(super) enum Walk {
    /// `start` = 0, 50, ... (`start`-paged methods without `idField`).
    Start,
    /// `start`-paged, ordered and filtered by this ID field.
    ById { id: String },
    Offset {
        offset: Path,
        size: Path,
        max: u32,
        end: End,
        repeats_by: Option<&'static str>,
        /// The largest offset the portal takes for these params (`OFFSET_TOO_LARGE` past it).
        cap: Option<u64>,
    },
    Cursor {
        param: Path,
        from: CursorFrom,
        size: Path,
        max: u32,
        end: End,
        stage: Option<Stage>,
        /// Pages can be chained in one batch by references.
        chained: bool,
    },
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
        let refuse = |field: &str, problem| Error::InvalidParam {
            method: method.to_string(),
            field: field.to_string(),
            problem,
        };
        Ok(match paging {
            Paging::None | Paging::Start => match options.id_field.clone() {
                Some(id) => {
                    // Reading by ID orders by ID ascending; saying so is fine, any other order is not.
                    if let Some(order) = params.get("order") {
                        let ascending_by_id = order.as_object().is_some_and(|o| {
                            o.len() == 1
                                && o.iter().all(|(k, v)| {
                                    k.eq_ignore_ascii_case(&id)
                                        && v.as_str().is_some_and(|d| d.eq_ignore_ascii_case("ASC"))
                                })
                        });
                        if !ascending_by_id {
                            return Err(refuse("order", Problem::SetByList));
                        }
                    }
                    state.rows_at = options.rows_at.as_deref().map(path);
                    Walk::ById { id }
                }
                None => {
                    state.rows_at = options.rows_at.as_deref().map(path);
                    Walk::Start
                }
            },
            Paging::Offset {
                offset,
                size,
                end,
                repeats_by,
                cap,
                ..
            } => Walk::Offset {
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
            },
            Paging::Cursor {
                cursor, size, end, ..
            } => {
                let main = path(cursor.param);
                let reverse = cursor.reverse.map(|(param, from)| (path(param), from));
                let given = |p: &Path| !is_absent(get_path(params, p));
                let (param, from) = match reverse {
                    Some((reverse, from)) if given(&reverse) => {
                        if given(&main) {
                            return Err(refuse(
                                cursor.param,
                                Problem::ListOption(
                                    "cannot be given with the cursor that reads the other way",
                                ),
                            ));
                        }
                        (reverse, from)
                    }
                    _ => (main, cursor.from),
                };
                // A cursor the caller gives is where reading starts; from then on it is ours.
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
                        CursorFrom::Max(_) | CursorFrom::Result(_) => {
                            Progress::fixed(Ordering::Greater)
                        }
                        CursorFrom::Last(_) => Progress::learned(),
                    }
                };
                let reads = entry.is_some_and(|e| e.access == Access::Read);
                let referable = matches!(from, CursorFrom::Last(_) | CursorFrom::Result(_));
                Walk::Cursor {
                    param,
                    from,
                    size: path(size.param),
                    max: size.max,
                    end,
                    stage: cursor.stage,
                    chained: reads && referable && cursor.stage.is_none(),
                }
            }
        })
    }

    /// Rows a page asks for.
    pub(super) fn page_size(&self) -> u64 {
        match self {
            Walk::Start | Walk::ById { .. } => PAGE as u64,
            Walk::Offset { max, .. } | Walk::Cursor { max, .. } => u64::from((*max).max(1)),
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
            Value::String(format!(
                "$result[p{}]{rows_reference}[{index}][{field}]",
                i - 1
            ))
        };
        match self {
            Walk::Start => {
                params.insert("start".into(), Value::from(page.position));
            }
            Walk::ById { id } => {
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
                    filter.insert(format!(">{id}"), after);
                    params.insert("filter".into(), Value::Object(filter));
                }
                // `start=0` once, for `total`; then `-1`: no counting.
                let counting = i == 0 && state.total.is_none() && state.after.is_none();
                params.insert("start".into(), Value::from(if counting { 0 } else { -1 }));
            }
            Walk::Offset { offset, size, .. } => {
                set_path(params, offset, Value::from(page.position));
                set_path(params, size, Value::from(page.size));
            }
            Walk::Cursor {
                param,
                from,
                size,
                stage,
                ..
            } => {
                set_path(params, size, Value::from(page.size));
                let at = match (i, from) {
                    (0, _) => state.after.clone(),
                    (_, CursorFrom::Last(field)) => Some(previous_row(field, self.page_size() - 1)),
                    (_, CursorFrom::Result(field)) => {
                        Some(Value::String(format!("$result[p{}][{field}]", i - 1)))
                    }
                    // Not chained: only one page per request.
                    (_, CursorFrom::Min(_) | CursorFrom::Max(_)) => None,
                };
                if let Some(at) = at {
                    set_path(params, param, at);
                }
                if let (Some(stage), Some(value)) = (stage, &state.stage) {
                    set_path(params, &path(stage.param), Value::String(value.clone()));
                }
            }
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
        let raw = rows.len() as u64;
        let mut flow = Flow::Next;
        match self {
            Walk::Start => {
                state.check_not_repeated(rows)?;
                state.next = page.position + PAGE as u64;
                if raw < PAGE as u64 || state.total.is_some_and(|t| state.next >= t) {
                    flow = Flow::End;
                }
            }
            Walk::ById { id } => {
                match rows.last() {
                    Some(last) => {
                        let last_id = last.get(id.as_str()).cloned().unwrap_or(Value::Null);
                        if !state.progress.advance(&last_id, 0) {
                            return Err(BadReplyKind::NoProgress);
                        }
                        state.after = Some(last_id);
                    }
                    None => flow = Flow::End,
                }
                if raw < PAGE as u64 {
                    flow = Flow::End;
                }
            }
            Walk::Offset {
                end, repeats_by, ..
            } => {
                state.check_not_repeated(rows)?;
                if let Some(field) = repeats_by {
                    let mut keys = Vec::with_capacity(rows.len());
                    for row in rows.iter() {
                        keys.push(row.get(*field).cloned().unwrap_or(Value::Null));
                    }
                    rows.retain(|r| !state.seen.contains(r.get(*field).unwrap_or(&Value::Null)));
                    state.seen = keys;
                }
                // The docs step by the page size, not by the rows that came.
                state.next = page.position + page.size;
                let last = match end {
                    End::Total => match state.total {
                        Some(t) => state.next >= t,
                        None => next.is_none(),
                    },
                    End::Flag(field) => result.get(*field) != Some(&Value::Bool(true)),
                    End::ShortPage => raw < page.size,
                };
                if last || raw == 0 {
                    flow = Flow::End;
                }
            }
            Walk::Cursor {
                from,
                end,
                stage,
                chained,
                ..
            } => {
                let value = match from {
                    CursorFrom::Result(field) => result.get(*field).cloned(),
                    CursorFrom::Last(field) => rows.last().and_then(|r| r.get(*field)).cloned(),
                    CursorFrom::Min(field) | CursorFrom::Max(field) => {
                        let want = if matches!(from, CursorFrom::Min(_)) {
                            Ordering::Less
                        } else {
                            Ordering::Greater
                        };
                        let mut best: Option<&Value> = None;
                        for v in rows.iter().filter_map(|r| r.get(*field)) {
                            if !matches!(best, Some(b) if compare(v, b) != Some(want)) {
                                best = Some(v);
                            }
                        }
                        best.cloned()
                    }
                };
                let last = match end {
                    End::Total => next.is_none(),
                    End::Flag(field) => result.get(*field) != Some(&Value::Bool(true)),
                    End::ShortPage => raw < page.size,
                };
                if last || raw == 0 {
                    flow = Flow::End;
                }
                if flow == Flow::End {
                    // A cursor read from `result` is kept even at the end: it is what
                    // acknowledges the last rows or resumes the list later.
                    if let (CursorFrom::Result(_), Some(value)) = (from, value) {
                        state.after = Some(value);
                    }
                } else {
                    // The stage moves with the last row.
                    let stage_value = match stage {
                        Some(stage) => Some(
                            rows.last()
                                .and_then(|r| r.get(stage.field))
                                .map(|v| stage_param(stage, &text_of(v)))
                                .ok_or(BadReplyKind::NoRows)?,
                        ),
                        None => None,
                    };
                    let rank = match (stage, stage_value) {
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
                    // More rows than asked for: the next page's reference (the asked-for last
                    // row) pointed inside this one, so plan again from the real last row.
                    if *chained && raw > page.size {
                        flow = Flow::Replan;
                    }
                }
            }
        }
        Ok(flow)
    }
}

/// The stage param for a row's stage field.
pub(super) fn stage_param(stage: &Stage, row_value: &str) -> &'static str {
    stage
        .values
        .iter()
        .find(|(row, _)| *row == row_value)
        .map_or(stage.otherwise, |(_, param)| param)
}

/// The order of a stage param value: stages come in the order of `values`, `otherwise` last.
pub(super) fn stage_rank(stage: &Stage, param_value: &str) -> usize {
    stage
        .values
        .iter()
        .position(|(_, param)| *param == param_value)
        .unwrap_or(stage.values.len())
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
