//! Unit tests of `src/validate.rs`: a child module of it (so private items are in reach), kept out of
//! `src/` with the other tests.

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
    assert!(check_result(&Ty::Object(R), &json!({"ID": 1, "NAME": ""})).is_ok());
    assert!(check_result(&Ty::Object(R), &json!({"ID": null})).is_ok());
    assert_eq!(
        check_result(&Ty::Object(R), &json!({"NAME": "x"})).map_err(|e| e.0),
        Err("result.ID".to_string())
    );
    assert_eq!(
        check_result(&Ty::Object(R), &json!({"ID": 1, "X": 1})).map_err(|e| e.0),
        Err("result.X".to_string())
    );
}
