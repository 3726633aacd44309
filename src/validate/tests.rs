//! Unit tests of `src/validate.rs` (a child module, so private items are in reach).

use super::*;
use crate::methods::find;
use serde_json::json;

/// The field and problem a call is refused with, or `None` when it is accepted.
fn refusal(method: &str, params: Value) -> Option<(String, Problem)> {
    let entry = find(method).unwrap_or_else(|| panic!("{method} is in the table"));
    match validate(entry, &params) {
        Ok(()) => None,
        Err(Error::InvalidParam {
            method: m,
            field,
            problem,
        }) => {
            assert_eq!(m, entry.name);
            Some((field, problem))
        }
        Err(other) => panic!("{other:?}"),
    }
}

fn field(method: &str, params: Value) -> String {
    refusal(method, params).map(|(f, _)| f).unwrap_or_default()
}

#[test]
fn quick_save_needs_both_ids_as_integers() {
    let m = "imopenlines.message.quick.save";
    assert_eq!(refusal(m, json!({"CHAT_ID": 1, "MESSAGE_ID": 2})), None);
    assert_eq!(
        refusal(m, json!({"CHAT_ID": "1", "MESSAGE_ID": "2"})),
        None,
        "digit strings are integers"
    );
    assert_eq!(
        refusal(m, json!({"MESSAGE_ID": 2})),
        Some(("CHAT_ID".into(), Problem::Missing))
    );
    assert_eq!(
        refusal(m, json!({"CHAT_ID": 1})),
        Some(("MESSAGE_ID".into(), Problem::Missing))
    );
    assert_eq!(
        field(m, json!({"CHAT_ID": 1.5, "MESSAGE_ID": 2})),
        "CHAT_ID"
    );
    assert_eq!(
        field(m, json!({"CHAT_ID": "1x", "MESSAGE_ID": 2})),
        "CHAT_ID"
    );
    assert_eq!(
        field(m, json!({"CHAT_ID": true, "MESSAGE_ID": 2})),
        "CHAT_ID"
    );
    assert_eq!(
        refusal(m, json!({"CHAT_ID": 1, "MESSAGE_ID": ""})),
        Some(("MESSAGE_ID".into(), Problem::Missing)),
        "\"\" counts as absent"
    );
    assert_eq!(
        refusal(m, json!({"CHAT_ID": null, "MESSAGE_ID": 2})),
        Some(("CHAT_ID".into(), Problem::Missing))
    );
    assert_eq!(
        refusal(m, json!({"CHAT_ID": 1, "MESSAGE_ID": 2, "chat_id": 1})),
        Some(("chat_id".into(), Problem::Unknown))
    );
}

#[test]
fn crm_message_add_checks_every_field() {
    let m = "imopenlines.crm.message.add";
    let ok = json!({"CRM_ENTITY_TYPE": "deal", "CRM_ENTITY": 1195, "USER_ID": 27, "CHAT_ID": 1341, "MESSAGE": "text"});
    assert_eq!(refusal(m, ok.clone()), None);
    for name in [
        "CRM_ENTITY_TYPE",
        "CRM_ENTITY",
        "USER_ID",
        "CHAT_ID",
        "MESSAGE",
    ] {
        let mut without = ok.clone();
        without.as_object_mut().unwrap().remove(name);
        assert_eq!(
            refusal(m, without),
            Some((name.into(), Problem::Missing)),
            "{name}"
        );
    }
    for value in ["lead", "deal", "company", "contact"] {
        let mut params = ok.clone();
        params["CRM_ENTITY_TYPE"] = json!(value);
        assert_eq!(refusal(m, params), None, "{value}");
    }
    let mut wrong = ok.clone();
    wrong["CRM_ENTITY_TYPE"] = json!("Deal");
    assert!(
        matches!(refusal(m, wrong), Some((f, Problem::NotAllowed(v))) if f == "CRM_ENTITY_TYPE" && v.len() == 4)
    );
    let mut wrong = ok.clone();
    wrong["MESSAGE"] = json!({"text": "x"});
    assert!(matches!(refusal(m, wrong), Some((f, Problem::WrongType(_))) if f == "MESSAGE"));
}

