use super::*;

#[test]
fn oauth_bodies_carry_the_token_first() {
    let engine = Engine::oauth("https://p.example/rest/", "tok\"en", "").unwrap();
    assert_eq!(engine.body(r#"{"A":1}"#), r#"{"auth":"tok\"en","A":1}"#);
    assert_eq!(engine.body("{}"), r#"{"auth":"tok\"en"}"#);
    let body: serde_json::Value = serde_json::from_str(&engine.body(r#" { "A" : [1] } "#)).unwrap();
    assert_eq!(body["A"][0], 1);
}

#[test]
fn tokens_that_are_not_strings_of_text_are_refused() {
    for token in ["", " ", "a b", "a\nb"] {
        assert_eq!(
            Engine::oauth("https://p.example/rest/", token, "")
                .unwrap_err()
                .code(),
            "INVALID_CONFIG"
        );
    }
}

#[test]
fn errors_leave_without_the_secret_or_any_token() {
    let mut engine = Engine::webhook("https://p.example/rest/1/webhooksecret/", "").unwrap();
    let leak = Error::Network {
        method: "m".into(),
        message: "Failed to parse URL from https://p.example/rest/1/webhooksecret/m".into(),
    };
    assert!(!engine.clean(leak).to_string().contains("webhooksecret"));
    engine.set_token("new-token-123").unwrap();
    let echo = Error::Api {
        method: "m".into(),
        status: 401,
        code: "invalid_token".into(),
        description: "token new-token-123 is bad".into(),
    };
    assert!(!engine.clean(echo).to_string().contains("new-token-123"));
}

#[test]
fn a_shared_store_keeps_the_spare_slots_of_the_local_bucket() {
    let engine = Engine::webhook("https://store-plan.example/rest/1/s/", "").unwrap();
    // Cold (no round trip yet, a second assumed): 50/2 less ceil(2 × 1 s) + 1 = 3 spare.
    let cold = engine.store_plan(0.0).unwrap();
    assert_eq!((cold.size, cold.drain), (47.0, 2.0));
    crate::core::portals::with_limits(
        "https://store-plan.example",
        crate::limits::Plan::STANDARD,
        480.0,
        0.0,
        |l| (0..10).for_each(|_| l.bucket.observe_round_trip(20.0)),
    );
    // Fast round trips: ceil(2 × 20 ms) + 1 = 2 spare.
    assert_eq!(engine.store_plan(1.0).unwrap().size, 48.0);
    let off = Engine::webhook(
        "https://store-plan-off.example/rest/1/s/",
        r#"{"plan":false}"#,
    )
    .unwrap();
    assert!(off.store_plan(0.0).is_none());
}
