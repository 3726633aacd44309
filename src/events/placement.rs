//! The handler side of a placement: the POST the portal sends when a user opens an app's page
//! in a placement (`IM_TEXTAREA`, `SETTING_CONNECTOR`, ...), read with the event machinery
//! (the bounded form and JSON readers of `form.rs`) into one typed request.
//!
//! The portal posts a form to the handler URL: `DOMAIN`, `PROTOCOL`, `LANG` and `APP_SID` in
//! the URL's query string, the rest in the body (`AUTH_ID`, `AUTH_EXPIRES`, `REFRESH_ID`,
//! `member_id`, `status`, `PLACEMENT`, `PLACEMENT_OPTIONS` as a JSON string; newer portals add
//! `SERVER_ENDPOINT`, `APPLICATION_TOKEN`, `APPLICATION_SCOPE`, which older ones do not send:
//! the rest module's app.layout template posts only the first seven). A key in both the query
//! and the body is refused, as a key given twice in a body is.
//!
//! `PLACEMENT` must be a code of the placements table, and `PLACEMENT_OPTIONS` is read as that
//! code's type (`crate::placements`): flags become booleans, keys the table does not know are
//! kept as they came, a required key that is missing is refused naming it. `auth` (`endpoint`,
//! `accessToken`) spreads into `Client.oauth`.

use super::form::{read_body_keys, read_json_limited, tree_problem};
use super::parse::read_as;
use super::{BodyProblem, EventError, FieldProblem, Unverified};
use crate::placements;
use crate::prelude::*;
use serde_json::{Map, Value};

/// The body's and the query's keys this reader turns into the typed request (a form's other
/// keys are skipped unread).
const KEYS: &[&str] = &[
    "DOMAIN",
    "PROTOCOL",
    "LANG",
    "APP_SID",
    AUTH_ID,
    "AUTH_EXPIRES",
    "REFRESH_ID",
    "SERVER_ENDPOINT",
    "APPLICATION_TOKEN",
    "APPLICATION_SCOPE",
    MEMBER_ID,
    "status",
    "PLACEMENT",
    "PLACEMENT_OPTIONS",
];
const AUTH_ID: &str = "AUTH_ID";
const MEMBER_ID: &str = "member_id";

/// Reads a placement POST (`body` as form or JSON, `query` the handler URL's query string
/// without `?`) into the typed request's JSON text.
pub fn parse_placement(
    body: &str,
    content_type: Option<&str>,
    query: Option<&str>,
) -> Result<Value, EventError> {
    let mut fields = match read_body_keys(body, content_type, KEYS)? {
        Value::Object(map) => map,
        _ => return Err(EventError::Body(BodyProblem::NotAnObject)),
    };
    if let Some(query) = query.filter(|q| !q.trim().is_empty()) {
        let Value::Object(extra) =
            read_body_keys(query, Some("application/x-www-form-urlencoded"), KEYS)?
        else {
            return Err(EventError::Body(BodyProblem::NotAnObject));
        };
        for (key, value) in extra {
            if fields.contains_key(&key) {
                return Err(EventError::Body(BodyProblem::DuplicateKey));
            }
            fields.insert(key, value);
        }
    }
    // The whole tree (a JSON body may nest): no prototype keys, no unsafe integers, bounded.
    if let Some(problem) = fields
        .values()
        .find_map(|v| tree_problem(v, super::MAX_DEPTH))
    {
        return Err(EventError::Body(problem));
    }
    typed(&fields)
}

fn field_error(field: &str, problem: FieldProblem) -> EventError {
    EventError::Field {
        field: field.into(),
        problem,
    }
}

/// A text field: absent or `""` is `None`; anything but a string is refused.
fn text<'a>(fields: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, EventError> {
    match fields.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(field_error(key, FieldProblem::Type("a string"))),
    }
}

fn required<'a>(fields: &'a Map<String, Value>, key: &str) -> Result<&'a str, EventError> {
    text(fields, key)?.ok_or_else(|| field_error(key, FieldProblem::Missing))
}

