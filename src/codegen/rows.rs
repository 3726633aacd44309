//! The table as data for introspection: the rows of `methods.json`, which JS `methods()` loads
//! lazily. Their TypeScript interfaces (`MethodInfo`, ...) come from these same structs (tsify's
//! declarations, written into `methods.d.ts`), so the data and its types cannot drift apart.

use crate::schema::{Access, CursorFrom, End, Limit, Method, Paging, Param, Rule, Ty};
use serde::Serialize;
use tsify::Tsify;

/// One method of the table, as `methods()` lists it.
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct MethodInfo {
    /// Wire name, e.g. `im.notify.answer`.
    pub name: &'static str,
    pub scopes: Vec<&'static str>,
    pub deprecated: bool,
    /// `true` when the method only reads (safe to repeat).
    pub reads: bool,
    /// The portal reports this method's errors inside an HTTP 200 `result`; they are raised.
    pub errors_in_result: bool,
    pub params: Vec<ParamInfo>,
    /// Rules over the params (groups of fields; see `RuleInfo`).
    pub rules: Vec<RuleInfo>,
    /// How `list()` pages the method; absent for methods that are not lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub paging: Option<PagingInfo>,
}

/// How a list method pages (see `schema::Paging`). Param names are dotted for nested ones.
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PagingInfo {
    /// `offset` (skip and take) or `cursor` (the next page starts from a value of this one).
    #[tsify(type = "\"offset\" | \"cursor\"")]
    pub kind: &'static str,
    /// Where the rows are inside `result`; `""` is `result` itself.
    pub rows_at: &'static str,
    /// The page size param and the most rows a page may hold.
    pub size_param: &'static str,
    pub max_size: u32,
    /// How the last page is known: `total` (the reply's `total`/`next`), `flag` (`endField` of
    /// `result` is false) or `shortPage` (fewer rows than asked for).
    #[tsify(type = "\"total\" | \"flag\" | \"shortPage\"")]
    pub end: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub end_field: Option<&'static str>,
    /// `offset` paging: the param that skips rows.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub offset_param: Option<&'static str>,
    /// Rows may repeat across pages; repeats are dropped by this field.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub repeats_by: Option<&'static str>,
    /// Params of another way to page the same list, which `list()` refuses.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub other_paging: Option<Vec<&'static str>>,
    /// `offset` paging: the largest offset the portal accepts, when it caps the list (only
    /// when one of `cappedWhen` is given, if that is set).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_offset: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub capped_when: Option<Vec<&'static str>>,
    /// `cursor` paging: the cursor param and where its value comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cursor: Option<CursorInfo>,
}

/// A rule over several fields of one object: exactly one of its members is set.
/// `anyOf`: at least one of the fields is given; `exactlyOne`: exactly one; `together`: all or
/// none; `notEmpty`: at least one field; `neededUnless`: that field is needed unless field
/// `when` is `is`; `atMostOne`: not two of the fields; `period`: ISO 8601 ends, `to` not before
/// `from` and at most `maxDays` after it; `needsOneOf` (with `groups`): when that field is given,
/// every field of one of the groups is too.
#[derive(Serialize, Debug, Clone, PartialEq, Default, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub at_most_one: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub period: Option<PeriodInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub needs_one_of: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub groups: Option<Vec<Vec<&'static str>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub any_of: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub exactly_one: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub together: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub not_empty: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub needed_unless: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub when: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub is: Option<&'static str>,
    /// `placementOptions`' type follows the placement code in `placementCode` (the
    /// placements table; `placement.bind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub placement_code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub placement_options: Option<&'static str>,
}

pub fn rule_info(rule: &Rule) -> RuleInfo {
    match *rule {
        Rule::AnyOf(names) => RuleInfo {
            any_of: Some(names.to_vec()),
            ..RuleInfo::default()
        },
        Rule::ExactlyOne(names) => RuleInfo {
            exactly_one: Some(names.to_vec()),
            ..RuleInfo::default()
        },
        Rule::Together(names) => RuleInfo {
            together: Some(names.to_vec()),
            ..RuleInfo::default()
        },
        Rule::NotEmpty => RuleInfo {
            not_empty: Some(true),
            ..RuleInfo::default()
        },
        Rule::NeededUnless { field, when, is } => RuleInfo {
            needed_unless: Some(field),
            when: Some(when),
            is: Some(is),
            ..RuleInfo::default()
        },
        Rule::AtMostOne(names) => RuleInfo {
            at_most_one: Some(names.to_vec()),
            ..RuleInfo::default()
        },
        Rule::Period { from, to, max_days } => RuleInfo {
            period: Some(PeriodInfo { from, to, max_days }),
            ..RuleInfo::default()
        },
        Rule::NeedsOneOf { field, groups } => RuleInfo {
            needs_one_of: Some(field),
            groups: Some(groups.iter().map(|g| g.to_vec()).collect()),
            ..RuleInfo::default()
        },
        Rule::PlacementOptions { by, options } => RuleInfo {
            placement_code: Some(by),
            placement_options: Some(options),
            ..RuleInfo::default()
        },
    }
}

