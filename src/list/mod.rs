//! Reading every row of a list method with as few requests as its paging allows, sans-IO.
//!
//! A [`Pager`] is told the method, its table entry, the caller's params and [`ListOptions`];
//! it validates them once, then says what to send next ([`Pager::next_request`]: one call, or
//! a batch of chained pages) and turns each answer into rows ([`Pager::on_single`],
//! [`Pager::on_batch`]). It never sends anything itself.
//!
//! How a method pages comes from its entry (`schema::Paging`, as its docs page describes):
//! - **Start** (the REST standard, for methods outside the table such as `crm.*`): `start` =
//!   0, 50, 100... 50 pages per batch. With `idField`, pages are ordered by ID and filtered
//!   with `>ID` of the previous page's last row, chained through `$result[previous][49][ID]`
//!   with `start=-1` (no counting, `performance/huge-data.md`); the first page uses `start=0`
//!   once, to learn `total`.
//! - **Offset** (`OFFSET`/`LIMIT`, `offset`/`limit`, `PARAMS.offset`/`PARAMS.limit`): the
//!   positions are known in advance, so up to 50 pages go in one batch without references.
//! - **Cursor** (`LAST_ID`, `offset` = `nextOffset`...): the next page starts from a value of
//!   this one. When that value can be named by a reference (the last row of a full page, or a
//!   field of `result`), pages are chained in one batch; otherwise (the smallest ID of a page,
//!   a stage param derived from a row) one page per request. A method that writes as it pages
//!   (`im.v2.Event.get` acknowledges the events before `offset`) is also read one page per
//!   request: each request then acknowledges only rows already handed out, and an answer lost
//!   on the way costs nothing.
//!
//! Rows come out once each, in order. A position that stands still or goes back (a portal
//! repeating a page) ends the list with `BAD_REPLY` `no_progress` instead of looping. The state
//! kept between pages is bounded: a position, the previous page's first and last rows, and for
//! lists whose pages overlap the previous page's keys.

use crate::prelude::*;
#[cfg(test)]
mod tests;

use crate::batch::{Command, Outcome, MAX_COMMANDS};
use crate::error::{BadReplyKind, Error, Problem};
use crate::schema::{Access, CursorFrom, End, Method, Paging, Stage};
use crate::text;
use crate::validate::validate;
// No json!: it unwraps to_value(), which links serde_json's error formatting into the .wasm.
use core::cmp::Ordering;
use serde_json::{Map, Value};

/// Rows per page of start-paged methods.
pub const PAGE: usize = 50;

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

/// What to send next.
#[derive(Clone, Debug, PartialEq)]
pub enum PageRequest {
    /// One call of the list method with these params; answer with [`Pager::on_single`].
    Single { params: Value },
    /// One batch (at most 50 commands, later ones may refer to earlier ones with `$result`);
    /// answer with [`Pager::on_batch`].
    Batch { commands: Vec<Command> },
}

/// A param path: `["PARAMS", "offset"]` for `PARAMS.offset`.
type Path = Vec<String>;

fn path(dotted: &str) -> Path {
    dotted
        .split('.')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn get_path<'a>(params: &'a Map<String, Value>, path: &[String]) -> Option<&'a Value> {
    let (last, parents) = path.split_last()?;
    let mut at = params;
    for name in parents {
        at = at.get(name)?.as_object()?;
    }
    at.get(last)
}

fn set_path(params: &mut Map<String, Value>, path: &[String], value: Value) {
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

fn is_absent(value: Option<&Value>) -> bool {
    matches!(value, None | Some(Value::Null))
}

/// Orders two positions: numbers (or strings of digits) by value, other strings as text.
fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        // Positions are IDs: integers. Parsing floats from text would pull core's float parser
        // and its tables (about 10 KB) into the .wasm.
        Value::String(s) => s.trim().parse::<i64>().ok().map(|n| n as f64),
        _ => None,
    };
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        _ => match (a, b) {
            (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
            _ => None,
        },
    }
}

