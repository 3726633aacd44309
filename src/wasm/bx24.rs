//! Calls through `BX24.callMethod` inside a Bitrix24 placement iframe. The host page does the
//! HTTP; its `ajaxResult` (`answer` and `status`) goes through the same decoder as fetch replies.

use super::{get, js_error_message};
use crate::error::Error;
use crate::transport::{Call, Reply, Transport, TransportError};
use js_sys::{Function, Promise, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

pub(crate) struct Bx24Transport {
    bx24: JsValue,
    call_method: Function,
}

impl Bx24Transport {
    /// Takes the given `BX24` object, or `globalThis.BX24` when none is given.
    pub(crate) fn new(bx24: JsValue) -> Result<Self, Error> {
        let bx24 = if bx24.is_undefined() || bx24.is_null() {
            get(&js_sys::global(), "BX24")
        } else {
            bx24
        };
        let call_method = get(&bx24, "callMethod")
            .dyn_into::<Function>()
            .map_err(|_| Error::InvalidConfig {
                message: "BX24.callMethod is not available: load the BX24 library (api.bitrix24.com/api/v1/) in the placement page, or pass a BX24 object".into(),
            })?;
        Ok(Bx24Transport { bx24, call_method })
    }
}

/// BX24.js does not say whether a failed request reached the portal.
fn failed(message: String) -> TransportError {
    TransportError {
        message,
        maybe_sent: true,
    }
}

impl Transport for Bx24Transport {
    /// The host page's portal (`BX24.getDomain()`), whose limits every placement shares.
    fn portal(&self) -> String {
        let domain = get(&self.bx24, "getDomain")
            .dyn_into::<Function>()
            .ok()
            .and_then(|f| f.call0(&self.bx24).ok())
            .and_then(|d| d.as_string());
        format!("bx24://{}", domain.unwrap_or_default().to_ascii_lowercase())
    }

    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        let params = JSON::parse(call.body).map_err(|e| TransportError {
            message: js_error_message(&e),
            maybe_sent: false,
        })?;
        let (bx24, call_method, method) = (&self.bx24, &self.call_method, call.method);
        // BX24 answers through a callback; a Promise turns it into something to await.
        let mut outcome: Result<(), JsValue> = Ok(());
        let promise = Promise::new(&mut |resolve, _reject| {
            let callback = Closure::once_into_js(move |ajax_result: JsValue| {
                let _ = resolve.call1(&JsValue::UNDEFINED, &ajax_result);
            });
            outcome = call_method
                .call3(bx24, &JsValue::from_str(method), &params, &callback)
                .map(|_| ());
        });
        outcome.map_err(|e| TransportError {
            message: js_error_message(&e),
            maybe_sent: false,
        })?;
        let ajax_result = JsFuture::from(promise)
            .await
            .map_err(|e| failed(js_error_message(&e)))?;
        let answer = get(&ajax_result, "answer");
        let status = get(&ajax_result, "status").as_f64().unwrap_or(0.0) as u16;
        if status == 0 && (answer.is_undefined() || answer.is_null()) {
            return Err(failed("BX24 got no answer from the portal".into()));
        }
        // A raw text answer (a proxy's page) is kept as text; parsed JSON is re-serialized.
        let body = match answer.as_string() {
            Some(text) => text,
            None if answer.is_undefined() || answer.is_null() => String::new(),
            None => JSON::stringify(&answer)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default(),
        };
        Ok(Reply {
            status: if status == 0 { 200 } else { status },
            body,
        })
    }
}
