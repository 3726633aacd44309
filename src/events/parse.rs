//! The one interpreter of the event table: reads an envelope, finds its event, and turns every
//! declared field into its declared type. Walks follow the table's types (finite, not
//! recursive), never the input's own nesting.

use super::form::{read_body, tree_problem, MAX_SAFE_INTEGER};
use super::identity::event_hash;
use super::keep::Keep;
use super::table::shapes::AUTH;
use super::{find, Event, EventError, FieldProblem};
use crate::prelude::*;
use crate::schema::{Obj, Param, Ty};
use core::fmt;
use serde_json::{Map, Value};

/// One typed event, and the table entry it was read with.
///
/// `value` is the event as JSON: `event` (the table's upper-case name), `data` (typed),
/// `dedupeKey`, and, from a webhook, `event_handler_id`, `ts` and `auth`; from a queue,
/// `eventId` and `date` (and `messageId`, `additional` from the offline queue).
#[derive(Clone)]
pub struct Parsed {
    pub event: &'static Event,
    pub value: Value,
}

impl Parsed {
    fn auth_text(&self, key: &str) -> Option<&str> {
        self.value
            .get("auth")
            .and_then(|a| a.get(key))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// The portal the event claims to come from.
    pub fn member_id(&self) -> Option<&str> {
        self.auth_text("member_id")
    }

    /// The token to check against the one stored for `member_id`.
    pub fn application_token(&self) -> Option<&str> {
        self.auth_text("application_token")
    }

    /// Equal for two deliveries of the same event, different for different events.
    pub fn dedupe_key(&self) -> &str {
        self.value
            .get("dedupeKey")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// The event as JSON text.
    pub fn to_json(&self) -> String {
        self.value.to_string()
    }
}

/// Tokens stay out of debug output.
impl fmt::Debug for Parsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parsed")
            .field("event", &self.event.name)
            .field("value", &redact(&self.value))
            .finish()
    }
}

/// Reads a webhook POST body: a PHP bracket form or JSON (by `content_type`, else by its first
/// character).
pub fn parse(body: &str, content_type: Option<&str>) -> Result<Parsed, EventError> {
    let mut envelope = read_body(body, content_type)?;
    // The body is ours: what the event keeps as it came is moved out of it, not copied.
    let mut keep = Keep::moving();
    let (event, out, mut data) = read_envelope(&envelope, &mut keep)?;
    keep.move_into(&mut envelope, &mut data);
    Ok(finish(event, out, data))
}

/// Reads an envelope already decoded to JSON (`{event, event_handler_id, data, ts, auth}`);
/// string scalars are read as webhook mode sends them.
pub fn parse_value(envelope: &Value) -> Result<Parsed, EventError> {
    let (event, out, data) = read_envelope(envelope, &mut Keep::copying())?;
    Ok(finish(event, out, data))
}

/// The envelope's event, its typed fields but `data`, and its typed `data`.
fn read_envelope(
    envelope: &Value,
    keep: &mut Keep,
) -> Result<(&'static Event, Map<String, Value>, Value), EventError> {
    let Some(root) = envelope.as_object() else {
        return Err(EventError::Body(super::BodyProblem::NotAnObject));
    };
    if let Some(problem) = tree_problem(envelope, super::MAX_DEPTH) {
        return Err(EventError::Body(problem));
    }
    let event = event_named(root.get("event"), "event")?;
    let mut path = Vec::new();
    let mut out = Map::new();
    out.insert("event".into(), Value::String(event.name.into()));
    // The open-line and connector pages write `eventId` where the others write `event_handler_id`.
    let handler = root
        .get("event_handler_id")
        .map(|v| ("event_handler_id", v))
        .or_else(|| root.get("eventId").map(|v| ("eventId", v)));
    if let Some((name, value)) = handler {
        path.push(Seg::Key(name));
        put(
            &mut out,
            "event_handler_id",
            coerce(&crate::schema::INT, value, &mut path, &mut Keep::copying())?,
        );
        path.clear();
    }
    if let Some(ts) = root.get("ts") {
        path.push(Seg::Key("ts"));
        put(
            &mut out,
            "ts",
            coerce(&crate::schema::INT, ts, &mut path, &mut Keep::copying())?,
        );
        path.clear();
    }
    if let Some(auth) = root.get("auth") {
        path.push(Seg::Key("auth"));
        put(
            &mut out,
            "auth",
            coerce(&AUTH, auth, &mut path, &mut Keep::copying())?,
        );
        path.clear();
    }
    let data = read_data(event, root.get("data"), keep)?;
    Ok((event, out, data))
}

