//! Batch, lists, the portal's limits and safe retries, against the stand-in over real HTTP.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use b24_wasm::batch::Command;
use b24_wasm::error::Error;
use common::standin::{webhook_client, Standin, UNLIMITED};
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn answer(key: String, id: u64) -> Command {
    Command {
        key,
        method: "im.notify.answer".into(),
        params: json!({"NOTIFY_ID": id, "ANSWER_TEXT": format!("answer {id}")}),
    }
}

/// Requests the stand-in recorded, batches counted once.
fn http_requests(standin: &Standin) -> Vec<Value> {
    standin
        .requests()
        .into_iter()
        .filter(|r| r["viaBatch"] != true)
        .collect()
}

#[test]
fn one_hundred_twenty_commands_become_three_batch_requests() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin, UNLIMITED);
    let commands: Vec<Command> = (0..120).map(|i| answer(format!("c{i}"), i + 1)).collect();
    let outcomes = client.batch(commands, false).unwrap();
    assert_eq!(outcomes.len(), 120);
    for (i, outcome) in outcomes.iter().enumerate() {
        assert_eq!(outcome.key, format!("c{i}"));
        let result = outcome.result.as_ref().unwrap();
        assert!(result["result_message"].is_array(), "{i}: {result}");
    }
    let sent = http_requests(&standin);
    assert_eq!(sent.len(), 3);
    assert!(sent.iter().all(|r| r["method"] == "batch"));
    let inner: Vec<Value> = standin
        .requests()
        .into_iter()
        .filter(|r| r["viaBatch"] == true)
        .collect();
    assert_eq!(inner.len(), 120, "every command ran once");
    assert_eq!(inner[119]["params"]["NOTIFY_ID"], "120");
}

#[test]
fn batch_errors_references_and_halt() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin, UNLIMITED);
    standin.fault(json!({"kind": "error", "method": "im.notify.answer", "status": 400, "error": "ID_ERROR", "error_description": "Notification ID can't be empty"}));
    let commands = vec![
        Command {
            key: "list".into(),
            method: "crm.contact.list".into(),
            params: json!({"order": {"ID": "ASC"}}),
        },
        Command {
            key: "fails".into(),
            method: "im.notify.answer".into(),
            params: json!({"NOTIFY_ID": "$result[list][0][ID]", "ANSWER_TEXT": "x"}),
        },
        answer("after".into(), 7),
    ];
    let outcomes = client.batch(commands.clone(), false).unwrap();
    assert!(outcomes[0].result.as_ref().unwrap().is_array());
    assert_eq!(outcomes[0].total, Some(10_000));
    assert_eq!(outcomes[0].next, Some(50));
    match &outcomes[1].result {
        Err(Error::Api { code, method, .. }) => assert_eq!(
            (code.as_str(), method.as_str()),
            ("ID_ERROR", "im.notify.answer")
        ),
        other => panic!("{other:?}"),
    }
    assert!(outcomes[2].result.is_ok(), "without halt the rest runs");
    // The portal filled the reference in before the command ran.
    let inner: Vec<Value> = standin
        .requests()
        .into_iter()
        .filter(|r| r["viaBatch"] == true)
        .collect();
    assert_eq!(inner[1]["params"]["NOTIFY_ID"], "1");

    standin.fault(json!({"kind": "error", "method": "im.notify.answer", "status": 400, "error": "ID_ERROR", "error_description": "x"}));
    let outcomes = client.batch(commands, true).unwrap();
    assert!(outcomes[1].result.is_err());
    assert_eq!(outcomes[2].result.as_ref().unwrap_err().code(), "SKIPPED");

    // Refused before sending: a wrong param, a reference forward, a nested batch.
    let before = standin.requests().len();
    for commands in [
        vec![Command {
            key: "a".into(),
            method: "im.notify.answer".into(),
            params: json!({"NOTIFY_ID": "x1"}),
        }],
        vec![
            answer("a".into(), 1),
            Command {
                key: "b".into(),
                method: "im.notify.answer".into(),
                params: json!({"NOTIFY_ID": "$result[c][ID]", "ANSWER_TEXT": "x"}),
            },
        ],
        vec![Command {
            key: "a".into(),
            method: "batch".into(),
            params: json!({}),
        }],
        vec![answer("a".into(), 1), answer("a".into(), 2)],
    ] {
        let e = client.batch(commands, false).unwrap_err();
        assert_eq!(e.code(), "INVALID_PARAM", "{e}");
    }
    assert_eq!(standin.requests().len(), before, "nothing was sent");
}