#[test]
fn bot_session_message_send_checks_its_name_list() {
    let m = "imopenlines.bot.session.message.send";
    assert_eq!(
        refusal(m, json!({"CHAT_ID": 112})),
        None,
        "NAME and MESSAGE are optional"
    );
    assert_eq!(refusal(m, json!({"CHAT_ID": 112, "NAME": "WELCOME"})), None);
    assert_eq!(field(m, json!({"CHAT_ID": 112, "NAME": "welcome"})), "NAME");
    assert_eq!(
        field(m, json!({"NAME": "DEFAULT", "MESSAGE": "hi"})),
        "CHAT_ID"
    );
}

#[test]
fn notify_answer_checks_both_fields() {
    let m = "im.notify.answer";
    assert_eq!(
        refusal(m, json!({"NOTIFY_ID": 270, "ANSWER_TEXT": "yes"})),
        None
    );
    assert_eq!(field(m, json!({"NOTIFY_ID": 270})), "ANSWER_TEXT");
    assert_eq!(
        field(m, json!({"NOTIFY_ID": [270], "ANSWER_TEXT": "yes"})),
        "NOTIFY_ID"
    );
}

#[test]
fn config_add_checks_nested_fields_with_dotted_paths() {
    let m = "imopenlines.config.add";
    assert_eq!(refusal(m, json!({})), None, "every setting is optional");
    let full = json!({"PARAMS": {
        "LINE_NAME": "Line", "ACTIVE": "Y",
        "QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": "1"}, {"ENTITY_TYPE": "department", "ENTITY_ID": 10}],
        "QUEUE_TYPE": "all", "QUEUE_TIME": 45, "WORKTIME_DAYOFF": ["SA", "SU"],
        "OPERATOR_DATA": "queue", "DEFAULT_OPERATOR_DATA": {"NAME": "Ann", "AVATAR_ID": 3},
    }});
    assert_eq!(refusal(m, full), None);
    let cases = [
        (
            json!({"PARAMS": {"QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": 1}, {"ENTITY_TYPE": "team", "ENTITY_ID": 2}]}}),
            "PARAMS.QUEUE.1.ENTITY_TYPE",
        ),
        (
            json!({"PARAMS": {"QUEUE": [{"ENTITY_TYPE": "user"}]}}),
            "PARAMS.QUEUE.0.ENTITY_ID",
        ),
        (
            json!({"PARAMS": {"QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": 1, "SORT": 1}]}}),
            "PARAMS.QUEUE.0.SORT",
        ),
        (
            json!({"PARAMS": {"QUEUE": {"ENTITY_TYPE": "user"}}}),
            "PARAMS.QUEUE",
        ),
        (
            json!({"PARAMS": {"WORKTIME_DAYOFF": ["SA", "SUN"]}}),
            "PARAMS.WORKTIME_DAYOFF.1",
        ),
        (json!({"PARAMS": {"ACTIVE": "yes"}}), "PARAMS.ACTIVE"),
        (
            json!({"PARAMS": {"QUEUE_TIME": "soon"}}),
            "PARAMS.QUEUE_TIME",
        ),
        (json!({"PARAMS": {"LINE_NAMES": "x"}}), "PARAMS.LINE_NAMES"),
        (json!({"PARAMS": "LINE_NAME=x"}), "PARAMS"),
        (
            json!({"PARAMS": {"DEFAULT_OPERATOR_DATA": {"PHOTO": "x"}}}),
            "PARAMS.DEFAULT_OPERATOR_DATA.PHOTO",
        ),
    ];
    for (params, expected) in cases {
        assert_eq!(field(m, params.clone()), expected, "{params}");
    }
}

