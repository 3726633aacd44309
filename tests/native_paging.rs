//! Every list method of the table, read through the client from the stand-in over real HTTP
//! (the stand-in pages them as their docs say: `tests/standin/paging.mjs`).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use b24_wasm::methods;
use b24_wasm::schema::Paging;
use b24_wasm::validate::check_result;
use common::standin::{webhook_client, Standin, UNLIMITED};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Params each list needs, and its rows' ID field.
fn params_of(method: &str) -> (Value, &'static str) {
    match method {
        "im.search.chat.list" | "im.search.user.list" => (json!({"FIND": "Jo"}), "id"),
        "im.search.department.list" => (json!({"FIND": "De"}), "id"),
        "im.department.colleagues.list" => (json!({"USER_DATA": "Y"}), "id"),
        "im.dialog.users.list" => (json!({"DIALOG_ID": "chat5"}), "id"),
        "im.dialog.messages.get" => (json!({"DIALOG_ID": "chat7"}), "id"),
        "im.dialog.messages.search" => (json!({"CHAT_ID": 7}), "id"),
        "im.recent.list" => (json!({}), "chat_id"),
        "imopenlines.config.list.get" => (json!({}), "ID"),
        "im.v2.Event.get" => (json!({}), "eventId"),
        "imbot.v2.Event.get" => (json!({"botId": 456}), "eventId"),
        "imopenlines.v2.Operator.list" => (json!({"status": "online"}), "userId"),
        "imopenlines.v2.Session.Rating.list" => (
            json!({"dateVoteFrom": "2026-06-01", "dateVoteTo": "2026-06-30T23:59:59+02:00"}),
            "sessionId",
        ),
        _ => (json!({}), "id"),
    }
}

fn id_of(row: &Value, field: &str) -> u64 {
    match &row[field] {
        Value::Number(n) => n.as_u64().unwrap(),
        Value::String(s) => s.parse().unwrap(),
        other => panic!("{field}: {other}"),
    }
}

#[test]
fn every_list_method_reads_its_300_rows_once_through_the_client() {
    let standin = Standin::start(&["--paging-rows", "300"]);
    let mut client = webhook_client(&standin, UNLIMITED);
    let pageable: Vec<_> = methods::all()
        .filter(|m| m.paging != Paging::None)
        .collect();
    assert_eq!(pageable.len(), 17);
    for entry in pageable {
        standin.reset();
        let (params, id) = params_of(entry.name);
        let rows = client.list(entry.name, &params, "").unwrap();
        let ids: Vec<u64> = rows.iter().map(|r| id_of(r, id)).collect();
        assert_eq!(ids.len(), 300, "{}", entry.name);
        assert_eq!(
            ids.iter().collect::<BTreeSet<_>>().len(),
            300,
            "{}: a row came twice",
            entry.name
        );
        let sent = standin
            .requests()
            .into_iter()
            .filter(|r| r["viaBatch"] != true)
            .count();
        assert!(sent >= 1, "{}", entry.name);
    }
}

#[test]
fn the_lists_the_issue_names_no_longer_refuse_start() {
    let standin = Standin::start(&["--paging-rows", "450"]);
    let mut client = webhook_client(&standin, UNLIMITED);
    for (method, field) in [
        ("imopenlines.config.list.get", "ID"),
        ("im.recent.list", "chat_id"),
    ] {
        standin.reset();
        let rows = client.list(method, &json!({}), "").unwrap();
        let ids: Vec<u64> = rows.iter().map(|r| id_of(r, field)).collect();
        assert_eq!(ids, (1..=450).collect::<Vec<_>>(), "{method}");
        // Three pages of 200, known in advance: one batch request.
        let sent: Vec<Value> = standin
            .requests()
            .into_iter()
            .filter(|r| r["viaBatch"] != true)
            .collect();
        assert_eq!(sent.len(), 1, "{method}");
        assert_eq!(sent[0]["method"], "batch");
        assert!(standin
            .requests()
            .iter()
            .all(|r| r["params"].get("start").is_none()));
    }
}

#[test]
fn the_stand_in_pages_match_the_declared_result_types() {
    let standin = Standin::start(&["--paging-rows", "300"]);
    let mut client = webhook_client(&standin, UNLIMITED);
    for entry in methods::all().filter(|m| m.paging != Paging::None) {
        let (params, _) = params_of(entry.name);
        let success = client.call_json(entry.name, &params.to_string()).unwrap();
        let reply: Value = serde_json::from_str(&success.body).unwrap();
        if let Err((field, problem)) = check_result(&entry.result.ty, &reply["result"]) {
            panic!("{}: {field} {problem}", entry.name);
        }
    }
}

#[test]
fn a_list_the_portal_caps_ends_with_a_typed_error_and_never_asks_past_the_cap() {
    let standin = Standin::start(&["--paging-rows", "10450"]);
    let mut client = webhook_client(&standin, UNLIMITED);
    // Not capped without status/hasFreeSlots: every row, past offset 10,000.
    let operators = client
        .list("imopenlines.v2.Operator.list", &json!({"configId": 3}), "")
        .unwrap();
    let ids: Vec<u64> = operators.iter().map(|r| id_of(r, "userId")).collect();
    assert_eq!(ids, (1..=10_450).collect::<Vec<_>>());
    for (method, params) in [
        ("imopenlines.v2.Session.list", json!({"status": "closed"})),
        (
            "imopenlines.v2.Session.Rating.list",
            json!({"dateVoteFrom": "2026-01-01", "dateVoteTo": "2026-12-31"}),
        ),
        (
            "imopenlines.v2.Operator.list",
            json!({"hasFreeSlots": true}),
        ),
    ] {
        standin.reset();
        let e = client.list(method, &params, "").unwrap_err();
        assert_eq!(e.code(), "LIST_CAPPED", "{method}: {e}");
        let text = e.to_string();
        assert!(
            text.contains("10200 rows were read") && text.contains("offset 10000"),
            "{text}"
        );
        // Every page asked for was one the portal takes: no OFFSET_TOO_LARGE was met.
        let offsets: Vec<u64> = standin
            .requests()
            .iter()
            .filter(|r| r["method"] == method)
            .map(|r| match &r["params"]["offset"] {
                // Batch commands carry their params as the form text parsed back.
                Value::String(s) => s.parse().unwrap(),
                other => other.as_u64().unwrap(),
            })
            .collect();
        assert_eq!(offsets.len(), 51, "{method}");
        assert_eq!(offsets.iter().max(), Some(&10_000));
    }
}