/// The parsed event, with its dedupe key.
fn finish(event: &'static Event, mut out: Map<String, Value>, data: Value) -> Parsed {
    let member = out
        .get("auth")
        .and_then(|a| a.get("member_id"))
        .and_then(Value::as_str)
        .unwrap_or("-")
        .to_string();
    let key = [
        &member,
        ":",
        event.name,
        ":",
        &hex16(event_hash(event, &data)),
    ]
    .concat();
    out.insert("data".into(), data);
    out.insert("dedupeKey".into(), Value::String(key));
    Parsed {
        event,
        value: Value::Object(out),
    }
}

/// The queue a polled event came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    /// `imbot.v2.Event.get` of one bot: items `{eventId, type, date, data}`.
    Bot { bot_id: i64 },
    /// `im.v2.Event.get`: the same items, for the current user.
    User,
    /// `event.offline.get`: records `{ID, TIMESTAMP_X, EVENT_NAME, EVENT_DATA,
    /// EVENT_ADDITIONAL, MESSAGE_ID}`.
    Offline,
}

/// `parse_polled` over an item's JSON text, with the body limits of `parse`.
pub fn parse_polled_json(queue: Queue, item: &str) -> Result<Parsed, EventError> {
    parse_polled(queue, &super::form::read_json_limited(item)?)
}

/// Reads one item of a queue's answer into the same typed event a webhook gives (with the
/// queue's own ID instead of the envelope's handler and time).
pub fn parse_polled(queue: Queue, item: &Value) -> Result<Parsed, EventError> {
    if let Some(problem) = tree_problem(item, super::MAX_DEPTH) {
        return Err(EventError::Body(problem));
    }
    let Some(item) = item.as_object() else {
        return Err(EventError::Body(super::BodyProblem::NotAnObject));
    };
    let (name_key, id_key, date_key, data_key) = match queue {
        Queue::Offline => ("EVENT_NAME", "ID", "TIMESTAMP_X", "EVENT_DATA"),
        _ => ("type", "eventId", "date", "data"),
    };
    let event = event_named(item.get(name_key), name_key)?;
    let mut path = vec![Seg::Key(id_key)];
    let id = match item.get(id_key) {
        Some(v) => coerce(&crate::schema::INT, v, &mut path, &mut Keep::copying())?,
        None => Value::Null,
    };
    let Some(id_number) = id.as_i64() else {
        return Err(EventError::Field {
            field: id_key.into(),
            problem: FieldProblem::Missing,
        });
    };
    let mut out = Map::new();
    out.insert("event".into(), Value::String(event.name.into()));
    out.insert("eventId".into(), id);
    if let Some(date) = item.get(date_key).filter(|d| d.is_string()) {
        out.insert("date".into(), date.clone());
    }
    // An offline record without data says `false`.
    let data_value = item
        .get(data_key)
        .filter(|d| !matches!(d, Value::Bool(false)));
    let data = read_data(event, data_value, &mut Keep::copying())?;
    out.insert("data".into(), data);
    let key = match queue {
        Queue::Bot { bot_id } => [
            "imbot.v2:",
            &crate::text::decimal(bot_id),
            ":",
            &crate::text::decimal(id_number),
        ]
        .concat(),
        Queue::User => ["im.v2:", &crate::text::decimal(id_number)].concat(),
        Queue::Offline => {
            if let Some(message) = item.get("MESSAGE_ID").filter(|m| !m.is_null()) {
                out.insert("messageId".into(), message.clone());
            }
            if let Some(extra) = item.get("EVENT_ADDITIONAL").filter(|a| a.is_object()) {
                out.insert("additional".into(), extra.clone());
            }
            ["offline:", &crate::text::decimal(id_number)].concat()
        }
    };
    out.insert("dedupeKey".into(), Value::String(key));
    Ok(Parsed {
        event,
        value: Value::Object(out),
    })
}

