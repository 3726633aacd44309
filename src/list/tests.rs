//! The pager against small models of the portal, one per way of paging, each following its
//! method's docs page: what the params mean, the most rows a page holds, where the rows are and
//! how the last page is told. Batches are answered like the portal does: commands in order,
//! `$result[...]` references filled from earlier results (`""` when there is nothing there).

use super::*;
use crate::methods;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// What a model answers to one call.
struct Answer {
    result: Value,
    total: Option<u64>,
    next: Option<u64>,
}

fn answer(result: Value) -> Answer {
    Answer {
        result,
        total: None,
        next: None,
    }
}

trait Portal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer;
}

/// An integer param as PHP reads it (`intval`): a number or a string of digits; else none.
fn int(params: &Map<String, Value>, path: &str) -> Option<u64> {
    let mut at = params;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        let value = at.get(part)?;
        if parts.peek().is_none() {
            return match value {
                Value::Number(n) => n.as_u64(),
                Value::String(s) => s.parse().ok(),
                _ => None,
            };
        }
        at = value.as_object()?;
    }
    None
}

fn text(params: &Map<String, Value>, name: &str) -> Option<String> {
    match params.get(name)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The page size a method uses: its default when not given, at most `max` (PHP clamps).
fn page_size(params: &Map<String, Value>, path: &str, default: u64, max: u64) -> u64 {
    int(params, path).unwrap_or(default).min(max)
}

/// Fills `$result[key][a][b]` references like the portal: the value found, or `""`.
fn resolve(value: &Value, results: &Map<String, Value>) -> Value {
    match value {
        Value::String(text) if text.starts_with("$result[") => {
            let parts: Vec<&str> = text
                .trim_start_matches("$result")
                .split(['[', ']'])
                .filter(|p| !p.is_empty())
                .collect();
            let found = parts.split_first().and_then(|(key, path)| {
                path.iter().try_fold(results.get(*key)?, |v, part| match v {
                    Value::Array(items) => items.get(part.parse::<usize>().ok()?),
                    Value::Object(fields) => fields.get(*part),
                    _ => None,
                })
            });
            found.cloned().unwrap_or_else(|| json!(""))
        }
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), resolve(v, results)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| resolve(v, results)).collect()),
        other => other.clone(),
    }
}

#[derive(Debug, Default)]
struct Read {
    rows: Vec<Value>,
    requests: usize,
    batches: usize,
}

/// Runs the pager to its end against a model, checking every request against the table.
fn drive(pager: &mut Pager, portal: &mut dyn Portal) -> Result<Read, Error> {
    let mut read = Read::default();
    while let Some(request) = pager.next_request() {
        read.requests += 1;
        assert!(read.requests < 5_000, "the list does not end");
        let rows = match request {
            PageRequest::Single { params } => {
                if let Some(entry) = methods::find(pager.method()) {
                    validate(entry, &params).unwrap();
                }
                let a = portal.answer(params.as_object().unwrap());
                pager.on_single(&a.result, a.total, a.next)?
            }
            PageRequest::Batch { commands } => {
                read.batches += 1;
                assert!(commands.len() > 1 && commands.len() <= MAX_COMMANDS);
                crate::batch::check(&commands).unwrap();
                let mut results = Map::new();
                let outcomes: Vec<Outcome> = commands
                    .iter()
                    .map(|c| {
                        let params = resolve(&c.params, &results);
                        let a = portal.answer(params.as_object().unwrap());
                        results.insert(c.key.clone(), a.result.clone());
                        Outcome {
                            key: c.key.clone(),
                            result: Ok(a.result),
                            total: a.total,
                            next: a.next,
                        }
                    })
                    .collect();
                pager.on_batch(&outcomes)?
            }
        };
        read.rows.extend(rows);
    }
    Ok(read)
}

fn ids(rows: &[Value], field: &str) -> Vec<u64> {
    rows.iter()
        .map(|r| match &r[field] {
            Value::Number(n) => n.as_u64().unwrap(),
            Value::String(s) => s.parse().unwrap(),
            other => panic!("no {field} in {other}"),
        })
        .collect()
}

fn unique(ids: &[u64]) -> bool {
    ids.iter().collect::<BTreeSet<_>>().len() == ids.len()
}

fn pager(method: &str, params: Value, options: ListOptions) -> Pager {
    Pager::new(method, methods::find(method), params, options).unwrap()
}

fn limited(limit: u64) -> ListOptions {
    ListOptions {
        limit: Some(limit),
        ..ListOptions::default()
    }
}

// ---- the models --------------------------------------------------------------------------

/// `crm.*` style: `start` (−1: no counting), 50 rows a page, `filter` `>ID`, `order` `ID`;
/// `total`/`next` in the reply. `items` puts the rows in `result.items` with a lowercase `id`.
struct StartPortal {
    rows: u64,
    items: bool,
    /// A broken portal that ignores `filter` and `start`.
    ignores_position: bool,
}

impl Portal for StartPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let id = if self.items { "id" } else { "ID" };
        let after = params
            .get("filter")
            .and_then(|f| f.get(format!(">{id}")))
            .map(|v| match v {
                Value::Number(n) => n.as_u64().unwrap_or(0),
                Value::String(s) => s.parse().unwrap_or(u64::MAX),
                _ => u64::MAX,
            })
            .unwrap_or(0);
        let start: i64 = match params.get("start") {
            Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
            _ => 0,
        };
        let (after, skip) = if self.ignores_position {
            (0, 0)
        } else {
            (after, start.max(0) as u64)
        };
        let count = self.rows.saturating_sub(after);
        // An empty `>ID` (an unresolved reference) matches nothing.
        let rows: Vec<Value> = (after.saturating_add(1).saturating_add(skip)..=self.rows)
            .take(PAGE)
            .map(|i| {
                if self.items {
                    json!({"id": i})
                } else {
                    json!({"ID": i.to_string()})
                }
            })
            .collect();
        let result = if self.items {
            json!({ "items": rows })
        } else {
            Value::Array(rows)
        };
        Answer {
            result,
            total: (start >= 0).then_some(count),
            next: (start >= 0 && skip + (PAGE as u64) < count).then_some(skip + PAGE as u64),
        }
    }
}

/// `im.search.*.list`, `im.department.colleagues.list`, `im.dialog.users.list`: `OFFSET` and
/// `LIMIT` (PHP clamps to the max), `total` and `next` (present while a page follows).
/// `im.search.user.list` keys its result by user ID.
struct SearchPortal {
    rows: u64,
    default: u64,
    max: u64,
    keyed: bool,
}

