//! The placements table as TypeScript (`placements.d.ts`), Markdown (`PLACEMENTS.md`) and
//! introspection rows (`placements.json`, what `placements()` loads), native builds only.

use super::{all, Bound, Placement};
use crate::codegen::rows::{param_info, ParamInfo};
use crate::codegen::{key, quote};
use crate::schema::{Obj, Ty};
use serde::Serialize;
use std::fmt::Write;

fn doc_line(text: &str, indent: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("{indent}/** {} */\n", text.replace("*/", "*\\/"))
    }
}

/// A `PLACEMENT_OPTIONS` type as the parser gives it: flags are booleans, numbers numbers;
/// an optional key may be absent or null.
fn received_ts(ty: &Ty, indent: usize) -> String {
    match ty {
        Ty::Str | Ty::Date | Ty::Time => "string".into(),
        Ty::Int | Ty::Num => "number".into(),
        Ty::Bool => "boolean".into(),
        Ty::Enum(values) => union(values.iter().copied()),
        Ty::Array(item) => format!("Array<{}>", received_ts(item, indent)),
        Ty::Map(item) => format!("Record<string, {}>", received_ts(item, indent)),
        Ty::Either(choices) => choices
            .iter()
            .map(|c| received_ts(c, indent))
            .collect::<Vec<_>>()
            .join(" | "),
        Ty::File | Ty::Any => "unknown".into(),
        Ty::Object(shape) => {
            let pad = " ".repeat(indent + 2);
            let mut out = String::from("{\n");
            for f in shape.fields {
                out.push_str(&doc_line(f.doc.text(), &pad));
                let (optional, null) = if f.required {
                    ("", "")
                } else {
                    ("?", " | null")
                };
                let _ = writeln!(
                    out,
                    "{pad}{}{optional}: {}{null};",
                    key(f.name),
                    received_ts(&f.ty, indent + 2)
                );
            }
            out.push_str(&" ".repeat(indent));
            out.push('}');
            out
        }
    }
}

fn options_ty(p: &Placement) -> Ty {
    p.options.ty
}

fn union(names: impl Iterator<Item = &'static str>) -> String {
    names.map(quote).collect::<Vec<_>>().join(" | ")
}

/// `OPTIONS` as `placement.bind` takes them for `p`, or `never` when it binds another way.
pub fn bind_options_ts(p: &Placement, indent: usize) -> String {
    match p.bound {
        Bound::PlacementBind(shape) if shape.fields.is_empty() => "Record<string, never>".into(),
        Bound::PlacementBind(shape) => crate::codegen::dts::params_ts(&Ty::Object(shape), indent),
        Bound::Elsewhere { .. } => "never".into(),
    }
}

/// Whether `placement.bind` must carry `OPTIONS` for `p` (a required key such as `iconName`).
pub fn bind_options_required(p: &Placement) -> bool {
    p.bind_shape()
        .is_some_and(|shape: Obj| shape.fields.iter().any(|f| f.required))
}

