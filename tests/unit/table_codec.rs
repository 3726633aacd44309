//! Unit tests of `src/table_codec.rs`: a child module of it (so private items are in reach), kept out of
//! `src/` with the other tests.

use super::*;
use crate::info::method_info;
use crate::methods::statics;

#[test]
fn decoding_gives_back_the_table() {
    let compact = encode(statics());
    let decoded = decode(&compact).unwrap();
    assert_eq!(decoded.len(), statics().count());
    for (original, copy) in statics().zip(&decoded) {
        assert_eq!(
            method_info(original),
            method_info(copy),
            "{}",
            original.name
        );
        assert_eq!(
            original.errors_in_result, copy.errors_in_result,
            "{}",
            original.name
        );
        assert_eq!(original.rules, copy.rules, "{}", original.name);
    }
}

#[test]
fn large_repeated_types_are_written_once() {
    let compact = encode(statics());
    let root: Value = serde_json::from_str(&compact).unwrap();
    assert!(!root["defs"].as_array().unwrap().is_empty());
    // The attachment shape is written once, in `defs`, however many methods take one.
    let uses = statics()
        .filter(|m| {
            m.params
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case("ATTACH"))
        })
        .count();
    assert!(uses >= 5, "{uses}");
    assert!(compact.matches("\"COLOR_TOKEN\"").count() <= 2);
}

#[test]
fn bad_text_is_an_error_not_a_panic() {
    for bad in [
        "",
        "[]",
        r#"{"defs":[],"methods":[[1]]}"#,
        r##"{"defs":[],"methods":[["m",[],0,[],[["P",["#",9]]]]]}"##,
    ] {
        assert!(decode(bad).is_err(), "{bad}");
    }
}

#[test]
fn paging_survives_the_round_trip_and_is_written_as_methods_shows_it() {
    let compact = encode(statics());
    let decoded = decode(&compact).unwrap();
    let mut pageable = 0;
    for (original, copy) in statics().zip(&decoded) {
        assert_eq!(original.paging, copy.paging, "{}", original.name);
        let shown =
            crate::info::paging_info(&original.paging).map(|p| serde_json::to_value(p).unwrap());
        assert_eq!(paging_json(&original.paging), shown, "{}", original.name);
        pageable += usize::from(shown.is_some());
    }
    assert!(pageable >= 14, "{pageable}");
}