impl Portal for SearchPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let offset = int(params, "OFFSET").unwrap_or(0);
        let limit = page_size(params, "LIMIT", self.default, self.max);
        let page: Vec<u64> = (offset + 1..=self.rows).take(limit as usize).collect();
        let result = if self.keyed {
            // PHP's empty array is `[]`.
            if page.is_empty() {
                json!([])
            } else {
                Value::Object(
                    page.iter()
                        .map(|i| (i.to_string(), json!({"id": i, "name": format!("User {i}")})))
                        .collect(),
                )
            }
        } else {
            Value::Array(page.iter().map(|i| json!({"id": i})).collect())
        };
        Answer {
            result,
            total: Some(self.rows),
            next: (offset + limit < self.rows).then_some(offset + limit),
        }
    }
}

/// `im.recent.list`: `OFFSET`/`LIMIT` (50 by default, at most 200), rows in `items`, the end
/// by `hasMore`, `total` always -1. The portal builds pages from internal records and then
/// collapses them into dialogs, so a dialog may end one page and start the next: here every
/// 200th record repeats the dialog before it.
struct RecentPortal {
    records: Vec<u64>,
    /// Items answered, repeats included.
    served: usize,
}

impl RecentPortal {
    fn new(dialogs: u64) -> RecentPortal {
        let mut records = Vec::new();
        for dialog in 1..=dialogs {
            if !records.is_empty() && records.len() % 200 == 0 {
                records.push(dialog - 1);
            }
            records.push(dialog);
        }
        RecentPortal { records, served: 0 }
    }
}

impl Portal for RecentPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let offset = int(params, "OFFSET").unwrap_or(0) as usize;
        let limit = page_size(params, "LIMIT", 50, 200) as usize;
        let mut items: Vec<Value> = Vec::new();
        for dialog in self.records.iter().skip(offset).take(limit) {
            let row = json!({"id": dialog.to_string(), "chat_id": dialog, "type": "chat"});
            if !items.contains(&row) {
                items.push(row);
            }
        }
        self.served += items.len();
        let more = offset + limit < self.records.len();
        answer(json!({"items": items, "hasMorePages": more, "hasMore": more}))
    }
}

/// `imbot.v2.Bot.list`: `offset`/`limit` (50 by default), rows in `bots`, `hasNextPage`.
struct BotPortal {
    rows: u64,
}

impl Portal for BotPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let offset = int(params, "offset").unwrap_or(0);
        let limit = page_size(params, "limit", 50, 50);
        let bots: Vec<Value> = (offset + 1..=self.rows)
            .take(limit as usize)
            .map(|i| json!({"id": i, "code": format!("bot{i}")}))
            .collect();
        answer(json!({"bots": bots, "users": [], "hasNextPage": offset + limit < self.rows}))
    }
}

/// `imopenlines.v2.*` lists: `offset`/`limit` (50 by default, 1 to 200), rows under `field`,
/// `hasNextPage`; an `offset` past 10,000 is refused (`OFFSET_TOO_LARGE`) when `capped`.
struct StatPortal {
    field: &'static str,
    rows: u64,
    capped: bool,
}

impl Portal for StatPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let offset = int(params, "offset").unwrap_or(0);
        assert!(
            !self.capped || offset <= 10_000,
            "OFFSET_TOO_LARGE: {offset}"
        );
        let limit = page_size(params, "limit", 50, 200);
        let rows: Vec<Value> = (offset + 1..=self.rows)
            .take(limit as usize)
            .map(|i| json!({"id": i}))
            .collect();
        let mut result = json!({"hasNextPage": offset + limit < self.rows});
        result[self.field] = Value::Array(rows);
        answer(result)
    }
}

/// `imopenlines.config.list.get`: `PARAMS.offset`/`PARAMS.limit` (50 by default, at most 200),
/// `result` is the list; nothing says how many there are.
struct ConfigPortal {
    rows: u64,
}

impl Portal for ConfigPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let offset = int(params, "PARAMS.offset").unwrap_or(0);
        let limit = page_size(params, "PARAMS.limit", 50, 200);
        answer(Value::Array(
            (offset + 1..=self.rows)
                .take(limit as usize)
                .map(|i| json!({"ID": i.to_string(), "LINE_NAME": format!("Line {i}")}))
                .collect(),
        ))
    }
}

/// `im.dialog.messages.get`: messages 1..n. Without `LAST_ID`/`FIRST_ID` the latest `LIMIT`
/// (20 by default, at most 50); `LAST_ID`: the latest of those older than it; `FIRST_ID`: the
/// first ones newer than it (`FIRST_ID` wins). Newest first, in `messages`.
struct MessagesPortal {
    rows: u64,
    /// A broken portal that ignores `LAST_ID`.
    ignores_cursor: bool,
}

impl Portal for MessagesPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let limit = page_size(params, "LIMIT", 20, 50) as usize;
        let mut ids: Vec<u64> = if let Some(first) = int(params, "FIRST_ID") {
            (first + 1..=self.rows).take(limit).collect()
        } else {
            let below = match int(params, "LAST_ID") {
                Some(last) if !self.ignores_cursor => last,
                _ => self.rows + 1,
            };
            (1..below).rev().take(limit).collect()
        };
        ids.sort_unstable_by(|a, b| b.cmp(a));
        let messages: Vec<Value> = ids.iter().map(|i| json!({"id": i, "chat_id": 7})).collect();
        answer(json!({"chat_id": 7, "messages": messages, "users": [], "files": []}))
    }
}

/// `im.dialog.messages.search`: `ORDER` `{ID: DESC}` by default, `LAST_ID` continues after the
/// previous page's last message in that order, `LIMIT` 50 by default, at most 200.
struct MessageSearchPortal {
    rows: u64,
}

impl Portal for MessageSearchPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let limit = page_size(params, "LIMIT", 50, 200) as usize;
        let ascending = params
            .get("ORDER")
            .and_then(|o| o.get("ID"))
            .and_then(Value::as_str)
            .is_some_and(|d| d.eq_ignore_ascii_case("ASC"));
        let last = int(params, "LAST_ID");
        let ids: Vec<u64> = if ascending {
            (last.unwrap_or(0) + 1..=self.rows).take(limit).collect()
        } else {
            (1..last.unwrap_or(self.rows + 1))
                .rev()
                .take(limit)
                .collect()
        };
        let messages: Vec<Value> = ids
            .iter()
            .map(|i| json!({"id": i, "text": "found"}))
            .collect();
        answer(json!({"messages": messages, "users": [], "files": []}))
    }
}

