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
    assert_eq!(lines.len(), 191 + 2);
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

mod vocabulary {
    use crate::core::config::options::{Checker, Group, OPTIONS};
    use crate::error::codes::{
        LIBRARY_CODES, REFRESH_REASONS, REFUSAL_CODES, REPLY_KINDS, SYSTEM_CODES,
    };
    use crate::{BadReplyKind, Error};

    fn library(code: &str) -> bool {
        LIBRARY_CODES.iter().any(|c| c.name == code)
    }

    /// Every code literal in the library's own sources (not its tests): `code: "..."`,
    /// `not_sent("...")`, and match arms `{ .. } => "..."` in capitals (`Error::code`,
    /// `EventError::code`).
    fn literal_codes() -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for marker in ["not_sent(\"", "code: \"", "} => \""] {
                        for (at, _) in text.match_indices(marker) {
                            let rest = &text[at + marker.len()..];
                            let code = &rest[..rest.find('"').unwrap()];
                            // `} => "..."` is also a match arm's text; only codes are capitals.
                            if code.len() > 2
                                && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
                            {
                                found.push((path.display().to_string(), code.to_string()));
                            }
                        }
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_code_the_library_gives_is_in_the_union() {
        let literals = literal_codes();
        assert!(
            literals.iter().any(|(_, c)| c == "STORE_UNAVAILABLE"),
            "{literals:?}"
        );
        for (file, code) in &literals {
            assert!(
                library(code),
                "{file}: {code} is not in LIBRARY_CODES (src/error/codes.rs)"
            );
        }
        let method = || "im.notify".to_string();
        let errors = [
            Error::InvalidConfig {
                message: String::new(),
            },
            Error::Network {
                method: method(),
                message: String::new(),
            },
            Error::BadReply {
                method: method(),
                status: 200,
                kind: BadReplyKind::Html,
            },
            Error::OutcomeUnknown {
                method: method(),
                message: String::new(),
                status: None,
                kind: None,
            },
            Error::Refresh {
                method: method(),
                message: String::new(),
                reason: None,
            },
        ];
        for error in errors {
            assert!(library(error.code()), "{}", error.code());
        }
        assert!(library(crate::error::UNKNOWN_ERROR));
        assert!(library("INVALID_EVENT") && library("UNVERIFIED_EVENT"));
        // No code is listed twice, and the library's codes are not the portal's.
        let mut all: Vec<&str> = LIBRARY_CODES
            .iter()
            .map(|c| c.name)
            .chain(SYSTEM_CODES.iter().copied())
            .collect();
        let count = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), count);
    }

    #[test]
    fn the_lists_match_what_the_core_does() {
        let kinds = [
            BadReplyKind::Html,
            BadReplyKind::Empty,
            BadReplyKind::Truncated,
            BadReplyKind::NotJson,
            BadReplyKind::NoResult,
            BadReplyKind::Redirect,
            BadReplyKind::BadStatus,
            BadReplyKind::NoRows,
            BadReplyKind::NoProgress,
        ];
        assert_eq!(kinds.map(BadReplyKind::as_str).as_slice(), REPLY_KINDS);
        for code in SYSTEM_CODES {
            let error = Error::Api {
                method: "im.notify".into(),
                status: 503,
                code: code.to_string(),
                description: String::new(),
            };
            assert_eq!(error.is_refusal(), REFUSAL_CODES.contains(code), "{code}");
        }
        assert!(REFRESH_REASONS.contains(&"STORE_UNAVAILABLE"));
    }

    #[test]
    fn the_generated_files_carry_every_declared_name() {
        let generated = super::super::generate();
        for code in LIBRARY_CODES {
            assert!(
                generated
                    .codes_dts
                    .contains(&format!("| \"{}\"", code.name)),
                "{}",
                code.name
            );
            assert!(generated.codes_js.contains(&format!("\"{}\"", code.name)));
        }
        for option in OPTIONS {
            assert!(
                generated
                    .options_dts
                    .contains(&format!("  {}", option.name)),
                "{}",
                option.name
            );
            if let (Group::Client, Checker::Js(type_of)) = (option.group, option.checker) {
                assert!(generated
                    .options_js
                    .contains(&format!("{}: \"{type_of}\"", option.name)));
            }
        }
        let examples: serde_json::Value =
            serde_json::from_str(&generated.options_examples_json).unwrap();
        let rows = examples.as_array().unwrap();
        assert!(rows.iter().filter(|r| r["accepted"] == true).count() >= 20);
        assert!(rows.iter().filter(|r| r["accepted"] == false).count() >= 20);
    }
}
