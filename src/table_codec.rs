//! The method table as compact JSON, for the `.wasm`.
//!
//! Native code reads the `static` entries of `crate::methods` directly. Compiled into wasm,
//! those entries would cost ~67 KB of pointer-heavy data; instead `build.rs` encodes them into
//! this compact text (~8 KB gzipped), the wasm embeds it, and `decode` rebuilds the same
//! `Method` values on first use. A native test checks that decoding gives back the table.
//!
//! Format: `{"defs": [ty...], "methods": [[name, scopes, flags, rules, params, paging?]...]}`.
//! flags: 1 read, 2 deprecated, 4 errors in result. A param is `[name, ty, required?, limit?]`
//! (limit > 0: max chars, < 0: max serialized JSON chars, or an object `{"exactChars": n}`,
//! `{"min": a, "max": b}`, `{"maxItems": n}`). A type is `"s" "i" "n" "b" "d" "t" "f" "a"`
//! (string, integer, number, boolean, date, HH:MM time, file, any), `["e", values...]`,
//! `["[", item]`, `["{", params and rules...]`, `["m", item]`, `["|", choices...]`, or
//! `["#", n]` for `defs[n]`. A rule is an object, written as `methods()` shows it
//! (`{"anyOf": [..]}`, `{"exactlyOne": [..]}`, `{"together": [..]}`, `{"notEmpty": true}`,
//! `{"neededUnless": field, "when": field, "is": value}`). A
//! large type used more than once (attachments, keyboards) is written once. `paging`, present
//! on list methods only, is written exactly as `methods()` shows it (`info::PagingInfo`), so JS
//! passes it through as is.

#![allow(dead_code)] // build.rs uses `encode` only, the library uses `decode` only.

use crate::schema::{
    Access, Cursor, CursorFrom, End, Limit, Method, Obj, PageSize, Paging, Param, Rule, Stage, Ty,
};
use serde_json::{json, Value};
use std::collections::HashMap;

const READ: u64 = 1;
const DEPRECATED: u64 = 2;
const ERRORS_IN_RESULT: u64 = 4;

/// Composite types shorter than this are cheaper inline than as a reference.
const MIN_SHARED_LEN: usize = 48;

/// Encodes the given methods.
pub fn encode<'a>(methods: impl Iterator<Item = &'a Method> + Clone) -> String {
    // Pass 1: how often each composite type occurs, by its inline text.
    let mut counts = HashMap::new();
    for m in methods.clone() {
        for p in m.params {
            count(&p.ty, &mut counts);
        }
    }
    let mut encoder = Encoder {
        counts,
        shared: HashMap::new(),
        defs: Vec::new(),
    };
    let rows: Vec<Value> = methods
        .map(|m| {
            let flags = if m.access == Access::Read { READ } else { 0 }
                | if m.deprecated { DEPRECATED } else { 0 }
                | if m.errors_in_result {
                    ERRORS_IN_RESULT
                } else {
                    0
                };
            let params: Vec<Value> = m.params.iter().map(|p| encoder.param(p)).collect();
            let rules: Vec<Value> = m.rules.iter().map(rule_json).collect();
            match paging_json(&m.paging) {
                Some(paging) => json!([m.name, m.scopes, flags, rules, params, paging]),
                None => json!([m.name, m.scopes, flags, rules, params]),
            }
        })
        .collect();
    json!({"defs": encoder.defs, "methods": rows}).to_string()
}

/// A rule as `methods()` shows it.
pub(crate) fn rule_json(rule: &Rule) -> Value {
    match *rule {
        Rule::AnyOf(names) => json!({ "anyOf": names }),
        Rule::ExactlyOne(names) => json!({ "exactlyOne": names }),
        Rule::Together(names) => json!({ "together": names }),
        Rule::NotEmpty => json!({ "notEmpty": true }),
        Rule::NeededUnless { field, when, is } => {
            json!({ "neededUnless": field, "when": when, "is": is })
        }
    }
}

