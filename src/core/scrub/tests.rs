use super::*;

#[test]
fn every_form_of_a_secret_is_masked() {
    let mut secrets = Secrets::default();
    secrets.add("s3cr3t/x+y");
    let text = "Failed to parse URL from https://h/rest/1/s3cr3t/x+y/a and s3cr3t%2Fx%2By";
    let clean = secrets.scrub(text);
    assert!(!clean.contains("s3cr3t"), "{clean}");
    assert_eq!(clean.matches(MASK).count(), 2);
}

#[test]
fn short_secrets_are_ignored_and_the_memory_is_bounded() {
    let mut secrets = Secrets::default();
    secrets.add("abc");
    assert_eq!(secrets.scrub("abc"), "abc");
    for i in 0..100 {
        secrets.add(&format!("token-{i:04}"));
    }
    assert_eq!(secrets.known.len(), REMEMBERED);
    assert_eq!(secrets.scrub("token-0099"), MASK);
    assert_eq!(secrets.scrub("token-0000"), "token-0000");
}
