//! The JS skin: converts types and awaits JS promises; all logic lives in the plain-Rust core.
//!
//! Params cross the boundary as JSON text (the JS side runs `JSON.stringify`) and replies go
//! back as the body text, which JS parses once. Errors are rejected as plain objects
//! (`ErrorData`); the package's JS entry turns them into `B24Error` instances.

mod bx24;
mod events;
mod fetch;

use crate::batch::{Command, Outcome};
use crate::client::{Client, Clock, Options, RefreshFuture};
use crate::error::Error;
use crate::limits::Plan;
use crate::list::{ListOptions, Lister};
use crate::transport::{Call, Endpoint, Reply, Transport, TransportError};
use futures_util::future::LocalBoxFuture;
use js_sys::{Function, Object, Promise, Reflect};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use tsify::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// The fields of a `B24Error`, as the wasm module rejects them.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErrorData {
    /// `INVALID_PARAM`, `BAD_REPLY`, `NETWORK`, `REFRESH_FAILED`, `INVALID_CONFIG`, or the
    /// portal's own code (`ACCESS_DENIED`, `expired_token`, ...).
    pub code: String,
    pub message: String,
    pub description: String,
    #[tsify(optional)]
    pub status: Option<u16>,
    #[tsify(optional)]
    pub method: Option<String>,
    /// The refused param's wire name, dotted for nested fields (`PARAMS.QUEUE.0.ENTITY_TYPE`).
    #[tsify(optional)]
    pub field: Option<String>,
    /// What was wrong with a `BAD_REPLY`: `html`, `empty`, `truncated`, `not_json`, `no_result`.
    #[tsify(optional)]
    pub kind: Option<&'static str>,
}

impl From<&Error> for ErrorData {
    fn from(e: &Error) -> Self {
        ErrorData {
            code: e.code().to_string(),
            message: e.to_string(),
            description: e.description(),
            status: e.status(),
            method: e.method().map(str::to_string),
            field: e.field().map(str::to_string),
            kind: match e {
                Error::BadReply { kind, .. } => Some(kind.as_str()),
                _ => None,
            },
        }
    }
}

/// The error as a plain JS object with the fields of `ErrorData` (set one by one, so the
/// .wasm needs no serializer).
fn error_to_js(e: &Error) -> JsValue {
    let data = ErrorData::from(e);
    let text = |s: &str| JsValue::from_str(s);
    let mut fields = vec![
        ("code", text(&data.code)),
        ("message", text(&data.message)),
        ("description", text(&data.description)),
    ];
    if let Some(status) = data.status {
        fields.push(("status", JsValue::from(status)));
    }
    for (key, value) in [
        ("method", data.method.as_deref()),
        ("field", data.field.as_deref()),
        ("kind", data.kind),
    ] {
        if let Some(value) = value {
            fields.push((key, text(value)));
        }
    }
    let refs: Vec<(&str, &JsValue)> = fields.iter().map(|(k, v)| (*k, v)).collect();
    object(&refs).into()
}

/// Reads a property without throwing when it is missing.
pub(crate) fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A JS error's message, for `NETWORK` errors. Node adds the cause's code (ECONNREFUSED...).
pub(crate) fn js_error_message(e: &JsValue) -> String {
    let message = get(e, "message")
        .as_string()
        .unwrap_or_else(|| "request failed".into());
    match get(&get(e, "cause"), "code").as_string() {
        Some(code) => format!("{message} ({code})"),
        None => message,
    }
}

use fetch::FetchTransport;

/// The transports a JS client can use.
pub(crate) enum JsTransport {
    Fetch(FetchTransport),
    Bx24(bx24::Bx24Transport),
}

impl Transport for JsTransport {
    fn portal(&self) -> String {
        match self {
            JsTransport::Fetch(t) => t.portal(),
            JsTransport::Bx24(t) => t.portal(),
        }
    }

    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        match self {
            JsTransport::Fetch(t) => t.send(call).await,
            JsTransport::Bx24(t) => t.send(call).await,
        }
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: f64) -> JsValue;
}

/// `Date.now()` and `setTimeout`: present in browsers, workers and Node.
struct JsClock;

impl Clock for JsClock {
    fn now_ms(&self) -> f64 {
        date_now()
    }

