use super::*;
use serde_json::json;

#[test]
fn params_become_php_bracket_query_strings() {
    let params = json!({
        "filter": {">ID": "$result[p0][49][ID]", "NAME": "a b&c=d"},
        "select": ["ID", "TITLE"],
        "QUEUE": [{"ENTITY_TYPE": "user", "ENTITY_ID": 1}],
        "flag": true, "n": -1.5, "empty": [], "none": null, "text": "é"
    });
    // Keys in serde_json's (sorted) order; PHP does not mind.
    assert_eq!(
        query_string(&params),
        "QUEUE[0][ENTITY_ID]=1&QUEUE[0][ENTITY_TYPE]=user&empty=&filter[%3EID]=%24result%5Bp0%5D%5B49%5D%5BID%5D\
         &filter[NAME]=a+b%26c%3Dd&flag=true&n=-1.5&none=&select[0]=ID&select[1]=TITLE&text=%C3%A9"
    );
}

#[test]
fn references_are_read_and_resolved() {
    assert_eq!(
        parse_reference("$result[p0][49][ID]"),
        Some(("p0", vec!["49", "ID"]))
    );
    assert_eq!(parse_reference("$result[a]"), Some(("a", vec![])));
    assert_eq!(parse_reference("$result[a][x"), None);
    assert_eq!(parse_reference("text $result[a]"), None);
    let mut earlier = Map::new();
    earlier.insert("p0".into(), json!([{"ID": "7"}, {"ID": "9"}]));
    let mut params = json!({"filter": {">ID": "$result[p0][1][ID]"}, "keep": "$result[zz][0]"});
    substitute(&mut params, &earlier).unwrap();
    assert_eq!(
        params,
        json!({"filter": {">ID": "9"}, "keep": "$result[zz][0]"})
    );
}

#[test]
fn a_reference_to_a_field_the_earlier_result_lacks_is_an_error_naming_the_param() {
    let mut earlier = Map::new();
    earlier.insert("a".into(), json!({"NAME": "x"}));
    let mut params = json!({"FIELDS": {"ID": "$result[a][ID]"}});
    assert_eq!(
        substitute(&mut params, &earlier),
        Err(("FIELDS.ID".into(), Problem::UnresolvedReference))
    );
    let mut listed = json!({"IDS": ["$result[a][NAME]", "$result[a][0]"]});
    assert_eq!(
        substitute(&mut listed, &earlier),
        Err(("IDS.1".into(), Problem::UnresolvedReference))
    );
}

#[test]
fn references_inside_a_text_are_found_and_filled_in_as_the_portal_would() {
    // The portal replaces `$result` and the non-blank run after it (the comma too), reading
    // its [..] groups.
    assert_eq!(
        embedded_references("order $result[a][ID], done $result[b] x"),
        vec![(6..21, "a", vec!["ID"]), (27..37, "b", vec![])]
    );
    assert!(embedded_references("a $result[] b $result").is_empty());
    let mut earlier = Map::new();
    earlier.insert(
        "a".into(),
        json!({"ID": 7, "OK": true, "NO": false, "OBJ": {"x": 1}}),
    );
    let mut params = json!({"MESSAGE": "order $result[a][ID] is $result[a][OK] / $result[a][NO] ($result[same][ID] stays)"});
    substitute(&mut params, &earlier).unwrap();
    assert_eq!(
        params["MESSAGE"],
        "order 7 is 1 /  ($result[same][ID] stays)"
    );
    let mut object = json!({"M": "x $result[a][OBJ] y"});
    assert!(
        matches!(substitute(&mut object, &earlier), Err((path, Problem::WrongType(_))) if path == "M")
    );
    let mut missing = json!({"M": ["ok", "x $result[a][NOPE] y"]});
    assert_eq!(
        substitute(&mut missing, &earlier),
        Err(("M.1".into(), Problem::UnresolvedReference))
    );
    let mut keys = Vec::new();
    references(
        &json!({"M": "x $result[a][ID] $result[b] y", "N": "$result[c]"}),
        &mut keys,
    );
    assert_eq!(keys, ["a", "b", "c"]);
}

#[test]
fn names_that_php_would_read_differently_are_found() {
    // PHP's parse_str: spaces and dots become _ at the top, [ nests, an empty name is dropped;
    // inside brackets the first ] ends the name and "" or one blank appends.
    for (params, bad) in [
        (json!({"UF.CRM": 1}), "UF.CRM"),
        (json!({"a b": 1}), "a b"),
        (json!({" lead": 1}), " lead"),
        (json!({"k[1]": 1}), "k[1]"),
        (json!({"": 1}), ""),
        (json!({"FIELDS": {"a]b": 1}}), "FIELDS.a]b"),
        (json!({"FIELDS": {"": 1}}), "FIELDS."),
        (json!({"FIELDS": {" ": 1}}), "FIELDS. "),
        (json!({"FIELDS": [{"x\0y": 1}]}), "FIELDS.0.x\0y"),
        (json!({"a\0": 1}), "a\0"),
    ] {
        assert_eq!(
            php_unreadable_name(&params).as_deref(),
            Some(bad),
            "{params}"
        );
    }
    // Read back as they are: brackets and dots inside nested names, `]` at the top.
    for params in [
        json!({"FIELDS": {"UF.CRM": 1, "a[b": 2, " x": 3}}),
        json!({"a]": 1, "UF_CRM_1": {"x y": [1]}}),
        json!({"filter": {">=ID": 5, "!%NAME": "x"}}),
    ] {
        assert_eq!(php_unreadable_name(&params), None, "{params}");
    }
}

#[test]
fn a_refused_command_is_named_by_its_key() {
    let command = |key: &str, method: &str, params: Value| Command {
        key: key.into(),
        method: method.into(),
        params,
    };
    let field = |commands: &[Command]| match check(commands) {
        Err(Error::InvalidParam { field, .. }) => field,
        other => panic!("expected INVALID_PARAM, got {other:?}"),
    };
    let ok = command(
        "ok",
        "im.notify.answer",
        json!({"NOTIFY_ID": 1, "ANSWER_TEXT": "x"}),
    );
    let bad = command(
        "answer",
        "im.notify.answer",
        json!({"NOTIFY_ID": 1, "ANSWER_TEXT": {"x": 1}}),
    );
    assert_eq!(field(&[ok.clone(), bad]), "cmd.answer.ANSWER_TEXT");
    let missing = command("m", "im.notify.answer", json!({"ANSWER_TEXT": "x"}));
    assert_eq!(field(&[missing]), "cmd.m.NOTIFY_ID");
    let dotted = command(
        "d",
        "crm.lead.add",
        json!({"fields": {"x": 1}, "UF.CRM": 1}),
    );
    assert_eq!(field(&[dotted]), "cmd.d.UF.CRM");
    let dangling = command(
        "r",
        "im.notify.answer",
        json!({"NOTIFY_ID": "$result[nope][ID]", "ANSWER_TEXT": "x"}),
    );
    assert_eq!(field(&[ok, dangling]), "cmd.r.NOTIFY_ID");
}