#[test]
fn numeric_text_follows_json_number_syntax() {
    for ok in ["0", "-12", "3.5", "1e3", "1E-3", "2.5e+10", " 7 "] {
        assert!(is_number_text(ok), "{ok}");
    }
    for bad in [
        "", "-", "1.", ".5", "1e", "1e+", "0x10", "1.2.3", "NaN", "inf", "12a",
    ] {
        assert!(!is_number_text(bad), "{bad}");
    }
}

#[test]
fn json_length_is_counted_like_compact_json() {
    for value in [
        json!(null),
        json!(true),
        json!(false),
        json!(0),
        json!(-12345),
        json!(u64::MAX),
        json!("a\"b\\c\n\u{1}é"),
        json!([1, "x", [], {}]),
        json!({"BLOCKS": [{"MESSAGE": "hi"}, {"DELIMITER": {"SIZE": 200}}], "COLOR": "#fff"}),
    ] {
        assert_eq!(
            json_len(&value),
            value.to_string().chars().count(),
            "{value}"
        );
    }
    assert!(json_len(&json!(1.5)) >= "1.5".len());
}

#[test]
fn params_must_be_an_object() {
    assert_eq!(
        refusal("im.notify.answer", json!([1, 2])),
        Some(("params".into(), Problem::NotAnObject))
    );
}

#[test]
fn limits_and_result_mode() {
    const LIMITED: &[Param] = &[
        crate::schema::opt("A", Ty::Str).max_chars(3),
        crate::schema::opt("B", Ty::Any).max_json(10),
    ];
    let limited = crate::schema::method("test.limits", &["test"]).params(LIMITED);
    assert!(validate(&limited, &json!({"A": "abc", "B": [1, 2]})).is_ok());
    assert!(matches!(
        validate(&limited, &json!({"A": "abcd"})),
        Err(Error::InvalidParam {
            problem: Problem::TooLong { max: 3, got: 4 },
            ..
        })
    ));
    assert!(matches!(
        validate(&limited, &json!({"B": "0123456789"})),
        Err(Error::InvalidParam {
            problem: Problem::TooLong { max: 10, got: 12 },
            ..
        })
    ));
    // Results: "" is a value, null passes, unknown fields are mismatches.
    const R: &[Param] = &[
        crate::schema::req("ID", Ty::Int),
        crate::schema::opt("NAME", Ty::Str),
    ];
    assert!(check_result(&crate::schema::obj(R), &json!({"ID": 1, "NAME": ""})).is_ok());
    assert!(check_result(&crate::schema::obj(R), &json!({"ID": null})).is_ok());
    assert_eq!(
        check_result(&crate::schema::obj(R), &json!({"NAME": "x"})).map_err(|e| e.0),
        Err("result.ID".to_string())
    );
    assert_eq!(
        check_result(&crate::schema::obj(R), &json!({"ID": 1, "X": 1})).map_err(|e| e.0),
        Err("result.X".to_string())
    );
}

// ----- rules over several fields, at any depth (issue 11) -----

#[test]
fn several_any_of_groups_on_one_method_are_each_enforced() {
    let second = refusal("im.disk.file.commit", json!({"CHAT_ID": 1}));
    assert_eq!(
        second,
        Some((
            "FILE_ID".to_string(),
            Problem::OneOfMissing(&["FILE_ID", "UPLOAD_ID"])
        ))
    );
    let first = refusal("im.disk.file.commit", json!({"UPLOAD_ID": [1, 2]}));
    assert_eq!(
        first,
        Some((
            "CHAT_ID".to_string(),
            Problem::OneOfMissing(&["CHAT_ID", "DIALOG_ID"])
        ))
    );
    assert_eq!(
        refusal(
            "im.disk.file.commit",
            json!({"DIALOG_ID": "chat5", "FILE_ID": 7})
        ),
        None
    );
}

