use super::*;

#[test]
fn words_keep_codes_and_lose_everything_that_could_break_a_line() {
    assert_eq!(word("QUERY_LIMIT_EXCEEDED"), "QUERY_LIMIT_EXCEEDED");
    assert_eq!(word("a b\nc=d"), "a?b?c?d");
    assert_eq!(word(&"x".repeat(100)).len(), 64);
}

#[test]
fn lines_are_kept_only_with_a_logger_and_stay_bounded() {
    let mut log = Log::default();
    log.push(Level::Info, "dropped".into());
    assert_eq!(log.take(), "");
    log.enable();
    for i in 0..100 {
        log.push(Level::Warn, format!("line {i}"));
    }
    let taken = log.take();
    let lines: Vec<&str> = taken.lines().collect();
    assert_eq!(lines.len(), MAX_LINES);
    assert_eq!(lines.first(), Some(&"warn line 36"));
    assert_eq!(lines.last(), Some(&"warn line 99"));
    assert_eq!(log.take(), "", "taken lines are gone");
}