    fn sleep(&self, ms: f64) -> LocalBoxFuture<'static, ()> {
        let promise = Promise::new(&mut |resolve, _| {
            set_timeout(&resolve, ms.max(0.0));
        });
        Box::pin(async move {
            let _ = JsFuture::from(promise).await;
        })
    }
}

/// The options JS passes: `{ plan, operatingLimit, timeoutMs, fetch }`.
struct JsOptions {
    options: Options,
    timeout_ms: Option<f64>,
    fetch: Option<Function>,
}

fn read_options(value: &JsValue) -> Result<JsOptions, Error> {
    let bad = |message: &str| Error::InvalidConfig {
        message: message.to_string(),
    };
    let mut options = Options::default();
    let plan = get(value, "plan");
    options.plan = match plan.as_string().as_deref() {
        _ if plan.is_undefined() || plan.is_null() => Some(Plan::STANDARD),
        Some("standard") => Some(Plan::STANDARD),
        Some("enterprise") => Some(Plan::ENTERPRISE),
        Some(_) => {
            return Err(bad(
                "plan must be 'standard', 'enterprise', { size, drain } or false",
            ))
        }
        None if plan.as_bool() == Some(false) => None,
        None => {
            let (size, drain) = (get(&plan, "size").as_f64(), get(&plan, "drain").as_f64());
            match (size, drain) {
                (Some(size), Some(drain)) if size >= 2.0 && drain > 0.0 => {
                    Some(Plan { size, drain })
                }
                _ => return Err(bad("plan.size must be at least 2 and plan.drain above 0")),
            }
        }
    };
    if let Some(limit) = get(value, "operatingLimit").as_f64() {
        options.operating_limit = limit;
    }
    let timeout_ms = get(value, "timeoutMs").as_f64().filter(|ms| *ms > 0.0);
    let fetch = get(value, "fetch");
    let fetch = if fetch.is_undefined() || fetch.is_null() {
        None
    } else {
        Some(
            fetch
                .dyn_into::<Function>()
                .map_err(|_| bad("fetch must be a function"))?,
        )
    };
    Ok(JsOptions {
        options,
        timeout_ms,
        fetch,
    })
}

/// The wasm side of `Client`; the package's JS `Client` class wraps it.
#[wasm_bindgen]
pub struct WasmClient {
    inner: Rc<Client<JsTransport>>,
}

fn config_error(e: Error) -> JsValue {
    error_to_js(&e)
}

/// What went wrong in the user's `refresh()`: the error's name only, since its message is the
/// app's text and may hold a token.
fn refresh_failure(e: &JsValue) -> String {
    let name = get(e, "name")
        .as_string()
        .unwrap_or_else(|| "an error".into());
    format!("refresh() threw {name}")
}

/// Turns the user's `refresh()` (returning a token string, or `{ accessToken }` /
/// `{ access_token }`, or a Promise of either) into the core's refresh future.
fn js_refresh(refresh: Function) -> impl Fn() -> RefreshFuture {
    move || {
        let refresh = refresh.clone();
        Box::pin(async move {
            let returned = refresh
                .call0(&JsValue::UNDEFINED)
                .map_err(|e| refresh_failure(&e))?;
            let value = JsFuture::from(Promise::resolve(&returned))
                .await
                .map_err(|e| refresh_failure(&e))?;
            value
                .as_string()
                .or_else(|| get(&value, "accessToken").as_string())
                .or_else(|| get(&value, "access_token").as_string())
                .filter(|t| !t.is_empty())
                .ok_or_else(|| "refresh() gave no access token".to_string())
        })
    }
}

/// One outcome of a batch command, as JSON for the JS side.
fn outcome_json(outcome: &Outcome) -> serde_json::Value {
    let mut row = serde_json::Map::new();
    row.insert("key".into(), outcome.key.clone().into());
    match &outcome.result {
        Ok(value) => {
            row.insert("result".into(), value.clone());
        }
        Err(e) => {
            let data = ErrorData::from(e);
            let mut error = serde_json::Map::new();
            error.insert("code".into(), data.code.into());
            error.insert("message".into(), data.message.into());
            error.insert("description".into(), data.description.into());
            if let Some(status) = data.status {
                error.insert("status".into(), status.into());
            }
            for (key, value) in [
                ("method", data.method),
                ("field", data.field),
                ("kind", data.kind.map(str::to_string)),
            ] {
                if let Some(value) = value {
                    error.insert(key.into(), value.into());
                }
            }
            row.insert("error".into(), serde_json::Value::Object(error));
        }
    }
    if let Some(total) = outcome.total {
        row.insert("total".into(), total.into());
    }
    if let Some(next) = outcome.next {
        row.insert("next".into(), next.into());
    }
    serde_json::Value::Object(row)
}