#[test]
fn group_errors_name_every_member() {
    let err = validate(find("im.disk.file.commit").unwrap(), &json!({"CHAT_ID": 1})).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("FILE_ID") && text.contains("UPLOAD_ID"),
        "{text}"
    );
    assert!(
        text.ends_with("FILE_ID is required unless UPLOAD_ID is given"),
        "{text}"
    );
    let three = validate(find("im.notify.delete").unwrap(), &json!({})).unwrap_err();
    assert!(
        three
            .to_string()
            .ends_with("ID is required unless one of TAG, SUB_TAG is given"),
        "{three}"
    );
}

#[test]
fn bot_event_urls_are_needed_unless_event_handler_is_given() {
    let props = json!({"NAME": "Bot"});
    let without_welcome = json!({
        "CODE": "b", "EVENT_MESSAGE_ADD": "https://a", "EVENT_BOT_DELETE": "https://a",
        "PROPERTIES": props,
    });
    assert_eq!(
        field("imbot.register", without_welcome),
        "EVENT_WELCOME_MESSAGE"
    );
    let without_delete = json!({
        "CODE": "b", "EVENT_MESSAGE_ADD": "https://a", "EVENT_WELCOME_MESSAGE": "https://a",
        "PROPERTIES": props,
    });
    assert_eq!(field("imbot.register", without_delete), "EVENT_BOT_DELETE");
    let handler = json!({"CODE": "b", "EVENT_HANDLER": "https://a", "PROPERTIES": props});
    assert_eq!(refusal("imbot.register", handler), None);
}

#[test]
fn bot_properties_need_a_name_or_a_last_name() {
    let body =
        |props: Value| json!({"CODE": "b", "EVENT_HANDLER": "https://a", "PROPERTIES": props});
    assert_eq!(
        refusal("imbot.register", body(json!({"COLOR": "RED"}))),
        Some((
            "PROPERTIES.NAME".to_string(),
            Problem::OneOfMissing(&["NAME", "LAST_NAME"])
        ))
    );
    assert_eq!(
        refusal("imbot.register", body(json!({"LAST_NAME": "Smith"}))),
        None
    );
}

#[test]
fn fields_to_change_need_at_least_one_field() {
    assert_eq!(
        refusal("imbot.update", json!({"BOT_ID": 1, "FIELDS": {}})),
        Some(("FIELDS".to_string(), Problem::Empty))
    );
    assert_eq!(
        refusal(
            "imbot.update",
            json!({"BOT_ID": 1, "FIELDS": {"CODE": "x"}})
        ),
        None
    );
    assert_eq!(
        refusal(
            "imbot.command.update",
            json!({"COMMAND_ID": 1, "FIELDS": {}})
        ),
        Some(("FIELDS".to_string(), Problem::Empty))
    );
}

#[test]
fn a_date_range_needs_both_ends() {
    assert_eq!(
        refusal(
            "im.notify.history.search",
            json!({"SEARCH_TEXT": "abc", "SEARCH_DATE_FROM": "2024-10-01"})
        ),
        Some((
            "SEARCH_DATE_TO".to_string(),
            Problem::Together(&["SEARCH_DATE_FROM", "SEARCH_DATE_TO"])
        ))
    );
    let both = json!({"SEARCH_TEXT": "abc", "SEARCH_DATE_FROM": "2024-10-01", "SEARCH_DATE_TO": "2024-10-31"});
    assert_eq!(refusal("im.notify.history.search", both), None);
    assert_eq!(
        refusal("im.notify.history.search", json!({"SEARCH_TEXT": "abc"})),
        None
    );
}

#[test]
fn a_keyboard_button_needs_text_unless_it_is_a_line_break() {
    let body = |buttons: Value| json!({"DIALOG_ID": "chat1", "MESSAGE": "hi", "KEYBOARD": {"BUTTONS": buttons}});
    assert_eq!(
        refusal(
            "imbot.message.add",
            body(json!([{"TEXT": "a", "COMMAND": "x"}, {"TYPE": "NEWLINE"}, {"COMMAND": "y"}]))
        ),
        Some((
            "KEYBOARD.BUTTONS.2.TEXT".to_string(),
            Problem::MissingUnless {
                when: "TYPE",
                is: "NEWLINE"
            }
        ))
    );
    assert_eq!(
        refusal(
            "imbot.message.add",
            body(json!([{"TEXT": "a"}, {"TYPE": "NEWLINE"}]))
        ),
        None
    );
}

