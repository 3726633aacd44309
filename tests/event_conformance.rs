//! The event table against the docs (`spec/docs/`, the vendored docs), natively.
//!
//! For every event page (the `events/` pages of imbot, imbot.v2, im.v2, imopenlines,
//! imconnector and `common/api-reference/events/`): its event is in the table; every field
//! its tables name is declared; every example payload parses, as JSON and as the form body
//! the portal would send (webhook mode: every scalar a string), to the same typed event with
//! the same dedupe key; no example key is left undeclared; and a redacted copy holds none of
//! the example's tokens. The app lifecycle pages (`common/api-reference/common/events/`) are
//! event pages like the others; the install rule of the safe-event-handler page
//! (`common/api-reference/events/safe-event-handlers.md`) is checked against the verifier, and
//! that page's example parses like the event pages' ones.

#![cfg(not(target_arch = "wasm32"))]

use b24_wasm::events::{self, table::shapes::AUTH, Event};
use b24_wasm::schema::{Obj, Param, Ty};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn docs_dir() -> PathBuf {
    std::env::var_os("B24_DOCS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/docs"))
}

/// The event pages of the snapshot: `on-*.md` under an `events/` folder, and the format pages
/// of chat bots 2.0 (`events.md`, one section per event).
fn event_pages() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![docs_dir()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let in_events = path
                .parent()
                .and_then(|p| p.file_name())
                .is_some_and(|n| n == "events");
            let v2_formats = name == "events.md" && path.to_string_lossy().contains("chat-bots-v2");
            if in_events && (name.starts_with("on-") || v2_formats) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn relative(path: &Path) -> String {
    path.strip_prefix(docs_dir())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The JSON code blocks of a text (fenced as `json`, or bare).
fn json_blocks(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    // The open block's language and text.
    let mut block: Option<(String, String)> = None;
    for line in text.lines() {
        let t = line.trim();
        match &mut block {
            None => {
                if let Some(lang) = t.strip_prefix("```") {
                    block = Some((lang.trim().to_string(), String::new()));
                }
            }
            Some((lang, body)) if t == "```" => {
                if lang.is_empty() || lang == "json" {
                    if let Ok(v) = serde_json::from_str::<Value>(body) {
                        out.push(v);
                    }
                }
                block = None;
            }
            Some((_, body)) => {
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    out
}

/// The names in bold in the first column of the text's tables (`|| **NAME**`).
fn table_names(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("|| **") else {
            continue;
        };
        let Some(end) = rest.find("**") else {
            continue;
        };
        let name = rest[..end].trim_end_matches('*').trim_end_matches('\\');
        // Header rows: `|| **Parameter** ...`, `|| **Field** | **Type** ...`.
        let header = [
            "Parameter",
            "parameter",
            "Name",
            "Field",
            "Type",
            "Key",
            "Event",
            "Mode",
        ];
        if !name.is_empty() && !header.contains(&name) {
            out.insert(name.to_string());
        }
    }
    out
}

/// A page's sections `## NAME {#anchor}` (the whole page as one when it has no event
/// sections).
fn sections(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            out.push((
                h.split_whitespace().next().unwrap_or_default().to_string(),
                String::new(),
            ));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

/// Every field name a type declares, at any depth.
fn declared_names(ty: &Ty, out: &mut BTreeSet<&'static str>) {
    match ty {
        Ty::Object(Obj { fields, .. }) => {
            for p in fields.iter() {
                out.insert(p.name);
                declared_names(&p.ty, out);
            }
        }
        Ty::Array(item) | Ty::Map(item) => declared_names(item, out),
        Ty::Either(choices) => choices.iter().for_each(|c| declared_names(c, out)),
        _ => {}
    }
}

/// Keys of `example` that `ty` does not declare, as dotted paths.
fn undeclared(ty: &Ty, example: &Value, path: &str, out: &mut Vec<String>) {
    let at = |k: &str| format!("{path}.{k}");
    match (ty, example) {
        (Ty::Object(Obj { fields, .. }), Value::Object(map)) => {
            for (k, v) in map {
                match fields.iter().find(|p| p.name == k) {
                    Some(p) => undeclared(&p.ty, v, &at(k), out),
                    None => out.push(at(k)),
                }
            }
        }
        (Ty::Map(item), Value::Object(map)) => {
            for (k, v) in map {
                undeclared(item, v, &at(k), out);
            }
        }
        (Ty::Array(item), Value::Array(list)) => {
            for (i, v) in list.iter().enumerate() {
                undeclared(item, v, &at(&i.to_string()), out);
            }
        }
        (Ty::Either(choices), v) => {
            if let Some(c) = choices
                .iter()
                .find(|c| matches!((c, v), (Ty::Object(_) | Ty::Map(_), Value::Object(_))))
            {
                undeclared(c, v, path, out);
            }
        }
        _ => {}
    }
}

/// The body `http_build_query` makes of an envelope, with webhook mode's strings: `true`
/// `"1"`, `false` `"0"`, null `""`; empty arrays and objects leave no pair.
fn form_body(envelope: &Value) -> String {
    fn walk(prefix: &str, v: &Value, out: &mut form_urlencoded::Serializer<'_, String>) {
        let scalar = match v {
            Value::Object(map) => {
                for (k, v) in map {
                    walk(&format!("{prefix}[{k}]"), v, out);
                }
                return;
            }
            Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), v, out);
                }
                return;
            }
            Value::Null => String::new(),
            Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
        };
        out.append_pair(prefix, &scalar);
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Value::Object(map) = envelope {
        for (k, v) in map {
            walk(k, v, &mut out);
        }
    }
    out.finish()
}

/// For comparing a form reading with a JSON one: what a form cannot carry (null, `""`, empty
/// objects and lists) is dropped on both sides, and where the table declares no type (`ANY`,
/// undeclared keys) scalars are compared as the strings a form sends.
fn comparable(ty: Option<&Ty>, v: &Value) -> Value {
    let field = |name: &str| match ty {
        Some(Ty::Object(Obj { fields, .. })) => {
            fields.iter().find(|p| p.name == name).map(|p| &p.ty)
        }
        Some(Ty::Map(item)) => Some(&**item),
        _ => None,
    };
    let item = match ty {
        Some(Ty::Array(item)) => Some(&**item),
        _ => None,
    };
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), comparable(field(k), v)))
                .filter(|(_, v)| !is_empty(v))
                .collect(),
        ),
        Value::Array(list) if ty.is_none() || matches!(ty, Some(Ty::Any)) => Value::Object(
            list.iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), comparable(None, v)))
                .filter(|(_, v)| !is_empty(v))
                .collect(),
        ),
        Value::Array(list) => Value::Array(
            list.iter()
                .map(|v| comparable(item, v))
                .filter(|v| !is_empty(v))
                .collect(),
        ),
        Value::Bool(b) if ty.is_none() || matches!(ty, Some(Ty::Any)) => {
            Value::String(if *b { "1" } else { "0" }.into())
        }
        Value::Number(n) if ty.is_none() || matches!(ty, Some(Ty::Any)) => {
            Value::String(n.to_string())
        }
        other => other.clone(),
    }
}