/// A param's limit as `methods()` shows it (the fields of `info::ParamInfo`).
pub(crate) fn limit_json(limit: Limit) -> Option<Value> {
    Some(match limit {
        Limit::None => return None,
        Limit::MaxChars(n) => json!({ "maxChars": n }),
        Limit::MaxJson(n) => json!({ "maxJsonChars": n }),
        Limit::ExactChars(n) => json!({ "exactChars": n }),
        Limit::Range { min, max } => json!({ "min": min, "max": max }),
        Limit::MaxItems(n) => json!({ "maxItems": n }),
    })
}

fn cursor_from_json(from: &CursorFrom) -> (&'static str, &'static str) {
    match *from {
        CursorFrom::Min(field) => ("min", field),
        CursorFrom::Max(field) => ("max", field),
        CursorFrom::Last(field) => ("last", field),
        CursorFrom::Result(field) => ("result", field),
    }
}

/// A method's paging as `methods()` shows it (the fields of `info::PagingInfo`).
pub(crate) fn paging_json(paging: &Paging) -> Option<Value> {
    let (size, rows, end) = match paging {
        Paging::None | Paging::Start => return None,
        Paging::Offset {
            size, rows, end, ..
        }
        | Paging::Cursor {
            size, rows, end, ..
        } => (size, *rows, end),
    };
    let mut out = json!({"rowsAt": rows, "sizeParam": size.param, "maxSize": size.max});
    match *end {
        End::Total => out["end"] = json!("total"),
        End::Flag(field) => {
            out["end"] = json!("flag");
            out["endField"] = json!(field);
        }
        End::ShortPage => out["end"] = json!("shortPage"),
    }
    match paging {
        Paging::Offset {
            offset,
            repeats_by,
            other_paging,
            ..
        } => {
            out["kind"] = json!("offset");
            out["offsetParam"] = json!(offset);
            if let Some(field) = repeats_by {
                out["repeatsBy"] = json!(field);
            }
            if !other_paging.is_empty() {
                out["otherPaging"] = json!(other_paging);
            }
        }
        Paging::Cursor { cursor, .. } => {
            let (from, field) = cursor_from_json(&cursor.from);
            let mut c = json!({"param": cursor.param, "from": from, "field": field});
            if let Some(stage) = cursor.stage {
                c["stage"] = json!({
                    "param": stage.param,
                    "field": stage.field,
                    "values": stage.values.iter().map(|(row, param)| json!([row, param])).collect::<Vec<_>>(),
                    "otherwise": stage.otherwise,
                });
            }
            if let Some((param, from)) = cursor.reverse {
                let (from, field) = cursor_from_json(&from);
                c["reverse"] = json!({"param": param, "from": from, "field": field});
            }
            out["kind"] = json!("cursor");
            out["cursor"] = c;
        }
        Paging::None | Paging::Start => {}
    }
    Some(out)
}

fn inline(ty: &Ty) -> Value {
    let params = |ps: &[Param]| ps.iter().map(inline_param).collect::<Vec<_>>();
    match ty {
        Ty::Str => json!("s"),
        Ty::Int => json!("i"),
        Ty::Num => json!("n"),
        Ty::Bool => json!("b"),
        Ty::Date => json!("d"),
        Ty::Time => json!("t"),
        Ty::File => json!("f"),
        Ty::Any => json!("a"),
        Ty::Enum(values) => json!(["e"].iter().chain(values.iter()).collect::<Vec<_>>()),
        Ty::Array(item) => json!(["[", inline(item)]),
        Ty::Object(shape) => {
            let mut v = vec![json!("{")];
            v.extend(params(shape.fields));
            v.extend(shape.rules.iter().map(rule_json));
            Value::Array(v)
        }
        Ty::Map(item) => json!(["m", inline(item)]),
        Ty::Either(choices) => {
            let mut v = vec![json!("|")];
            v.extend(choices.iter().map(inline));
            Value::Array(v)
        }
    }
}

