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

// The declaration in options.rs is what the core checks: each core option's examples are
// accepted or refused as declared, each JS option passes through, and any other key is refused.
#[test]
fn the_declared_options_are_what_the_core_checks() {
    use super::options::{Checker, Group, CONTEXT_EXAMPLES, OPTIONS};
    let mut core_examples = 0;
    for option in OPTIONS.iter().filter(|o| o.group == Group::Client) {
        match option.checker {
            Checker::Core => {
                for value in option.accepts {
                    let text = format!("{{\"{}\": {value}}}", option.name);
                    assert!(Config::from_json(&text).is_ok(), "{text} is refused");
                    core_examples += 1;
                }
                for value in option.refuses {
                    let text = format!("{{\"{}\": {value}}}", option.name);
                    let error = Config::from_json(&text).unwrap_err();
                    assert_eq!(error.code(), "INVALID_CONFIG", "{text}");
                    assert!(error.description().contains(option.name), "{text}: {error}");
                }
            }
            // The JS entry checks these and hands over what it could not send as JSON as text.
            Checker::Js(_) => {
                assert!(
                    Config::from_json(&format!("{{\"{}\": \"<function>\"}}", option.name)).is_ok()
                )
            }
        }
    }
    assert!(core_examples >= 5);
    let not_options = CONTEXT_EXAMPLES
        .iter()
        .filter(|(_, key, _, _)| !OPTIONS.iter().any(|o| o.name == *key));
    for (_, key, _, _) in not_options {
        let error = Config::from_json(&format!("{{\"{key}\": 1}}")).unwrap_err();
        assert!(
            error
                .description()
                .contains("is not an option (plan, operatingLimit"),
            "{error}"
        );
    }
}