/// The typed event's shape, for `comparable`.
fn event_ty(event: &Event) -> Ty {
    static EVENT_FIELDS: std::sync::OnceLock<Vec<(&'static str, Vec<Param>)>> =
        std::sync::OnceLock::new();
    let all = EVENT_FIELDS.get_or_init(|| {
        events::all()
            .map(|e| {
                (
                    e.name,
                    vec![
                        b24_wasm::schema::opt("data", e.data),
                        b24_wasm::schema::opt("auth", AUTH),
                        b24_wasm::schema::opt("event", b24_wasm::schema::STR),
                        b24_wasm::schema::opt("dedupeKey", b24_wasm::schema::STR),
                        b24_wasm::schema::opt("event_handler_id", b24_wasm::schema::INT),
                        b24_wasm::schema::opt("ts", b24_wasm::schema::INT),
                    ],
                )
            })
            .collect()
    });
    let fields = &all.iter().find(|(n, _)| *n == event.name).unwrap().1;
    b24_wasm::schema::obj(fields.as_slice())
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// Every string value under a secret key of the example.
fn secrets_in(v: &Value, names: &BTreeSet<&str>, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::String(s) if names.contains(k.as_str()) && !s.is_empty() => {
                        out.push(s.clone())
                    }
                    _ => secrets_in(v, names, out),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|v| secrets_in(v, names, out)),
        _ => {}
    }
}

