use super::*;

fn refused(text: &str) -> String {
    match Config::from_json(text) {
        Err(Error::InvalidConfig { message }) => message,
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn defaults_and_known_options() {
    assert_eq!(Config::from_json("").unwrap(), Config::default());
    let c =
        Config::from_json(r#"{"plan":"enterprise","timeoutMs":300,"operatingLimit":100}"#).unwrap();
    assert_eq!(c.plan, Some(Plan::ENTERPRISE));
    assert_eq!(c.timeout_ms, 300.0);
    assert_eq!(c.operating_limit, 100.0);
    assert_eq!(Config::from_json(r#"{"plan":false}"#).unwrap().plan, None);
}

#[test]
fn wrong_options_are_refused_by_name() {
    assert!(refused(r#"{"timeout":5}"#).contains("options.timeout "));
    assert!(refused(r#"{"timeoutMs":"abc"}"#).contains("options.timeoutMs"));
    assert!(refused(r#"{"timeoutMs":0}"#).contains("options.timeoutMs"));
    assert!(refused(r#"{"timeoutMs":2147483648}"#).contains("options.timeoutMs"));
    assert!(refused(r#""a string""#).contains("options must be an object"));
    assert!(refused(r#"{"plan":{"size":2,"drain":1e-300}}"#).contains("plan.drain"));
    assert!(refused(r#"{"plan":{"size":1,"drain":2}}"#).contains("plan.size"));
    assert!(refused(r#"{"plan":{"size":50,"drain":2,"x":1}}"#).contains("plan.x"));
    assert!(refused(r#"{"plan":"gold"}"#).contains("options.plan"));
}
