//! The method table against the docs (`spec/methods/*.json`), natively.
//!
//! For every documented method: it is in the table; its params (names, required flags,
//! allowed values, nested fields) match the page; its example request validates; leaving out
//! each required param is refused naming that param; its success examples match the declared
//! result type; its error examples decode to their code and status. Every mismatch must be a
//! row of `methods::differences`, and every row must still be a mismatch.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use b24_wasm::error::{decode, Error, Problem};
use b24_wasm::methods::{self, differences, differences::Kind};
use b24_wasm::schema::{Method, Obj, Param, Rule, Ty};
use b24_wasm::validate::{check_result, validate};
use common::spec::{self, SpecMethod, SpecParam};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// (method, field, kind) of every mismatch found.
type Found = BTreeSet<(String, String, Kind)>;

fn listed(method: &str, field: &str, kinds: &[Kind]) -> bool {
    differences::all().any(|d| d.method == method && d.field == field && kinds.contains(&d.kind))
}

fn allowed_of(ty: &Ty) -> Option<Vec<String>> {
    match ty {
        Ty::Enum(values) => Some(values.iter().map(|v| v.to_string()).collect()),
        Ty::Array(item) => allowed_of(item),
        _ => None,
    }
}

fn fields_of(ty: &Ty) -> Option<Obj> {
    match ty {
        Ty::Object(shape) => Some(*shape),
        Ty::Array(item) => fields_of(item),
        Ty::Either(choices) => choices.iter().find_map(fields_of),
        _ => None,
    }
}

/// A field the object's rules make required unless another field is given: a page that marks
/// it required and says "needed unless ..." is what the rule says.
fn required_by_rule(name: &str, rules: &[Rule]) -> bool {
    rules.iter().any(|rule| match *rule {
        Rule::AnyOf(names) | Rule::ExactlyOne(names) => names.contains(&name),
        Rule::NeededUnless { field, .. } => field == name,
        Rule::Together(_)
        | Rule::NotEmpty
        | Rule::AtMostOne(_)
        | Rule::Period { .. }
        | Rule::NeedsOneOf { .. }
        | Rule::PlacementOptions { .. } => false,
    })
}

/// Compares documented params with table params; records the path of each mismatch.
fn compare_params(
    documented: &[SpecParam],
    shape: Obj,
    prefix: &str,
    found: &mut Vec<(String, String)>,
) {
    let table: &[Param] = shape.fields;
    let at = |name: &str| {
        if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}.{name}")
        }
    };
    for doc in documented {
        let Some(param) = table.iter().find(|p| p.name == doc.name) else {
            found.push((
                at(&doc.name),
                "documented param missing from the table".into(),
            ));
            continue;
        };
        let conditional = doc.required && required_by_rule(param.name, shape.rules);
        if param.required != doc.required && !conditional {
            found.push((
                at(&doc.name),
                format!("required: docs {} table {}", doc.required, param.required),
            ));
        }
        // A flag documented as `true`/`false` (or `Y`/`N`) is what BOOL accepts.
        let flag = matches!(param.ty, Ty::Bool)
            && doc
                .allowed
                .iter()
                .all(|v| ["true", "false", "Y", "N"].contains(&v.as_str()));
        let doc_values: Option<Vec<String>> =
            (!doc.allowed.is_empty() && !flag).then(|| doc.allowed.clone());
        let table_values = allowed_of(&param.ty);
        if doc_values.is_some() && doc_values != table_values
            || doc_values.is_none() && table_values.is_some()
        {
            found.push((
                at(&doc.name),
                format!("allowed values: docs {doc_values:?} table {table_values:?}"),
            ));
        }
        match fields_of(&param.ty) {
            Some(fields) if !doc.children.is_empty() => {
                compare_params(&doc.children, fields, &at(&doc.name), found)
            }
            Some(_) => found.push((
                at(&doc.name),
                "table has nested fields the extraction lacks".into(),
            )),
            None if !doc.children.is_empty() => found.push((
                at(&doc.name),
                "docs have nested fields the table lacks".into(),
            )),
            None => {}
        }
    }
    for param in table {
        if !documented.iter().any(|d| d.name == param.name) {
            found.push((at(param.name), "table param not in the docs".into()));
        }
    }
}

