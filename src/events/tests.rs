use super::*;
use serde_json::{json, Value};

const TOKEN: &str = "831c76b092f9f135d9b6b36c3a720757";
const MEMBER: &str = "bac1cd5c8940947a75e0d71b1a84e348";

/// A classic message event as the portal posts it (brackets percent-encoded, as PHP does).
fn classic_body(extra: &str) -> String {
    let pairs = [
        ("event", "ONIMBOTMESSAGEADD"),
        ("event_handler_id", "403"),
        ("data[BOT][567][access_token]", "bot-access-secret"),
        ("data[BOT][567][BOT_ID]", "567"),
        ("data[BOT][567][BOT_CODE]", "BOT1"),
        ("data[PARAMS][MESSAGE]", "Hello & goodbye"),
        ("data[PARAMS][DIALOG_ID]", "27"),
        ("data[PARAMS][MESSAGE_ID]", "84331"),
        ("data[PARAMS][SYSTEM]", "N"),
        ("data[PARAMS][CHAT_ENTITY_ID]", ""),
        ("data[PARAMS][MENTIONED_LIST][567]", "567"),
        ("data[USER][ID]", "27"),
        ("ts", "1771928985"),
        ("auth[member_id]", MEMBER),
        ("auth[expires_in]", "3600"),
        ("auth[application_token]", TOKEN),
    ];
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        form.append_pair(k, v);
    }
    let mut body = form.finish();
    body.push_str(extra);
    body
}

fn parse_ok(body: &str) -> Parsed {
    parse(body, Some("application/x-www-form-urlencoded")).unwrap()
}

fn error_of(body: &str, content_type: Option<&str>) -> EventError {
    parse(body, content_type).unwrap_err()
}

#[test]
fn a_form_body_reads_into_declared_types() {
    let parsed = parse_ok(&classic_body(""));
    let v = &parsed.value;
    assert_eq!(parsed.event.name, "ONIMBOTMESSAGEADD");
    assert_eq!(v["event_handler_id"], json!(403));
    assert_eq!(v["ts"], json!(1771928985));
    assert_eq!(v["data"]["PARAMS"]["MESSAGE_ID"], json!(84331));
    assert_eq!(v["data"]["PARAMS"]["MESSAGE"], json!("Hello & goodbye"));
    assert_eq!(v["data"]["PARAMS"]["DIALOG_ID"], json!("27"));
    assert_eq!(v["data"]["PARAMS"]["CHAT_ENTITY_ID"], json!(""));
    assert_eq!(v["data"]["PARAMS"]["MENTIONED_LIST"], json!({ "567": 567 }));
    assert_eq!(v["data"]["BOT"]["567"]["BOT_ID"], json!(567));
    assert_eq!(v["auth"]["expires_in"], json!(3600));
    assert_eq!(parsed.member_id(), Some(MEMBER));
    assert_eq!(parsed.application_token(), Some(TOKEN));
}

#[test]
fn webhook_strings_become_flags_numbers_and_nulls() {
    let base = "event=ONIMBOTV2MESSAGEADD&data[bot][id]=456&data[bot][code]=b&data[bot][isHidden]=0\
        &data[message][id]=789&data[message][chatId]=5&data[message][authorId]=1&data[message][text]=hi\
        &data[message][isSystem]=1&data[message][date]=&data[message][forward]=\
        &data[chat][id]=5&data[chat][dialogId]=chat5&data[chat][textFieldEnabled]=Y\
        &data[user][id]=1&data[user][idle]=0&data[user][absent]=2025-01-15T10:29:00%2B02:00\
        &data[user][phones]=0&data[user][departments][0]=3&data[user][departments][1]=4";
    let v = parse_ok(base).value;
    let data = &v["data"];
    assert_eq!(data["bot"]["isHidden"], json!(false));
    assert_eq!(data["message"]["isSystem"], json!(true));
    assert_eq!(data["message"]["date"], Value::Null);
    assert_eq!(data["message"]["forward"], Value::Null);
    assert_eq!(data["chat"]["textFieldEnabled"], json!("Y"));
    assert_eq!(data["user"]["idle"], json!(false));
    assert_eq!(data["user"]["absent"], json!("2025-01-15T10:29:00+02:00"));
    assert_eq!(data["user"]["phones"], json!(false));
    assert_eq!(data["user"]["departments"], json!([3, 4]));
}

#[test]
fn form_lists_keep_numeric_order_and_brackets_append() {
    let mut body = String::from("event=ONIMCONNECTORMESSAGEUPDATE&data[CONNECTOR]=c&data[LINE]=1");
    for i in 0..12 {
        body.push_str(&format!("&data[MESSAGES][0][message][id][{i}]=m{i}"));
    }
    body.push_str("&data[MESSAGES][0][im][chat_id]=1&data[MESSAGES][0][im][message_id]=2&data[MESSAGES][0][chat][id]=x");
    let v = parse_ok(&body).value;
    let ids: Vec<String> = (0..12).map(|i| format!("m{i}")).collect();
    assert_eq!(v["data"]["MESSAGES"][0]["message"]["id"], json!(ids));

    let appended =
        "event=ONIMBOTV2DELETE&data[bot][id]=1&data[bot][code]=c&data[extra][]=a&data[extra][]=b";
    assert_eq!(
        parse_ok(appended).value["data"]["extra"],
        json!({ "0": "a", "1": "b" })
    );
}

