//! Webhook and OAuth calls through the global `fetch` (browsers, workers, Node 18+).

use super::{get, js_error_message, object};
use crate::transport::{Call, Endpoint, Reply, Transport, TransportError};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, not `window.fetch`: Node and workers have no `window`.
    #[wasm_bindgen(js_name = fetch, catch)]
    fn global_fetch(url: &str, init: &JsValue) -> Result<Promise, JsValue>;

    type Response;
    #[wasm_bindgen(method, getter)]
    fn status(this: &Response) -> u16;
    #[wasm_bindgen(method, catch)]
    fn text(this: &Response) -> Result<Promise, JsValue>;

    /// `AbortSignal.timeout(ms)`: ends a request that takes too long.
    #[wasm_bindgen(js_namespace = AbortSignal, js_name = timeout, catch)]
    fn abort_after(ms: f64) -> Result<JsValue, JsValue>;
}

pub(crate) struct FetchTransport {
    endpoint: Endpoint,
    headers: JsValue,
    timeout_ms: Option<f64>,
    /// A `fetch`-like function given in the options (the Node entry passes one over
    /// `node:http`, which answers faster than Node's `fetch`); the global `fetch` otherwise.
    fetch: Option<js_sys::Function>,
}

impl FetchTransport {
    pub(crate) fn new(
        endpoint: Endpoint,
        timeout_ms: Option<f64>,
        fetch: Option<js_sys::Function>,
    ) -> Self {
        let headers = object(&[("Content-Type", &JsValue::from_str("application/json"))]);
        FetchTransport {
            endpoint,
            headers: headers.into(),
            timeout_ms,
            fetch,
        }
    }
}

/// Node names the failures that happen before anything is sent; browsers do not, so there a
/// failed fetch may have reached the portal.
fn surely_not_sent(e: &JsValue) -> bool {
    let code = get(&get(e, "cause"), "code")
        .as_string()
        .unwrap_or_default();
    matches!(
        code.as_str(),
        "ECONNREFUSED" | "ENOTFOUND" | "EAI_AGAIN" | "UND_ERR_CONNECT_TIMEOUT" | "ERR_INVALID_URL"
    )
}

fn lost(e: JsValue) -> TransportError {
    TransportError {
        message: js_error_message(&e),
        maybe_sent: !surely_not_sent(&e),
    }
}

impl Transport for FetchTransport {
    fn portal(&self) -> String {
        self.endpoint.origin()
    }

    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        let init = object(&[
            ("method", &JsValue::from_str("POST")),
            ("headers", &self.headers),
            ("body", &JsValue::from_str(call.body)),
        ]);
        if let Some(signal) = self.timeout_ms.and_then(|ms| abort_after(ms).ok()) {
            let _ = js_sys::Reflect::set(&init, &"signal".into(), &signal);
        }
        let url = self.endpoint.url_for(call.method);
        // fetch throws synchronously only for requests it will not make at all.
        let promise = match &self.fetch {
            Some(fetch) => fetch
                .call2(&JsValue::UNDEFINED, &JsValue::from_str(&url), &init)
                .map(|p| Promise::resolve(&p)),
            None => global_fetch(&url, &init),
        }
        .map_err(|e| TransportError {
            message: js_error_message(&e),
            maybe_sent: false,
        })?;
        let response: Response = JsFuture::from(promise)
            .await
            .map_err(lost)?
            .unchecked_into();
        let status = response.status();
        let text = JsFuture::from(response.text().map_err(lost)?)
            .await
            .map_err(lost)?;
        Ok(Reply {
            status,
            body: text.as_string().unwrap_or_default(),
        })
    }
}