fn example_body(m: &SpecMethod) -> Option<Map<String, Value>> {
    let mut body = m.example.clone()?;
    body.remove("auth");
    Some(body)
}

#[test]
fn every_documented_method_is_in_the_table_and_nothing_else() {
    let documented = spec::load();
    let missing: Vec<&str> = documented
        .iter()
        .map(|m| m.name.as_str())
        .filter(|n| methods::find(n).is_none())
        .collect();
    let extra: Vec<&str> = methods::all()
        .map(|m| m.name)
        .filter(|n| !documented.iter().any(|d| d.name == *n))
        .collect();
    assert!(extra.is_empty(), "table methods not in the docs: {extra:?}");
    assert!(
        missing.is_empty(),
        "{} documented methods are missing from the table: {missing:?}",
        missing.len()
    );
}

/// Runs `check` over every method of the table that the docs describe.
fn for_each_method(mut check: impl FnMut(&SpecMethod, &'static Method, &mut Found)) -> Found {
    let mut found = Found::new();
    for documented in spec::load() {
        if let Some(entry) = methods::find(&documented.name) {
            check(&documented, entry, &mut found);
        }
    }
    found
}

/// Every found mismatch is listed with one of `kinds`, and every listed row of those kinds
/// is still found.
fn assert_listed_exactly(found: &Found, kinds: &[Kind], what: &str) {
    let unlisted: Vec<String> = found
        .iter()
        .filter(|(m, f, _)| !listed(m, f, kinds))
        .map(|(m, f, k)| format!("{m} {f} ({k:?})"))
        .collect();
    assert!(
        unlisted.is_empty(),
        "{what}: {} mismatches are not in methods::differences:\n{}",
        unlisted.len(),
        unlisted.join("\n")
    );
    let stale: Vec<String> = differences::all()
        .filter(|d| kinds.contains(&d.kind))
        .filter(|d| !found.iter().any(|(m, f, _)| m == d.method && f == d.field))
        .map(|d| format!("{} {} ({:?})", d.method, d.field, d.kind))
        .collect();
    assert!(
        stale.is_empty(),
        "{what}: rows of methods::differences that no longer differ:\n{}",
        stale.join("\n")
    );
}

#[test]
fn params_match_the_pages() {
    let mut details = Vec::new();
    let found = for_each_method(|doc, entry, found| {
        let mut here = Vec::new();
        let top = Obj {
            fields: entry.params,
            rules: entry.rules,
        };
        compare_params(&doc.params, top, "", &mut here);
        for (field, why) in here {
            details.push(format!("{} {field}: {why}", doc.name));
            found.insert((doc.name.clone(), field, Kind::FollowsPage));
        }
    });
    let unlisted: Vec<&String> = details
        .iter()
        .filter(|d| {
            let mut parts = d.splitn(2, ' ');
            let m = parts.next().unwrap_or_default();
            let f = parts
                .next()
                .unwrap_or_default()
                .split(':')
                .next()
                .unwrap_or_default();
            !listed(m, f, &[Kind::FollowsPage, Kind::DocsError])
        })
        .collect();
    assert!(
        unlisted.is_empty(),
        "param mismatches not in methods::differences:\n{}",
        unlisted
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_listed_exactly(&found, &[Kind::FollowsPage, Kind::DocsError], "params");
}

#[test]
fn documented_example_requests_validate() {
    let found = for_each_method(|doc, entry, found| {
        let Some(body) = example_body(doc) else {
            return;
        };
        if let Err(Error::InvalidParam { field, .. }) = validate(entry, &Value::Object(body)) {
            found.insert((doc.name.clone(), field, Kind::ExampleRefused));
        }
    });
    assert_listed_exactly(&found, &[Kind::ExampleRefused], "example requests");
}

#[test]
fn leaving_out_a_required_param_is_refused_naming_it() {
    let mut checked = 0;
    for_each_method(|doc, entry, _| {
        let body = example_body(doc).unwrap_or_default();
        for param in entry.params.iter().filter(|p| p.required) {
            let mut without = body.clone();
            without.remove(param.name);
            match validate(entry, &Value::Object(without)) {
                Err(Error::InvalidParam {
                    method,
                    field,
                    problem,
                }) => {
                    assert_eq!(method, entry.name);
                    // Another required param the example lacks may be named first.
                    if field == param.name {
                        assert_eq!(problem, Problem::Missing);
                        checked += 1;
                    } else {
                        // Without an example the body is empty: an earlier required
                        // param is named first.
                        let earlier = doc.example.is_none()
                            && entry.params.iter().any(|p| p.required && p.name == field);
                        assert!(
                            earlier || listed(&doc.name, &field, &[Kind::ExampleRefused]),
                            "{}: {field} refused instead of {}",
                            doc.name,
                            param.name
                        );
                    }
                }
                other => panic!("{}: leaving out {} gave {other:?}", doc.name, param.name),
            }
        }
    });
    assert!(checked > 0, "no required param was checked");
}

#[test]
fn success_examples_match_the_result_types() {
    let found = for_each_method(|doc, entry, found| {
        for body in &doc.successes {
            let Some(result) = body.get("result") else {
                continue;
            };
            if let Err((field, problem)) = check_result(&entry.result.ty, result) {
                eprintln!("{}: {field} {problem}", doc.name);
                found.insert((doc.name.clone(), "result".to_string(), Kind::ResultDiffers));
            }
        }
    });
    assert_listed_exactly(&found, &[Kind::ResultDiffers], "success examples");
}

#[test]
fn success_examples_decode() {
    for_each_method(|doc, entry, _| {
        for body in &doc.successes {
            let text = body.to_string();
            let decoded = decode(entry.name, 200, text.clone());
            if entry.errors_in_result && body.pointer("/result/result") == Some(&Value::Bool(false))
            {
                continue;
            }
            let success =
                decoded.unwrap_or_else(|e| panic!("{}: success example decoded as {e}", doc.name));
            assert_eq!(success.body, text);
        }
    });
}

#[test]
fn error_examples_decode_to_their_code_and_status() {
    let system = spec::system_errors();
    let mut checked = 0;
    let found = for_each_method(|doc, entry, found| {
        for example in &doc.errors {
            let body = example.body.to_string();
            match decode(entry.name, example.status, body) {
                Err(Error::Api {
                    method,
                    status,
                    code,
                    ..
                }) => {
                    assert_eq!(method, entry.name);
                    assert_eq!(status, example.status, "{}", doc.name);
                    assert_eq!(Some(code.as_str()), example.code.as_deref(), "{}", doc.name);
                    checked += 1;
                    if example.status == 200 {
                        found.insert((doc.name.clone(), code, Kind::ErrorInResult));
                    } else if system.get(&code).is_some_and(|&s| s != example.status) {
                        // The page shows a system error with another status than the system table.
                        found.insert((doc.name.clone(), code, Kind::StatusDiffers));
                    }
                }
                other => panic!(
                    "{}: error example {:?} decoded as {other:?}",
                    doc.name, example.body
                ),
            }
        }
    });
    assert!(checked > 0);
    let in_200: Found = found
        .iter()
        .filter(|f| f.2 == Kind::ErrorInResult)
        .cloned()
        .collect();
    assert_listed_exactly(&in_200, &[Kind::ErrorInResult], "errors inside HTTP 200");
    let statuses: Found = found
        .iter()
        .filter(|f| f.2 == Kind::StatusDiffers)
        .cloned()
        .collect();
    assert_listed_exactly(
        &statuses,
        &[Kind::StatusDiffers],
        "system errors with another status",
    );
}

/// The rules the `imopenlines.v2.*` statistics pages state in prose, each once refused and
/// once accepted at its edge.
#[test]
fn the_statistics_pages_rules_are_kept() {
    let check = |method: &str, params: Value| validate(methods::find(method).unwrap(), &params);
    let refused = |method: &str, params: Value| -> (String, String) {
        match check(method, params.clone()) {
            Err(Error::InvalidParam { field, problem, .. }) => (field, problem.to_string()),
            other => panic!("{method} {params}: {other:?}"),
        }
    };
    let ids = |n: u64| Value::Array((1..=n).map(Value::from).collect());
    let stat = "imopenlines.v2.Stat.get";
    // The period: ISO 8601, at most 366 days, not reversed; both ends required.
    assert!(check(
        stat,
        serde_json::json!({"dateFrom": "2028-01-01", "dateTo": "2029-01-01"})
    )
    .is_ok());
    assert!(check(stat, serde_json::json!({"dateFrom": "2026-01-01T00:00:00+02:00", "dateTo": "2027-01-02T00:00:00+02:00"})).is_ok());
    let (field, why) = refused(
        stat,
        serde_json::json!({"dateFrom": "2026-01-01T00:00:00+02:00", "dateTo": "2027-01-02T00:00:01+02:00"}),
    );
    assert_eq!(
        (field.as_str(), why.as_str()),
        ("dateTo", "is more than 366 days after the period's start")
    );
    // Zones count: each of these is decided the other way when the zones are ignored.
    assert_eq!(refused(stat, serde_json::json!({"dateFrom": "2026-01-01T03:00:00+05:00", "dateTo": "2027-01-01T23:00:00Z"})).0, "dateTo");
    assert!(check(stat, serde_json::json!({"dateFrom": "2026-01-01T00:00:00Z", "dateTo": "2027-01-02T01:00:00+02:00"})).is_ok());
    assert_eq!(
        refused(
            stat,
            serde_json::json!({"dateFrom": "2026-06-30", "dateTo": "2026-06-01"})
        ),
        ("dateTo".into(), "is before dateFrom".into())
    );
    let (field, why) = refused(
        stat,
        serde_json::json!({"dateFrom": "01.06.2026", "dateTo": "2026-06-30"}),
    );
    assert_eq!(field, "dateFrom");
    assert!(why.contains("ISO 8601"), "{why}");
    assert_eq!(
        refused(stat, serde_json::json!({"dateFrom": "2026-06-01"})).0,
        "dateTo"
    );
    // List filters: at most 1000 ids.
    let base = serde_json::json!({"dateFrom": "2026-06-01", "dateTo": "2026-06-30"});
    let mut with = base.clone();
    with["configIdList"] = ids(1000);
    assert!(check(stat, with.clone()).is_ok());
    with["configIdList"] = ids(1001);
    assert_eq!(refused(stat, with).0, "configIdList");
    // Batch methods: 100 and 50 ids.
    assert!(check(
        "imopenlines.v2.Session.Stat.get",
        serde_json::json!({"sessionId": ids(100)})
    )
    .is_ok());
    assert_eq!(
        refused(
            "imopenlines.v2.Session.Stat.get",
            serde_json::json!({"sessionId": ids(101)})
        )
        .0,
        "sessionId"
    );
    // Repeats are dropped by the portal before it counts ("Duplicates in sessionId are removed").
    let mut repeated = ids(100);
    repeated
        .as_array_mut()
        .unwrap()
        .extend([Value::from(1), Value::from("2")]);
    assert!(check(
        "imopenlines.v2.Session.Stat.get",
        serde_json::json!({ "sessionId": repeated })
    )
    .is_ok());
    assert!(check(
        "imopenlines.v2.Session.Transfer.list",
        serde_json::json!({"sessionId": ids(50)})
    )
    .is_ok());
    assert_eq!(
        refused(
            "imopenlines.v2.Session.Transfer.list",
            serde_json::json!({"sessionId": ids(51)})
        )
        .0,
        "sessionId"
    );
    assert_eq!(
        refused(
            "imopenlines.v2.Session.Transfer.list",
            serde_json::json!({"sessionId": 5})
        )
        .0,
        "sessionId"
    );
    // Session.list: status xor closeReason; kpiFirstAnswer needs a full period; page 1-200;
    // offset at most 10,000; flags true/Y/1.
    let sessions = "imopenlines.v2.Session.list";
    assert_eq!(
        refused(
            sessions,
            serde_json::json!({"status": "closed", "closeReason": "spam"})
        )
        .0,
        "closeReason"
    );
    assert_eq!(
        refused(
            sessions,
            serde_json::json!({"kpiFirstAnswer": true, "dateCreateFrom": "2026-06-01"})
        )
        .0,
        "kpiFirstAnswer"
    );
    assert!(check(sessions, serde_json::json!({"kpiFirstAnswer": "1", "dateCloseFrom": "2026-06-01", "dateCloseTo": "2026-06-30"})).is_ok());
    assert!(check(
        sessions,
        serde_json::json!({"hasCrm": 0, "hasVoteHead": "Y"})
    )
    .is_ok());
    assert_eq!(
        refused(sessions, serde_json::json!({"hasCrm": 2})).0,
        "hasCrm"
    );
    assert_eq!(
        refused(sessions, serde_json::json!({"limit": 201})).0,
        "limit"
    );
    assert_eq!(
        refused(sessions, serde_json::json!({"limit": 0})).0,
        "limit"
    );
    assert!(check(
        sessions,
        serde_json::json!({"offset": 10_000, "limit": 200})
    )
    .is_ok());
    assert_eq!(
        refused(sessions, serde_json::json!({"offset": 10_001})).0,
        "offset"
    );
    assert_eq!(
        refused(sessions, serde_json::json!({"vote": "meh"})).0,
        "vote"
    );
    assert_eq!(
        refused(
            sessions,
            serde_json::json!({"dateCloseFrom": "2025-01-01", "dateCloseTo": "2026-06-30"})
        )
        .0,
        "dateCloseTo"
    );
    // camelCase only: the portal's upper-case names are not these methods' params.
    assert_eq!(
        refused(sessions, serde_json::json!({"CONFIG_ID": 3})).0,
        "CONFIG_ID"
    );
    // Rating.list: the vote period is required.
    assert_eq!(
        refused(
            "imopenlines.v2.Session.Rating.list",
            serde_json::json!({"dateVoteTo": "2026-06-30"})
        )
        .0,
        "dateVoteFrom"
    );
}

/// Every row of the pages' error tables (not only those with an example body), as the portal
/// sends it, decodes to that code and status: the statistics methods' TARIFF_RESTRICTION,
/// INVALID_FILTER, PERIOD_TOO_LARGE, OFFSET_TOO_LARGE among them.
#[test]
fn error_table_rows_decode_to_their_code_and_status() {
    let mut checked = std::collections::BTreeSet::new();
    for family in spec::FAMILIES {
        let path = spec::dir().join(format!("{family}.json"));
        let list: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for m in &list {
            let name = m["method"].as_str().unwrap();
            for row in m["errors_table"].as_array().into_iter().flatten() {
                let (Some(code), Some(status)) =
                    (row["code"].as_str(), row["http_status"].as_u64())
                else {
                    continue;
                };
                // Errors inside an HTTP 200 `result` are checked with their examples.
                if status == 200 || code.is_empty() {
                    continue;
                }
                let body =
                    serde_json::json!({"error": code, "error_description": row["description"]});
                match decode(name, status as u16, body.to_string()) {
                    Err(e @ Error::Api { .. }) => {
                        assert_eq!(
                            (e.code(), e.status()),
                            (code, Some(status as u16)),
                            "{name}"
                        );
                    }
                    other => panic!("{name} {code}: {other:?}"),
                }
                checked.insert(code.to_string());
            }
        }
    }
    for code in [
        "TARIFF_RESTRICTION",
        "INVALID_FILTER",
        "PERIOD_TOO_LARGE",
        "OFFSET_TOO_LARGE",
        "PERIOD_REQUIRED",
        "BATCH_LIMIT_EXCEEDED",
    ] {
        assert!(checked.contains(code), "{code} is in no error table");
    }
}
