//! Unit tests of the pipeline: the compact table decodes back to the entries, and
//! `methods.json` shows exactly what the `.wasm` validates against.

use super::compact::encode;
use super::rows::{method_info, MethodInfo};
use crate::methods::compact::decode;
use crate::methods::statics;
use serde_json::Value;

#[test]
fn decoding_gives_back_the_table() {
    let decoded = decode(&encode(statics())).unwrap();
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
        assert_eq!(original.paging, copy.paging, "{}", original.name);
    }
}

#[test]
fn methods_json_is_the_decoded_table_one_method_per_line() {
    let generated = super::generate();
    let lines: Vec<&str> = generated.methods_json.lines().collect();
    assert_eq!((lines[0], lines[lines.len() - 1]), ("[", "]"));
    assert_eq!(lines.len(), 187 + 2);
    let rows: Value = serde_json::from_str(&generated.methods_json).unwrap();
    // What the .wasm decodes from its embedded copy is what methods() shows.
    let wasm_view: Vec<MethodInfo> = decode(&generated.table_json)
        .unwrap()
        .iter()
        .map(method_info)
        .collect();
    assert_eq!(rows, serde_json::to_value(wasm_view).unwrap());
    let row = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(row("im.recent.list")["paging"]["kind"], "offset");
    assert_eq!(row("imopenlines.config.get")["reads"], true);
    assert_eq!(
        row("im.disk.file.commit")["rules"],
        serde_json::json!([{"anyOf": ["CHAT_ID", "DIALOG_ID"]}, {"anyOf": ["FILE_ID", "UPLOAD_ID"]}])
    );
}

#[test]
fn methods_dts_declares_the_rows_it_ships() {
    let dts = super::generate().methods_dts;
    for name in [
        "MethodInfo",
        "ParamInfo",
        "LimitInfo",
        "TypeInfo",
        "RuleInfo",
        "PagingInfo",
        "CursorInfo",
    ] {
        assert_eq!(
            dts.matches(&format!("export interface {name} ")).count(),
            1,
            "{name}"
        );
    }
    assert!(dts.contains("kind: \"offset\" | \"cursor\";"));
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