/// `im.notify.get`: confirmations (`notify_type` 1) first, then plain notifications, each
/// newest first; `LAST_ID` + `LAST_TYPE` (1: still in confirmations, 3: in plain ones) continue
/// after the previous page's last row; `LIMIT` at most 50. A page is filled across the stages.
struct NotifyPortal {
    rows: u64,
}

impl NotifyPortal {
    fn is_confirmation(id: u64) -> bool {
        id % 7 == 0
    }

    fn order(&self) -> Vec<u64> {
        let confirmations = (1..=self.rows).rev().filter(|i| Self::is_confirmation(*i));
        let plain = (1..=self.rows).rev().filter(|i| !Self::is_confirmation(*i));
        confirmations.chain(plain).collect()
    }
}

impl Portal for NotifyPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let limit = page_size(params, "LIMIT", 50, 50) as usize;
        let order = self.order();
        let from = match (int(params, "LAST_ID"), text(params, "LAST_TYPE").as_deref()) {
            (Some(last), Some("1")) => order
                .iter()
                .position(|i| Self::is_confirmation(*i) && *i < last)
                .or_else(|| order.iter().position(|i| !Self::is_confirmation(*i)))
                .unwrap_or(order.len()),
            (Some(last), _) => order
                .iter()
                .position(|i| !Self::is_confirmation(*i) && *i < last)
                .unwrap_or(order.len()),
            (None, _) => 0,
        };
        let notifications: Vec<Value> = order
            .iter()
            .skip(from)
            .take(limit)
            .map(|i| {
                let kind = if Self::is_confirmation(*i) { 1 } else { 4 };
                json!({"id": i, "notify_type": kind, "text": "hi"})
            })
            .collect();
        answer(json!({"total_count": self.rows, "notifications": notifications, "users": []}))
    }
}

/// `im.notify.history.search`: newest first, `LAST_ID` = the previous page's last row,
/// `LIMIT` at most 50, `total_results` on the first page only.
struct HistoryPortal {
    rows: u64,
    /// A broken portal that ignores `LAST_ID`.
    ignores_cursor: bool,
}

impl Portal for HistoryPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        let limit = page_size(params, "LIMIT", 50, 50) as usize;
        let last = int(params, "LAST_ID").filter(|_| !self.ignores_cursor);
        let notifications: Vec<Value> = (1..last.unwrap_or(self.rows + 1))
            .rev()
            .take(limit)
            .map(|i| json!({"id": i, "notify_type": 4}))
            .collect();
        let mut result = json!({"chat_id": 77, "notifications": notifications, "users": []});
        if last.is_none() {
            result["total_results"] = json!(self.rows);
        }
        answer(result)
    }
}

/// `im.v2.Event.get` / `imbot.v2.Event.get`: a queue; `offset` acknowledges (drops) the events
/// before it; up to `limit` (100 by default, at most 1000) of the rest come, with `nextOffset`
/// (the last one's ID + 1) and `hasMore`.
struct EventPortal {
    first: u64,
    events: u64,
    /// Events below this ID are acknowledged.
    acknowledged: u64,
    /// A broken portal whose `nextOffset` does not move.
    stuck: bool,
}

impl EventPortal {
    fn new(events: u64) -> EventPortal {
        EventPortal {
            first: 1001,
            events,
            acknowledged: 1001,
            stuck: false,
        }
    }
}

impl Portal for EventPortal {
    fn answer(&mut self, params: &Map<String, Value>) -> Answer {
        if let Some(offset) = int(params, "offset") {
            self.acknowledged = self.acknowledged.max(offset);
        }
        let limit = page_size(params, "limit", 100, 1000);
        let end = self.first + self.events;
        let events: Vec<Value> = (self.acknowledged..end)
            .take(limit as usize)
            .map(|id| json!({"eventId": id, "type": "ONIMV2MESSAGEADD", "date": "2025-01-15T10:30:00+02:00", "data": {}}))
            .collect();
        let next = if self.stuck {
            self.acknowledged
        } else {
            self.acknowledged + events.len() as u64
        };
        answer(json!({"events": events, "nextOffset": next, "hasMore": next < end || self.stuck}))
    }
}

/// A model for each pageable method of the table, with its rows' ID field.
fn model(method: &str, rows: u64) -> Option<(Box<dyn Portal>, &'static str, Value)> {
    let search = |default, max, keyed| -> Box<dyn Portal> {
        Box::new(SearchPortal {
            rows,
            default,
            max,
            keyed,
        })
    };
    let stat = |field, capped| -> Box<dyn Portal> {
        Box::new(StatPortal {
            field,
            rows,
            capped,
        })
    };
    Some(match method {
        "im.search.chat.list" => (search(10, 50, false), "id", json!({"FIND": "Project"})),
        "im.search.department.list" => (search(10, 50, false), "id", json!({"FIND": "De"})),
        "im.search.user.list" => (search(10, 50, true), "id", json!({"FIND": "John"})),
        "im.department.colleagues.list" => (search(10, 50, false), "id", json!({"USER_DATA": "Y"})),
        "im.dialog.users.list" => (search(50, 200, false), "id", json!({"DIALOG_ID": "chat5"})),
        "im.recent.list" => (Box::new(RecentPortal::new(rows)), "chat_id", json!({})),
        "imbot.v2.Bot.list" => (Box::new(BotPortal { rows }), "id", json!({})),
        "imopenlines.config.list.get" => (Box::new(ConfigPortal { rows }), "ID", json!({})),
        // Without `status` or `hasFreeSlots` the operators' list is not capped.
        "imopenlines.v2.Operator.list" => (stat("operators", false), "id", json!({"configId": 3})),
        "imopenlines.v2.Session.list" => {
            (stat("sessions", true), "id", json!({"status": "closed"}))
        }
        "imopenlines.v2.Session.Rating.list" => (
            stat("ratings", true),
            "id",
            json!({"dateVoteFrom": "2026-01-01", "dateVoteTo": "2026-06-30T23:59:59+02:00"}),
        ),
        "im.dialog.messages.get" => (
            Box::new(MessagesPortal {
                rows,
                ignores_cursor: false,
            }),
            "id",
            json!({"DIALOG_ID": "chat7"}),
        ),
        "im.dialog.messages.search" => (
            Box::new(MessageSearchPortal { rows }),
            "id",
            json!({"CHAT_ID": 7, "SEARCH_MESSAGE": "found"}),
        ),
        "im.notify.get" => (Box::new(NotifyPortal { rows }), "id", json!({})),
        "im.notify.history.search" => (
            Box::new(HistoryPortal {
                rows,
                ignores_cursor: false,
            }),
            "id",
            json!({"SEARCH_TEXT": "invoice"}),
        ),
        "im.v2.Event.get" => (Box::new(EventPortal::new(rows)), "eventId", json!({})),
        "imbot.v2.Event.get" => (
            Box::new(EventPortal::new(rows)),
            "eventId",
            json!({"botId": 456}),
        ),
        _ => return None,
    })
}