fn param_row(name: &str, ty: Value, p: &Param) -> Value {
    let limit = match p.limit {
        Limit::None => json!(0),
        Limit::MaxChars(n) => json!(n),
        Limit::MaxJson(n) => json!(-i64::from(n)),
        other => limit_json(other).unwrap_or_default(),
    };
    match (p.required, limit == json!(0)) {
        (false, true) => json!([name, ty]),
        (true, true) => json!([name, ty, 1]),
        (required, false) => json!([name, ty, u8::from(required), limit]),
    }
}

fn inline_param(p: &Param) -> Value {
    param_row(p.name, inline(&p.ty), p)
}

fn count(ty: &Ty, counts: &mut HashMap<String, usize>) {
    match ty {
        Ty::Array(item) | Ty::Map(item) => count(item, counts),
        Ty::Object(shape) => shape.fields.iter().for_each(|p| count(&p.ty, counts)),
        Ty::Either(choices) => choices.iter().for_each(|c| count(c, counts)),
        _ => return,
    }
    *counts.entry(inline(ty).to_string()).or_default() += 1;
}

struct Encoder {
    counts: HashMap<String, usize>,
    /// Inline text of a shared type → its index in `defs`.
    shared: HashMap<String, usize>,
    defs: Vec<Value>,
}

impl Encoder {
    fn param(&mut self, p: &Param) -> Value {
        let ty = self.ty(&p.ty);
        param_row(p.name, ty, p)
    }

    fn ty(&mut self, ty: &Ty) -> Value {
        let text = inline(ty).to_string();
        if let Some(&n) = self.shared.get(&text) {
            return json!(["#", n]);
        }
        let encoded = match ty {
            Ty::Array(item) => json!(["[", self.ty(item)]),
            Ty::Map(item) => json!(["m", self.ty(item)]),
            Ty::Object(shape) => {
                let mut v = vec![json!("{")];
                v.extend(shape.fields.iter().map(|p| self.param(p)));
                v.extend(shape.rules.iter().map(rule_json));
                Value::Array(v)
            }
            Ty::Either(choices) => {
                let mut v = vec![json!("|")];
                v.extend(choices.iter().map(|c| self.ty(c)));
                Value::Array(v)
            }
            _ => return inline(ty),
        };
        if self.counts.get(&text).copied().unwrap_or(0) > 1 && text.len() >= MIN_SHARED_LEN {
            // Inner shared types were pushed first, so `defs` decodes front to back.
            self.defs.push(encoded);
            self.shared.insert(text, self.defs.len() - 1);
            return json!(["#", self.defs.len() - 1]);
        }
        encoded
    }
}

/// Why compact table text could not be read (only a build bug can cause it).
#[derive(Debug)]
pub struct BadTable;

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

fn text(v: &Value) -> Result<&'static str, BadTable> {
    // The table lives as long as the module, so its strings do too.
    v.as_str()
        .map(|s| &*Box::leak(s.to_string().into_boxed_str()))
        .ok_or(BadTable)
}

fn texts(v: &Value) -> Result<&'static [&'static str], BadTable> {
    Ok(leak(
        v.as_array()
            .ok_or(BadTable)?
            .iter()
            .map(text)
            .collect::<Result<Vec<_>, _>>()?,
    ))
}

struct Decoder {
    defs: Vec<Ty>,
}

