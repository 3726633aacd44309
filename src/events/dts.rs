//! The TypeScript union and the Markdown reference of the event table (native builds only).
//!
//! `events.d.ts` holds `B24EventMap` (event name → the type of its typed `data`) and
//! `B24Event`, the discriminated union on `event` that the parser and the pollers yield. The
//! types are those of the parsed event: integers are numbers, flags booleans, whatever the
//! body sent.

use super::table::shapes::{AUTH, V2_BOT, V2_CHAT, V2_MESSAGE, V2_USER};
use super::{all, Event};
use crate::codegen::{key, quote};
use crate::schema::{Obj, Param, Ty};
use std::fmt::Write;

fn jsdoc(lines: &[&str], indent: &str) -> String {
    let lines: Vec<String> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.replace("*/", "*\\/"))
        .collect();
    match lines.as_slice() {
        [] => String::new(),
        [one] => format!("{indent}/** {one} */\n"),
        many => {
            let mut out = format!("{indent}/**\n");
            for l in many {
                let _ = writeln!(out, "{indent} * {l}");
            }
            let _ = writeln!(out, "{indent} */");
            out
        }
    }
}

fn ts(ty: &Ty, indent: usize) -> String {
    match ty {
        Ty::Str | Ty::Date | Ty::Time => "string".into(),
        Ty::Int | Ty::Num => "number".into(),
        Ty::Bool => "boolean".into(),
        Ty::File | Ty::Any => "unknown".into(),
        // The portal adds values over time; the parser passes unlisted ones on.
        Ty::Enum(values) => {
            let mut out: Vec<String> = values.iter().map(|v| quote(v)).collect();
            out.push("(string & {})".into());
            out.join(" | ")
        }
        Ty::Array(item) => {
            let inner = ts(item, indent);
            if inner.contains(' ') && !inner.starts_with('{') {
                format!("Array<{inner}>")
            } else {
                format!("{inner}[]")
            }
        }
        Ty::Object(Obj { fields, .. }) => object(fields, indent),
        Ty::Map(item) => format!("Record<string, {}>", ts(item, indent)),
        Ty::Either(choices) => choices
            .iter()
            .map(|c| ts(c, indent))
            .collect::<Vec<_>>()
            .join(" | "),
    }
}

/// Shapes many events share, declared once under a name.
const NAMED: [(&str, Ty, &str); 5] = [
    (
        "B24EventAuth",
        AUTH,
        "An `auth` block: the portal, the user's tokens, and the application token.",
    ),
    (
        "B24EventBot",
        V2_BOT,
        "A bot in a chat-bot 2.0 event: `{id, code, auth}` by webhook, the whole bot when polled.",
    ),
    (
        "B24EventMessage",
        V2_MESSAGE,
        "A message in a chat-bot 2.0 or im.v2 event.",
    ),
    (
        "B24EventChat",
        V2_CHAT,
        "A chat in a chat-bot 2.0 or im.v2 event.",
    ),
    (
        "B24EventUser",
        V2_USER,
        "A user in a chat-bot 2.0 or im.v2 event.",
    ),
];

fn same_fields(a: &[Param], b: &Ty) -> bool {
    matches!(b, Ty::Object(Obj { fields: f, .. }) if f.len() == a.len() && f.iter().zip(a).all(|(x, y)| x.name == y.name))
}

fn object(fields: &[Param], indent: usize) -> String {
    if let Some((name, _, _)) = NAMED.iter().find(|(_, ty, _)| same_fields(fields, ty)) {
        return (*name).to_string();
    }
    object_body(fields, indent)
}

fn object_body(fields: &[Param], indent: usize) -> String {
    if fields.is_empty() {
        return "Record<string, unknown>".into();
    }
    let pad = " ".repeat(indent + 2);
    let mut out = String::from("{\n");
    for p in fields {
        let secret = if p.secret {
            "A token: keep it out of logs (`redactEvent`)."
        } else {
            ""
        };
        out.push_str(&jsdoc(&[p.doc.text(), secret], &pad));
        let (optional, null) = if p.required {
            ("", "")
        } else {
            ("?", " | null")
        };
        let _ = writeln!(
            out,
            "{pad}{}{optional}: {}{null};",
            key(p.name),
            ts(&p.ty, indent + 2)
        );
    }
    out.push_str(&" ".repeat(indent));
    out.push('}');
    out
}

fn scopes(e: &Event) -> String {
    if e.scopes.is_empty() {
        "Scope: none (every app).".into()
    } else {
        format!("Scope: `{}`.", e.scopes.join("`, `"))
    }
}