fn max_size(entry: &Method) -> u64 {
    match entry.paging {
        Paging::Offset { size, .. } | Paging::Cursor { size, .. } => u64::from(size.max),
        Paging::None | Paging::Start => PAGE as u64,
    }
}

/// The largest offset the portal takes on a list that always caps it.
fn capped(entry: &Method) -> Option<u64> {
    match entry.paging {
        Paging::Offset { cap: Some(cap), .. } if cap.when_any_of.is_empty() => {
            Some(u64::from(cap.max))
        }
        _ => None,
    }
}

/// The pager reads whole batches of pages where the paging allows it.
fn chains(method: &str) -> bool {
    let mut pager = pager(method, model(method, 1).unwrap().2, ListOptions::default());
    matches!(pager.next_request(), Some(PageRequest::Batch { .. }))
}

// ---- every pageable method ---------------------------------------------------------------

#[test]
fn every_pageable_method_of_the_table_reads_all_its_rows_once_over_several_requests() {
    let pageable: Vec<&Method> = methods::all()
        .filter(|m| m.paging != Paging::None)
        .collect();
    assert_eq!(
        pageable.len(),
        17,
        "a new pageable method needs a model here"
    );
    for entry in pageable {
        let max = max_size(entry);
        // More than one batch's worth where pages are chained, several pages where not; no
        // more than a capped list gives (its last page starts at the cap).
        let capped = capped(entry);
        let rows = if chains(entry.name) {
            2 * MAX_COMMANDS as u64 * max + 7
        } else {
            3 * max + 7
        }
        .min(capped.map_or(u64::MAX, |cap| cap + max));
        let (mut portal, id, params) = model(entry.name, rows).unwrap();
        let mut pager = pager(entry.name, params, ListOptions::default());
        let read = drive(&mut pager, portal.as_mut()).unwrap();
        let got = ids(&read.rows, id);
        assert_eq!(got.len() as u64, rows, "{}", entry.name);
        assert!(unique(&got), "{}: a row came twice", entry.name);
        assert!(read.requests >= 2, "{}", entry.name);
        if chains(entry.name) {
            assert!(
                read.batches > usize::from(capped.is_none()),
                "{}: {read:?}",
                entry.name
            );
            let pages = rows.div_ceil(max) as usize;
            assert!(
                read.requests <= pages.div_ceil(MAX_COMMANDS) + 1,
                "{}: {} requests for {pages} pages",
                entry.name,
                read.requests
            );
        } else {
            assert_eq!(read.batches, 0, "{}", entry.name);
            assert!(read.requests as u64 <= rows / max + 1, "{}", entry.name);
        }
        assert!(pager.is_done() && pager.next_request().is_none());
    }
}

#[test]
fn the_two_lists_the_issue_names_are_read_to_the_end() {
    // Both were refused before: `start is not a parameter of this method`.
    let mut lines = pager(
        "imopenlines.config.list.get",
        json!({}),
        ListOptions::default(),
    );
    let read = drive(&mut lines, &mut ConfigPortal { rows: 450 }).unwrap();
    assert_eq!(ids(&read.rows, "ID"), (1..=450).collect::<Vec<_>>());
    // 200 a page, all three pages in one batch: positions are known in advance.
    assert_eq!((read.requests, read.batches), (1, 1));

    let mut recent = pager(
        "im.recent.list",
        json!({"SKIP_OPENLINES": "Y"}),
        ListOptions::default(),
    );
    let mut portal = RecentPortal::new(450);
    let read = drive(&mut recent, &mut portal).unwrap();
    let dialogs = ids(&read.rows, "chat_id");
    // Two dialogs (200 and 399) each ended one page and started the next.
    assert_eq!(portal.served, 452);
    assert_eq!(
        dialogs,
        (1..=450).collect::<Vec<_>>(),
        "overlapping pages give each dialog once"
    );
}

#[test]
fn offset_pages_step_by_the_page_size_and_carry_nested_params() {
    let mut lines = pager(
        "imopenlines.config.list.get",
        json!({"PARAMS": {"filter": {"ACTIVE": "Y"}}, "OPTIONS": {"QUEUE": "Y"}}),
        ListOptions::default(),
    );
    let Some(PageRequest::Batch { commands }) = lines.next_request() else {
        panic!("a batch");
    };
    assert_eq!(commands.len(), MAX_COMMANDS);
    assert_eq!(
        commands[1].params,
        json!({"PARAMS": {"filter": {"ACTIVE": "Y"}, "offset": 200, "limit": 200}, "OPTIONS": {"QUEUE": "Y"}})
    );
    assert_eq!(commands[2].params["PARAMS"]["offset"], 400);
}

#[test]
fn search_lists_learn_the_total_and_ask_for_exactly_the_pages_left() {
    let mut users = pager(
        "im.search.user.list",
        json!({"FIND": "John"}),
        ListOptions::default(),
    );
    let mut portal = SearchPortal {
        rows: 2_600,
        default: 10,
        max: 50,
        keyed: true,
    };
    let read = drive(&mut users, &mut portal).unwrap();
    assert_eq!(read.rows.len(), 2_600);
    assert!(unique(&ids(&read.rows, "id")));
    assert_eq!(users.total(), Some(2_600));
    // 50 pages first (the total is not known yet), then the 2 left.
    assert_eq!(read.requests, 2);

    // An empty search: one page, `[]`.
    let mut none = pager("im.search.user.list", json!({"FIND": "Zz"}), limited(10));
    let read = drive(
        &mut none,
        &mut SearchPortal {
            rows: 0,
            default: 10,
            max: 50,
            keyed: true,
        },
    )
    .unwrap();
    assert!(read.rows.is_empty());
    assert_eq!(read.requests, 1);
}