#[test]
fn an_attachment_block_is_exactly_one_key() {
    let body = |block: Value| json!({"DIALOG_ID": "chat1", "ATTACH": {"BLOCKS": [block]}});
    let (at, problem) = refusal(
        "im.message.add",
        body(json!({"MESSAGE": "a", "DELIMITER": true})),
    )
    .unwrap();
    assert!(at.starts_with("ATTACH.BLOCKS.0."), "{at}");
    assert!(matches!(problem, Problem::ExactlyOne(names) if names.contains(&"RICH_LINK")));
    assert!(matches!(
        refusal("im.message.add", body(json!({}))),
        Some((_, Problem::ExactlyOne(_)))
    ));
    assert_eq!(
        refusal("im.message.add", body(json!({"MESSAGE": "a"}))),
        None
    );
}

#[test]
fn numbers_stay_in_their_documented_ranges() {
    let search = |limit: Value| {
        refusal(
            "im.dialog.messages.search",
            json!({"CHAT_ID": 1, "LIMIT": limit}),
        )
    };
    assert_eq!(
        search(json!(201)),
        Some((
            "LIMIT".to_string(),
            Problem::OutOfRange { min: 1, max: 200 }
        ))
    );
    assert_eq!(
        search(json!("0")),
        Some((
            "LIMIT".to_string(),
            Problem::OutOfRange { min: 1, max: 200 }
        ))
    );
    assert_eq!(search(json!(200)), None);
    assert_eq!(search(json!("1")), None);
    let notify = find("imbot.v2.Chat.InputAction.notify").unwrap();
    let duration = notify.param("duration").unwrap();
    assert_eq!(duration.limit, Limit::Range { min: 1, max: 600 });
    assert_eq!(
        check_limit(duration.limit, &json!(601)),
        Err(Problem::OutOfRange { min: 1, max: 600 })
    );
    assert_eq!(check_limit(duration.limit, &json!(600)), Ok(()));
    assert_eq!(
        field("im.notify.get", json!({"LIMIT": 51})),
        "LIMIT".to_string()
    );
}

#[test]
fn forwarded_messages_are_at_most_one_hundred() {
    let send = find("imbot.v2.Chat.Message.send").unwrap();
    let forward = send
        .params
        .iter()
        .find_map(|p| match p.ty {
            Ty::Object(shape) => shape.fields.iter().find(|f| f.name == "forwardIds"),
            _ => None,
        })
        .expect("fields.forwardIds");
    let many: Map<String, Value> = (0..101).map(|i| (format!("u{i}"), json!(i))).collect();
    assert_eq!(
        check_limit(forward.limit, &Value::Object(many.clone())),
        Err(Problem::TooMany { max: 100, got: 101 })
    );
    let mut hundred = many;
    hundred.remove("u0");
    assert_eq!(check_limit(forward.limit, &Value::Object(hundred)), Ok(()));
}

#[test]
fn working_hours_are_hh_mm() {
    let config = |from: &str| {
        refusal(
            "imopenlines.config.add",
            json!({"PARAMS": {"WORKTIME_FROM": from}}),
        )
    };
    assert_eq!(config("09:00"), None);
    assert_eq!(config("23:59"), None);
    for bad in ["9:00", "24:00", "12:60", "0900", "09:00:00"] {
        assert!(
            matches!(config(bad), Some((f, Problem::WrongType(_))) if f == "PARAMS.WORKTIME_FROM"),
            "{bad}"
        );
    }
}