#[test]
fn unknown_fields_are_kept_as_sent() {
    let v = parse_ok(&classic_body(
        "&data[PARAMS][NEW_FIELD]=x&data[SOMETHING][a]=1",
    ))
    .value;
    assert_eq!(v["data"]["PARAMS"]["NEW_FIELD"], json!("x"));
    assert_eq!(v["data"]["SOMETHING"], json!({ "a": "1" }));
}

#[test]
fn event_names_ignore_case_and_aliases_match() {
    let body = "event=OnImConnectorLineDelete&data=107&auth[member_id]=m&auth[application_token]=t";
    let parsed = parse_ok(body);
    assert_eq!(parsed.event.name, "ONIMCONNECTORLINEDELETE");
    assert_eq!(parsed.value["event"], json!("ONIMCONNECTORLINEDELETE"));
    assert_eq!(parsed.value["data"], json!(107));
    let uninstall = parse_ok("event=ONAPPSUNINSTALL&data[CLEAN]=1");
    assert_eq!(uninstall.event.name, "ONAPPUNINSTALL");
    assert_eq!(
        find("onimbotv2messageadd").map(|e| e.name),
        Some("ONIMBOTV2MESSAGEADD")
    );
}

#[test]
fn event_id_stands_for_event_handler_id() {
    let body = json!({
        "event": "ONSESSIONSTART",
        "eventId": "7",
        "data": { "DATA": [] },
    });
    let v = parse(&body.to_string(), None).unwrap().value;
    assert_eq!(v["event_handler_id"], json!(7));
    assert!(v.get("eventId").is_none());
}

#[test]
fn a_json_body_reads_like_its_form() {
    let json_body = json!({
        "event": "ONIMBOTMESSAGEADD",
        "event_handler_id": 403,
        "data": {
            "BOT": { "567": { "access_token": "bot-access-secret", "BOT_ID": 567, "BOT_CODE": "BOT1" } },
            "PARAMS": { "MESSAGE": "Hello & goodbye", "DIALOG_ID": "27", "MESSAGE_ID": 84331, "SYSTEM": "N",
                        "CHAT_ENTITY_ID": "", "MENTIONED_LIST": { "567": "567" } },
            "USER": { "ID": 27 },
        },
        "ts": 1771928985,
        "auth": { "member_id": MEMBER, "expires_in": 3600, "application_token": TOKEN },
    });
    let from_json = parse(
        &json_body.to_string(),
        Some("application/json; charset=utf-8"),
    )
    .unwrap();
    let from_form = parse_ok(&classic_body(""));
    assert_eq!(from_json.value, from_form.value);
    // Sniffed without a content type, too.
    assert_eq!(
        parse(&json_body.to_string(), None).unwrap().value,
        from_form.value
    );
}

