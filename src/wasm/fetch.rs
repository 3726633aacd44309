//! Webhook and OAuth calls through the global `fetch` (browsers, workers, Node 18+).

use super::{js_error_message, object};
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
}

pub(crate) struct FetchTransport {
    endpoint: Endpoint,
    headers: JsValue,
}

impl FetchTransport {
    pub(crate) fn new(endpoint: Endpoint) -> Self {
        let headers = object(&[("Content-Type", &JsValue::from_str("application/json"))]);
        FetchTransport {
            endpoint,
            headers: headers.into(),
        }
    }
}

fn network(e: JsValue) -> TransportError {
    TransportError {
        message: js_error_message(&e),
    }
}

impl Transport for FetchTransport {
    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        let init = object(&[
            ("method", &JsValue::from_str("POST")),
            ("headers", &self.headers),
            ("body", &JsValue::from_str(call.body)),
        ]);
        let url = self.endpoint.url_for(call.method);
        let promise = global_fetch(&url, &init).map_err(network)?;
        let response: Response = JsFuture::from(promise)
            .await
            .map_err(network)?
            .unchecked_into();
        let status = response.status();
        let text = JsFuture::from(response.text().map_err(network)?)
            .await
            .map_err(network)?;
        Ok(Reply {
            status,
            body: text.as_string().unwrap_or_default(),
        })
    }
}
