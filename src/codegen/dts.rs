//! TypeScript declarations generated from the method table (native builds only).
//!
//! `methods.d.ts` holds `B24Methods`, one entry per method with its params and result types,
//! and `B24Namespaces`, the typed per-method functions (`client.im.notify.answer(...)`), with
//! JSDoc from the table's doc lines and `@deprecated` where the table says so.

use crate::methods;
use crate::schema::{Method, Obj, Paging, Param, Rule, Ty};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Which side of a call a type describes: params accept more spellings than results promise.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Params,
    Result,
}

/// A JS string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A property key: bare when it is an identifier, quoted otherwise.
pub fn key(name: &str) -> String {
    let ident = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if ident {
        name.to_string()
    } else {
        quote(name)
    }
}

fn jsdoc(text: &str, deprecated: bool, indent: &str) -> String {
    let text = text.replace("*/", "*\\/");
    match (text.is_empty(), deprecated) {
        (true, false) => String::new(),
        (true, true) => format!("{indent}/** @deprecated */\n"),
        (false, false) => format!("{indent}/** {text} */\n"),
        (false, true) => {
            format!("{indent}/**\n{indent} * {text}\n{indent} * @deprecated\n{indent} */\n")
        }
    }
}

fn ts_type(ty: &Ty, side: Side, indent: usize) -> String {
    match ty {
        Ty::Str if side == Side::Params => "string | number".into(),
        Ty::Str | Ty::Date if side == Side::Result => "string".into(),
        Ty::Str => "string".into(),
        Ty::Int if side == Side::Params => "B24Int".into(),
        Ty::Int | Ty::Num => "number".into(),
        Ty::Bool if side == Side::Params => "B24Bool".into(),
        Ty::Bool => "boolean".into(),
        Ty::Date => "B24Date".into(),
        Ty::Time if side == Side::Params => "B24Time".into(),
        Ty::Time => "string".into(),
        Ty::File => "B24File".into(),
        Ty::Any => "unknown".into(),
        Ty::Enum(values) => {
            let mut out: Vec<String> = values.iter().map(|v| quote(v)).collect();
            if side == Side::Params {
                // Numeric choices may be sent as numbers too.
                out.extend(
                    values
                        .iter()
                        .filter(|v| v.parse::<i64>().is_ok())
                        .map(|v| v.to_string()),
                );
            }
            out.join(" | ")
        }
        Ty::Array(item) => {
            let inner = ts_type(item, side, indent);
            if inner.contains(' ') && !inner.starts_with('{') {
                format!("Array<{inner}>")
            } else {
                format!("{inner}[]")
            }
        }
        Ty::Object(shape) => object(shape, side, indent),
        Ty::Map(item) => format!("Record<string, {}>", ts_type(item, side, indent)),
        Ty::Either(choices) => choices
            .iter()
            .map(|c| ts_type(c, side, indent))
            .collect::<Vec<_>>()
            .join(" | "),
    }
}

fn object(shape: &Obj, side: Side, indent: usize) -> String {
    object_without(shape, side, indent, &[])
}

fn names_union(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| quote(n))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Wraps an object type in the helper types of its rules (params only: results carry none).
/// Rules naming a left-out field are left out with it.
fn with_rules(mut ty: String, rules: &[Rule], side: Side, without: &[&str]) -> String {
    if side == Side::Result {
        return ty;
    }
    let kept = |names: &[&str]| names.iter().all(|n| !without.contains(n));
    for rule in rules {
        ty = match *rule {
            Rule::AnyOf(names) if kept(names) => format!("B24AnyOf<{ty}, {}>", names_union(names)),
            Rule::ExactlyOne(names) if kept(names) => {
                format!("B24ExactlyOne<{ty}, {}>", names_union(names))
            }
            Rule::Together(names) if kept(names) => {
                format!("B24Together<{ty}, {}>", names_union(names))
            }
            Rule::NotEmpty => format!("B24NotEmpty<{ty}>"),
            Rule::NeededUnless { field, when, is } if kept(&[field, when]) => format!(
                "B24NeededUnless<{ty}, {}, {}, {}>",
                quote(field),
                quote(when),
                quote(is)
            ),
            _ => ty,
        };
    }
    ty
}

/// An object type without the fields named in `without` (dotted names reach nested objects).
fn object_without(shape: &Obj, side: Side, indent: usize, without: &[&str]) -> String {
    let body = fields_without(shape.fields, side, indent, without);
    with_rules(body, shape.rules, side, without)
}

