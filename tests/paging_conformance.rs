//! The paging declared on the table's entries against the docs (`spec/methods/*.json`)
//! and against the entries themselves: every documented method with a position param pages,
//! the params a paging names are the method's own, page sizes are the documented maximum, and
//! the rows, end flags and cursor fields are where the result type has them.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use b24_wasm::methods;
use b24_wasm::schema::{CursorFrom, End, Method, Paging, Param, Ty};
use serde_json::Value;
use std::collections::BTreeSet;

/// Params that carry a page's position in the docs of our scopes.
const POSITION_PARAMS: [&str; 4] = ["OFFSET", "offset", "LAST_ID", "FIRST_ID"];

/// Documented methods with a page size but no position: one page is all they give.
const ONE_PAGE_ONLY: [&str; 1] = [
    // `limit` 1-200 and `order`, no offset or cursor (chats/chat-user-list.md).
    "imbot.v2.Chat.User.list",
];

/// The documented params of every method: (method, dotted name, description).
fn documented() -> Vec<(String, String, String)> {
    fn walk(params: &Value, prefix: &str, method: &str, out: &mut Vec<(String, String, String)>) {
        for p in params.as_array().into_iter().flatten() {
            let name = format!("{prefix}{}", p["name"].as_str().unwrap_or_default());
            let description = p["description"].as_str().unwrap_or_default().to_string();
            out.push((method.to_string(), name.clone(), description));
            walk(&p["children"], &format!("{name}."), method, out);
        }
    }
    let mut out = Vec::new();
    for family in common::spec::FAMILIES {
        let path = common::spec::dir().join(format!("{family}.json"));
        let list: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for m in &list {
            walk(&m["params"], "", m["method"].as_str().unwrap(), &mut out);
        }
    }
    out
}

fn pageable() -> impl Iterator<Item = &'static Method> {
    methods::all().filter(|m| m.paging != Paging::None)
}

/// A param of an entry by dotted name.
fn param(method: &Method, dotted: &str) -> Option<&'static Param> {
    let mut parts = dotted.split('.');
    let mut found = method.param(parts.next()?)?;
    for part in parts {
        let Ty::Object(fields) = found.ty else {
            return None;
        };
        found = fields.fields.iter().find(|p| p.name == part)?;
    }
    Some(found)
}

/// Every name a paging uses, with whether it must be an integer.
fn paging_params(paging: &Paging) -> Vec<(&'static str, bool)> {
    match paging {
        Paging::None | Paging::Start => Vec::new(),
        Paging::Offset {
            offset,
            size,
            other_paging,
            ..
        } => [(*offset, true), (size.param, true)]
            .into_iter()
            .chain(other_paging.iter().map(|p| (*p, true)))
            .collect(),
        Paging::Cursor { cursor, size, .. } => {
            let mut out = vec![(cursor.param, true), (size.param, true)];
            out.extend(cursor.reverse.map(|(p, _)| (p, true)));
            out.extend(cursor.stage.map(|s| (s.param, false)));
            out
        }
    }
}

#[test]
fn every_documented_method_with_a_position_param_pages_and_no_other() {
    let with_position: BTreeSet<String> = documented()
        .into_iter()
        .filter(|(_, name, _)| {
            POSITION_PARAMS.contains(&name.rsplit('.').next().unwrap_or_default())
        })
        .map(|(method, _, _)| method)
        .collect();
    let declared: BTreeSet<String> = pageable().map(|m| m.name.to_string()).collect();
    assert_eq!(declared, with_position);
    for name in ONE_PAGE_ONLY {
        let entry = methods::find(name).unwrap();
        assert_eq!(entry.paging, Paging::None, "{name}");
        assert!(!with_position.contains(name));
    }
}

#[test]
fn a_paging_names_params_of_its_method() {
    for m in pageable() {
        for (name, integer) in paging_params(&m.paging) {
            let p = param(m, name).unwrap_or_else(|| panic!("{}: no param {name}", m.name));
            assert!(!p.required, "{}: {name} is required", m.name);
            if integer {
                assert!(
                    matches!(p.ty, Ty::Int),
                    "{}: {name} is not an integer",
                    m.name
                );
            }
        }
    }
}

/// The largest page the docs allow: "Maximum value: `200`", "(1–1000)", "from `1` to `200`",
/// or else the default.
fn documented_max(description: &str) -> Option<u32> {
    let digits = |s: &str| -> Option<u32> {
        let n: String = s
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        n.parse().ok()
    };
    let lower = description.to_lowercase();
    if let Some(at) = lower.find("maximum value") {
        return digits(&description[at..]);
    }
    if let Some(at) = description.find("1–") {
        return digits(&description[at + "1–".len()..]);
    }
    if let Some(at) = lower.find("from `1` to") {
        return digits(&description[at + "from `1` to".len()..]);
    }
    lower
        .find("default")
        .and_then(|at| digits(&description[at..]))
}

