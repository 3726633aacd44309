//! The reader against serde_json: the same texts accepted, the same values read, the same
//! texts refused (and cut-short texts told apart from wrong ones, as `BadReply` needs).

use super::*;
use proptest::prelude::*;
use serde_json::Value;

/// Any node as a `Value` (the crate converts scalars only; `value` reads containers).
fn to_value(node: &Node) -> Value {
    match node {
        Node::Arr(items) => Value::Array(items.iter().map(to_value).collect()),
        Node::Obj(fields) => Value::Object(
            fields
                .iter()
                .map(|f| (f.key.to_string(), to_value(&f.value)))
                .collect(),
        ),
        scalar => super::to_value(scalar),
    }
}

/// Both readers on one text: the same verdict, the same value, the same kind of refusal.
fn agree(text: &str) {
    let theirs = serde_json::from_str::<Value>(text);
    let ours = parse(text);
    match (&theirs, &ours) {
        (Ok(v), Ok(n)) => {
            assert_eq!(&to_value(n), v, "{text:?}");
            assert_eq!(to_value(n).to_string(), v.to_string(), "{text:?}");
        }
        (Err(e), Err(bad)) => assert_eq!(e.is_eof(), *bad == Bad::Eof, "{text:?}: {e} vs {bad:?}"),
        _ => panic!("{text:?}: serde_json {theirs:?}, ours {ours:?}"),
    }
    assert_eq!(check(text).is_ok(), theirs.is_ok(), "{text:?}");
    match (&theirs, value(text)) {
        (Ok(v), Ok(ours)) => assert_eq!(ours.to_string(), v.to_string(), "{text:?}"),
        (Err(e), Err(bad)) => assert_eq!(e.is_eof(), bad == Bad::Eof, "{text:?}"),
        (_, ours) => panic!("{text:?}: serde_json {theirs:?}, value() {ours:?}"),
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[a-zA-Z_\"\\\\/\u{0}-\u{1f}\u{e9}\u{1F600}]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[A-C]{0,2}", inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn reads_what_serde_json_writes(value in json_value()) {
        let text = serde_json::to_string(&value).unwrap();
        agree(&text);
        agree(&serde_json::to_string_pretty(&value).unwrap());
        // Every cut of a valid text is refused as cut short, or is a valid shorter text.
        for end in (0..text.len()).filter(|e| text.is_char_boundary(*e)) {
            agree(text.get(..end).unwrap());
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses(value in json_value(), at in any::<prop::sample::Index>(), with in prop::sample::select(&[
        "", " ", ",", ":", "{", "}", "[", "]", "\"", "\\", "-", "0", "01", ".", "e", "E+", "1e400",
        "tru", "nul", "\\u", "\\ud800", "\\udc00", "\\ud800\\u0041", "\u{1}", "x", "-0", "\\x",
    ][..])) {
        let text = serde_json::to_string(&value).unwrap();
        let mut cut = at.index(text.len() + 1);
        while !text.is_char_boundary(cut) { cut -= 1; }
        let (head, tail) = text.split_at(cut);
        agree(&format!("{head}{with}{tail}"));
        agree(&format!("{head}{with}"));
    }

    #[test]
    fn any_text_gets_a_verdict(text in "[\\[\\]{}\",:0-9a-z .eE+\\\\-]{0,24}") {
        agree(&text);
    }
}

#[test]
fn numbers_at_the_edges() {
    for text in [
        "0", "-0", "-0.0", "1e308", "1.7976931348623157e308", "1.7976931348623159e308",
        "1.8e308", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0.000001e314", "1e-400", "0e999999999999999999", "18446744073709551615",
        "18446744073709551616", "-9223372036854775808", "-9223372036854775809", "1E+2",
        "1.5e-3", "00", "-", "+1", ".5", "1.", "1e", "[1,]", "{\"a\":1,}", "{,}", "[,1]",
        "{\"a\" 1}", "{1:2}", "\"\\ud83d\\ude00\"", "\"a\u{7f}b\"", "\"\\/\"", " [ ] ", "[] x",
        "nulll", "\"\\u00e9\"", "12345678901234567890.5", "184467440737095516150.1",
        "1844674407370955161.6e3", "0.30000000000000004", "123456789012345678901234567890e-30",
        "1e-320", "-1e-400", "2.2250738585072014e-308", "9007199254740993", "-9007199254740993.0",
        "1e2147483648", "0e2147483648", "-1e-2147483648", "1.5e300", "0.00000001e316", "\"\\uD800\"", "\"\\uDBFF\\uDFFF\"",
    ] {
        agree(text);
    }
    assert_eq!(parse("-0").unwrap().integer(), None);
    assert_eq!(
        parse("-9223372036854775808").unwrap().as_i64(),
        Some(i64::MIN)
    );
    assert_eq!(
        parse("18446744073709551615").unwrap().as_u64(),
        Some(u64::MAX)
    );
}

#[test]
fn nesting_is_bounded_as_serde_json_bounds_it() {
    for depth in [126, 127, 128, 129, 5000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        agree(&text);
        let text = format!(
            "{}1{}",
            "{\"a\":[".repeat(depth / 2),
            "]}".repeat(depth / 2)
        );
        agree(&text);
    }
    assert_eq!(parse(&"[".repeat(200)), Err(Bad::TooDeep));
}

#[test]
fn repeated_keys_keep_their_first_place_and_last_value() {
    let node = parse(r#"{"b":1,"a":2,"b":3,"\u0061":4}"#).unwrap();
    let keys: Vec<_> = node
        .as_object()
        .unwrap()
        .iter()
        .map(|f| f.key.to_string())
        .collect();
    assert_eq!(keys, ["b", "a"]);
    assert_eq!(node.get("a"), Some(&Node::Num("4")));
    assert_eq!(node.get("b"), Some(&Node::Num("3")));
}

#[test]
fn skip_gives_the_range_of_a_value() {
    let text = r#"{"result": [1, {"x": "]"}], "time": {}}"#;
    let mut r = Reader::new(text);
    r.begin_object().unwrap();
    assert_eq!(r.next_key().unwrap().as_deref(), Some("result"));
    let (from, to) = r.skip().unwrap();
    assert_eq!(&text[from..to], r#"[1, {"x": "]"}]"#);
    assert_eq!(r.next_key().unwrap().as_deref(), Some("time"));
    r.skip().unwrap();
    assert_eq!(r.next_key().unwrap(), None);
    r.end().unwrap();
}

#[test]
fn repeated_keys_among_many_are_found() {
    let mut text = String::from("{");
    for i in 0..3000 {
        text.push_str(&format!("\"k{}\":{i},", i % 1500));
    }
    text.push_str("\"k0\":-1}");
    let node = parse(&text).unwrap();
    assert_eq!(node.as_object().unwrap().len(), 1500);
    assert_eq!(node.get("k0"), Some(&Node::Num("-1")));
    assert_eq!(node.get("k1499"), Some(&Node::Num("2999")));
    agree(&text);
}

proptest! {
    #[test]
    fn floats_read_as_serde_json_reads_them(f in any::<f64>().prop_filter("finite", |f| f.is_finite()),
        digits in "[0-9]{1,25}", frac in "[0-9]{0,25}", exp in -330i32..330) {
        agree(&serde_json::to_string(&f).unwrap());
        let dot = if frac.is_empty() { String::new() } else { format!(".{frac}") };
        agree(&format!("{}{dot}e{exp}", digits.trim_start_matches('0').chars().next().map_or("0".to_string(), |_| digits.trim_start_matches('0').to_string())));
    }
}

#[test]
fn powers_of_ten_are_the_nearest_f64s() {
    for k in 0..=308u32 {
        let want: f64 = format!("1e{k}").parse().unwrap();
        assert_eq!(number::pow10(k).to_bits(), want.to_bits(), "10^{k}");
    }
}