#[test]
fn a_bad_value_names_its_field_and_never_its_value() {
    let body = classic_body("").replace(
        "data%5BPARAMS%5D%5BMESSAGE_ID%5D=84331",
        "data%5BPARAMS%5D%5BMESSAGE_ID%5D=bot-access-secret",
    );
    let e = error_of(&body, None);
    assert_eq!(e.code(), "INVALID_EVENT");
    assert_eq!(e.kind(), "type");
    assert_eq!(e.field(), Some("data.PARAMS.MESSAGE_ID"));
    assert_eq!(e.to_string(), "data.PARAMS.MESSAGE_ID is not an integer");
    assert!(!format!("{e:?}").contains("secret"));

    let nested = "event=ONIMBOTV2MESSAGEADD&data[bot][id]=1&data[bot][code]=c&data[message][id]=1\
        &data[message][chatId]=1&data[message][authorId]=1&data[message][text]=t&data[chat][id]=1\
        &data[chat][dialogId]=1&data[user][id]=1&data[user][departments][0]=x";
    assert_eq!(
        error_of(nested, None).field(),
        Some("data.user.departments.0")
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let body = classic_body("").replace("data%5BPARAMS%5D%5BDIALOG_ID%5D=27&", "");
    let e = error_of(&body, None);
    assert_eq!(
        (e.kind(), e.field()),
        ("missing", Some("data.PARAMS.DIALOG_ID"))
    );
    assert_eq!(e.to_string(), "data.PARAMS.DIALOG_ID is missing");
    // A required object a form left out reads as empty, and its own required fields are missing.
    let e = error_of(
        "event=ONIMBOTV2JOINCHAT&data[bot][id]=1&data[bot][code]=c&data[dialogId]=chat1",
        None,
    );
    assert_eq!(e.field(), Some("data.chat.id"));
    // No `event` at all.
    assert_eq!(error_of("data[x]=1", None).field(), Some("event"));
    // Data of a scalar event.
    assert_eq!(
        error_of("event=ONIMCONNECTORLINEDELETE", None).field(),
        Some("data")
    );
}

#[test]
fn unknown_events_are_refused_with_a_safe_name() {
    let e = error_of("event=ONCRMDEALADD&data[FIELDS][ID]=1", None);
    assert_eq!(
        e,
        EventError::UnknownEvent {
            name: "ONCRMDEALADD".into()
        }
    );
    assert_eq!(e.field(), Some("event"));
    let long = format!("event={}%3Cscript%3E", "A".repeat(200));
    match error_of(&long, None) {
        EventError::UnknownEvent { name } => assert_eq!(name, "A".repeat(64)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_bodies_give_clear_errors() {
    let kind = |body: &str, ct: Option<&str>| error_of(body, ct).kind();
    assert_eq!(kind("", None), "empty");
    assert_eq!(kind("  \n", None), "empty");
    // Truncated: JSON cut short, a form cut inside an escape or a key.
    let json_body = json!({ "event": "ONIMBOTDELETE", "data": { "BOT_ID": 1 } }).to_string();
    assert_eq!(kind(&json_body[..json_body.len() - 5], None), "truncated");
    assert_eq!(kind(&classic_body("")[..40], None), "truncated");
    assert_eq!(
        kind("event=ONIMBOTDELETE&data%5BBOT_ID%5D=1%2", None),
        "truncated"
    );
    assert_eq!(kind("event=ONIMBOTDELETE&data%5BBOT_I", None), "truncated");
    assert_eq!(
        kind("{\"event\": nope}", Some("application/json")),
        "not_json"
    );
    assert_eq!(kind("[1,2]", Some("application/json")), "not_an_object");
    assert_eq!(kind("event=X&data[a=1", None), "not_form");
    assert_eq!(
        kind("event=X", Some("multipart/form-data; boundary=x")),
        "unsupported_type"
    );
    assert_eq!(error_of("", None).status(), 400);
}

#[test]
fn huge_and_deep_bodies_are_refused_without_a_walk() {
    let huge = format!(
        "event=ONIMBOTDELETE&data[BOT_ID]=1&pad={}",
        "a".repeat(10 << 20)
    );
    let e = error_of(&huge, None);
    assert_eq!((e.kind(), e.status()), ("too_large", 413));

    let deep_json = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(error_of(&deep_json, None).kind(), "too_deep");
    let deep_json_object = format!(
        "{{\"event\":\"ONIMBOTDELETE\",\"data\":{}1{}}}",
        "{\"a\":".repeat(10_000),
        "}".repeat(10_000)
    );
    assert_eq!(error_of(&deep_json_object, None).kind(), "too_deep");
    // Brackets inside strings do not count.
    let quoted =
        json!({ "event": "ONIMBOTDELETE", "data": { "BOT_ID": 1, "BOT_CODE": "[".repeat(100) } });
    assert!(parse(&quoted.to_string(), None).is_ok());

    let deep_form = format!("event=ONIMBOTDELETE&data{}=1", "[a]".repeat(10_000));
    assert_eq!(error_of(&deep_form, None).kind(), "too_deep");
}

#[test]
fn polled_items_read_into_the_same_events() {
    let item = json!({
        "eventId": 1001,
        "type": "ONIMBOTV2DELETE",
        "date": "2025-01-15T10:30:00+02:00",
        "data": { "bot": { "id": 456, "code": "support_bot", "isHidden": false } },
    });
    let parsed = parse_polled(Queue::Bot { bot_id: 456 }, &item).unwrap();
    assert_eq!(parsed.value["event"], json!("ONIMBOTV2DELETE"));
    assert_eq!(parsed.value["eventId"], json!(1001));
    assert_eq!(parsed.value["date"], json!("2025-01-15T10:30:00+02:00"));
    assert_eq!(parsed.value["data"]["bot"]["id"], json!(456));
    assert_eq!(parsed.dedupe_key(), "imbot.v2:456:1001");
    assert_eq!(
        parse_polled(Queue::User, &item).unwrap().dedupe_key(),
        "im.v2:1001"
    );

    let record = json!({
        "ID": "17", "TIMESTAMP_X": "2024-07-18T12:32:31+02:00", "EVENT_NAME": "ONIMCONNECTORLINEDELETE",
        "EVENT_DATA": "107", "EVENT_ADDITIONAL": { "user_id": "1" }, "MESSAGE_ID": "abc",
    });
    let offline = parse_polled(Queue::Offline, &record).unwrap();
    assert_eq!(offline.value["data"], json!(107));
    assert_eq!(offline.value["eventId"], json!(17));
    assert_eq!(offline.value["messageId"], json!("abc"));
    assert_eq!(offline.value["additional"], json!({ "user_id": "1" }));
    assert_eq!(offline.dedupe_key(), "offline:17");

    // `EVENT_DATA: false` (the docs' example) is no data.
    let empty = json!({ "ID": "1", "EVENT_NAME": "ONOFFLINEEVENT", "EVENT_DATA": false });
    assert_eq!(
        parse_polled(Queue::Offline, &empty).unwrap().value["data"],
        json!({})
    );

    let no_id = json!({ "type": "ONIMBOTV2DELETE", "data": {} });
    assert_eq!(
        parse_polled(Queue::User, &no_id).unwrap_err().field(),
        Some("eventId")
    );
    let unknown = json!({ "eventId": 1, "type": "ONSOMETHING" });
    assert_eq!(
        parse_polled(Queue::User, &unknown).unwrap_err().kind(),
        "unknown_event"
    );
}

#[test]
fn dedupe_keys_tell_repeats_from_new_events() {
    let first = parse_ok(&classic_body(""));
    assert_eq!(first.dedupe_key(), parse_ok(&classic_body("")).dedupe_key());
    assert!(first
        .dedupe_key()
        .starts_with(&format!("{MEMBER}:ONIMBOTMESSAGEADD:")));
    // A repeat with fresh tokens is still a repeat.
    let fresh = classic_body("").replace("bot-access-secret", "another-access-token");
    assert_eq!(first.dedupe_key(), parse_ok(&fresh).dedupe_key());
    // Another message is another event.
    let other = classic_body("").replace("=84331", "=84332");
    assert_ne!(first.dedupe_key(), parse_ok(&other).dedupe_key());
    // The same event sent again: another send time, another handler, the tokens' new times.
    for (from, to) in [
        ("ts=1771928985", "ts=1771928986"),
        ("event_handler_id=403", "event_handler_id=404"),
        ("auth%5Bexpires_in%5D=3600", "auth%5Bexpires_in%5D=3599"),
    ] {
        let again = classic_body("").replace(from, to);
        assert_ne!(again, classic_body(""), "{from}");
        assert_eq!(first.dedupe_key(), parse_ok(&again).dedupe_key(), "{from}");
    }
    let bot_times = classic_body("&data%5BBOT%5D%5B567%5D%5Bexpires%5D=1771932585");
    assert_eq!(first.dedupe_key(), parse_ok(&bot_times).dedupe_key());
}

/// A chat-bot 2.0 message as a webhook delivers it: the bot's own `auth` block comes with
/// fresh tokens each time.
fn v2_body(bot_token: &str, expires: &str, ts: &str) -> String {
    let pairs = [
        ("event", "ONIMBOTV2MESSAGEADD"),
        ("event_handler_id", "12"),
        ("data[bot][id]", "456"),
        ("data[bot][code]", "echo"),
        ("data[bot][auth][access_token]", bot_token),
        ("data[bot][auth][expires]", expires),
        ("data[bot][auth][application_token]", TOKEN),
        ("data[message][id]", "9001"),
        ("data[message][chatId]", "5"),
        ("data[message][authorId]", "1"),
        ("data[message][text]", "hi"),
        ("data[chat][id]", "5"),
        ("data[chat][dialogId]", "1"),
        ("ts", ts),
        ("auth[member_id]", MEMBER),
        ("auth[application_token]", TOKEN),
    ];
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        form.append_pair(k, v);
    }
    form.finish()
}

#[test]
fn a_bot_event_delivered_again_keeps_its_dedupe_key() {
    let first = parse_ok(&v2_body("tok-1", "1771932585", "1771928985"));
    let again = parse_ok(&v2_body("tok-2", "1771932590", "1771928990"));
    assert_eq!(first.dedupe_key(), again.dedupe_key());
    let other = v2_body("tok-1", "1771932585", "1771928985").replace("9001", "9002");
    assert_ne!(first.dedupe_key(), parse_ok(&other).dedupe_key());
}

#[test]
fn a_key_given_twice_is_refused() {
    // Appended to a genuine body, a second `event` must not decide what runs.
    for extra in [
        "&event=ONAPPUNINSTALL",
        "&data%5BPARAMS%5D%5BMESSAGE_ID%5D=1",
        "&data%5BPARAMS%5D=x",
        "&data%5BPARAMS%5D%5BMESSAGE%5D%5Bx%5D=1",
        "&data=1",
    ] {
        let e = error_of(&classic_body(extra), None);
        assert_eq!(
            (e.kind(), e.status(), e.code()),
            ("duplicate_key", 400, "INVALID_EVENT"),
            "{extra}"
        );
    }
    let json_twice = r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"BOT_ID":2}}"#;
    assert_eq!(error_of(json_twice, None).kind(), "duplicate_key");
    let json_event_twice =
        r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1},"event":"ONAPPUNINSTALL"}"#;
    assert_eq!(error_of(json_event_twice, None).kind(), "duplicate_key");
    // `[]` appends are not repeats, and PHP's next index follows the largest integer key.
    let list =
        "event=ONIMBOTDELETE&data[BOT_ID]=1&data[L][5]=a&data[L][]=b&data[L][x]=c&data[L][]=d";
    assert_eq!(
        parse_ok(list).value["data"]["L"],
        json!({ "5": "a", "6": "b", "x": "c", "7": "d" })
    );
}