fn secret_params(ty: &Ty, out: &mut BTreeSet<&'static str>) {
    if let Ty::Object(Obj { fields, .. }) = ty {
        for p in fields.iter() {
            if p.secret {
                out.insert(p.name);
            }
        }
    }
    match ty {
        Ty::Object(Obj { fields, .. }) => fields
            .iter()
            .for_each(|p: &Param| secret_params(&p.ty, out)),
        Ty::Array(item) | Ty::Map(item) => secret_params(item, out),
        Ty::Either(c) => c.iter().for_each(|c| secret_params(c, out)),
        _ => {}
    }
}

/// One example: a whole envelope, or (chat bots 2.0) the `data` of `name`.
struct Example {
    source: String,
    event: &'static Event,
    envelope: Value,
}

fn examples() -> Vec<Example> {
    let mut out = Vec::new();
    for page in event_pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let source = relative(&page);
        for (heading, body) in sections(&text) {
            let Some(event) = events::find(&heading) else {
                continue;
            };
            for data in json_blocks(&body) {
                // Chat bots 2.0 pages show `data` only; the envelope is the webhook's.
                let envelope = if data.get("event").is_some() {
                    data
                } else {
                    json!({ "event": event.name, "data": data, "ts": 1772093963 })
                };
                out.push(Example {
                    source: format!("{source} {heading}"),
                    event,
                    envelope,
                });
            }
        }
        if !sections(&text)
            .iter()
            .any(|(h, _)| events::find(h).is_some())
        {
            for envelope in json_blocks(&text)
                .into_iter()
                .filter(|v| v.get("event").is_some())
            {
                let name = envelope["event"].as_str().unwrap_or_default().to_string();
                let event = events::find(&name)
                    .unwrap_or_else(|| panic!("{source}: {name} is not in the table"));
                out.push(Example {
                    source: source.clone(),
                    event,
                    envelope,
                });
            }
        }
    }
    // The safe-event-handler page shows where `application_token` comes: an ONAPPINSTALL.
    let safe = docs_dir().join(SAFE_HANDLERS);
    for envelope in json_blocks(&std::fs::read_to_string(&safe).unwrap())
        .into_iter()
        .filter(|v| v.get("event").is_some())
    {
        let name = envelope["event"].as_str().unwrap_or_default().to_string();
        out.push(Example {
            source: SAFE_HANDLERS.to_string(),
            event: events::find(&name)
                .unwrap_or_else(|| panic!("{SAFE_HANDLERS}: {name} is not in the table")),
            envelope,
        });
    }
    out
}

/// The page that says how an app tells the portal's events from forged ones.
const SAFE_HANDLERS: &str = "common/api-reference/events/safe-event-handlers.md";

#[test]
fn every_event_page_is_in_the_table() {
    let mut documented = BTreeSet::new();
    for page in event_pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let sectioned: Vec<String> = sections(&text)
            .into_iter()
            .map(|(h, _)| h)
            .filter(|h| h.starts_with("ONIM"))
            .collect();
        if sectioned.is_empty() {
            // A single-event page names its event in its title: `... ONIMBOTMESSAGEADD`.
            let title = text
                .lines()
                .find(|l| l.starts_with("# "))
                .unwrap_or_default();
            let name = title
                .split_whitespace()
                .find(|w| {
                    w.len() > 4
                        && w.to_ascii_uppercase().starts_with("ON")
                        && w.chars().all(|c| c.is_ascii_alphanumeric())
                        && events::find(w).is_some()
                })
                .unwrap_or_else(|| {
                    panic!("{}: no table event in the title {title:?}", relative(&page))
                });
            documented.insert(events::find(name).unwrap().name);
        } else {
            for h in sectioned {
                let event = events::find(&h)
                    .unwrap_or_else(|| panic!("{}: {h} is not in the table", relative(&page)));
                documented.insert(event.name);
            }
        }
    }
    // 5 imopenlines + 7 imconnector + 6 classic + 8 chat bots 2.0 + 5 im.v2 + onOfflineEvent
    // + the app's install, update and uninstall.
    assert_eq!(documented.len(), 35, "{documented:?}");
    for lifecycle in ["ONAPPINSTALL", "ONAPPUPDATE", "ONAPPUNINSTALL"] {
        assert!(documented.contains(lifecycle), "{lifecycle}");
    }
    let pages: BTreeSet<&str> = events::all()
        .map(|e| e.page.text())
        .filter(|p| !p.is_empty())
        .collect();
    for page in pages {
        let file = page.split('#').next().unwrap();
        assert!(
            docs_dir().join(file).is_file(),
            "the table points at a missing page: {page}"
        );
    }
}

