//! Encodes the method table as compact JSON, for the `.wasm` to embed.
//!
//! Native code reads the `static` entries of `crate::methods` directly. Compiled into wasm,
//! those entries would cost ~67 KB of pointer-heavy data; instead this text (~8 KB gzipped) is
//! embedded and `crate::methods::compact::decode` rebuilds the same `Method` values on first
//! use. A unit test checks that decoding gives back the table.
//!
//! Format: `{"defs": [ty...], "methods": [[name, scopes, flags, rules, params, paging?]...]}`.
//! flags: 1 read, 2 deprecated, 4 errors in result. A param is `[name, ty, required?, limit?]`
//! (limit > 0: max chars, < 0: max serialized JSON chars, or an object `{"exactChars": n}`,
//! `{"min": a, "max": b}`, `{"maxItems": n}`). A type is `"s" "i" "n" "b" "d" "t" "f" "a"`
//! (string, integer, number, boolean, date, HH:MM time, file, any), `["e", values...]`,
//! `["[", item]`, `["{", params and rules...]`, `["m", item]`, `["|", choices...]`, or
//! `["#", n]` for `defs[n]`. A large type used more than once (attachments, keyboards) is
//! written once. Rules, limits objects and `paging` (list methods only) are written as
//! `methods.json` writes them (`super::rows`), by the same code.

use super::rows;
use crate::methods::compact::{DEPRECATED, ERRORS_IN_RESULT, READ};
use crate::schema::{Access, Limit, Method, Param, Rule, Ty};
use serde_json::{json, Value};
use std::collections::HashMap;

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
            match rows::paging_info(&m.paging).map(to_json) {
                Some(paging) => json!([m.name, m.scopes, flags, rules, params, paging]),
                None => json!([m.name, m.scopes, flags, rules, params]),
            }
        })
        .collect();
    json!({"defs": encoder.defs, "methods": rows}).to_string()
}

fn to_json(info: impl serde::Serialize) -> Value {
    serde_json::to_value(info).unwrap_or_default()
}

fn rule_json(rule: &Rule) -> Value {
    to_json(rows::rule_info(rule))
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
        other => to_json(rows::limit_info(other)),
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