fn event_named(name: Option<&Value>, field: &'static str) -> Result<&'static Event, EventError> {
    match name {
        None | Some(Value::Null) => Err(EventError::Field {
            field: field.into(),
            problem: FieldProblem::Missing,
        }),
        Some(Value::String(s)) if s.is_empty() => Err(EventError::Field {
            field: field.into(),
            problem: FieldProblem::Missing,
        }),
        Some(Value::String(s)) => find(s).ok_or_else(|| EventError::unknown_event(s)),
        Some(_) => Err(EventError::Field {
            field: field.into(),
            problem: FieldProblem::Type("a string"),
        }),
    }
}

fn read_data(event: &Event, data: Option<&Value>, keep: &mut Keep) -> Result<Value, EventError> {
    let mut path = vec![Seg::Key("data")];
    match data {
        Some(v) if !is_absent(v) => require(
            &event.data,
            coerce(&event.data, v, &mut path, keep)?,
            &mut path,
        ),
        // A form cannot send an empty object: it leaves the key out.
        _ => empty_container(&event.data, &mut path),
    }
}

fn put(out: &mut Map<String, Value>, key: &str, value: Value) {
    if !value.is_null() {
        out.insert(key.into(), value);
    }
}

/// One step of a field's path.
#[derive(Clone, Copy)]
pub(super) enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn render(path: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for (i, seg) in path.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        match seg {
            Seg::Key(k) => out.push_str(k),
            Seg::Index(n) => out.push_str(&n.to_string()),
        }
    }
    out
}

fn type_error(path: &[Seg<'_>], ty: &Ty) -> EventError {
    EventError::Field {
        field: render(path),
        problem: FieldProblem::Type(expected(ty)),
    }
}

fn missing(path: &[Seg<'_>]) -> EventError {
    EventError::Field {
        field: render(path),
        problem: FieldProblem::Missing,
    }
}

fn expected(ty: &Ty) -> &'static str {
    match ty {
        Ty::Str | Ty::Enum(_) => "a string",
        Ty::Int => "an integer",
        Ty::Num => "a number",
        Ty::Bool => "a flag (1/0, Y/N, true/false)",
        Ty::Date => "a date",
        Ty::Time => "a time (HH:MM)",
        Ty::File | Ty::Any => "a value",
        Ty::Array(_) => "a list",
        Ty::Object(_) | Ty::Map(_) => "an object",
        Ty::Either(_) => "any of its types",
    }
}

/// Missing, null and `""` are all "no value": webhook mode sends null as `""`.
fn is_absent(value: &Value) -> bool {
    matches!(value, Value::Null) || value.as_str() == Some("")
}

fn is_container(ty: &Ty) -> bool {
    matches!(ty, Ty::Object(_) | Ty::Map(_) | Ty::Array(_))
}

/// The value a required container has when the body left it out: empty, with its own
/// required fields checked (a required scalar inside is then missing).
fn empty_container<'a>(ty: &Ty, path: &mut Vec<Seg<'a>>) -> Result<Value, EventError> {
    match ty {
        Ty::Object(Obj { fields, .. }) => {
            let mut out = Map::new();
            for p in fields.iter().filter(|p| p.required) {
                path.push(Seg::Key(p.name));
                if !is_container(&p.ty) {
                    return Err(missing(path));
                }
                out.insert(p.name.into(), empty_container(&p.ty, path)?);
                path.pop();
            }
            Ok(Value::Object(out))
        }
        Ty::Map(_) => Ok(Value::Object(Map::new())),
        Ty::Array(_) => Ok(Value::Array(Vec::new())),
        _ => Err(missing(path)),
    }
}

/// A required field read as null is missing (a container reads as empty).
fn require<'a>(ty: &Ty, value: Value, path: &mut Vec<Seg<'a>>) -> Result<Value, EventError> {
    if !value.is_null() {
        Ok(value)
    } else if is_container(ty) {
        empty_container(ty, path)
    } else {
        Err(missing(path))
    }
}

