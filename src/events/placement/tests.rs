use super::parse_placement;
use crate::events::{
    verify_placement, BodyProblem, EventError, FieldProblem, PlacementVerdict, Unverified,
};
use crate::prelude::*;
use serde_json::{json, Value};

/// The `Array ( [KEY] => value ... )` block of a page's "What the handler receives", as the
/// portal would post it: DOMAIN, PROTOCOL, LANG, APP_SID in the query string, the rest in the
/// form body.
fn docs_example(page: &str) -> (String, String) {
    let path = format!("{}/spec/docs/{page}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text
        .find("Array\n(")
        .unwrap_or_else(|| panic!("{page}: no handler example"));
    example_from(&text[start..])
}

fn example_from(block: &str) -> (String, String) {
    let mut body = form_urlencoded::Serializer::new(String::new());
    let mut query = form_urlencoded::Serializer::new(String::new());
    for line in block.lines().skip(2) {
        let line = line.trim();
        if line == ")" {
            break;
        }
        let (key, value) = line.trim_start_matches('[').split_once("] => ").unwrap();
        match key {
            "DOMAIN" | "PROTOCOL" | "LANG" | "APP_SID" => query.append_pair(key, value),
            _ => body.append_pair(key, value),
        };
    }
    (body.finish(), query.finish())
}

fn parse(body: &str, query: &str) -> Result<Value, EventError> {
    parse_placement(body, Some("application/x-www-form-urlencoded"), Some(query))
}

const PAGES: &[(&str, &str)] = &[
    ("common/api-reference/widgets/im/textarea.md", "IM_TEXTAREA"),
    ("common/api-reference/widgets/im/sidebar.md", "IM_SIDEBAR"),
    (
        "common/api-reference/widgets/im/context-menu.md",
        "IM_CONTEXT_MENU",
    ),
    (
        "common/api-reference/widgets/im/navigation.md",
        "IM_NAVIGATION",
    ),
    ("common/api-reference/widgets/im/index.md", "IM_TEXTAREA"),
    (
        "common/api-reference/widgets/contact-center.md",
        "CONTACT_CENTER",
    ),
    (
        "common/api-reference/widgets/setting-connector.md",
        "SETTING_CONNECTOR",
    ),
];

/// IMMOBILE_CONTEXT_MENU's page is not vendored: its example, from upstream
/// b24restdocs@3064b53e api-reference/widgets/mobile-app.md.
const MOBILE_EXAMPLE: &str = "Array\n(\n    [DOMAIN] => xxx.bitrix24.com\n    [PROTOCOL] => 1\n    [LANG] => en\n    [APP_SID] => 52df2309b7ca57fa93c8545c3650fa57\n    [AUTH_ID] => 83fd7166007e9c94001e30ba00000001f0f107a52e6ad7ef9a1b8c3d5e2f4061\n    [AUTH_EXPIRES] => 3600\n    [REFRESH_ID] => 737c9966007e9c94001e30ba00000001f0f1072b8d4e6f01a3c57d9e8b2f4160\n    [SERVER_ENDPOINT] => https://oauth.bitrix.info/rest/\n    [APPLICATION_TOKEN] => ec1b2074a9d3f5c81b6e40d27a95cf38\n    [APPLICATION_SCOPE] => im,placement\n    [member_id] => d897063e1ce7c5eb9f04b9751eef5915\n    [status] => L\n    [PLACEMENT] => IMMOBILE_CONTEXT_MENU\n    [PLACEMENT_OPTIONS] => {\"dialogId\":\"chat1\"}\n)\n";

#[test]
fn every_docs_example_of_a_handler_request_parses() {
    for (page, code) in PAGES {
        let (body, query) = docs_example(page);
        let parsed = parse(&body, &query).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert_eq!(parsed["placement"], *code, "{page}");
        assert_eq!(parsed["domain"], "xxx.bitrix24.com", "{page}");
        assert_eq!(
            parsed["auth"]["endpoint"], "https://xxx.bitrix24.com/rest/",
            "{page}"
        );
        assert!(
            parsed["auth"]["accessToken"].as_str().unwrap().len() > 32,
            "{page}"
        );
        assert_eq!(parsed["authExpires"], 3600, "{page}");
        assert_eq!(parsed["status"], "L", "{page}");
        assert!(parsed["applicationToken"].is_string(), "{page}");
        assert!(
            parsed["scope"]
                .as_array()
                .unwrap()
                .contains(&json!("placement")),
            "{page}"
        );
    }
    let (body, query) = example_from(MOBILE_EXAMPLE);
    let mobile = parse(&body, &query).unwrap();
    assert_eq!(mobile["options"], json!({"dialogId": "chat1"}));
}

#[test]
fn placement_options_are_typed_per_code() {
    let (body, query) = docs_example("common/api-reference/widgets/setting-connector.md");
    let parsed = parse(&body, &query).unwrap();
    assert_eq!(
        parsed["options"],
        json!({"CONNECTOR": "my_connector", "LINE": "3", "STATUS": false, "ACTIVE_STATUS": true,
               "CONNECTION_STATUS": false, "REGISTER_STATUS": false, "ERROR_STATUS": false,
               "URI": "/contact_center/connector/?ID=my_connector&IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER"})
    );
    let (body, query) = docs_example("common/api-reference/widgets/im/context-menu.md");
    let parsed = parse(&body, &query).unwrap();
    assert_eq!(
        parsed["options"],
        json!({"messageId": "2431", "dialogId": "chat2", "URI": "/online/"})
    );
    // Flags as the form's "Y"/"1" read as booleans too.
    let body = "member_id=m&AUTH_ID=a&PLACEMENT=SETTING_CONNECTOR&PLACEMENT_OPTIONS=%7B%22STATUS%22%3A%22Y%22%7D";
    assert_eq!(
        parse(body, "DOMAIN=p.bitrix24.com").unwrap()["options"]["STATUS"],
        true
    );
}

#[test]
fn the_older_portals_form_reads_too() {
    // The rest module's app.layout template: no APPLICATION_TOKEN, SERVER_ENDPOINT or scope.
    let body = "AUTH_ID=tok&AUTH_EXPIRES=3600&REFRESH_ID=ref&member_id=m1&status=F&PLACEMENT=IM_SIDEBAR&PLACEMENT_OPTIONS=%7B%22dialogId%22%3A%2215%22%7D";
    let parsed = parse(
        body,
        "DOMAIN=portal.example.org%3A8443&PROTOCOL=1&LANG=de&APP_SID=s",
    )
    .unwrap();
    assert_eq!(
        parsed["auth"],
        json!({"endpoint": "https://portal.example.org:8443/rest/", "accessToken": "tok"})
    );
    assert_eq!(parsed["refreshToken"], "ref");
    assert!(parsed.get("applicationToken").is_none());
    assert_eq!(parsed["options"], json!({"dialogId": "15"}));
}

#[test]
fn bad_requests_are_refused_naming_the_field() {
    let base = "member_id=m&AUTH_ID=a&PLACEMENT=IM_TEXTAREA";
    let field = |body: &str, query: &str| match parse(body, query) {
        Err(EventError::Field { field, problem }) => (field, problem),
        other => panic!("{body}: {other:?}"),
    };
    // dialogId is required for IM_TEXTAREA.
    assert_eq!(
        field(base, "DOMAIN=p.bitrix24.com"),
        ("PLACEMENT_OPTIONS.dialogId".into(), FieldProblem::Missing)
    );
    assert_eq!(
        field(
            &format!("{base}&PLACEMENT_OPTIONS=%7Bnot+json"),
            "DOMAIN=p.bitrix24.com"
        )
        .0,
        "PLACEMENT_OPTIONS"
    );
    assert_eq!(
        field(
            "member_id=m&AUTH_ID=a&PLACEMENT=CRM_DEAL_DETAIL_TAB",
            "DOMAIN=p.bitrix24.com"
        )
        .0,
        "PLACEMENT"
    );
    assert_eq!(
        field(
            &format!("{base}&PLACEMENT_OPTIONS=%7B%22dialogId%22%3A%22c%22%7D"),
            "DOMAIN=evil.com%2Fx%3F"
        )
        .0,
        "DOMAIN"
    );
    assert_eq!(
        field(
            "member_id=m&PLACEMENT=IM_NAVIGATION",
            "DOMAIN=p.bitrix24.com"
        )
        .0,
        "AUTH_ID"
    );
    assert!(matches!(
        parse("AUTH_ID=a&PLACEMENT=IM_NAVIGATION", "DOMAIN=p.bitrix24.com"),
        Err(EventError::Unverified(Unverified::NoMemberId))
    ));
    // Duplicates: in the body, inside PLACEMENT_OPTIONS, and between query and body.
    let dup = |b: &str, q: &str| {
        matches!(
            parse(b, q),
            Err(EventError::Body(BodyProblem::DuplicateKey))
        )
    };
    assert!(dup(
        "member_id=m&AUTH_ID=a&PLACEMENT=IM_NAVIGATION&PLACEMENT=IM_TEXTAREA",
        "DOMAIN=p.bitrix24.com"
    ));
    assert!(dup(
        "member_id=m&AUTH_ID=a&PLACEMENT=IM_NAVIGATION&PLACEMENT_OPTIONS=%7B%22URI%22%3A%22a%22%2C%22URI%22%3A%22b%22%7D",
        "DOMAIN=p.bitrix24.com"
    ));
    assert!(dup(
        "member_id=m&AUTH_ID=a&PLACEMENT=IM_NAVIGATION&DOMAIN=q.bitrix24.com",
        "DOMAIN=p.bitrix24.com"
    ));
    assert!(matches!(
        parse("member_id=m&AUTH_ID=a&PLACEMENT=IM_NAVIGATION&PLACEMENT_OPTIONS=%7B%22__proto__%22%3A1%7D", "DOMAIN=p.bitrix24.com"),
        Err(EventError::Body(BodyProblem::ForbiddenKey))
    ));
}

#[test]
fn the_token_check() {
    let verdict = |t: Option<&str>, s: Option<&str>| verify_placement(Some("m"), t, s);
    assert_eq!(
        verdict(Some("abc"), Some("abc")),
        Ok(PlacementVerdict::Verified)
    );
    assert_eq!(
        verdict(Some("abd"), Some("abc")),
        Err(EventError::Unverified(Unverified::Mismatch))
    );
    assert_eq!(verdict(None, Some("abc")), Ok(PlacementVerdict::AskPortal));
    assert_eq!(verdict(Some("abc"), None), Ok(PlacementVerdict::AskPortal));
    assert_eq!(
        verify_placement(None, Some("a"), Some("a")),
        Err(EventError::Unverified(Unverified::NoMemberId))
    );
}