/// Checks that a position moves on: never equal to the last one, and always the same way.
#[derive(Clone, Debug, Default)]
struct Progress {
    last: Option<Value>,
    /// The way positions must move (`Greater`: up); learned from the first move when `None`.
    way: Option<Ordering>,
    /// The way is fixed by the paging (IDs ascending, the smallest ID...), not learned.
    fixed: bool,
    /// Stage rank: may only grow; a new stage starts a new sequence of positions.
    stage: usize,
}

impl Progress {
    fn fixed(way: Ordering) -> Progress {
        Progress {
            way: Some(way),
            fixed: true,
            ..Progress::default()
        }
    }

    fn learned() -> Progress {
        Progress::default()
    }

    /// Accepts `value` as the next position, or says it does not move on.
    fn advance(&mut self, value: &Value, stage: usize) -> bool {
        if stage < self.stage {
            return false;
        }
        if stage > self.stage {
            self.stage = stage;
            self.last = Some(value.clone());
            if !self.fixed {
                self.way = None;
            }
            return true;
        }
        if let Some(last) = &self.last {
            match compare(value, last) {
                Some(Ordering::Equal) => return false,
                Some(way) => match self.way {
                    Some(expected) if expected != way => return false,
                    Some(_) => {}
                    None => self.way = Some(way),
                },
                // Not comparable: only standing still can be told.
                None if value == last => return false,
                None => {}
            }
        }
        self.last = Some(value.clone());
        true
    }
}

/// How the pages of this list are walked.
#[derive(Clone, Debug)]
enum Walk {
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

/// What changes from page to page (cloned while a batch is read, kept only if all went well).
#[derive(Clone, Debug)]
struct State {
    /// Rows handed out.
    emitted: u64,
    /// `total` as the portal said.
    total: Option<u64>,
    /// Start/offset walks: the position of the next page.
    next: u64,
    /// By-ID and cursor walks: the position to continue after (a value of the last page).
    after: Option<Value>,
    /// Cursor walks with a stage param: its value for the next page.
    stage: Option<String>,
    progress: Progress,
    /// First and last rows and length of the previous page: a page repeated as a whole
    /// means the portal ignores the position.
    previous: Option<(Value, Value, usize)>,
    /// Lists whose pages overlap: the keys of the previous page.
    seen: Vec<Value>,
    /// Start walks: where the rows are (`None` until told or found).
    rows_at: Option<Path>,
    done: bool,
}

/// One page of a request, as planned.
#[derive(Clone, Debug)]
struct PagePlan {
    /// Rows asked for.
    size: u64,
    /// Start/offset walks: its position.
    position: u64,
}

#[derive(Clone, Debug)]
struct Plan {
    single: bool,
    pages: Vec<PagePlan>,
}

/// The end of one page: go on, stop this request's pages here (the rest were planned from a
/// wrong guess) but go on with a new request, or the list is over.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Flow {
    Next,
    Replan,
    End,
}

/// A list being read.
#[derive(Debug)]
pub struct Pager {
    method: String,
    params: Map<String, Value>,
    walk: Walk,
    limit: Option<u64>,
    state: State,
    plan: Option<Plan>,
}