#[test]
fn dates_are_checked_against_the_calendar() {
    for good in [
        "2024-02-29",
        "2024-10-11T10:00:00+03:00",
        "2024-10-11T10:00:00.123Z",
        "2024-10-11 10:00",
        "11.10.2024",
        "11.10.2024 10:00:00",
    ] {
        assert!(is_date(good), "{good}");
    }
    for bad in [
        "2023-02-29",
        "2024-13-01",
        "2024-04-31",
        "1",
        "2024-10-11T25:00",
        "2024-10-11X",
        "32.01.2024",
        "11.10.2024T10:00",
    ] {
        assert!(!is_date(bad), "{bad}");
    }
    assert_eq!(
        field(
            "im.notify.history.search",
            json!({"SEARCH_TEXT": "abc", "SEARCH_DATE": "2024-02-30"})
        ),
        "SEARCH_DATE"
    );
}

#[test]
fn the_iframe_hash_is_exactly_32_characters() {
    let hash = find("imbot.app.register").unwrap().param("HASH").unwrap();
    assert_eq!(
        check_limit(hash.limit, &json!("abc")),
        Err(Problem::NotLength { want: 32, got: 3 })
    );
    assert_eq!(
        check_limit(hash.limit, &json!("0123456789abcdef0123456789abcdef")),
        Ok(())
    );
    assert_eq!(
        refusal(
            "imbot.app.update",
            json!({"APP_ID": 1, "FIELDS": {"HASH": "short"}})
        ),
        Some((
            "FIELDS.HASH".to_string(),
            Problem::NotLength { want: 32, got: 5 }
        ))
    );
}

#[test]
fn each_connector_message_needs_text_or_files() {
    let body = |message: Value| {
        json!({"CONNECTOR": "c", "LINE": 1, "MESSAGES": [
            {"user": {"id": "u"}, "message": {"id": "m", "text": "hi"}, "chat": {"id": "c"}},
            {"user": {"id": "u"}, "message": message, "chat": {"id": "c"}},
        ]})
    };
    assert_eq!(
        refusal("imconnector.send.messages", body(json!({"id": "m2"}))),
        Some((
            "MESSAGES.1.message.text".to_string(),
            Problem::OneOfMissing(&["text", "files"])
        ))
    );
    let files = json!({"id": "m2", "files": [{"url": "https://x/y.png", "name": "y.png"}]});
    assert_eq!(refusal("imconnector.send.messages", body(files)), None);
}

#[test]
fn rules_do_not_bind_results() {
    const FIELDS: &[Param] = &[
        crate::schema::opt("A", Ty::Str),
        crate::schema::opt("B", Ty::Str),
    ];
    let ty = crate::schema::obj(FIELDS).rules(&[Rule::AnyOf(&["A", "B"])]);
    assert!(check_result(&ty, &json!({})).is_ok());
    assert!(check_value(&ty, &json!({}), At::Top("x"), Mode::Params).is_err());
}

#[test]
fn exactly_one_refuses_two_and_together_accepts_none() {
    const FIELDS: &[Param] = &[
        crate::schema::opt("A", Ty::Str),
        crate::schema::opt("B", Ty::Str),
    ];
    let one = crate::schema::obj(FIELDS).rules(&[Rule::ExactlyOne(&["A", "B"])]);
    assert_eq!(
        check_value(
            &one,
            &json!({"A": "1", "B": "2"}),
            At::Top("x"),
            Mode::Params
        ),
        Err(("x.A".to_string(), Problem::ExactlyOne(&["A", "B"])))
    );
    assert!(check_value(
        &one,
        &json!({"B": "2", "A": ""}),
        At::Top("x"),
        Mode::Params
    )
    .is_ok());
    let both = crate::schema::obj(FIELDS).rules(&[Rule::Together(&["A", "B"])]);
    assert!(check_value(&both, &json!({}), At::Top("x"), Mode::Params).is_ok());
    assert_eq!(
        check_value(&both, &json!({"B": "2"}), At::Top("x"), Mode::Params),
        Err(("x.A".to_string(), Problem::Together(&["A", "B"])))
    );
}

