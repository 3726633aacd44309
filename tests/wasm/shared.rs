//! Test bodies shared by `wasm_node.rs` (Node) and `wasm_web.rs` (headless Chromium): the
//! wasm skin against the stand-in, whose URL is baked in at compile time by `scripts/test.sh`.

use b24_wasm::wasm::{methods_json, WasmClient};
use js_sys::{Function, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

const STANDIN: &str = match option_env!("B24_STANDIN_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:9",
};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn fetch_with_init(url: &str, init: &JsValue) -> Promise;
}

fn prop(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

/// Calls the stand-in's control API and returns its JSON answer.
async fn control(method: &str, path: &str, body: &str) -> JsValue {
    let init = JSON::parse(&format!(
        r#"{{"method":"{method}"{}}}"#,
        if method == "POST" {
            format!(
                r#","body":{}"#,
                JSON::stringify(&body.into()).unwrap().as_string().unwrap()
            )
        } else {
            String::new()
        }
    ))
    .unwrap();
    let response = JsFuture::from(fetch_with_init(
        &format!("{STANDIN}/_standin/{path}"),
        &init,
    ))
    .await
    .unwrap();
    let text = JsFuture::from(
        prop(&response, "text")
            .dyn_into::<Function>()
            .unwrap()
            .call0(&response)
            .unwrap()
            .dyn_into::<Promise>()
            .unwrap(),
    )
    .await
    .unwrap();
    let text = text.as_string().unwrap();
    if text.is_empty() {
        JsValue::NULL
    } else {
        JSON::parse(&text).unwrap()
    }
}

async fn requests() -> js_sys::Array {
    control("GET", "requests", "").await.dyn_into().unwrap()
}

async fn reset() {
    control("POST", "reset", "").await;
}

fn webhook() -> WasmClient {
    WasmClient::webhook(
        &format!("{STANDIN}/rest/1/standin-secret/"),
        JsValue::UNDEFINED,
    )
    .map_err(|e| JSON::stringify(&e).unwrap())
    .unwrap()
}

async fn call(client: &WasmClient, method: &str, params: &str) -> Result<JsValue, JsValue> {
    JsFuture::from(client.call(method.into(), params.into())).await
}

#[wasm_bindgen_test]
async fn webhook_call_reaches_the_portal_and_resolves_to_the_reply() {
    reset().await;
    let body = call(
        &webhook(),
        "im.notify.answer",
        r#"{"NOTIFY_ID":270,"ANSWER_TEXT":"yes"}"#,
    )
    .await
    .unwrap();
    let reply = JSON::parse(&body.as_string().unwrap()).unwrap();
    let messages = prop(&prop(&reply, "result"), "result_message");
    assert!(js_sys::Array::is_array(&messages));
    let recorded = requests().await;
    assert_eq!(recorded.length(), 1);
    let first = recorded.get(0);
    assert_eq!(
        prop(&first, "method").as_string().as_deref(),
        Some("im.notify.answer")
    );
    assert_eq!(
        prop(&prop(&first, "params"), "NOTIFY_ID").as_f64(),
        Some(270.0)
    );
}

#[wasm_bindgen_test]
async fn validation_rejects_with_a_typed_error_and_sends_nothing() {
    reset().await;
    let params = r#"{"PARAMS":{"QUEUE":[{"ENTITY_TYPE":"user","ENTITY_ID":1},{"ENTITY_TYPE":"group","ENTITY_ID":2}]}}"#;
    let e = call(&webhook(), "imopenlines.config.add", params)
        .await
        .unwrap_err();
    assert_eq!(
        prop(&e, "code").as_string().as_deref(),
        Some("INVALID_PARAM")
    );
    assert_eq!(
        prop(&e, "field").as_string().as_deref(),
        Some("PARAMS.QUEUE.1.ENTITY_TYPE")
    );
    assert_eq!(
        prop(&e, "method").as_string().as_deref(),
        Some("imopenlines.config.add")
    );
    assert_eq!(requests().await.length(), 0);
}

#[wasm_bindgen_test]
async fn an_html_page_from_a_proxy_is_a_bad_reply() {
    reset().await;
    control("POST", "faults", r#"{"kind":"html","status":502}"#).await;
    let e = call(
        &webhook(),
        "imopenlines.message.quick.save",
        r#"{"CHAT_ID":1,"MESSAGE_ID":2}"#,
    )
    .await
    .unwrap_err();
    assert_eq!(prop(&e, "code").as_string().as_deref(), Some("BAD_REPLY"));
    assert_eq!(prop(&e, "status").as_f64(), Some(502.0));
    assert_eq!(prop(&e, "kind").as_string().as_deref(), Some("html"));
}

#[wasm_bindgen_test]
async fn a_portal_error_keeps_its_code_and_status() {
    reset().await;
    control("POST", "faults", r#"{"kind":"error","status":400,"error":"CHAT_NOT_IN_CRM","error_description":"Chat does not belong to the CRM entity being checked"}"#).await;
    let params =
        r#"{"CRM_ENTITY_TYPE":"lead","CRM_ENTITY":1,"USER_ID":1,"CHAT_ID":1,"MESSAGE":"m"}"#;
    let e = call(&webhook(), "imopenlines.crm.message.add", params)
        .await
        .unwrap_err();
    assert_eq!(
        prop(&e, "code").as_string().as_deref(),
        Some("CHAT_NOT_IN_CRM")
    );
    assert_eq!(prop(&e, "status").as_f64(), Some(400.0));
}

#[wasm_bindgen_test]
async fn nothing_listening_is_a_network_error_without_the_secret() {
    // A closed port (fetch refuses some well-known ports outright, e.g. 9).
    let client = WasmClient::webhook(
        "http://127.0.0.1:38999/rest/1/top-secret/",
        JsValue::UNDEFINED,
    )
    .unwrap();
    // A read: asked again, then reported as a network error.
    let e = call(&client, "imopenlines.config.get", r#"{"CONFIG_ID":1}"#)
        .await
        .unwrap_err();
    assert_eq!(prop(&e, "code").as_string().as_deref(), Some("NETWORK"));
    assert!(!prop(&e, "message")
        .as_string()
        .unwrap()
        .contains("top-secret"));
    // A write: Node knows a refused connection sent nothing; a browser cannot tell, so there
    // the write may have happened.
    let e = call(
        &client,
        "im.notify.answer",
        r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#,
    )
    .await
    .unwrap_err();
    let code = prop(&e, "code").as_string().unwrap();
    assert!(code == "NETWORK" || code == "OUTCOME_UNKNOWN", "{code}");
}

#[wasm_bindgen_test]
async fn plain_http_to_a_remote_host_is_refused() {
    let e = WasmClient::webhook("http://example.com/rest/1/abc/", JsValue::UNDEFINED)
        .err()
        .unwrap();
    assert_eq!(
        prop(&e, "code").as_string().as_deref(),
        Some("INVALID_CONFIG")
    );
}

#[wasm_bindgen_test]
async fn oauth_refreshes_an_expired_token_once() {
    reset().await;
    control("POST", "tokens/expire", "").await;
    // refresh() asks the stand-in for a new token, as an app would ask its server.
    let refresh = Function::new_no_args(&format!(
        "globalThis.__refreshes = (globalThis.__refreshes || 0) + 1; return fetch('{STANDIN}/_standin/tokens', {{method: 'POST'}}).then(r => r.json())"
    ));
    let client = WasmClient::oauth(
        &format!("{STANDIN}/rest/"),
        "standin-token-1".into(),
        refresh,
        JsValue::UNDEFINED,
    )
    .unwrap();
    let before = Reflect::get(&js_sys::global(), &"__refreshes".into())
        .unwrap()
        .as_f64()
        .unwrap_or(0.0);
    call(
        &client,
        "im.notify.answer",
        r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#,
    )
    .await
    .unwrap();
    let after = Reflect::get(&js_sys::global(), &"__refreshes".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert_eq!(after - before, 1.0);
    let recorded = requests().await;
    assert_eq!(recorded.length(), 2);
    assert_eq!(prop(&recorded.get(0), "status").as_f64(), Some(401.0));
    assert_eq!(prop(&recorded.get(1), "status").as_f64(), Some(200.0));
}

#[wasm_bindgen_test]
async fn bx24_call_method_goes_through_the_same_decoder() {
    reset().await;
    // A placement page's BX24: callMethod posts to the portal and hands back an ajaxResult.
    let make = Function::new_with_args(
        "standin",
        "return { callMethod(method, params, cb) {
            fetch(standin + '/rest/' + method, {method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify(Object.assign({auth: 'standin-token-1'}, params))})
              .then(r => r.json().then(answer => cb({answer, status: r.status})));
        } }",
    );
    let bx24 = make
        .call1(&JsValue::NULL, &JsValue::from_str(STANDIN))
        .unwrap();
    let client = WasmClient::bx24(bx24, JsValue::UNDEFINED).unwrap();
    let body = call(
        &client,
        "imopenlines.message.quick.save",
        r#"{"CHAT_ID":1331,"MESSAGE_ID":83507}"#,
    )
    .await
    .unwrap();
    assert_eq!(
        prop(&JSON::parse(&body.as_string().unwrap()).unwrap(), "result").as_bool(),
        Some(true)
    );
    control("POST", "faults", r#"{"kind":"error","status":400,"error":"CANT_SAVE_QUICK_ANSWER","error_description":"Error saving quick answer"}"#).await;
    let e = call(
        &client,
        "imopenlines.message.quick.save",
        r#"{"CHAT_ID":1331,"MESSAGE_ID":83507}"#,
    )
    .await
    .unwrap_err();
    assert_eq!(
        prop(&e, "code").as_string().as_deref(),
        Some("CANT_SAVE_QUICK_ANSWER")
    );
    assert_eq!(prop(&e, "status").as_f64(), Some(400.0));
    assert_eq!(requests().await.length(), 2);
    assert!(
        WasmClient::bx24(JsValue::UNDEFINED, JsValue::UNDEFINED).is_err(),
        "no BX24 on this page"
    );
}

#[wasm_bindgen_test]
fn the_table_lists_the_seed_methods() {
    // The compact table: `methods` rows start with the method name.
    let table = JSON::parse(&methods_json()).unwrap();
    let names: Vec<String> = js_sys::Array::from(&prop(&table, "methods"))
        .iter()
        .map(|m| js_sys::Array::from(&m).get(0).as_string().unwrap())
        .collect();
    assert_eq!(names.len(), 181);
    for seed in [
        "imopenlines.message.quick.save",
        "imopenlines.crm.message.add",
        "imopenlines.bot.session.message.send",
        "im.notify.answer",
        "imopenlines.config.add",
    ] {
        assert!(names.iter().any(|n| n == seed), "{seed}");
    }
}

#[wasm_bindgen_test]
async fn batch_and_list_work_from_wasm() {
    reset().await;
    let client = webhook();
    let commands = r#"[["a","im.notify.answer",{"NOTIFY_ID":1,"ANSWER_TEXT":"x"}],["b","crm.contact.list",{"order":{"ID":"ASC"}}]]"#;
    let text = JsFuture::from(client.batch(commands.into(), false))
        .await
        .unwrap();
    let rows = JSON::parse(&text.as_string().unwrap()).unwrap();
    let rows = js_sys::Array::from(&rows);
    assert_eq!(rows.length(), 2);
    assert_eq!(prop(&rows.get(1), "total").as_f64(), Some(10000.0));
    assert_eq!(
        requests().await.length(),
        3,
        "the batch and its two commands"
    );
    let list = client
        .list("crm.contact.list", "{}", r#"{"idField":"ID","limit":120}"#)
        .unwrap();
    let mut count = 0;
    loop {
        let page = JsFuture::from(list.next()).await.unwrap();
        if page.is_null() {
            break;
        }
        let page = JSON::parse(&page.as_string().unwrap()).unwrap();
        count += js_sys::Array::from(&prop(&page, "rows")).length();
    }
    assert_eq!(count, 120);
    let stats = client.stats();
    assert!(prop(&stats, "requests").as_f64().unwrap() >= 2.0);
}