fn fields_without(fields: &[Param], side: Side, indent: usize, without: &[&str]) -> String {
    let fields: Vec<&Param> = fields
        .iter()
        .filter(|p| !without.contains(&p.name))
        .collect();
    if fields.is_empty() {
        return "Record<string, never>".into();
    }
    let pad = " ".repeat(indent + 2);
    let mut out = String::from("{\n");
    for p in fields {
        out.push_str(&jsdoc(p.doc.text(), false, &pad));
        let optional = if p.required { "" } else { "?" };
        let nested: Vec<&str> = without
            .iter()
            .filter_map(|w| w.strip_prefix(p.name)?.strip_prefix('.'))
            .collect();
        let ty = match &p.ty {
            Ty::Object(inner) if !nested.is_empty() => {
                object_without(inner, side, indent + 2, &nested)
            }
            ty => ts_type(ty, side, indent + 2),
        };
        let _ = writeln!(out, "{pad}{}{optional}: {ty};", key(p.name));
    }
    out.push_str(&" ".repeat(indent));
    out.push('}');
    out
}

/// The params of a method as one object type.
fn params_shape(m: &Method) -> Obj {
    Obj {
        fields: m.params,
        rules: m.rules,
    }
}

/// The params type of a method. `placement.bind` is a union over the placement codes, each
/// with its own `OPTIONS` (the placements table; codes bound another way are left out).
fn params_type(m: &Method, indent: usize) -> String {
    let per_placement = m.rules.iter().find_map(|r| match *r {
        Rule::PlacementOptions { by, options } => Some((by, options)),
        _ => None,
    });
    if let Some((code, options)) = per_placement {
        let rest = object_without(&params_shape(m), Side::Params, indent, &[code, options]);
        let pad = " ".repeat(indent + 2);
        let mut choices = String::new();
        for p in crate::placements::all().filter(|p| p.bind_shape().is_some()) {
            let optional = if crate::placements::dts::bind_options_required(p) {
                ""
            } else {
                "?"
            };
            let _ = write!(
                choices,
                "\n{pad}| {{ {}: {}; {}{optional}: {} }}",
                key(code),
                quote(p.code),
                key(options),
                crate::placements::dts::bind_options_ts(p, indent + 2)
            );
        }
        return format!("{rest} & ({choices}\n{})", " ".repeat(indent));
    }
    object(&params_shape(m), Side::Params, indent)
}