/// A period's two ends and its longest span in days.
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PeriodInfo {
    pub from: &'static str,
    pub to: &'static str,
    pub max_days: u32,
}

/// A cursor: `param` takes `field` of the page (`from`: `min`, `max`, `last` row, or `result`).
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CursorInfo {
    pub param: &'static str,
    #[tsify(type = "\"min\" | \"max\" | \"last\" | \"result\"")]
    pub from: &'static str,
    pub field: &'static str,
    /// A stage param moving with the cursor, from the last row's `field`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub stage: Option<StageInfo>,
    /// The param that reads the list the other way when the caller starts with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reverse: Option<ReverseInfo>,
}

/// `param` is `values[i][1]` when the last row's `field` is `values[i][0]`, else `otherwise`.
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct StageInfo {
    pub param: &'static str,
    pub field: &'static str,
    pub values: Vec<(&'static str, &'static str)>,
    pub otherwise: &'static str,
}

/// The other direction of a cursor list.
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ReverseInfo {
    pub param: &'static str,
    #[tsify(type = "\"min\" | \"max\" | \"last\" | \"result\"")]
    pub from: &'static str,
    pub field: &'static str,
}

/// One parameter: wire name, type, whether it is required, allowed values and limits.
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ParamInfo {
    pub name: &'static str,
    pub required: bool,
    #[serde(rename = "type")]
    pub ty: TypeInfo,
    #[serde(flatten)]
    pub limit: LimitInfo,
}

/// A param's limit, when it has one (at most one of these is set).
#[derive(Serialize, Debug, Clone, PartialEq, Default, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LimitInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_chars: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_json_chars: Option<u32>,
    /// A string of exactly this many characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub exact_chars: Option<u32>,
    /// A string of at least this many characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub min_chars: Option<u32>,
    /// A whole number from `min` to `max`, both included.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub min: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max: Option<i64>,
    /// At most this many array items or object keys.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_items: Option<u32>,
    /// At most this many different array items (repeats do not count).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub max_unique_items: Option<u32>,
}

/// A type: `kind` plus what the kind needs (`values`, `fields`, `items`, `anyOf`).
#[derive(Serialize, Debug, Clone, PartialEq, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TypeInfo {
    /// `string`, `integer`, `number`, `boolean`, `date`, `time` (`HH:MM`), `file`, `any`, `enum`, `array`,
    /// `object`, `map` or `either`.
    #[tsify(
        type = "\"string\" | \"integer\" | \"number\" | \"boolean\" | \"date\" | \"time\" | \"file\" | \"any\" | \"enum\" | \"array\" | \"object\" | \"map\" | \"either\""
    )]
    pub kind: &'static str,
    /// Allowed values of an `enum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub values: Option<Vec<&'static str>>,
    /// Fields of an `object`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub fields: Option<Vec<ParamInfo>>,
    /// Item type of an `array`, value type of a `map`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub items: Option<Box<TypeInfo>>,
    /// The choices of an `either`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub any_of: Option<Vec<TypeInfo>>,
    /// Rules over the fields of an `object`, when it has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub rules: Option<Vec<RuleInfo>>,
}

impl TypeInfo {
    fn kind(kind: &'static str) -> TypeInfo {
        TypeInfo {
            kind,
            values: None,
            fields: None,
            items: None,
            any_of: None,
            rules: None,
        }
    }
}

pub fn type_info(ty: &Ty) -> TypeInfo {
    match ty {
        Ty::Str => TypeInfo::kind("string"),
        Ty::Int => TypeInfo::kind("integer"),
        Ty::Num => TypeInfo::kind("number"),
        Ty::Bool => TypeInfo::kind("boolean"),
        Ty::Date => TypeInfo::kind("date"),
        Ty::Time => TypeInfo::kind("time"),
        Ty::File => TypeInfo::kind("file"),
        Ty::Any => TypeInfo::kind("any"),
        Ty::Enum(values) => TypeInfo {
            values: Some(values.to_vec()),
            ..TypeInfo::kind("enum")
        },
        Ty::Array(item) => TypeInfo {
            items: Some(Box::new(type_info(item))),
            ..TypeInfo::kind("array")
        },
        Ty::Object(shape) => TypeInfo {
            fields: Some(shape.fields.iter().map(param_info).collect()),
            rules: (!shape.rules.is_empty()).then(|| shape.rules.iter().map(rule_info).collect()),
            ..TypeInfo::kind("object")
        },
        Ty::Map(item) => TypeInfo {
            items: Some(Box::new(type_info(item))),
            ..TypeInfo::kind("map")
        },
        Ty::Either(choices) => TypeInfo {
            any_of: Some(choices.iter().map(type_info).collect()),
            ..TypeInfo::kind("either")
        },
    }
}