#[test]
fn cursor_lists_by_smallest_id_go_back_in_time_one_page_per_request() {
    let mut messages = pager(
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat7"}),
        ListOptions::default(),
    );
    let read = drive(
        &mut messages,
        &mut MessagesPortal {
            rows: 260,
            ignores_cursor: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..=260).rev().collect::<Vec<_>>());
    // 50 a page, and a page's smallest ID cannot be named by a reference.
    assert_eq!((read.requests, read.batches), (6, 0));

    // Started with FIRST_ID, the same list is read forward.
    let mut newer = pager(
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat7", "FIRST_ID": 100}),
        ListOptions::default(),
    );
    let read = drive(
        &mut newer,
        &mut MessagesPortal {
            rows: 260,
            ignores_cursor: false,
        },
    )
    .unwrap();
    let mut got = ids(&read.rows, "id");
    got.sort_unstable();
    assert_eq!(got, (101..=260).collect::<Vec<_>>());

    // Started with LAST_ID: older than it.
    let mut older = pager(
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat7", "LAST_ID": 120}),
        ListOptions::default(),
    );
    let read = drive(
        &mut older,
        &mut MessagesPortal {
            rows: 260,
            ignores_cursor: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..120).rev().collect::<Vec<_>>());
}

#[test]
fn cursor_lists_by_last_row_are_chained_in_batches_either_way() {
    let mut history = pager(
        "im.notify.history.search",
        json!({"SEARCH_TEXT": "invoice"}),
        ListOptions::default(),
    );
    let read = drive(
        &mut history,
        &mut HistoryPortal {
            rows: 5_007,
            ignores_cursor: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..=5_007).rev().collect::<Vec<_>>());
    assert_eq!(read.requests, 3, "50 + 50 + 1 pages");
    let Some(PageRequest::Batch { commands }) = pager(
        "im.notify.history.search",
        json!({}),
        ListOptions::default(),
    )
    .next_request() else {
        panic!("a batch");
    };
    assert_eq!(
        commands[1].params["LAST_ID"],
        "$result[p0][notifications][49][id]"
    );

    for order in ["DESC", "ASC"] {
        let mut found = pager(
            "im.dialog.messages.search",
            json!({"CHAT_ID": 7, "ORDER": {"ID": order}}),
            ListOptions::default(),
        );
        let read = drive(&mut found, &mut MessageSearchPortal { rows: 1_234 }).unwrap();
        let mut expected: Vec<u64> = (1..=1_234).collect();
        if order == "DESC" {
            expected.reverse();
        }
        assert_eq!(ids(&read.rows, "id"), expected, "{order}");
        assert_eq!(read.requests, 1, "200 a page: 7 pages in one batch");
    }
}

#[test]
fn notifications_page_through_both_stages() {
    let mut notifications = pager(
        "im.notify.get",
        json!({"CONVERT_TEXT": "Y"}),
        ListOptions::default(),
    );
    let mut portal = NotifyPortal { rows: 400 };
    let expected = portal.order();
    let read = drive(&mut notifications, &mut portal).unwrap();
    assert_eq!(ids(&read.rows, "id"), expected);
    // Confirmations come first with IDs below the plain ones that follow: the stage param
    // is what lets the cursor jump back up.
    assert!(read.rows.iter().any(|r| r["notify_type"] == 1));
}

#[test]
fn events_are_read_one_page_per_request_and_only_as_many_as_wanted_are_acknowledged() {
    let mut events = pager("im.v2.Event.get", json!({}), limited(1_500));
    let mut portal = EventPortal::new(3_000);
    let read = drive(&mut events, &mut portal).unwrap();
    assert_eq!(ids(&read.rows, "eventId"), (1001..2501).collect::<Vec<_>>());
    // 1000 then 500: the second page asked only for what the limit still wanted.
    assert_eq!((read.requests, read.batches), (2, 0));
    // The first page was acknowledged by the second request; the last one's nextOffset is
    // handed over, to acknowledge (or resume) later.
    assert_eq!(portal.acknowledged, 2001);
    assert_eq!(events.position(), Some(json!(2501)));

    // Resuming from a saved offset.
    let mut resumed = pager(
        "im.v2.Event.get",
        json!({"offset": 2501}),
        ListOptions::default(),
    );
    let read = drive(&mut resumed, &mut portal).unwrap();
    assert_eq!(ids(&read.rows, "eventId"), (2501..4001).collect::<Vec<_>>());
    assert_eq!(resumed.position(), Some(json!(4001)));

    // An empty queue: one request, nothing, and the offset to come back with.
    let mut empty = pager(
        "imbot.v2.Event.get",
        json!({"botId": 456}),
        ListOptions::default(),
    );
    let read = drive(&mut empty, &mut EventPortal::new(0)).unwrap();
    assert!(read.rows.is_empty());
    assert_eq!(read.requests, 1);
    assert_eq!(empty.position(), Some(json!(1001)));
}

// ---- methods outside the table: `start` -----------------------------------------------------

#[test]
fn start_paged_methods_by_id_read_2500_rows_per_request() {
    let options = ListOptions {
        id_field: Some("ID".into()),
        ..ListOptions::default()
    };
    let mut contacts =
        Pager::new("crm.contact.list", None, json!({"select": ["ID"]}), options).unwrap();
    let read = drive(
        &mut contacts,
        &mut StartPortal {
            rows: 10_000,
            items: false,
            ignores_position: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "ID"), (1..=10_000).collect::<Vec<_>>());
    assert_eq!(read.requests, 4);
    assert_eq!(contacts.total(), Some(10_000));
}

#[test]
fn start_paged_methods_by_position_and_in_items() {
    let mut contacts =
        Pager::new("crm.contact.list", None, json!({}), ListOptions::default()).unwrap();
    let read = drive(
        &mut contacts,
        &mut StartPortal {
            rows: 1_234,
            items: false,
            ignores_position: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "ID"), (1..=1_234).collect::<Vec<_>>());

    // Rows in `result.items`, found without being told; reading by a lowercase `id`.
    let options = ListOptions {
        id_field: Some("id".into()),
        limit: Some(3_000),
        ..ListOptions::default()
    };
    let mut items = Pager::new("crm.item.list", None, json!({"entityTypeId": 2}), options).unwrap();
    let read = drive(
        &mut items,
        &mut StartPortal {
            rows: 5_000,
            items: true,
            ignores_position: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..=3_000).collect::<Vec<_>>());
}

// ---- refusals ------------------------------------------------------------------------------