/// The whole `events.d.ts`.
pub fn events_dts() -> String {
    let mut out = String::new();
    out.push_str(
        "// Generated from the event table by `cargo run --bin b24-codegen`. Do not edit.\n\n",
    );
    for (name, ty, doc) in NAMED {
        if let Ty::Object(Obj { fields, .. }) = ty {
            out.push_str(&jsdoc(&[doc], ""));
            let _ = writeln!(out, "export interface {name} {}\n", object_body(fields, 0));
        }
    }
    out.push_str(
        "/** What every typed event has besides `event` and `data`. */\nexport interface B24EventEnvelope {\n",
    );
    for (name, ty, doc) in [
        ("dedupeKey", "string", "Equal for two deliveries of the same event: keep the keys you have handled to skip repeats."),
        ("event_handler_id?", "number", "Webhook: the subscription's ID (`eventId` on some pages)."),
        ("ts?", "number", "Webhook: when the portal's queue sent it, Unix time."),
        ("auth?", "B24EventAuth", "Webhook: the portal and its tokens."),
        ("eventId?", "number", "Polled: the event's ID in its queue."),
        ("date?", "string", "Polled: when it happened."),
        ("messageId?", "string", "Offline queue: the record's `MESSAGE_ID`."),
        ("additional?", "Record<string, unknown>", "Offline queue: `EVENT_ADDITIONAL` (e.g. `user_id`)."),
    ] {
        out.push_str(&jsdoc(&[doc], "  "));
        let _ = writeln!(out, "  {name}: {ty};");
    }
    out.push_str("}\n\n");
    out.push_str("/** Every event of the table: its name and the type of its `data`. */\nexport interface B24EventMap {\n");
    for e in all() {
        let deprecated = if e.deprecated { "@deprecated" } else { "" };
        out.push_str(&jsdoc(&[e.doc.text(), &scopes(e), deprecated], "  "));
        let _ = writeln!(out, "  {}: {};", e.name, ts(&e.data, 2));
    }
    out.push_str("}\n\n");
    out.push_str("/** The event names, upper case as the portal sends them. */\nexport type B24EventName = keyof B24EventMap;\n\n");
    out.push_str("/** One typed event; switch on `event` to narrow `data`. */\n");
    out.push_str("export type B24Event<N extends B24EventName = B24EventName> = {\n  [K in N]: B24EventEnvelope & { event: K; data: B24EventMap[K] };\n}[N];\n");
    out
}

/// A Markdown reference of the table: one section per event with its `data` fields.
pub fn events_md() -> String {
    // Worked examples first (written by hand), then the reference the table generates.
    let mut out = String::from(include_str!("events-intro.md"));
    for e in all() {
        let _ = write!(out, "\n## {}\n\n{} {}", e.name, e.doc.text(), scopes(e));
        if e.deprecated {
            out.push_str(" Deprecated.");
        }
        out.push_str("\n\n");
        fields_md(&e.data, "data", &mut out);
    }
    out
}

fn fields_md(ty: &Ty, path: &str, out: &mut String) {
    match ty {
        Ty::Object(Obj { fields, .. }) => {
            for p in fields.iter() {
                let child = format!("{path}.{}", p.name);
                let mark = if p.required { "" } else { " (optional)" };
                let secret = if p.secret { " **Token.**" } else { "" };
                let _ = writeln!(
                    out,
                    "- `{child}`: {}{mark}. {}{secret}",
                    kind(&p.ty),
                    p.doc.text()
                );
                fields_md(&p.ty, &child, out);
            }
        }
        Ty::Array(item) => fields_md(item, &format!("{path}[]"), out),
        Ty::Map(item) => fields_md(item, &format!("{path}.<key>"), out),
        _ if path == "data" => {
            let _ = writeln!(out, "- `data`: {}.", kind(ty));
        }
        _ => {}
    }
}

fn kind(ty: &Ty) -> String {
    match ty {
        Ty::Str => "string".into(),
        Ty::Int => "integer".into(),
        Ty::Num => "number".into(),
        Ty::Bool => "boolean".into(),
        Ty::Date => "date".into(),
        Ty::Time => "time".into(),
        Ty::File | Ty::Any => "any".into(),
        Ty::Enum(values) => format!("one of `{}`", values.join("`, `")),
        Ty::Array(item) => format!("list of {}", kind(item)),
        Ty::Object(_) => "object".into(),
        Ty::Map(item) => format!("object of {} by key", kind(item)),
        Ty::Either(choices) => choices.iter().map(kind).collect::<Vec<_>>().join(" or "),
    }
}