#[test]
fn form_keys_come_out_in_text_order() {
    let body = "event=ONIMBOTDELETE&data[BOT_ID]=1&data[K][10]=a&data[K][9]=b&data[K][1]=c\
        &data[K][100]=d&data[K][x]=e&data[K][0]=f&data[K][09]=g&data[K][18446744073709551615]=h";
    let keys: Vec<String> = parse_ok(body).value["data"]["K"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys.len(), 8);
    // The integers reach serde_json's map already in its (text) order: compared by digits.
    let mut numbers = vec![
        0u64,
        1,
        9,
        10,
        11,
        19,
        100,
        101,
        2,
        20,
        99,
        999,
        1000,
        u64::MAX,
        12345,
    ];
    let mut seed = 7u64;
    for _ in 0..2000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        numbers.push(seed >> (seed % 64));
    }
    let mut by_digits = numbers.clone();
    by_digits.sort_by_key(|n| super::form::text_key(*n));
    numbers.sort_by_key(|n| n.to_string());
    assert_eq!(by_digits, numbers);
}

#[test]
fn prototype_keys_are_refused_wherever_they_are() {
    for body in [
        "event=ONIMBOTDELETE&data[BOT_ID]=1&data[__proto__][x]=1",
        "event=ONIMBOTDELETE&data[BOT_ID]=1&data%5B__proto__%5D%5Bx%5D=1",
        "event=ONIMBOTDELETE&data[BOT_ID]=1&data[PARAMS][constructor][prototype][x]=1",
        "event=ONIMBOTDELETE&data[BOT_ID]=1&data[prototype]=1",
        r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"__proto__":{"x":1}}}"#,
        r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"a":[{"constructor":{"prototype":{"x":1}}}]}}"#,
        r#"{"event":"ONIMBOTDELETE","__proto__":{"x":1},"data":{"BOT_ID":1}}"#,
    ] {
        let e = error_of(body, None);
        assert_eq!((e.kind(), e.status()), ("forbidden_key", 400), "{body}");
    }
    let item = json!({ "eventId": 1, "type": "ONIMBOTV2DELETE",
        "data": { "bot": { "id": 1, "code": "c", "__proto__": 1 } } });
    assert_eq!(
        parse_polled(Queue::User, &item).unwrap_err().kind(),
        "forbidden_key"
    );
    // Keys outside the envelope (event, data, auth, ...) are not read into the event at all.
    let outside = parse_ok("event=ONIMBOTDELETE&data[BOT_ID]=1&__proto__[x]=1&L[]=1");
    assert!(!outside.to_json().contains("__proto__") && outside.value.get("L").is_none());
    // Only whole keys: a field that merely contains the word is data.
    assert!(parse(
        "event=ONIMBOTDELETE&data[BOT_ID]=1&data[my_constructor]=1",
        None
    )
    .is_ok());
}