#[wasm_bindgen]
impl WasmClient {
    /// A client for an incoming webhook URL (`https://<portal>/rest/<user>/<secret>/`).
    pub fn webhook(url: &str, options: JsValue) -> Result<WasmClient, JsValue> {
        let JsOptions {
            options,
            timeout_ms,
            fetch,
        } = read_options(&options).map_err(config_error)?;
        let endpoint = Endpoint::webhook(url).map_err(config_error)?;
        let transport = JsTransport::Fetch(FetchTransport::new(endpoint, timeout_ms, fetch));
        Ok(WasmClient {
            inner: Rc::new(Client::new(transport, Rc::new(JsClock), options)),
        })
    }

    /// A client for an OAuth app: `endpoint` is the portal's REST URL (`client_endpoint`).
    pub fn oauth(
        endpoint: &str,
        access_token: String,
        refresh: Function,
        options: JsValue,
    ) -> Result<WasmClient, JsValue> {
        let JsOptions {
            options,
            timeout_ms,
            fetch,
        } = read_options(&options).map_err(config_error)?;
        let endpoint = Endpoint::oauth(endpoint).map_err(config_error)?;
        if access_token.is_empty() {
            return Err(config_error(Error::InvalidConfig {
                message: "accessToken is empty".into(),
            }));
        }
        let transport = JsTransport::Fetch(FetchTransport::new(endpoint, timeout_ms, fetch));
        Ok(WasmClient {
            inner: Rc::new(Client::with_oauth(
                transport,
                Rc::new(JsClock),
                options,
                access_token,
                js_refresh(refresh),
            )),
        })
    }

    /// A client over `BX24.callMethod`, inside a Bitrix24 placement iframe.
    pub fn bx24(bx24: JsValue, options: JsValue) -> Result<WasmClient, JsValue> {
        let JsOptions { options, .. } = read_options(&options).map_err(config_error)?;
        let transport = bx24::Bx24Transport::new(bx24).map_err(config_error)?;
        Ok(WasmClient {
            inner: Rc::new(Client::new(
                JsTransport::Bx24(transport),
                Rc::new(JsClock),
                options,
            )),
        })
    }

    /// Validates and sends; resolves to the reply's body text, rejects with `ErrorData`.
    pub fn call(&self, method: String, params_json: String) -> Promise {
        let client = Rc::clone(&self.inner);
        future_to_promise(async move {
            match client.call_json(&method, &params_json).await {
                Ok(success) => Ok(JsValue::from_str(&success.body)),
                Err(e) => Err(error_to_js(&e)),
            }
        })
    }

    /// Validates params without sending anything; throws `ErrorData` when they are refused.
    pub fn check(&self, method: &str, params_json: &str) -> Result<(), JsValue> {
        self.inner
            .prepare(method, params_json)
            .map(|_| ())
            .map_err(|e| error_to_js(&e))
    }

    /// Runs `[[key, method, params], ...]` (JSON) as batches; resolves to the JSON of one
    /// `{ key, result | error, total?, next? }` per command, in order.
    pub fn batch(&self, commands_json: String, halt: bool) -> Promise {
        let client = Rc::clone(&self.inner);
        future_to_promise(async move {
            let commands = parse_commands(&commands_json).map_err(|e| error_to_js(&e))?;
            let outcomes = client
                .batch(commands, halt)
                .await
                .map_err(|e| error_to_js(&e))?;
            let rows: Vec<serde_json::Value> = outcomes.iter().map(outcome_json).collect();
            Ok(JsValue::from_str(
                &serde_json::Value::Array(rows).to_string(),
            ))
        })
    }