pub fn placements_dts() -> String {
    let mut out = String::from(
        "// Generated from the placements table (src/placements/) by b24-codegen: do not edit.\n\nimport type { B24Int, ParamInfo } from './methods.js';\n\n",
    );
    out.push_str("/** The placement codes of the table (the placements of the `im`, `imopenlines`, `imconnector` and `contact_center` docs). */\n");
    let _ = writeln!(
        out,
        "export type PlacementCode = {};\n",
        union(all().map(|p| p.code))
    );
    out.push_str("/** The codes `placement.bind` binds (`SETTING_CONNECTOR` is bound by `imconnector.register`). */\n");
    let _ = writeln!(
        out,
        "export type PlacementBindableCode = {};\n",
        union(all().filter(|p| p.bind_shape().is_some()).map(|p| p.code))
    );
    out.push_str("/** What each placement's handler receives in `PLACEMENT_OPTIONS`, decoded from its JSON string (keys the table does not know are kept as they came). */\n");
    out.push_str("export interface PlacementOptionsMap {\n");
    for p in all() {
        out.push_str(&doc_line(p.doc.text(), "  "));
        let _ = writeln!(
            out,
            "  {}: {};",
            key(p.code),
            received_ts(&options_ty(p), 2)
        );
    }
    out.push_str("}\n\n");
    out.push_str("/** The `OPTIONS` of `placement.bind` per code (`never`: the placement is bound another way; `Record<string, never>`: it keeps none). */\n");
    out.push_str("export interface PlacementBindOptionsMap {\n");
    for p in all() {
        let _ = writeln!(out, "  {}: {};", key(p.code), bind_options_ts(p, 2));
    }
    out.push_str("}\n\n");
    out.push_str("/** `BX24.placement.call` commands per code, by name with their params and result: the docs list none for these placements. */\n");
    out.push_str("export interface PlacementCommandMap {\n");
    for p in all() {
        let commands: Vec<String> = p
            .commands
            .iter()
            .map(|c| format!("{}: {{ params: unknown; result: unknown }}", key(c)))
            .collect();
        let body = if commands.is_empty() {
            "Record<never, never>".to_string()
        } else {
            format!("{{ {} }}", commands.join("; "))
        };
        let _ = writeln!(out, "  {}: {body};", key(p.code));
    }
    out.push_str("}\n\n");
    out.push_str("/** `BX24.placement.bindEvent` events per code, by name with their callback's argument: the docs list none for these placements. */\n");
    out.push_str("export interface PlacementEventMap {\n");
    for p in all() {
        let events: Vec<String> = p
            .events
            .iter()
            .map(|e| format!("{}: unknown", key(e)))
            .collect();
        let body = if events.is_empty() {
            "Record<never, never>".to_string()
        } else {
            format!("{{ {} }}", events.join("; "))
        };
        let _ = writeln!(out, "  {}: {body};", key(p.code));
    }
    out.push_str("}\n\n");
    out.push_str("/** One placement as `placements()` lists it. */\n");
    out.push_str(
        "export interface PlacementInfo {\n  code: PlacementCode;\n  /** The scopes its page names. */\n  scopes: string[];\n  /** How it is bound: `placement.bind` with `options` (the `OPTIONS` keys), or another method's param. */\n  bound: { method: \"placement.bind\"; options: ParamInfo[] } | { method: string; param: string; why: string };\n  /** What the handler receives in `PLACEMENT_OPTIONS`. */\n  placementOptions: ParamInfo[];\n  deprecated: boolean;\n  commands: string[];\n  events: string[];\n  doc: string;\n  /** The docs page (under the docs' `api-reference/widgets/`). */\n  page: string;\n  mistakes: { what: string; fix: string }[];\n}\n",
    );
    out
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    code: &'static str,
    scopes: Vec<&'static str>,
    bound: BoundRow,
    placement_options: Vec<ParamInfo>,
    deprecated: bool,
    commands: Vec<&'static str>,
    events: Vec<&'static str>,
    doc: &'static str,
    page: String,
    mistakes: Vec<MistakeRow>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum BoundRow {
    Bind {
        method: &'static str,
        options: Vec<ParamInfo>,
    },
    Elsewhere {
        method: &'static str,
        param: &'static str,
        why: &'static str,
    },
}

#[derive(Serialize)]
struct MistakeRow {
    what: &'static str,
    fix: &'static str,
}

/// The docs page as a path under the docs' `api-reference/widgets/`.
fn page_of(p: &Placement) -> String {
    let page = p.page.text();
    let page = page.strip_prefix("upstream:").unwrap_or(page);
    let page = page.strip_prefix("common/").unwrap_or(page);
    page.strip_prefix("api-reference/widgets/")
        .unwrap_or(page)
        .to_string()
}

fn fields(ty: &Ty) -> Vec<ParamInfo> {
    match ty {
        Ty::Object(shape) => shape.fields.iter().map(param_info).collect(),
        _ => Vec::new(),
    }
}

/// The rows of `placements.json`, one placement per line.
pub fn placements_json() -> String {
    let rows: Vec<String> = all()
        .map(|p| {
            let row = Row {
                code: p.code,
                scopes: p.scopes.to_vec(),
                bound: match p.bound {
                    Bound::PlacementBind(shape) => BoundRow::Bind {
                        method: "placement.bind",
                        options: shape.fields.iter().map(param_info).collect(),
                    },
                    Bound::Elsewhere { method, param, why } => {
                        BoundRow::Elsewhere { method, param, why }
                    }
                },
                placement_options: fields(&options_ty(p)),
                deprecated: p.deprecated,
                commands: p.commands.to_vec(),
                events: p.events.to_vec(),
                doc: p.doc.text(),
                page: page_of(p),
                mistakes: p
                    .mistakes
                    .iter()
                    .map(|m| MistakeRow {
                        what: m.what.text(),
                        fix: m.fix.text(),
                    })
                    .collect(),
            };
            serde_json::to_string(&row).unwrap_or_default()
        })
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

fn md_fields(out: &mut String, ty: &Ty) {
    let Ty::Object(shape) = ty else { return };
    if shape.fields.is_empty() {
        out.push_str("none\n");
        return;
    }
    out.push_str("| key | type | |\n|---|---|---|\n");
    for f in shape.fields {
        let required = if f.required { " (required)" } else { "" };
        let _ = writeln!(
            out,
            "| `{}` | `{}`{required} | {} |",
            f.name,
            received_ts(&f.ty, 0).replace('|', "\\|"),
            f.doc.text().replace('|', "\\|")
        );
    }
}

pub fn placements_md() -> String {
    let mut out = String::from("# Placements\n\nGenerated from the placements table (`src/placements/`): do not edit. Every placement of the `im`, `imopenlines`, `imconnector` and `contact_center` docs: how it is bound, what its handler receives in `PLACEMENT_OPTIONS` (as `parsePlacement` gives it), and the docs' common mistakes. The `BX24.placement.call` commands and `bindEvent` events the docs list apply to none of them.\n");
    for p in all() {
        let _ = write!(
            out,
            "\n## `{}`{}\n\n",
            p.code,
            if p.deprecated { " (archived)" } else { "" }
        );
        let _ = writeln!(out, "{}\n", p.doc.text());
        let upstream = if p.page.text().starts_with("upstream:") {
            " (upstream b24restdocs; not in the vendored snapshot)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "Scopes: {}. Docs: `api-reference/widgets/{}`{upstream}.\n",
            p.scopes
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", "),
            page_of(p)
        );
        match p.bound {
            Bound::PlacementBind(shape) => {
                out.push_str("Bound with `placement.bind`; its `OPTIONS`:");
                if shape.fields.is_empty() {
                    out.push_str(" none (any key is refused before the wire)\n");
                } else {
                    out.push_str("\n\n");
                    md_fields(&mut out, &Ty::Object(shape));
                }
            }
            Bound::Elsewhere { method, param, .. } => {
                let _ = writeln!(out, "Bound by `{method}`'s `{param}`: `placement.bind` with this code is refused before the wire (the portal would accept it, but the binding never shows).");
            }
        }
        out.push_str("\n`PLACEMENT_OPTIONS`:\n\n");
        md_fields(&mut out, &options_ty(p));
        if !p.mistakes.is_empty() {
            out.push_str("\nCommon mistakes:\n\n");
            for m in p.mistakes {
                let _ = writeln!(out, "- {}: {}", m.what.text(), m.fix.text());
            }
        }
    }
    out
}