#[test]
fn text_that_is_not_utf8_is_refused() {
    // %FF%FE, an overlong "/", a UTF-16 surrogate, a lone continuation byte, a cut sequence.
    for bad in ["%FF%FE", "%C0%AF", "%ED%A0%80", "%80", "%E2%82"] {
        let in_value = format!("event=ONIMBOTDELETE&data[BOT_ID]=1&data[BOT_CODE]=a{bad}b");
        assert_eq!(error_of(&in_value, None).kind(), "not_utf8", "{bad}");
        let in_key = format!("event=ONIMBOTDELETE&data[BOT_ID]=1&data[x{bad}]=1");
        assert_eq!(error_of(&in_key, None).kind(), "not_utf8", "{bad}");
    }
    // JSON: a lone surrogate escape is not text either.
    let lone = r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"BOT_CODE":"\ud800"}}"#;
    assert_eq!(error_of(lone, None).code(), "INVALID_EVENT");
    // Real UTF-8, and escapes that are not escapes, read as PHP reads them.
    let fine = parse_ok("event=ONIMBOTDELETE&data[BOT_ID]=1&data[BOT_CODE]=%E2%82%AC%ZZ+1");
    assert_eq!(fine.value["data"]["BOT_CODE"], json!("€%ZZ 1"));
}

#[test]
fn integers_javascript_would_round_are_refused() {
    let body = classic_body("").replace("=84331", "=9007199254740993");
    let e = error_of(&body, None);
    assert_eq!(
        (e.kind(), e.field()),
        ("type", Some("data.PARAMS.MESSAGE_ID"))
    );
    let max = classic_body("").replace("=84331", "=9007199254740991");
    assert_eq!(
        parse_ok(&max).value["data"]["PARAMS"]["MESSAGE_ID"],
        json!(9_007_199_254_740_991_i64)
    );
    let json_big = r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"extra":9007199254740993}}"#;
    assert_eq!(error_of(json_big, None).kind(), "unsafe_integer");
    let json_negative = r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":-9007199254740993}}"#;
    assert_eq!(error_of(json_negative, None).kind(), "unsafe_integer");
    // Text stays text, however many digits.
    let text = "event=ONIMBOTDELETE&data[BOT_ID]=1&data[BOT_CODE]=9007199254740993";
    assert_eq!(
        parse_ok(text).value["data"]["BOT_CODE"],
        json!("9007199254740993")
    );
}

/// CPU time this thread has used, in seconds (Linux's schedstat), or the wall clock where that
/// is not readable: the shared machine's other work then does not count as the parser's.
fn thread_seconds(wall: std::time::Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns / 1e9)
}