impl Pager {
    /// Checks the caller's params against the entry (without the paging params, which the
    /// pager sets itself) and the options; nothing is sent yet. `entry` is `None` for a method
    /// outside the table, which is read by `start`.
    pub fn new(
        method: &str,
        entry: Option<&Method>,
        params: Value,
        options: ListOptions,
    ) -> Result<Pager, Error> {
        let refuse = |field: &str, problem| Error::InvalidParam {
            method: method.to_string(),
            field: field.to_string(),
            problem,
        };
        let Value::Object(mut params) = params else {
            return Err(refuse("params", Problem::NotAnObject));
        };
        if options.limit == Some(0) {
            return Err(refuse("limit", Problem::WrongType("a positive integer")));
        }
        let paging = entry.map_or(Paging::Start, |e| e.paging);
        if paging == Paging::None {
            return Err(refuse(
                "method",
                Problem::ListOption("is not a list method: it does not page, so call() it"),
            ));
        }
        if let Some(entry) = entry {
            validate(entry, &Value::Object(params.clone()))?;
        }
        for name in paging.params_set_by_reader() {
            if !is_absent(get_path(&params, &path(name))) {
                return Err(refuse(name, Problem::SetByList));
            }
        }
        if options.id_field.is_some() && paging != Paging::Start {
            return Err(refuse(
                "idField",
                Problem::ListOption(
                    "is for methods paged by `start` (those outside the table); this one has its own paging",
                ),
            ));
        }
        if let (Some(told), Some(declared)) = (&options.rows_at, paging.rows()) {
            if path(told) != path(declared) {
                return Err(refuse(
                    "rowsAt",
                    Problem::ListOption("is set by the method's paging"),
                ));
            }
        }
        let mut state = State {
            emitted: 0,
            total: None,
            next: 0,
            after: None,
            stage: None,
            progress: Progress::fixed(Ordering::Greater),
            previous: None,
            seen: Vec::new(),
            rows_at: paging.rows().map(path),
            done: false,
        };
        let walk = match paging {
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
                let given = |p: &Path| !is_absent(get_path(&params, p));
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
                state.after = take_path(&mut params, &param);
                if let Some(stage) = cursor.stage {
                    state.stage = take_path(&mut params, &path(stage.param)).map(|v| text_of(&v));
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
        };
        Ok(Pager {
            method: method.to_string(),
            params,
            walk,
            limit: options.limit,
            state,
            plan: None,
        })
    }

    /// How many rows the list has, once the portal said.
    pub fn total(&self) -> Option<u64> {
        self.state.total
    }

    /// Rows handed out so far.
    pub fn rows(&self) -> u64 {
        self.state.emitted
    }

    /// The list has been read to its end (or to `limit`), or stopped on a bad page.
    pub fn is_done(&self) -> bool {
        self.state.done
    }

    /// Where the next page would start: the cursor value (e.g. the last `nextOffset` of
    /// `im.v2.Event.get`, to acknowledge or resume later) or the next offset.
    pub fn position(&self) -> Option<Value> {
        match self.walk {
            Walk::Start | Walk::Offset { .. } => Some(Value::from(self.state.next)),
            Walk::ById { .. } | Walk::Cursor { .. } => self.state.after.clone(),
        }
    }

    pub fn method(&self) -> &str {
        &self.method
    }

    /// The rows still wanted by `limit`.
    fn wanted(&self) -> Option<u64> {
        self.limit.map(|l| l.saturating_sub(self.state.emitted))
    }

    /// Rows a page asks for.
    fn page_size(&self) -> u64 {
        match self.walk {
            Walk::Start | Walk::ById { .. } => PAGE as u64,
            Walk::Offset { max, .. } | Walk::Cursor { max, .. } => u64::from(max.max(1)),
        }
    }

    /// How many pages the next request should hold.
    fn pages_wanted(&self) -> usize {
        let size = self.page_size();
        let mut left = self.wanted();
        let by_total = match &self.walk {
            Walk::Start | Walk::ById { .. } => self
                .state
                .total
                .map(|t| t.saturating_sub(self.state.emitted.max(self.state.next))),
            Walk::Offset {
                end: End::Total, ..
            } => self.state.total.map(|t| t.saturating_sub(self.state.next)),
            _ => None,
        };
        if let Some(by_total) = by_total {
            left = Some(left.map_or(by_total, |l| l.min(by_total)));
        }
        let chained = match &self.walk {
            Walk::Cursor { chained, .. } => *chained,
            _ => true,
        };
        if !chained {
            return 1;
        }
        match left {
            Some(rows) => usize::try_from(rows.div_ceil(size))
                .unwrap_or(MAX_COMMANDS)
                .clamp(1, MAX_COMMANDS),
            None => MAX_COMMANDS,
        }
    }

    /// The rows' path in a batch reference: `[items]` for `items`, nothing for `result` itself.
    fn rows_reference(&self) -> String {
        self.state
            .rows_at
            .iter()
            .flatten()
            .map(|part| ["[", part, "]"].concat())
            .collect()
    }

    /// The params of page `i` of the next request.
    fn page_params(&self, i: usize, page: &PagePlan) -> Value {
        let mut params = self.params.clone();
        let previous_row = |field: &str, index: u64| {
            Value::String(
                [
                    "$result[p",
                    &text::unsigned(i as u64 - 1),
                    "]",
                    &self.rows_reference(),
                    "[",
                    &text::unsigned(index),
                    "][",
                    field,
                    "]",
                ]
                .concat(),
            )
        };
        match &self.walk {
            Walk::Start => {
                params.insert("start".into(), Value::from(page.position));
            }
            Walk::ById { id } => {
                let mut order = Map::new();
                order.insert(id.to_string(), Value::from("ASC"));
                params.insert("order".into(), Value::Object(order));
                let after = match i {
                    0 => self.state.after.clone(),
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
                let counting = i == 0 && self.state.total.is_none() && self.state.after.is_none();
                params.insert("start".into(), Value::from(if counting { 0 } else { -1 }));
            }
            Walk::Offset { offset, size, .. } => {
                set_path(&mut params, offset, Value::from(page.position));
                set_path(&mut params, size, Value::from(page.size));
            }
            Walk::Cursor {
                param,
                from,
                size,
                stage,
                ..
            } => {
                set_path(&mut params, size, Value::from(page.size));
                let at = match (i, from) {
                    (0, _) => self.state.after.clone(),
                    (_, CursorFrom::Last(field)) => Some(previous_row(field, self.page_size() - 1)),
                    (_, CursorFrom::Result(field)) => Some(Value::String(
                        ["$result[p", &text::unsigned(i as u64 - 1), "][", field, "]"].concat(),
                    )),
                    // Not chained: only one page per request.
                    (_, CursorFrom::Min(_) | CursorFrom::Max(_)) => None,
                };
                if let Some(at) = at {
                    set_path(&mut params, param, at);
                }
                if let (Some(stage), Some(value)) = (stage, &self.state.stage) {
                    set_path(
                        &mut params,
                        &path(stage.param),
                        Value::String(value.clone()),
                    );
                }
            }
        }
        Value::Object(params)
    }

    /// What to send next; `None` once the list is read. Asking again before answering gives
    /// the same request (so a lost read can be sent again).
    pub fn next_request(&mut self) -> Option<PageRequest> {
        if self.state.done {
            return None;
        }
        let pages = self.pages_wanted();
        let size = self.page_size();
        let mut wanted = self.wanted();
        let mut position = self.state.next;
        let cap = match self.walk {
            Walk::Offset { cap, .. } => cap.unwrap_or(u64::MAX),
            _ => u64::MAX,
        };
        let plan: Vec<PagePlan> = (0..pages)
            .map(|_| {
                // The last page asks only for what `limit` still wants, when the method lets
                // the page size be chosen (start-paged pages are always 50).
                let size = match (&self.walk, wanted) {
                    (Walk::Offset { .. } | Walk::Cursor { .. }, Some(w)) => size.min(w.max(1)),
                    _ => size,
                };
                wanted = wanted.map(|w| w.saturating_sub(size));
                let page = PagePlan { size, position };
                position += size;
                page
            })
            // No page past the portal's cap: `capped()` says the list stops there.
            .filter(|page| page.position <= cap)
            .collect();
        if plan.is_empty() {
            return None;
        }
        let single = plan.len() == 1;
        let request = match (single, plan.first()) {
            (true, Some(page)) => PageRequest::Single {
                params: self.page_params(0, page),
            },
            _ => PageRequest::Batch {
                commands: plan
                    .iter()
                    .enumerate()
                    .map(|(i, page)| Command {
                        key: page_key(i),
                        method: self.method.clone(),
                        params: self.page_params(i, page),
                    })
                    .collect(),
            },
        };
        self.plan = Some(Plan {
            single,
            pages: plan,
        });
        Some(request)
    }

    /// Once `next_request` gives nothing: the typed error of a list that is not over but
    /// cannot go on, because the portal refuses an `offset` past its cap for these params
    /// (`LIST_CAPPED`, with how far it got). `None` when the list was read to its end.
    pub fn capped(&self) -> Option<Error> {
        let Walk::Offset { cap: Some(cap), .. } = self.walk else {
            return None;
        };
        (!self.state.done && self.state.next > cap).then(|| Error::NotSent {
            method: self.method.clone(),
            code: "LIST_CAPPED",
            message: [
                "the portal caps this list at offset ",
                &text::unsigned(cap),
                " (OFFSET_TOO_LARGE past it); ",
                &text::unsigned(self.state.emitted),
                " rows were read (offsets 0 to ",
                &text::unsigned(self.state.next - 1),
                ") and more follow: narrow the filter (e.g. a shorter date window) to list the rest",
            ]
            .concat(),
        })
    }

    fn bad_reply(&self, kind: BadReplyKind) -> Error {
        Error::BadReply {
            method: self.method.clone(),
            status: 200,
            kind,
        }
    }

    fn out_of_turn(&self) -> Error {
        Error::InvalidConfig {
            message: [
                "list ",
                &self.method,
                ": the answer does not match the request asked for",
            ]
            .concat(),
        }
    }

    /// Takes the answer to a `Single` request: the page's `result`, and the reply's `total`
    /// and `next`. Returns the page's new rows (possibly none) and moves on. A failing answer
    /// leaves the pager where it was; a page that does not move on ends it.
    pub fn on_single(
        &mut self,
        result: &Value,
        total: Option<u64>,
        next: Option<u64>,
    ) -> Result<Vec<Value>, Error> {
        let Some(plan) = self.plan.take().filter(|p| p.single) else {
            return Err(self.out_of_turn());
        };
        let mut state = self.state.clone();
        let mut rows = Vec::new();
        let Some(page) = plan.pages.first() else {
            return Err(self.out_of_turn());
        };
        match self.take_page(&mut state, page, result, total, next, &mut rows) {
            Ok(flow) => {
                state.done |= flow == Flow::End;
                self.state = state;
                Ok(rows)
            }
            Err(e) => Err(self.fail(e)),
        }
    }

    /// Takes the answers to a `Batch` request, in command order. A failed command fails the
    /// request and leaves the pager where it was (its rows will be read again); commands after
    /// the list's last page are not looked at.
    pub fn on_batch(&mut self, outcomes: &[Outcome]) -> Result<Vec<Value>, Error> {
        let Some(plan) = self.plan.take().filter(|p| !p.single) else {
            return Err(self.out_of_turn());
        };
        if outcomes.len() != plan.pages.len()
            || outcomes
                .iter()
                .enumerate()
                .any(|(i, o)| o.key != page_key(i))
        {
            return Err(self.out_of_turn());
        }
        let mut state = self.state.clone();
        let mut rows = Vec::new();
        for (outcome, page) in outcomes.iter().zip(&plan.pages) {
            let result = match &outcome.result {
                Ok(result) => result,
                Err(e) => return Err(e.clone()),
            };
            match self.take_page(
                &mut state,
                page,
                result,
                outcome.total,
                outcome.next,
                &mut rows,
            ) {
                Ok(Flow::Next) => {}
                Ok(Flow::Replan) => break,
                Ok(Flow::End) => {
                    state.done = true;
                    break;
                }
                Err(e) => return Err(self.fail(e)),
            }
        }
        self.state = state;
        Ok(rows)
    }

    /// A page the reader cannot go on from ends the list.
    fn fail(&mut self, e: Error) -> Error {
        if matches!(e, Error::BadReply { .. }) {
            self.state.done = true;
        }
        e
    }

    /// The rows of a page, where the paging (or the caller, or the shape) says they are.
    fn rows_of(&self, state: &mut State, result: &Value) -> Option<(Vec<Value>, bool)> {
        let mut learned = false;
        let at = match &state.rows_at {
            Some(at) => at
                .iter()
                .try_fold(result, |value, part| value.get(part.as_str()))?,
            None if result.is_array() => result,
            None => {
                let items = result.get("items").filter(|v| v.is_array())?;
                state.rows_at = Some(vec!["items".to_string()]);
                learned = true;
                items
            }
        };
        let rows = match at {
            Value::Array(items) => items.clone(),
            // A list keyed by ID (PHP writes an empty one as `[]`, and some as `{}`).
            Value::Object(fields) => fields.values().cloned().collect(),
            _ => return None,
        };
        Some((rows, learned))
    }

    /// Reads one page into `out`, moving `state` on.
    fn take_page(
        &self,
        state: &mut State,
        page: &PagePlan,
        result: &Value,
        total: Option<u64>,
        next: Option<u64>,
        out: &mut Vec<Value>,
    ) -> Result<Flow, Error> {
        let (mut rows, learned) = self
            .rows_of(state, result)
            .ok_or_else(|| self.bad_reply(BadReplyKind::NoRows))?;
        if state.total.is_none() {
            state.total = total;
        }
        let raw = rows.len() as u64;
        let mut flow = Flow::Next;
        match &self.walk {
            Walk::Start => {
                self.check_not_repeated(state, &rows)?;
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
                            return Err(self.bad_reply(BadReplyKind::NoProgress));
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
                self.check_not_repeated(state, &rows)?;
                if let Some(field) = repeats_by {
                    let keys: Vec<Value> = rows
                        .iter()
                        .map(|r| r.get(*field).cloned().unwrap_or(Value::Null))
                        .collect();
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
                        rows.iter()
                            .filter_map(|r| r.get(*field))
                            .fold(None::<&Value>, |best, v| match best {
                                Some(b) if compare(v, b) != Some(want) => Some(b),
                                _ => Some(v),
                            })
                            .cloned()
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
                                .ok_or_else(|| self.bad_reply(BadReplyKind::NoRows))?,
                        ),
                        None => None,
                    };
                    let rank = match (stage, stage_value) {
                        (Some(stage), Some(value)) => stage_rank(stage, value),
                        _ => 0,
                    };
                    // Without a position the list cannot go on.
                    let value = value.ok_or_else(|| self.bad_reply(BadReplyKind::NoRows))?;
                    if !state.progress.advance(&value, rank) {
                        return Err(self.bad_reply(BadReplyKind::NoProgress));
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
        // Hand out the rows, no more than `limit`.
        let room = self
            .limit
            .map_or(u64::MAX, |l| l.saturating_sub(state.emitted));
        let taken = (rows.len() as u64).min(room);
        out.extend(
            rows.into_iter()
                .take(usize::try_from(taken).unwrap_or(usize::MAX)),
        );
        state.emitted += taken;
        if self.limit.is_some_and(|l| state.emitted >= l) {
            flow = Flow::End;
        }
        if state.total.is_some_and(|t| state.emitted >= t)
            && matches!(self.walk, Walk::Start | Walk::ById { .. })
        {
            flow = Flow::End;
        }
        // Rows found in `result.items` without being told: the chained pages of this request
        // pointed at the wrong place, so keep only this page and chain right next time.
        if learned && flow == Flow::Next && matches!(self.walk, Walk::ById { .. }) {
            flow = Flow::Replan;
        }
        Ok(flow)
    }

    /// A page equal to the previous one (same first and last rows, same length) means the
    /// portal ignored the position: reading on would never end.
    fn check_not_repeated(&self, state: &mut State, rows: &[Value]) -> Result<(), Error> {
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            return Ok(());
        };
        if let Some((p_first, p_last, p_len)) = &state.previous {
            if p_first == first && p_last == last && *p_len == rows.len() {
                return Err(self.bad_reply(BadReplyKind::NoProgress));
            }
        }
        state.previous = Some((first.clone(), last.clone(), rows.len()));
        Ok(())
    }
}

/// A param that is ours from now on: removed from the caller's params, its value kept.
fn take_path(params: &mut Map<String, Value>, path: &[String]) -> Option<Value> {
    let (last, parents) = path.split_last()?;
    let mut at = params;
    for name in parents {
        at = at.get_mut(name)?.as_object_mut()?;
    }
    at.remove(last).filter(|v| !v.is_null())
}

/// A row or param value as the text the docs compare (`1` and `"1"` alike).
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
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

/// The batch key of page `i` of a request: `p0`, `p1`, ...
fn page_key(i: usize) -> String {
    ["p", &text::unsigned(i as u64)].concat()
}