/// Reads `value` as `ty`. Null, and `""` for every type but text, read as null.
fn coerce<'a>(
    ty: &Ty,
    value: &'a Value,
    path: &mut Vec<Seg<'a>>,
    keep: &mut Keep,
) -> Result<Value, EventError> {
    if value.is_null() {
        return Ok(Value::Null);
    }
    let text = value.as_str();
    if text == Some("") && !matches!(ty, Ty::Str | Ty::Any | Ty::File) {
        return Ok(Value::Null);
    }
    match ty {
        Ty::Str => match value {
            Value::String(_) => Ok(value.clone()),
            Value::Number(n) => Ok(Value::String(n.to_string())),
            _ => Err(type_error(path, ty)),
        },
        Ty::Enum(_) => match value {
            // Lists of values grow on the portal's side; an unlisted one is still the value.
            Value::String(_) => Ok(value.clone()),
            Value::Number(n) => Ok(Value::String(n.to_string())),
            _ => Err(type_error(path, ty)),
        },
        Ty::Int => int(value).ok_or_else(|| type_error(path, ty)),
        Ty::Num => num(value).ok_or_else(|| type_error(path, ty)),
        Ty::Bool => flag(value)
            .map(Value::Bool)
            .ok_or_else(|| type_error(path, ty)),
        Ty::Date => match value {
            Value::String(s) if looks_like_date(s) => Ok(value.clone()),
            _ => Err(type_error(path, ty)),
        },
        // No event field is declared as a time; taken as text if one ever is.
        Ty::Time => match value {
            Value::String(_) => Ok(value.clone()),
            _ => Err(type_error(path, ty)),
        },
        Ty::File | Ty::Any => Ok(keep.kept(value, path)),
        Ty::Array(item) => {
            let items: Vec<(Seg<'a>, &'a Value)> = match value {
                Value::Array(list) => list
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (Seg::Index(i), v))
                    .collect(),
                // A form list: keys 0..n-1 in any order (a JSON map orders "10" before "2").
                Value::Object(map) => {
                    let mut slots: Vec<Option<(Seg<'a>, &'a Value)>> = vec![None; map.len()];
                    for (k, v) in map {
                        match k.parse::<usize>().ok().and_then(|n| slots.get_mut(n)) {
                            Some(slot) => *slot = Some((Seg::Key(k.as_str()), v)),
                            None => return Err(type_error(path, ty)),
                        }
                    }
                    // Keys like "0" and "00" share a slot and leave another one empty.
                    if slots.iter().any(Option::is_none) {
                        return Err(type_error(path, ty));
                    }
                    slots.into_iter().flatten().collect()
                }
                _ => return Err(type_error(path, ty)),
            };
            let mut out = Vec::with_capacity(items.len());
            for (seg, v) in items {
                path.push(seg);
                out.push(coerce(item, v, path, keep)?);
                path.pop();
            }
            Ok(Value::Array(out))
        }
        Ty::Map(item) => {
            let mut out = Map::new();
            match value {
                Value::Object(map) => {
                    for (k, v) in map {
                        path.push(Seg::Key(k.as_str()));
                        out.insert(k.clone(), coerce(item, v, path, keep)?);
                        path.pop();
                    }
                }
                // PHP encodes a map keyed 0..n-1 (or an empty one) as a list.
                Value::Array(list) => {
                    for (i, v) in list.iter().enumerate() {
                        path.push(Seg::Index(i));
                        out.insert(i.to_string(), coerce(item, v, path, keep)?);
                        path.pop();
                    }
                }
                _ => return Err(type_error(path, ty)),
            }
            Ok(Value::Object(out))
        }
        Ty::Object(Obj { fields, .. }) => match value {
            Value::Object(map) => object(fields, map, path, keep),
            Value::Array(list) if list.is_empty() => empty_container(ty, path),
            _ => Err(type_error(path, ty)),
        },
        Ty::Either(choices) => {
            let (depth, kept) = (path.len(), keep.len());
            for choice in choices.iter() {
                match coerce(choice, value, path, keep) {
                    Ok(v) => return Ok(v),
                    Err(_) => {
                        path.truncate(depth);
                        keep.truncate(kept);
                    }
                }
            }
            Err(type_error(path, ty))
        }
    }
}

fn object<'a>(
    fields: &'static [Param],
    map: &'a Map<String, Value>,
    path: &mut Vec<Seg<'a>>,
    keep: &mut Keep,
) -> Result<Value, EventError> {
    let mut out = Map::new();
    for p in fields {
        path.push(Seg::Key(p.name));
        match map.get(p.name) {
            Some(v) => {
                let read = coerce(&p.ty, v, path, keep)?;
                let read = if p.required {
                    require(&p.ty, read, path)?
                } else {
                    read
                };
                out.insert(p.name.into(), read);
            }
            None if p.required => {
                out.insert(p.name.into(), empty_container(&p.ty, path)?);
            }
            None => {}
        }
        path.pop();
    }
    // Fields the table does not know are kept as they came.
    for (k, v) in map {
        if !fields.iter().any(|p| p.name == k) {
            path.push(Seg::Key(k.as_str()));
            out.insert(k.clone(), keep.kept(v, path));
            path.pop();
        }
    }
    Ok(Value::Object(out))
}