/// The cheapest parse of each body over `runs` rounds, the two taken in turn. A small body is
/// parsed several times per round, so that a round outlasts the clock's ticks (4 ms).
fn fastest_parses(small: &str, large: &str, runs: usize) -> (f64, f64) {
    let origin = std::time::Instant::now();
    let once = std::time::Instant::now();
    let _ = parse(small, None);
    let reps = (0.03 / once.elapsed().as_secs_f64().max(1e-6)).clamp(1.0, 200.0) as usize;
    let time = |body: &str| {
        let start = thread_seconds(origin);
        for _ in 0..reps {
            let _ = std::hint::black_box(parse(std::hint::black_box(body), None));
        }
        (thread_seconds(origin) - start) / reps as f64
    };
    (0..runs).fold((f64::MAX, f64::MAX), |(t1, t4), _| {
        (t1.min(time(small)), t4.min(time(large)))
    })
}

#[test]
fn parsing_time_grows_linearly_with_the_body() {
    // Both sizes past the allocator's thresholds (glibc trims and consolidates its heap past
    // 128 KiB: below them a free costs less per byte, which is not the parser's doing), and
    // within MAX_FIELDS, so that both are read whole.
    let small = hostile_bodies(128 << 10);
    let large = hostile_bodies(512 << 10);
    for ((shape, small), (_, large)) in small.into_iter().zip(large) {
        assert!(parse(&large, None).is_ok(), "{shape}: read whole");
        let (t1, t4) = fastest_parses(&small, &large, 5);
        let ratio = t4 / t1.max(1e-6);
        eprintln!(
            "{shape}: {:.1} ms -> {:.1} ms ({ratio:.2}x)",
            t1 * 1e3,
            t4 * 1e3
        );
        // Linear is 4x; quadratic would be 16x (the old reader took 55x from 16 to 64 KiB of
        // appends). The bound sits between them: 512 KiB leaves the L2 cache that 128 KiB fits
        // in, and a shared machine's neighbours evict it, which alone measured up to 8.4x.
        assert!(
            ratio < 11.0,
            "{shape}: 4x the body took {ratio:.1}x the time"
        );
    }
}

#[test]
fn redaction_and_debug_hide_every_token() {
    let parsed = parse_ok(&classic_body(""));
    let redacted = redact(&parsed.value);
    assert_eq!(redacted["auth"]["application_token"], json!("***"));
    assert_eq!(redacted["data"]["BOT"]["567"]["access_token"], json!("***"));
    assert_eq!(redacted["auth"]["member_id"], json!(MEMBER));
    let text = format!("{redacted} {parsed:?}");
    assert!(
        !text.contains(TOKEN) && !text.contains("bot-access-secret"),
        "{text}"
    );
}

fn with_token(event: &str, token: Option<&str>) -> Parsed {
    let mut body = format!("event={event}&data[BOT_ID]=1&auth[member_id]={MEMBER}");
    if let Some(t) = token {
        body.push_str(&format!("&auth[application_token]={t}"));
    }
    if event == "ONIMCONNECTORLINEDELETE" {
        body = body.replace("data[BOT_ID]", "data");
    }
    parse_ok(&body)
}

#[test]
fn verification_compares_with_the_stored_token() {
    let event = with_token("ONIMBOTDELETE", Some(TOKEN));
    assert_eq!(verify(&event, Some(TOKEN)), Ok(Verdict::Verified));
    let unverified = |e: Result<Verdict, EventError>| match e {
        Err(EventError::Unverified(u)) => u,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        unverified(verify(&event, Some("0000"))),
        Unverified::Mismatch
    );
    assert_eq!(unverified(verify(&event, None)), Unverified::UnknownPortal);
    assert_eq!(
        unverified(verify(&event, Some(""))),
        Unverified::UnknownPortal
    );
    let forged = with_token("ONIMBOTDELETE", Some(&TOKEN[..31]));
    assert_eq!(
        unverified(verify(&forged, Some(TOKEN))),
        Unverified::Mismatch
    );
    assert_eq!(
        unverified(verify(&with_token("ONIMBOTDELETE", None), Some(TOKEN))),
        Unverified::NoToken
    );
    let no_member = parse_ok(&format!(
        "event=ONIMBOTDELETE&data[BOT_ID]=1&auth[application_token]={TOKEN}"
    ));
    assert_eq!(
        unverified(verify(&no_member, Some(TOKEN))),
        Unverified::NoMemberId
    );
    let e = verify(&event, Some("0000")).unwrap_err();
    assert_eq!(
        (e.code(), e.status(), e.field()),
        ("UNVERIFIED_EVENT", 401, Some("auth.application_token"))
    );
    assert!(!e.to_string().contains(TOKEN));
}

#[test]
fn install_stores_once_and_uninstall_needs_the_token() {
    let install = with_token("ONAPPINSTALL", Some(TOKEN));
    assert_eq!(verify(&install, None), Ok(Verdict::Install));
    assert_eq!(verify(&install, Some(TOKEN)), Ok(Verdict::Install));
    // A second install with another token cannot replace the stored one.
    assert_eq!(
        verify(&install, Some("f".repeat(32).as_str())),
        Err(EventError::Unverified(Unverified::Mismatch))
    );
    let uninstall = with_token("ONAPPUNINSTALL", Some(TOKEN));
    assert_eq!(verify(&uninstall, Some(TOKEN)), Ok(Verdict::Uninstall));
    assert_eq!(
        verify(&uninstall, None),
        Err(EventError::Unverified(Unverified::UnknownPortal))
    );
    assert_eq!(
        verify(&with_token("ONAPPUNINSTALL", Some("x")), Some(TOKEN)),
        Err(EventError::Unverified(Unverified::Mismatch))
    );
}