#[test]
fn references_across_requests_are_filled_in_by_the_client() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin, UNLIMITED);
    let mut commands: Vec<Command> = (0..50).map(|i| answer(format!("c{i}"), i + 1)).collect();
    commands[0] = Command {
        key: "c0".into(),
        method: "crm.contact.list".into(),
        params: json!({"order": {"ID": "DESC"}}),
    };
    commands.push(Command {
        key: "late".into(),
        method: "im.notify.answer".into(),
        params: json!({"NOTIFY_ID": "$result[c0][0][ID]", "ANSWER_TEXT": "x"}),
    });
    let outcomes = client.batch(commands, false).unwrap();
    assert!(outcomes[50].result.is_ok());
    let last = standin
        .requests()
        .into_iter()
        .rfind(|r| r["viaBatch"] == true)
        .unwrap();
    assert_eq!(
        last["params"]["NOTIFY_ID"], "10000",
        "the value from the first request"
    );
}

#[test]
fn ten_thousand_rows_arrive_complete_and_unique_in_four_requests() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin, UNLIMITED);
    let rows = client
        .list(
            "crm.contact.list",
            &json!({"select": ["ID", "TITLE"]}),
            r#"{"idField":"ID"}"#,
        )
        .unwrap();
    let ids: Vec<u64> = rows
        .iter()
        .map(|r| r["ID"].as_str().unwrap().parse::<u64>().unwrap())
        .collect();
    assert_eq!(ids.len(), 10_000);
    assert_eq!(
        ids.iter().collect::<BTreeSet<_>>().len(),
        10_000,
        "no row twice"
    );
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in ID order");
    assert_eq!(http_requests(&standin).len(), 4);
}