/// A portal's host as `DOMAIN` names it: letters, digits, `.` and `-`, an optional port. The
/// endpoint built from it must not be bent into another URL (`evil/x?`, `a@b`).
fn is_host(domain: &str) -> bool {
    let (host, port) = match domain.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (domain, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !host.starts_with(['.', '-']);
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    host_ok && port_ok
}

fn typed(fields: &Map<String, Value>) -> Result<Value, EventError> {
    let code = required(fields, "PLACEMENT")?;
    let Some(entry) = placements::find(code) else {
        return Err(field_error(
            "PLACEMENT",
            FieldProblem::Type("a placement code of the table"),
        ));
    };
    let member_id =
        text(fields, MEMBER_ID)?.ok_or(EventError::Unverified(Unverified::NoMemberId))?;
    let domain = required(fields, "DOMAIN")?;
    if !is_host(domain) {
        return Err(field_error("DOMAIN", FieldProblem::Type("a host name")));
    }
    let scheme = match text(fields, "PROTOCOL")? {
        None | Some("1") => "https",
        Some("0") => "http",
        Some(_) => return Err(field_error("PROTOCOL", FieldProblem::Type("0 or 1"))),
    };
    let access_token = required(fields, AUTH_ID)?;
    let options = options(fields, entry)?;

    let mut auth = Map::new();
    auth.insert(
        "endpoint".into(),
        Value::String([scheme, "://", domain, "/rest/"].concat()),
    );
    auth.insert("accessToken".into(), Value::String(access_token.into()));

    let mut out = Map::new();
    out.insert("placement".into(), Value::String(entry.code.into()));
    out.insert("options".into(), options);
    out.insert("memberId".into(), Value::String(member_id.into()));
    out.insert("domain".into(), Value::String(domain.into()));
    out.insert("auth".into(), Value::Object(auth));
    if let Some(expires) = fields.get("AUTH_EXPIRES").filter(|v| !is_blank(v)) {
        let seconds = read_as(&crate::schema::INT, expires, "AUTH_EXPIRES")?;
        out.insert("authExpires".into(), seconds);
    }
    // Beside `auth`, not in it: `Client.oauth` takes a refresh token only with the app's
    // client ID and secret (`{ ...auth, refreshToken, clientId, clientSecret, onTokens }`), and
    // `{ ...auth, refresh }` otherwise.
    for (key, name) in [
        ("REFRESH_ID", "refreshToken"),
        ("LANG", "lang"),
        ("APP_SID", "appSid"),
        ("status", "status"),
        ("SERVER_ENDPOINT", "serverEndpoint"),
        ("APPLICATION_TOKEN", "applicationToken"),
    ] {
        if let Some(value) = text(fields, key)? {
            out.insert(name.into(), Value::String(value.into()));
        }
    }
    if let Some(scope) = text(fields, "APPLICATION_SCOPE")? {
        let list = scope
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Value::String(s.into()))
            .collect();
        out.insert("scope".into(), Value::Array(list));
    }
    Ok(Value::Object(out))
}

fn is_blank(value: &Value) -> bool {
    value.is_null() || value.as_str() == Some("")
}

/// `PLACEMENT_OPTIONS`: a JSON string (absent, `""` or PHP's empty `[]` read as `{}`), as the
/// placement's type. A body that sent it as an object (a JSON POST) is read alike.
fn options(
    fields: &Map<String, Value>,
    entry: &placements::Placement,
) -> Result<Value, EventError> {
    const KEY: &str = "PLACEMENT_OPTIONS";
    let decoded = match fields.get(KEY) {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(Value::String(s)) if s.trim().is_empty() || s.trim() == "[]" => {
            Value::Object(Map::new())
        }
        Some(Value::String(s)) => read_json_limited(s).map_err(|e| match e {
            // Unreadable JSON names the field; a repeated or forbidden key, a too deep or
            // unsafe value keep their own kind.
            EventError::Body(
                BodyProblem::NotJson | BodyProblem::Truncated | BodyProblem::NotAnObject,
            ) => field_error(KEY, FieldProblem::Type("a JSON object")),
            other => other,
        })?,
        Some(object @ Value::Object(_)) => object.clone(),
        Some(_) => return Err(field_error(KEY, FieldProblem::Type("a JSON object"))),
    };
    if let Some(problem) = tree_problem(&decoded, super::MAX_DEPTH) {
        return Err(EventError::Body(problem));
    }
    read_as(&entry.options.ty, &decoded, KEY)
}

#[cfg(test)]
mod tests;