impl Decoder {
    fn ty(&self, v: &Value) -> Result<Ty, BadTable> {
        if let Some(code) = v.as_str() {
            return Ok(match code {
                "s" => Ty::Str,
                "i" => Ty::Int,
                "n" => Ty::Num,
                "b" => Ty::Bool,
                "d" => Ty::Date,
                "t" => Ty::Time,
                "f" => Ty::File,
                "a" => Ty::Any,
                _ => return Err(BadTable),
            });
        }
        let parts = v.as_array().ok_or(BadTable)?;
        let (tag, rest) = parts.split_first().ok_or(BadTable)?;
        let boxed = |ty: Ty| -> &'static Ty { Box::leak(Box::new(ty)) };
        Ok(match tag.as_str().ok_or(BadTable)? {
            "e" => Ty::Enum(leak(rest.iter().map(text).collect::<Result<Vec<_>, _>>()?)),
            "[" => Ty::Array(boxed(self.ty(rest.first().ok_or(BadTable)?)?)),
            "m" => Ty::Map(boxed(self.ty(rest.first().ok_or(BadTable)?)?)),
            "{" => Ty::Object(Obj {
                fields: leak(
                    rest.iter()
                        .filter(|p| p.is_array())
                        .map(|p| self.param(p))
                        .collect::<Result<Vec<_>, _>>()?,
                ),
                rules: leak(
                    rest.iter()
                        .filter(|r| r.is_object())
                        .map(rule)
                        .collect::<Result<Vec<_>, _>>()?,
                ),
            }),
            "|" => Ty::Either(leak(
                rest.iter()
                    .map(|c| self.ty(c))
                    .collect::<Result<Vec<_>, _>>()?,
            )),
            "#" => {
                let n = rest.first().and_then(Value::as_u64).ok_or(BadTable)?;
                *self.defs.get(n as usize).ok_or(BadTable)?
            }
            _ => return Err(BadTable),
        })
    }

    fn param(&self, v: &Value) -> Result<Param, BadTable> {
        let row = v.as_array().ok_or(BadTable)?;
        let field = |i: usize| row.get(i).and_then(Value::as_i64).unwrap_or(0);
        let limit = match row.get(3) {
            Some(Value::Object(_)) => limit(&row[3])?,
            _ => match field(3) {
                0 => Limit::None,
                n if n > 0 => Limit::MaxChars(u32::try_from(n).map_err(|_| BadTable)?),
                n => Limit::MaxJson(u32::try_from(n.unsigned_abs()).map_err(|_| BadTable)?),
            },
        };
        let base = if field(2) == 1 {
            crate::schema::req(
                text(row.first().ok_or(BadTable)?)?,
                self.ty(row.get(1).ok_or(BadTable)?)?,
            )
        } else {
            crate::schema::opt(
                text(row.first().ok_or(BadTable)?)?,
                self.ty(row.get(1).ok_or(BadTable)?)?,
            )
        };
        Ok(Param { limit, ..base })
    }
}

fn small(v: &Value) -> Result<u32, BadTable> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or(BadTable)
}

fn limit(v: &Value) -> Result<Limit, BadTable> {
    Ok(if !v["exactChars"].is_null() {
        Limit::ExactChars(small(&v["exactChars"])?)
    } else if !v["maxItems"].is_null() {
        Limit::MaxItems(small(&v["maxItems"])?)
    } else {
        Limit::Range {
            min: v["min"].as_i64().ok_or(BadTable)?,
            max: v["max"].as_i64().ok_or(BadTable)?,
        }
    })
}

fn rule(v: &Value) -> Result<Rule, BadTable> {
    Ok(if !v["anyOf"].is_null() {
        Rule::AnyOf(texts(&v["anyOf"])?)
    } else if !v["exactlyOne"].is_null() {
        Rule::ExactlyOne(texts(&v["exactlyOne"])?)
    } else if !v["together"].is_null() {
        Rule::Together(texts(&v["together"])?)
    } else if !v["notEmpty"].is_null() {
        Rule::NotEmpty
    } else {
        Rule::NeededUnless {
            field: text(&v["neededUnless"])?,
            when: text(&v["when"])?,
            is: text(&v["is"])?,
        }
    })
}

fn cursor_from(v: &Value) -> Result<CursorFrom, BadTable> {
    let field = text(&v["field"])?;
    Ok(match v["from"].as_str().ok_or(BadTable)? {
        "min" => CursorFrom::Min(field),
        "max" => CursorFrom::Max(field),
        "last" => CursorFrom::Last(field),
        "result" => CursorFrom::Result(field),
        _ => return Err(BadTable),
    })
}