#[test]
fn page_sizes_are_the_documented_maximum() {
    let docs = documented();
    for m in pageable() {
        let size = match m.paging {
            Paging::Offset { size, .. } | Paging::Cursor { size, .. } => size,
            Paging::None | Paging::Start => continue,
        };
        let (_, _, description) = docs
            .iter()
            .find(|(method, name, _)| method == m.name && name == size.param)
            .unwrap_or_else(|| panic!("{}: {} is not documented", m.name, size.param));
        assert_eq!(
            documented_max(description),
            Some(size.max),
            "{}: {description}",
            m.name
        );
    }
}

#[test]
fn rows_end_flags_and_cursors_are_where_the_result_type_has_them() {
    for m in pageable() {
        let (rows_at, end) = match m.paging {
            Paging::Offset { rows, end, .. } | Paging::Cursor { rows, end, .. } => (rows, end),
            Paging::None | Paging::Start => continue,
        };
        let result = &m.result.ty;
        let row_types: Vec<&Ty> = result
            .at_path(rows_at)
            .into_iter()
            .flat_map(Ty::items)
            .collect();
        assert!(!row_types.is_empty(), "{}: no rows at {rows_at:?}", m.name);
        if let End::Flag(flag) = end {
            assert!(
                result.at_path(flag).iter().any(|t| matches!(t, Ty::Bool)),
                "{}: no boolean {flag}",
                m.name
            );
        }
        if let Paging::Cursor { cursor, .. } = m.paging {
            for from in [Some(cursor.from), cursor.reverse.map(|(_, f)| f)]
                .into_iter()
                .flatten()
            {
                let found = match from {
                    CursorFrom::Result(field) => !result.at_path(field).is_empty(),
                    CursorFrom::Min(field) | CursorFrom::Max(field) | CursorFrom::Last(field) => {
                        row_types
                            .iter()
                            .any(|row| !row.fields_named(field).is_empty())
                    }
                };
                assert!(found, "{}: cursor {from:?} not in the result", m.name);
            }
            if let Some(stage) = cursor.stage {
                assert!(
                    row_types
                        .iter()
                        .any(|row| !row.fields_named(stage.field).is_empty()),
                    "{}: stage field {}",
                    m.name,
                    stage.field
                );
            }
        }
    }
}

/// The `offset` caps the docs state (`OFFSET_TOO_LARGE`: "`offset` is greater than `10000`",
/// "... when filtering by `status` or `hasFreeSlots`"): (method, max, params it applies with).
fn documented_caps() -> Vec<(String, u32, Vec<String>)> {
    let mut out = Vec::new();
    for family in common::spec::FAMILIES {
        let path = common::spec::dir().join(format!("{family}.json"));
        let list: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for m in &list {
            for row in m["errors_table"].as_array().into_iter().flatten() {
                if row["code"] != "OFFSET_TOO_LARGE" {
                    continue;
                }
                let meaning = row["meaning"].as_str().unwrap_or_default();
                let ticked: Vec<&str> = meaning.split('`').skip(1).step_by(2).collect();
                let max = ticked
                    .iter()
                    .find_map(|t| t.parse().ok())
                    .unwrap_or_else(|| panic!("{}: no number in {meaning:?}", m["method"]));
                let when = match meaning.find("when filtering by") {
                    Some(at) => meaning[at..]
                        .split('`')
                        .skip(1)
                        .step_by(2)
                        .map(String::from)
                        .collect(),
                    None => Vec::new(),
                };
                out.push((m["method"].as_str().unwrap().to_string(), max, when));
            }
        }
    }
    out
}

#[test]
fn offset_caps_are_declared_as_the_docs_state_them_and_nowhere_else() {
    let documented = documented_caps();
    assert_eq!(documented.len(), 3, "{documented:?}");
    let declared: Vec<(String, u32, Vec<String>)> = pageable()
        .filter_map(|m| match m.paging {
            Paging::Offset { cap: Some(cap), .. } => Some((
                m.name.to_string(),
                cap.max,
                cap.when_any_of.iter().map(|s| s.to_string()).collect(),
            )),
            _ => None,
        })
        .collect();
    let mut documented = documented;
    documented.sort();
    let mut declared = declared;
    declared.sort();
    assert_eq!(declared, documented);
    // The offset param's own range stops at the cap where the cap always applies.
    for (name, max, when) in &declared {
        let entry = methods::find(name).unwrap();
        let offset = entry.param("offset").unwrap();
        if when.is_empty() {
            assert_eq!(
                offset.limit,
                b24_wasm::schema::Limit::Range {
                    min: 0,
                    max: i64::from(*max)
                },
                "{name}"
            );
        }
    }
}