pub fn limit_info(limit: Limit) -> LimitInfo {
    let mut info = LimitInfo::default();
    match limit {
        Limit::None => {}
        Limit::MaxChars(n) => info.max_chars = Some(n),
        Limit::MaxJson(n) => info.max_json_chars = Some(n),
        Limit::ExactChars(n) => info.exact_chars = Some(n),
        Limit::MinChars(n) => info.min_chars = Some(n),
        Limit::Range { min, max } => (info.min, info.max) = (Some(min), Some(max)),
        Limit::MaxItems(n) => info.max_items = Some(n),
        Limit::MaxUniqueItems(n) => info.max_unique_items = Some(n),
    }
    info
}

pub fn param_info(param: &Param) -> ParamInfo {
    ParamInfo {
        name: param.name,
        required: param.required,
        ty: type_info(&param.ty),
        limit: limit_info(param.limit),
    }
}

fn cursor_from(from: &CursorFrom) -> (&'static str, &'static str) {
    match *from {
        CursorFrom::Min(field) => ("min", field),
        CursorFrom::Max(field) => ("max", field),
        CursorFrom::Last(field) => ("last", field),
        CursorFrom::Result(field) => ("result", field),
    }
}

pub fn paging_info(paging: &Paging) -> Option<PagingInfo> {
    let (size, rows_at, end) = match paging {
        Paging::None | Paging::Start => return None,
        Paging::Offset {
            size, rows, end, ..
        }
        | Paging::Cursor {
            size, rows, end, ..
        } => (size, *rows, end),
    };
    let (end, end_field) = match *end {
        End::Total => ("total", None),
        End::Flag(field) => ("flag", Some(field)),
        End::ShortPage => ("shortPage", None),
    };
    let mut info = PagingInfo {
        kind: "offset",
        rows_at,
        size_param: size.param,
        max_size: size.max,
        end,
        end_field,
        offset_param: None,
        repeats_by: None,
        other_paging: None,
        max_offset: None,
        capped_when: None,
        cursor: None,
    };
    match paging {
        Paging::Offset {
            offset,
            repeats_by,
            other_paging,
            cap,
            ..
        } => {
            info.offset_param = Some(offset);
            info.repeats_by = *repeats_by;
            info.other_paging = (!other_paging.is_empty()).then(|| other_paging.to_vec());
            info.max_offset = cap.map(|c| c.max);
            info.capped_when = cap
                .filter(|c| !c.when_any_of.is_empty())
                .map(|c| c.when_any_of.to_vec());
        }
        Paging::Cursor { cursor, .. } => {
            let (from, field) = cursor_from(&cursor.from);
            info.kind = "cursor";
            info.cursor = Some(CursorInfo {
                param: cursor.param,
                from,
                field,
                stage: cursor.stage.map(|stage| StageInfo {
                    param: stage.param,
                    field: stage.field,
                    values: stage.values.to_vec(),
                    otherwise: stage.otherwise,
                }),
                reverse: cursor.reverse.map(|(param, from)| {
                    let (from, field) = cursor_from(&from);
                    ReverseInfo { param, from, field }
                }),
            });
        }
        Paging::None | Paging::Start => {}
    }
    Some(info)
}

pub fn method_info(method: &Method) -> MethodInfo {
    MethodInfo {
        name: method.name,
        scopes: method.scopes.to_vec(),
        deprecated: method.deprecated,
        reads: method.access == Access::Read,
        errors_in_result: method.errors_in_result,
        params: method.params.iter().map(param_info).collect(),
        rules: method.rules.iter().map(rule_info).collect(),
        paging: paging_info(&method.paging),
    }
}

/// `methods.json`: the whole table in table order, one method per line (the committed copy in
/// `tests/api/` is then reviewed as a diff of the methods that changed).
pub fn methods_json() -> String {
    let rows: Vec<String> = crate::methods::all()
        .map(|m| serde_json::to_string(&method_info(m)).unwrap_or_default())
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

/// The TypeScript interfaces of the rows, in the order they refer to each other.
pub fn rows_dts() -> String {
    [
        MethodInfo::DECL,
        ParamInfo::DECL,
        LimitInfo::DECL,
        TypeInfo::DECL,
        RuleInfo::DECL,
        PeriodInfo::DECL,
        PagingInfo::DECL,
        CursorInfo::DECL,
        StageInfo::DECL,
        ReverseInfo::DECL,
    ]
    .iter()
    .map(|decl| format!("{decl}\n"))
    .collect()
}