#[test]
fn token_comparison_is_exact() {
    assert!(tokens_equal(TOKEN, TOKEN));
    assert!(tokens_equal("", ""));
    assert!(!tokens_equal(TOKEN, &TOKEN[..31]));
    assert!(!tokens_equal(&TOKEN[..31], TOKEN));
    assert!(!tokens_equal("a", "b"));
    assert!(!tokens_equal("a\0", "a"));
}

#[test]
fn the_table_is_consistent() {
    let names: Vec<&str> = all().map(|e| e.name).collect();
    for (i, name) in names.iter().enumerate() {
        assert_eq!(*name, name.to_ascii_uppercase(), "names are upper case");
        assert!(!names[i + 1..].contains(name), "{name} twice");
        assert!(find(name).is_some());
    }
    for e in all() {
        for alias in e.aliases {
            assert_eq!(find(alias).map(|f| f.name), Some(e.name));
        }
        assert!(!e.doc.text().is_empty(), "{} has no doc", e.name);
    }
    assert_eq!(names.len(), 35);
}

// The generator is native only (it feeds the package build).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_typescript_union_lists_every_event() {
    let dts = dts::events_dts();
    for e in all() {
        assert!(
            dts.contains(&format!("  {}: ", e.name)),
            "{} missing",
            e.name
        );
    }
    assert!(dts.contains("export type B24Event<N extends B24EventName = B24EventName>"));
    assert!(dts.contains("@deprecated"));
    assert!(dts.contains("application_token?: string | null;"));
    assert!(dts.contains("MESSAGE_ID: number;"));
    let md = dts::events_md();
    assert!(md.contains("## ONIMBOTV2MESSAGEADD") && md.contains("`data.message.text`: string."));
    // Worked examples come before the field reference.
    let first_example = md.find("```js").unwrap();
    assert!(first_example < md.find("# Reference").unwrap());
    assert!(md.find("# Reference").unwrap() < md.find("## ONIMBOTV2MESSAGEADD").unwrap());
}

