use super::*;

#[test]
fn documented_names_pass() {
    for name in [
        "im.notify.answer",
        "imbot.v2.Chat.Message.send",
        "imopenlines.crm.chat.getLastId",
        "crm.item.list",
        "user.get",
        "profile",
        "_private.x1",
    ] {
        assert!(is_method_name(name), "{name}");
        assert!(check(name).is_ok(), "{name}");
    }
}

#[test]
fn names_that_would_change_the_url_or_the_command_are_refused() {
    for name in [
        "",
        ".",
        "..",
        "../../oauth/token",
        "../../../x",
        "%2e%2e/x",
        "..\\x",
        "im.notify.answer?auth=x",
        "a#b",
        "im.notify.ans\r\nwer",
        "im.notify.ans\twer",
        "im.notify.answe%72",
        "a&b",
        "a'b",
        "a b",
        "a..b",
        "a.",
        ".a",
        "1a",
        "a.1b",
        "ïm.notify",
        "a/b",
    ] {
        let refused = check(name).unwrap_err();
        assert_eq!(refused.code(), "INVALID_PARAM", "{name:?}");
        assert_eq!(refused.field(), Some("method"), "{name:?}");
    }
    assert!(check(&"a".repeat(MAX_LEN + 1)).is_err());
}

#[test]
fn batch_is_refused_as_a_method() {
    for name in ["batch", "BATCH", "Batch"] {
        let refused = check(name).unwrap_err();
        assert_eq!(refused.field(), Some("method"));
        assert!(refused.description().contains("batch"));
    }
}

#[test]
fn refused_names_print_without_control_characters() {
    assert_eq!(printable("a\r\nb\u{7f}ï"), "a??b??");
}
