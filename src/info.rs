//! The table as data for introspection (`methods()` in JS): plain rows built from the entries.

use crate::schema::{Access, Limit, Method, Param, Ty};
use serde::Serialize;
#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// One method of the table, as `methods()` lists it.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MethodInfo {
    /// Wire name, e.g. `im.notify.answer`.
    pub name: &'static str,
    pub scopes: Vec<&'static str>,
    pub deprecated: bool,
    /// `true` when the method only reads (safe to repeat).
    pub reads: bool,
    pub params: Vec<ParamInfo>,
}

/// One parameter: wire name, type, whether it is required, allowed values and limits.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ParamInfo {
    pub name: &'static str,
    pub required: bool,
    #[serde(rename = "type")]
    pub ty: TypeInfo,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_chars: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max_json_chars: Option<u32>,
}

/// A type: `kind` plus what the kind needs (`values`, `fields`, `items`, `anyOf`).
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TypeInfo {
    /// `string`, `integer`, `number`, `boolean`, `date`, `file`, `any`, `enum`, `array`,
    /// `object`, `map` or `either`.
    pub kind: &'static str,
    /// Allowed values of an `enum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub values: Option<Vec<&'static str>>,
    /// Fields of an `object`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fields: Option<Vec<ParamInfo>>,
    /// Item type of an `array`, value type of a `map`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub items: Option<Box<TypeInfo>>,
    /// The choices of an `either`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub any_of: Option<Vec<TypeInfo>>,
}

impl TypeInfo {
    fn kind(kind: &'static str) -> TypeInfo {
        TypeInfo {
            kind,
            values: None,
            fields: None,
            items: None,
            any_of: None,
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
        Ty::Object(fields) => TypeInfo {
            fields: Some(fields.iter().map(param_info).collect()),
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

pub fn param_info(param: &Param) -> ParamInfo {
    ParamInfo {
        name: param.name,
        required: param.required,
        ty: type_info(&param.ty),
        max_chars: match param.limit {
            Limit::MaxChars(n) => Some(n),
            _ => None,
        },
        max_json_chars: match param.limit {
            Limit::MaxJson(n) => Some(n),
            _ => None,
        },
    }
}

pub fn method_info(method: &Method) -> MethodInfo {
    MethodInfo {
        name: method.name,
        scopes: method.scopes.to_vec(),
        deprecated: method.deprecated,
        reads: method.access == Access::Read,
        params: method.params.iter().map(param_info).collect(),
    }
}

/// The whole table as JSON text, in table order.
pub fn methods_json() -> String {
    let rows: Vec<MethodInfo> = crate::methods::all().map(method_info).collect();
    serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_string())
}

// Unit tests live in tests/unit/, as a child module of this one.
#[cfg(test)]
#[path = "../tests/unit/info.rs"]
mod tests;