#[test]
fn lists_by_position_and_items_lists_and_limits() {
    let standin = Standin::start(&["--list-rows", "1234"]);
    let mut client = webhook_client(&standin, UNLIMITED);
    let rows = client.list("crm.contact.list", &json!({}), "").unwrap();
    let ids: BTreeSet<String> = rows
        .iter()
        .map(|r| r["ID"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 1234);
    // crm.item.list keeps its rows in result.items with a lowercase id.
    let rows = client
        .list(
            "crm.item.list",
            &json!({"entityTypeId": 2}),
            r#"{"idField":"id","limit":120}"#,
        )
        .unwrap();
    assert_eq!(rows.len(), 120);
    assert_eq!(rows[119]["id"], json!(120));
    assert_eq!(
        client
            .list("crm.contact.list", &json!({"start": 5}), "")
            .err()
            .map(|e| e.code().to_string()),
        Some("INVALID_PARAM".into())
    );
}

#[test]
fn a_burst_of_300_calls_against_a_50_2_portal_is_never_refused() {
    // The stand-in's clock runs 50x faster, and the client is told the same numbers.
    let standin = Standin::start(&["--bucket", "50/2", "--clock-scale", "50"]);
    let mut client = webhook_client(&standin, r#"{"plan":{"size":50,"drain":100}}"#);
    let params: Vec<String> = (1..=300)
        .map(|i| format!(r#"{{"NOTIFY_ID":{i},"ANSWER_TEXT":"x"}}"#))
        .collect();
    // All 300 at once: each books its slot before any is sent, as concurrent JS calls do.
    let outcomes = client.call_all("im.notify.answer", &params);
    assert!(outcomes.iter().all(Result::is_ok));
    let stats = standin.stats();
    assert_eq!(stats["refused503"], 0, "{stats}");
    assert_eq!(stats["requests"], 300);
    assert_eq!(client.stats().refusals, 0);
    assert!(client.stats().waited_ms > 0.0, "the limiter had to wait");
}

#[test]
fn a_throttled_call_is_sent_again_and_done_once() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin, "");
    standin.fault(json!({"kind": "error", "status": 503, "error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}));
    client
        .call_json(
            "imopenlines.crm.message.add",
            r#"{"CRM_ENTITY_TYPE":"lead","CRM_ENTITY":1,"USER_ID":1,"CHAT_ID":1,"MESSAGE":"m"}"#,
        )
        .unwrap();
    let sent = standin.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(
        (sent[0]["status"].as_u64(), sent[1]["status"].as_u64()),
        (Some(503), Some(200))
    );
    assert_eq!(client.stats().refusals, 1);
    // The operating limit too: a 429 is waited out until the method's reset, then sent again.
    standin.set_options(json!({"operating": {"limitSeconds": 480, "windowSeconds": 600, "basketSeconds": 60, "costSeconds": 1}, "clockScale": 120}));
    let mut client = webhook_client(&standin, "");
    client
        .call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"x"}"#)
        .unwrap();
    standin.fault(json!({"kind": "error", "status": 429, "error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked due to operation time limit."}));
    client
        .call_json("im.notify.answer", r#"{"NOTIFY_ID":2,"ANSWER_TEXT":"x"}"#)
        .unwrap();
    let sent = standin.requests();
    assert_eq!(
        sent.iter()
            .map(|r| r["status"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [503, 200, 200, 429, 200]
    );
}

#[test]
fn the_operating_tracker_waits_before_a_method_would_be_blocked() {
    let standin = Standin::start(&[]);
    // Each call costs 1 s of a 3 s budget; the emulated minute passes in half a second.
    standin.set_options(json!({"operating": {"limitSeconds": 3, "windowSeconds": 120, "basketSeconds": 60, "costSeconds": 1}, "clockScale": 120}));
    let mut client = webhook_client(&standin, r#"{"operatingLimit":3}"#);
    for i in 1..=6 {
        client
            .call_json(
                "im.notify.answer",
                &format!(r#"{{"NOTIFY_ID":{i},"ANSWER_TEXT":"x"}}"#),
            )
            .unwrap();
    }
    assert_eq!(standin.stats()["refused429"], 0);
    assert!(
        client.stats().waited_ms > 0.0,
        "it waited for the method's reset"
    );
    assert_eq!(standin.requests().len(), 6);
}

#[test]
fn a_write_whose_answer_is_lost_is_not_repeated() {
    let standin = Standin::start(&[]);
    let mut client = webhook_client(&standin, "");
    standin.fault(json!({"kind": "drop"}));
    let e = client
        .call_json(
            "imopenlines.crm.message.add",
            r#"{"CRM_ENTITY_TYPE":"lead","CRM_ENTITY":1,"USER_ID":1,"CHAT_ID":1,"MESSAGE":"m"}"#,
        )
        .unwrap_err();
    assert_eq!(e.code(), "OUTCOME_UNKNOWN");
    assert!(e.to_string().contains("may have been carried out"), "{e}");
    assert_eq!(standin.requests().len(), 1, "sent once, never again");
    // An unknown method counts as a write.
    standin.fault(json!({"kind": "drop"}));
    let e = client
        .call_json("crm.contact.add", r#"{"fields":{"NAME":"x"}}"#)
        .unwrap_err();
    assert_eq!(e.code(), "OUTCOME_UNKNOWN");
    assert_eq!(standin.requests().len(), 2);
    // A read is asked again.
    standin.fault(json!({"kind": "drop"}));
    client
        .call_json("imopenlines.config.get", r#"{"CONFIG_ID":1}"#)
        .unwrap();
    let sent = standin.requests();
    assert_eq!(sent.len(), 4);
    assert_eq!(
        (sent[2]["status"].clone(), sent[3]["status"].as_u64()),
        (Value::Null, Some(200))
    );
}
