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
    substitute(&mut params, &earlier);
    assert_eq!(
        params,
        json!({"filter": {">ID": "9"}, "keep": "$result[zz][0]"})
    );
}