#[test]
fn every_field_the_pages_name_is_declared() {
    let envelope = ["event", "event_handler_id", "eventId", "data", "ts", "auth"];
    let mut auth = BTreeSet::new();
    declared_names(&AUTH, &mut auth);
    let mut problems = Vec::new();
    for page in event_pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        let source = relative(&page);
        let mut parts: Vec<(&'static Event, String)> = sections(&text)
            .into_iter()
            .filter_map(|(h, body)| events::find(&h).map(|e| (e, body)))
            .collect();
        if parts.is_empty() {
            let Some(e) = events::all().find(|e| e.page.text() == source) else {
                continue;
            };
            parts.push((e, text.clone()));
        }
        for (event, body) in parts {
            let mut names = BTreeSet::new();
            declared_names(&event.data, &mut names);
            for name in table_names(&body) {
                let placeholder = name.contains('{') || name.contains('}');
                let known = names.contains(name.as_str())
                    || auth.contains(name.as_str())
                    || envelope.contains(&name.as_str());
                if !placeholder && !known {
                    problems.push(format!("{source} {}: {name} is not declared", event.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_chat_bot_objects_match_their_page() {
    // Fields of `User`, `Chat` and `Message` that events carry (the page's "only in method
    // responses" sections, and `role`/`muteList`, are absent from events by its own words).
    let text = std::fs::read_to_string(
        docs_dir().join("imbot/api-reference/chat-bots/chat-bots-v2/entities.md"),
    )
    .unwrap();
    let mut problems = Vec::new();
    for (object, ty) in [
        ("User", events::table::shapes::V2_USER),
        ("Chat", events::table::shapes::V2_CHAT),
        ("Message", events::table::shapes::V2_MESSAGE),
    ] {
        let start = text.find(&format!("## {object} {{")).unwrap();
        let rest = &text[start..];
        let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
        let section = &rest[..end];
        let section = section
            .split("### Additional Fields (only in method responses)")
            .next()
            .unwrap();
        let mut names = BTreeSet::new();
        declared_names(&ty, &mut names);
        for name in table_names(section) {
            if !names.contains(name.as_str()) && !["role", "muteList"].contains(&name.as_str()) {
                problems.push(format!("{object}.{name}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "fields of entities.md not declared: {problems:?}"
    );
}

#[test]
fn every_example_parses_as_json_and_as_a_form_alike() {
    let examples = examples();
    assert!(
        examples.len() >= 30,
        "only {} examples found",
        examples.len()
    );
    let mut covered = BTreeSet::new();
    let mut problems = Vec::new();
    for ex in &examples {
        let json_text = ex.envelope.to_string();
        let from_json = match events::parse(&json_text, Some("application/json")) {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("{}: JSON: {e}", ex.source));
                continue;
            }
        };
        assert_eq!(from_json.event.name, ex.event.name, "{}", ex.source);
        let form = form_body(&ex.envelope);
        let from_form = match events::parse(&form, Some("application/x-www-form-urlencoded")) {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("{}: form: {e}", ex.source));
                continue;
            }
        };
        let ty = event_ty(ex.event);
        let (a, b) = (
            comparable(Some(&ty), &from_json.value),
            comparable(Some(&ty), &from_form.value),
        );
        if a != b {
            problems.push(format!(
                "{}: the form reads differently:\n json {a}\n form {b}",
                ex.source
            ));
        }
        if from_json.dedupe_key() != from_form.dedupe_key() {
            problems.push(format!("{}: dedupe keys differ", ex.source));
        }
        let mut extra = Vec::new();
        undeclared(&ex.event.data, &ex.envelope["data"], "data", &mut extra);
        undeclared(&AUTH, &ex.envelope["auth"], "auth", &mut extra);
        if !extra.is_empty() {
            problems.push(format!("{}: undeclared example keys {extra:?}", ex.source));
        }
        let mut names = BTreeSet::new();
        secret_params(&AUTH, &mut names);
        secret_params(&ex.event.data, &mut names);
        let mut tokens = Vec::new();
        secrets_in(&ex.envelope, &names, &mut tokens);
        let redacted = events::redact(&from_json.value).to_string();
        for t in tokens.iter().filter(|t| t.len() >= 8) {
            assert!(
                !redacted.contains(t.as_str()),
                "{}: a token survives redaction",
                ex.source
            );
            assert!(
                !format!("{from_json:?}").contains(t.as_str()),
                "{}: a token shows in Debug",
                ex.source
            );
        }
        covered.insert(ex.event.name);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Events whose pages carry no example of their own.
    let without: Vec<&str> = events::all()
        .map(|e| e.name)
        .filter(|n| !covered.contains(n))
        .collect();
    assert_eq!(
        without,
        [
            "ONIMBOTV2MESSAGEUPDATE",
            "ONIMBOTV2MESSAGEDELETE",
            "ONIMV2MESSAGEUPDATE",
            "ONIMV2MESSAGEDELETE",
            "ONIMV2REACTIONCHANGE",
            "ONIMV2JOINCHAT",
        ],
        "events without an example"
    );
}

/// The examples' typed values are the declared types, whatever the body sent.
#[test]
fn example_values_come_out_typed() {
    let by_source = |needle: &str| {
        examples()
            .into_iter()
            .find(|e| e.source.contains(needle))
            .unwrap_or_else(|| panic!("no example from {needle}"))
    };
    let ex = by_source("on-imbot-message-add.md");
    let form = events::parse(&form_body(&ex.envelope), None).unwrap();
    let v = &form.value;
    assert_eq!(v["data"]["PARAMS"]["MESSAGE_ID"], json!(84331));
    assert_eq!(v["data"]["BOT"]["567"]["BOT_ID"], json!(567));
    assert_eq!(v["data"]["BOT"]["567"]["AUTH"]["expires_in"], json!(3600));
    assert_eq!(v["event_handler_id"], json!(403));
    assert_eq!(v["ts"], json!(1771928985));
    assert_eq!(v["data"]["PARAMS"]["SYSTEM"], json!("N"));

    let ex = by_source("events.md ONIMBOTV2MESSAGEADD").envelope;
    let form = events::parse(&form_body(&ex), None).unwrap();
    let data = &form.value["data"];
    assert_eq!(data["message"]["isSystem"], json!(false));
    assert_eq!(data["message"]["forward"], Value::Null);
    assert_eq!(data["user"]["departments"], json!([1]));
    assert_eq!(data["user"]["phones"], json!(false));
    // Webhook mode sends null as "": a text field cannot tell the two apart.
    assert_eq!(data["bot"]["backgroundId"], json!(""));

    let ex = by_source("on-im-connector-line-delete.md").envelope;
    assert_eq!(
        events::parse(&form_body(&ex), None).unwrap().value["data"],
        json!(107)
    );

    let ex = by_source("on-im-connector-dialog-start.md").envelope;
    assert_eq!(
        events::parse(&ex.to_string(), None).unwrap().value["data"]["LINE"],
        json!(105)
    );

    let ex = by_source("on-open-line-message-add.md").envelope;
    let parsed = events::parse(&form_body(&ex), None).unwrap();
    // `eventId` stands for `event_handler_id` on the open-line pages.
    assert_eq!(parsed.value["event_handler_id"], json!(1));
    assert_eq!(
        parsed.value["data"]["DATA"][0]["message"]["files"],
        json!([])
    );
}

#[test]
fn the_lifecycle_pages_examples_parse_with_their_documented_fields() {
    let by_event = |name: &str| -> Vec<Example> {
        examples()
            .into_iter()
            .filter(|e| e.event.name == name && e.source.contains("common/events/on-app-"))
            .collect()
    };
    let install = by_event("ONAPPINSTALL");
    assert_eq!(install.len(), 1);
    let parsed = events::parse(&form_body(&install[0].envelope), None).unwrap();
    assert_eq!(parsed.value["data"]["INSTALLED"], json!("Y"));
    assert_eq!(parsed.value["auth"]["expires_in"], json!(3600));
    assert_eq!(
        parsed.application_token(),
        Some("51856fefc120afa4b628cc82d3935cce")
    );
    assert_eq!(parsed.member_id(), Some("a223c6b3710f85df22e9377d6c4f7553"));

    let update = by_event("ONAPPUPDATE");
    assert_eq!(update.len(), 1);
    let parsed = events::parse(&update[0].envelope.to_string(), None).unwrap();
    assert_eq!(
        (
            &parsed.value["data"]["VERSION"],
            &parsed.value["data"]["PREVIOUS_VERSION"]
        ),
        (&json!("2.1.0"), &json!("2.0.3"))
    );

    // The uninstall page's example carries no access token: only the application token.
    let uninstall = by_event("ONAPPUNINSTALL");
    assert_eq!(uninstall.len(), 1);
    assert_eq!(uninstall[0].envelope["event"], "ONAPPUNINSTALL");
    assert!(uninstall[0].envelope["auth"].get("access_token").is_none());
    let parsed = events::parse(&form_body(&uninstall[0].envelope), None).unwrap();
    assert_eq!(parsed.value["data"]["CLEAN"], json!(1));
}

/// The rule of the safe-event-handler page, step by step, against the verifier: the token comes
/// first with ONAPPINSTALL and is retained per `member_id`; every other handler compares the
/// incoming `auth.application_token` with it; for ONAPPUNINSTALL that comparison is the only
/// proof; a mismatch stops the event.
#[test]
fn the_safe_handler_pages_install_rule_is_what_the_verifier_does() {
    use b24_wasm::events::{verify_parts, Verdict};
    let text = std::fs::read_to_string(docs_dir().join(SAFE_HANDLERS)).unwrap();
    // The page states the rule this test follows; a rewrite of it shows here first.
    for said in [
        "is first passed to the [`ONAPPINSTALL`]",
        "Other event handlers must then compare the incoming `auth.application_token` with the retained value",
        "If the application receives the [`ONAPPUPDATE`](../common/events/on-app-update.md) event, update the retained `application_token`",
        "comparing `application_token` with the retained value becomes the only way",
        "Retrieve the retained `application_token` by `auth.member_id`",
        "If the tokens do not match, return code `403` and stop processing the event",
    ] {
        assert!(text.contains(said), "the page no longer says: {said}");
    }
    let (member, token) = (
        Some("a223c6b3710f85df22e9377d6c4f7553"),
        Some("51856fefc120afa4b628cc82d3935cce"),
    );
    let kept = token;
    let other = Some("ffffffffffffffffffffffffffffffff");
    // ONAPPINSTALL: nothing retained yet, so retain it.
    assert_eq!(
        verify_parts("ONAPPINSTALL", member, token, None),
        Ok(Verdict::Install)
    );
    // Every other handler compares with the retained token.
    for event in ["ONIMBOTV2MESSAGEADD", "ONOPENLINEMESSAGEADD", "ONAPPUPDATE"] {
        assert_eq!(
            verify_parts(event, member, token, kept),
            Ok(Verdict::Verified),
            "{event}"
        );
        let refused = verify_parts(event, member, other, kept).unwrap_err();
        assert_eq!(refused.kind(), "mismatch", "{event}");
        // No token retained for the portal: nothing to compare with, refused too.
        assert!(verify_parts(event, member, token, None).is_err(), "{event}");
    }
    // ONAPPUNINSTALL: the comparison is the only proof; once it passes the token is dropped.
    assert_eq!(
        verify_parts("ONAPPUNINSTALL", member, token, kept),
        Ok(Verdict::Uninstall)
    );
    assert!(verify_parts("ONAPPUNINSTALL", member, other, kept).is_err());
    assert!(verify_parts("ONAPPUNINSTALL", member, None, kept).is_err());
    // The token is looked up by member_id: without one nothing is verified.
    assert!(verify_parts("ONIMBOTV2MESSAGEADD", None, token, kept).is_err());
    // A new install with another token cannot replace the retained one by itself (only the
    // app's own check, `verifyInstall`, can).
    assert_eq!(
        verify_parts("ONAPPINSTALL", member, other, kept)
            .unwrap_err()
            .kind(),
        "mismatch"
    );
}