#[test]
fn app_update_takes_its_changes_inside_fields_as_the_portal_reads_them() {
    assert_eq!(
        field(
            "imbot.app.update",
            json!({"APP_ID": 1, "IFRAME": "https://a.example/x"})
        ),
        "IFRAME"
    );
    assert_eq!(
        refusal("imbot.app.update", json!({"APP_ID": 1, "FIELDS": {}})),
        Some(("FIELDS".to_string(), Problem::Empty))
    );
    let change =
        json!({"APP_ID": 1, "FIELDS": {"IFRAME": "https://a.example/x", "JS_METHOD": "SEND"}});
    assert_eq!(refusal("imbot.app.update", change), None);
}

#[test]
fn the_list_readers_page_size_fits_the_documented_range() {
    let mut checked = 0;
    for m in crate::methods::all() {
        let size = match m.paging {
            crate::schema::Paging::Offset { size, .. }
            | crate::schema::Paging::Cursor { size, .. } => size,
            _ => continue,
        };
        // The size param may be nested (`PARAMS.limit`).
        let mut fields = m.params;
        let mut found = None;
        for part in size.param.split('.') {
            found = fields.iter().find(|p| p.name == part);
            if let Some(Param {
                ty: Ty::Object(shape),
                ..
            }) = found
            {
                fields = shape.fields;
            }
        }
        let param = found.unwrap_or_else(|| panic!("{}: {}", m.name, size.param));
        if let Limit::Range { min, max } = param.limit {
            assert!(
                min <= i64::from(size.max) && i64::from(size.max) <= max,
                "{}",
                m.name
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 5,
        "only {checked} list methods have a ranged page size"
    );
}

#[test]
fn a_bot_message_needs_a_dialog_or_both_user_ids() {
    let send = |ids: Value| {
        let mut body = json!({"MESSAGE": "hi"});
        body.as_object_mut()
            .unwrap()
            .extend(ids.as_object().unwrap().clone());
        refusal("imbot.message.add", body)
    };
    assert_eq!(send(json!({"DIALOG_ID": "chat1"})), None);
    assert_eq!(send(json!({"FROM_USER_ID": 1, "TO_USER_ID": 2})), None);
    assert_eq!(
        send(json!({"TO_USER_ID": 2})),
        Some((
            "DIALOG_ID".to_string(),
            Problem::OneOfMissing(&["DIALOG_ID", "FROM_USER_ID"])
        ))
    );
    assert_eq!(
        send(json!({"FROM_USER_ID": 1})),
        Some((
            "DIALOG_ID".to_string(),
            Problem::OneOfMissing(&["DIALOG_ID", "TO_USER_ID"])
        ))
    );
}

#[test]
fn search_phrases_need_at_least_two_characters() {
    // The pages: a shorter phrase is the portal's FIND_SHORT; it is refused before the wire.
    assert_eq!(
        refusal("im.search.user.list", json!({"FIND": "J"})),
        Some(("FIND".to_string(), Problem::TooShort { min: 2, got: 1 }))
    );
    assert_eq!(refusal("im.search.user.list", json!({"FIND": "Jo"})), None);
    // Characters, not bytes: two Cyrillic letters are enough.
    assert_eq!(refusal("im.search.user.list", json!({"FIND": "Юл"})), None);
    assert_eq!(
        field("im.search.chat.list", json!({"FIND_LINES": "x"})),
        "FIND_LINES"
    );
    assert_eq!(field("im.search.chat.list", json!({"FIND": ""})), "FIND");
    // im.search.department.list takes any phrase (a short one lists every department).
    assert_eq!(
        refusal("im.search.department.list", json!({"FIND": "a"})),
        None
    );
    let text = validate(find("im.search.user.list").unwrap(), &json!({"FIND": "J"}))
        .unwrap_err()
        .to_string();
    assert!(
        text.ends_with("FIND is 1 character long; must be at least 2"),
        "{text}"
    );
}

#[test]
fn v2_message_texts_over_20000_characters_are_refused_not_cut() {
    let text = |n: usize| "я".repeat(n);
    for (method, mut params) in [
        (
            "imbot.v2.Chat.Message.send",
            json!({"botId": 1, "dialogId": "chat1", "fields": {}}),
        ),
        (
            "imbot.v2.Chat.Message.update",
            json!({"botId": 1, "messageId": 2, "fields": {}}),
        ),
        (
            "imbot.v2.Command.answer",
            json!({"botId": 1, "commandId": 3, "messageId": 4, "dialogId": "chat1", "fields": {}}),
        ),
    ] {
        params["fields"]["message"] = json!(text(20_000));
        assert_eq!(refusal(method, params.clone()), None, "{method}");
        params["fields"]["message"] = json!(text(20_001));
        assert_eq!(
            refusal(method, params),
            Some((
                "fields.message".to_string(),
                Problem::TooLong {
                    max: 20_000,
                    got: 20_001
                }
            )),
            "{method}"
        );
    }
}

#[test]
fn iso_dates_are_read_as_seconds_since_1970_with_their_zone() {
    // Values from `date -u -d ... +%s`.
    assert_eq!(iso_seconds("1970-01-01"), Some(0));
    assert_eq!(iso_seconds("2000-03-01"), Some(951_868_800));
    assert_eq!(iso_seconds("2024-02-29T12:00:00Z"), Some(1_709_208_000));
    assert_eq!(
        iso_seconds("2024-02-29T14:00:00+02:00"),
        Some(1_709_208_000)
    );
    assert_eq!(iso_seconds("2024-02-29T09:30-0230"), Some(1_709_208_000));
    assert_eq!(iso_seconds("2024-02-29T12:00:00.250Z"), Some(1_709_208_000));
    assert_eq!(iso_seconds("1969-12-31T23:59:59Z"), Some(-1));
    for not_iso in [
        "29.02.2024",
        "29.02.2024 12:00",
        "2023-02-29",
        "2024-02-29T25:00",
        "today",
        "",
    ] {
        assert_eq!(iso_seconds(not_iso), None, "{not_iso}");
    }
}

#[test]
fn period_at_most_one_and_needs_one_of_rules() {
    use crate::schema::{opt, BOOL, DATE, STR};
    const FIELDS: &[Param] = &[
        opt("from", DATE),
        opt("to", DATE),
        opt("a", STR),
        opt("b", STR),
        opt("k", BOOL),
    ];
    let ty = crate::schema::obj(FIELDS).rules(&[
        Rule::Period {
            from: "from",
            to: "to",
            max_days: 2,
        },
        Rule::AtMostOne(&["a", "b"]),
        Rule::NeedsOneOf {
            field: "k",
            groups: &[&["from", "to"], &["a"]],
        },
    ]);
    let problem = |v: Value| {
        check_value(&ty, &v, At::Top(""), Mode::Params)
            .err()
            .map(|(f, p)| (f, p.to_string()))
    };
    assert_eq!(
        problem(json!({"from": "2026-01-01", "to": "2026-01-03"})),
        None
    );
    assert_eq!(
        problem(json!({"from": "2026-01-01", "to": "2026-01-03T00:00:01"}))
            .unwrap()
            .0,
        "to"
    );
    assert_eq!(
        problem(json!({"from": "2026-01-02", "to": "2026-01-01"})).unwrap(),
        ("to".into(), "is before from".into())
    );
    assert_eq!(problem(json!({"to": "02.01.2026"})).unwrap().0, "to");
    assert_eq!(
        problem(json!({"a": "x", "b": "y"})).unwrap(),
        (
            "b".into(),
            "cannot be given together with another of a, b".into()
        )
    );
    assert_eq!(problem(json!({"a": "x", "b": ""})), None);
    assert_eq!(
        problem(json!({"k": true, "from": "2026-01-01"})).unwrap(),
        ("k".into(), "needs from and to, or a to be given".into())
    );
    assert_eq!(problem(json!({"k": true, "a": "x"})), None);
}
