//! Reads the docs' method corpus (`spec/methods/*.json`, the vendored docs) into plain structs.

use serde_json::{Map, Value};
use std::path::PathBuf;

/// `placement` is extracted from its pages by `tools/extract-placement-methods.mjs`.
pub const FAMILIES: [&str; 5] = ["imopenlines", "imconnector", "im", "imbot", "placement"];

#[derive(Clone, Debug)]
pub struct SpecParam {
    pub name: String,
    pub required: bool,
    pub allowed: Vec<String>,
    pub children: Vec<SpecParam>,
}

#[derive(Clone, Debug)]
pub struct SpecError {
    pub status: u16,
    pub code: Option<String>,
    pub body: Value,
}

#[derive(Clone, Debug)]
pub struct SpecMethod {
    pub name: String,
    pub scopes: Vec<String>,
    pub deprecated: bool,
    pub params: Vec<SpecParam>,
    /// The curl example's body (webhook tab, else OAuth tab).
    pub example: Option<Map<String, Value>>,
    pub successes: Vec<Value>,
    pub errors: Vec<SpecError>,
}

pub fn dir() -> PathBuf {
    std::env::var_os("B24_SPEC_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/methods"))
}

fn param(v: &Value) -> SpecParam {
    SpecParam {
        name: v["name"].as_str().unwrap_or_default().to_string(),
        required: v["required"].as_bool().unwrap_or(false),
        allowed: v["allowed_values"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| match &x["value"] {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        children: v["children"]
            .as_array()
            .map(|c| c.iter().map(param).collect())
            .unwrap_or_default(),
    }
}

pub fn load() -> Vec<SpecMethod> {
    let mut out = Vec::new();
    for family in FAMILIES {
        let path = dir().join(format!("{family}.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let list: Vec<Value> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for m in list {
            let examples = &m["examples"];
            let example = examples["curl_webhook_body"]
                .as_object()
                .or_else(|| examples["curl_oauth_body"].as_object())
                .cloned();
            out.push(SpecMethod {
                name: m["method"].as_str().unwrap_or_default().to_string(),
                scopes: m["scopes"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default(),
                deprecated: m["deprecated"].as_bool().unwrap_or(false),
                params: m["params"]
                    .as_array()
                    .map(|a| a.iter().map(param).collect())
                    .unwrap_or_default(),
                example,
                successes: m["success_responses"]
                    .as_array()
                    .map(|a| a.iter().map(|s| s["body"].clone()).collect())
                    .unwrap_or_default(),
                errors: m["error_responses"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|e| SpecError {
                                status: e["http_status"].as_u64().unwrap_or(400) as u16,
                                code: e["body"]["error"].as_str().map(String::from).or_else(|| {
                                    e["body"]["result"]["error"].as_str().map(String::from)
                                }),
                                body: e["body"].clone(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            });
        }
    }
    out
}

/// The system error table: code → HTTP status.
pub fn system_errors() -> std::collections::HashMap<String, u16> {
    let path = dir().join("system-errors.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let table: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    table["errors"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|r| {
                    Some((
                        r["code"].as_str()?.to_string(),
                        r["http_status"].as_u64()? as u16,
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}
