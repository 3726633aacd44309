use super::*;

#[test]
fn agrees_with_str() {
    let cases = [
        ("", "a"),
        ("abc", ""),
        ("aaaa", "aa"),
        ("a%5Bb%5D%5B0%5D", "%5B"),
        ("https://x.bitrix24.com/rest/1/s/", "://"),
        ("no separator here", "://"),
        ("héllo wörld héllo", "héllo"),
        ("日本語日本語", "本"),
        ("ab", "abc"),
    ];
    for (text, needle) in cases {
        if needle.is_empty() {
            assert_eq!(find(text, needle), None);
            assert_eq!(replace_all(text, needle, "*"), text);
            continue;
        }
        assert_eq!(
            find(text, needle),
            text.find(needle),
            "find {needle:?} in {text:?}"
        );
        assert_eq!(
            split_once(text, needle),
            text.split_once(needle),
            "split {text:?}"
        );
        assert_eq!(
            replace_all(text, needle, "*"),
            text.replace(needle, "*"),
            "replace in {text:?}"
        );
    }
}