/// The types a list method's rows can have: the items at its paging's rows path of the
/// result (an array's items, or the values of an object keyed by ID). A bare `any` item among
/// other choices is the portal's `[]` for an empty answer, so it is left out.
fn row_types(result: &'static Ty, path: &str) -> Vec<&'static Ty> {
    let mut rows: Vec<&'static Ty> = result
        .at_path(path)
        .into_iter()
        .flat_map(Ty::items)
        .collect();
    if rows.iter().any(|ty| !matches!(ty, Ty::Any)) {
        rows.retain(|ty| !matches!(ty, Ty::Any));
    }
    rows
}

/// The TS type of a list method's rows (`unknown` when the result type does not say).
fn row_type(m: &'static Method) -> String {
    let rows = row_types(&m.result.ty, m.paging.rows().unwrap_or(""));
    if rows.is_empty() {
        return "unknown".into();
    }
    rows.iter()
        .map(|ty| ts_type(ty, Side::Result, 4))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A node of the dotted-name tree: `im` → `notify` → `answer`.
#[derive(Default)]
struct Node {
    method: Option<&'static Method>,
    children: BTreeMap<&'static str, Node>,
}

fn tree() -> Node {
    let mut root = Node::default();
    for m in methods::all() {
        let mut node = &mut root;
        for part in m.name.split('.') {
            node = node.children.entry(part).or_default();
        }
        node.method = Some(m);
    }
    root
}

fn write_node(out: &mut String, node: &Node, indent: usize) {
    let pad = " ".repeat(indent);
    if let Some(m) = node.method {
        out.push_str(&jsdoc(m.doc.text(), m.deprecated, &pad));
        let _ = writeln!(
            out,
            "{pad}(...params: B24Params<{}>): Promise<B24Result<{}>>;",
            quote(m.name),
            quote(m.name)
        );
    }
    for (name, child) in &node.children {
        if child.children.is_empty() {
            if let Some(m) = child.method {
                out.push_str(&jsdoc(m.doc.text(), m.deprecated, &pad));
                let _ = writeln!(
                    out,
                    "{pad}{}(...params: B24Params<{}>): Promise<B24Result<{}>>;",
                    key(name),
                    quote(m.name),
                    quote(m.name)
                );
            }
            continue;
        }
        let _ = writeln!(out, "{pad}readonly {}: {{", key(name));
        write_node(out, child, indent + 2);
        let _ = writeln!(out, "{pad}}};");
    }
}

/// The whole `methods.d.ts`.
pub fn methods_dts() -> String {
    let mut out = String::new();
    out.push_str(
        "// Generated from the method table by `cargo run --bin b24-codegen`. Do not edit.\n\n",
    );
    out.push_str("/** An integer, or a string of its digits (the portal reads both). */\n");
    out.push_str("export type B24Int = number | `${number}`;\n");
    out.push_str("/** A flag: `true`/`false`, or the portal's `\"Y\"`/`\"N\"`. */\n");
    out.push_str("export type B24Bool = boolean | \"Y\" | \"N\";\n");
    out.push_str("/** A date as ISO 8601 text, or a `Date` (sent as its ISO text). */\n");
    out.push_str("export type B24Date = string | Date;\n");
    out.push_str("/** A file: `[\"name.ext\", \"<base64>\"]`, or a string. */\n");
    out.push_str("export type B24File = string | string[];\n");
    out.push_str("type B24Digit = \"0\" | \"1\" | \"2\" | \"3\" | \"4\" | \"5\" | \"6\" | \"7\" | \"8\" | \"9\";\n");
    out.push_str("/** A time of day, `HH:MM` (24 hours). */\n");
    out.push_str("export type B24Time = `${\"0\" | \"1\"}${B24Digit}:${\"0\" | \"1\" | \"2\" | \"3\" | \"4\" | \"5\"}${B24Digit}` | `2${\"0\" | \"1\" | \"2\" | \"3\"}:${\"0\" | \"1\" | \"2\" | \"3\" | \"4\" | \"5\"}${B24Digit}`;\n");
    out.push_str("/** `T` with at least one of the fields `K` given. */\n");
    out.push_str("export type B24AnyOf<T, K extends keyof T> = K extends unknown ? T & Required<Pick<T, K>> : never;\n");
    out.push_str("/** `T` with exactly one of the fields `K` given. */\n");
    out.push_str("export type B24ExactlyOne<T, K extends keyof T, All extends keyof T = K> = K extends unknown ? T & Required<Pick<T, K>> & { [P in Exclude<All, K>]?: never } : never;\n");
    out.push_str("/** `T` with the fields `K` all given or none. */\n");
    out.push_str("export type B24Together<T, K extends keyof T> = T & (Required<Pick<T, K>> | { [P in K]?: never });\n");
    out.push_str("/** `T` without the fields `K`, member by member of a union. */\n");
    out.push_str(
        "export type B24Omit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;\n",
    );
    out.push_str("/** `T` with at least one field. */\n");
    out.push_str("export type B24NotEmpty<T> = B24AnyOf<T, keyof T>;\n");
    out.push_str("/** `T` with field `F` given unless field `W` is `V`. */\n");
    out.push_str("export type B24NeededUnless<T, F extends keyof T, W extends keyof T, V> = T & (Required<Pick<T, F>> | { [P in W]: V });\n\n");
    out.push_str("/** Every method of the table: its params and its result. */\n");
    out.push_str("export interface B24Methods {\n");
    // A method's own doc is written once, on its function in `B24Namespaces` (what editors show
    // on hover); the entries here carry the docs of their params.
    for m in methods::all() {
        let _ = writeln!(
            out,
            "  {}: {{\n    params: {};\n    result: {};\n  }};",
            quote(m.name),
            params_type(m, 4),
            ts_type(&m.result.ty, Side::Result, 4)
        );
    }
    out.push_str("}\n\n");
    out.push_str(
        "/** The method names of the table. */\nexport type B24MethodName = keyof B24Methods;\n\n",
    );
    out.push_str("/** The list methods of the table: the params `client.list` takes (without the paging params it sets itself) and the type of the rows it yields. */\n");
    out.push_str("export interface B24Lists {\n");
    for m in methods::all().filter(|m| m.paging != Paging::None) {
        let without = m.paging.params_set_by_reader();
        // The method's own params type without the reader's params, so its field docs are
        // written once; a nested reader param needs the fields written out again.
        let params = if without.iter().any(|w| w.contains('.')) {
            object_without(&params_shape(m), Side::Params, 4, &without)
        } else {
            format!(
                "B24Omit<B24Methods[{}][\"params\"], {}>",
                quote(m.name),
                names_union(&without)
            )
        };
        let _ = writeln!(
            out,
            "  {}: {{\n    params: {params};\n    row: {};\n  }};",
            quote(m.name),
            row_type(m)
        );
    }
    out.push_str("}\n");
    out.push_str(
        "/** The list method names of the table. */\nexport type B24ListName = keyof B24Lists;\n",
    );
    out.push_str("/** The params argument of a method: optional when no param is required. */\n");
    out.push_str("export type B24Params<M extends B24MethodName> = {} extends B24Methods[M][\"params\"]\n  ? [params?: B24Methods[M][\"params\"]]\n  : [params: B24Methods[M][\"params\"]];\n");
    out.push_str("/** The `result` a method resolves to. */\nexport type B24Result<M extends B24MethodName> = B24Methods[M][\"result\"];\n\n");
    out.push_str("/** Typed functions per method: `client.im.notify.answer({ ... })`. */\n");
    out.push_str("export interface B24Namespaces {\n");
    write_node(&mut out, &tree(), 2);
    out.push_str("}\n\n");
    out.push_str(
        "// The rows `methods()` resolves to (from the structs that write methods.json).\n",
    );
    out.push_str(&super::rows::rows_dts());
    out
}

/// A type as `placement.bind`'s params take it (the placements table's `OPTIONS`).
pub fn params_ts(ty: &Ty, indent: usize) -> String {
    ts_type(ty, Side::Params, indent)
}