fn optional_text(v: &Value) -> Result<Option<&'static str>, BadTable> {
    if v.is_null() {
        Ok(None)
    } else {
        text(v).map(Some)
    }
}

fn paging(v: &Value) -> Result<Paging, BadTable> {
    let size = PageSize {
        param: text(&v["sizeParam"])?,
        max: v["maxSize"]
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or(BadTable)?,
    };
    let rows = text(&v["rowsAt"])?;
    let end = match v["end"].as_str().ok_or(BadTable)? {
        "total" => End::Total,
        "flag" => End::Flag(text(&v["endField"])?),
        "shortPage" => End::ShortPage,
        _ => return Err(BadTable),
    };
    Ok(match v["kind"].as_str().ok_or(BadTable)? {
        "offset" => Paging::Offset {
            offset: text(&v["offsetParam"])?,
            size,
            rows,
            end,
            repeats_by: optional_text(&v["repeatsBy"])?,
            other_paging: if v["otherPaging"].is_null() {
                &[]
            } else {
                texts(&v["otherPaging"])?
            },
        },
        "cursor" => {
            let c = &v["cursor"];
            let stage = match &c["stage"] {
                Value::Null => None,
                stage => Some(Stage {
                    param: text(&stage["param"])?,
                    field: text(&stage["field"])?,
                    values: leak(
                        stage["values"]
                            .as_array()
                            .ok_or(BadTable)?
                            .iter()
                            .map(|pair| Ok((text(&pair[0])?, text(&pair[1])?)))
                            .collect::<Result<Vec<_>, BadTable>>()?,
                    ),
                    otherwise: text(&stage["otherwise"])?,
                }),
            };
            let reverse = match &c["reverse"] {
                Value::Null => None,
                reverse => Some((text(&reverse["param"])?, cursor_from(reverse)?)),
            };
            Paging::Cursor {
                cursor: Cursor {
                    param: text(&c["param"])?,
                    from: cursor_from(c)?,
                    stage,
                    reverse,
                },
                size,
                rows,
                end,
            }
        }
        _ => return Err(BadTable),
    })
}

/// Rebuilds the table from compact text. The values live for the rest of the program.
pub fn decode(compact: &str) -> Result<Vec<Method>, BadTable> {
    let root: Value = serde_json::from_str(compact).map_err(|_| BadTable)?;
    let mut decoder = Decoder { defs: Vec::new() };
    for def in root["defs"].as_array().ok_or(BadTable)? {
        let ty = decoder.ty(def)?;
        decoder.defs.push(ty);
    }
    root["methods"]
        .as_array()
        .ok_or(BadTable)?
        .iter()
        .map(|row| {
            let flags = row[2].as_u64().ok_or(BadTable)?;
            let params = row[4].as_array().ok_or(BadTable)?;
            let mut m = crate::schema::method(text(&row[0])?, texts(&row[1])?)
                .rules(leak(
                    row[3]
                        .as_array()
                        .ok_or(BadTable)?
                        .iter()
                        .map(rule)
                        .collect::<Result<Vec<_>, _>>()?,
                ))
                .params(leak(
                    params
                        .iter()
                        .map(|p| decoder.param(p))
                        .collect::<Result<Vec<_>, _>>()?,
                ));
            if flags & READ != 0 {
                m = m.reads();
            }
            if flags & DEPRECATED != 0 {
                m = m.deprecated();
            }
            if flags & ERRORS_IN_RESULT != 0 {
                m = m.errors_in_result();
            }
            if let Some(p) = row.get(5) {
                m = m.paging(paging(p)?);
            }
            Ok(m)
        })
        .collect()
}

// Unit tests live in tests/unit/, as a child module of this one.
#[cfg(test)]
#[path = "../tests/unit/table_codec.rs"]
mod tests;
