use super::*;
use crate::prelude::*;

#[test]
fn one_entry_per_code_in_order() {
    let table: Vec<&str> = codes().collect();
    assert_eq!(table, CODES);
}

#[test]
fn only_setting_connector_is_bound_elsewhere() {
    let elsewhere: Vec<&str> = all()
        .filter(|p| p.bind_shape().is_none())
        .map(|p| p.code)
        .collect();
    assert_eq!(elsewhere, ["SETTING_CONNECTOR"]);
    assert!(
        matches!(bind_options("SETTING_CONNECTOR"), Some(Err(why)) if why.contains("imconnector.register"))
    );
    assert!(bind_options("CRM_DEAL_DETAIL_TAB").is_none());
}

#[test]
fn icon_name_is_required_where_the_pages_say() {
    let required: Vec<&str> = all()
        .filter(|p| {
            p.bind_shape()
                .is_some_and(|s| s.fields.iter().any(|f| f.name == "iconName" && f.required))
        })
        .map(|p| p.code)
        .collect();
    assert_eq!(required, ["IM_TEXTAREA", "IM_SIDEBAR", "IM_NAVIGATION"]);
}

mod bind {
    use crate::error::{Error, Problem};
    use crate::methods;
    use crate::prelude::*;
    use crate::validate::validate;
    use serde_json::{json, Value};

    fn check(params: Value) -> Result<(), (String, Problem)> {
        let bind = methods::find("placement.bind").unwrap();
        validate(bind, &params).map_err(|e| match e {
            Error::InvalidParam { field, problem, .. } => (field, problem),
            other => panic!("{other:?}"),
        })
    }

    const HANDLER: &str = "https://example.com/widget";

    #[test]
    fn options_follow_the_code() {
        // The textarea page's own example.
        check(json!({
            "PLACEMENT": "IM_TEXTAREA", "HANDLER": HANDLER, "TITLE": "My toolbar item",
            "LANG_ALL": {"de": {"TITLE": "Mein Toolbar-Element"}, "en": {"TITLE": "My toolbar item"}},
            "OPTIONS": {"iconName": "fa-paperclip", "context": "ALL", "role": "USER", "extranet": "N",
                        "color": "LIGHT_BLUE", "width": 100, "height": 100}
        }))
        .unwrap();
        // width is the textarea's own key, not the sidebar's.
        let (field, problem) = check(json!({"PLACEMENT": "IM_SIDEBAR", "HANDLER": HANDLER,
            "OPTIONS": {"iconName": "fa-file-text-o", "width": 50}}))
        .unwrap_err();
        assert_eq!(
            (field.as_str(), problem),
            ("OPTIONS.width", Problem::Unknown)
        );
        let (field, problem) =
            check(json!({"PLACEMENT": "IM_TEXTAREA", "HANDLER": HANDLER})).unwrap_err();
        assert_eq!(
            (field.as_str(), problem),
            ("OPTIONS.iconName", Problem::Missing)
        );
        let (field, _) = check(json!({"PLACEMENT": "IM_NAVIGATION", "HANDLER": HANDLER,
            "OPTIONS": {"iconName": "fa-rocket", "context": "ALL"}}))
        .unwrap_err();
        assert_eq!(
            field, "OPTIONS.context",
            "the navigation item belongs to no chat"
        );
        check(json!({"PLACEMENT": "IM_CONTEXT_MENU", "HANDLER": HANDLER})).unwrap();
        check(
            json!({"PLACEMENT": "IMMOBILE_CONTEXT_MENU", "HANDLER": HANDLER,
            "OPTIONS": {"context": "CHAT;LINES", "role": "USER", "extranet": "N"}}),
        )
        .unwrap();
        let (field, problem) = check(json!({"PLACEMENT": "IM_CONTEXT_MENU", "HANDLER": HANDLER,
            "OPTIONS": {"context": "CHAT;GROUP"}}))
        .unwrap_err();
        assert_eq!(
            (field.as_str(), problem),
            (
                "OPTIONS.context",
                Problem::NotAllowed(super::super::CONTEXTS)
            )
        );
        let (field, _) = check(json!({"PLACEMENT": "IM_TEXTAREA", "HANDLER": HANDLER,
            "OPTIONS": {"iconName": "x".repeat(51)}}))
        .unwrap_err();
        assert_eq!(field, "OPTIONS.iconName");
        let (field, _) = check(json!({"PLACEMENT": "CONTACT_CENTER", "HANDLER": HANDLER,
            "OPTIONS": {"iconName": "fa-x"}}))
        .unwrap_err();
        assert_eq!(
            field, "OPTIONS.iconName",
            "the contact center keeps no OPTIONS"
        );
    }

    #[test]
    fn setting_connector_is_refused_with_the_docs_reason() {
        let (field, problem) =
            check(json!({"PLACEMENT": "SETTING_CONNECTOR", "HANDLER": HANDLER})).unwrap_err();
        assert_eq!(field, "PLACEMENT");
        let text = problem.to_string();
        assert!(
            text.contains("imconnector.register")
                && text.contains("PLACEMENT_HANDLER")
                && text.contains("never shows"),
            "{text}"
        );
        // Unbinding it is fine (an app may clean up a binding made by mistake).
        let unbind = methods::find("placement.unbind").unwrap();
        validate(unbind, &json!({"PLACEMENT": "SETTING_CONNECTOR"})).unwrap();
    }

    #[test]
    fn codes_outside_the_table_are_refused() {
        let (field, problem) =
            check(json!({"PLACEMENT": "CRM_DEAL_DETAIL_TAB", "HANDLER": HANDLER})).unwrap_err();
        assert_eq!(
            (field.as_str(), problem),
            ("PLACEMENT", Problem::NotAllowed(super::super::CODES))
        );
    }
}

/// The cURL example of `placement.bind` on each placement's own page validates, with the page's
/// code and `OPTIONS` (the pages under `spec/docs/`).
#[test]
fn every_placement_pages_bind_example_validates() {
    let bind = crate::methods::find("placement.bind").unwrap();
    let mut checked = Vec::new();
    for p in all() {
        let page = p.page.text();
        if page.starts_with("upstream:") {
            continue;
        }
        let path = format!("{}/spec/docs/{page}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let Some(curl) = text.find("rest/placement.bind") else {
            continue;
        };
        // The JSON body of `-d '...'` before the URL.
        let start = text[..curl].rfind("-d '").unwrap() + 4;
        let end = start + text[start..].find("}'").unwrap() + 1;
        let mut body: serde_json::Value = serde_json::from_str(&text[start..end]).unwrap();
        body.as_object_mut().unwrap().remove("auth");
        assert_eq!(body["PLACEMENT"], p.code, "{page}");
        crate::validate::validate(bind, &body).unwrap_or_else(|e| panic!("{page}: {e}"));
        checked.push(p.code);
    }
    assert_eq!(
        checked,
        [
            "IM_TEXTAREA",
            "IM_SIDEBAR",
            "IM_CONTEXT_MENU",
            "IM_NAVIGATION",
            "CONTACT_CENTER"
        ]
    );
}
