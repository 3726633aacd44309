//! The JS skin: converts types and awaits JS promises; all logic lives in the plain-Rust core.
//!
//! Params cross the boundary as JSON text (the JS side runs `JSON.stringify`) and replies go
//! back as the body text, which JS parses once. Errors are rejected as plain objects
//! (`ErrorData`); the package's JS entry turns them into `B24Error` instances.

mod bx24;
mod fetch;

use crate::client::{Client, RefreshFuture};
use crate::error::Error;
use crate::transport::{Call, Endpoint, Reply, Transport, TransportError};
use js_sys::{Function, Object, Promise, Reflect};
use serde::Serialize;
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

/// The transports a JS client can use.
pub(crate) enum JsTransport {
    Fetch(fetch::FetchTransport),
    Bx24(bx24::Bx24Transport),
}

impl Transport for JsTransport {
    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        match self {
            JsTransport::Fetch(t) => t.send(call).await,
            JsTransport::Bx24(t) => t.send(call).await,
        }
    }
}

/// The wasm side of `Client`; the package's JS `Client` class wraps it.
#[wasm_bindgen]
pub struct WasmClient {
    inner: Rc<Client<JsTransport>>,
}

fn config_error(e: Error) -> JsValue {
    error_to_js(&e)
}

/// Turns the user's `refresh()` (returning a token string, or `{ accessToken }` /
/// `{ access_token }`, or a Promise of either) into the core's refresh future.
fn js_refresh(refresh: Function) -> impl Fn() -> RefreshFuture {
    move || {
        let refresh = refresh.clone();
        Box::pin(async move {
            let returned = refresh
                .call0(&JsValue::UNDEFINED)
                .map_err(|e| js_error_message(&e))?;
            let value = JsFuture::from(Promise::resolve(&returned))
                .await
                .map_err(|e| js_error_message(&e))?;
            value
                .as_string()
                .or_else(|| get(&value, "accessToken").as_string())
                .or_else(|| get(&value, "access_token").as_string())
                .filter(|t| !t.is_empty())
                .ok_or_else(|| "refresh() gave no access token".to_string())
        })
    }
}

#[wasm_bindgen]
impl WasmClient {
    /// A client for an incoming webhook URL (`https://<portal>/rest/<user>/<secret>/`).
    pub fn webhook(url: &str) -> Result<WasmClient, JsValue> {
        let endpoint = Endpoint::webhook(url).map_err(config_error)?;
        let transport = JsTransport::Fetch(fetch::FetchTransport::new(endpoint));
        Ok(WasmClient {
            inner: Rc::new(Client::new(transport)),
        })
    }

    /// A client for an OAuth app: `endpoint` is the portal's REST URL (`client_endpoint`).
    pub fn oauth(
        endpoint: &str,
        access_token: String,
        refresh: Function,
    ) -> Result<WasmClient, JsValue> {
        let endpoint = Endpoint::oauth(endpoint).map_err(config_error)?;
        if access_token.is_empty() {
            return Err(config_error(Error::InvalidConfig {
                message: "accessToken is empty".into(),
            }));
        }
        let transport = JsTransport::Fetch(fetch::FetchTransport::new(endpoint));
        Ok(WasmClient {
            inner: Rc::new(Client::with_oauth(
                transport,
                access_token,
                js_refresh(refresh),
            )),
        })
    }

    /// A client over `BX24.callMethod`, inside a Bitrix24 placement iframe.
    pub fn bx24(bx24: JsValue) -> Result<WasmClient, JsValue> {
        let transport = bx24::Bx24Transport::new(bx24).map_err(config_error)?;
        Ok(WasmClient {
            inner: Rc::new(Client::new(JsTransport::Bx24(transport))),
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
