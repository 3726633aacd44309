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
mod options;
mod path;
mod progress;
#[cfg(test)]
mod tests;
mod walk;

pub use options::ListOptions;
use path::{get_path, is_absent, path, Path};
use progress::Progress;
use walk::Walk;

use crate::batch::{Command, Outcome, MAX_COMMANDS};
use crate::error::{BadReplyKind, Error, Problem};
use crate::schema::{End, Method, Paging};
use crate::text;
use crate::validate::validate;
// No json!: it unwraps to_value(), which links serde_json's error formatting into the .wasm.
use core::cmp::Ordering;
use serde_json::{Map, Value};

/// Rows per page of start-paged methods.
pub const PAGE: usize = 50;

/// What to send next.
#[derive(Clone, Debug, PartialEq)]
pub enum PageRequest {
    /// One call of the list method with these params; answer with [`Pager::on_single`].
    Single { params: Value },
    /// One batch (at most 50 commands, later ones may refer to earlier ones with `$result`);
    /// answer with [`Pager::on_batch`].
    Batch { commands: Vec<Command> },
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
        let walk = Walk::new(method, entry, paging, &mut params, &options, &mut state)?;
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
            Walk::Start(_) | Walk::Offset(_) => Some(Value::from(self.state.next)),
            Walk::ById(_) | Walk::Cursor(_) => self.state.after.clone(),
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
        self.walk.page_size()
    }

    /// How many pages the next request should hold.
    fn pages_wanted(&self) -> usize {
        let size = self.page_size();
        let mut left = self.wanted();
        let by_total = match &self.walk {
            Walk::Start(_) | Walk::ById(_) => self
                .state
                .total
                .map(|t| t.saturating_sub(self.state.emitted.max(self.state.next))),
            Walk::Offset(walk) if walk.end == End::Total => {
                self.state.total.map(|t| t.saturating_sub(self.state.next))
            }
            _ => None,
        };
        if let Some(by_total) = by_total {
            left = Some(left.map_or(by_total, |l| l.min(by_total)));
        }
        let chained = match &self.walk {
            Walk::Cursor(walk) => walk.chained,
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
        let mut reference = String::new();
        for part in self.state.rows_at.iter().flatten() {
            reference.push('[');
            reference.push_str(part);
            reference.push(']');
        }
        reference
    }

    /// The params of page `i` of the next request.
    fn page_params(&self, i: usize, page: &PagePlan) -> Value {
        let mut params = self.params.clone();
        let rows_reference = self.rows_reference();
        self.walk
            .set_page(&mut params, &self.state, i, page, &rows_reference);
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
        let cap = match &self.walk {
            Walk::Offset(walk) => walk.cap.unwrap_or(u64::MAX),
            _ => u64::MAX,
        };
        // Pushed in a loop, as elsewhere here: each collect links an iterator of its own.
        let mut plan: Vec<PagePlan> = Vec::with_capacity(pages);
        for _ in 0..pages {
            // The last page asks only for what `limit` still wants, when the method lets
            // the page size be chosen (start-paged pages are always 50).
            let size = match (&self.walk, wanted) {
                (Walk::Offset(_) | Walk::Cursor(_), Some(w)) => size.min(w.max(1)),
                _ => size,
            };
            wanted = wanted.map(|w| w.saturating_sub(size));
            // No page past the portal's cap: `capped()` says the list stops there.
            if position <= cap {
                plan.push(PagePlan { size, position });
            }
            position += size;
        }
        if plan.is_empty() {
            return None;
        }
        let single = plan.len() == 1;
        let request = match (single, plan.first()) {
            (true, Some(page)) => PageRequest::Single {
                params: self.page_params(0, page),
            },
            _ => {
                let mut commands = Vec::with_capacity(plan.len());
                for (i, page) in plan.iter().enumerate() {
                    commands.push(Command {
                        key: ["p", &text::unsigned(i as u64)].concat(),
                        method: self.method.clone(),
                        params: self.page_params(i, page),
                    });
                }
                PageRequest::Batch { commands }
            }
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
        let Walk::Offset(walk) = &self.walk else {
            return None;
        };
        let cap = walk.cap?;
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
            Value::Object(fields) => {
                let mut rows = Vec::with_capacity(fields.len());
                for row in fields.values() {
                    rows.push(row.clone());
                }
                rows
            }
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
        let mut flow = self
            .walk
            .after_page(state, page, result, next, &mut rows)
            .map_err(|kind| self.bad_reply(kind))?;
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
            && matches!(self.walk, Walk::Start(_) | Walk::ById(_))
        {
            flow = Flow::End;
        }
        // Rows found in `result.items` without being told: the chained pages of this request
        // pointed at the wrong place, so keep only this page and chain right next time.
        if learned && flow == Flow::Next && matches!(self.walk, Walk::ById(_)) {
            flow = Flow::Replan;
        }
        Ok(flow)
    }
}

/// The batch key of page `i` of a request: `p0`, `p1`, ...
fn page_key(i: usize) -> String {
    ["p", &text::unsigned(i as u64)].concat()
}