    /// Starts reading a list method; `options_json` is `{ idField, rowsAt, limit }`.
    pub fn list(
        &self,
        method: &str,
        params_json: &str,
        options_json: &str,
    ) -> Result<WasmList, JsValue> {
        let params: serde_json::Value = serde_json::from_str(if params_json.is_empty() {
            "{}"
        } else {
            params_json
        })
        .unwrap_or(serde_json::Value::Null);
        let options: serde_json::Value = serde_json::from_str(options_json).unwrap_or_default();
        let text = |key: &str| {
            options
                .get(key)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let options = ListOptions {
            id_field: text("idField"),
            rows_at: text("rowsAt"),
            limit: options.get("limit").and_then(serde_json::Value::as_u64),
        };
        let lister = Lister::new(method, params, options).map_err(|e| error_to_js(&e))?;
        Ok(WasmList {
            client: Rc::clone(&self.inner),
            lister: Rc::new(RefCell::new(Some(lister))),
        })
    }

    /// Requests, retries, refusals and time waited for the limits, so far.
    pub fn stats(&self) -> JsValue {
        let stats = self.inner.stats();
        object(&[
            ("requests", &JsValue::from(stats.requests as f64)),
            ("retries", &JsValue::from(stats.retries as f64)),
            ("refusals", &JsValue::from(stats.refusals as f64)),
            ("waitedMs", &JsValue::from(stats.waited_ms)),
        ])
        .into()
    }
}

/// `[[key, method, params], ...]` into batch commands.
fn parse_commands(json: &str) -> Result<Vec<Command>, Error> {
    let bad = || Error::InvalidParam {
        method: "batch".into(),
        field: "cmd".into(),
        problem: crate::error::Problem::NotAnObject,
    };
    // Parsed as a plain Value: a typed Vec would pull serde's error formatting into the .wasm.
    let serde_json::Value::Array(rows) = serde_json::from_str(json).map_err(|_| bad())? else {
        return Err(bad());
    };
    rows.into_iter()
        .map(|row| match row {
            serde_json::Value::Array(parts) => {
                let mut parts = parts.into_iter();
                let (key, method, params) = (parts.next(), parts.next(), parts.next());
                match (key, method) {
                    (
                        Some(serde_json::Value::String(key)),
                        Some(serde_json::Value::String(method)),
                    ) => Ok(Command {
                        key,
                        method,
                        params: params
                            .filter(|p| !p.is_null())
                            .unwrap_or_else(|| serde_json::json!({})),
                    }),
                    _ => Err(bad()),
                }
            }
            _ => Err(bad()),
        })
        .collect()
}

/// A list being read from JS: `next()` resolves to `{ rows, total }` JSON, or `null` at the end.
#[wasm_bindgen]
pub struct WasmList {
    client: Rc<Client<JsTransport>>,
    /// Taken out while a fetch runs, so no borrow is held across an await.
    lister: Rc<RefCell<Option<Lister>>>,
}

#[wasm_bindgen]
impl WasmList {
    pub fn next(&self) -> Promise {
        let (client, slot) = (Rc::clone(&self.client), Rc::clone(&self.lister));
        future_to_promise(async move {
            let Some(mut lister) = slot.borrow_mut().take() else {
                return Err(error_to_js(&Error::InvalidConfig {
                    message: "the previous next() of this list has not finished".into(),
                }));
            };
            let outcome = lister.next(&client).await;
            let total = lister.total();
            *slot.borrow_mut() = Some(lister);
            match outcome {
                Ok(Some(page)) => {
                    let mut row = serde_json::Map::new();
                    row.insert("rows".into(), serde_json::Value::Array(page.rows));
                    if let Some(total) = total {
                        row.insert("total".into(), total.into());
                    }
                    Ok(JsValue::from_str(
                        &serde_json::Value::Object(row).to_string(),
                    ))
                }
                Ok(None) => Ok(JsValue::NULL),
                Err(e) => Err(error_to_js(&e)),
            }
        })
    }
}

/// The method table as compact JSON text (see `table_codec`); JS `methods()` expands it.
#[wasm_bindgen(js_name = methodsJson)]
pub fn methods_json() -> String {
    crate::methods::COMPACT.to_string()
}

/// Builds `{ key: value, ... }` for fetch's init and headers.
pub(crate) fn object(entries: &[(&str, &JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in entries {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}
