//! Reads the compact method table the `.wasm` embeds (written by `crate::codegen::compact`
//! in `build.rs`; the format is described there) back into `Method` values, once, on first use.
//! The values live as long as the module, so the decoded strings and slices are leaked on
//! purpose: the table is built once and never freed.

use crate::json::Node;
use crate::prelude::*;
use crate::schema::{
    Cursor, CursorFrom, End, Limit, Method, Obj, OffsetCap, PageSize, Paging, Param, Rule, Stage,
    Ty,
};

/// A value of the table's text.
type Value<'a> = Node<'a>;

// The flags of a method row.
pub const READ: u64 = 1;
pub const DEPRECATED: u64 = 2;
pub const ERRORS_IN_RESULT: u64 = 4;

/// Why compact table text could not be read (only a build bug can cause it).
#[derive(Debug)]
pub struct BadTable;

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

fn text(v: &Value<'_>) -> Result<&'static str, BadTable> {
    // The table lives as long as the module, so its strings do too.
    v.as_str()
        .map(|s| &*Box::leak(s.to_string().into_boxed_str()))
        .ok_or(BadTable)
}

/// `read` applied to each item, the results kept for the program's life. A plain loop:
/// collecting into a `Result` linked an adapter (`GenericShunt::next`) per use, ~5.9 KB of wasm.
fn read_all<'a, T>(
    items: &[Value<'a>],
    mut read: impl FnMut(&Value<'a>) -> Result<T, BadTable>,
) -> Result<&'static [T], BadTable> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(read(item)?);
    }
    Ok(leak(out))
}

fn texts(v: &Value) -> Result<&'static [&'static str], BadTable> {
    read_all(v.as_array().ok_or(BadTable)?, text)
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
            "e" => Ty::Enum(read_all(rest, text)?),
            "[" => Ty::Array(boxed(self.ty(rest.first().ok_or(BadTable)?)?)),
            "m" => Ty::Map(boxed(self.ty(rest.first().ok_or(BadTable)?)?)),
            "{" => {
                // Fields are rows (arrays), rules are objects, in one list.
                let (mut fields, mut rules) = (Vec::new(), Vec::new());
                for item in rest {
                    if item.as_array().is_some() {
                        fields.push(self.param(item)?);
                    } else if item.as_object().is_some() {
                        rules.push(rule(item)?);
                    }
                }
                Ty::Object(Obj {
                    fields: leak(fields),
                    rules: leak(rules),
                })
            }
            "|" => Ty::Either(read_all(rest, |c| self.ty(c))?),
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
            Some(Node::Obj(_)) => limit(&row[3])?,
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
    } else if !v["minChars"].is_null() {
        Limit::MinChars(small(&v["minChars"])?)
    } else if !v["maxItems"].is_null() {
        Limit::MaxItems(small(&v["maxItems"])?)
    } else if !v["maxUniqueItems"].is_null() {
        Limit::MaxUniqueItems(small(&v["maxUniqueItems"])?)
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
    } else if !v["atMostOne"].is_null() {
        Rule::AtMostOne(texts(&v["atMostOne"])?)
    } else if !v["period"].is_null() {
        Rule::Period {
            from: text(&v["period"]["from"])?,
            to: text(&v["period"]["to"])?,
            max_days: small(&v["period"]["maxDays"])?,
        }
    } else if !v["needsOneOf"].is_null() {
        Rule::NeedsOneOf {
            field: text(&v["needsOneOf"])?,
            groups: read_all(v["groups"].as_array().ok_or(BadTable)?, texts)?,
        }
    } else if !v["placementCode"].is_null() {
        Rule::PlacementOptions {
            by: text(&v["placementCode"])?,
            options: text(&v["placementOptions"])?,
        }
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
            cap: match v["maxOffset"].is_null() {
                true => None,
                false => Some(OffsetCap {
                    max: small(&v["maxOffset"])?,
                    when_any_of: if v["cappedWhen"].is_null() {
                        &[]
                    } else {
                        texts(&v["cappedWhen"])?
                    },
                }),
            },
        },
        "cursor" => {
            let c = &v["cursor"];
            let stage = match &c["stage"] {
                Value::Null => None,
                stage => Some(Stage {
                    param: text(&stage["param"])?,
                    field: text(&stage["field"])?,
                    values: read_all(stage["values"].as_array().ok_or(BadTable)?, |pair| {
                        Ok((text(&pair[0])?, text(&pair[1])?))
                    })?,
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
    // Read by the crate's reader into nodes that borrow the text: no `Value`, no copy of
    // anything but the names kept.
    let root = crate::json::parse(compact).map_err(|_| BadTable)?;
    let mut decoder = Decoder { defs: Vec::new() };
    for def in root["defs"].as_array().ok_or(BadTable)? {
        let ty = decoder.ty(def)?;
        decoder.defs.push(ty);
    }
    let rows = root["methods"].as_array().ok_or(BadTable)?;
    let mut methods = Vec::with_capacity(rows.len());
    for row in rows {
        let flags = row[2].as_u64().ok_or(BadTable)?;
        let params = row[4].as_array().ok_or(BadTable)?;
        let mut m = crate::schema::method(text(&row[0])?, texts(&row[1])?)
            .rules(read_all(row[3].as_array().ok_or(BadTable)?, rule)?)
            .params(read_all(params, |p| decoder.param(p))?);
        if flags & READ != 0 {
            m = m.reads();
        }
        if flags & DEPRECATED != 0 {
            m = m.deprecated();
        }
        if flags & ERRORS_IN_RESULT != 0 {
            m = m.errors_in_result();
        }
        if let Some(p) = row.as_array().and_then(|r| r.get(5)) {
            m = m.paging(paging(p)?);
        }
        methods.push(m);
    }
    Ok(methods)
}
