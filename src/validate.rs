//! The one interpreter of the method table: checks params against a method's entry before
//! anything goes on the wire.

use crate::error::{Error, Problem};
use crate::schema::{Limit, Method, Param, Ty};
use serde_json::{Map, Value};

/// Checks `params` (a JSON object) against `method`; the first problem found is the error.
pub fn validate(method: &Method, params: &Value) -> Result<(), Error> {
    let fail = |field: String, problem| Error::InvalidParam {
        method: method.name.to_string(),
        field,
        problem,
    };
    let Some(object) = params.as_object() else {
        return Err(fail("params".to_string(), Problem::NotAnObject));
    };
    check_fields(method.params, object, "", Mode::Params)
        .map_err(|(field, problem)| fail(field, problem))?;
    match method.one_required.first() {
        Some(first) if method.one_required.iter().all(|n| is_absent(object.get(*n))) => {
            Err(fail(first.to_string(), Problem::OneOfMissing(method.one_required)))
        }
        _ => Ok(()),
    }
}

/// Checks a reply's `result` against a declared result type; `Err` names the first mismatch.
/// In results `""` is a value, `null` stands for any type, and `req` fields must be present.
pub fn check_result(ty: &Ty, result: &Value) -> Result<(), (String, Problem)> {
    check_value(ty, result, "result", Mode::Result)
}

/// Params are what a caller sends; results are what the portal answers.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    Params,
    Result,
}

type Failure = (String, Problem);

fn path(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// A missing field, `null` and `""` all count as absent: the portal treats them alike.
fn is_absent(value: Option<&Value>) -> bool {
    matches!(value, None | Some(Value::Null)) || value.and_then(Value::as_str) == Some("")
}

fn check_fields(
    fields: &[Param],
    object: &Map<String, Value>,
    prefix: &str,
    mode: Mode,
) -> Result<(), Failure> {
    if let Some(unknown) = object.keys().find(|k| !fields.iter().any(|p| p.name == *k)) {
        return Err((path(prefix, unknown), Problem::Unknown));
    }
    for param in fields {
        let value = object.get(param.name);
        let here = || path(prefix, param.name);
        let absent = match mode {
            Mode::Params => is_absent(value),
            Mode::Result => value.is_none(),
        };
        if absent {
            if param.required {
                return Err((here(), Problem::Missing));
            }
            continue;
        }
        if let Some(value) = value {
            check_value(&param.ty, value, &here(), mode)?;
            check_limit(param.limit, value).map_err(|p| (here(), p))?;
        }
    }
    Ok(())
}

fn check_limit(limit: Limit, value: &Value) -> Result<(), Problem> {
    let (max, got) = match limit {
        Limit::None => return Ok(()),
        Limit::MaxChars(max) => (max, value.as_str().map_or(0, |s| s.chars().count())),
        Limit::MaxJson(max) => (max, value.to_string().chars().count()),
    };
    if got > max as usize {
        return Err(Problem::TooLong { max, got });
    }
    Ok(())
}

fn is_int_text(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_number_text(s: &str) -> bool {
    !s.trim().is_empty() && s.trim().parse::<f64>().is_ok_and(f64::is_finite)
}

/// The value as enum text: strings as they are, integers in decimal.
fn enum_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

/// Checks one value against one type; `at` is the dotted field path for the error.
pub(crate) fn check_value(ty: &Ty, value: &Value, at: &str, mode: Mode) -> Result<(), Failure> {
    if mode == Mode::Result && value.is_null() {
        return Ok(());
    }
    let wrong = |expected: &'static str| Err((at.to_string(), Problem::WrongType(expected)));
    match ty {
        Ty::Any => Ok(()),
        Ty::Str => match value {
            Value::String(_) => Ok(()),
            // The portal reads numbers sent for text as their decimal text.
            Value::Number(_) => Ok(()),
            _ => wrong("a string"),
        },
        Ty::Int => match value {
            Value::Number(n) if n.is_i64() || n.is_u64() => Ok(()),
            Value::String(s) if is_int_text(s) => Ok(()),
            _ => wrong("an integer (or a string of digits)"),
        },
        Ty::Num => match value {
            Value::Number(_) => Ok(()),
            Value::String(s) if is_number_text(s) => Ok(()),
            _ => wrong("a number"),
        },
        Ty::Bool => match value {
            Value::Bool(_) => Ok(()),
            Value::String(s) if s == "Y" || s == "N" => Ok(()),
            _ => wrong("true, false, \"Y\" or \"N\""),
        },
        Ty::Date => match value {
            Value::String(s) if s.starts_with(|c: char| c.is_ascii_digit()) => Ok(()),
            _ => wrong("a date string such as \"2024-10-11T10:00:00+03:00\""),
        },
        Ty::File => match value {
            Value::String(_) => Ok(()),
            Value::Array(parts) if !parts.is_empty() && parts.iter().all(Value::is_string) => Ok(()),
            _ => wrong("a file: [\"name.ext\", \"<base64>\"]"),
        },
        Ty::Enum(values) => match enum_text(value) {
            Some(text) if values.contains(&text.as_str()) => Ok(()),
            _ => Err((at.to_string(), Problem::NotAllowed(values))),
        },
        Ty::Array(item) => match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| check_value(item, v, &path(at, &i.to_string()), mode)),
            _ => wrong("an array"),
        },
        Ty::Object(fields) => match value {
            Value::Object(object) => check_fields(fields, object, at, mode),
            _ => wrong("an object"),
        },
        Ty::Map(item) => match value {
            Value::Object(object) => object
                .iter()
                .try_for_each(|(k, v)| check_value(item, v, &path(at, k), mode)),
            _ => wrong("an object"),
        },
        Ty::Either(choices) => {
            let mut first = None;
            for choice in choices.iter() {
                match check_value(choice, value, at, mode) {
                    Ok(()) => return Ok(()),
                    Err(failure) => {
                        first.get_or_insert(failure);
                    }
                }
            }
            Err(first.unwrap_or_else(|| (at.to_string(), Problem::WrongType("a valid value"))))
        }
    }
}