#[test]
fn polled_json_text_has_the_body_limits() {
    let deep = format!(
        "{{\"eventId\":1,\"type\":\"ONIMBOTV2DELETE\",\"data\":{}1{}}}",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert_eq!(
        parse_polled_json(Queue::User, &deep).unwrap_err().kind(),
        "too_deep"
    );
    assert_eq!(
        parse_polled_json(Queue::User, "[]").unwrap_err().kind(),
        "not_an_object"
    );
    let ok = r#"{"eventId":"3","type":"ONIMV2JOINCHAT","data":{"dialogId":"chat5","chat":{"id":"5","dialogId":"chat5"}}}"#;
    assert_eq!(
        parse_polled_json(Queue::User, ok).unwrap().value["data"]["chat"]["id"],
        json!(5)
    );
}

#[test]
fn form_lists_must_be_dense() {
    let base = "event=ONIMBOTV2MESSAGEADD&data[bot][id]=1&data[bot][code]=c&data[message][id]=1\
        &data[message][chatId]=1&data[message][authorId]=1&data[message][text]=t&data[chat][id]=1\
        &data[chat][dialogId]=1&data[user][id]=1";
    let shuffled = format!("{base}&data[user][departments][1]=20&data[user][departments][0]=10");
    assert_eq!(
        parse_ok(&shuffled).value["data"]["user"]["departments"],
        json!([10, 20])
    );
    for gap in [
        "[0]=1&data[user][departments][2]=3",
        "[0]=1&data[user][departments][00]=2",
        "[a]=1",
    ] {
        let body = format!("{base}&data[user][departments]{gap}");
        assert_eq!(
            error_of(&body, None).field(),
            Some("data.user.departments"),
            "{gap}"
        );
    }
}

/// Bodies made of the syntax's own characters, cut anywhere: every one is an answer, never a
/// panic (a fixed-seed generator, so a failure repeats).
#[test]
fn garbage_never_panics() {
    let pieces = [
        "event=",
        "ONIMBOTV2MESSAGEADD",
        "ONIMCONNECTORLINEDELETE",
        "&",
        "=",
        "[",
        "]",
        "[]",
        "data",
        "[bot]",
        "[id]",
        "%",
        "%5B",
        "%5D",
        "%ZZ",
        "%E2%82",
        "+",
        "1",
        "0",
        "{",
        "}",
        "\"",
        ":",
        ",",
        "[0]",
        "[10]",
        "auth",
        "[member_id]",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..20_000 {
        let mut body = String::new();
        for _ in 0..(next() % 40) {
            body.push_str(pieces[(next() % pieces.len() as u64) as usize]);
        }
        let ct = [
            None,
            Some("application/json"),
            Some("application/x-www-form-urlencoded"),
        ][(next() % 3) as usize];
        match parse(&body, ct) {
            Ok(p) => assert!(!p.to_json().is_empty()),
            Err(e) => assert!(!e.to_string().is_empty() && !e.kind().is_empty()),
        }
        let _ = parse_polled_json(Queue::Offline, &body);
    }
}

#[test]
fn a_deep_tree_from_the_caller_is_refused_without_a_walk() {
    let mut deep = json!(1);
    for _ in 0..100 {
        deep = json!({ "a": deep });
    }
    let envelope = json!({ "event": "ONIMBOTDELETE", "data": { "BOT_ID": 1, "extra": deep } });
    assert_eq!(parse_value(&envelope).unwrap_err().kind(), "too_deep");
    let item = json!({ "eventId": 1, "type": "ONIMBOTV2DELETE", "data": { "x": deep } });
    assert_eq!(
        parse_polled(Queue::User, &item).unwrap_err().kind(),
        "too_deep"
    );
    let shallow =
        json!({ "event": "ONIMBOTDELETE", "data": { "BOT_ID": 1, "extra": { "a": { "b": 1 } } } });
    assert!(parse_value(&shallow).is_ok());
}

/// Bodies of about `n` bytes in the shapes that cost most: appends (`[]`, PHP's next index),
/// numbered keys, one long value, escapes, a JSON list. Values are padded to 60 characters, so
/// that up to 512 KiB stays within `MAX_FIELDS` and every body is read whole.
fn hostile_bodies(n: usize) -> Vec<(&'static str, String)> {
    let pad = "v".repeat(60);
    let head = "event=ONIMBOTDELETE&data%5BBOT_ID%5D=1";
    let repeat = |unit: &str| {
        let mut body = String::from(head);
        while body.len() < n {
            body.push_str(unit);
        }
        body
    };
    let mut numbered = String::from(head);
    let mut i = 0u64;
    while numbered.len() < n {
        numbered.push_str(&format!("&data[M][{i}]={pad}"));
        i += 1;
    }
    let list = format!("\"{pad}\",").repeat(n / (pad.len() + 3));
    vec![
        (
            "data[PARAMS][L][]",
            repeat(&format!("&data%5BPARAMS%5D%5BL%5D%5B%5D={pad}")),
        ),
        ("L[] at the top", repeat(&format!("&L%5B%5D={pad}"))),
        ("data[M][i]", numbered),
        (
            "one long value",
            format!("{head}&data[X]={}", "a".repeat(n)),
        ),
        ("escapes", format!("{head}&data[X]={}", "%41".repeat(n / 3))),
        (
            "JSON list",
            format!("{{\"event\":\"ONIMBOTDELETE\",\"data\":{{\"BOT_ID\":1,\"L\":[{list}1]}}}}"),
        ),
    ]
}

#[test]
fn a_body_of_more_than_max_fields_values_is_refused_where_the_count_is_reached() {
    let head = "event=ONIMBOTDELETE&data[BOT_ID]=1";
    let at_limit = format!("{head}{}", "&data[L][]=1".repeat(MAX_FIELDS - 2));
    assert!(parse(&at_limit, None).is_ok());
    let e = error_of(&format!("{at_limit}&data[L][]=1"), None);
    assert_eq!((e.kind(), e.status()), ("too_many_fields", 413));
    let list = |count: usize| {
        format!(
            "{{\"event\":\"ONIMBOTDELETE\",\"data\":{{\"BOT_ID\":1,\"L\":[{}1]}}}}",
            "1,".repeat(count)
        )
    };
    // The envelope, event, data, BOT_ID, L and the list's own values.
    assert!(parse(&list(MAX_FIELDS - 6), None).is_ok());
    assert_eq!(
        error_of(&list(MAX_FIELDS - 5), None).kind(),
        "too_many_fields"
    );
    // 4 MiB of appends is refused after the first 10,000 pairs, not read to its end.
    let huge = format!("{head}{}", "&data[L][]=1".repeat((4 << 20) / 12 - 10));
    assert_eq!(error_of(&huge, None).kind(), "too_many_fields");
}

/// `parse` moves what it keeps as it came out of its own input; `parse_value` copies from the
/// caller's. Both give the same event.
#[test]
fn moving_and_copying_read_alike() {
    let mut bodies = vec![
        classic_body(""),
        v2_body("tok", "1", "2"),
        classic_body(
            "&data%5BPARAMS%5D%5BATTACH%5D%5B0%5D%5Bx%5D%5By%5D=1&data%5BEXTRA%5D%5Ba%5D%5B%5D=2",
        ),
        r#"{"event":"ONIMBOTDELETE","data":{"BOT_ID":1,"L":[[1,2],{"a":[3]}],"M":{"k":{"j":1}}}}"#
            .to_string(),
        "event=ONIMBOTV2MESSAGEADD&data[bot][id]=1&data[bot][code]=c&data[message][id]=1\
         &data[message][chatId]=1&data[message][authorId]=1&data[message][text]=t\
         &data[message][params][K][0][a]=1&data[message][params][K][1][b]=2\
         &data[chat][id]=1&data[chat][dialogId]=1&data[user][id]=1&data[user][departments][0]=5"
            .to_string(),
    ];
    bodies.extend(hostile_bodies(4 << 10).into_iter().map(|(_, b)| b));
    for body in &bodies {
        let moved = parse(body, None).unwrap();
        let copied = parse_value(&form::read_body(body, None).unwrap()).unwrap();
        assert_eq!(moved.value, copied.value, "{body}");
    }
}