/// An integer JavaScript holds exactly: `9007199254740993` is refused, never rounded to
/// `...992` on the way into the app's `JSON.parse`.
fn int(value: &Value) -> Option<Value> {
    let n = match value {
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Some(i),
            (None, Some(f))
                if crate::float::trunc(f) == f && f.abs() <= MAX_SAFE_INTEGER as f64 =>
            {
                Some(f as i64)
            }
            _ => None,
        },
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    }?;
    (n.unsigned_abs() <= MAX_SAFE_INTEGER).then(|| Value::from(n))
}

fn num(value: &Value) -> Option<Value> {
    match value {
        Value::Number(_) => Some(value.clone()),
        // The crate's JSON number reader, as serde_json reads numbers (core's float parser is
        // 7 KB of .wasm): a string that is one JSON number, nothing else.
        Value::String(s) => match crate::json::parse(s.trim()) {
            Ok(n @ crate::json::Node::Num(_)) => Some(crate::json::to_value(&n)),
            _ => None,
        },
        _ => None,
    }
}

/// The portal's flags: `true`/`false`, `1`/`0`, `Y`/`N` (webhook mode sends `"1"`/`"0"`).
fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_i64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        Value::String(s) => match s.as_str() {
            "1" | "Y" | "y" | "true" => Some(true),
            "0" | "N" | "n" | "false" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// ISO 8601 (`2025-01-15T10:30:00+02:00`) or a portal format (`15.01.2025 10:30:00`): starts
/// with a digit and has a date separator. Tells a date from the `"0"` that stands for `false`.
fn looks_like_date(s: &str) -> bool {
    s.len() >= 8 && s.starts_with(|c: char| c.is_ascii_digit()) && s.contains(['-', '.', '/'])
}

/// A copy for logs: every field the table marks `secret` is replaced by `"***"`, wherever
/// its name appears (also in fields the table does not declare).
pub fn redact(value: &Value) -> Value {
    let mut copy = value.clone();
    scrub(&mut copy, secret_names(), MAX_SCRUB_DEPTH);
    copy
}

/// The names of the table's secret fields (`access_token`, `application_token`, ...).
fn secret_names() -> &'static [&'static str] {
    #[cfg(not(target_arch = "wasm32"))]
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    #[cfg(target_arch = "wasm32")]
    static NAMES: crate::wasm::local::Once<Vec<&'static str>> = crate::wasm::local::Once::new();
    NAMES.get_or_init(|| {
        let mut names = Vec::new();
        collect_secrets(&AUTH, &mut names);
        for event in super::all() {
            collect_secrets(&event.data, &mut names);
        }
        names
    })
}

fn collect_secrets(ty: &Ty, names: &mut Vec<&'static str>) {
    match ty {
        Ty::Object(Obj { fields, .. }) => {
            for p in fields.iter() {
                if p.secret && !names.contains(&p.name) {
                    names.push(p.name);
                }
                collect_secrets(&p.ty, names);
            }
        }
        Ty::Array(item) | Ty::Map(item) => collect_secrets(item, names),
        Ty::Either(choices) => choices.iter().for_each(|c| collect_secrets(c, names)),
        _ => {}
    }
}

/// Parsed values are at most `MAX_DEPTH` deep; the bound keeps the walk finite regardless.
const MAX_SCRUB_DEPTH: usize = super::MAX_DEPTH + 8;

fn scrub(value: &mut Value, names: &[&str], depth: usize) {
    if depth == 0 {
        return;
    }
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if names.contains(&k.as_str()) && !v.is_null() {
                    *v = Value::String("***".into());
                } else {
                    scrub(v, names, depth - 1);
                }
            }
        }
        Value::Array(list) => list.iter_mut().for_each(|v| scrub(v, names, depth - 1)),
        _ => {}
    }
}

/// Reads `value` as `ty` (copying), for readers outside the event envelope (a placement's
/// `PLACEMENT_OPTIONS`); fields are named from `root`.
pub(super) fn read_as(ty: &Ty, value: &Value, root: &'static str) -> Result<Value, EventError> {
    let mut path = vec![Seg::Key(root)];
    let read = coerce(ty, value, &mut path, &mut Keep::copying())?;
    require(ty, read, &mut path)
}

/// `n` as 16 lowercase hex digits (`{:016x}` without core::fmt).
fn hex16(n: u64) -> String {
    (0..16)
        .rev()
        .map(|i| char::from(b"0123456789abcdef"[((n >> (i * 4)) & 0xf) as usize]))
        .collect()
}