fn refusal(result: Result<Pager, Error>) -> (String, String) {
    match result {
        Err(Error::InvalidParam { field, problem, .. }) => (field, problem.to_string()),
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn the_params_list_sets_itself_are_refused_by_name() {
    for (method, params, field) in [
        ("im.recent.list", json!({"OFFSET": 50}), "OFFSET"),
        ("im.recent.list", json!({"LIMIT": 10}), "LIMIT"),
        (
            "imopenlines.config.list.get",
            json!({"PARAMS": {"limit": 10}}),
            "PARAMS.limit",
        ),
        (
            "imopenlines.config.list.get",
            json!({"PARAMS": {"offset": 0}}),
            "PARAMS.offset",
        ),
        (
            "im.dialog.users.list",
            json!({"DIALOG_ID": "chat1", "LAST_ID": 5}),
            "LAST_ID",
        ),
        ("im.notify.get", json!({"LIMIT": 5}), "LIMIT"),
        ("crm.contact.list", json!({"start": 5}), "start"),
    ] {
        let (got, problem) = refusal(Pager::new(
            method,
            methods::find(method),
            params,
            ListOptions::default(),
        ));
        assert_eq!(got, field, "{method}");
        assert!(problem.contains("set by list()"), "{problem}");
    }
}

#[test]
fn params_are_validated_once_against_the_entry() {
    let (field, problem) = refusal(Pager::new(
        "im.dialog.messages.get",
        methods::find("im.dialog.messages.get"),
        json!({}),
        ListOptions::default(),
    ));
    assert_eq!(
        (field.as_str(), problem.as_str()),
        ("DIALOG_ID", "is required")
    );
    let (field, _) = refusal(Pager::new(
        "im.recent.list",
        methods::find("im.recent.list"),
        json!({"SKIP_CHAT": "maybe"}),
        ListOptions::default(),
    ));
    assert_eq!(field, "SKIP_CHAT");
    let (field, _) = refusal(Pager::new(
        "im.recent.list",
        methods::find("im.recent.list"),
        json!([1]),
        ListOptions::default(),
    ));
    assert_eq!(field, "params");
}

#[test]
fn options_that_do_not_fit_the_paging_are_refused() {
    let recent = methods::find("im.recent.list");
    let by_id = ListOptions {
        id_field: Some("id".into()),
        ..ListOptions::default()
    };
    assert_eq!(
        refusal(Pager::new("im.recent.list", recent, json!({}), by_id)).0,
        "idField"
    );
    let elsewhere = ListOptions {
        rows_at: Some("dialogs".into()),
        ..ListOptions::default()
    };
    assert_eq!(
        refusal(Pager::new("im.recent.list", recent, json!({}), elsewhere)).0,
        "rowsAt"
    );
    let same = ListOptions {
        rows_at: Some("items".into()),
        ..ListOptions::default()
    };
    assert!(Pager::new("im.recent.list", recent, json!({}), same).is_ok());
    // A method of the table that does not page.
    let (field, problem) = refusal(Pager::new(
        "im.notify.answer",
        methods::find("im.notify.answer"),
        json!({"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}),
        ListOptions::default(),
    ));
    assert_eq!(field, "method");
    assert!(problem.contains("not a list method"), "{problem}");
    // Both directions of a cursor at once.
    let (field, _) = refusal(Pager::new(
        "im.dialog.messages.get",
        methods::find("im.dialog.messages.get"),
        json!({"DIALOG_ID": "chat1", "LAST_ID": 5, "FIRST_ID": 2}),
        ListOptions::default(),
    ));
    assert_eq!(field, "LAST_ID");
}

#[test]
fn limit_must_be_a_positive_integer() {
    let from = |options: Value| ListOptions::from_json("im.recent.list", &options);
    for bad in [
        json!(-1),
        json!(1.5),
        json!("10"),
        json!(null),
        json!(0),
        json!(true),
        json!(1e300),
    ] {
        match from(json!({ "limit": bad })) {
            Err(Error::InvalidParam { field, problem, .. }) => {
                assert_eq!(field, "limit", "{bad}");
                assert_eq!(problem, Problem::WrongType("a positive integer"));
            }
            other => panic!("{bad} accepted: {other:?}"),
        }
    }
    assert_eq!(from(json!({"limit": 10})).unwrap().limit, Some(10));
    assert_eq!(from(json!({})).unwrap(), ListOptions::default());
    assert_eq!(from(Value::Null).unwrap(), ListOptions::default());
    // The JS side's own keys are not ours to check.
    assert!(from(json!({"idField": "ID", "signal": {}})).is_ok());
    assert!(from(json!({"idField": 5})).is_err());
    assert!(from(json!([])).is_err());
    let (field, _) = refusal(Pager::new(
        "im.recent.list",
        methods::find("im.recent.list"),
        json!({}),
        limited(0),
    ));
    assert_eq!(field, "limit");
}

// ---- limits ----------------------------------------------------------------------------------

#[test]
fn limit_caps_the_rows_and_the_last_page_asks_only_for_what_is_left() {
    let mut recent = pager("im.recent.list", json!({}), limited(230));
    let Some(PageRequest::Batch { commands }) = recent.next_request() else {
        panic!("a batch");
    };
    let sizes: Vec<&Value> = commands.iter().map(|c| &c.params["LIMIT"]).collect();
    assert_eq!(sizes, [&json!(200), &json!(30)]);
    let read = drive(&mut recent, &mut RecentPortal::new(1_000)).unwrap();
    assert_eq!(read.rows.len(), 230);

    // One page is enough: one plain call, not a batch.
    let mut few = pager("im.search.chat.list", json!({"FIND": "Pr"}), limited(10));
    assert!(matches!(
        few.next_request(),
        Some(PageRequest::Single { .. })
    ));
    let read = drive(
        &mut few,
        &mut SearchPortal {
            rows: 100,
            default: 10,
            max: 50,
            keyed: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..=10).collect::<Vec<_>>());

    // Start-paged pages are always 50 rows: the extra ones are dropped.
    let mut contacts = Pager::new("crm.contact.list", None, json!({}), limited(75)).unwrap();
    let read = drive(
        &mut contacts,
        &mut StartPortal {
            rows: 1_000,
            items: false,
            ignores_position: false,
        },
    )
    .unwrap();
    assert_eq!(ids(&read.rows, "ID"), (1..=75).collect::<Vec<_>>());
}

// ---- a portal that does not move on ------------------------------------------------------------

fn no_progress(result: Result<Read, Error>) -> bool {
    matches!(
        result,
        Err(Error::BadReply {
            kind: BadReplyKind::NoProgress,
            ..
        })
    )
}

#[test]
fn a_portal_repeating_a_page_ends_the_list_with_a_typed_error() {
    // By ID, the same IDs again.
    let options = ListOptions {
        id_field: Some("ID".into()),
        ..ListOptions::default()
    };
    let mut contacts = Pager::new("crm.contact.list", None, json!({}), options).unwrap();
    assert!(no_progress(drive(
        &mut contacts,
        &mut StartPortal {
            rows: 500,
            items: false,
            ignores_position: true
        }
    )));
    assert!(contacts.is_done() && contacts.next_request().is_none());

    // By position, the same page again.
    let mut contacts =
        Pager::new("crm.contact.list", None, json!({}), ListOptions::default()).unwrap();
    assert!(no_progress(drive(
        &mut contacts,
        &mut StartPortal {
            rows: 500,
            items: false,
            ignores_position: true
        }
    )));

    // By the smallest ID: a cursor that stands still.
    let mut messages = pager(
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat7"}),
        ListOptions::default(),
    );
    assert!(no_progress(drive(
        &mut messages,
        &mut MessagesPortal {
            rows: 500,
            ignores_cursor: true
        }
    )));

    // By the last row, inside one batch.
    let mut history = pager(
        "im.notify.history.search",
        json!({}),
        ListOptions::default(),
    );
    assert!(no_progress(drive(
        &mut history,
        &mut HistoryPortal {
            rows: 500,
            ignores_cursor: true
        }
    )));

    // `nextOffset` that does not move while `hasMore` says there is more.
    let mut events = pager("im.v2.Event.get", json!({}), ListOptions::default());
    let mut stuck = EventPortal::new(5_000);
    stuck.stuck = true;
    assert!(no_progress(drive(&mut events, &mut stuck)));

    // Skip/take that ignores the offset while saying there is more.
    struct SamePage;
    impl Portal for SamePage {
        fn answer(&mut self, _: &Map<String, Value>) -> Answer {
            answer(json!({"bots": [{"id": 1}, {"id": 2}], "users": [], "hasNextPage": true}))
        }
    }
    let mut bots = pager("imbot.v2.Bot.list", json!({}), ListOptions::default());
    assert!(no_progress(drive(&mut bots, &mut SamePage)));
}

#[test]
fn a_cursor_that_goes_back_ends_the_list() {
    /// Newest first, then it jumps back to the top.
    struct Backwards {
        calls: u64,
    }
    impl Portal for Backwards {
        fn answer(&mut self, _: &Map<String, Value>) -> Answer {
            self.calls += 1;
            let top = if self.calls == 3 {
                500
            } else {
                500 - 50 * self.calls
            };
            let notifications: Vec<Value> = (top - 49..=top)
                .rev()
                .map(|i| json!({"id": i, "notify_type": 4}))
                .collect();
            answer(json!({"notifications": notifications, "users": []}))
        }
    }
    let mut notifications = pager("im.notify.get", json!({}), ListOptions::default());
    let mut portal = Backwards { calls: 0 };
    assert!(no_progress(drive(&mut notifications, &mut portal)));
    assert_eq!(portal.calls, 3);

    /// A plain notification, then a confirmation again: the stage went back.
    struct StageBack {
        calls: u64,
    }
    impl Portal for StageBack {
        fn answer(&mut self, _: &Map<String, Value>) -> Answer {
            self.calls += 1;
            let kind = if self.calls == 1 { 4 } else { 1 };
            let notifications: Vec<Value> = (0..50)
                .map(|i| json!({"id": 1000 - 50 * self.calls - i, "notify_type": kind}))
                .collect();
            answer(json!({"notifications": notifications, "users": []}))
        }
    }
    let mut notifications = pager("im.notify.get", json!({}), ListOptions::default());
    assert!(no_progress(drive(
        &mut notifications,
        &mut StageBack { calls: 0 }
    )));
}

#[test]
fn rows_missing_from_where_the_paging_puts_them_are_a_bad_reply() {
    let mut recent = pager("im.recent.list", json!({}), limited(10));
    recent.next_request();
    let e = recent
        .on_single(&json!({"dialogs": []}), None, None)
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::BadReply {
                kind: BadReplyKind::NoRows,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(recent.next_request().is_none());
}

// ---- the answer protocol ------------------------------------------------------------------------

#[test]
fn answers_out_of_turn_are_refused_and_asking_again_gives_the_same_request() {
    let mut lines = pager(
        "imopenlines.config.list.get",
        json!({}),
        ListOptions::default(),
    );
    assert!(matches!(
        lines.on_single(&json!([]), None, None),
        Err(Error::InvalidConfig { .. })
    ));
    let first = lines.next_request();
    assert_eq!(lines.next_request(), first);
    assert!(matches!(
        lines.on_single(&json!([]), None, None),
        Err(Error::InvalidConfig { .. })
    ));
    lines.next_request();
    assert!(matches!(
        lines.on_batch(&[]),
        Err(Error::InvalidConfig { .. })
    ));
}

#[test]
fn a_failed_command_leaves_the_pager_where_it_was() {
    let mut lines = pager(
        "imopenlines.config.list.get",
        json!({}),
        ListOptions::default(),
    );
    let mut portal = ConfigPortal { rows: 300 };
    let Some(PageRequest::Batch { commands }) = lines.next_request() else {
        panic!("a batch");
    };
    let mut outcomes: Vec<Outcome> = commands
        .iter()
        .map(|c| Outcome {
            key: c.key.clone(),
            result: Ok(portal.answer(c.params.as_object().unwrap()).result),
            total: None,
            next: None,
        })
        .collect();
    outcomes[1].result = Err(Error::Api {
        method: "imopenlines.config.list.get".into(),
        status: 200,
        code: "INTERNAL_SERVER_ERROR".into(),
        description: String::new(),
    });
    assert!(matches!(lines.on_batch(&outcomes), Err(Error::Api { .. })));
    assert_eq!(lines.rows(), 0);
    // Read again from where it was: every row once.
    let read = drive(&mut lines, &mut portal).unwrap();
    assert_eq!(ids(&read.rows, "ID"), (1..=300).collect::<Vec<_>>());
}

// ---- properties -------------------------------------------------------------------------------

/// A small deterministic generator (xorshift64*): the same cases on every run.
struct Cases(u64);

impl Cases {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

#[test]
fn property_every_list_gives_min_of_rows_and_limit_rows_once_in_few_requests() {
    let mut cases = Cases(0x5EED_1234_ABCD_0001);
    let pageable: Vec<&Method> = methods::all()
        .filter(|m| m.paging != Paging::None)
        .collect();
    for _ in 0..300 {
        let entry = pageable[cases.below(pageable.len() as u64) as usize];
        let max = max_size(entry);
        let rows = cases.below(4 * max + 3);
        let limit = match cases.below(3) {
            0 => None,
            _ => Some(1 + cases.below(4 * max)),
        };
        let (mut portal, id, params) = model(entry.name, rows).unwrap();
        let mut pager = pager(
            entry.name,
            params,
            ListOptions {
                limit,
                ..ListOptions::default()
            },
        );
        let read = drive(&mut pager, portal.as_mut()).unwrap();
        let got = ids(&read.rows, id);
        let want = limit.map_or(rows, |l| l.min(rows));
        assert_eq!(
            got.len() as u64,
            want,
            "{} rows={rows} limit={limit:?}",
            entry.name
        );
        assert!(unique(&got), "{} rows={rows} limit={limit:?}", entry.name);
        assert_eq!(pager.rows(), want);
        // Bounded work: never more requests than pages (plus the one that finds the end).
        let pages = want.div_ceil(max) as usize;
        assert!(read.requests <= pages + 1, "{} {read:?}", entry.name);
        // Bounded state: no more kept than one page's keys.
        assert!(pager.state.seen.len() as u64 <= max);
    }
}

#[test]
fn property_start_paged_lists_by_id_or_position() {
    let mut cases = Cases(0x0DDC_0FFE_E000_0042);
    for _ in 0..200 {
        let rows = cases.below(6_000);
        let by_id = cases.below(2) == 0;
        let items = cases.below(2) == 0;
        let limit = (cases.below(2) == 0).then(|| 1 + cases.below(7_000));
        let id = if items { "id" } else { "ID" };
        let options = ListOptions {
            id_field: by_id.then(|| id.to_string()),
            limit,
            ..ListOptions::default()
        };
        let mut pager = Pager::new("crm.item.list", None, json!({}), options).unwrap();
        let read = drive(
            &mut pager,
            &mut StartPortal {
                rows,
                items,
                ignores_position: false,
            },
        )
        .unwrap();
        let want = limit.map_or(rows, |l| l.min(rows));
        assert_eq!(
            ids(&read.rows, id),
            (1..=want).collect::<Vec<_>>(),
            "rows={rows} limit={limit:?} by_id={by_id}"
        );
        // 2,500 rows a request, one more to find the end, one more when `items` was learned.
        assert!(read.requests as u64 <= want / 2_500 + 3, "{read:?}");
    }
}

#[test]
fn a_chained_page_longer_than_asked_is_followed_from_its_real_last_row() {
    /// The history search, but its first page brings five rows more than asked for.
    struct Longer {
        inner: HistoryPortal,
        calls: u32,
    }
    impl Portal for Longer {
        fn answer(&mut self, params: &Map<String, Value>) -> Answer {
            self.calls += 1;
            if self.calls > 1 {
                return self.inner.answer(params);
            }
            let notifications: Vec<Value> = (446..=500)
                .rev()
                .map(|i| json!({"id": i, "notify_type": 4}))
                .collect();
            answer(json!({"notifications": notifications, "users": []}))
        }
    }
    let mut history = pager(
        "im.notify.history.search",
        json!({}),
        ListOptions::default(),
    );
    let mut portal = Longer {
        inner: HistoryPortal {
            rows: 500,
            ignores_cursor: false,
        },
        calls: 0,
    };
    let read = drive(&mut history, &mut portal).unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..=500).rev().collect::<Vec<_>>());
}

// ---- lists the portal caps -------------------------------------------------------------------

#[test]
fn a_capped_list_reads_to_its_cap_then_says_so_instead_of_ending_in_silence() {
    // 12,345 sessions, 200 a page: offsets 0..=10,000 give 10,200 rows, then the portal would
    // refuse the next offset.
    let mut sessions = pager(
        "imopenlines.v2.Session.list",
        json!({"status": "closed"}),
        ListOptions::default(),
    );
    let mut portal = StatPortal {
        field: "sessions",
        rows: 12_345,
        capped: true,
    };
    let read = drive(&mut sessions, &mut portal).unwrap();
    assert_eq!(ids(&read.rows, "id"), (1..=10_200).collect::<Vec<_>>());
    assert!(!sessions.is_done());
    let e = sessions.capped().expect("a typed error at the cap");
    assert_eq!(e.code(), "LIST_CAPPED");
    let text = e.to_string();
    assert!(
        text.contains("offset 10000") && text.contains("10200 rows were read"),
        "{text}"
    );

    // A list that ends at or before the cap is complete: no error.
    let mut short = pager(
        "imopenlines.v2.Session.list",
        json!({}),
        ListOptions::default(),
    );
    let read = drive(
        &mut short,
        &mut StatPortal {
            field: "sessions",
            rows: 10_200,
            capped: true,
        },
    )
    .unwrap();
    assert_eq!(read.rows.len(), 10_200);
    assert!(short.is_done() && short.capped().is_none());

    // A `limit` reached before the cap ends the list as asked.
    let options = ListOptions {
        limit: Some(300),
        ..ListOptions::default()
    };
    let mut limited = pager(
        "imopenlines.v2.Session.Rating.list",
        json!({"dateVoteFrom": "2026-01-01", "dateVoteTo": "2026-02-01"}),
        options,
    );
    let read = drive(
        &mut limited,
        &mut StatPortal {
            field: "ratings",
            rows: 50_000,
            capped: true,
        },
    )
    .unwrap();
    assert_eq!(read.rows.len(), 300);
    assert!(limited.capped().is_none());
}

#[test]
fn the_operators_list_is_capped_only_when_filtered_by_status_or_free_slots() {
    let rows = 10_500;
    let mut all = pager(
        "imopenlines.v2.Operator.list",
        json!({}),
        ListOptions::default(),
    );
    let read = drive(
        &mut all,
        &mut StatPortal {
            field: "operators",
            rows,
            capped: false,
        },
    )
    .unwrap();
    assert_eq!(read.rows.len() as u64, rows);
    assert!(all.capped().is_none());
    for filter in [json!({"status": "online"}), json!({"hasFreeSlots": true})] {
        let mut filtered = pager(
            "imopenlines.v2.Operator.list",
            filter,
            ListOptions::default(),
        );
        let read = drive(
            &mut filtered,
            &mut StatPortal {
                field: "operators",
                rows,
                capped: true,
            },
        )
        .unwrap();
        assert_eq!(read.rows.len(), 10_200);
        assert_eq!(
            filtered.capped().map(|e| e.code().to_string()).as_deref(),
            Some("LIST_CAPPED")
        );
    }
}
